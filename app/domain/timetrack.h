#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace actidesk {

// Time on one task on one day of one user. actiTIME identifies it by (user, date, task).
struct TimetrackRecord
{
    int userId = 0;
    QDate date;
    int taskId = 0;
    int minutes = 0;
    QString comment; // empty = none (or not requested)
    friend bool operator==(const TimetrackRecord &, const TimetrackRecord &) = default;
};

struct TimetrackDay
{
    int userId = 0;
    QDate date;
    std::optional<bool> approved; // only when asked for (includeReferenced=approvalStatus)
    QList<TimetrackRecord> records;
    friend bool operator==(const TimetrackDay &, const TimetrackDay &) = default;
};

// Leave of one type on one day of one user.
struct LeaveRecord
{
    int userId = 0;
    QDate date;
    int leaveTypeId = 0;
    int minutes = 0;
    friend bool operator==(const LeaveRecord &, const LeaveRecord &) = default;
};

} // namespace actidesk
