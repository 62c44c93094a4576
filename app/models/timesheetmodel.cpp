#include "timesheetmodel.h"

#include "naturalorder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

constexpr int DayCount = 7;

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

} // namespace

TimesheetModel::TimesheetModel(Store &store, int userId, QObject *parent)
    : DayGridModel(store, userId, parent)
{
    setWeek(today());
}

bool TimesheetModel::concerns(const StoreChange &change) const
{
    // Besides the week's days: the names of its tasks (and of their projects and customers) and
    // the leave row's types.
    return DayGridModel::concerns(change) || change.touches(StoreEntity::Tasks)
        || change.touches(StoreEntity::Projects) || change.touches(StoreEntity::Customers)
        || change.touches(StoreEntity::LeaveTypes);
}

void TimesheetModel::setWeek(const QDate &anyDay)
{
    showDays(weekStartOf(anyDay), DayCount);
}

void TimesheetModel::todayChanged()
{
    // Only the balances of the Total row depend on today.
    Q_EMIT dataChanged(index(totalRow(), FirstDayColumn), index(totalRow(), TotalColumn));
}

std::optional<Task> TimesheetModel::taskIn(const Frame &frame, int taskId)
{
    const auto found = frame.tasks.constFind(taskId);
    return found == frame.tasks.cend() ? std::nullopt : std::optional<Task>(*found);
}

DayGridModel::Grid TimesheetModel::readGrid()
{
    const QDate start = firstDay();
    const QDate end = lastDay();
    Frame frame;
    frame.days = readUserDays();

    QMap<int, QString> leaveNames;
    for (const LeaveType &type : m_store.leaveTypes())
        leaveNames.insert(type.id, type.name);
    for (const LeaveCell &cell : m_store.leave(m_userId, start, end)) {
        const int minutes = counted(GridCell::of(cell));
        if (minutes == 0)
            continue;
        const qint64 day = start.daysTo(cell.date);
        frame.leave[day] += minutes;
        frame.leaveLines[day].append(
            {leaveNames.value(cell.leaveTypeId, tr("Leave #%1").arg(cell.leaveTypeId)), minutes});
    }

    QMap<int, GridRow> rows;
    for (const TimetrackCell &cell : m_store.timetrack(m_userId, start, end))
        rowFor(rows, cell.taskId).cells[start.daysTo(cell.date)] = GridCell::of(cell);
    for (const int id : m_added.value(start))
        rowFor(rows, id);
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
            frame.tasks.insert(task.id, task);
    }
    Grid grid;
    grid.rows = sortedRows(
        rows, [&frame](int a, int b) { return rowLess(taskIn(frame, a), a, taskIn(frame, b), b); });
    grid.footerRows = hasLeave(frame) ? 2 : 1; // the Leave row, the Total row
    m_nextFrame = std::move(frame);
    return grid;
}

void TimesheetModel::adoptGrid()
{
    m_frame = std::move(m_nextFrame);
    m_nextFrame = {};
}

QList<int> TimesheetModel::comparedRoles() const
{
    return {
        Qt::DisplayRole,    Qt::EditRole, Qt::ToolTipRole,   CommentRole,
        CellStateRole,      MessageRole,  ScheduledRole,     OvertimeRole,
        ReadOnlyReasonRole, LeaveRole,    SoFarOvertimeRole, RefusedMinutesRole,
    };
}

StoreResult TimesheetModel::storeCell(int key, const QDate &date, int minutes,
                                      const QString &comment)
{
    return m_store.editTimetrackCell(m_userId, date, key, minutes, comment);
}

std::optional<GridCell> TimesheetModel::readCell(int key, const QDate &date) const
{
    for (const TimetrackCell &cell : m_store.timetrack(m_userId, date, date)) {
        if (cell.taskId == key)
            return GridCell::of(cell);
    }
    return std::nullopt;
}

bool TimesheetModel::addTask(int taskId)
{
    const std::optional<Task> task = m_store.task(taskId);
    if (rowOfKey(taskId) >= 0)
        setLastError(tr("The task is already on this week's timesheet."));
    else if (!task)
        setLastError(tr("The task is not known here yet; refresh and try again."));
    else if (task->isCompleted())
        setLastError(
            tr("Time cannot be added to the completed task \u201c%1\u201d.").arg(task->name));
    else
        setLastError({});
    if (!lastError().isEmpty())
        return false;

    m_added[firstDay()].insert(taskId);
    m_removed[firstDay()].remove(taskId);
    m_frame.tasks.insert(taskId, *task);
    insertSorted(taskId, [this](int a, int b) {
        return rowLess(taskIn(m_frame, a), a, taskIn(m_frame, b), b);
    });
    return true;
}

