#include "timesheetundo.h"

#include <QCoreApplication>

namespace actidesk {

TimesheetCellCommand::TimesheetCellCommand(Apply apply, const QDate &date, int taskId, int before,
                                           int after, QUndoCommand *parent)
    : QUndoCommand(parent), m_apply(std::move(apply)), m_date(date), m_taskId(taskId),
      m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("actidesk::TimesheetCellCommand", "Edit of %1")
                .arg(QLocale().toString(date, QLocale::ShortFormat)));
}

void TimesheetCellCommand::undo()
{
    m_apply(m_date, m_taskId, m_before);
}

void TimesheetCellCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    m_apply(m_date, m_taskId, m_after);
}

} // namespace actidesk
