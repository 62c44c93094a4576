#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace actidesk {

struct AllowedActions
{
    bool canModify = false;
    bool canDelete = false;
    friend bool operator==(const AllowedActions &, const AllowedActions &) = default;
};

struct Customer
{
    int id = 0;
    QString name;
    QString description;
    bool archived = false;
    QDateTime created; // UTC
    QString url;
    AllowedActions allowed;
    friend bool operator==(const Customer &, const Customer &) = default;
};

struct Project
{
    int id = 0;
    int customerId = 0;
    QString customerName;
    QString name;
    QString description;
    bool archived = false;
    QDateTime created;
    QString url;
    AllowedActions allowed;
    friend bool operator==(const Project &, const Project &) = default;
};

enum class TaskStatus { Open, Completed };

struct Task
{
    int id = 0;
    int projectId = 0;
    QString projectName;
    int customerId = 0;
    QString customerName;
    QString name;
    QString description;
    QDateTime created;
    TaskStatus status = TaskStatus::Open;
    int workflowStatusId = 0;
    QString workflowStatusName;
    int typeOfWorkId = 0;
    QString typeOfWorkName;
    QDate deadline; // invalid = none
    std::optional<int> estimatedMinutes;
    QString url;
    AllowedActions allowed;

    bool isCompleted() const { return status == TaskStatus::Completed; }
    friend bool operator==(const Task &, const Task &) = default;
};

// A comment on a customer, project or task (read-only in the API).
struct Comment
{
    int id = 0;
    int userId = 0;
    QDateTime created;
    QDateTime updated;
    int updatingUserId = 0;
    QString text;
    friend bool operator==(const Comment &, const Comment &) = default;
};

} // namespace actidesk
