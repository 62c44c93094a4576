#pragma once

#include <QStyledItemDelegate>

namespace actidesk {

// Day cells of the leave table: edited as text (parsed by the model with DurationFormat), a
// coloured corner on cells whose edit is pending, in conflict or rejected, a tint on
// non-working days and read-only cells, and a tooltip saying all of it.
class LeaveCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The tooltip of a cell: its state, the server's message and why it is read-only.
    static QString toolTip(const QModelIndex &index);

Q_SIGNALS:
    void edited(const QModelIndex &index);
    void editFailed(const QString &message);
};

} // namespace actidesk
