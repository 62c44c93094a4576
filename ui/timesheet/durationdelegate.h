#pragma once

#include <QDate>
#include <QStyledItemDelegate>

namespace actidesk {

class TimesheetModel;

// Edits and paints the cells of a TimesheetModel: a line editor whose text is checked with the
// model's DurationFormat before it is committed (invalid text keeps the editor open and says
// why), cell states as corner markers, read-only cells greyed, the task column as task name over
// customer › project, and the Total row as worked time over the overtime / undertime.
class DurationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Where the cursor goes after the editor was committed with a key.
    enum class Move { None, Down, Up, Next, Previous };
    Q_ENUM(Move)

    explicit DurationDelegate(QObject *parent = nullptr);

    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The tooltip of a cell: its state in words, then the model's tooltip (read-only reason,
    // server message, comment).
    static QString toolTip(const QModelIndex &index);
    // "+1:30", "−2:00" or "±0:00" in the model's duration format.
    static QString signedDuration(const TimesheetModel &model, int minutes);

Q_SIGNALS:
    // The model refused the text (parse error, read-only, store failure); the old value stays.
    void refused(const QModelIndex &index, const QString &message);
    // The model took an edit.
    void committed(const QModelIndex &index);
    void moveRequested(actidesk::DurationDelegate::Move move);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void paintValue(QPainter *painter, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;
    void paintTask(QPainter *painter, QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintTotal(QPainter *painter, QStyleOptionViewItem &option, const QModelIndex &index,
                    const TimesheetModel &model) const;
    void paintMarkers(QPainter *painter, const QStyleOptionViewItem &option,
                      const QModelIndex &index) const;
    QColor columnBackground(const QStyleOptionViewItem &option, const QModelIndex &index,
                            const TimesheetModel &model) const;

    QDate m_today; // the view's (the page's "today"); none until set
};

} // namespace actidesk
