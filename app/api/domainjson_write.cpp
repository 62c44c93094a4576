// Request bodies of the writes (see domainjson_write.h).

#include "domainjson_write.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace actidesk::json {

namespace {

// PATCH semantics: an empty text clears the field, which the server understands as null.
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue numberOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(dateToWire(date)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString taskStatusToWire(TaskStatus status)
{
    return status == TaskStatus::Completed ? u"completed"_s : u"open"_s;
}

QString workflowStatusTypeToWire(WorkflowStatusType type)
{
    return type == WorkflowStatusType::Completed ? u"completed"_s : u"open"_s;
}

QString dateToWire(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QJsonObject customerCreateBody(const QString &name, const QString &description, bool archived)
{
    QJsonObject body{{u"name"_s, name}, {u"archived"_s, archived}};
    if (!description.isEmpty())
        body.insert(u"description"_s, description);
    return body;
}

QJsonObject customerUpdateBody(const CustomerChanges &changes)
{
    QJsonObject body;
    if (changes.name)
        body.insert(u"name"_s, *changes.name);
    if (changes.description)
        body.insert(u"description"_s, textOrNull(*changes.description));
    if (changes.archived)
        body.insert(u"archived"_s, *changes.archived);
    return body;
}

QJsonObject projectCreateBody(int customerId, const QString &name, const QString &description,
                              bool archived)
{
    QJsonObject body = customerCreateBody(name, description, archived);
    body.insert(u"customerId"_s, customerId);
    return body;
}

QJsonObject projectUpdateBody(const ProjectChanges &changes)
{
    QJsonObject body = customerUpdateBody({changes.name, changes.description, changes.archived});
    if (changes.customerId)
        body.insert(u"customerId"_s, *changes.customerId);
    return body;
}

QJsonObject taskCreateBody(const NewTask &task)
{
    QJsonObject body{{u"projectId"_s, task.projectId}, {u"name"_s, task.name}};
    if (!task.description.isEmpty())
        body.insert(u"description"_s, task.description);
    if (task.workflowStatusId)
        body.insert(u"workflowStatusId"_s, *task.workflowStatusId);
    else if (task.status)
        body.insert(u"status"_s, taskStatusToWire(*task.status));
    if (task.typeOfWorkId)
        body.insert(u"typeOfWorkId"_s, *task.typeOfWorkId);
    if (task.deadline.isValid())
        body.insert(u"deadline"_s, dateToWire(task.deadline));
    if (task.estimatedMinutes)
        body.insert(u"estimatedTime"_s, *task.estimatedMinutes);
    return body;
}

QJsonObject taskUpdateBody(const TaskChanges &changes)
{
    QJsonObject body;
    if (changes.projectId)
        body.insert(u"projectId"_s, *changes.projectId);
    if (changes.name)
        body.insert(u"name"_s, *changes.name);
    if (changes.description)
        body.insert(u"description"_s, textOrNull(*changes.description));
    if (changes.workflowStatusId)
        body.insert(u"workflowStatusId"_s, *changes.workflowStatusId);
    else if (changes.status)
        body.insert(u"status"_s, taskStatusToWire(*changes.status));
    if (changes.typeOfWorkId)
        body.insert(u"typeOfWorkId"_s, *changes.typeOfWorkId);
    if (changes.deadline)
        body.insert(u"deadline"_s, dateOrNull(*changes.deadline));
    if (changes.estimatedMinutes) {
        const std::optional<int> &estimate = *changes.estimatedMinutes;
        body.insert(u"estimatedTime"_s,
                    estimate ? QJsonValue(*estimate) : QJsonValue(QJsonValue::Null));
    }
    return body;
}

QJsonObject timetrackSetBody(int minutes, const QString &comment)
{
    return {{u"time"_s, minutes}, {u"comment"_s, comment}};
}

QJsonObject timeDeltaBody(int deltaMinutes)
{
    return {{u"delta"_s, deltaMinutes}};
}

QJsonObject leaveSetBody(int minutes)
{
    return {{u"leaveTime"_s, minutes}};
}

QJsonObject workflowStatusCreateBody(const QString &name, WorkflowStatusType type)
{
    return {{u"name"_s, name}, {u"type"_s, workflowStatusTypeToWire(type)}};
}

QJsonObject workflowStatusUpdateBody(const WorkflowStatusChanges &changes)
{
    QJsonObject body;
    if (changes.name)
        body.insert(u"name"_s, *changes.name);
    if (changes.type)
        body.insert(u"type"_s, workflowStatusTypeToWire(*changes.type));
    return body;
}

QJsonObject userRatesBody(const QList<RatePeriod> &periods)
{
    QJsonArray rates;
    for (const RatePeriod &period : periods) {
        QJsonArray leaveRates;
        for (const LeaveRate &rate : period.leaveRates)
            leaveRates.append(
                QJsonObject{{u"leaveTypeId"_s, rate.leaveTypeId}, {u"rate"_s, rate.rate}});
        rates.append(QJsonObject{{u"dateFrom"_s, dateOrNull(period.dateFrom)},
                                 {u"regularRate"_s, numberOrNull(period.regularRate)},
                                 {u"overtimeRate"_s, numberOrNull(period.overtimeRate)},
                                 {u"leaveRates"_s, leaveRates}});
    }
    return {{u"rates"_s, rates}};
}

} // namespace actidesk::json
