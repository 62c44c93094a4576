#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <map>
#include <optional>
#include <set>
#include <utility>

namespace emu {

// The emulated server's state. Plain data; who may see or change it is decided by Access, how it
// looks on the wire by the serializers in entityjson.h.

enum class Role { Employee, Manager, Admin };

struct User
{
    int id = 0;
    QString username;
    QString password;
    QString email;
    QString firstName;
    QString middleName; // middle initial
    QString lastName;
    bool active = true;
    int departmentId = -1;
    int timeZoneGroupId = -1;
    QDate hired;
    QDate releaseDate;
    Role role = Role::Employee;
    int managerId = 0; // the team manager; 0 = none
    std::array<int, 7> weeklySchedule{480, 480, 480, 480, 480, 0, 0}; // Monday..Sunday, minutes
    bool allScope = false; // work assignments: every task
    QSet<int> assignedTaskIds;

    QString fullName() const;
};

struct Department
{
    int id = 0;
    QString name;
    bool isDefault = false;
};

struct TimeZoneGroup
{
    int id = 0;
    QString name;
    QString timeZoneId;
    bool isDefault = false;
};

struct Customer
{
    int id = 0;
    QString name;
    QString description; // null QString = JSON null
    bool archived = false;
    qint64 created = 0; // epoch ms
};

struct Project
{
    int id = 0;
    int customerId = 0;
    QString name;
    QString description;
    bool archived = false;
    qint64 created = 0;
};

struct Task
{
    int id = 0;
    int projectId = 0;
    QString name;
    QString description;
    qint64 created = 0;
    int workflowStatusId = 0;
    int typeOfWorkId = 0;
    QDate deadline;
    std::optional<int> estimatedTime; // minutes
};

struct TypeOfWork
{
    int id = 0;
    QString name;
    std::optional<double> rate;
    bool archived = false;
    bool billable = false;
    bool isDefault = false;
};

struct WorkflowStatus
{
    int id = 0;
    QString name;
    QString type; // "open" | "completed"
};

struct LeaveType
{
    int id = 0;
    QString name;
    QString balance; // "PTO" | "Sick" | "None"
    double rateFactor = 1.0;
    bool archived = false;
};

enum class CommentTarget { Customer, Project, Task };

struct Comment
{
    int id = 0;
    CommentTarget target = CommentTarget::Task;
    int targetId = 0;
    int userId = 0;
    qint64 created = 0;
    qint64 updated = 0;
    int updatingUserId = 0;
    QString text;
};

struct LeaveRate
{
    int leaveTypeId = 0;
    double rate = 0;
};

struct RatePeriod
{
    QDate dateFrom;
    std::optional<double> regularRate;
    std::optional<double> overtimeRate;
    QList<LeaveRate> leaveRates;
};

struct TimeRecord
{
    int time = 0; // minutes
    QString comment;
};

struct Settings
{
    QString companyName = QStringLiteral("Emulated Company");
    QString currency = QStringLiteral("$");
    QString decimalSeparator = QStringLiteral(".");
    QString timeFormat = QStringLiteral("minutes"); // or "hours"
    QString clockFormat = QStringLiteral("clock_format_24");
    int dayOfWeekStart = 1; // 0 = Sunday
    bool overtimeRegistration = true;
    bool departments = true;
    bool timeZoneGroups = true;
    bool taskEstimates = true;
    bool taskWorkflow = true;
    bool workAssignments = true;
    bool typesOfWork = true;
    bool leavetimeRegistration = true;
    int maxBatchSize = 100;
    int maxQueryLimit = 1000;
    QString serverUUID = QStringLiteral("00000000-0000-4000-8000-000000000000");
};

// Key of one user's day: ordered by date, then user, which is the order /timetrack answers in.
using DayKey = std::pair<qint64, int>; // (QDate::toJulianDay(), userId)

inline DayKey dayKey(const QDate &date, int userId)
{
    return {date.toJulianDay(), userId};
}

struct Dataset
{
    std::map<int, User> users;
    std::map<int, Department> departments;
    std::map<int, TimeZoneGroup> timeZoneGroups;
    std::map<int, Customer> customers;
    std::map<int, Project> projects;
    std::map<int, Task> tasks;
    std::map<int, TypeOfWork> typesOfWork;
    std::map<int, WorkflowStatus> workflowStatuses;
    std::map<int, LeaveType> leaveTypes;
    std::map<int, Comment> comments;
    std::map<int, QList<RatePeriod>> userRates; // by user id, sorted by dateFrom

    std::map<DayKey, std::map<int, TimeRecord>> timetrack; // day → taskId → record
    std::map<DayKey, std::map<int, int>> leave; // day → leaveTypeId → minutes
    std::set<DayKey> approvedDays;
    std::set<DayKey> lockedDays;
    QSet<QDate> holidays; // company-wide non-working days

    Settings settings;
    int lastId = 1000; // ids of created objects continue from here, across all kinds

    int nextId() { return ++lastId; }

    const User *findUser(int id) const;
    const User *findUserByUsername(const QString &username) const;
    // actiTIME accepts a numeric id or a username wherever a user is named in a path.
    const User *findUserByRef(const QString &idOrUsername) const;

    const Task *findTask(int id) const;
    bool isTaskCompleted(const Task &task) const;
    int scheduledMinutes(const User &user, const QDate &date) const;
};

} // namespace emu
