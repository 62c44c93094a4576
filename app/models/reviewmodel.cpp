#include "reviewmodel.h"

#include "storewatch.h"
#include "timesheetmodel.h"

#include <QCollator>
#include <QColor>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
constexpr int kMaxDays = 62;
constexpr int kFigureColumns = ReviewModel::FirstDayColumn;
} // namespace

ReviewModel::ReviewModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store),
      m_format(store.serverInfo().value_or(ServerInfo{}), m_locale), m_today(store.clock().today())
{
    m_watch = new StoreWatch(
        store, [this](const StoreChange &change) { return concerns(change); },
        [this]() { reload(); }, this);
    // The user's time display (Preferences): the figures re-read in the new format.
    connect(&TimeDisplaySetting::instance(), &TimeDisplaySetting::changed, this, [this] {
        m_format = DurationFormat(m_store.serverInfo().value_or(ServerInfo{}), m_locale);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
}

bool ReviewModel::concerns(const StoreChange &change) const
{
    if (!m_from.isValid())
        return false;
    if (change.metaKeys.contains(metakeys::TeamMembers)
        || change.metaKeys.contains(Store::teamAsOfKey(m_from, m_to)) || change.serverInfo
        || change.touches(StoreEntity::Users) || change.touches(StoreEntity::Departments)
        || change.touches(StoreEntity::TimeZoneGroups) || change.touches(StoreEntity::LeaveTypes))
        return true;
    // One member's days (their own timesheet, a drill-down's refresh).
    return std::any_of(change.days.cbegin(), change.days.cend(), [this](const auto &days) {
        return m_rowOfUser.contains(days.userId) && days.from <= m_to && m_from <= days.to;
    });
}

QDate ReviewModel::weekStartOf(const QDate &anyDay) const
{
    const ServerInfo info = m_store.serverInfo().value_or(ServerInfo{});
    return anyDay.addDays(-((anyDay.dayOfWeek() - int(info.firstDayOfWeek) + 7) % 7));
}

void ReviewModel::setPeriod(const QDate &from, const QDate &to)
{
    if (!from.isValid() || to < from || from.daysTo(to) >= kMaxDays)
        return;
    if (from == m_from && to == m_to)
        return reload();
    beginResetModel();
    m_from = from;
    m_to = to;
    m_format = DurationFormat(m_store.serverInfo().value_or(ServerInfo{}), m_locale);
    m_members = readMembers();
    m_rowOfUser.clear();
    for (int row = 0; row < m_members.size(); ++row)
        m_rowOfUser.insert(m_members.at(row).userId, row);
    endResetModel();
    Q_EMIT reloaded();
}

void ReviewModel::setToday(const QDate &today)
{
    if (!today.isValid() || today == m_today)
        return;
    m_today = today;
    reload(); // the differences and missing days depend on it
}

std::optional<int> ReviewModel::dayDifference(const Day &day, const QDate &date) const
{
    if (!day.scheduled || date > m_today)
        return std::nullopt;
    // actiTIME's automatic overtime, as on the timesheet: leave counts toward a working day's
    // schedule; on a day off every tracked minute is overtime.
    return *day.scheduled > 0 ? day.tracked + day.leave - *day.scheduled : day.tracked;
}

QList<ReviewModel::Member> ReviewModel::readMembers()
{
    ++m_reloads;
    QList<Member> members;
    if (!m_from.isValid())
        return members;
    QList<int> ids;
    for (const QString &id :
         m_store.meta(metakeys::TeamMembers).value_or(QString()).split(u',', Qt::SkipEmptyParts))
        ids.append(id.toInt());
    const QString asOf = m_store.meta(Store::teamAsOfKey(m_from, m_to)).value_or(QString());
    m_asOf = asOf.isEmpty() ? QDateTime() : QDateTime::fromString(asOf, Qt::ISODateWithMs);
    if (ids.isEmpty())
        return members;

    QHash<int, QString> departments, groups, leaveTypes;
    for (const Department &d : m_store.departments())
        departments.insert(d.id, d.name);
    for (const TimeZoneGroup &g : m_store.timeZoneGroups())
        groups.insert(g.id, g.name);
    for (const LeaveType &t : m_store.leaveTypes())
        leaveTypes.insert(t.id, t.name);
    QHash<int, User> users;
    for (const User &user : m_store.users(ids))
        users.insert(user.id, user);

    const int dayCount = this->dayCount();
    QHash<int, int> index; // user id -> position in members
    for (const int id : std::as_const(ids)) {
        Member member;
        member.userId = id;
        const auto user = users.constFind(id);
        if (user != users.cend()) {
            member.name = user->displayName();
            member.departmentId = user->departmentId;
            member.timeZoneGroupId = user->timeZoneGroupId;
        } else {
            member.name = tr("User %1").arg(id);
        }
        member.department = departments.value(
            member.departmentId, member.departmentId == -1 ? tr("No department") : QString());
        member.timeZoneGroup = groups.value(member.timeZoneGroupId);
        member.days.resize(dayCount);
        index.insert(id, int(members.size()));
        members.append(member);
    }

    const Store::TeamPeriod period = m_store.teamPeriod(ids, m_from, m_to);
    const auto dayOf = [&](int userId, const QDate &date) -> Day * {
        const auto at = index.constFind(userId);
        const qint64 day = m_from.daysTo(date);
        if (at == index.cend() || day < 0 || day >= dayCount)
            return nullptr;
        return &members[*at].days[day];
    };
    for (const Store::TeamDayMinutes &t : period.tracked) {
        if (Day *day = dayOf(t.userId, t.date))
            day->tracked = t.minutes;
    }
    for (const Store::TeamLeave &l : period.leave) {
        if (Day *day = dayOf(l.userId, l.date)) {
            day->leave += l.minutes;
            day->leaveTypes.append(leaveTypes.value(l.leaveTypeId, tr("Leave")) + u' '
                                   + m_format.format(l.minutes));
        }
    }
    for (const Store::TeamDayMinutes &s : period.scheduled) {
        if (Day *day = dayOf(s.userId, s.date))
            day->scheduled = s.minutes;
    }
    for (const Store::TeamDayState &state : period.days) {
        if (Day *day = dayOf(state.userId, state.date)) {
            day->approved = state.approved;
            day->fetched = state.fetched;
        }
    }

    for (Member &member : members) {
        int differenceDays = 0;
        int difference = 0;
        int scheduled = 0;
        bool anySchedule = false;
        for (int i = 0; i < dayCount; ++i) {
            const Day &day = member.days.at(i);
            const QDate date = m_from.addDays(i);
            member.tracked += day.tracked;
            member.leave += day.leave;
            if (day.scheduled) {
                anySchedule = true;
                scheduled += *day.scheduled;
            }
            if (const std::optional<int> d = dayDifference(day, date)) {
                difference += *d;
                ++differenceDays;
            }
            if (day.tracked > 0) {
                ++member.daysWithTime;
                member.approvedDays += day.approved.value_or(false) ? 1 : 0;
            }
            if (day.fetched && day.scheduled && *day.scheduled > 0 && date <= m_today
                && day.tracked + day.leave < *day.scheduled)
                ++member.missingDays;
        }
        if (anySchedule)
            member.scheduled = scheduled;
        if (differenceDays > 0)
            member.difference = difference;
    }

    QCollator collator(m_locale);
    collator.setNumericMode(true);
    std::stable_sort(members.begin(), members.end(), [&collator](const Member &a, const Member &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return members;
}

void ReviewModel::reload()
{
    if (!m_from.isValid())
        return;
    m_format = DurationFormat(m_store.serverInfo().value_or(ServerInfo{}), m_locale);
    const QList<Member> next = readMembers();
    QSet<int> nextIds;
    for (const Member &member : next)
        nextIds.insert(member.userId);
    // Members who left: removed, bottom up.
    for (int row = int(m_members.size()) - 1; row >= 0; --row) {
        if (nextIds.contains(m_members.at(row).userId))
            continue;
        beginRemoveRows({}, row, row);
        m_members.removeAt(row);
        endRemoveRows();
    }
    const int columns = columnCount();
    for (int row = 0; row < next.size(); ++row) {
        const Member &member = next.at(row);
        if (row >= m_members.size() || m_members.at(row).userId != member.userId) {
            int at = -1;
            for (int k = row + 1; k < m_members.size(); ++k) {
                if (m_members.at(k).userId == member.userId) {
                    at = k;
                    break;
                }
            }
            if (at < 0) { // a new member
                beginInsertRows({}, row, row);
                m_members.insert(row, member);
                endInsertRows();
                continue;
            }
            // Renamed: moved to where the name sorts now.
            beginMoveRows({}, at, at, {}, row);
            m_members.move(at, row);
            endMoveRows();
        }
        const Member before = m_members.at(row);
        if (before == member)
            continue;
        m_members[row] = member;
        // The span of columns that changed, signalled as one range of this row.
        int first = columns, last = -1;
        for (int column = 0; column < columns; ++column) {
            const bool changed = column < kFigureColumns
                ? figureData(before, column, Qt::DisplayRole)
                        != figureData(member, column, Qt::DisplayRole)
                    || figureData(before, column, SortRole) != figureData(member, column, SortRole)
                : !(before.days.at(column - kFigureColumns)
                    == member.days.at(column - kFigureColumns));
            if (changed) {
                first = std::min(first, column);
                last = std::max(last, column);
            }
        }
        if (last < 0) { // only what no column shows (e.g. a role of every column)
            first = 0;
            last = columns - 1;
        }
        Q_EMIT dataChanged(index(row, first), index(row, last));
    }
    m_rowOfUser.clear();
    for (int row = 0; row < m_members.size(); ++row)
        m_rowOfUser.insert(m_members.at(row).userId, row);
    Q_EMIT reloaded();
}

TimesheetModel *ReviewModel::createTimesheet(int userId, QObject *parent) const
{
    return new TimesheetModel(m_store, userId, parent);
}

ReviewModel::Totals ReviewModel::totals(const QList<int> &userIds) const
{
    Totals totals;
    if (!m_from.isValid())
        return totals;
    QHash<QString, int> projects, customers;
    for (const Store::TeamTaskMinutes &row : m_store.teamTaskMinutes(userIds, m_from, m_to)) {
        const QString project = row.projectName.isEmpty() ? tr("Task %1").arg(row.taskId)
            : row.customerName.isEmpty()                  ? row.projectName
                                         : QString(row.customerName + u" › " + row.projectName);
        projects[project] += row.minutes;
        customers[row.customerName.isEmpty() ? tr("Unknown customer") : row.customerName] +=
            row.minutes;
    }
    const auto mostFirst = [](const Totals::Named &a, const Totals::Named &b) {
        return a.minutes != b.minutes ? a.minutes > b.minutes : a.name < b.name;
    };
    const auto sorted = [&mostFirst](const QHash<QString, int> &hash) {
        QList<Totals::Named> list;
        for (auto it = hash.cbegin(); it != hash.cend(); ++it)
            list.append({it.key(), it.value()});
        std::sort(list.begin(), list.end(), mostFirst);
        return list;
    };
    totals.byProject = sorted(projects);
    totals.byCustomer = sorted(customers);
    for (const int id : userIds) {
        const int row = rowOfUser(id);
        if (row < 0)
            continue;
        const Member &member = m_members.at(row);
        totals.members.append({member.name, member.tracked, member.scheduled.value_or(0)});
        totals.byMember.append({member.name, member.tracked});
    }
    std::sort(totals.byMember.begin(), totals.byMember.end(), mostFirst);
    return totals;
}

QString ReviewModel::readOnlyReason(int userId) const
{
    const QList<User> users = m_store.users({userId});
    if (users.isEmpty() || users.first().canSubmitTimetrack)
        return {};
    const User &user = users.first();
    if (!user.active)
        return tr("the account of %1 is disabled, so the server takes no time for them.")
            .arg(user.displayName());
    return tr("the server does not let your account change the time of %1 (it takes the "
              "permission to modify and approve this user's time-track).")
        .arg(user.displayName());
}

ReviewModel::PeriodWork ReviewModel::periodWork() const
{
    PeriodWork work;
    if (!m_from.isValid() || m_members.isEmpty())
        return work;
    QList<int> ids;
    ids.reserve(m_members.size());
    for (const Member &member : m_members)
        ids.append(member.userId);
    QHash<int, WorkItem> projects, customers;
    for (const Store::TeamTaskMinutes &row : m_store.teamTaskMinutes(ids, m_from, m_to)) {
        if (row.projectId) {
            WorkItem &project = projects[row.projectId];
            if (!project.id) {
                project.id = row.projectId;
                project.name = row.customerName.isEmpty()
                    ? row.projectName
                    : QString(row.customerName + u" › " + row.projectName);
            }
            project.userIds.insert(row.userId);
        }
        if (row.customerId) {
            WorkItem &customer = customers[row.customerId];
            if (!customer.id) {
                customer.id = row.customerId;
                customer.name = row.customerName;
            }
            customer.userIds.insert(row.userId);
        }
    }
    QCollator collator(m_locale);
    collator.setNumericMode(true);
    const auto byName = [&collator](const QHash<int, WorkItem> &items) {
        QList<WorkItem> list = items.values();
        std::sort(list.begin(), list.end(), [&collator](const WorkItem &a, const WorkItem &b) {
            const int order = collator.compare(a.name, b.name);
            return order != 0 ? order < 0 : a.id < b.id;
        });
        return list;
    };
    work.projects = byName(projects);
    work.customers = byName(customers);
    return work;
}

int ReviewModel::rowOfUser(int userId) const
{
    return m_rowOfUser.value(userId, -1);
}

int ReviewModel::userIdAt(int row) const
{
    return row >= 0 && row < m_members.size() ? m_members.at(row).userId : 0;
}

QString ReviewModel::nameAt(int row) const
{
    return row >= 0 && row < m_members.size() ? m_members.at(row).name : QString();
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int ReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFigureColumns + dayCount();
}

QString ReviewModel::signedFormat(int minutes) const
{
    return minutes > 0 ? u"+"_s + m_format.format(minutes) : m_format.format(minutes);
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &member = m_members.at(index.row());
    switch (role) {
    case UserIdRole:
        return member.userId;
    case DepartmentIdRole:
        return member.departmentId;
    case TimeZoneGroupIdRole:
        return member.timeZoneGroupId;
    default:
        break;
    }
    if (index.column() >= kFigureColumns)
        return dayData(member, index.column() - kFigureColumns, role);
    if (role == MissingRole)
        return member.missingDays;
    return figureData(member, index.column(), role);
}

QVariant ReviewModel::figureData(const Member &member, int column, int role) const
{
    const bool numeric = column >= TrackedColumn;
    if (role == Qt::TextAlignmentRole)
        return numeric ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return member.name;
        break;
    case DepartmentColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return member.department;
        break;
    case TimeZoneGroupColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return member.timeZoneGroup;
        break;
    case TrackedColumn:
        if (role == Qt::DisplayRole)
            return m_format.format(member.tracked);
        if (role == SortRole || role == MinutesRole)
            return member.tracked;
        break;
    case LeaveColumn:
        if (role == Qt::DisplayRole)
            return member.leave ? m_format.format(member.leave) : QString();
        if (role == SortRole || role == LeaveMinutesRole)
            return member.leave;
        break;
    case ScheduledColumn:
        if (role == Qt::DisplayRole)
            return member.scheduled ? m_format.format(*member.scheduled) : QString();
        if (role == SortRole)
            return member.scheduled.value_or(-1);
        if (role == ScheduledMinutesRole && member.scheduled)
            return *member.scheduled;
        if (role == Qt::ToolTipRole && !member.scheduled)
            return tr("The schedule of this period is not cached yet.");
        break;
    case DifferenceColumn:
        if (role == Qt::DisplayRole)
            return member.difference ? signedFormat(*member.difference) : QString();
        if (role == SortRole) // unknown sorts after every figure (most undertime first)
            return member.difference.value_or(std::numeric_limits<int>::max());
        if (role == DifferenceRole && member.difference)
            return *member.difference;
        if (role == Qt::ToolTipRole)
            return tr("Tracked time and leave against the schedule, up to today (overtime is "
                      "positive, undertime negative)");
        break;
    case ApprovedColumn:
        if (role == Qt::DisplayRole)
            return member.daysWithTime
                ? u"%1/%2"_s.arg(member.approvedDays).arg(member.daysWithTime)
                : QString();
        if (role == SortRole || role == ApprovedRole)
            return member.approvedDays;
        if (role == Qt::ToolTipRole)
            return member.daysWithTime == 1
                ? tr("%1 of %n day with time approved", nullptr, member.daysWithTime)
                      .arg(member.approvedDays)
                : tr("%1 of %n days with time approved", nullptr, member.daysWithTime)
                      .arg(member.approvedDays);
        break;
    case MissingColumn:
        if (role == Qt::DisplayRole)
            return member.missingDays ? QString::number(member.missingDays) : QString();
        if (role == SortRole)
            return member.missingDays;
        if (role == Qt::ToolTipRole && member.missingDays)
            return member.missingDays == 1
                ? tr("%n working day up to today misses time", nullptr, member.missingDays)
                : tr("%n working days up to today miss time", nullptr, member.missingDays);
        if (role == Qt::BackgroundRole && member.missingDays)
            return QColor(220, 60, 60, 60);
        break;
    default:
        break;
    }
    return {};
}

QVariant ReviewModel::dayData(const Member &member, int dayIndex, int role) const
{
    if (dayIndex < 0 || dayIndex >= member.days.size())
        return {};
    const Day &day = member.days.at(dayIndex);
    const QDate date = m_from.addDays(dayIndex);
    const std::optional<int> difference = dayDifference(day, date);
    const bool missing = day.fetched && day.scheduled && *day.scheduled > 0 && date <= m_today
        && day.tracked + day.leave < *day.scheduled;
    switch (role) {
    case Qt::DisplayRole:
        if (day.leave && day.tracked)
            return tr("%1 +L").arg(m_format.format(day.tracked));
        if (day.leave)
            return tr("L %1").arg(m_format.format(day.leave));
        return day.tracked ? m_format.format(day.tracked) : QString();
    case Qt::TextAlignmentRole:
        return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        return dayToolTip(member, dayIndex);
    case Qt::BackgroundRole:
        if (missing)
            return QColor(220, 60, 60, 60);
        if (day.leave)
            return QColor(70, 120, 220, 50);
        if (day.approved.value_or(false))
            return QColor(40, 160, 70, 50);
        return {};
    case MinutesRole:
    case SortRole:
        return day.tracked;
    case LeaveMinutesRole:
        return day.leave;
    case ScheduledMinutesRole:
        return day.scheduled ? QVariant(*day.scheduled) : QVariant();
    case DifferenceRole:
        return difference ? QVariant(*difference) : QVariant();
    case ApprovedRole:
        return day.approved ? QVariant(*day.approved) : QVariant();
    case MissingRole:
        return missing;
    case LeaveTypesRole:
        return day.leaveTypes;
    case FetchedRole:
        return day.fetched;
    case DateRole:
        return date;
    default:
        return {};
    }
}

QString ReviewModel::dayToolTip(const Member &member, int dayIndex) const
{
    const Day &day = member.days.at(dayIndex);
    const QDate date = m_from.addDays(dayIndex);
    QStringList lines{member.name + u" · "_s + m_locale.toString(date, QLocale::LongFormat)};
    if (!day.fetched) {
        lines.append(tr("Not fetched yet"));
        return lines.join(u'\n');
    }
    lines.append(tr("Tracked: %1").arg(m_format.format(day.tracked)));
    for (const QString &leave : day.leaveTypes)
        lines.append(tr("Leave: %1").arg(leave));
    lines.append(day.scheduled ? tr("Scheduled: %1").arg(m_format.format(*day.scheduled))
                               : tr("Schedule not cached"));
    if (const std::optional<int> difference = dayDifference(day, date))
        lines.append(tr("Difference: %1").arg(signedFormat(*difference)));
    if (day.approved.value_or(false))
        lines.append(tr("Approved"));
    if (day.fetched && day.scheduled && *day.scheduled > 0 && date <= m_today
        && day.tracked + day.leave < *day.scheduled)
        lines.append(tr("Missing time against the schedule"));
    return lines.join(u'\n');
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= kFigureColumns && section < columnCount()) {
        const QDate date = m_from.addDays(section - kFigureColumns);
        switch (role) {
        case Qt::DisplayRole:
            return m_locale.toString(date, u"ddd\nd"_s);
        case Qt::ToolTipRole:
            return m_locale.toString(date, QLocale::LongFormat);
        case DateRole:
            return date;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Team member");
    case DepartmentColumn:
        return tr("Department");
    case TimeZoneGroupColumn:
        return tr("Time zone");
    case TrackedColumn:
        return tr("Tracked");
    case LeaveColumn:
        return tr("Leave");
    case ScheduledColumn:
        return tr("Scheduled");
    case DifferenceColumn:
        return tr("Difference");
    case ApprovedColumn:
        return tr("Approved");
    case MissingColumn:
        return tr("Missing");
    default:
        return {};
    }
}

} // namespace actidesk
