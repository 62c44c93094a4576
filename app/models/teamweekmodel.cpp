#include "teamweekmodel.h"

#include <QCollator>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
constexpr int DayCount = 7;
} // namespace

TeamWeekModel::TeamWeekModel(Store &store, QObject *parent) : DayGridModel(store, 0, parent) { }

bool TeamWeekModel::concerns(const StoreChange &change) const
{
    // Anybody's days of the shown week, the users (names, the team), the team's member list, the
    // server's settings.
    if (!firstDay().isValid())
        return false;
    for (const StoreChange::Days &days : change.days) {
        if (days.from <= lastDay() && firstDay() <= days.to)
            return true;
    }
    return change.touches(StoreEntity::Users) || change.serverInfo
        || change.metaKeys.contains(metakeys::TeamMembers);
}

void TeamWeekModel::setWeek(const QDate &anyDay)
{
    showDays(weekStartOf(anyDay), DayCount);
}

DayGridModel::Grid TeamWeekModel::readGrid()
{
    Grid grid;
    m_nextMembers.clear();
    QList<int> ids;
    for (const QString &id :
         m_store.meta(metakeys::TeamMembers).value_or(QString()).split(u',', Qt::SkipEmptyParts))
        ids.append(id.toInt());
    if (ids.isEmpty())
        return grid;
    const QDate start = firstDay();
    const QDate end = lastDay();
    const DurationFormat format(m_store.serverInfo().value_or(ServerInfo{}), m_locale);
    QList<User> users = m_store.users(ids);
    QCollator collator(m_locale);
    std::stable_sort(users.begin(), users.end(), [&collator](const User &a, const User &b) {
        return collator.compare(a.displayName(), b.displayName()) < 0;
    });
    // Set-based: one query for everybody's cells, one for their days, one for the tasks named.
    const QList<TimetrackCell> cells = m_store.timetrackOfUsers(ids, start, end);
    const QList<DayInfo> days = m_store.daysOfUsers(ids, start, end);
    QSet<int> taskIds;
    for (const TimetrackCell &cell : cells)
        taskIds.insert(cell.taskId);
    QHash<int, QString> taskNames;
    TaskQuery named;
    named.ids = QList<int>(taskIds.cbegin(), taskIds.cend());
    if (!named.ids.isEmpty()) {
        for (const Task &task : m_store.tasks(named))
            taskNames.insert(task.id, QString(task.projectName + u" › " + task.name));
    }
    QHash<int, qsizetype> rowOf; // user id → index in grid.rows
    grid.rows.reserve(users.size());
    for (const User &user : std::as_const(users)) {
        Member member;
        member.user = user;
        GridRow row;
        row.key = user.id;
        row.cells.resize(DayCount);
        rowOf.insert(user.id, grid.rows.size());
        m_nextMembers.insert(user.id, member);
        grid.rows.append(row);
    }
    for (const TimetrackCell &cell : cells) {
        const qint64 day = start.daysTo(cell.date);
        const auto found = rowOf.constFind(cell.userId);
        if (found == rowOf.cend() || day < 0 || day >= DayCount || cell.minutes == 0)
            continue;
        std::optional<GridCell> &sum = grid.rows[*found].cells[day];
        if (!sum)
            sum.emplace();
        sum->minutes += cell.minutes;
        sum->serverMinutes = sum->minutes;
        const auto name = taskNames.constFind(cell.taskId);
        m_nextMembers[cell.userId].breakdown[size_t(day)].append(
            QString((name != taskNames.cend() ? *name : tr("Task %1").arg(cell.taskId)) + u": "
                    + format.format(cell.minutes)));
    }
    for (const DayInfo &info : days) {
        const qint64 day = start.daysTo(info.date);
        const auto member = m_nextMembers.find(info.userId);
        if (member == m_nextMembers.end() || day < 0 || day >= DayCount)
            continue;
        member->approved[size_t(day)] = info.approved;
        member->fetched[size_t(day)] = info.timetrackFetchedAt.isValid();
    }
    return grid;
}

void TeamWeekModel::adoptGrid()
{
    m_members = std::move(m_nextMembers);
    m_nextMembers.clear();
}

QList<int> TeamWeekModel::comparedRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, ApprovedRole, FetchedRole};
}

QString TeamWeekModel::readOnlyReason(int, int) const
{
    return tr("Open the member's timesheet to change their time.");
}

// Never called: every cell has a read-only reason.
StoreResult TeamWeekModel::storeCell(int, const QDate &, int, const QString &)
{
    return {StoreResult::Code::Invalid, readOnlyReason(0, 0), {}};
}

std::optional<GridCell> TeamWeekModel::readCell(int, const QDate &) const
{
    return std::nullopt;
}

QString TeamWeekModel::nameHeader() const
{
    return tr("Team member");
}

const TeamWeekModel::Member &TeamWeekModel::member(int row) const
{
    static const Member unknown;
    const auto found = m_members.constFind(rowKey(row));
    return found == m_members.cend() ? unknown : *found;
}

// The base answers the minutes of a member's day; here the rest, the weeks and the Total row.
QVariant TeamWeekModel::rowData(int row, int column, int role) const
{
    if (column == UserColumn)
        return role == Qt::DisplayRole ? QVariant(member(row).user.displayName()) : QVariant();
    if (isDayColumn(column) && !isTotalRow(row)) {
        const auto day = size_t(column - FirstDayColumn);
        if (role == ApprovedRole && member(row).approved[day])
            return *member(row).approved[day];
        return role == FetchedRole ? QVariant(member(row).fetched[day]) : QVariant();
    }
    const int minutes = countedMinutes(row, column);
    switch (role) {
    case Qt::DisplayRole:
        // The team's figures show 0:00; a member without time shows nothing.
        return minutes || isTotalRow(row) ? durationFormat().format(minutes) : QString();
    case MinutesRole:
        return minutes;
    default:
        return {};
    }
}

QString TeamWeekModel::cellToolTip(int row, int day) const
{
    const Member &m = member(row);
    QStringList lines = m.breakdown[size_t(day)];
    if (!m.fetched[size_t(day)])
        lines.prepend(tr("Not fetched yet"));
    else if (m.approved[size_t(day)].value_or(false))
        lines.prepend(tr("Approved"));
    return lines.join(u'\n');
}

} // namespace actidesk
