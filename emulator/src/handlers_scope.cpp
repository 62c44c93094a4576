// Scope of work: shared helpers, cascading deletes, the read-only comments and assignedUsers
// sub-resources, and the route table. Customers, projects and tasks live in their own files.
#include "handlers_scope.h"

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace emu {
namespace scope {

void requireManage(const RequestContext &ctx)
{
    if (!ctx.access.canManageScopeOfWork())
        throwForbidden();
}

void invalidValue(const QString &message, const QString &field)
{
    throwBadRequest(u"api.error.invalid_value"_s, message, field);
}

void missingField(const QString &field)
{
    throwBadRequest(u"api.error.mandatory_field"_s, u"Mandatory field is not specified"_s, field);
}

std::optional<QString> optionalText(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined())
        return std::nullopt;
    if (value.isNull())
        return QString();
    if (!value.isString())
        throwBadRequest(u"api.error.cannot_parse_body"_s,
                        u"Field '%1' must be a string"_s.arg(field), field);
    return value.toString();
}

std::optional<bool> optionalBool(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined())
        return std::nullopt;
    if (value.isNull())
        missingField(field);
    if (!value.isBool())
        throwBadRequest(u"api.error.cannot_parse_body"_s,
                        u"Field '%1' must be a boolean"_s.arg(field), field);
    return value.toBool();
}

IntField intField(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    IntField out;
    if (value.isUndefined())
        return out;
    out.present = true;
    if (value.isNull()) {
        out.isNull = true;
        return out;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || number < -2147483648.0
        || number > 2147483647.0)
        throwBadRequest(u"api.error.cannot_parse_body"_s,
                        u"Field '%1' must be an integer"_s.arg(field), field);
    out.value = int(number);
    return out;
}

int requiredId(const QJsonObject &body, const QString &field)
{
    const IntField id = intField(body, field);
    if (!id.hasValue())
        missingField(field);
    return id.value;
}

namespace {
void removeComments(Dataset &data, CommentTarget target, int targetId)
{
    std::erase_if(data.comments, [&](const auto &entry) {
        return entry.second.target == target && entry.second.targetId == targetId;
    });
}
} // namespace

void deleteTask(Dataset &data, int taskId)
{
    for (auto day = data.timetrack.begin(); day != data.timetrack.end();) {
        day->second.erase(taskId);
        day = day->second.empty() ? data.timetrack.erase(day) : std::next(day);
    }
    for (auto &[userId, user] : data.users)
        user.assignedTaskIds.remove(taskId);
    removeComments(data, CommentTarget::Task, taskId);
    data.tasks.erase(taskId);
}

void deleteProject(Dataset &data, int projectId)
{
    std::vector<int> taskIds;
    for (const auto &[id, task] : data.tasks) {
        if (task.projectId == projectId)
            taskIds.push_back(id);
    }
    for (const int id : taskIds)
        deleteTask(data, id);
    removeComments(data, CommentTarget::Project, projectId);
    data.projects.erase(projectId);
}

void deleteCustomer(Dataset &data, int customerId)
{
    std::vector<int> projectIds;
    for (const auto &[id, project] : data.projects) {
        if (project.customerId == customerId)
            projectIds.push_back(id);
    }
    for (const int id : projectIds)
        deleteProject(data, id);
    removeComments(data, CommentTarget::Customer, customerId);
    data.customers.erase(customerId);
}

} // namespace scope

