#include "leavemodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

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

} // namespace

LeaveModel::LeaveModel(Store &store, int userId, QObject *parent)
    : DayGridModel(store, userId, parent)
{
    setPeriod(Period::Week, m_store.clock().today());
}

bool LeaveModel::concerns(const StoreChange &change) const
{
    // Besides the period's days: the leave types (names, archived, balance).
    return DayGridModel::concerns(change) || change.touches(StoreEntity::LeaveTypes);
}

void LeaveModel::setPeriod(Period period, const QDate &anyDay)
{
    m_period = period;
    if (period == Period::Month) {
        const QDate first(anyDay.year(), anyDay.month(), 1);
        showDays(first, first.daysInMonth());
    } else {
        showDays(weekStartOf(anyDay), 7);
    }
}

std::optional<LeaveType> LeaveModel::typeIn(const Frame &frame, int leaveTypeId)
{
    const auto found = frame.types.constFind(leaveTypeId);
    return found == frame.types.cend() ? std::nullopt : std::optional<LeaveType>(*found);
}

DayGridModel::Grid LeaveModel::readGrid()
{
    const ServerInfo info = m_store.serverInfo().value_or(ServerInfo{});
    const QDate start = firstDay();
    const QDate end = lastDay();
    Frame frame;
    frame.leaveRegistration = info.leaveRegistration;
    frame.days = readUserDays();

    QMap<int, GridRow> rows;
    for (const LeaveCell &cell : m_store.leave(m_userId, start, end))
        rowFor(rows, cell.leaveTypeId).cells[start.daysTo(cell.date)] = GridCell::of(cell);
    for (const int id : m_added.value({m_period, start}))
        rowFor(rows, id);
    for (const LeaveType &type : m_store.leaveTypes()) {
        if (rows.contains(type.id))
            frame.types.insert(type.id, type);
    }
    Grid grid;
    grid.rows = sortedRows(
        rows, [&frame](int a, int b) { return rowLess(typeIn(frame, a), a, typeIn(frame, b), b); });
    grid.footerRows = 1; // the Total row
    m_nextFrame = std::move(frame);
    return grid;
}

void LeaveModel::adoptGrid()
{
    m_frame = std::move(m_nextFrame);
    m_nextFrame = {};
}

QList<int> LeaveModel::comparedRoles() const
{
    return {
        Qt::DisplayRole, Qt::EditRole,  Qt::ToolTipRole,    CellStateRole,
        MessageRole,     ScheduledRole, ReadOnlyReasonRole, BalanceRole,
    };
}

StoreResult LeaveModel::storeCell(int key, const QDate &date, int minutes, const QString &)
{
    return m_store.editLeaveCell(m_userId, date, key, minutes);
}

std::optional<GridCell> LeaveModel::readCell(int key, const QDate &date) const
{
    for (const LeaveCell &cell : m_store.leave(m_userId, date, date)) {
        if (cell.leaveTypeId == key)
            return GridCell::of(cell);
    }
    return std::nullopt;
}

bool LeaveModel::addLeaveType(int leaveTypeId)
{
    std::optional<LeaveType> type;
    for (const LeaveType &t : m_store.leaveTypes()) {
        if (t.id == leaveTypeId)
            type = t;
    }
    if (rowOfKey(leaveTypeId) >= 0)
        setLastError(tr("The leave type is already shown."));
    else if (!type)
        setLastError(tr("The leave type is not known here yet; refresh and try again."));
    else if (type->archived)
        setLastError(tr("The leave type \u201c%1\u201d is archived.").arg(type->name));
    else
        setLastError({});
    if (!lastError().isEmpty())
        return false;

    m_added[{m_period, firstDay()}].insert(leaveTypeId);
    m_frame.types.insert(leaveTypeId, *type);
    insertSorted(leaveTypeId, [this](int a, int b) {
        return rowLess(typeIn(m_frame, a), a, typeIn(m_frame, b), b);
    });
    return true;
}

QVariant LeaveModel::rowData(int row, int column, int role) const
{
    if (row == totalRow() || column == totalColumn())
        return totalData(row, column, role);
    // The base answers every role of a leave-type day cell.
    return column == LeaveTypeColumn ? typeData(row, role) : QVariant();
}

QVariant LeaveModel::typeData(int row, int role) const
{
    const std::optional<LeaveType> t = type(row);
    const QString name = t ? t->name : tr("Leave type #%1").arg(rowKey(row));
    switch (role) {
    case Qt::DisplayRole:
    case RawSortRole:
        return name;
    case BalanceRole:
        return int(t ? t->balance : LeaveBalance::None);
    case Qt::ToolTipRole:
        if (!t)
            return tr("This leave type is not cached yet; it appears after the next refresh.");
        switch (t->balance) {
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

// The Total row, and the Total column of leave-type rows.
QVariant LeaveModel::totalData(int row, int column, int role) const
{
    const int taken = countedMinutes(row, column);
    const std::optional<int> planned =
        isTotalRow(row) ? scheduledMinutes(m_frame.days.schedule, column) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        return taken == 0 ? QString() : durationFormat().format(taken);
    case Qt::EditRole:
    case MinutesRole:
    case RawSortRole:
        return taken;
    case ScheduledRole:
        return planned ? QVariant(*planned) : QVariant();
    case Qt::ToolTipRole:
        return planned ? tr("Scheduled: %1").arg(durationFormat().format(*planned)) : QVariant();
    default:
        return {};
    }
}

QString LeaveModel::readOnlyReason(int row, int day) const
{
    const std::optional<LeaveType> t = type(row);
    if (!m_frame.leaveRegistration)
        return tr("Leave time is turned off on this server.");
    if (!m_frame.days.canSubmit)
        return tr("You are not allowed to enter leave time.");
    if (t && t->archived)
        return tr("The leave type \u201c%1\u201d is archived; its leave can no longer be changed.")
            .arg(t->name);
    if (m_frame.days.approved.at(day))
        return tr("This day is approved; its leave can no longer be changed.");
    if (!m_frame.days.locked.at(day).isEmpty())
        return tr("The server refused a change on this day as locked (\u201c%1\u201d); its leave "
                  "can no longer be changed.")
            .arg(m_frame.days.locked.at(day));
    return {};
}

QString LeaveModel::nameHeader() const
{
    return tr("Leave type");
}

QString LeaveModel::dayHeader(const QDate &date) const
{
    // Two short lines keep a month's 28–31 columns narrow.
    if (m_period == Period::Month)
        return QString(m_locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + u'\n'
                       + QString::number(date.day()));
    return DayGridModel::dayHeader(date);
}

QString LeaveModel::notEditableError(int) const
{
    return tr("Only the days of a leave type can be edited.");
}

} // namespace actidesk
