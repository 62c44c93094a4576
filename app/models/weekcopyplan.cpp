#include "weekcopyplan.h"

#include "localedates.h"
#include "timesheetmodel.h"

#include <QMap>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

constexpr int DayCount = 7;

// As the timesheet counts a cell: a value the server refused is not there, its own value is.
int counted(CellState state, int minutes, int serverMinutes)
{
    return state == CellState::Rejected ? serverMinutes : minutes;
}

bool rowLess(const WeekCopyPlan::Row &a, const WeekCopyPlan::Row &b)
{
    for (const auto &[x, y] :
         {std::pair(a.customerName, b.customerName), std::pair(a.projectName, b.projectName),
          std::pair(a.taskName, b.taskName)}) {
        if (const int c = QString::localeAwareCompare(x, y); c != 0)
            return c < 0;
    }
    return a.taskId < b.taskId;
}

} // namespace

WeekCopyPlan WeekCopyPlan::plan(Store &store, int userId, const QDate &targetWeekStart,
                                bool withHours)
{
    WeekCopyPlan result;
    result.m_targetStart = targetWeekStart;
    result.m_withHours = withHours;
    const QDate source = targetWeekStart.addDays(-DayCount);
    const QDate targetEnd = targetWeekStart.addDays(DayCount - 1);

    std::array<bool, DayCount> approved{};
    std::array<bool, DayCount> locked{};
    for (const DayInfo &day : store.days(userId, targetWeekStart, targetEnd)) {
        approved[targetWeekStart.daysTo(day.date)] = day.approved.value_or(false);
        locked[targetWeekStart.daysTo(day.date)] = !day.lockedReason.isEmpty();
    }
    QMap<std::pair<int, int>, int> targetMinutes; // (task, day) -> minutes already there
    const std::optional<Schedule> schedule = store.schedule(userId, targetWeekStart, targetEnd);
    for (int i = 0; i < DayCount; ++i) {
        DayTotal &total = result.m_totals[i];
        total.date = targetWeekStart.addDays(i);
        if (schedule)
            total.scheduled = schedule->minutesOn(total.date);
    }
    for (const TimetrackCell &cell : store.timetrack(userId, targetWeekStart, targetEnd)) {
        const int day = int(targetWeekStart.daysTo(cell.date));
        targetMinutes[{cell.taskId, day}] = cell.minutes;
        result.m_totals[day].existing += counted(cell.state, cell.minutes, cell.serverMinutes);
    }
    for (const LeaveCell &cell : store.leave(userId, targetWeekStart, targetEnd)) {
        result.m_totals[targetWeekStart.daysTo(cell.date)].leave +=
            counted(cell.state, cell.minutes, cell.serverMinutes);
    }

    QMap<int, Row> rows;
    for (const TimetrackCell &cell :
         store.timetrack(userId, source, source.addDays(DayCount - 1))) {
        if (cell.minutes <= 0)
            continue;
        Row &row = rows[cell.taskId];
        row.taskId = cell.taskId;
        row.days[source.daysTo(cell.date)].minutes = cell.minutes;
    }
    if (rows.isEmpty())
        return result;

    TaskQuery query;
    query.ids = rows.keys();
    for (const Task &task : store.tasks(query)) {
        Row &row = rows[task.id];
        row.customerName = task.customerName;
        row.projectName = task.projectName;
        row.taskName = task.name;
        if (task.isCompleted())
            row.skip = Reason::CompletedTask;
    }

    for (Row &row : rows) {
        if (row.taskName.isEmpty() && row.skip == Reason::None) {
            row.skip = Reason::UnknownTask;
            row.taskName = tr("Task #%1").arg(row.taskId);
        }
        for (int i = 0; i < DayCount; ++i) {
            Day &day = row.days[i];
            day.source = source.addDays(i);
            day.target = targetWeekStart.addDays(i);
            if (!withHours || day.minutes == 0)
                continue;
            day.outcome = Outcome::Skip;
            if (row.skip != Reason::None)
                day.reason = row.skip;
            else if (approved.at(i))
                day.reason = Reason::ApprovedDay;
            else if (locked.at(i))
                day.reason = Reason::LockedDay;
            else if (targetMinutes.value({row.taskId, i}) > 0)
                day.reason = Reason::AlreadyHasTime;
            else if (!schedule)
                day.reason = Reason::ScheduleUnknown;
            else if (schedule->minutesOn(day.target) == 0)
                day.reason = Reason::NonWorkingDay;
            else
                day.outcome = Outcome::Copy;
            if (day.outcome == Outcome::Copy)
                result.m_totals[i].copied += day.minutes;
        }
    }
    result.m_rows = rows.values();
    std::sort(result.m_rows.begin(), result.m_rows.end(), rowLess);
    return result;
}

