#include "timesheetmodel.h"

#include "naturalorder.h"
#include "storewatch.h"

#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

constexpr int DayCount = 7;

bool isDayColumn(int column)
{
    return column >= TimesheetModel::FirstDayColumn && column <= TimesheetModel::LastDayColumn;
}

QDate startOfWeek(const QDate &day, Qt::DayOfWeek first)
{
    return day.addDays(-((day.dayOfWeek() - int(first) + DayCount) % DayCount));
}

// Customer, project, task name (locale-aware, natural), unknown tasks last, then id.
bool rowLess(const std::optional<Task> &a, int aId, const std::optional<Task> &b, int bId)
{
    if (a.has_value() != b.has_value())
        return a.has_value();
    if (a) {
        for (const auto &[x, y] :
             {std::pair(a->customerName, b->customerName),
              std::pair(a->projectName, b->projectName), std::pair(a->name, b->name)}) {
            if (const int c = naturalCompare(x, y); c != 0)
                return c < 0;
        }
    }
    return aId < bId;
}

// What a cell adds to the totals: a value the server refused is the user's wish, not recorded
// time, so the server's value (what it still holds) counts instead.
template<typename Cell>
int counted(const std::optional<Cell> &cell)
{
    if (!cell)
        return 0;
    return cell->state == CellState::Rejected ? cell->serverMinutes : cell->minutes;
}

// The roles reload() compares to find the cells that changed.
constexpr int ComparedRoles[] = {
    Qt::DisplayRole,
    Qt::EditRole,
    Qt::ToolTipRole,
    TimesheetModel::CommentRole,
    TimesheetModel::CellStateRole,
    TimesheetModel::MessageRole,
    TimesheetModel::ScheduledRole,
    TimesheetModel::OvertimeRole,
    TimesheetModel::ReadOnlyReasonRole,
    TimesheetModel::LeaveRole,
    TimesheetModel::SoFarOvertimeRole,
    TimesheetModel::RefusedMinutesRole,
};

} // namespace

