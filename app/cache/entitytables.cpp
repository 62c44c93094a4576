#include "entitytables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace actidesk::tables {

namespace {

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optionalDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// Stored enum values are part of the file format: spelled out, never a cast of the C++ enum.
int taskStatusValue(TaskStatus status)
{
    return status == TaskStatus::Completed ? 1 : 0;
}

TaskStatus taskStatusFrom(int value)
{
    return value == 1 ? TaskStatus::Completed : TaskStatus::Open;
}

int workflowTypeValue(WorkflowStatusType type)
{
    return type == WorkflowStatusType::Completed ? 1 : 0;
}

WorkflowStatusType workflowTypeFrom(int value)
{
    return value == 1 ? WorkflowStatusType::Completed : WorkflowStatusType::Open;
}

int balanceValue(LeaveBalance balance)
{
    switch (balance) {
    case LeaveBalance::Pto:
        return 1;
    case LeaveBalance::Sick:
        return 2;
    case LeaveBalance::None:
        break;
    }
    return 0;
}

LeaveBalance balanceFrom(int value)
{
    return value == 1 ? LeaveBalance::Pto : value == 2 ? LeaveBalance::Sick : LeaveBalance::None;
}

} // namespace

// --- users
const StoreEntity Table<User>::entity = StoreEntity::Users;
QString Table<User>::name()
{
    return u"users"_s;
}
QStringList Table<User>::columns()
{
    return {u"id"_s,
            u"username"_s,
            u"email"_s,
            u"first_name"_s,
            u"middle_name"_s,
            u"last_name"_s,
            u"full_name"_s,
            u"active"_s,
            u"department_id"_s,
            u"time_zone_group_id"_s,
            u"hired"_s,
            u"release_date"_s,
            u"can_submit"_s};
}
QVariantList Table<User>::values(const User &u)
{
    return {u.id,
            u.username,
            u.email,
            u.firstName,
            u.middleName,
            u.lastName,
            u.fullName,
            u.active,
            u.departmentId,
            u.timeZoneGroupId,
            sql::dateValue(u.hired),
            sql::dateValue(u.releaseDate),
            u.canSubmitTimetrack};
}
User Table<User>::fromRow(const sql::Query &q)
{
    return {q.value(0).toInt(),    q.value(1).toString(),    q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(),    q.value(5).toString(),
            q.value(6).toString(), q.value(7).toBool(),      q.value(8).toInt(),
            q.value(9).toInt(),    sql::toDate(q.value(10)), sql::toDate(q.value(11)),
            q.value(12).toBool()};
}
QList<CopiedName> Table<User>::copiedNames()
{
    return {};
}

