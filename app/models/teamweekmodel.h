#pragma once

#include "daygridmodel.h"

#include <QHash>

#include <array>

namespace actidesk {

// A manager's review: one row per team member (the users whose time this account fetched, see
// TeamWeekRefresh), a column per day of the week and the week's total, then a Total row. Minutes
// come from the Store, so the review opens offline with what was last fetched. Read-only: the
// manager opens a member's timesheet to change anything. A reload inserts and removes members
// and signals the changed cells only, so a team of a thousand keeps its scroll position.
class TeamWeekModel : public DayGridModel
{
    Q_OBJECT
public:
    enum Column {
        UserColumn,
        FirstDayColumn,
        LastDayColumn = FirstDayColumn + 6,
        TotalColumn,
        ColumnCount
    };
    // MinutesRole, DateRole: see DayGridModel.
    enum Role {
        UserIdRole = RowKeyRole,
        ApprovedRole =
            FirstCustomRole, // bool: the day is approved (day cells); null when not known
        FetchedRole, // bool: the member's day was fetched at least once
    };

    explicit TeamWeekModel(Store &store, QObject *parent = nullptr);

    void setWeek(const QDate &anyDay);
    QDate weekStart() const { return firstDay(); }

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
    QString cellToolTip(int row, int day) const override;

private:
    struct Member
    {
        User user;
        std::array<std::optional<bool>, 7> approved{};
        std::array<bool, 7> fetched{};
        std::array<QStringList, 7> breakdown; // "Task: 1:30" lines for the tooltip
    };
    const Member &member(int row) const;

    QHash<int, Member> m_members; // by user id
    QHash<int, Member> m_nextMembers; // read by readGrid(), taken into use by adoptGrid()
};

} // namespace actidesk
