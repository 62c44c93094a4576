#include "daygridmodel.h"

#include "localedates.h"
#include "storewatch.h"

#include <QFont>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

GridCell GridCell::of(const TimetrackCell &cell)
{
    return {cell.minutes, cell.serverMinutes, cell.comment,
            cell.state,   cell.message,       cell.outboxId};
}

GridCell GridCell::of(const LeaveCell &cell)
{
    return {cell.minutes, cell.serverMinutes, {}, cell.state, cell.message, cell.outboxId};
}

DayGridModel::DayGridModel(Store &store, int userId, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_userId(userId), m_today(store.clock().today())
{
    // The Store subscription: the model follows what was written, whoever wrote it.
    new StoreWatch(
        m_store, [this](const StoreChange &change) { return concerns(change); },
        [this] { m_reloadHandler ? m_reloadHandler() : reload(); }, this);
    // The user's time display (Preferences): every duration shown reads the new way at once.
    connect(&TimeDisplaySetting::instance(), &TimeDisplaySetting::changed, this, [this] {
        m_format = DurationFormat(m_store.serverInfo().value_or(ServerInfo{}), m_locale);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
}

bool DayGridModel::concerns(const StoreChange &change) const
{
    return (m_start.isValid() && change.touchesDays(m_userId, firstDay(), lastDay()))
        || change.serverInfo;
}

QDate DayGridModel::dateOf(int column) const
{
    return isDayColumn(column) && m_start.isValid() ? m_start.addDays(column - FirstDayColumn)
                                                    : QDate();
}

int DayGridModel::rowOfKey(int key) const
{
    for (int row = 0; row < bodyRowCount(); ++row) {
        if (m_rows.at(row).key == key)
            return row;
    }
    return -1;
}

QDate DayGridModel::weekStartOf(const QDate &anyDay) const
{
    const ServerInfo info = m_store.serverInfo().value_or(ServerInfo{});
    return anyDay.addDays(-((anyDay.dayOfWeek() - int(info.firstDayOfWeek) + 7) % 7));
}

void DayGridModel::setToday(const QDate &today)
{
    if (!today.isValid() || today == m_today)
        return;
    m_today = today;
    if (m_start.isValid())
        Q_EMIT headerDataChanged(Qt::Horizontal, FirstDayColumn, totalColumn() - 1);
    todayChanged();
}

void DayGridModel::showDays(const QDate &start, int dayCount)
{
    beginResetModel();
    m_start = start;
    m_dayCount = dayCount;
    m_format = DurationFormat(m_store.serverInfo().value_or(ServerInfo{}), m_locale);
    Grid grid = readGrid();
    m_rows = std::move(grid.rows);
    m_footerRows = grid.footerRows;
    adoptGrid();
    endResetModel();
}

void DayGridModel::reload()
{
    if (!m_start.isValid())
        return;
    Grid fresh = readGrid();
    const DurationFormat format(m_store.serverInfo().value_or(ServerInfo{}), m_locale);
    QSet<int> oldKeys;
    QSet<int> freshKeys;
    for (const GridRow &row : std::as_const(m_rows))
        oldKeys.insert(row.key);
    for (const GridRow &row : std::as_const(fresh.rows))
        freshKeys.insert(row.key);
    // Rows that stay must keep their order for inserts and removals alone to get there.
    QList<int> keptOld;
    QList<int> keptFresh;
    for (const GridRow &row : std::as_const(m_rows)) {
        if (freshKeys.contains(row.key))
            keptOld.append(row.key);
    }
    for (const GridRow &row : std::as_const(fresh.rows)) {
        if (oldKeys.contains(row.key))
            keptFresh.append(row.key);
    }
    if (fresh.footerRows != m_footerRows || keptOld != keptFresh) {
        beginResetModel();
        m_rows = std::move(fresh.rows);
        m_footerRows = fresh.footerRows;
        m_format = format;
        adoptGrid();
        endResetModel();
        return;
    }

    const int oldBody = bodyRowCount();
    const Capture before = capture(0, rowCount() - 1);
    QHash<int, int> oldRowOf;
    for (int row = 0; row < oldBody; ++row)
        oldRowOf.insert(m_rows.at(row).key, row);
    for (int row = oldBody - 1; row >= 0; --row) {
        if (freshKeys.contains(m_rows.at(row).key))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (int row = 0; row < int(fresh.rows.size()); ++row) {
        if (oldKeys.contains(fresh.rows.at(row).key))
            continue;
        beginInsertRows({}, row, row);
        m_rows.insert(row, fresh.rows.at(row));
        endInsertRows();
    }
    m_rows = std::move(fresh.rows);
    m_format = format;
    adoptGrid();

    const Capture after = capture(0, rowCount() - 1);
    for (int row = 0; row < int(after.size()); ++row) {
        if (!isBodyRow(row)) { // footer rows keep their place after the body
            emitChanged(row, before.at(oldBody + row - bodyRowCount()), after.at(row));
            continue;
        }
        const auto old = oldRowOf.constFind(m_rows.at(row).key);
        if (old != oldRowOf.cend())
            emitChanged(row, before.at(*old), after.at(row));
        else // inserted while the subclass's figures were still the old ones
            Q_EMIT dataChanged(index(row, 0), index(row, totalColumn()));
    }
}

DayGridModel::Capture DayGridModel::capture(int firstRow, int lastRow) const
{
    const QList<int> roles = comparedRoles();
    Capture result;
    for (int row = firstRow; row <= lastRow; ++row) {
        QList<QVariant> values;
        values.reserve((totalColumn() + 1) * roles.size());
        for (int column = 0; column <= totalColumn(); ++column) {
            const QModelIndex cell = index(row, column);
            for (const int role : roles)
                values.append(data(cell, role));
        }
        result.append(values);
    }
    return result;
}

void DayGridModel::emitChanged(int row, const QList<QVariant> &before, const QList<QVariant> &after)
{
    const qsizetype roles = comparedRoles().size();
    for (int column = 0; column <= totalColumn(); ++column) {
        for (qsizetype role = 0; role < roles; ++role) {
            const qsizetype at = column * roles + role;
            if (before.at(at) != after.at(at)) {
                Q_EMIT dataChanged(index(row, column), index(row, column));
                break;
            }
        }
    }
}

int DayGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_start.isValid() ? 0 : bodyRowCount() + m_footerRows;
}

int DayGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : totalColumn() + 1;
}

QVariant DayGridModel::data(const QModelIndex &index, int role) const
{
    // Views and testers ask with invalid indexes on purpose: answer without a warning.
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int row = index.row();
    const int column = index.column();
    if (role == DateRole)
        return isDayColumn(column) ? QVariant(dateOf(column)) : QVariant();
    if (role == RowKeyRole)
        return isBodyRow(row) ? QVariant(rowKey(row)) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return column == NameColumn ? QVariant()
                                    : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (isTotalRow(row) && column == NameColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Total")) : QVariant();
    if (role == Qt::FontRole && (isTotalRow(row) || (isBodyRow(row) && column == totalColumn()))) {
        QFont font;
        font.setBold(true);
        return font;
    }
    // What a screen reader says: the row, the day, the time and the cell's state; the tooltip's
    // sentences as the description.
    if (role == Qt::AccessibleTextRole)
        return accessibleText(row, column);
    if (role == Qt::AccessibleDescriptionRole)
        return data(index, Qt::ToolTipRole);
    if (isBodyRow(row) && isDayColumn(column)) {
        if (QVariant value = cellValue(row, column - FirstDayColumn, role); value.isValid())
            return value;
    }
    return rowData(row, column, role);
}

// The roles every body day cell answers alike; invalid for the others.
QVariant DayGridModel::cellValue(int row, int day, int role) const
{
    const std::optional<GridCell> &cell = cellAt(row, day);
    const int minutes = cell ? cell->minutes : 0;
    switch (role) {
    case Qt::DisplayRole:
        return minutes == 0 ? QString() : m_format.format(minutes);
    case Qt::EditRole:
    case MinutesRole:
    case RawSortRole:
        return minutes;
    case Qt::ToolTipRole:
        return cellToolTip(row, day);
    case CellStateRole:
        return int(cell ? cell->state : CellState::Synced);
    case MessageRole:
        return cell ? cell->message : QString();
    case ReadOnlyReasonRole:
        return readOnlyReason(row, day);
    case ServerMinutesRole:
        return cell ? cell->serverMinutes : 0;
    default:
        return {};
    }
}

QString DayGridModel::accessibleText(int row, int column) const
{
    const QString name = data(index(row, NameColumn), Qt::DisplayRole).toString();
    if (column == NameColumn)
        return name;
    QStringList parts{name};
    if (isDayColumn(column))
        parts << localedates::longDayMonth(dateOf(column), m_locale);
    else if (!isTotalRow(row))
        parts << tr("total"); // a row's total; the Total row's reads "Total, 40:00"
    const QString value = data(index(row, column), Qt::DisplayRole).toString();
    parts << (value.isEmpty() ? tr("no time") : value);
    if (isBodyRow(row) && isDayColumn(column)) {
        const int day = column - FirstDayColumn;
        const std::optional<GridCell> &cell = cellAt(row, day);
        switch (cell ? cell->state : CellState::Synced) {
        case CellState::Pending:
            parts << tr("waiting to be sent");
            break;
        case CellState::Conflict:
            parts
                << tr("in conflict with the server's %1").arg(m_format.format(cell->serverMinutes));
            break;
        case CellState::Rejected:
            parts << tr("refused by the server");
            break;
        case CellState::Synced:
            break;
        }
        if (!readOnlyReason(row, day).isEmpty())
            parts << tr("locked");
        if (cell && !cell->comment.isEmpty())
            parts << tr("with a comment");
    }
    return parts.join(u", "_s);
}

QString DayGridModel::cellToolTip(int row, int day) const
{
    const std::optional<GridCell> &cell = cellAt(row, day);
    QStringList lines{readOnlyReason(row, day), cell ? cell->message : QString(), settleHint(cell),
                      cell ? cell->comment : QString()};
    lines.removeAll(QString());
    return lines.join(u'\n');
}

QString DayGridModel::dayHeader(const QDate &date) const
{
    // Two short lines keep the columns narrow: the weekday over the locale's day and month.
    return QString(m_locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + u'\n'
                   + localedates::dayMonth(date, m_locale));
}

QVariant DayGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section > totalColumn())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QDate date = dateOf(section);
    switch (role) {
    case Qt::DisplayRole:
        if (section == NameColumn)
            return nameHeader();
        if (section == totalColumn())
            return tr("Total");
        return date.isValid() ? dayHeader(date) : QString();
    case Qt::ToolTipRole:
        return date.isValid() ? QVariant(m_locale.toString(date, QLocale::LongFormat)) : QVariant();
    case Qt::AccessibleTextRole:
        if (!date.isValid())
            return headerData(section, orientation, Qt::DisplayRole);
        return date == m_today ? tr("%1, today").arg(localedates::longDayMonth(date, m_locale))
                               : localedates::longDayMonth(date, m_locale);
    case DateRole:
        return date.isValid() ? QVariant(date) : QVariant();
    case IsTodayRole:
        return date.isValid() ? QVariant(date == m_today) : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags DayGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isBodyRow(index.row()) && isDayColumn(index.column())
        && readOnlyReason(index.row(), index.column() - FirstDayColumn).isEmpty())
        result |= Qt::ItemIsEditable;
    return result;
}

QString DayGridModel::notEditableError(int) const
{
    return tr("Only the days of a row can be edited.");
}

bool DayGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    m_lastError.clear();
    if (role != Qt::EditRole || !index.isValid() || index.model() != this || !isBodyRow(index.row())
        || !isDayColumn(index.column())) {
        m_lastError = notEditableError(index.row());
        return false;
    }
    const DurationFormat::Parsed parsed = m_format.parseValue(value);
    if (!parsed.ok()) {
        m_lastError = parsed.error;
        return false;
    }
    const int day = index.column() - FirstDayColumn;
    const std::optional<GridCell> &cell = cellAt(index.row(), day);
    return writeCell(index.row(), day, *parsed.minutes, cell ? cell->comment : QString());
}

