#pragma once

#include "duration.h"
#include "store.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QLocale>
#include <QMap>
#include <QStringList>

#include <functional>

#include <optional>

namespace actidesk {

// One cell of a day grid as the grid holds it: a time-track or a leave cell (or a read-only sum),
// with the user's value, the server's and how far they agree. Leave cells have no comment.
struct GridCell
{
    int minutes = 0;
    int serverMinutes = 0;
    QString comment;
    CellState state = CellState::Synced;
    QString message; // why Rejected / Conflict, or the last failed attempt while Pending
    qint64 outboxId = 0; // 0 when Synced
    friend bool operator==(const GridCell &, const GridCell &) = default;

    static GridCell of(const TimetrackCell &cell);
    static GridCell of(const LeaveCell &cell);
};

// What the timesheet, the leave table and the team review share: a table with a name column, a
// column per day of a period (FirstDayColumn .. totalColumn() - 1) and a Total column; body rows by
// key (a task, a leave type, a user), each with a cell per day, then footer rows the subclass
// computes (a Total row last). Reads only from the Store; edits go to the Store (the cell and its
// outbox entry), never to the network.
//
// The subclass reads its rows and figures (readGrid()), answers everything but the common cell
// roles (rowData()) and says why a cell cannot be edited (readOnlyReason(), the one place for
// that rule). The base keeps the cells, writes and settles them, and on reload() compares old
// and new: rows that came or went are inserted or removed, cells whose compared roles changed
// get a dataChanged of their own; a reset only when the days or the footer rows change.
class DayGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum GridColumn { NameColumn, FirstDayColumn };
    enum GridRole {
        MinutesRole = Qt::UserRole + 1, // int; the same as EditRole
        CellStateRole, // int of CellState (body day cells)
        MessageRole, // why Rejected / Conflict, or the last failed attempt
        ReadOnlyReasonRole, // non-empty when a body day cell cannot be edited
        DateRole, // day columns (cells and header): the QDate
        RowKeyRole, // body rows: the key (task, leave type or user id)
        ServerMinutesRole, // body day cells: the server's value as last fetched
        IsTodayRole, // day columns of the header: bool, the column is today
        RawSortRole, // minutes (day and total cells); the subclass's key in the name column
        FirstCustomRole = Qt::UserRole + 32, // a subclass's roles start here
    };
    // How a cell the server disagreed with is settled: KeepMine sends the user's value again
    // (based on the server's value now known); TakeTheirs drops the user's change and shows the
    // server's (for a refused change: discards it).
    enum class Resolution { KeepMine, TakeTheirs };

    DayGridModel(Store &store, int userId, QObject *parent = nullptr);

    // The days shown.
    QDate firstDay() const { return m_start; }
    QDate lastDay() const { return m_start.addDays(m_dayCount - 1); }
    int dayCount() const { return m_dayCount; }
    int totalColumn() const { return FirstDayColumn + m_dayCount; }
    bool isDayColumn(int column) const
    {
        return column >= FirstDayColumn && column < totalColumn();
    }
    QDate dateOf(int column) const;
    // Body rows (keyed) come first; footer rows follow, the Total row last.
    int bodyRowCount() const { return int(m_rows.size()); }
    bool isBodyRow(int row) const { return row >= 0 && row < bodyRowCount(); }
    int totalRow() const { return bodyRowCount() + m_footerRows - 1; }
    bool isTotalRow(int row) const { return row == totalRow(); }
    int rowKey(int row) const { return isBodyRow(row) ? m_rows.at(row).key : 0; }
    // The body row of a key; -1 when it is not shown.
    int rowOfKey(int key) const;
    const DurationFormat &durationFormat() const { return m_format; }
    int userId() const { return m_userId; }

    // "Today" is marked in the header and decides which days are still to come.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    // Re-reads the Store (e.g. after a sync refresh) for the days shown: rows inserted and
    // removed, dataChanged for the changed cells only; a reset when the days or footer changed.
    void reload();
    // Who re-reads after a Store change that concerns what is shown (see StoreWatch): the model
    // itself, unless a page holding unsaved input (an open editor) takes it over to defer it.
    void setReloadHandler(std::function<void()> handler) { m_reloadHandler = std::move(handler); }
    // Settles a Conflict or Rejected body cell (`day` counts from firstDay()). False, with
    // lastError(), for any other cell.
    bool resolve(int row, int day, Resolution how);
    // The server's value of a body day cell as last fetched (for "take theirs" labels).
    int serverMinutes(int row, int day) const;
    // Why the last edit or settlement failed.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // EditRole on a body day cell: int minutes, or a QString parsed with DurationFormat.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // A cell's minutes were changed through an edit (typed, cleared, pasted, undone, copied):
    // what an undo history needs to put it back. `key` is the row's key.
    void minutesEdited(const QDate &date, int key, int before, int after);

protected:
    struct GridRow
    {
        int key = 0;
        QList<std::optional<GridCell>> cells; // one per day
    };
    // What readGrid() read: the body rows in display order and how many footer rows follow.
    struct Grid
    {
        QList<GridRow> rows;
        int footerRows = 1;
    };

