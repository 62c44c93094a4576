#include "timesheetrows.h"

#include "naturalorder.h"
#include "store.h"

#include <QHash>

#include <algorithm>

namespace actidesk {

QList<TimesheetRow> TimesheetRows::read(Store &store, const ExportScope &scope)
{
    QList<TimesheetRow> rows;
    QList<TimetrackCell> cells;
    for (const int userId : scope.userIds)
        cells += store.timetrack(userId, scope.from, scope.to);

    QList<int> taskIds;
    for (const TimetrackCell &cell : std::as_const(cells))
        if (cell.minutes > 0 && !taskIds.contains(cell.taskId))
            taskIds.append(cell.taskId);
    QHash<int, Task> tasks;
    if (!taskIds.isEmpty()) {
        TaskQuery query;
        query.ids = taskIds;
        for (const Task &task : store.tasks(query))
            tasks.insert(task.id, task);
    }
    QHash<int, QString> userNames;
    for (const User &user : store.users(scope.userIds))
        userNames.insert(user.id, user.displayName());

    for (const TimetrackCell &cell : std::as_const(cells)) {
        if (cell.minutes <= 0)
            continue;
        TimesheetRow row;
        row.date = cell.date;
        row.userId = cell.userId;
        row.userName = userNames.value(cell.userId, tr("User %1").arg(cell.userId));
        row.taskId = cell.taskId;
        const auto task = tasks.constFind(cell.taskId);
        if (task != tasks.cend()) {
            row.taskName = task->name;
            row.projectName = task->projectName;
            row.customerName = task->customerName;
        } else {
            row.taskName = tr("Task %1").arg(cell.taskId);
        }
        row.minutes = cell.minutes;
        row.comment = cell.comment;
        row.isPending = cell.state != CellState::Synced;
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const TimesheetRow &a, const TimesheetRow &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.userId != b.userId)
            return a.userId < b.userId;
        for (const auto &[x, y] :
             {std::pair{&a.customerName, &b.customerName},
              std::pair{&a.projectName, &b.projectName}, std::pair{&a.taskName, &b.taskName}}) {
            const int order = naturalCompare(*x, *y);
            if (order != 0)
                return order < 0;
        }
        return a.taskId < b.taskId;
    });
    return rows;
}

bool TimesheetRows::isComplete(Store &store, const ExportScope &scope)
{
    const qint64 wanted = scope.from.daysTo(scope.to) + 1;
    for (const int userId : scope.userIds) {
        const QList<DayInfo> days = store.days(userId, scope.from, scope.to);
        qint64 fetched = 0;
        for (const DayInfo &day : days)
            fetched += day.timetrackFetchedAt.isValid() ? 1 : 0;
        if (fetched < wanted)
            return false;
    }
    return true;
}

} // namespace actidesk
