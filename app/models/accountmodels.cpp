#include "accountmodels.h"
#include "workflowstatuseditor.h"

#include "tasktimer.h"
#include "workreminder.h"

#include "leavemodel.h"
#include "referencelistmodel.h"
#include "store.h"
#include "storewatch.h"
#include "taskpickermodel.h"
#include "timesheetmodel.h"

namespace actidesk {

const Clock &AccountModels::clock() const
{
    return m_store->clock();
}

TimesheetModel *AccountModels::timesheet(int userId, QObject *parent) const
{
    return new TimesheetModel(*m_store, userId, parent);
}

LeaveModel *AccountModels::leave(int userId, QObject *parent) const
{
    return new LeaveModel(*m_store, userId, parent);
}

TaskPickerModel *AccountModels::taskPicker(QObject *parent) const
{
    return new TaskPickerModel(*m_store, parent);
}

WorkflowStatusEditor *AccountModels::workflowStatusEditor(QObject *parent) const
{
    return new WorkflowStatusEditor(*m_store, parent);
}

ReferenceListModel *AccountModels::referenceLists(QObject *parent) const
{
    return new ReferenceListModel(*m_store, parent);
}

StoreWatch *AccountModels::watchDays(int userId, std::function<std::pair<QDate, QDate>()> range,
                                     std::function<void()> reload, QObject *parent) const
{
    return StoreWatch::forDays(*m_store, userId, std::move(range), std::move(reload), parent);
}

QList<LeaveType> AccountModels::leaveTypes() const
{
    return m_store->leaveTypes();
}

ServerInfo AccountModels::serverInfo() const
{
    return m_store->serverInfo().value_or(ServerInfo{});
}

std::optional<ServerInfo> AccountModels::knownServerInfo() const
{
    return m_store->serverInfo();
}

std::optional<OutboxCell> AccountModels::firstOutboxCell(int userId, OutboxState state) const
{
    return actidesk::firstOutboxCell(*m_store, userId, state);
}

QList<LeaveSummary> AccountModels::leaveSummaries(int userId, const QDate &from, const QDate &to,
                                                  const QDate &today) const
{
    return actidesk::leaveSummaries(*m_store, userId, from, to, today);
}

WeekCopyPlan::SourceState AccountModels::copySourceState(int userId, const QDate &targetWeekStart,
                                                         const QDateTime &now) const
{
    return WeekCopyPlan::sourceState(*m_store, userId, targetWeekStart, now);
}

WeekCopyPlan AccountModels::planCopy(int userId, const QDate &targetWeekStart, bool withHours) const
{
    return WeekCopyPlan::plan(*m_store, userId, targetWeekStart, withHours);
}

LeavePlan AccountModels::planLeave(int userId, int leaveTypeId, const QDate &from, const QDate &to,
                                   std::optional<int> minutesPerDay) const
{
    return LeavePlan::fromStore(*m_store, userId, leaveTypeId, from, to, minutesPerDay);
}

LeavePlan::ApplyResult AccountModels::applyLeave(const LeavePlan &plan, int userId) const
{
    return plan.apply(*m_store, userId);
}

TaskTimer *AccountModels::timer(int userId, QObject *parent) const
{
    return new TaskTimer(*m_store, userId, parent);
}

WorkReminder *AccountModels::reminder(int userId, QObject *parent) const
{
    return new WorkReminder(*m_store, userId, parent);
}

} // namespace actidesk