    // Reads the rows of the days shown from the Store and keeps the subclass's own figures
    // aside, to be taken into use by adoptGrid() (so old and new can be compared).
    virtual Grid readGrid() = 0;
    virtual void adoptGrid() = 0;
    // What the base does not answer: the name column, footer rows, the Total column and the
    // subclass's own roles of body day cells. (The base answers DateRole, RowKeyRole, the
    // alignment, the Total row's label, the bold totals and the GridRoles of body day cells.)
    virtual QVariant rowData(int row, int column, int role) const = 0;
    // The roles reload() compares to find the cells that changed.
    virtual QList<int> comparedRoles() const = 0;
    // Why a body day cell cannot be edited; empty when it can.
    virtual QString readOnlyReason(int row, int day) const = 0;
    // Writes one cell and its outbox entry; readCell() reads it back.
    virtual StoreResult storeCell(int key, const QDate &date, int minutes,
                                  const QString &comment) = 0;
    virtual std::optional<GridCell> readCell(int key, const QDate &date) const = 0;
    // The tooltip of a body day cell: why it is read-only, the server's message, how to settle
    // it and its comment, one a line.
    virtual QString cellToolTip(int row, int day) const;
    // Header texts: the name column, and a day ("Mon\n1 Dec" unless overridden).
    virtual QString nameHeader() const = 0;
    virtual QString dayHeader(const QDate &date) const;
    // The error of an edit outside the body's day cells.
    virtual QString notEditableError(int row) const;
    // Called after today changed (figures that depend on it signal here).
    virtual void todayChanged() { }
    // Whether a change the Store announced concerns what is shown, so the model re-reads by
    // itself. The base: the user's days (cells, approvals, schedule) of the days shown and the
    // server's settings; a subclass adds the entities it names.
    virtual bool concerns(const StoreChange &change) const;

    // The first day of the week containing anyDay (by the server's first day of week).
    QDate weekStartOf(const QDate &anyDay) const;
    // What a user's grid reads about the days shown besides the cells.
    struct UserDays
    {
        QList<bool> approved; // one per day
        QStringList locked; // one per day: the server's refusal of a day learned locked
        std::optional<Schedule> schedule;
        bool canSubmit = true;
    };
    UserDays readUserDays() const;
    // The row of `key` in rows being read, made with a cell per day shown.
    GridRow &rowFor(QMap<int, GridRow> &rows, int key) const;
    // Rows being read in display order: `less` compares two keys.
    static QList<GridRow> sortedRows(const QMap<int, GridRow> &rows,
                                     const std::function<bool(int, int)> &less);
    // Adds an empty body row for `key` where `less` sorts it among the rows shown.
    void insertSorted(int key, const std::function<bool(int, int)> &less);
    // Minutes counted (see counted()) in a body row's day or period, or, for a footer row, in
    // every body row's.
    int countedMinutes(int row, int column) const;
    // Scheduled minutes of a day column, or of the period for the Total column.
    std::optional<int> scheduledMinutes(const std::optional<Schedule> &schedule, int column) const;
    // Shows `dayCount` days from `start` (a reset).
    void showDays(const QDate &start, int dayCount);
    const GridRow &gridRow(int row) const { return m_rows.at(row); }
    const QList<GridRow> &gridRows() const { return m_rows; }
    const std::optional<GridCell> &cellAt(int row, int day) const
    {
        return m_rows.at(row).cells.at(day);
    }
    // A row taken off by the user between reads.
    void removeGridRow(int row);
    // Writes a body day cell (after readOnlyReason()); the same value again writes nothing.
    bool writeCell(int row, int day, int minutes, const QString &comment);
    void setLastError(const QString &error) { m_lastError = error; }
    // What a cell adds to the totals: a value the server refused is the user's wish, not
    // recorded time, so the server's value (what it still holds) counts instead.
    static int counted(const std::optional<GridCell> &cell);
    // A sentence on how a Conflict or Rejected cell is settled (for tooltips); empty otherwise.
    QString settleHint(const std::optional<GridCell> &cell) const;

    Store &m_store;
    const int m_userId;
    QLocale m_locale;

private:
    using Capture = QList<QList<QVariant>>; // per row, the compared roles of every column
    Capture capture(int firstRow, int lastRow) const;
    void emitChanged(int row, const QList<QVariant> &before, const QList<QVariant> &after);
    void emitCellChanged(int row, int day, bool totals);
    QVariant cellValue(int row, int day, int role) const;
    // Qt::AccessibleTextRole: "Task X, Wednesday, December 2, 1:30, waiting to be sent".
    QString accessibleText(int row, int column) const;

    QDate m_start;
    int m_dayCount = 7;
    int m_footerRows = 1;
    QList<GridRow> m_rows;
    DurationFormat m_format;
    QDate m_today; // the Store's clock's until setToday()
    std::function<void()> m_reloadHandler;
    QString m_lastError;
};

} // namespace actidesk