namespace {

// The object a comments / assignedUsers request names; unknown or invisible ones answer 404.
struct Parent
{
    int id = 0;
    std::function<bool(const Task &)> contains; // does the task lie within this object?
};

Parent visibleParent(RequestContext &ctx, CommentTarget target)
{
    const Dataset &data = ctx.data;
    switch (target) {
    case CommentTarget::Customer: {
        const int id = ctx.idArg(0, u"Customer"_s);
        const Customer &customer = listing::findOr404(ctx.data.customers, id, u"Customer"_s);
        if (!ctx.access.canSeeCustomer(customer))
            throwNotFound(u"Customer"_s);
        return {id, [&data, id](const Task &t) {
                    const auto p = data.projects.find(t.projectId);
                    return p != data.projects.end() && p->second.customerId == id;
                }};
    }
    case CommentTarget::Project: {
        const int id = ctx.idArg(0, u"Project"_s);
        const Project &project = listing::findOr404(ctx.data.projects, id, u"Project"_s);
        if (!ctx.access.canSeeProject(project))
            throwNotFound(u"Project"_s);
        return {id, [id](const Task &t) { return t.projectId == id; }};
    }
    case CommentTarget::Task:
        break;
    }
    const int id = ctx.idArg(0, u"Task"_s);
    const Task &task = listing::findOr404(ctx.data.tasks, id, u"Task"_s);
    if (!ctx.access.canSeeTask(task))
        throwNotFound(u"Task"_s);
    return {id, [id](const Task &t) { return t.id == id; }};
}

HttpResponse listComments(RequestContext &ctx, CommentTarget target)
{
    const int parentId = visibleParent(ctx, target).id;
    const QSet<QString> include = ctx.query.includeReferenced({u"users"_s});
    std::vector<const Comment *> items;
    for (const auto &[id, comment] : ctx.data.comments) {
        if (comment.target == target && comment.targetId == parentId)
            items.push_back(&comment);
    }
    // Oldest first; the map already orders by id, which breaks ties.
    std::stable_sort(items.begin(), items.end(),
                     [](const Comment *a, const Comment *b) { return a->created < b->created; });
    QJsonObject out =
        listing::envelope(ctx, items, [&ctx](const Comment &c) { return ctx.json.comment(c); });
    if (include.contains(u"users"_s)) {
        std::set<int> userIds;
        for (const Comment *c : scope::pageItems(ctx, items)) {
            userIds.insert(c->userId);
            userIds.insert(c->updatingUserId);
        }
        out.insert(u"users"_s, scope::referencedMap(userIds, ctx.data.users, [&ctx](const User &u) {
                       return ctx.json.user(u);
                   }));
    }
    return HttpResponse::json(200, out);
}

// Users who may work within the object: everybody assigned to all of the scope of work, and
// everybody assigned to at least one task inside it.
HttpResponse assignedUsers(RequestContext &ctx, CommentTarget target)
{
    const Parent parent = visibleParent(ctx, target);
    std::vector<int> taskIds;
    for (const auto &[id, task] : ctx.data.tasks) {
        if (parent.contains(task))
            taskIds.push_back(id);
    }
    QJsonArray userIds; // the users map is ordered by id
    for (const auto &[id, user] : ctx.data.users) {
        const bool assigned = user.allScope
            || std::any_of(taskIds.begin(), taskIds.end(),
                           // An init-capture: clang 14 (the fuzz build) cannot capture a
                           // structured binding.
                           [&u = user](int t) { return u.assignedTaskIds.contains(t); });
        if (assigned)
            userIds.append(id);
    }
    return HttpResponse::json(200, QJsonObject{{u"userIds"_s, userIds}});
}

} // namespace

void registerScopeRoutes(Router &router)
{
    scope::registerCustomerRoutes(router);
    scope::registerProjectRoutes(router);
    scope::registerTaskRoutes(router);
    const std::pair<QString, CommentTarget> parents[] = {
        {u"/customers/{id}"_s, CommentTarget::Customer},
        {u"/projects/{id}"_s, CommentTarget::Project},
        {u"/tasks/{id}"_s, CommentTarget::Task},
    };
    for (const auto &[path, target] : parents) {
        const CommentTarget t = target;
        router.add("GET", path + u"/comments"_s,
                   [t](RequestContext &ctx) { return listComments(ctx, t); });
        router.add("GET", path + u"/assignedUsers"_s,
                   [t](RequestContext &ctx) { return assignedUsers(ctx, t); });
    }
}

} // namespace emu
