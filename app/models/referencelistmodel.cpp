#include "referencelistmodel.h"

#include "leavebalancename.h"
#include "store.h"
#include "storewatch.h"
#include "workflowstatuseditor.h"

#include <QHash>

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

QString yesNo(bool value)
{
    return value ? ReferenceListModel::tr("Yes") : ReferenceListModel::tr("No");
}

QString onOff(bool value)
{
    return value ? ReferenceListModel::tr("On") : ReferenceListModel::tr("Off");
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

ReferenceListModel::ReferenceListModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    m_headers = headersOf(m_list);
    m_rows = rowsOf(m_list);
    // The Store subscription: any reference list, the users, the rates, the server's settings
    // (every list shows some of them).
    const auto overlaps = [](const StoreChange &change) {
        for (StoreEntity entity : change.entities) {
            if (entity != StoreEntity::Tasks && entity != StoreEntity::Projects
                && entity != StoreEntity::Customers)
                return true;
        }
        return change.serverInfo || change.userRates;
    };
    new StoreWatch(
        m_store, overlaps, [this] { m_reloadHandler ? m_reloadHandler() : reload(); }, this);
}

QString ReferenceListModel::listName(List list)
{
    switch (list) {
    case Users:
        return tr("Users");
    case Departments:
        return tr("Departments");
    case TimeZoneGroups:
        return tr("Time-zone groups");
    case LeaveTypes:
        return tr("Leave types");
    case TypesOfWork:
        return tr("Types of work");
    case WorkflowStatuses:
        return tr("Workflow statuses");
    case Rates:
        return tr("User rates");
    case Settings:
        return tr("Server settings");
    case ListCount:
        break;
    }
    return {};
}

void ReferenceListModel::setList(List list)
{
    if (list < 0 || list >= ListCount || list == m_list)
        return;
    // The columns change with the list: a full reset is the honest signal.
    beginResetModel();
    m_list = list;
    m_headers = headersOf(list);
    m_rows = rowsOf(list);
    endResetModel();
}

void ReferenceListModel::reload()
{
    beginResetModel();
    m_rows = rowsOf(m_list);
    endResetModel();
}

QStringList ReferenceListModel::headersOf(List list) const
{
    switch (list) {
    case Users:
        return {tr("Name"),  tr("Department"), tr("Time-zone group"),
                tr("Hired"), tr("Released"),   tr("Active")};
    case Departments:
        return {tr("Name"), tr("Default")};
    case TimeZoneGroups:
        return {tr("Name"), tr("Time zone"), tr("Default")};
    case LeaveTypes:
        return {tr("Name"), tr("Balance"), tr("Rate factor"), tr("Archived")};
    case TypesOfWork:
        return {tr("Name"), tr("Rate"), tr("Billable"), tr("Archived")};
    case WorkflowStatuses:
        return {tr("Name"), tr("Type"), tr("State")};
    case Rates:
        return {tr("User"), tr("From"), tr("Regular rate"), tr("Overtime rate")};
    case Settings:
        return {tr("Setting"), tr("Value")};
    case ListCount:
        break;
    }
    return {};
}