QVariant TimesheetModel::rowData(int row, int column, int role) const
{
    if (row == leaveRow())
        return leaveData(column, role);
    if (row == totalRow() || column == TotalColumn)
        return totalData(row, column, role);
    if (column == TaskColumn)
        return taskData(row, role);
    // The base answers a task-row day cell but for its comment.
    const std::optional<GridCell> &cell = cellAt(row, column - FirstDayColumn);
    return role == CommentRole ? QVariant(cell ? cell->comment : QString()) : QVariant();
}

QVariant TimesheetModel::taskData(int row, int role) const
{
    const std::optional<Task> t = task(row);
    const QString name = t ? t->name : tr("Task #%1").arg(rowKey(row));
    switch (role) {
    case Qt::DisplayRole:
        return name;
    case Qt::ToolTipRole:
        return t ? QString(t->customerName + u" / "_s + t->projectName + u" / "_s + name)
                 : tr("This task is not cached yet; it appears after the next refresh.");
    case RawSortRole:
        return t ? QString(t->customerName + u'\x1f' + t->projectName + u'\x1f' + name) : name;
    case CustomerNameRole:
        return t ? t->customerName : QString();
    case ProjectNameRole:
        return t ? t->projectName : QString();
    case CompletedRole:
        return t && t->isCompleted();
    default:
        return {};
    }
}