bool DayGridModel::writeCell(int row, int day, int minutes, const QString &comment)
{
    if (const QString reason = readOnlyReason(row, day); !reason.isEmpty()) {
        m_lastError = reason;
        return false;
    }
    GridRow &r = m_rows[row];
    const int key = r.key;
    const std::optional<GridCell> before = r.cells.at(day);
    // Writing the value already shown would only queue a useless request.
    if (before ? before->minutes == minutes && before->comment == comment
               : minutes == 0 && comment.isEmpty())
        return true;
    const QDate date = m_start.addDays(day);
    if (const StoreResult result = storeCell(key, date, minutes, comment); !result) {
        m_lastError = result.message;
        return false;
    }
    r.cells[day] = readCell(key, date);
    const int after = r.cells.at(day) ? r.cells.at(day)->minutes : 0;
    const int beforeMinutes = before ? before->minutes : 0;
    // Totals count the server's value of a refused cell: compare what they counted.
    emitCellChanged(row, day, counted(r.cells.at(day)) != counted(before));
    if (after != beforeMinutes)
        Q_EMIT minutesEdited(date, key, beforeMinutes, after);
    return true;
}

// The cell, and when what it counts changed its row total, its day's total and the total.
void DayGridModel::emitCellChanged(int row, int day, bool totals)
{
    QList<QModelIndex> changed{index(row, FirstDayColumn + day)};
    if (totals) {
        changed << index(row, totalColumn()) << index(totalRow(), FirstDayColumn + day)
                << index(totalRow(), totalColumn());
    }
    for (const QModelIndex &cell : std::as_const(changed))
        Q_EMIT dataChanged(cell, cell);
}