QList<ReferenceListModel::Row> ReferenceListModel::rowsOf(List list)
{
    QList<Row> rows;
    m_unavailable.clear();
    auto add = [&rows](int id, const QStringList &text, QVariantList sort = {}) {
        for (qsizetype i = sort.size(); i < text.size(); ++i)
            sort.append(text.at(i).toCaseFolded());
        rows.append({id, text, sort, {}});
    };
    switch (list) {
    case Users: {
        QHash<int, QString> departments;
        for (const Department &d : m_store.departments())
            departments.insert(d.id, d.name);
        QHash<int, QString> groups;
        QString defaultGroup;
        for (const TimeZoneGroup &g : m_store.timeZoneGroups()) {
            groups.insert(g.id, g.name);
            if (g.isDefault)
                defaultGroup = g.name;
        }
        for (const User &u : m_store.users()) {
            // -1 is the API's "none": no department, or the default time-zone group; the server
            // may list it with its own name.
            const QString department = departments.value(
                u.departmentId, u.departmentId < 0 ? tr("No department") : QString());
            const QString group =
                groups.value(u.timeZoneGroupId, u.timeZoneGroupId < 0 ? defaultGroup : QString());
            add(u.id,
                {u.displayName(), department, group, dateText(u.hired), dateText(u.releaseDate),
                 yesNo(u.active)},
                {u.displayName().toCaseFolded(), department.toCaseFolded(), group.toCaseFolded(),
                 u.hired, u.releaseDate, u.active});
        }
        break;
    }
    case Departments:
        for (const Department &d : m_store.departments())
            add(d.id, {d.name, yesNo(d.isDefault)});
        break;
    case TimeZoneGroups:
        for (const TimeZoneGroup &g : m_store.timeZoneGroups())
            add(g.id, {g.name, g.timeZoneId, yesNo(g.isDefault)});
        break;
    case LeaveTypes:
        for (const LeaveType &t : m_store.leaveTypes())
            add(t.id,
                {t.name, balanceName(t.balance), QLocale().toString(t.rateFactor, 'g', 4),
                 yesNo(t.archived)},
                {t.name.toCaseFolded(), balanceName(t.balance).toCaseFolded(), t.rateFactor,
                 t.archived});
        break;
    case TypesOfWork: {
        const std::optional<ServerInfo> info = m_store.serverInfo();
        const QString currency = info ? info->currency : QString();
        for (const TypeOfWork &t : m_store.typesOfWork()) {
            // The server sends rates only to accounts allowed to see them.
            const QString rate =
                t.rate ? currency + QLocale().toString(*t.rate, 'f', 2) : QString();
            add(t.id, {t.name, rate, yesNo(t.billable), yesNo(t.archived)},
                {t.name.toCaseFolded(), t.rate ? QVariant(*t.rate) : QVariant(-1.0), t.billable,
                 t.archived});
        }
        break;
    }
    case WorkflowStatuses:
        // With the user's unsent changes: a new status shows at once, a refused one says why.
        for (const WorkflowStatusRow &r : WorkflowStatusEditor::rows(m_store)) {
            const WorkflowStatus &s = r.status;
            const QString state = !r.problem.isEmpty() ? tr("Refused")
                : r.pending                            ? tr("Waiting to be sent")
                                                       : QString();
            add(s.id,
                {s.name, s.type == WorkflowStatusType::Completed ? tr("Completed") : tr("Open"),
                 state});
            rows.last().problem = r.problem;
        }
        break;
    case Rates: {
        if (m_store.userRatesForbidden()) {
            m_unavailable = tr("User rates are not available to your account.");
            break;
        }
        QHash<int, QString> names;
        for (const User &u : m_store.users())
            names.insert(u.id, u.displayName());
        const std::optional<ServerInfo> info = m_store.serverInfo();
        const QString currency = info ? info->currency : QString();
        auto money = [&currency](const std::optional<double> &rate) {
            return rate ? currency + QLocale().toString(*rate, 'f', 2) : QString();
        };
        for (const UserRates &r : m_store.userRates()) {
            const QString name = names.value(r.userId, tr("User %1").arg(r.userId));
            for (const RatePeriod &p : r.periods)
                add(r.userId,
                    {name, dateText(p.dateFrom), money(p.regularRate), money(p.overtimeRate)},
                    {name.toCaseFolded(), p.dateFrom,
                     p.regularRate ? QVariant(*p.regularRate) : QVariant(-1.0),
                     p.overtimeRate ? QVariant(*p.overtimeRate) : QVariant(-1.0)});
        }
        break;
    }
    case Settings: {
        const std::optional<ServerInfo> info = m_store.serverInfo();
        if (!info)
            break;
        int id = 0;
        auto setting = [&](const QString &name, const QString &value) {
            ++id; // its own statement: the row's id is also its sort key
            add(id, {name, value}, {id, value.toCaseFolded()});
        };
        setting(tr("Company"), info->companyName);
        setting(tr("First day of week"), QLocale().dayName(info->firstDayOfWeek));
        setting(tr("Time format"),
                info->timeAsDecimalHours ? tr("Decimal hours (1.5)")
                                         : tr("Hours and minutes (1:30)"));
        setting(tr("Clock"), info->clock12h ? tr("12-hour") : tr("24-hour"));
        setting(tr("Currency"), info->currency);
        setting(tr("Decimal separator"), info->decimalSeparator);
        setting(tr("Leave registration"), onOff(info->leaveRegistration));
        setting(tr("Overtime registration"), onOff(info->overtimeRegistration));
        setting(tr("Task workflow"), onOff(info->taskWorkflow));
        setting(tr("Types of work"), onOff(info->typesOfWork));
        setting(tr("Departments"), onOff(info->departments));
        setting(tr("Time-zone groups"), onOff(info->timeZoneGroups));
        setting(tr("Task estimates"), onOff(info->taskEstimates));
        setting(tr("Work assignments"), onOff(info->workAssignments));
        setting(tr("Largest batch"), QLocale().toString(info->maxBatchSize));
        setting(tr("Largest page"), QLocale().toString(info->maxQueryLimit));
        break;
    }
    case ListCount:
        break;
    }
    return rows;
}

int ReferenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReferenceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ReferenceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.text.at(index.column());
    case Qt::ToolTipRole:
        // The server's refusal of the row's change, on every cell of the row.
        return row.problem.isEmpty() ? row.text.at(index.column())
                                     : tr("The server refused the change: %1").arg(row.problem);
    case ProblemRole:
        return row.problem;
    case SortRole:
        return row.sort.at(index.column());
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant ReferenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_headers.size())
        return {};
    return m_headers.at(section);
}

ReferenceFilterModel::ReferenceFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ReferenceListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ReferenceFilterModel::setSearchText(const QString &text)
{
    QStringList words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = std::move(words);
    invalidateRowsFilter();
}

bool ReferenceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    QStringList cells;
    for (int column = 0; column < source->columnCount(sourceParent); ++column)
        cells.append(
            source->index(sourceRow, column, sourceParent).data().toString().toCaseFolded());
    for (const QString &word : m_words) {
        const bool found = std::any_of(cells.cbegin(), cells.cend(), [&word](const QString &cell) {
            return cell.contains(word);
        });
        if (!found)
            return false;
    }
    return true;
}

} // namespace actidesk
