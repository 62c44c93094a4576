#pragma once

#include "durationdelegate.h"

#include <QTableView>

class QUndoStack;

namespace actidesk {

class TimesheetModel;

// The week table, keyboard-first: arrows move; typing starts editing with what was typed; Enter
// commits and moves down (Shift+Enter up); Tab / Shift+Tab move across the day cells, wrapping
// to the next row; Delete / Backspace clear the selected cells (asking first when several have
// time); Ctrl+C / Ctrl+V copy and paste tab-separated text; F2 edits; Ctrl+Enter asks for the
// cell's comment. Read-only cells say why when the user tries to edit them.
class TimesheetView : public QTableView
{
    Q_OBJECT
public:
    explicit TimesheetView(QWidget *parent = nullptr);

    // Expects a TimesheetModel.
    void setModel(QAbstractItemModel *model) override;
    TimesheetModel *timesheetModel() const;
    DurationDelegate *durationDelegate() const { return m_delegate; }

    void setToday(const QDate &today);
    void setEmptyHint(const QString &text);
    QString emptyHint() const { return m_emptyHint; }
    // The first editable day cell (today's when the week has it), else the first day cell.
    QModelIndex preferredCell() const;
    bool isEditing() const { return state() == EditingState; }
    // The width that shows the seven days, the total and a task column that still reads.
    int widthForWholeWeek() const;
    // Edits of several cells at once (Delete, paste) become one step of this history.
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    // The selection's bounding rectangle as tab-separated text, a line per row, durations in the
    // model's format (empty for no time): what a spreadsheet pastes.
    QString selectionAsText() const;
    // Ctrl+C: selectionAsText() to the clipboard.
    void copySelection();
    // Ctrl+V: fills day cells from the current one with tab-separated text (the clipboard's by
    // default). Values that are not durations, cells outside the week or read-only are left
    // untouched and said; informed() or refused() tells how many were pasted.
    void paste(const QString &text);
    void pasteClipboard();
    // Delete / Backspace: clears the selected day cells, asking first when more than one has time.
    void clearSelectedCells();

    // Commits the open cell editor, if any. False when its text is not a duration or the model
    // refused it: the editor stays open with the focus and refused() said why.
    bool commitPendingEdit();

Q_SIGNALS:
    void commentRequested(const QModelIndex &index);
    // A cell was changed from the view (typed or cleared).
    void edited(const QModelIndex &index);
    // An edit was refused or could not start; message says why.
    void refused(const QModelIndex &index, const QString &message);
    // A note for the user that is not an error (e.g. how many values were pasted).
    void informed(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void move(DurationDelegate::Move move);
    void layoutColumns();

    DurationDelegate *m_delegate = nullptr;
    QUndoStack *m_undo = nullptr;
    QString m_emptyHint;
};

} // namespace actidesk
