#include "leavesummary.h"

#include <QMap>

#include <algorithm>

namespace actidesk {

namespace {

int balanceOrder(LeaveBalance balance)
{
    switch (balance) {
    case LeaveBalance::Pto:
        return 0;
    case LeaveBalance::Sick:
        return 1;
    case LeaveBalance::None:
        break;
    }
    return 2;
}

} // namespace

QList<LeaveSummary> leaveSummaries(Store &store, int userId, const QDate &from, const QDate &to,
                                   const QDate &today)
{
    QMap<int, LeaveSummary> byType;
    for (const LeaveType &type : store.leaveTypes()) {
        if (!type.archived && type.balance != LeaveBalance::None)
            byType[type.id].leaveTypeId = type.id;
    }
    // A value the server refused was not taken: the server's value counts instead.
    const auto taken = [](const LeaveCell &cell) {
        return cell.state == CellState::Rejected ? cell.serverMinutes : cell.minutes;
    };
    for (const LeaveCell &cell : store.leave(userId, from, to)) {
        LeaveSummary &summary = byType[cell.leaveTypeId];
        summary.leaveTypeId = cell.leaveTypeId;
        summary.periodMinutes += taken(cell);
    }
    const QDate yearStart(today.year(), 1, 1);
    for (const LeaveCell &cell : store.leave(userId, yearStart, today)) {
        LeaveSummary &summary = byType[cell.leaveTypeId];
        summary.leaveTypeId = cell.leaveTypeId;
        summary.yearMinutes += taken(cell);
    }
    const QList<DayInfo> days = store.days(userId, yearStart, today);
    const bool yearComplete =
        std::count_if(days.cbegin(), days.cend(),
                      [](const DayInfo &day) { return day.leaveFetchedAt.isValid(); })
        == yearStart.daysTo(today) + 1;

    QList<LeaveType> types = store.leaveTypes();
    QList<LeaveSummary> result;
    for (LeaveSummary summary : std::as_const(byType)) {
        const auto type =
            std::find_if(types.cbegin(), types.cend(),
                         [&summary](const LeaveType &t) { return t.id == summary.leaveTypeId; });
        if (type != types.cend()) {
            summary.name = type->name;
            summary.balance = type->balance;
            summary.archived = type->archived;
        } else {
            summary.name = LeaveDays::tr("Leave type #%1").arg(summary.leaveTypeId);
        }
        summary.yearComplete = yearComplete;
        result.append(summary);
    }
    std::sort(result.begin(), result.end(), [](const LeaveSummary &a, const LeaveSummary &b) {
        if (balanceOrder(a.balance) != balanceOrder(b.balance))
            return balanceOrder(a.balance) < balanceOrder(b.balance);
        if (const int c = QString::localeAwareCompare(a.name, b.name); c != 0)
            return c < 0;
        return a.leaveTypeId < b.leaveTypeId;
    });
    return result;
}

QString LeaveDays::format(int minutes)
{
    const int days = minutes / MinutesPerDay;
    const int hours = minutes % MinutesPerDay / 60;
    const int rest = minutes % 60;
    QStringList parts;
    if (days > 0)
        parts << tr("%1d").arg(days);
    if (hours > 0 || (days == 0 && rest == 0))
        parts << tr("%1h").arg(hours);
    if (rest > 0)
        parts << tr("%1m").arg(rest);
    return parts.join(u' ');
}

} // namespace actidesk
