#include "leaveplan.h"

#include "duration.h"
#include "localedates.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

// How far around the range fromStore() reads the schedule to tell holidays from days off.
constexpr int ContextDays = 7;

} // namespace

void LeavePlan::Input::addSchedule(const Schedule &schedule)
{
    for (qsizetype i = 0; i < schedule.minutes.size(); ++i)
        scheduled.insert(schedule.from.addDays(i), schedule.minutes.at(i));
}

LeavePlan::LeavePlan(const Input &input) : m_input(input)
{
    plan();
}

LeavePlan LeavePlan::fromStore(Store &store, int userId, int leaveTypeId, const QDate &from,
                               const QDate &to, std::optional<int> minutesPerDay)
{
    Input input;
    input.leaveTypeId = leaveTypeId;
    input.from = from;
    input.to = to;
    input.minutesPerDay = minutesPerDay;
    if (!from.isValid() || !to.isValid() || from > to || from.daysTo(to) >= MaxDays)
        return LeavePlan(input); // refused by plan() without reading anything

    const QDate first = from.addDays(-ContextDays);
    const QDate last = to.addDays(ContextDays);
    if (const std::optional<Schedule> all = store.schedule(userId, first, last)) {
        input.addSchedule(*all);
    } else {
        // Store::schedule() answers only for fully cached ranges: ask day by day for the rest.
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            if (const std::optional<Schedule> one = store.schedule(userId, day, day))
                input.addSchedule(*one);
        }
    }
    for (const DayInfo &day : store.days(userId, from, to)) {
        input.status[day.date].approved = day.approved.value_or(false);
        input.status[day.date].locked = !day.lockedReason.isEmpty();
    }
    for (const LeaveCell &cell : store.leave(userId, from, to)) {
        if (cell.leaveTypeId == leaveTypeId)
            input.existing.insert(cell.date, cell.minutes);
    }
    for (const TimetrackCell &cell : store.timetrack(userId, from, to)) {
        // As the timesheet counts it: a value the server refused is not there.
        const int minutes = cell.state == CellState::Rejected ? cell.serverMinutes : cell.minutes;
        if (minutes > 0)
            input.tracked[cell.date] += minutes;
    }
    return LeavePlan(input);
}

void LeavePlan::plan()
{
    const Input &in = m_input;
    if (!in.from.isValid() || !in.to.isValid() || in.from > in.to) {
        m_error = tr("Choose a first day on or before the last day.");
        return;
    }
    if (in.from.daysTo(in.to) >= MaxDays) {
        m_error = tr("A range can cover at most %n days; split it into shorter ranges.", nullptr,
                     MaxDays);
        return;
    }
    if (in.leaveTypeId <= 0) {
        m_error = tr("Choose a leave type.");
        return;
    }
    if (in.minutesPerDay
        && (*in.minutesPerDay <= 0 || *in.minutesPerDay > DurationFormat::MaxMinutes)) {
        m_error = tr("The time per day must be more than 0:00 and at most 24:00.");
        return;
    }
    for (QDate date = in.from; date <= in.to; date = date.addDays(1)) {
        PlannedLeaveDay day;
        day.date = date;
        day.existingMinutes = in.existing.value(date, 0);
        day.trackedMinutes = in.tracked.value(date, 0);
        const DayStatus status = in.status.value(date);
        const std::optional<int> scheduled =
            in.scheduled.contains(date) ? std::optional(in.scheduled.value(date)) : std::nullopt;
        if (scheduled && *scheduled > 0)
            day.minutes = in.minutesPerDay.value_or(*scheduled);
        if (status.approved)
            day.reason = tr("Approved \u2014 cannot change");
        else if (status.locked)
            day.reason = tr("Locked");
        else if (!scheduled) {
            day.reason = tr("Schedule not known for this day");
            m_scheduleMissing = true;
        } else if (*scheduled == 0)
            day.reason = offReason(date);
        else if (day.existingMinutes == day.minutes)
            day.reason = tr("Already entered");
        if (day.reason.isEmpty())
            day.outcome = day.existingMinutes == 0 ? PlannedLeaveDay::Outcome::Add
                                                   : PlannedLeaveDay::Outcome::Replace;
        m_days.append(day);
    }
}

// A day with nothing scheduled is a holiday when the same weekday is a working day elsewhere in
// the known schedule, and a regular non-working day (a weekend) otherwise.
QString LeavePlan::offReason(const QDate &date) const
{
    for (auto it = m_input.scheduled.cbegin(); it != m_input.scheduled.cend(); ++it) {
        if (it.value() > 0 && it.key().dayOfWeek() == date.dayOfWeek())
            return tr("Holiday");
    }
    return tr("Non-working day");
}

QList<PlannedLeaveDay> LeavePlan::daysWithTrackedTime() const
{
    QList<PlannedLeaveDay> result;
    for (const PlannedLeaveDay &day : m_days) {
        if (day.writes() && day.trackedMinutes > 0)
            result.append(day);
    }
    return result;
}

QString LeavePlan::trackedTimeWarning(const DurationFormat &format, const QLocale &locale) const
{
    const QList<PlannedLeaveDay> days = daysWithTrackedTime();
    if (days.isEmpty())
        return {};
    QStringList named;
    for (const PlannedLeaveDay &day : days)
        named.append(tr("%1 (%2)").arg(localedates::weekdayDayMonth(day.date, locale),
                                       format.format(day.trackedMinutes)));
    const int n = int(days.size());
    return n == 1 ? tr("Time is already tracked on %n day: %1. The leave is added beside it: "
                       "check that the day's total is what you mean.",
                       nullptr, n)
                        .arg(locale.createSeparatedList(named))
                  : tr("Time is already tracked on %n days: %1. The leave is added beside it: "
                       "check that the days' totals are what you mean.",
                       nullptr, n)
                        .arg(locale.createSeparatedList(named));
}

int LeavePlan::writeCount() const
{
    return int(std::count_if(m_days.cbegin(), m_days.cend(),
                             [](const PlannedLeaveDay &day) { return day.writes(); }));
}

int LeavePlan::writeMinutes() const
{
    int sum = 0;
    for (const PlannedLeaveDay &day : m_days)
        sum += day.writes() ? day.minutes : 0;
    return sum;
}

LeavePlan::ApplyResult LeavePlan::apply(Store &store, int userId) const
{
    ApplyResult result;
    if (!isValid()) {
        result.error = m_error;
        return result;
    }
    for (const PlannedLeaveDay &day : m_days) {
        if (!day.writes())
            continue;
        if (const StoreResult written =
                store.editLeaveCell(userId, day.date, m_input.leaveTypeId, day.minutes);
            !written) {
            result.failedOn = day.date;
            result.error = written.message;
            return result;
        }
        ++result.written;
    }
    return result;
}

} // namespace actidesk