// --- customers
const StoreEntity Table<Customer>::entity = StoreEntity::Customers;
QString Table<Customer>::name()
{
    return u"customers"_s;
}
QStringList Table<Customer>::columns()
{
    return {u"id"_s,      u"name"_s, u"description"_s, u"archived"_s,
            u"created"_s, u"url"_s,  u"can_modify"_s,  u"can_delete"_s};
}
QVariantList Table<Customer>::values(const Customer &c)
{
    return {c.id,
            c.name,
            c.description,
            c.archived,
            sql::timeValue(c.created),
            c.url,
            c.allowed.canModify,
            c.allowed.canDelete};
}
Customer Table<Customer>::fromRow(const sql::Query &q)
{
    return {q.value(0).toInt(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toBool(),
            sql::toTime(q.value(4)),
            q.value(5).toString(),
            {q.value(6).toBool(), q.value(7).toBool()}};
}
QList<CopiedName> Table<Customer>::copiedNames()
{
    return {{u"projects"_s, u"customer_id"_s, u"customer_name"_s},
            {u"tasks"_s, u"customer_id"_s, u"customer_name"_s}};
}

// --- projects
const StoreEntity Table<Project>::entity = StoreEntity::Projects;
QString Table<Project>::name()
{
    return u"projects"_s;
}
QStringList Table<Project>::columns()
{
    return {u"id"_s,       u"customer_id"_s, u"customer_name"_s, u"name"_s,       u"description"_s,
            u"archived"_s, u"created"_s,     u"url"_s,           u"can_modify"_s, u"can_delete"_s};
}
QVariantList Table<Project>::values(const Project &p)
{
    return {p.id,
            p.customerId,
            p.customerName,
            p.name,
            p.description,
            p.archived,
            sql::timeValue(p.created),
            p.url,
            p.allowed.canModify,
            p.allowed.canDelete};
}
Project Table<Project>::fromRow(const sql::Query &q)
{
    return {
        q.value(0).toInt(),      q.value(1).toInt(),    q.value(2).toString(),
        q.value(3).toString(),   q.value(4).toString(), q.value(5).toBool(),
        sql::toTime(q.value(6)), q.value(7).toString(), {q.value(8).toBool(), q.value(9).toBool()}};
}
QList<CopiedName> Table<Project>::copiedNames()
{
    return {{u"tasks"_s, u"project_id"_s, u"project_name"_s}};
}

// --- tasks
const StoreEntity Table<Task>::entity = StoreEntity::Tasks;
QString Table<Task>::name()
{
    return u"tasks"_s;
}
QStringList Table<Task>::columns()
{
    return {u"id"_s,
            u"project_id"_s,
            u"project_name"_s,
            u"customer_id"_s,
            u"customer_name"_s,
            u"name"_s,
            u"description"_s,
            u"created"_s,
            u"status"_s,
            u"workflow_status_id"_s,
            u"workflow_status_name"_s,
            u"type_of_work_id"_s,
            u"type_of_work_name"_s,
            u"deadline"_s,
            u"estimated_minutes"_s,
            u"url"_s,
            u"can_modify"_s,
            u"can_delete"_s};
}
QVariantList Table<Task>::values(const Task &t)
{
    return {t.id,
            t.projectId,
            t.projectName,
            t.customerId,
            t.customerName,
            t.name,
            t.description,
            sql::timeValue(t.created),
            taskStatusValue(t.status),
            t.workflowStatusId,
            t.workflowStatusName,
            t.typeOfWorkId,
            t.typeOfWorkName,
            sql::dateValue(t.deadline),
            optionalInt(t.estimatedMinutes),
            t.url,
            t.allowed.canModify,
            t.allowed.canDelete};
}
Task Table<Task>::fromRow(const sql::Query &q)
{
    Task t;
    t.id = q.value(0).toInt();
    t.projectId = q.value(1).toInt();
    t.projectName = q.value(2).toString();
    t.customerId = q.value(3).toInt();
    t.customerName = q.value(4).toString();
    t.name = q.value(5).toString();
    t.description = q.value(6).toString();
    t.created = sql::toTime(q.value(7));
    t.status = taskStatusFrom(q.value(8).toInt());
    t.workflowStatusId = q.value(9).toInt();
    t.workflowStatusName = q.value(10).toString();
    t.typeOfWorkId = q.value(11).toInt();
    t.typeOfWorkName = q.value(12).toString();
    t.deadline = sql::toDate(q.value(13));
    if (const QVariant estimate = q.value(14); !estimate.isNull())
        t.estimatedMinutes = estimate.toInt();
    t.url = q.value(15).toString();
    t.allowed = {q.value(16).toBool(), q.value(17).toBool()};
    return t;
}
QList<CopiedName> Table<Task>::copiedNames()
{
    return {};
}

// --- departments
const StoreEntity Table<Department>::entity = StoreEntity::Departments;
QString Table<Department>::name()
{
    return u"departments"_s;
}
QStringList Table<Department>::columns()
{
    return {u"id"_s, u"name"_s, u"is_default"_s};
}
QVariantList Table<Department>::values(const Department &d)
{
    return {d.id, d.name, d.isDefault};
}
Department Table<Department>::fromRow(const sql::Query &q)
{
    return {q.value(0).toInt(), q.value(1).toString(), q.value(2).toBool()};
}
QList<CopiedName> Table<Department>::copiedNames()
{
    return {};
}

// --- time-zone groups
const StoreEntity Table<TimeZoneGroup>::entity = StoreEntity::TimeZoneGroups;
QString Table<TimeZoneGroup>::name()
{
    return u"time_zone_groups"_s;
}
QStringList Table<TimeZoneGroup>::columns()
{
    return {u"id"_s, u"name"_s, u"time_zone_id"_s, u"is_default"_s};
}
QVariantList Table<TimeZoneGroup>::values(const TimeZoneGroup &g)
{
    return {g.id, g.name, g.timeZoneId, g.isDefault};
}
TimeZoneGroup Table<TimeZoneGroup>::fromRow(const sql::Query &q)
{
    return {q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
}
QList<CopiedName> Table<TimeZoneGroup>::copiedNames()
{
    return {};
}

// --- types of work
const StoreEntity Table<TypeOfWork>::entity = StoreEntity::TypesOfWork;
QString Table<TypeOfWork>::name()
{
    return u"types_of_work"_s;
}
QStringList Table<TypeOfWork>::columns()
{
    return {u"id"_s, u"name"_s, u"rate"_s, u"archived"_s, u"billable"_s, u"is_default"_s};
}
QVariantList Table<TypeOfWork>::values(const TypeOfWork &t)
{
    return {t.id, t.name, optionalDouble(t.rate), t.archived, t.billable, t.isDefault};
}
TypeOfWork Table<TypeOfWork>::fromRow(const sql::Query &q)
{
    TypeOfWork t{q.value(0).toInt(),  q.value(1).toString(), std::nullopt,
                 q.value(3).toBool(), q.value(4).toBool(),   q.value(5).toBool()};
    if (const QVariant rate = q.value(2); !rate.isNull())
        t.rate = rate.toDouble();
    return t;
}
QList<CopiedName> Table<TypeOfWork>::copiedNames()
{
    return {{u"tasks"_s, u"type_of_work_id"_s, u"type_of_work_name"_s}};
}

// --- workflow statuses
const StoreEntity Table<WorkflowStatus>::entity = StoreEntity::WorkflowStatuses;
QString Table<WorkflowStatus>::name()
{
    return u"workflow_statuses"_s;
}
QStringList Table<WorkflowStatus>::columns()
{
    return {u"id"_s, u"name"_s, u"type"_s, u"can_modify"_s, u"can_delete"_s};
}
QVariantList Table<WorkflowStatus>::values(const WorkflowStatus &s)
{
    return {s.id, s.name, workflowTypeValue(s.type), s.canModify, s.canDelete};
}
WorkflowStatus Table<WorkflowStatus>::fromRow(const sql::Query &q)
{
    return {q.value(0).toInt(), q.value(1).toString(), workflowTypeFrom(q.value(2).toInt()),
            q.value(3).toBool(), q.value(4).toBool()};
}
QList<CopiedName> Table<WorkflowStatus>::copiedNames()
{
    return {{u"tasks"_s, u"workflow_status_id"_s, u"workflow_status_name"_s}};
}

// --- leave types
const StoreEntity Table<LeaveType>::entity = StoreEntity::LeaveTypes;
QString Table<LeaveType>::name()
{
    return u"leave_types"_s;
}
QStringList Table<LeaveType>::columns()
{
    return {u"id"_s, u"name"_s, u"balance"_s, u"rate_factor"_s, u"archived"_s};
}
QVariantList Table<LeaveType>::values(const LeaveType &t)
{
    return {t.id, t.name, balanceValue(t.balance), t.rateFactor, t.archived};
}
LeaveType Table<LeaveType>::fromRow(const sql::Query &q)
{
    return {q.value(0).toInt(), q.value(1).toString(), balanceFrom(q.value(2).toInt()),
            q.value(3).toDouble(), q.value(4).toBool()};
}
QList<CopiedName> Table<LeaveType>::copiedNames()
{
    return {};
}

QString tableName(StoreEntity entity)
{
    switch (entity) {
    case StoreEntity::Users:
        return Table<User>::name();
    case StoreEntity::Customers:
        return Table<Customer>::name();
    case StoreEntity::Projects:
        return Table<Project>::name();
    case StoreEntity::Tasks:
        return Table<Task>::name();
    case StoreEntity::Departments:
        return Table<Department>::name();
    case StoreEntity::TimeZoneGroups:
        return Table<TimeZoneGroup>::name();
    case StoreEntity::TypesOfWork:
        return Table<TypeOfWork>::name();
    case StoreEntity::WorkflowStatuses:
        return Table<WorkflowStatus>::name();
    case StoreEntity::LeaveTypes:
        return Table<LeaveType>::name();
    }
    return {};
}

QString serverInfoJson(const ServerInfo &i)
{
    const QJsonObject object{
        {u"companyName"_s, i.companyName},
        {u"currency"_s, i.currency},
        {u"decimalSeparator"_s, i.decimalSeparator},
        {u"timeAsDecimalHours"_s, i.timeAsDecimalHours},
        {u"clock12h"_s, i.clock12h},
        {u"firstDayOfWeek"_s, int(i.firstDayOfWeek)},
        {u"overtimeRegistration"_s, i.overtimeRegistration},
        {u"leaveRegistration"_s, i.leaveRegistration},
        {u"taskWorkflow"_s, i.taskWorkflow},
        {u"typesOfWork"_s, i.typesOfWork},
        {u"departments"_s, i.departments},
        {u"timeZoneGroups"_s, i.timeZoneGroups},
        {u"taskEstimates"_s, i.taskEstimates},
        {u"workAssignments"_s, i.workAssignments},
        {u"maxBatchSize"_s, i.maxBatchSize},
        {u"maxQueryLimit"_s, i.maxQueryLimit},
        {u"serverUuid"_s, i.serverUuid},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString userRatesJson(const UserRates &rates)
{
    QJsonArray periods;
    for (const RatePeriod &p : rates.periods) {
        QJsonArray leave;
        for (const LeaveRate &l : p.leaveRates)
            leave.append(QJsonObject{{u"leaveTypeId"_s, l.leaveTypeId}, {u"rate"_s, l.rate}});
        QJsonObject period{{u"dateFrom"_s, p.dateFrom.toString(Qt::ISODate)},
                           {u"leaveRates"_s, leave}};
        // Absent means "no rate set", which is not a rate of 0.
        if (p.regularRate)
            period.insert(u"regularRate"_s, *p.regularRate);
        if (p.overtimeRate)
            period.insert(u"overtimeRate"_s, *p.overtimeRate);
        periods.append(period);
    }
    return QString::fromUtf8(QJsonDocument(periods).toJson(QJsonDocument::Compact));
}

UserRates userRatesFromJson(int userId, const QString &json)
{
    UserRates rates;
    rates.userId = userId;
    const QJsonArray periods = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : periods) {
        const QJsonObject o = value.toObject();
        RatePeriod p;
        p.dateFrom = QDate::fromString(o.value(u"dateFrom"_s).toString(), Qt::ISODate);
        if (o.contains(u"regularRate"_s))
            p.regularRate = o.value(u"regularRate"_s).toDouble();
        if (o.contains(u"overtimeRate"_s))
            p.overtimeRate = o.value(u"overtimeRate"_s).toDouble();
        const QJsonArray leave = o.value(u"leaveRates"_s).toArray();
        for (const QJsonValue &l : leave)
            p.leaveRates.append({l.toObject().value(u"leaveTypeId"_s).toInt(),
                                 l.toObject().value(u"rate"_s).toDouble()});
        rates.periods.append(p);
    }
    return rates;
}

ServerInfo serverInfoFromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const ServerInfo d; // absent keys keep the defaults
    ServerInfo i;
    i.companyName = o.value(u"companyName"_s).toString(d.companyName);
    i.currency = o.value(u"currency"_s).toString(d.currency);
    i.decimalSeparator = o.value(u"decimalSeparator"_s).toString(d.decimalSeparator);
    i.timeAsDecimalHours = o.value(u"timeAsDecimalHours"_s).toBool(d.timeAsDecimalHours);
    i.clock12h = o.value(u"clock12h"_s).toBool(d.clock12h);
    const int day = o.value(u"firstDayOfWeek"_s).toInt(int(d.firstDayOfWeek));
    i.firstDayOfWeek = day >= 1 && day <= 7 ? Qt::DayOfWeek(day) : d.firstDayOfWeek;
    i.overtimeRegistration = o.value(u"overtimeRegistration"_s).toBool(d.overtimeRegistration);
    i.leaveRegistration = o.value(u"leaveRegistration"_s).toBool(d.leaveRegistration);
    i.taskWorkflow = o.value(u"taskWorkflow"_s).toBool(d.taskWorkflow);
    i.typesOfWork = o.value(u"typesOfWork"_s).toBool(d.typesOfWork);
    i.departments = o.value(u"departments"_s).toBool(d.departments);
    i.timeZoneGroups = o.value(u"timeZoneGroups"_s).toBool(d.timeZoneGroups);
    i.taskEstimates = o.value(u"taskEstimates"_s).toBool(d.taskEstimates);
    i.workAssignments = o.value(u"workAssignments"_s).toBool(d.workAssignments);
    i.maxBatchSize = o.value(u"maxBatchSize"_s).toInt(d.maxBatchSize);
    i.maxQueryLimit = o.value(u"maxQueryLimit"_s).toInt(d.maxQueryLimit);
    i.serverUuid = o.value(u"serverUuid"_s).toString(d.serverUuid);
    return i;
}

} // namespace actidesk::tables
