#pragma once

#include "daygridmodel.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <optional>
#include <utility>

namespace actidesk {

// One user's leave in a week or a calendar month as a table: a row per leave type with leave in
// the period (or added with addLeaveType()), sorted by name, then a Total row; a column per day.
// Reads only from the Store; edits go to the Store (the cell and its outbox entry), never to the
// network. Mirrors TimesheetModel: a snapshot per period, narrow dataChanged, read-only reasons.
class LeaveModel : public DayGridModel
{
    Q_OBJECT
public:
    enum class Period { Week, Month };
    Q_ENUM(Period)
    // The day columns run from FirstDayColumn to totalColumn() - 1 (7, or 28–31 in a month).
    enum Column { LeaveTypeColumn, FirstDayColumn };
    // MinutesRole, CellStateRole, MessageRole, ReadOnlyReasonRole, DateRole: see DayGridModel;
    // RawSortRole there is the leave type's name in the first column.
    enum Role {
        LeaveTypeIdRole = RowKeyRole, // leave-type rows: the leave type id
        ScheduledRole = FirstCustomRole, // total row: scheduled minutes (day or period); null
                                         // when not cached
        BalanceRole, // leave-type column: int of LeaveBalance
    };

    LeaveModel(Store &store, int userId, QObject *parent = nullptr);

    // Shows the week (from the server's first day of week) or the calendar month containing
    // anyDay.
    void setPeriod(Period period, const QDate &anyDay);
    Period period() const { return m_period; }
    QDate periodStart() const { return firstDay(); }
    QDate periodEnd() const { return lastDay(); }
    int leaveTypeId(int row) const { return rowKey(row); }

    // Adds a row for a cached, non-archived leave type (kept for this period). False, with
    // lastError(), when the type is unknown, archived or already shown.
    bool addLeaveType(int leaveTypeId);

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
    QString dayHeader(const QDate &date) const override;
    QString notEditableError(int row) const override;

private:
    // The period's figures besides the leave cells, read with them.
    struct Frame
    {
        QHash<int, LeaveType> types; // the cached leave types of the rows
        UserDays days;
        bool leaveRegistration = true;
    };

    static std::optional<LeaveType> typeIn(const Frame &frame, int leaveTypeId);
    std::optional<LeaveType> type(int row) const { return typeIn(m_frame, rowKey(row)); }
    QVariant typeData(int row, int role) const;
    QVariant totalData(int row, int column, int role) const;

    Period m_period = Period::Week;
    // (period, start) -> leave types added with addLeaveType()
    QMap<std::pair<Period, QDate>, QSet<int>> m_added;
    Frame m_frame;
    Frame m_nextFrame; // read by readGrid(), taken into use by adoptGrid()
};

} // namespace actidesk