DayGridModel::UserDays DayGridModel::readUserDays() const
{
    UserDays days;
    // A user not cached yet is let edit: the server has the last word and rejects if need be.
    if (const QList<User> users = m_store.users({m_userId}); !users.isEmpty())
        days.canSubmit = users.first().canSubmitTimetrack;
    days.approved.fill(false, m_dayCount);
    days.locked.fill(QString(), m_dayCount);
    for (const DayInfo &day : m_store.days(m_userId, firstDay(), lastDay())) {
        days.approved[m_start.daysTo(day.date)] = day.approved.value_or(false);
        days.locked[m_start.daysTo(day.date)] = day.lockedReason;
    }
    days.schedule = m_store.schedule(m_userId, firstDay(), lastDay());
    return days;
}

DayGridModel::GridRow &DayGridModel::rowFor(QMap<int, GridRow> &rows, int key) const
{
    GridRow &row = rows[key];
    row.key = key;
    if (row.cells.isEmpty())
        row.cells.resize(m_dayCount);
    return row;
}

QList<DayGridModel::GridRow> DayGridModel::sortedRows(const QMap<int, GridRow> &rows,
                                                      const std::function<bool(int, int)> &less)
{
    QList<GridRow> result = rows.values();
    std::sort(result.begin(), result.end(),
              [&less](const GridRow &a, const GridRow &b) { return less(a.key, b.key); });
    return result;
}

