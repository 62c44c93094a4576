#pragma once

#include "daygridmodel.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <optional>

namespace actidesk {

// One user's week as a table: a row per task with time that week (or added with addTask()), sorted
// by customer, project and task name in natural order ("Task 2" before "Task 10"), a read-only
// Leave row when the week has leave, then a Total row. Reads only from the Store; edits go to the
// Store (the cell and its outbox entry), never to the network.
//
// Day balances follow actiTIME's automatic overtime: on a working day worked + leave - scheduled,
// on a nonworking day (nothing scheduled) every worked minute and no leave. Values the server
// refused are shown but not counted.
class TimesheetModel : public DayGridModel
{
    Q_OBJECT
public:
    enum Column {
        TaskColumn,
        FirstDayColumn,
        LastDayColumn = FirstDayColumn + 6,
        TotalColumn,
        ColumnCount
    };
    // MinutesRole, CellStateRole, MessageRole, ReadOnlyReasonRole, DateRole: see DayGridModel;
    // RawSortRole there is a customer/project/task key in the task column.
    enum Role {
        TaskIdRole = RowKeyRole, // task rows: the task id
        CommentRole = FirstCustomRole, // QString (task-row day cells)
        ScheduledRole, // total row: scheduled minutes (day or week); null when not cached
        OvertimeRole, // total row: worked - scheduled, signed; null when the schedule is unknown
        CustomerNameRole, // task column: the task's customer (empty when not cached)
        ProjectNameRole, // task column: the task's project (empty when not cached)
        CompletedRole, // task column: bool, the task is completed
        LeaveRole, // total row: leave minutes of the day or week (all leave, even on days off)
        SoFarScheduledRole, // total row, total column: scheduled minutes of the days up to today
        SoFarOvertimeRole, // total row, total column: balance of the days up to today
        SoFarMinutesRole, // total row, total column: worked minutes of the days up to today
        RefusedMinutesRole, // total row: minutes the server refused, not counted in the totals
    };

    TimesheetModel(Store &store, int userId, QObject *parent = nullptr);

    // Shows the week containing anyDay; weeks start on the server's first day of week.
    void setWeek(const QDate &anyDay);
    QDate weekStart() const { return firstDay(); }
    // The read-only Leave row (leave is edited on the Leave page); -1 when the week has no leave.
    int leaveRow() const { return hasLeave(m_frame) ? bodyRowCount() : -1; }
    bool isLeaveRow(int row) const { return row >= 0 && row == leaveRow(); }
    int taskId(int row) const { return rowKey(row); }

    // Adds a row for a cached task (kept for this week). False, with lastError(), when the task is
    // unknown, completed or already shown.
    bool addTask(int taskId);
    // Why the task row cannot be taken off the week, as a phrase ("it has time this week");
    // empty when removeTask() would succeed.
    QString removeTaskRefusal(int row) const;
    // Takes a row added by mistake off the shown week: only while it has no time and nothing
    // waits to be sent for it. False, with lastError(), otherwise.
    bool removeTask(int row);
    // Changes the comment of a task-row cell, keeping its minutes; `day` is 0..6 from weekStart().
    bool setComment(int row, int day, const QString &text);

protected:
    Grid readGrid() override;
    void adoptGrid() override;
    QVariant rowData(int row, int column, int role) const override;
    QList<int> comparedRoles() const override;
    QString readOnlyReason(int row, int day) const override;
    bool concerns(const StoreChange &change) const override;
    StoreResult storeCell(int key, const QDate &date, int minutes, const QString &comment) override;
    std::optional<GridCell> readCell(int key, const QDate &date) const override;
    QString nameHeader() const override;
    QString notEditableError(int row) const override;
    void todayChanged() override;

private:
    // The week's figures besides the task cells, read with them.
    struct Frame
    {
        QHash<int, Task> tasks; // the cached tasks of the rows
        UserDays days;
        std::array<int, 7> leave{}; // minutes of leave per day, refused leave left out
        std::array<QList<std::pair<QString, int>>, 7> leaveLines{}; // (type, minutes) per day
    };
    static bool hasLeave(const Frame &frame)
    {
        return std::any_of(frame.leave.cbegin(), frame.leave.cend(), [](int m) { return m != 0; });
    }

    static std::optional<Task> taskIn(const Frame &frame, int taskId);
    std::optional<Task> task(int row) const { return taskIn(m_frame, rowKey(row)); }
    bool hasContent(const GridRow &row) const;
    QVariant taskData(int row, int role) const;
    QVariant totalData(int row, int column, int role) const;
    QVariant leaveData(int column, int role) const;
    std::optional<int> overtime(int day) const;
    bool isFuture(int day) const;

    QMap<QDate, QSet<int>> m_added; // week start -> tasks added with addTask()
    QMap<QDate, QSet<int>> m_removed; // week start -> empty rows taken off with removeTask()
    Frame m_frame;
    Frame m_nextFrame; // read by readGrid(), taken into use by adoptGrid()
};

} // namespace actidesk
