#pragma once

#include "duration.h"
#include "store.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <optional>

namespace actidesk {

class StoreWatch;
class TimesheetModel;

// The manager review of one period (a week or a month), from the cache: a row per member (every
// user the last team refresh found in scope — with or without time), the member's department,
// time-zone group and period figures, then a column per day. Per day: time tracked, leave taken
// (by type), the schedule, and the difference by the timesheet's overtime rule (a working day:
// tracked + leave - scheduled; a day off: every tracked minute; days after today have none), the
// approval flag, and whether the day misses time (a working day up to today, fetched, whose
// tracked + leave fall short of the schedule).
//
// Follows the Store by itself (a refresh's one transaction, the member list, users, reference
// lists, a single user's days); a reload inserts and removes members and signals the changed
// cells only — never a reset, so a view of a thousand keeps its scroll position and selection.
// Only a new period resets.
class ReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DepartmentColumn,
        TimeZoneGroupColumn,
        TrackedColumn,
        LeaveColumn,
        ScheduledColumn,
        DifferenceColumn,
        ApprovedColumn, // days approved of the days with time
        MissingColumn, // days missing time
        FirstDayColumn,
    };
    enum Role {
        UserIdRole = Qt::UserRole + 1, // every column: the member's user id
        MinutesRole, // tracked minutes (day and Tracked cells)
        LeaveMinutesRole, // leave minutes (day and Leave cells)
        ScheduledMinutesRole, // day, Scheduled cells; null when the schedule is not cached
        DifferenceRole, // day, Difference cells; signed minutes, null when unknown or future
        ApprovedRole, // day cells: bool, null when unknown; Approved cell: days approved
        MissingRole, // day cells: bool; Missing cell and every column: days missing time
        LeaveTypesRole, // day cells: QStringList "Vacation 8:00"
        FetchedRole, // day cells: bool, the day came from the server at least once
        DepartmentIdRole, // every column
        TimeZoneGroupIdRole, // every column
        SortRole, // a value to sort by (numbers for figures, names for texts)
        DateRole, // day columns (cells and header): the QDate
    };

    explicit ReviewModel(Store &store, QObject *parent = nullptr);

    // Shows from..to (at most 62 days); a reset. Weeks and months are set by the page.
    void setPeriod(const QDate &from, const QDate &to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    int dayCount() const { return m_from.isValid() ? int(m_from.daysTo(m_to)) + 1 : 0; }
    // The first day of the week holding anyDay, by the server's first day of week.
    QDate weekStartOf(const QDate &anyDay) const;
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    // When the shown period was last fetched for the review; invalid when never.
    QDateTime asOf() const { return m_asOf; }
    // Re-reads the Store now (the model does so by itself after a change it shows).
    void reload();
    int rowOfUser(int userId) const;
    int userIdAt(int row) const;
    QString nameAt(int row) const;
    // A member's timesheet (tasks × a week's days, with comments) over the same cache, for the
    // drill-down; the caller owns it.
    TimesheetModel *createTimesheet(int userId, QObject *parent) const;
    // The period's figures of some members (e.g. those a filter shows), for charts: hours per
    // project, customer and member, and tracked against scheduled per member.
    struct Totals
    {
        struct Named
        {
            QString name;
            int minutes = 0;
        };
        struct Member
        {
            QString name;
            int tracked = 0;
            int scheduled = 0;
        };
        QList<Named> byProject; // most hours first
        QList<Named> byCustomer;
        QList<Named> byMember;
        QList<Member> members; // in the order of userIds
    };
    Totals totals(const QList<int> &userIds) const;
    // Why this account may not change a member's time, as a sentence; empty when it may (the
    // server's allowedActions.canSubmitTimetrack of that user, as the last fetch of the users
    // told this account) or when the user is not cached (the server decides when it is sent).
    QString readOnlyReason(int userId) const;
    // The projects and customers the members tracked time on in the period, each with who did,
    // by name: what the review filters by ("a member matches when they tracked time on it").
    // One set-based read of the cache, on demand (the review's own reload does not pay for it).
    struct WorkItem
    {
        int id = 0;
        QString name;
        QSet<int> userIds;
    };
    struct PeriodWork
    {
        QList<WorkItem> projects; // "Customer › Project"
        QList<WorkItem> customers;
    };
    PeriodWork periodWork() const;
    // Reads done since construction: for tests that a change they do not show costs nothing.
    int reloadCount() const { return m_reloads; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After every reload: the figures or "as of" may have changed.
    void reloaded();

private:
    struct Day
    {
        int tracked = 0;
        int leave = 0;
        std::optional<int> scheduled;
        std::optional<bool> approved;
        bool fetched = false;
        QStringList leaveTypes;
        friend bool operator==(const Day &, const Day &) = default;
    };
    struct Member
    {
        int userId = 0;
        QString name;
        int departmentId = -1;
        QString department;
        int timeZoneGroupId = -1;
        QString timeZoneGroup;
        QList<Day> days;
        int tracked = 0;
        int leave = 0;
        std::optional<int> scheduled;
        std::optional<int> difference;
        int approvedDays = 0;
        int daysWithTime = 0;
        int missingDays = 0;
        friend bool operator==(const Member &, const Member &) = default;
    };

    QList<Member> readMembers();
    bool concerns(const StoreChange &change) const;
    std::optional<int> dayDifference(const Day &day, const QDate &date) const;
    QVariant dayData(const Member &member, int day, int role) const;
    QVariant figureData(const Member &member, int column, int role) const;
    QString dayToolTip(const Member &member, int day) const;
    QString signedFormat(int minutes) const;

    Store &m_store;
    StoreWatch *m_watch = nullptr;
    QLocale m_locale;
    DurationFormat m_format;
    QDate m_from, m_to, m_today;
    QDateTime m_asOf;
    QList<Member> m_members; // by name
    QHash<int, int> m_rowOfUser;
    int m_reloads = 0;
};

} // namespace actidesk