void DayGridModel::insertSorted(int key, const std::function<bool(int, int)> &less)
{
    GridRow row;
    row.key = key;
    row.cells.resize(m_dayCount);
    int position = 0;
    while (position < bodyRowCount() && less(m_rows.at(position).key, key))
        ++position;
    beginInsertRows({}, position, position);
    m_rows.insert(position, row);
    endInsertRows();
}

int DayGridModel::countedMinutes(int row, int column) const
{
    const auto rowMinutes = [&](const GridRow &r) {
        int sum = 0;
        for (int day = 0; day < m_dayCount; ++day) {
            if (column == totalColumn() || column - FirstDayColumn == day)
                sum += counted(r.cells.at(day));
        }
        return sum;
    };
    if (isBodyRow(row))
        return rowMinutes(m_rows.at(row));
    int sum = 0;
    for (const GridRow &r : m_rows)
        sum += rowMinutes(r);
    return sum;
}

std::optional<int> DayGridModel::scheduledMinutes(const std::optional<Schedule> &schedule,
                                                  int column) const
{
    if (!schedule)
        return std::nullopt;
    if (isDayColumn(column))
        return schedule->minutesOn(dateOf(column));
    int sum = 0;
    for (int day = 0; day < m_dayCount; ++day)
        sum += schedule->minutesOn(m_start.addDays(day));
    return sum;
}

void DayGridModel::removeGridRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int DayGridModel::serverMinutes(int row, int day) const
{
    if (!isBodyRow(row) || day < 0 || day >= m_dayCount)
        return 0;
    const std::optional<GridCell> &cell = cellAt(row, day);
    return cell ? cell->serverMinutes : 0;
}

bool DayGridModel::resolve(int row, int day, Resolution how)
{
    m_lastError.clear();
    const std::optional<GridCell> cell =
        isBodyRow(row) && day >= 0 && day < m_dayCount ? cellAt(row, day) : std::nullopt;
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

int DayGridModel::counted(const std::optional<GridCell> &cell)
{
    if (!cell)
        return 0;
    return cell->state == CellState::Rejected ? cell->serverMinutes : cell->minutes;
}

QString DayGridModel::settleHint(const std::optional<GridCell> &cell) const
{
    if (!cell)
        return {};
    if (cell->state == CellState::Conflict)
        return tr("Changed on the server to %1 after your edit. Right-click to keep yours or "
                  "take the server's.")
            .arg(m_format.format(cell->serverMinutes));
    if (cell->state == CellState::Rejected)
        return tr("The totals count the server's value (%1) while it refuses this one. "
                  "Right-click to discard your change.")
            .arg(m_format.format(cell->serverMinutes));
    return {};
}

} // namespace actidesk
