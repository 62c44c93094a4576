// Scope of work: customers, projects, tasks and their comments.

#include "domainjson.h"

using namespace Qt::StringLiterals;

namespace actidesk::json {

std::optional<Customer> parseCustomer(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    Customer customer;
    customer.id = r.requiredInt("id"_L1);
    customer.name = r.string("name"_L1);
    customer.description = r.string("description"_L1);
    customer.archived = r.boolean("archived"_L1, false);
    customer.created = r.timestamp("created"_L1);
    customer.url = r.string("url"_L1);
    customer.allowed = parseAllowedActions(r.value("allowedActions"_L1));
    if (!r.ok())
        return std::nullopt;
    return customer;
}

std::optional<Project> parseProject(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    Project project;
    project.id = r.requiredInt("id"_L1);
    project.customerId = r.optionalInt("customerId"_L1);
    project.customerName = r.string("customerName"_L1);
    project.name = r.string("name"_L1);
    project.description = r.string("description"_L1);
    project.archived = r.boolean("archived"_L1, false);
    project.created = r.timestamp("created"_L1);
    project.url = r.string("url"_L1);
    project.allowed = parseAllowedActions(r.value("allowedActions"_L1));
    if (!r.ok())
        return std::nullopt;
    return project;
}

std::optional<Task> parseTask(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    Task task;
    task.id = r.requiredInt("id"_L1);
    task.projectId = r.optionalInt("projectId"_L1);
    task.projectName = r.string("projectName"_L1);
    task.customerId = r.optionalInt("customerId"_L1);
    task.customerName = r.string("customerName"_L1);
    task.name = r.string("name"_L1);
    task.description = r.string("description"_L1);
    task.created = r.timestamp("created"_L1);
    task.status = taskStatusFromWire(r.string("status"_L1));
    task.workflowStatusId = r.optionalInt("workflowStatusId"_L1);
    task.workflowStatusName = r.string("workflowStatusName"_L1);
    task.typeOfWorkId = r.optionalInt("typeOfWorkId"_L1);
    task.typeOfWorkName = r.string("typeOfWorkName"_L1);
    task.deadline = parseDeadline(r.value("deadline"_L1)).value_or(QDate());
    // A negative estimate is meaningless; like any ill-typed optional field it reads as "none".
    task.estimatedMinutes = r.maybeInt("estimatedTime"_L1, 0);
    task.url = r.string("url"_L1);
    task.allowed = parseAllowedActions(r.value("allowedActions"_L1));
    if (!r.ok())
        return std::nullopt;
    return task;
}

std::optional<Comment> parseComment(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    Comment comment;
    comment.id = r.requiredInt("id"_L1);
    comment.userId = r.optionalInt("userId"_L1);
    comment.created = r.timestamp("created"_L1);
    comment.updated = r.timestamp("updated"_L1);
    comment.updatingUserId = r.optionalInt("updatingUserId"_L1);
    comment.text = r.string("text"_L1);
    if (!r.ok())
        return std::nullopt;
    return comment;
}

} // namespace actidesk::json
