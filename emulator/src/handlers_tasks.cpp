// Tasks: list (filters, status, includeReferenced maps), get, create, update (incl. moving to
// another project), delete (with its time-track, comments and assignments).
#include "handlers_scope.h"

using namespace Qt::StringLiterals;

namespace emu::scope {

namespace {

const QString kTask = u"Task"_s;

int customerOf(const Dataset &data, const Task &task)
{
    const auto p = data.projects.find(task.projectId);
    return p == data.projects.end() ? 0 : p->second.customerId;
}

QString statusOf(const Dataset &data, const Task &task)
{
    return data.isTaskCompleted(task) ? u"completed"_s : u"open"_s;
}

// Task names are unique within their project, ignoring case.
void requireUniqueName(const Dataset &data, int projectId, const QString &name, int exceptId)
{
    for (const auto &[id, task] : data.tasks) {
        if (id != exceptId && task.projectId == projectId
            && task.name.compare(name, Qt::CaseInsensitive) == 0)
            throwBadRequest(u"api.error.task_exists"_s,
                            u"Task with specified name already exists"_s, u"name"_s);
    }
}

// An id field naming an object of `source`. On create (current == nullptr) a null counts as
// absent, so the default applies; on update a null is refused, since these fields cannot be empty.
template<typename T>
std::optional<int> referenceField(const QJsonObject &body, const QString &field,
                                  const std::map<int, T> &source, const QString &what,
                                  const Task *current)
{
    const IntField id = intField(body, field);
    if (id.isNull && current)
        missingField(field);
    if (!id.hasValue())
        return std::nullopt;
    if (!source.contains(id.value))
        invalidValue(u"%1 with id %2 does not exist"_s.arg(what).arg(id.value), field);
    return id.value;
}

// The workflow status a body asks for, from either "status" (a type) or "workflowStatusId".
std::optional<int> requestedStatus(const Dataset &data, const QJsonObject &body,
                                   const Task *current)
{
    const QJsonValue status = body.value(u"status"_s);
    if (status.isNull() && current)
        missingField(u"status"_s);
    const std::optional<int> statusId = referenceField(
        body, u"workflowStatusId"_s, data.workflowStatuses, u"Workflow status"_s, current);
    const bool hasType = !status.isUndefined() && !status.isNull();
    if (hasType && statusId)
        throwBadRequest(u"api.error.conflicting_fields"_s,
                        u"Fields 'status' and 'workflowStatusId' are mutually exclusive"_s,
                        u"status,workflowStatusId"_s);
    if (!hasType)
        return statusId;
    const QString type = status.toString();
    if (type != u"open"_s && type != u"completed"_s)
        invalidValue(u"Task status must be 'open' or 'completed'"_s, u"status"_s);
    // A task that already has a status of that type keeps it.
    if (current && statusOf(data, *current) == type)
        return current->workflowStatusId;
    for (const auto &[id, s] : data.workflowStatuses) {
        if (s.type == type)
            return id;
    }
    invalidValue(u"No workflow status of type '%1' exists"_s.arg(type), u"status"_s);
}

// Applies the optional fields shared by create and update; validates all of them first.
void applyOptionalFields(RequestContext &ctx, const QJsonObject &body, Task &task,
                         const Task *current)
{
    const std::optional<QString> description = optionalText(body, u"description"_s);
    const std::optional<int> statusId = requestedStatus(ctx.data, body, current);
    const std::optional<int> typeOfWorkId =
        referenceField(body, u"typeOfWorkId"_s, ctx.data.typesOfWork, u"Type of work"_s, current);

    std::optional<QDate> deadline; // an invalid date clears the deadline
    const QJsonValue deadlineValue = body.value(u"deadline"_s);
    if (deadlineValue.isNull()) {
        deadline = QDate();
    } else if (!deadlineValue.isUndefined()) {
        const QString text = deadlineValue.toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!deadlineValue.isString() || text.size() != 10 || !date.isValid())
            throwBadRequest(u"api.error.cannot_parse_body"_s,
                            u"Field 'deadline' must be a date in the form YYYY-MM-DD"_s,
                            u"deadline"_s);
        deadline = date;
    }
    const IntField estimate = intField(body, u"estimatedTime"_s);
    if (estimate.hasValue() && estimate.value < 0)
        invalidValue(u"Estimated time must not be negative"_s, u"estimatedTime"_s);