// The Total row, and the Total column of task rows.
QVariant TimesheetModel::totalData(int row, int column, int role) const
{
    const bool isTotal = row == totalRow();
    const int worked = countedMinutes(row, column);
    // The scheduled minutes as a plain value and a flag: GCC 12's -O3 flow analysis reports an
    // std::optional<int> read under its own check as maybe-uninitialized.
    const std::optional<int> schedule =
        isTotal ? scheduledMinutes(m_frame.days.schedule, column) : std::nullopt;
    const bool hasPlan = schedule.has_value();
    const int plannedMinutes = schedule.value_or(0);
    const bool week = column == TotalColumn;
    const auto days = [&](auto each) {
        for (int day = 0; day < DayCount; ++day) {
            if (week || column - FirstDayColumn == day)
                each(day);
        }
    };
    // The balance of the day, or of the week's days up to `last` (inclusive).
    const auto balance = [&](int last) -> std::optional<int> {
        if (!hasPlan)
            return std::nullopt;
        int sum = 0;
        days([&](int day) {
            // A day still to come adds only time already beyond its schedule, never undertime.
            const int value = overtime(day).value_or(0);
            if (day <= last)
                sum += isFuture(day) ? std::max(0, value) : value;
        });
        return sum;
    };
    int leave = 0;
    int refused = 0;
    days([&](int day) {
        leave += m_frame.leave.at(day);
        for (int r = 0; r < bodyRowCount(); ++r) {
            if (const auto &cell = cellAt(r, day);
                cell && cell->state == CellState::Rejected && (isTotal || r == row))
                refused += cell->minutes;
        }
    });
    int lastPast = -1; // the last day of the week up to today
    for (int day = 0; day < DayCount; ++day) {
        if (!isFuture(day))
            lastPast = day;
    }
    switch (role) {
    case Qt::DisplayRole:
        return !isTotal && worked == 0 ? QString() : durationFormat().format(worked);
    case Qt::EditRole:
    case MinutesRole:
    case RawSortRole:
        return worked;
    case ScheduledRole:
        return hasPlan ? QVariant(plannedMinutes) : QVariant();
    case OvertimeRole: {
        // A day still to come is not undertime: only time already beyond its schedule shows.
        const std::optional<int> value = balance(DayCount - 1);
        if (value && !week && isFuture(column - FirstDayColumn))
            return std::max(0, *value);
        return value ? QVariant(*value) : QVariant();
    }
    case LeaveRole:
        return isTotal ? QVariant(leave) : QVariant();
    case RefusedMinutesRole:
        return refused;
    case SoFarScheduledRole:
    case SoFarOvertimeRole:
    case SoFarMinutesRole: {
        if (!isTotal || !week || !hasPlan)
            return {};
        int sum = 0;
        for (int day = 0; day <= lastPast; ++day) {
            const QDate date = firstDay().addDays(day);
            if (role == SoFarScheduledRole)
                sum += m_frame.days.schedule->minutesOn(date);
            else if (role == SoFarMinutesRole)
                sum += countedMinutes(row, FirstDayColumn + day);
            else
                sum += overtime(day).value_or(0);
        }
        return sum;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (hasPlan)
            lines << tr("Scheduled: %1, overtime: %2")
                         .arg(durationFormat().format(plannedMinutes),
                              durationFormat().format(balance(DayCount - 1).value_or(0)));
        if (isTotal && leave > 0)
            lines << tr("Leave: %1 (counts toward the schedule of working days)")
                         .arg(durationFormat().format(leave));
        if (refused > 0)
            lines << tr("Refused by the server, not counted: %1 (the server's values count)")
                         .arg(durationFormat().format(refused));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    default:
        return {};
    }
}

// The read-only Leave row: the day's leave of every type together.
QVariant TimesheetModel::leaveData(int column, int role) const
{
    int leave = 0;
    QStringList lines;
    for (int day = 0; day < DayCount; ++day) {
        if (column == TotalColumn || column - FirstDayColumn == day) {
            leave += m_frame.leave.at(day);
            for (const auto &[type, minutes] : m_frame.leaveLines.at(day))
                lines.append(tr("%1: %2").arg(type, durationFormat().format(minutes)));
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == TaskColumn)
            return tr("Leave");
        return leave == 0 ? QString() : durationFormat().format(leave);
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
std::optional<int> TimesheetModel::overtime(int day) const
{
    if (!m_frame.days.schedule)
        return std::nullopt;
    const int planned = m_frame.days.schedule->minutesOn(firstDay().addDays(day));
    const int worked = countedMinutes(totalRow(), FirstDayColumn + day);
    return planned == 0 ? worked : worked + m_frame.leave.at(day) - planned;
}

bool TimesheetModel::isFuture(int day) const
{
    return today().isValid() && firstDay().addDays(day) > today();
}

QString TimesheetModel::readOnlyReason(int row, int day) const
{
    const std::optional<Task> t = task(row);
    if (!m_frame.days.canSubmit)
        return tr("You are not allowed to submit time-track.");
    if (t && t->isCompleted())
        return tr("The task \u201c%1\u201d is completed; its time can no longer be changed.")
            .arg(t->name);
    if (m_frame.days.approved.at(day))
        return tr("This day is approved; its time can no longer be changed.");
    if (!m_frame.days.locked.at(day).isEmpty())
        return tr("The server refused a change on this day as locked (\u201c%1\u201d); its time "
                  "can no longer be changed.")
            .arg(m_frame.days.locked.at(day));
    return {};
}

QString TimesheetModel::nameHeader() const
{
    return tr("Task");
}

QString TimesheetModel::notEditableError(int row) const
{
    return isLeaveRow(row) ? tr("Leave is entered on the Leave page.")
                           : tr("Only the days of a task can be edited.");
}

bool TimesheetModel::setComment(int row, int day, const QString &text)
{
    setLastError({});
    if (!isBodyRow(row) || day < 0 || day >= DayCount) {
        setLastError(tr("Only the days of a task can have a comment."));
        return false;
    }
    const std::optional<GridCell> &cell = cellAt(row, day);
    return writeCell(row, day, cell ? cell->minutes : 0, text);
}

// Time, a comment, or a change still to be sent or settled.
bool TimesheetModel::hasContent(const GridRow &row) const
{
    return std::any_of(row.cells.cbegin(), row.cells.cend(), [](const auto &cell) {
        return cell
            && (cell->minutes > 0 || !cell->comment.isEmpty() || cell->state != CellState::Synced);
    });
}

QString TimesheetModel::removeTaskRefusal(int row) const
{
    if (!isBodyRow(row)) // the leave and total rows are not tasks
        return tr("not a task row");
    for (const std::optional<GridCell> &cell : gridRow(row).cells) {
        if (cell && cell->minutes > 0)
            return tr("it has time this week");
    }
    if (hasContent(gridRow(row)))
        return tr("it has changes not yet sent");
    return {};
}

bool TimesheetModel::removeTask(int row)
{
    if (const QString reason = removeTaskRefusal(row); !reason.isEmpty()) {
        setLastError(tr("The row cannot be removed: %1.").arg(reason));
        return false;
    }
    setLastError({});
    m_added[firstDay()].remove(rowKey(row));
    m_removed[firstDay()].insert(rowKey(row));
    removeGridRow(row);
    return true;
}

} // namespace actidesk