QString WeekCopyPlan::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return {};
    case Reason::CompletedTask:
        return tr("Completed task");
    case Reason::UnknownTask:
        return tr("Task not known here yet");
    case Reason::ApprovedDay:
        return tr("Approved day");
    case Reason::LockedDay:
        return tr("Locked day");
    case Reason::NonWorkingDay:
        return tr("Non-working day");
    case Reason::ScheduleUnknown:
        return tr("Schedule not known");
    case Reason::AlreadyHasTime:
        return tr("Already has time");
    }
    return {};
}

WeekCopyPlan::Result WeekCopyPlan::apply(TimesheetModel &model) const
{
    Result result;
    const auto fail = [&result](const QString &error) {
        ++result.failures;
        if (result.firstError.isEmpty())
            result.firstError = error;
    };
    if (model.weekStart() != m_targetStart)
        model.setWeek(m_targetStart);
    const auto rowOf = [&model](int taskId) {
        for (int row = 0; row < model.totalRow(); ++row) {
            if (model.taskId(row) == taskId)
                return row;
        }
        return -1;
    };
    for (const Row &row : m_rows) {
        if (row.skip != Reason::None)
            continue;
        if (rowOf(row.taskId) < 0) {
            if (model.addTask(row.taskId))
                ++result.rowsAdded;
            else
                fail(model.lastError());
        }
    }
    for (const Row &row : m_rows) {
        const int modelRow = rowOf(row.taskId);
        for (int i = 0; i < DayCount && modelRow >= 0; ++i) {
            if (row.days.at(i).outcome != Outcome::Copy)
                continue;
            const QModelIndex cell = model.index(modelRow, TimesheetModel::FirstDayColumn + i);
            if (model.setData(cell, row.days.at(i).minutes))
                ++result.cellsCopied;
            else
                fail(model.lastError());
        }
    }
    return result;
}

WeekCopyPlan::SourceState WeekCopyPlan::sourceState(Store &store, int userId,
                                                    const QDate &targetWeekStart,
                                                    const QDateTime &now)
{
    const QDate source = targetWeekStart.addDays(-DayCount);
    int read = 0;
    bool stale = false;
    for (const DayInfo &day : store.days(userId, source, source.addDays(DayCount - 1))) {
        if (!day.timetrackFetchedAt.isValid())
            continue;
        ++read;
        stale = stale || day.timetrackFetchedAt.secsTo(now) > SourceMaxAgeMinutes * 60;
    }
    if (read < DayCount)
        return SourceState::NotCached;
    return stale ? SourceState::Stale : SourceState::Fresh;
}

QList<WeekCopyPlan::DayTotal> WeekCopyPlan::daysOverSchedule() const
{
    QList<DayTotal> result;
    for (const DayTotal &day : m_totals) {
        if (day.overBy() > 0)
            result.append(day);
    }
    return result;
}

QString WeekCopyPlan::overScheduleWarning(const DurationFormat &format, const QLocale &locale) const
{
    const QList<DayTotal> days = daysOverSchedule();
    if (days.isEmpty())
        return {};
    QStringList named;
    for (const DayTotal &day : days) {
        const QString total = day.leave > 0
            ? tr("%1 + %2 leave").arg(format.format(day.total()), format.format(day.leave))
            : format.format(day.total());
        named.append(tr("%1 %2 of %3 scheduled")
                         .arg(localedates::weekdayDayMonth(day.date, locale), total,
                              format.format(*day.scheduled)));
    }
    const int n = int(days.size());
    return (n == 1 ? tr("After the copy %n day is over its schedule: %1.", nullptr, n)
                   : tr("After the copy %n days are over their schedule: %1.", nullptr, n))
        .arg(locale.createSeparatedList(named));
}

int WeekCopyPlan::rowsToAdd() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &row) { return row.skip == Reason::None; }));
}

int WeekCopyPlan::cellsToCopy() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += int(std::count_if(row.days.cbegin(), row.days.cend(),
                                   [](const Day &day) { return day.outcome == Outcome::Copy; }));
    return count;
}

int WeekCopyPlan::cellsSkipped() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += int(std::count_if(row.days.cbegin(), row.days.cend(),
                                   [](const Day &day) { return day.outcome == Outcome::Skip; }));
    return count;
}

} // namespace actidesk
