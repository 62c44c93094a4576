#pragma once

#include <QDate>
#include <QUndoCommand>

#include <functional>

namespace actidesk {

// One cell's minutes changed by the user, as a step of the timesheet's undo history. Undo and
// redo write the value again through `apply` (the page, which shows the cell's week and sends
// the change through the outbox like any edit): an edit that already reached the server is
// undone by a new edit, never by rewriting history.
class TimesheetCellCommand : public QUndoCommand
{
public:
    // Writes `minutes` to the task's cell on `date`; false when it could not (the page said why).
    using Apply = std::function<bool(const QDate &date, int taskId, int minutes)>;

    TimesheetCellCommand(Apply apply, const QDate &date, int taskId, int before, int after,
                         QUndoCommand *parent = nullptr);

    void undo() override;
    // The first redo() is the push: the edit is already in the model.
    void redo() override;

private:
    Apply m_apply;
    QDate m_date;
    int m_taskId;
    int m_before;
    int m_after;
    bool m_pushed = false;
};

} // namespace actidesk
