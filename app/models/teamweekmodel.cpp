#include "teamweekmodel.h"

#include "storewatch.h"

#include <QCollator>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
constexpr int DayCount = 7;

bool isDay(int column)
{
    return column >= TeamWeekModel::FirstDayColumn && column <= TeamWeekModel::LastDayColumn;
}
} // namespace

TeamWeekModel::TeamWeekModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    // The Store subscription: anybody's days of the shown week, the users (names, the team),
    // the team's member list, the server's settings.
    const auto overlaps = [this](const StoreChange &change) {
        if (!m_start.isValid())
            return false;
        const QDate end = m_start.addDays(DayCount - 1);
        for (const StoreChange::Days &days : change.days) {
            if (days.from <= end && m_start <= days.to)
                return true;
        }
        return change.touches(StoreEntity::Users) || change.serverInfo
            || change.metaKeys.contains(metakeys::TeamMembers);
    };
    new StoreWatch(
        m_store, overlaps, [this] { reload(); }, this);
}

void TeamWeekModel::setWeek(const QDate &anyDay)
{
    const ServerInfo info = m_store.serverInfo().value_or(ServerInfo{});
    m_format = DurationFormat(info, m_locale);
    const int back = (anyDay.dayOfWeek() - int(info.firstDayOfWeek) + DayCount) % DayCount;
    beginResetModel();
    m_start = anyDay.addDays(-back);
    m_rows = readMembers();
    endResetModel();
}

void TeamWeekModel::reload()
{
    if (!m_start.isValid())
        return;
    beginResetModel();
    m_rows = readMembers();
    endResetModel();
}

QList<TeamWeekModel::Member> TeamWeekModel::readMembers() const
{
    QList<int> ids;
    for (const QString &id :
         m_store.meta(metakeys::TeamMembers).value_or(QString()).split(u',', Qt::SkipEmptyParts))
        ids.append(id.toInt());
    if (ids.isEmpty())
        return {};
    const QDate end = m_start.addDays(DayCount - 1);
    QHash<int, QString> taskNames;
    QList<Member> members;
    for (const User &user : m_store.users(ids)) {
        Member member;
        member.user = user;
        for (const TimetrackCell &cell : m_store.timetrack(user.id, m_start, end)) {
            const qint64 day = m_start.daysTo(cell.date);
            if (day < 0 || day >= DayCount || cell.minutes == 0)
                continue;
            member.minutes[day] += cell.minutes;
            if (!taskNames.contains(cell.taskId)) {
                const std::optional<Task> task = m_store.task(cell.taskId);
                taskNames.insert(cell.taskId,
                                 task ? QString(task->projectName + u" › " + task->name)
                                      : tr("Task %1").arg(cell.taskId));
            }
            member.breakdown[day].append(
                QString(taskNames.value(cell.taskId) + u": " + m_format.format(cell.minutes)));
        }
        for (const DayInfo &info : m_store.days(user.id, m_start, end)) {
            const qint64 day = m_start.daysTo(info.date);
            if (day < 0 || day >= DayCount)
                continue;
            member.approved[day] = info.approved;
            member.fetched[day] = info.timetrackFetchedAt.isValid();
        }
        members.append(member);
    }
    QCollator collator(m_locale);
    std::stable_sort(members.begin(), members.end(), [&collator](const Member &a, const Member &b) {
        return collator.compare(a.user.displayName(), b.user.displayName()) < 0;
    });
    return members;
}

int TeamWeekModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_start.isValid() ? 0 : int(m_rows.size()) + 1;
}

int TeamWeekModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TeamWeekModel::minutesAt(int row, int day) const
{
    return m_rows.at(row).minutes[size_t(day)];
}

QVariant TeamWeekModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == totalRow())
        return totalData(index.column(), role);
    return memberData(m_rows.at(index.row()), index.column(), role);
}

QVariant TeamWeekModel::memberData(const Member &member, int column, int role) const
{
    if (column == UserColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return member.user.displayName();
        case UserIdRole:
            return member.user.id;
        default:
            return {};
        }
    }
    int minutes = 0;
    if (isDay(column)) {
        minutes = member.minutes[size_t(column - FirstDayColumn)];
    } else {
        for (int m : member.minutes)
            minutes += m;
    }
    switch (role) {
    case Qt::DisplayRole:
        return minutes ? m_format.format(minutes) : QString();
    case MinutesRole:
        return minutes;
    case UserIdRole:
        return member.user.id;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (column == TotalColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case DateRole:
        return isDay(column) ? QVariant(m_start.addDays(column - FirstDayColumn)) : QVariant();
    case ApprovedRole: {
        if (!isDay(column))
            return {};
        const auto approved = member.approved[size_t(column - FirstDayColumn)];
        return approved ? QVariant(*approved) : QVariant();
    }
    case FetchedRole:
        return isDay(column) ? QVariant(member.fetched[size_t(column - FirstDayColumn)])
                             : QVariant();
    case Qt::ToolTipRole: {
        if (!isDay(column))
            return {};
        const int day = column - FirstDayColumn;
        QStringList lines = member.breakdown[size_t(day)];
        if (!member.fetched[size_t(day)])
            lines.prepend(tr("Not fetched yet"));
        else if (member.approved[size_t(day)].value_or(false))
            lines.prepend(tr("Approved"));
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant TeamWeekModel::totalData(int column, int role) const
{
    if (column == UserColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Total")) : QVariant();
    int minutes = 0;
    for (int row = 0; row < totalRow(); ++row) {
        if (isDay(column)) {
            minutes += minutesAt(row, column - FirstDayColumn);
        } else {
            for (int day = 0; day < DayCount; ++day)
                minutes += minutesAt(row, day);
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return m_format.format(minutes);
    case MinutesRole:
        return minutes;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case DateRole:
        return isDay(column) ? QVariant(m_start.addDays(column - FirstDayColumn)) : QVariant();
    default:
        return {};
    }
}

QVariant TeamWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    if (section == UserColumn)
        return tr("Team member");
    if (section == TotalColumn)
        return tr("Total");
    const QDate date = m_start.addDays(section - FirstDayColumn);
    return QString(m_locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + u'\n'
                   + m_locale.toString(date, u"d MMM"_s));
}

} // namespace actidesk
