#pragma once

#include "leaveplan.h"
#include "leavesummary.h"
#include "outboxcell.h"
#include "reference.h"
#include "weekcopyplan.h"

#include <QDate>
#include <QList>

#include <functional>
#include <optional>
#include <utility>

class QObject;

namespace actidesk {

class Clock;
class LeaveModel;
class ReferenceListModel;
class Store;
class StoreWatch;
class TaskPickerModel;
class TaskTimer;
class TimesheetModel;
class WorkReminder;
class WorkflowStatusEditor;

// One account's models and plans as the widgets see them: the pages and dialogs are given this,
// never the Store. It creates the models a page shows (each follows the Store by itself), plans
// and writes what dialogs plan (a copied week, a leave range), and answers the few questions a
// dialog asks (leave types, the server's settings, the first cell of the outbox). A small value
// over the account's open cache: copy it freely; the cache must outlive every copy and every
// model made here.
class AccountModels
{
public:
    explicit AccountModels(Store &store) : m_store(&store) { }

    // The account's time (the Store's clock): "today" of the pages, "now" of freshness checks.
    const Clock &clock() const;

    // Models over the cache, parented to `parent`.
    TimesheetModel *timesheet(int userId, QObject *parent) const;
    LeaveModel *leave(int userId, QObject *parent) const;
    TaskPickerModel *taskPicker(QObject *parent) const;
    ReferenceListModel *referenceLists(QObject *parent) const;
    // Creates, renames and deletes workflow statuses through the outbox.
    WorkflowStatusEditor *workflowStatusEditor(QObject *parent) const;
    // The user's timer on a task and the daily "time is missing" reminder.
    TaskTimer *timer(int userId, QObject *parent) const;
    WorkReminder *reminder(int userId, QObject *parent) const;
    // Calls `reload` when one user's days of range() (cells, approvals, schedule) or the leave
    // types change in the cache (see StoreWatch::forDays); owned by `parent`.
    StoreWatch *watchDays(int userId, std::function<std::pair<QDate, QDate>()> range,
                          std::function<void()> reload, QObject *parent) const;

    // The questions dialogs ask.
    QList<LeaveType> leaveTypes() const;
    // The server's settings as last read; defaults until they are known.
    ServerInfo serverInfo() const;
    // The same, nullopt until the server's settings were read once (About shows what is known).
    std::optional<ServerInfo> knownServerInfo() const;
    std::optional<OutboxCell> firstOutboxCell(int userId, OutboxState state) const;
    QList<LeaveSummary> leaveSummaries(int userId, const QDate &from, const QDate &to,
                                       const QDate &today) const;

    // Plans: copying last week into the week of targetWeekStart, and leave over a range.
    WeekCopyPlan::SourceState copySourceState(int userId, const QDate &targetWeekStart,
                                              const QDateTime &now) const;
    WeekCopyPlan planCopy(int userId, const QDate &targetWeekStart, bool withHours) const;
    LeavePlan planLeave(int userId, int leaveTypeId, const QDate &from, const QDate &to,
                        std::optional<int> minutesPerDay) const;
    [[nodiscard]] LeavePlan::ApplyResult applyLeave(const LeavePlan &plan, int userId) const;

    // The cache itself, only for the pages whose models are still built from it (the review
    // and task pages, kept as they are by their own change).
    Store &store() const { return *m_store; }

private:
    Store *m_store;
};

} // namespace actidesk
