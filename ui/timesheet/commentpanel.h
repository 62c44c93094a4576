#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace actidesk {

class TimesheetModel;

// The comment of the current timesheet cell, beside the table: task, date and an editor. The text
// is saved when the editor loses focus or on Ctrl+Enter; read-only cells, and days without time
// (a comment needs time), show why instead.
class CommentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CommentPanel(QWidget *parent = nullptr);

    void setModel(TimesheetModel *model);
    // Saves the comment being edited, then shows `index` (a day cell of a task row, or nothing).
    void setCell(const QModelIndex &index);
    QModelIndex cell() const { return m_index; }
    // Writes the edited text if it changed. False (and message()) when the model refused.
    bool save();
    void focusEditor();
    QPlainTextEdit *editor() const { return m_edit; }

Q_SIGNALS:
    void saved(const QModelIndex &index);
    void message(const QString &text);
    // Ctrl+Enter or Escape: the user is done; focus can go back to the table.
    void finished();

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void refresh();

    TimesheetModel *m_model = nullptr;
    QPersistentModelIndex m_index;
    QString m_loaded; // the comment as last read, to tell an edit
    QLabel *m_task = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_hint = nullptr;
    QPlainTextEdit *m_edit = nullptr;
};

} // namespace actidesk