TimesheetModel::TimesheetModel(Store &store, int userId, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_userId(userId)
{
    setWeek(QDate::currentDate());
    watchStore();
}

void TimesheetModel::watchStore()
{
    const auto overlaps = [this](const StoreChange &change) {
        // The user's cells, days and schedule of the week, the names of its tasks (and of their
        // projects and customers), the leave row's types, the server's duration format.
        return change.touchesDays(m_userId, m_snap.start, m_snap.start.addDays(6))
            || change.touches(StoreEntity::Tasks) || change.touches(StoreEntity::Projects)
            || change.touches(StoreEntity::Customers) || change.touches(StoreEntity::LeaveTypes)
            || change.serverInfo;
    };
    new StoreWatch(
        m_store, overlaps, [this] { m_reloadHandler ? m_reloadHandler() : reload(); }, this);
}

void TimesheetModel::setWeek(const QDate &anyDay)
{
    const ServerInfo info = m_store.serverInfo().value_or(ServerInfo{});
    beginResetModel();
    m_snap = readSnapshot(startOfWeek(anyDay, info.firstDayOfWeek));
    endResetModel();
}

void TimesheetModel::setToday(const QDate &today)
{
    if (!today.isValid() || today == m_today)
        return;
    m_today = today;
    // Only the balances of the Total row depend on today.
    emit dataChanged(index(totalRow(), FirstDayColumn), index(totalRow(), TotalColumn));
}

QDate TimesheetModel::dateOf(int column) const
{
    return isDayColumn(column) ? m_snap.start.addDays(column - FirstDayColumn) : QDate();
}

int TimesheetModel::taskId(int row) const
{
    return row >= 0 && row < int(m_snap.rows.size()) ? m_snap.rows.at(row).taskId : 0;
}

TimesheetModel::Snapshot TimesheetModel::readSnapshot(const QDate &start) const
{
    const ServerInfo info = m_store.serverInfo().value_or(ServerInfo{});
    Snapshot snap;
    snap.start = start;
    snap.format = DurationFormat(info, m_locale);
    const QDate end = start.addDays(DayCount - 1);

    // A user not cached yet is let edit: the server has the last word and rejects if need be.
    if (const QList<User> users = m_store.users({m_userId}); !users.isEmpty())
        snap.canSubmit = users.first().canSubmitTimetrack;
    for (const DayInfo &day : m_store.days(m_userId, start, end))
        snap.approved[start.daysTo(day.date)] = day.approved.value_or(false);
    snap.schedule = m_store.schedule(m_userId, start, end);

    QMap<int, QString> leaveNames;
    for (const LeaveType &type : m_store.leaveTypes())
        leaveNames.insert(type.id, type.name);
    for (const LeaveCell &cell : m_store.leave(m_userId, start, end)) {
        const int minutes = counted(std::optional<LeaveCell>(cell));
        if (minutes == 0)
            continue;
        const qint64 day = start.daysTo(cell.date);
        snap.leave[day] += minutes;
        snap.leaveLines[day].append(tr("%1: %2").arg(
            leaveNames.value(cell.leaveTypeId, tr("Leave #%1").arg(cell.leaveTypeId)),
            snap.format.format(minutes)));
    }

    QMap<int, Row> rows;
    for (const TimetrackCell &cell : m_store.timetrack(m_userId, start, end)) {
        Row &row = rows[cell.taskId];
        row.taskId = cell.taskId;
        row.cells[start.daysTo(cell.date)] = cell;
    }
    for (const int id : m_added.value(start)) {
        if (!rows.contains(id))
            rows[id].taskId = id;
    }
    // Rows the user removed stay away while they still have nothing to show.
    for (const int id : m_removed.value(start)) {
        const auto found = rows.constFind(id);
        if (found != rows.cend() && !hasContent(*found))
            rows.remove(id);
    }
    if (!rows.isEmpty()) {
        TaskQuery query;
        query.ids = rows.keys();
        for (const Task &task : m_store.tasks(query))
            rows[task.id].task = task;
    }
    snap.rows = rows.values();
    std::sort(snap.rows.begin(), snap.rows.end(), [](const Row &a, const Row &b) {
        return rowLess(a.task, a.taskId, b.task, b.taskId);
    });
    return snap;
}

bool TimesheetModel::addTask(int taskId)
{
    const auto found = std::find_if(m_snap.rows.cbegin(), m_snap.rows.cend(),
                                    [taskId](const Row &row) { return row.taskId == taskId; });
    const std::optional<Task> task = m_store.task(taskId);
    if (found != m_snap.rows.cend())
        m_lastError = tr("The task is already on this week's timesheet.");
    else if (!task)
        m_lastError = tr("The task is not known here yet; refresh and try again.");
    else if (task->isCompleted())
        m_lastError =
            tr("Time cannot be added to the completed task \u201c%1\u201d.").arg(task->name);
    else
        m_lastError.clear();
    if (!m_lastError.isEmpty())
        return false;

    m_added[m_snap.start].insert(taskId);
    m_removed[m_snap.start].remove(taskId);
    Row row;
    row.taskId = taskId;
    row.task = task;
    const auto at = std::find_if(m_snap.rows.cbegin(), m_snap.rows.cend(), [&row](const Row &r) {
        return rowLess(row.task, row.taskId, r.task, r.taskId);
    });
    const int position = int(at - m_snap.rows.cbegin());
    beginInsertRows({}, position, position);
    m_snap.rows.insert(position, row);
    endInsertRows();
    return true;
}

void TimesheetModel::reload()
{
    Snapshot fresh = readSnapshot(m_snap.start);
    const auto ids = [](const Snapshot &snap) {
        QList<int> result;
        for (const Row &row : snap.rows)
            result.append(row.taskId);
        return result;
    };
    if (ids(fresh) != ids(m_snap) || leaveRowOf(fresh) != leaveRowOf(m_snap)) {
        beginResetModel();
        m_snap = std::move(fresh);
        endResetModel();
        return;
    }
    QList<QModelIndex> changed;
    for (int row = 0; row <= totalRow(); ++row) { // the same rows in both snapshots
        for (int column = 0; column < ColumnCount; ++column) {
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

int TimesheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : totalRow() + 1;
}

int TimesheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimesheetModel::data(const QModelIndex &index, int role) const
{
    // Views and testers ask with invalid indexes on purpose: answer without a warning.
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    return value(m_snap, index.row(), index.column(), role);
}

QVariant TimesheetModel::value(const Snapshot &snap, int row, int column, int role) const
{
    if (role == DateRole)
        return isDayColumn(column) ? QVariant(snap.start.addDays(column - FirstDayColumn))
                                   : QVariant();
    if (role == TaskIdRole)
        return row < int(snap.rows.size()) ? QVariant(snap.rows.at(row).taskId) : QVariant();
    if (role == Qt::TextAlignmentRole && column != TaskColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (row == leaveRowOf(snap))
        return leaveData(snap, column, role);
    if (row == totalRowOf(snap) || column == TotalColumn)
        return totalData(snap, row, column, role);
    if (column == TaskColumn)
        return taskData(snap, row, role);
    return cellData(snap, row, column - FirstDayColumn, role);
}

QVariant TimesheetModel::taskData(const Snapshot &snap, int row, int role) const
{
    const Row &r = snap.rows.at(row);
    const QString name = r.task ? r.task->name : tr("Task #%1").arg(r.taskId);
    switch (role) {
    case Qt::DisplayRole:
        return name;
    case Qt::ToolTipRole:
        return r.task
            ? QString(r.task->customerName + u" / "_s + r.task->projectName + u" / "_s + name)
            : tr("This task is not cached yet; it appears after the next refresh.");
    case RawSortRole:
        return r.task
            ? QString(r.task->customerName + u'\x1f' + r.task->projectName + u'\x1f' + name)
            : name;
    case CustomerNameRole:
        return r.task ? r.task->customerName : QString();
    case ProjectNameRole:
        return r.task ? r.task->projectName : QString();
    case CompletedRole:
        return r.task && r.task->isCompleted();
    default:
        return {};
    }
}

QVariant TimesheetModel::cellData(const Snapshot &snap, int row, int day, int role) const
{
    const std::optional<TimetrackCell> &cell = snap.rows.at(row).cells.at(day);
    const int minutes = cell ? cell->minutes : 0;
    switch (role) {
    case Qt::DisplayRole:
        return minutes == 0 ? QString() : snap.format.format(minutes);
    case Qt::EditRole:
    case MinutesRole:
    case RawSortRole:
        return minutes;
    case CommentRole:
        return cell ? cell->comment : QString();
    case CellStateRole:
        return int(cell ? cell->state : CellState::Synced);
    case MessageRole:
        return cell ? cell->message : QString();
    case ReadOnlyReasonRole:
        return readOnlyReason(snap, row, day);
    case Qt::ToolTipRole: {
        QString settle;
        if (cell && cell->state == CellState::Rejected)
            settle = tr("The totals count the server's value (%1) while it refuses this one. ")
                         .arg(snap.format.format(cell->serverMinutes));
        if (cell && cell->state == CellState::Conflict)
            settle = tr("Changed on the server to %1 after your edit. Right-click to keep yours "
                        "or take the server's.")
                         .arg(snap.format.format(cell->serverMinutes));
        if (cell && cell->state == CellState::Rejected)
            settle += tr("Right-click to discard your change.");
        QStringList lines{readOnlyReason(snap, row, day),
                          cellData(snap, row, day, MessageRole).toString(), settle,
                          cellData(snap, row, day, CommentRole).toString()};
        lines.removeAll(QString());
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

// The Total row, and the Total column of task rows.
QVariant TimesheetModel::totalData(const Snapshot &snap, int row, int column, int role) const
{
    const bool totalRow = row == totalRowOf(snap);
    if (column == TaskColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Total")) : QVariant();
    const int worked = minutes(snap, row, column);
    const std::optional<int> planned = totalRow ? scheduled(snap, column) : std::nullopt;
    const bool week = column == TotalColumn;
    const auto days = [&](auto each) {
        for (int day = 0; day < DayCount; ++day) {
            if (week || column - FirstDayColumn == day)
                each(day);
        }
    };
    // The balance of the day, or of the week's days up to `last` (inclusive).
    const auto balance = [&](int last) -> std::optional<int> {
        if (!planned)
            return std::nullopt;
        int sum = 0;
        days([&](int day) {
            // A day still to come adds only time already beyond its schedule, never undertime.
            const int value = overtime(snap, day).value_or(0);
            if (day <= last)
                sum += isFuture(snap, day) ? std::max(0, value) : value;
        });
        return sum;
    };
    int leave = 0;
    int refused = 0;
    days([&](int day) {
        leave += snap.leave.at(day);
        for (const Row &r : snap.rows) {
            if (const auto &cell = r.cells.at(day); cell && cell->state == CellState::Rejected
                && (totalRow || &r == &snap.rows.at(row)))
                refused += cell->minutes;
        }
    });
    int lastPast = -1; // the last day of the week up to today
    for (int day = 0; day < DayCount; ++day) {
        if (!isFuture(snap, day))
            lastPast = day;
    }
    switch (role) {
    case Qt::DisplayRole:
        return !totalRow && worked == 0 ? QString() : snap.format.format(worked);
    case Qt::EditRole:
    case MinutesRole:
    case RawSortRole:
        return worked;
    case ScheduledRole:
        return planned ? QVariant(*planned) : QVariant();
    case OvertimeRole: {
        // A day still to come is not undertime: only time already beyond its schedule shows.
        const std::optional<int> value = balance(DayCount - 1);
        if (value && !week && isFuture(snap, column - FirstDayColumn))
            return std::max(0, *value);
        return value ? QVariant(*value) : QVariant();
    }
    case LeaveRole:
        return totalRow ? QVariant(leave) : QVariant();
    case RefusedMinutesRole:
        return refused;
    case SoFarScheduledRole:
    case SoFarOvertimeRole:
    case SoFarMinutesRole: {
        if (!totalRow || !week || !planned)
            return {};
        int sum = 0;
        for (int day = 0; day <= lastPast; ++day) {
            const QDate date = snap.start.addDays(day);
            if (role == SoFarScheduledRole)
                sum += snap.schedule->minutesOn(date);
            else if (role == SoFarMinutesRole)
                sum += minutes(snap, row, FirstDayColumn + day);
            else
                sum += overtime(snap, day).value_or(0);
        }
        return sum;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (planned)
            lines << tr("Scheduled: %1, overtime: %2")
                         .arg(snap.format.format(*planned),
                              snap.format.format(balance(DayCount - 1).value_or(0)));
        if (totalRow && leave > 0)
            lines << tr("Leave: %1 (counts toward the schedule of working days)")
                         .arg(snap.format.format(leave));
        if (refused > 0)
            lines << tr("Refused by the server, not counted: %1 (the server's values count)")
                         .arg(snap.format.format(refused));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

// The read-only Leave row: the day's leave of every type together.
QVariant TimesheetModel::leaveData(const Snapshot &snap, int column, int role) const
{
    int leave = 0;
    QStringList lines;
    for (int day = 0; day < DayCount; ++day) {
        if (column == TotalColumn || column - FirstDayColumn == day) {
            leave += snap.leave.at(day);
            lines += snap.leaveLines.at(day);
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == TaskColumn)
            return tr("Leave");
        return leave == 0 ? QString() : snap.format.format(leave);
    case Qt::EditRole:
    case MinutesRole:
    case RawSortRole:
    case LeaveRole:
        return column == TaskColumn ? QVariant() : QVariant(leave);
    case ReadOnlyReasonRole:
        return tr("Leave is entered on the Leave page.");
    case Qt::ToolTipRole:
        if (column == TaskColumn)
            return tr("Leave taken; it counts toward the schedule of working days. Leave is "
                      "entered on the Leave page.");
        return column == TotalColumn ? QVariant() : QVariant(lines.join(u'\n'));
    default:
        return {};
    }
}

// actiTIME's automatic overtime of one day: a working day balances worked time and leave against
// its schedule; on a nonworking day every worked minute is overtime and leave does not count.
std::optional<int> TimesheetModel::overtime(const Snapshot &snap, int day) const
{
    if (!snap.schedule)
        return std::nullopt;
    const int planned = snap.schedule->minutesOn(snap.start.addDays(day));
    const int worked = minutes(snap, totalRowOf(snap), FirstDayColumn + day);
    return planned == 0 ? worked : worked + snap.leave.at(day) - planned;
}

bool TimesheetModel::isFuture(const Snapshot &snap, int day) const
{
    return m_today.isValid() && snap.start.addDays(day) > m_today;
}

QString TimesheetModel::readOnlyReason(const Snapshot &snap, int row, int day) const
{
    const std::optional<Task> &task = snap.rows.at(row).task;
    if (!snap.canSubmit)
        return tr("You are not allowed to submit time-track.");
    if (task && task->isCompleted())
        return tr("The task \u201c%1\u201d is completed; its time can no longer be changed.")
            .arg(task->name);
    if (snap.approved.at(day))
        return tr("This day is approved; its time can no longer be changed.");
    return {};
}

// Minutes of one cell, a row's week, a day's total or the week's total.
int TimesheetModel::minutes(const Snapshot &snap, int row, int column) const
{
    const auto rowMinutes = [&column](const Row &r) {
        int sum = 0;
        for (int day = 0; day < DayCount; ++day) {
            if (column == TotalColumn || column - FirstDayColumn == day)
                sum += counted(r.cells.at(day));
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

std::optional<int> TimesheetModel::scheduled(const Snapshot &snap, int column) const
{
    if (!snap.schedule)
        return std::nullopt;
    if (isDayColumn(column))
        return snap.schedule->minutesOn(snap.start.addDays(column - FirstDayColumn));
    int sum = 0;
    for (int day = 0; day < DayCount; ++day)
        sum += snap.schedule->minutesOn(snap.start.addDays(day));
    return sum;
}

QVariant TimesheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QDate date = dateOf(section);
    switch (role) {
    case Qt::DisplayRole:
        if (section == TaskColumn)
            return tr("Task");
        if (section == TotalColumn)
            return tr("Total");
        return QString(m_locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + u' '
                       + m_locale.toString(date, QLocale::ShortFormat));
    case Qt::ToolTipRole:
        return date.isValid() ? QVariant(m_locale.toString(date, QLocale::LongFormat)) : QVariant();
    case DateRole:
        return date.isValid() ? QVariant(date) : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags TimesheetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.row() < int(m_snap.rows.size()) && isDayColumn(index.column())
        && readOnlyReason(m_snap, index.row(), index.column() - FirstDayColumn).isEmpty())
        result |= Qt::ItemIsEditable;
    return result;
}

bool TimesheetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    m_lastError.clear();
    if (role != Qt::EditRole || !index.isValid() || index.model() != this
        || index.row() >= int(m_snap.rows.size()) || !isDayColumn(index.column())) {
        m_lastError = isLeaveRow(index.row()) ? tr("Leave is entered on the Leave page.")
                                              : tr("Only the days of a task can be edited.");
        return false;
    }
    const DurationFormat::Parsed parsed = m_snap.format.parseValue(value);
    if (!parsed.ok()) {
        m_lastError = parsed.error;
        return false;
    }
    const int minutes = *parsed.minutes;
    const int day = index.column() - FirstDayColumn;
    const std::optional<TimetrackCell> &cell = m_snap.rows.at(index.row()).cells.at(day);
    return writeCell(index.row(), day, minutes, cell ? cell->comment : QString());
}

bool TimesheetModel::setComment(int row, int day, const QString &text)
{
    m_lastError.clear();
    if (row < 0 || row >= int(m_snap.rows.size()) || day < 0 || day >= DayCount) {
        m_lastError = tr("Only the days of a task can have a comment.");
        return false;
    }
    const std::optional<TimetrackCell> &cell = m_snap.rows.at(row).cells.at(day);
    return writeCell(row, day, cell ? cell->minutes : 0, text);
}

int TimesheetModel::serverMinutes(int row, int day) const
{
    if (row < 0 || row >= int(m_snap.rows.size()) || day < 0 || day >= DayCount)
        return 0;
    const std::optional<TimetrackCell> &cell = m_snap.rows.at(row).cells.at(day);
    return cell ? cell->serverMinutes : 0;
}

bool TimesheetModel::resolve(int row, int day, Resolution how)
{
    m_lastError.clear();
    const std::optional<TimetrackCell> cell =
        row >= 0 && row < int(m_snap.rows.size()) && day >= 0 && day < DayCount
        ? m_snap.rows.at(row).cells.at(day)
        : std::nullopt;
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

bool TimesheetModel::writeCell(int row, int day, int minutes, const QString &comment)
{
    if (const QString reason = readOnlyReason(m_snap, row, day); !reason.isEmpty()) {
        m_lastError = reason;
        return false;
    }
    Row &r = m_snap.rows[row];
    const std::optional<TimetrackCell> before = r.cells.at(day);
    // Writing the value already shown would only queue a useless request.
    if (before ? before->minutes == minutes && before->comment == comment
               : minutes == 0 && comment.isEmpty())
        return true;
    const QDate date = m_snap.start.addDays(day);
    if (const StoreResult result =
            m_store.editTimetrackCell(m_userId, date, r.taskId, minutes, comment);
        !result) {
        m_lastError = result.message;
        return false;
    }
    r.cells[day].reset();
    for (const TimetrackCell &cell : m_store.timetrack(m_userId, date, date)) {
        if (cell.taskId == r.taskId)
            r.cells[day] = cell;
    }
    const int after = r.cells.at(day) ? r.cells.at(day)->minutes : 0;
    const int beforeMinutes = before ? before->minutes : 0;
    // Totals count the server's value of a refused cell: compare what they counted.
    emitCellChanged(row, day, counted(r.cells.at(day)) != counted(before));
    if (after != beforeMinutes)
        emit minutesEdited(date, r.taskId, beforeMinutes, after);
    return true;
}

// Time, a comment, or a change still to be sent or settled.
bool TimesheetModel::hasContent(const Row &row)
{
    return std::any_of(row.cells.cbegin(), row.cells.cend(), [](const auto &cell) {
        return cell
            && (cell->minutes > 0 || !cell->comment.isEmpty() || cell->state != CellState::Synced);
    });
}

QString TimesheetModel::removeTaskRefusal(int row) const
{
    if (row < 0 || row >= int(m_snap.rows.size())) // the leave and total rows are not tasks
        return tr("not a task row");
    for (const std::optional<TimetrackCell> &cell : m_snap.rows.at(row).cells) {
        if (cell && cell->minutes > 0)
            return tr("it has time this week");
    }
    if (hasContent(m_snap.rows.at(row)))
        return tr("it has changes not yet sent");
    return {};
}

bool TimesheetModel::removeTask(int row)
{
    if (const QString reason = removeTaskRefusal(row); !reason.isEmpty()) {
        m_lastError = tr("The row cannot be removed: %1.").arg(reason);
        return false;
    }
    m_lastError.clear();
    m_added[m_snap.start].remove(m_snap.rows.at(row).taskId);
    m_removed[m_snap.start].insert(m_snap.rows.at(row).taskId);
    beginRemoveRows({}, row, row);
    m_snap.rows.removeAt(row);
    endRemoveRows();
    return true;
}

// The cell, and when its minutes changed its row total, its day's total and the week's total.
void TimesheetModel::emitCellChanged(int row, int day, bool totals)
{
    QList<QModelIndex> changed{index(row, FirstDayColumn + day)};
    if (totals) {
        changed << index(row, TotalColumn) << index(totalRow(), FirstDayColumn + day)
                << index(totalRow(), TotalColumn);
    }
    for (const QModelIndex &cell : std::as_const(changed))
        emit dataChanged(cell, cell);
}

} // namespace actidesk
