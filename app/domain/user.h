#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace actidesk {

// An actiTIME user as the server shows it to the signed-in account. username, email, hired and
// releaseDate are only sent to accounts that manage users; absent means "hidden", not "empty".
struct User
{
    int id = 0;
    QString username;
    QString email;
    QString firstName;
    QString middleName;
    QString lastName;
    QString fullName;
    bool active = true;
    int departmentId = -1; // -1 = users without department
    int timeZoneGroupId = -1; // -1 = the default group
    QDate hired;
    QDate releaseDate;
    bool canSubmitTimetrack = false;

    QString displayName() const { return fullName.isEmpty() ? username : fullName; }
    friend bool operator==(const User &, const User &) = default;
};

struct Department
{
    int id = 0;
    QString name;
    bool isDefault = false;
    friend bool operator==(const Department &, const Department &) = default;
};

struct TimeZoneGroup
{
    int id = 0;
    QString name;
    QString timeZoneId; // IANA id, e.g. Europe/London
    bool isDefault = false;
    friend bool operator==(const TimeZoneGroup &, const TimeZoneGroup &) = default;
};

// Scheduled minutes per calendar day from `from` on (0 = non-working day or holiday).
struct Schedule
{
    QDate from;
    QList<int> minutes;

    int minutesOn(const QDate &date) const
    {
        const qint64 i = from.daysTo(date);
        return i >= 0 && i < minutes.size() ? minutes.at(i) : 0;
    }
    QDate to() const { return from.addDays(minutes.size() - 1); }
    friend bool operator==(const Schedule &, const Schedule &) = default;
};

struct WorkAssignments
{
    bool allScope = false;
    QList<int> customerIds;
    QList<int> projectIds;
    QList<int> taskIds;
    friend bool operator==(const WorkAssignments &, const WorkAssignments &) = default;
};

} // namespace actidesk
