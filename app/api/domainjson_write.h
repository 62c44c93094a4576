#pragma once

// Request bodies of the writes. A `...Changes` struct describes a PATCH: a set std::optional means
// "change this field", an unset one leaves it out of the body (the server keeps its value).

#include "reference.h"
#include "scope.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace actidesk::json {

// Wire spellings: "open"/"completed", and dates as "YYYY-MM-DD".
QString taskStatusToWire(TaskStatus status);
QString workflowStatusTypeToWire(WorkflowStatusType type);
QString dateToWire(const QDate &date);

// POST /customers. An empty description is left out (the server stores null).
QJsonObject customerCreateBody(const QString &name, const QString &description = {},
                               bool archived = false);

// PATCH /customers/{id}. An empty description is sent as null, which clears it.
struct CustomerChanges
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> archived;
};
QJsonObject customerUpdateBody(const CustomerChanges &changes);

// POST /projects.
QJsonObject projectCreateBody(int customerId, const QString &name, const QString &description = {},
                              bool archived = false);

// PATCH /projects/{id}; a new customerId moves the project.
struct ProjectChanges
{
    std::optional<int> customerId;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> archived;
};
QJsonObject projectUpdateBody(const ProjectChanges &changes);

// POST /tasks. `status` and `workflowStatusId` are exclusive on the server (a workflow status
// implies its status group), so the status is only sent when no workflow status is given.
struct NewTask
{
    int projectId = 0;
    QString name;
    QString description; // empty = left out
    std::optional<int> workflowStatusId;
    std::optional<TaskStatus> status;
    std::optional<int> typeOfWorkId;
    QDate deadline; // invalid = none
    std::optional<int> estimatedMinutes;
};
QJsonObject taskCreateBody(const NewTask &task);

// PATCH /tasks/{id}; a new projectId moves the task.
struct TaskChanges
{
    std::optional<int> projectId;
    std::optional<QString> name;
    std::optional<QString> description; // empty -> null (clears)
    std::optional<int> workflowStatusId;
    std::optional<TaskStatus> status; // ignored when workflowStatusId is set
    std::optional<int> typeOfWorkId;
    std::optional<QDate> deadline; // an invalid QDate -> null (clears the deadline)
    // The outer optional says "change", the inner one the new estimate (nullopt -> null, clears).
    std::optional<std::optional<int>> estimatedMinutes;
};
QJsonObject taskUpdateBody(const TaskChanges &changes);

// PATCH /timetrack/{userId}/{date}/{taskId}: {"time", "comment"}. The comment is always sent,
// because the server may clear a comment left out of the body; 0 minutes removes the record.
QJsonObject timetrackSetBody(int minutes, const QString &comment);
// PATCH /timetrack/{userId}/{date}/{taskId}/time and the leave-time equivalent: {"delta"}.
QJsonObject timeDeltaBody(int deltaMinutes);
// PATCH /leavetime/{userId}/{date}/{leaveTypeId}: {"leaveTime"}.
QJsonObject leaveSetBody(int minutes);

// POST /workflowStatuses: {"name", "type"}.
QJsonObject workflowStatusCreateBody(const QString &name, WorkflowStatusType type);
// PATCH /workflowStatuses/{id}.
struct WorkflowStatusChanges
{
    std::optional<QString> name;
    std::optional<WorkflowStatusType> type;
};
QJsonObject workflowStatusUpdateBody(const WorkflowStatusChanges &changes);

// PUT /userRates/{uid}: {"rates": [{dateFrom, regularRate, overtimeRate, leaveRates}]}, the
// whole rate history of the user (missing rates and the open-ended first period as null).
QJsonObject userRatesBody(const QList<RatePeriod> &periods);

} // namespace actidesk::json
