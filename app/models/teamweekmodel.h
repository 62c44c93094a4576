#pragma once

#include "duration.h"
#include "store.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QLocale>

#include <array>

namespace actidesk {

// A manager's review: one row per team member (the users whose time this account fetched, see
// TeamWeekRefresh), a column per day of the week and the week's total, then a Total row. Minutes
// come from the Store, so the review opens offline with what was last fetched. Read-only: the
// manager opens a member's timesheet to change anything.
class TeamWeekModel : public QAbstractTableModel
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
    enum Role {
        MinutesRole = Qt::UserRole + 1,
        UserIdRole,
        DateRole,
        ApprovedRole, // bool: the day is approved (day cells); null when not known
        FetchedRole, // bool: the member's day was fetched at least once
    };

    explicit TeamWeekModel(Store &store, QObject *parent = nullptr);

    void setWeek(const QDate &anyDay);
    QDate weekStart() const { return m_start; }
    void reload();
    int totalRow() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Member
    {
        User user;
        std::array<int, 7> minutes{};
        std::array<std::optional<bool>, 7> approved{};
        std::array<bool, 7> fetched{};
        std::array<QStringList, 7> breakdown; // "Task: 1:30" lines for the tooltip
    };
    QList<Member> readMembers() const;
    int minutesAt(int row, int day) const;
    QVariant memberData(const Member &member, int column, int role) const;
    QVariant totalData(int column, int role) const;

    Store &m_store;
    QLocale m_locale;
    DurationFormat m_format;
    QDate m_start;
    QList<Member> m_rows;
};

} // namespace actidesk
