#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace actidesk {

struct TypeOfWork
{
    int id = 0;
    QString name;
    std::optional<double> rate; // hidden from most users
    bool archived = false;
    bool billable = false;
    bool isDefault = false;
    friend bool operator==(const TypeOfWork &, const TypeOfWork &) = default;
};

enum class WorkflowStatusType { Open, Completed };

struct WorkflowStatus
{
    int id = 0;
    QString name;
    WorkflowStatusType type = WorkflowStatusType::Open;
    bool canModify = false;
    bool canDelete = false;
    friend bool operator==(const WorkflowStatus &, const WorkflowStatus &) = default;
};

enum class LeaveBalance { None, Pto, Sick };

struct LeaveType
{
    int id = 0;
    QString name;
    LeaveBalance balance = LeaveBalance::None;
    double rateFactor = 1.0;
    bool archived = false;
    friend bool operator==(const LeaveType &, const LeaveType &) = default;
};

struct LeaveRate
{
    int leaveTypeId = 0;
    double rate = 0;
    friend bool operator==(const LeaveRate &, const LeaveRate &) = default;
};

struct RatePeriod
{
    QDate dateFrom;
    std::optional<double> regularRate;
    std::optional<double> overtimeRate;
    QList<LeaveRate> leaveRates;
    friend bool operator==(const RatePeriod &, const RatePeriod &) = default;
};

struct UserRates
{
    int userId = 0;
    QList<RatePeriod> periods;
    friend bool operator==(const UserRates &, const UserRates &) = default;
};

// GET /info: the server's settings that change how the client shows things.
struct ServerInfo
{
    QString companyName;
    QString currency = QStringLiteral("$");
    QString decimalSeparator = QStringLiteral(".");
    bool timeAsDecimalHours = false; // timeFormat "hours"; otherwise H:MM
    bool clock12h = false;
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
    bool overtimeRegistration = true;
    bool leaveRegistration = true;
    bool taskWorkflow = true;
    bool typesOfWork = true;
    bool departments = true;
    bool timeZoneGroups = true;
    bool taskEstimates = true;
    bool workAssignments = true;
    int maxBatchSize = 100;
    int maxQueryLimit = 1000;
    QString serverUuid;
    friend bool operator==(const ServerInfo &, const ServerInfo &) = default;
};

} // namespace actidesk
