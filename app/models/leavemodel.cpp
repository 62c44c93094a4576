#include "leavemodel.h"

#include "storewatch.h"

#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

QDate startOf(LeaveModel::Period period, const QDate &day, Qt::DayOfWeek first)
{
    if (period == LeaveModel::Period::Month)
        return QDate(day.year(), day.month(), 1);
    return day.addDays(-((day.dayOfWeek() - int(first) + 7) % 7));
}

// By name (locale-aware), unknown types last, then id.
bool rowLess(const std::optional<LeaveType> &a, int aId, const std::optional<LeaveType> &b, int bId)
{
    if (a.has_value() != b.has_value())
        return a.has_value();
    if (a) {
        if (const int c = QString::localeAwareCompare(a->name, b->name); c != 0)
            return c < 0;
    }
    return aId < bId;
}

// The roles reload() compares to find the cells that changed.
constexpr int ComparedRoles[] = {
    Qt::DisplayRole,
    Qt::EditRole,
    Qt::ToolTipRole,
    LeaveModel::CellStateRole,
    LeaveModel::MessageRole,
    LeaveModel::ScheduledRole,
    LeaveModel::ReadOnlyReasonRole,
    LeaveModel::BalanceRole,
};

} // namespace

LeaveModel::LeaveModel(Store &store, int userId, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_userId(userId)
{
    setPeriod(Period::Week, QDate::currentDate());
    watchStore();
}

void LeaveModel::watchStore()
{
    const auto overlaps = [this](const StoreChange &change) {
        // The user's cells, days (approval) and schedule of the period, the leave types, the
        // server's settings (format, leave registration).
        return change.touchesDays(m_userId, m_snap.start, m_snap.start.addDays(m_snap.dayCount - 1))
            || change.touches(StoreEntity::LeaveTypes) || change.serverInfo;
    };
    new StoreWatch(
        m_store, overlaps, [this] { m_reloadHandler ? m_reloadHandler() : reload(); }, this);
}

void LeaveModel::setPeriod(Period period, const QDate &anyDay)
{
    const ServerInfo info = m_store.serverInfo().value_or(ServerInfo{});
    beginResetModel();
    m_snap = readSnapshot(period, startOf(period, anyDay, info.firstDayOfWeek));
    endResetModel();
}

bool LeaveModel::isDayColumn(int column) const
{
    return column >= FirstDayColumn && column < totalColumn();
}

QDate LeaveModel::dateOf(int column) const
{
    return isDayColumn(column) ? m_snap.start.addDays(column - FirstDayColumn) : QDate();
}

int LeaveModel::leaveTypeId(int row) const
{
    return row >= 0 && row < totalRow() ? m_snap.rows.at(row).leaveTypeId : 0;
}

LeaveModel::Snapshot LeaveModel::readSnapshot(Period period, const QDate &start) const
{
    const ServerInfo info = m_store.serverInfo().value_or(ServerInfo{});
    Snapshot snap;
    snap.period = period;
    snap.start = start;
    snap.dayCount = period == Period::Month ? start.daysInMonth() : 7;
    snap.format = DurationFormat(info, m_locale);
    snap.leaveRegistration = info.leaveRegistration;
    const QDate end = start.addDays(snap.dayCount - 1);

    // A user not cached yet is let edit: the server has the last word and rejects if need be.
    if (const QList<User> users = m_store.users({m_userId}); !users.isEmpty())
        snap.canSubmit = users.first().canSubmitTimetrack;
    snap.approved.fill(false, snap.dayCount);
    for (const DayInfo &day : m_store.days(m_userId, start, end))
        snap.approved[start.daysTo(day.date)] = day.approved.value_or(false);
    snap.schedule = m_store.schedule(m_userId, start, end);

    QMap<int, Row> rows;
    const auto rowFor = [&rows, &snap](int id) -> Row & {
        Row &row = rows[id];
        row.leaveTypeId = id;
        if (row.cells.isEmpty())
            row.cells.resize(snap.dayCount);
        return row;
    };
    for (const LeaveCell &cell : m_store.leave(m_userId, start, end))
        rowFor(cell.leaveTypeId).cells[start.daysTo(cell.date)] = cell;
    for (const int id : m_added.value({period, start}))
        rowFor(id);
    for (const LeaveType &type : m_store.leaveTypes()) {
        if (rows.contains(type.id))
            rows[type.id].type = type;
    }
    snap.rows = rows.values();
    std::sort(snap.rows.begin(), snap.rows.end(), [](const Row &a, const Row &b) {
        return rowLess(a.type, a.leaveTypeId, b.type, b.leaveTypeId);
    });
    return snap;
}

bool LeaveModel::addLeaveType(int leaveTypeId)
{
    const auto found =
        std::find_if(m_snap.rows.cbegin(), m_snap.rows.cend(),
                     [leaveTypeId](const Row &row) { return row.leaveTypeId == leaveTypeId; });
    std::optional<LeaveType> type;
    for (const LeaveType &t : m_store.leaveTypes()) {
        if (t.id == leaveTypeId)
            type = t;
    }
    if (found != m_snap.rows.cend())
        m_lastError = tr("The leave type is already shown.");
    else if (!type)
        m_lastError = tr("The leave type is not known here yet; refresh and try again.");
    else if (type->archived)
        m_lastError = tr("The leave type \u201c%1\u201d is archived.").arg(type->name);
    else
        m_lastError.clear();
    if (!m_lastError.isEmpty())
        return false;

    m_added[{m_snap.period, m_snap.start}].insert(leaveTypeId);
    Row row;
    row.leaveTypeId = leaveTypeId;
    row.type = type;
    row.cells.resize(m_snap.dayCount);
    const auto at = std::find_if(m_snap.rows.cbegin(), m_snap.rows.cend(), [&row](const Row &r) {
        return rowLess(row.type, row.leaveTypeId, r.type, r.leaveTypeId);
    });
    const int position = int(at - m_snap.rows.cbegin());
    beginInsertRows({}, position, position);
    m_snap.rows.insert(position, row);
    endInsertRows();
    return true;
}

void LeaveModel::reload()
{
    Snapshot fresh = readSnapshot(m_snap.period, m_snap.start);
    const auto ids = [](const Snapshot &snap) {
        QList<int> result;
        for (const Row &row : snap.rows)
            result.append(row.leaveTypeId);
        return result;
    };
    if (ids(fresh) != ids(m_snap) || fresh.dayCount != m_snap.dayCount) {
        beginResetModel();
        m_snap = std::move(fresh);
        endResetModel();
        return;
    }
    QList<QModelIndex> changed;
    for (int row = 0; row <= totalRow(); ++row) {
        for (int column = 0; column <= totalColumn(); ++column) {
            for (const int role : ComparedRoles) {
                if (value(m_snap, row, column, role) != value(fresh, row, column, role)) {
                    changed.append(index(row, column));
                    break;
                }
            }
        }
    }
    m_snap = std::move(fresh);
    for (const QModelIndex &cell : std::as_const(changed))
        emit dataChanged(cell, cell);
}

int LeaveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : totalRow() + 1;
}

int LeaveModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : totalColumn() + 1;
}

QVariant LeaveModel::data(const QModelIndex &index, int role) const
{
    // Views and testers ask with invalid indexes on purpose: answer without a warning.
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    return value(m_snap, index.row(), index.column(), role);
}

QVariant LeaveModel::value(const Snapshot &snap, int row, int column, int role) const
{
    const int total = FirstDayColumn + snap.dayCount;
    const bool dayColumn = column >= FirstDayColumn && column < total;
    if (role == DateRole)
        return dayColumn ? QVariant(snap.start.addDays(column - FirstDayColumn)) : QVariant();
    if (role == LeaveTypeIdRole)
        return row < int(snap.rows.size()) ? QVariant(snap.rows.at(row).leaveTypeId) : QVariant();
    if (role == Qt::TextAlignmentRole && column != LeaveTypeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (row == int(snap.rows.size()) || column == total)
        return totalData(snap, row, column, role);
    if (column == LeaveTypeColumn)
        return typeData(snap, row, role);
    return cellData(snap, row, column - FirstDayColumn, role);
}

QVariant LeaveModel::typeData(const Snapshot &snap, int row, int role) const
{
    const Row &r = snap.rows.at(row);
    const QString name = r.type ? r.type->name : tr("Leave type #%1").arg(r.leaveTypeId);
    switch (role) {
    case Qt::DisplayRole:
    case RawSortRole:
        return name;
    case BalanceRole:
        return int(r.type ? r.type->balance : LeaveBalance::None);
    case Qt::ToolTipRole:
        if (!r.type)
            return tr("This leave type is not cached yet; it appears after the next refresh.");
        switch (r.type->balance) {
        case LeaveBalance::Pto:
            return tr("Counts against the PTO balance.");
        case LeaveBalance::Sick:
            return tr("Counts against the sick days balance.");
        case LeaveBalance::None:
            break;
        }
        return tr("Does not count against a balance.");
    default:
        return {};
    }
}

QVariant LeaveModel::cellData(const Snapshot &snap, int row, int day, int role) const
{
    const std::optional<LeaveCell> &cell = snap.rows.at(row).cells.at(day);
    const int minutes = cell ? cell->minutes : 0;
    switch (role) {
    case Qt::DisplayRole:
        return minutes == 0 ? QString() : snap.format.format(minutes);
    case Qt::EditRole:
    case MinutesRole:
    case RawSortRole:
        return minutes;
    case CellStateRole:
        return int(cell ? cell->state : CellState::Synced);
    case MessageRole:
        return cell ? cell->message : QString();
    case ReadOnlyReasonRole:
        return readOnlyReason(snap, row, day);
    case Qt::ToolTipRole: {
        QStringList lines{readOnlyReason(snap, row, day), cell ? cell->message : QString()};
        lines.removeAll(QString());
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

// The Total row, and the Total column of leave-type rows.
QVariant LeaveModel::totalData(const Snapshot &snap, int row, int column, int role) const
{
    const bool totalRow = row == int(snap.rows.size());
    if (column == LeaveTypeColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Total")) : QVariant();
    const int taken = minutes(snap, row, column);
    const std::optional<int> planned = totalRow ? scheduled(snap, column) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        return taken == 0 ? QString() : snap.format.format(taken);
    case Qt::EditRole:
    case MinutesRole:
    case RawSortRole:
        return taken;
    case ScheduledRole:
        return planned ? QVariant(*planned) : QVariant();
    case Qt::ToolTipRole:
        return planned ? tr("Scheduled: %1").arg(snap.format.format(*planned)) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QString LeaveModel::readOnlyReason(const Snapshot &snap, int row, int day) const
{
    const std::optional<LeaveType> &type = snap.rows.at(row).type;
    if (!snap.leaveRegistration)
        return tr("Leave time is turned off on this server.");
    if (!snap.canSubmit)
        return tr("You are not allowed to enter leave time.");
    if (type && type->archived)
        return tr("The leave type \u201c%1\u201d is archived; its leave can no longer be changed.")
            .arg(type->name);
    if (snap.approved.at(day))
        return tr("This day is approved; its leave can no longer be changed.");
    return {};
}

// Minutes of one cell, a row's period, a day's total or the period's total.
int LeaveModel::minutes(const Snapshot &snap, int row, int column) const
{
    const int day = column - FirstDayColumn;
    const bool all = day == snap.dayCount;
    const auto rowMinutes = [&](const Row &r) {
        int sum = 0;
        for (int d = 0; d < snap.dayCount; ++d) {
            // A refused value is shown (marked) but not taken: the server's value counts.
            if (const auto &cell = r.cells.at(d); cell && (all || d == day))
                sum += cell->state == CellState::Rejected ? cell->serverMinutes : cell->minutes;
        }
        return sum;
    };
    if (row < int(snap.rows.size()))
        return rowMinutes(snap.rows.at(row));
    int sum = 0;
    for (const Row &r : snap.rows)
        sum += rowMinutes(r);
    return sum;
}

std::optional<int> LeaveModel::scheduled(const Snapshot &snap, int column) const
{
    if (!snap.schedule)
        return std::nullopt;
    const int day = column - FirstDayColumn;
    if (day >= 0 && day < snap.dayCount)
        return snap.schedule->minutesOn(snap.start.addDays(day));
    int sum = 0;
    for (int d = 0; d < snap.dayCount; ++d)
        sum += snap.schedule->minutesOn(snap.start.addDays(d));
    return sum;
}

QVariant LeaveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section > totalColumn())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QDate date = dateOf(section);
    switch (role) {
    case Qt::DisplayRole:
        if (section == LeaveTypeColumn)
            return tr("Leave type");
        if (section == totalColumn())
            return tr("Total");
        // Two short lines keep a month's 28–31 columns narrow.
        return QString(m_locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + u'\n'
                       + (m_snap.period == Period::Month ? QString::number(date.day())
                                                         : m_locale.toString(date, u"d MMM"_s)));
    case Qt::ToolTipRole:
        return date.isValid() ? QVariant(m_locale.toString(date, QLocale::LongFormat)) : QVariant();
    case DateRole:
        return date.isValid() ? QVariant(date) : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags LeaveModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!isTotalRow(index.row()) && isDayColumn(index.column())
        && readOnlyReason(m_snap, index.row(), index.column() - FirstDayColumn).isEmpty())
        result |= Qt::ItemIsEditable;
    return result;
}

bool LeaveModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    m_lastError.clear();
    if (role != Qt::EditRole || !index.isValid() || index.model() != this || isTotalRow(index.row())
        || !isDayColumn(index.column())) {
        m_lastError = tr("Only the days of a leave type can be edited.");
        return false;
    }
    const DurationFormat::Parsed parsed = m_snap.format.parseValue(value);
    if (!parsed.ok()) {
        m_lastError = parsed.error;
        return false;
    }
    const int minutes = *parsed.minutes;
    return writeCell(index.row(), index.column() - FirstDayColumn, minutes);
}

bool LeaveModel::writeCell(int row, int day, int minutes)
{
    if (const QString reason = readOnlyReason(m_snap, row, day); !reason.isEmpty()) {
        m_lastError = reason;
        return false;
    }
    Row &r = m_snap.rows[row];
    const std::optional<LeaveCell> before = r.cells.at(day);
    // Writing the value already shown would only queue a useless request.
    if ((before ? before->minutes : 0) == minutes)
        return true;
    const QDate date = m_snap.start.addDays(day);
    if (const StoreResult result = m_store.editLeaveCell(m_userId, date, r.leaveTypeId, minutes);
        !result) {
        m_lastError = result.message;
        return false;
    }
    r.cells[day].reset();
    for (const LeaveCell &cell : m_store.leave(m_userId, date, date)) {
        if (cell.leaveTypeId == r.leaveTypeId)
            r.cells[day] = cell;
    }
    emitCellChanged(row, day);
    return true;
}

// The cell, its row total, its day's total and the period's total.
void LeaveModel::emitCellChanged(int row, int day)
{
    const QList<QModelIndex> changed{index(row, FirstDayColumn + day), index(row, totalColumn()),
                                     index(totalRow(), FirstDayColumn + day),
                                     index(totalRow(), totalColumn())};
    for (const QModelIndex &cell : std::as_const(changed))
        emit dataChanged(cell, cell);
}

int LeaveModel::serverMinutes(int row, int day) const
{
    if (row < 0 || row >= totalRow() || day < 0 || day >= dayCount())
        return 0;
    const std::optional<LeaveCell> &cell = m_snap.rows.at(row).cells.at(day);
    return cell ? cell->serverMinutes : 0;
}

bool LeaveModel::resolve(int row, int day, Resolution how)
{
    m_lastError.clear();
    std::optional<LeaveCell> cell;
    if (row >= 0 && row < totalRow() && day >= 0 && day < dayCount())
        cell = m_snap.rows.at(row).cells.at(day);
    if (!cell || cell->outboxId == 0
        || (cell->state != CellState::Conflict && cell->state != CellState::Rejected)) {
        m_lastError = tr("This cell has no conflict or refused change to settle.");
        return false;
    }
    const StoreResult result = how == Resolution::KeepMine
        ? m_store.resolveKeepMine(cell->outboxId)
        : m_store.resolveTakeTheirs(cell->outboxId);
    if (!result) {
        m_lastError = result.message;
        return false;
    }
    reload();
    return true;
}

} // namespace actidesk
