#pragma once

#include "duration.h"
#include "store.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <functional>
#include <optional>
#include <utility>

namespace actidesk {

// One user's leave in a week or a calendar month as a table: a row per leave type with leave in
// the period (or added with addLeaveType()), sorted by name, then a Total row; a column per day.
// Reads only from the Store; edits go to the Store (the cell and its outbox entry), never to the
// network. Mirrors TimesheetModel: a snapshot per period, narrow dataChanged, read-only reasons.
class LeaveModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Period { Week, Month };
    Q_ENUM(Period)
    // The day columns run from FirstDayColumn to totalColumn() - 1 (7, or 28–31 in a month).
    enum Column { LeaveTypeColumn, FirstDayColumn };
    enum Role {
        MinutesRole = Qt::UserRole + 1, // int; the same as EditRole
        CellStateRole, // int of CellState (leave-type day cells)
        MessageRole, // why Rejected / Conflict, or the last failed attempt
        ScheduledRole, // total row: scheduled minutes (day or period); null when not cached
        RawSortRole, // minutes, or the leave type's name in the first column
        LeaveTypeIdRole, // leave-type rows: the leave type id
        DateRole, // day columns: the QDate
        ReadOnlyReasonRole, // non-empty when a leave-type day cell cannot be edited
        BalanceRole, // leave-type column: int of LeaveBalance
    };

    LeaveModel(Store &store, int userId, QObject *parent = nullptr);

    // Shows the week (from the server's first day of week) or the calendar month containing
    // anyDay.
    void setPeriod(Period period, const QDate &anyDay);
    Period period() const { return m_snap.period; }
    QDate periodStart() const { return m_snap.start; }
    QDate periodEnd() const { return m_snap.start.addDays(dayCount() - 1); }
    int dayCount() const { return m_snap.dayCount; }
    int totalColumn() const { return FirstDayColumn + dayCount(); }
    bool isDayColumn(int column) const;
    QDate dateOf(int column) const;
    int totalRow() const { return int(m_snap.rows.size()); }
    bool isTotalRow(int row) const { return row == totalRow(); }
    int leaveTypeId(int row) const;
    int userId() const { return m_userId; }
    const DurationFormat &durationFormat() const { return m_snap.format; }

    // Adds a row for a cached, non-archived leave type (kept for this period). False, with
    // lastError(), when the type is unknown, archived or already shown.
    bool addLeaveType(int leaveTypeId);
    // Re-reads the Store (e.g. after a sync refresh): dataChanged for the changed cells only when
    // the rows and days are the same, a reset otherwise.
    void reload();
    // Who re-reads after a Store change that overlaps what is shown (see StoreWatch): the model
    // itself, unless a page holding unsaved input (an open editor) takes it over to defer it.
    void setReloadHandler(std::function<void()> handler) { m_reloadHandler = std::move(handler); }
    // Settles a Conflict or Rejected cell (`day` counts from periodStart()): KeepMine sends the
    // user's value again, TakeTheirs shows the server's and drops the change. False, with
    // lastError(), for any other cell.
    enum class Resolution { KeepMine, TakeTheirs };
    bool resolve(int row, int day, Resolution how);
    int serverMinutes(int row, int day) const;
    // Why the last setData() / addLeaveType() failed.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // EditRole on a leave-type day cell: int minutes, or a QString parsed with DurationFormat.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    struct Row
    {
        int leaveTypeId = 0;
        std::optional<LeaveType> type; // unset when the leave type is not cached
        QList<std::optional<LeaveCell>> cells; // one per day
    };
    // Everything shown, read at once so reload() can compare old and new.
    struct Snapshot
    {
        Period period = Period::Week;
        QDate start;
        int dayCount = 7;
        DurationFormat format;
        QList<Row> rows;
        QList<bool> approved; // one per day
        std::optional<Schedule> schedule;
        bool canSubmit = true;
        bool leaveRegistration = true;
    };

    Snapshot readSnapshot(Period period, const QDate &start) const;
    QVariant value(const Snapshot &snap, int row, int column, int role) const;
    QVariant typeData(const Snapshot &snap, int row, int role) const;
    QVariant cellData(const Snapshot &snap, int row, int day, int role) const;
    QVariant totalData(const Snapshot &snap, int row, int column, int role) const;
    QString readOnlyReason(const Snapshot &snap, int row, int day) const;
    int minutes(const Snapshot &snap, int row, int column) const;
    std::optional<int> scheduled(const Snapshot &snap, int column) const;
    bool writeCell(int row, int day, int minutes);
    void emitCellChanged(int row, int day);
    // The Store subscription (one place): which changes concern the shown period.
    void watchStore();

    Store &m_store;
    const int m_userId;
    QLocale m_locale;
    // (period, start) -> leave types added with addLeaveType()
    QMap<std::pair<Period, QDate>, QSet<int>> m_added;
    Snapshot m_snap;
    QString m_lastError;
    std::function<void()> m_reloadHandler;
};

} // namespace actidesk
