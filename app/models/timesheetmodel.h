#pragma once

#include "duration.h"
#include "store.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <functional>
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
class TimesheetModel : public QAbstractTableModel
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
    enum Role {
        MinutesRole = Qt::UserRole + 1, // int; the same as EditRole
        CommentRole, // QString (task-row day cells)
        CellStateRole, // int of CellState (task-row day cells)
        MessageRole, // why Rejected / Conflict, or the last failed attempt
        ScheduledRole, // total row: scheduled minutes (day or week); null when not cached
        OvertimeRole, // total row: worked - scheduled, signed; null when the schedule is unknown
        RawSortRole, // minutes, or a customer/project/task key in the task column
        TaskIdRole, // task rows: the task id
        DateRole, // day columns: the QDate
        ReadOnlyReasonRole, // non-empty when a task-row day cell cannot be edited
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
    QDate weekStart() const { return m_snap.start; }
    QDate dateOf(int column) const;
    // "Today" decides which days are "so far" and which are still to come (never undertime).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    int totalRow() const { return totalRowOf(m_snap); }
    bool isTotalRow(int row) const { return row == totalRow(); }
    // The read-only Leave row (leave is edited on the Leave page); -1 when the week has no leave.
    int leaveRow() const { return leaveRowOf(m_snap); }
    bool isLeaveRow(int row) const { return row >= 0 && row == leaveRow(); }
    int taskId(int row) const;
    const DurationFormat &durationFormat() const { return m_snap.format; }

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
    // Settles a cell the server disagreed with: KeepMine sends the user's value again (based on
    // the server's value now known); TakeTheirs drops the user's change and shows the server's.
    // Works for Conflict and Rejected cells; false, with lastError(), for any other cell.
    enum class Resolution { KeepMine, TakeTheirs };
    bool resolve(int row, int day, Resolution how);
    // The server's value of a task-row day cell as last fetched (for "take theirs" labels).
    int serverMinutes(int row, int day) const;
    // Re-reads the Store (e.g. after a sync refresh): dataChanged for the changed cells only when
    // the rows are the same, a reset otherwise.
    void reload();
    // Who re-reads after a Store change that overlaps what is shown (see StoreWatch): the model
    // itself, unless a page holding unsaved input (an open editor) takes it over to defer it.
    void setReloadHandler(std::function<void()> handler) { m_reloadHandler = std::move(handler); }
    // Why the last setData() / setComment() / addTask() failed.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // EditRole on a task-row day cell: int minutes, or a QString parsed with DurationFormat.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // A cell's minutes were changed through setData() (typed, cleared, pasted, undone, copied):
    // what an undo history needs to put it back.
    void minutesEdited(const QDate &date, int taskId, int before, int after);

private:
    struct Row
    {
        int taskId = 0;
        std::optional<Task> task; // unset when the task is not cached
        std::array<std::optional<TimetrackCell>, 7> cells;
    };
    // Everything shown, read at once so reload() can compare old and new.
    struct Snapshot
    {
        QDate start;
        DurationFormat format;
        QList<Row> rows;
        std::array<bool, 7> approved{};
        std::optional<Schedule> schedule;
        bool canSubmit = true;
        std::array<int, 7> leave{}; // minutes of leave per day, refused leave left out
        std::array<QStringList, 7> leaveLines{}; // "Vacation 8:00" per type and day
    };

    static int leaveRowOf(const Snapshot &snap)
    {
        return std::any_of(snap.leave.cbegin(), snap.leave.cend(), [](int m) { return m != 0; })
            ? int(snap.rows.size())
            : -1;
    }
    static int totalRowOf(const Snapshot &snap)
    {
        return int(snap.rows.size()) + (leaveRowOf(snap) >= 0 ? 1 : 0);
    }

    Snapshot readSnapshot(const QDate &start) const;
    static bool hasContent(const Row &row);
    std::optional<Row> readRow(const Snapshot &snap, int taskId) const;
    QVariant value(const Snapshot &snap, int row, int column, int role) const;
    QVariant taskData(const Snapshot &snap, int row, int role) const;
    QVariant cellData(const Snapshot &snap, int row, int day, int role) const;
    QVariant totalData(const Snapshot &snap, int row, int column, int role) const;
    QVariant leaveData(const Snapshot &snap, int column, int role) const;
    std::optional<int> overtime(const Snapshot &snap, int day) const;
    bool isFuture(const Snapshot &snap, int day) const;
    QString readOnlyReason(const Snapshot &snap, int row, int day) const;
    int minutes(const Snapshot &snap, int row, int column) const;
    std::optional<int> scheduled(const Snapshot &snap, int column) const;
    bool writeCell(int row, int day, int minutes, const QString &comment);
    void emitCellChanged(int row, int day, bool totals);
    // The Store subscription (one place): which changes concern the shown week.
    void watchStore();

    Store &m_store;
    const int m_userId;
    QLocale m_locale;
    QDate m_today = QDate::currentDate();
    QMap<QDate, QSet<int>> m_added; // week start -> tasks added with addTask()
    QMap<QDate, QSet<int>> m_removed; // week start -> empty rows taken off with removeTask()
    Snapshot m_snap;
    QString m_lastError;
    std::function<void()> m_reloadHandler;
};

} // namespace actidesk