    if (description)
        task.description = *description;
    if (statusId)
        task.workflowStatusId = *statusId;
    if (typeOfWorkId)
        task.typeOfWorkId = *typeOfWorkId;
    if (deadline)
        task.deadline = *deadline;
    if (estimate.present)
        task.estimatedTime = estimate.isNull ? std::nullopt : std::optional<int>(estimate.value);
}

HttpResponse listTasks(RequestContext &ctx)
{
    const Dataset &data = ctx.data;
    const QSet<QString> include = ctx.query.includeReferenced(
        {u"customers"_s, u"projects"_s, u"typesOfWork"_s, u"workflowStatuses"_s});
    auto items = listing::all(data.tasks);
    std::erase_if(items, [&ctx](const Task *t) { return !ctx.access.canSeeTask(*t); });
    listing::filterByIds(ctx, items);
    const auto filterIds = [&](const QString &param, auto key) {
        if (!ctx.query.has(param))
            return;
        const QList<int> ids = ctx.query.ids(param);
        std::erase_if(items, [&](const Task *t) { return !ids.contains(key(*t)); });
    };
    filterIds(u"customerIds"_s, [&data](const Task &t) { return customerOf(data, t); });
    filterIds(u"projectIds"_s, [](const Task &t) { return t.projectId; });
    filterIds(u"typeOfWorkIds"_s, [](const Task &t) { return t.typeOfWorkId; });
    filterIds(u"workflowStatusIds"_s, [](const Task &t) { return t.workflowStatusId; });
    listing::filterByText(ctx, items);
    if (ctx.query.has(u"status"_s)) {
        const QString status = ctx.query.value(u"status"_s);
        if (status != u"open"_s && status != u"completed"_s)
            throwBadRequest(u"api.error.cannot_parse_arguments"_s,
                            u"Cannot parse value '%1' of parameter 'status'"_s.arg(status),
                            u"status"_s);
        std::erase_if(items, [&](const Task *t) { return statusOf(data, *t) != status; });
    }
    listing::sort<Task>(ctx, items,
                        {{u"name"_s, listing::byName<Task>()},
                         {u"created"_s,
                          [](const Task &a, const Task &b) {
                              return listing::compareNumber(a.created, b.created);
                          }},
                         {u"status"_s, [&data](const Task &a, const Task &b) {
                              return listing::compareText(statusOf(data, a), statusOf(data, b));
                          }}});
    QJsonObject out =
        listing::envelope(ctx, items, [&ctx](const Task &t) { return ctx.json.task(t); });

    std::set<int> customers, projects, typesOfWork, statuses;
    for (const Task *t : pageItems(ctx, items)) {
        customers.insert(customerOf(data, *t));
        projects.insert(t->projectId);
        typesOfWork.insert(t->typeOfWorkId);
        statuses.insert(t->workflowStatusId);
    }
    if (include.contains(u"customers"_s))
        out.insert(u"customers"_s,
                   referencedMap(customers, data.customers,
                                 [&ctx](const Customer &c) { return ctx.json.customer(c); }));
    if (include.contains(u"projects"_s))
        out.insert(u"projects"_s, referencedMap(projects, data.projects, [&ctx](const Project &p) {
                       return ctx.json.project(p);
                   }));
    if (include.contains(u"typesOfWork"_s))
        out.insert(u"typesOfWork"_s,
                   referencedMap(typesOfWork, data.typesOfWork,
                                 [&ctx](const TypeOfWork &t) { return ctx.json.typeOfWork(t); }));
    if (include.contains(u"workflowStatuses"_s))
        out.insert(u"workflowStatuses"_s,
                   referencedMap(statuses, data.workflowStatuses, [&ctx](const WorkflowStatus &s) {
                       return ctx.json.workflowStatus(s);
                   }));
    return HttpResponse::json(200, out);
}

HttpResponse getTask(RequestContext &ctx)
{
    const Task &task = listing::findOr404(ctx.data.tasks, ctx.idArg(0, kTask), kTask);
    if (!ctx.access.canSeeTask(task))
        throwNotFound(kTask);
    return HttpResponse::json(200, ctx.json.task(task));
}

HttpResponse createTask(RequestContext &ctx)
{
    requireManage(ctx);
    const QJsonObject body = ctx.bodyObject();
    Task task;
    task.projectId = requiredId(body, u"projectId"_s);
    task.name = listing::validName(body, true);
    if (!ctx.data.projects.contains(task.projectId))
        invalidValue(u"Project with id %1 does not exist"_s.arg(task.projectId), u"projectId"_s);
    requireUniqueName(ctx.data, task.projectId, task.name, 0);
    // Defaults: the first open status and the default type of work.
    for (const auto &[id, status] : ctx.data.workflowStatuses) {
        if (status.type == u"open"_s) {
            task.workflowStatusId = id;
            break;
        }
    }
    for (const auto &[id, tow] : ctx.data.typesOfWork) {
        if (tow.isDefault) {
            task.typeOfWorkId = id;
            break;
        }
    }
    applyOptionalFields(ctx, body, task, nullptr);
    task.id = ctx.data.nextId();
    task.created = ctx.clock.nowMs();
    ctx.data.tasks[task.id] = task;
    ctx.markChanged();
    return HttpResponse::json(200, ctx.json.task(task));
}

HttpResponse updateTask(RequestContext &ctx)
{
    const int id = ctx.idArg(0, kTask);
    Task &task = listing::findOr404(ctx.data.tasks, id, kTask);
    requireManage(ctx);
    const QJsonObject body = ctx.bodyObject();
    // Work on a copy so a refused request leaves the task untouched.
    Task updated = task;
    const IntField projectId = intField(body, u"projectId"_s);
    if (projectId.isNull)
        missingField(u"projectId"_s);
    if (projectId.present) {
        if (!ctx.data.projects.contains(projectId.value))
            invalidValue(u"Project with id %1 does not exist"_s.arg(projectId.value),
                         u"projectId"_s);
        updated.projectId = projectId.value;
    }
    const QString name = listing::validName(body, false);
    if (!name.isNull())
        updated.name = name;
    // A move or a rename must not collide with a task of the target project.
    requireUniqueName(ctx.data, updated.projectId, updated.name, id);
    applyOptionalFields(ctx, body, updated, &task);
    task = updated;
    ctx.markChanged();
    return HttpResponse::json(200, ctx.json.task(task));
}

HttpResponse deleteTaskRoute(RequestContext &ctx)
{
    const int id = ctx.idArg(0, kTask);
    listing::findOr404(ctx.data.tasks, id, kTask);
    requireManage(ctx);
    deleteTask(ctx.data, id);
    ctx.markChanged();
    return HttpResponse::noContent();
}

} // namespace

void registerTaskRoutes(Router &router)
{
    router.add("GET", u"/tasks"_s, listTasks);
    router.add("POST", u"/tasks"_s, createTask);
    router.add("GET", u"/tasks/{id}"_s, getTask);
    router.add("PATCH", u"/tasks/{id}"_s, updateTask);
    router.add("DELETE", u"/tasks/{id}"_s, deleteTaskRoute);
}

} // namespace emu::scope
