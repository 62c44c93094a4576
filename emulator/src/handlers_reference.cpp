// Reference lists: departments, time-zone groups, types of work, leave types, workflow statuses.
#include "listing.h"

using namespace Qt::StringLiterals;

namespace emu {

namespace {

HttpResponse listDepartments(RequestContext &ctx)
{
    auto items = listing::all(ctx.data.departments);
    listing::filterByText(ctx, items);
    listing::sort<Department>(ctx, items, {{u"name"_s, listing::byName<Department>()}});
    return HttpResponse::json(200, listing::envelope(ctx, items, [&ctx](const Department &d) {
                                  return ctx.json.department(d);
                              }));
}

HttpResponse listTimeZoneGroups(RequestContext &ctx)
{
    auto items = listing::all(ctx.data.timeZoneGroups);
    listing::filterByText(ctx, items);
    listing::sort<TimeZoneGroup>(ctx, items, {{u"name"_s, listing::byName<TimeZoneGroup>()}});
    return HttpResponse::json(200, listing::envelope(ctx, items, [&ctx](const TimeZoneGroup &g) {
                                  return ctx.json.timeZoneGroup(g);
                              }));
}

HttpResponse defaultTimeZoneGroup(RequestContext &ctx)
{
    for (const auto &[id, group] : ctx.data.timeZoneGroups) {
        if (group.isDefault)
            return HttpResponse::json(200, ctx.json.timeZoneGroup(group));
    }
    throwNotFound(u"Time zone group"_s);
}

HttpResponse listTypesOfWork(RequestContext &ctx)
{
    auto items = listing::all(ctx.data.typesOfWork);
    listing::filterByIds(ctx, items);
    listing::filterByText(ctx, items);
    listing::filterByBool(ctx, u"archived"_s, items,
                          [](const TypeOfWork &t) { return t.archived; });
    listing::filterByBool(ctx, u"billable"_s, items,
                          [](const TypeOfWork &t) { return t.billable; });
    listing::sort<TypeOfWork>(ctx, items, {{u"name"_s, listing::byName<TypeOfWork>()}});
    return HttpResponse::json(200, listing::envelope(ctx, items, [&ctx](const TypeOfWork &t) {
                                  return ctx.json.typeOfWork(t);
                              }));
}

HttpResponse defaultTypeOfWork(RequestContext &ctx)
{
    for (const auto &[id, tow] : ctx.data.typesOfWork) {
        if (tow.isDefault)
            return HttpResponse::json(200, ctx.json.typeOfWork(tow));
    }
    throwNotFound(u"Type of work"_s);
}

HttpResponse listLeaveTypes(RequestContext &ctx)
{
    auto items = listing::all(ctx.data.leaveTypes);
    listing::filterByIds(ctx, items);
    listing::filterByText(ctx, items);
    listing::filterByBool(ctx, u"archived"_s, items, [](const LeaveType &l) { return l.archived; });
    if (ctx.query.has(u"balance"_s)) {
        const QString balance = ctx.query.value(u"balance"_s);
        if (balance.compare(u"PTO"_s, Qt::CaseInsensitive) != 0
            && balance.compare(u"Sick"_s, Qt::CaseInsensitive) != 0
            && balance.compare(u"None"_s, Qt::CaseInsensitive) != 0)
            throwBadRequest(u"api.error.cannot_parse_arguments"_s,
                            u"Cannot parse value '%1' of parameter 'balance'"_s.arg(balance),
                            u"balance"_s);
        std::erase_if(items, [&balance](const LeaveType *l) {
            return l->balance.compare(balance, Qt::CaseInsensitive) != 0;
        });
    }
    listing::sort<LeaveType>(ctx, items, {{u"name"_s, listing::byName<LeaveType>()}});
    return HttpResponse::json(200, listing::envelope(ctx, items, [&ctx](const LeaveType &l) {
                                  return ctx.json.leaveType(l);
                              }));
}

// --- workflow statuses (read for everybody; written by those who manage system settings)

QString statusType(const QJsonObject &body, bool required)
{
    if (!body.contains(u"type"_s)) {
        if (required)
            throwBadRequest(u"api.error.mandatory_field"_s, u"Mandatory field is not specified"_s,
                            u"type"_s);
        return {};
    }
    const QString type = body.value(u"type"_s).toString();
    if (type != u"open"_s && type != u"completed"_s)
        throwBadRequest(u"api.error.invalid_value"_s,
                        u"Status type must be 'open' or 'completed'"_s, u"type"_s);
    return type;
}

void requireUniqueStatusName(const Dataset &data, const QString &name, int exceptId)
{
    for (const auto &[id, status] : data.workflowStatuses) {
        if (id != exceptId && status.name.compare(name, Qt::CaseInsensitive) == 0)
            throwBadRequest(u"api.error.workflow_status_exists"_s,
                            u"Workflow status with specified name already exists"_s, u"name"_s);
    }
}

HttpResponse listWorkflowStatuses(RequestContext &ctx)
{
    auto items = listing::all(ctx.data.workflowStatuses);
    listing::filterByIds(ctx, items);
    listing::filterByText(ctx, items);
    if (ctx.query.has(u"type"_s)) {
        const QString type = ctx.query.value(u"type"_s);
        if (type != u"open"_s && type != u"completed"_s)
            throwBadRequest(u"api.error.cannot_parse_arguments"_s,
                            u"Cannot parse value '%1' of parameter 'type'"_s.arg(type), u"type"_s);
        std::erase_if(items, [&type](const WorkflowStatus *s) { return s->type != type; });
    }
    listing::sort<WorkflowStatus>(
        ctx, items,
        {{u"name"_s, listing::byName<WorkflowStatus>()},
         {u"type"_s, [](const WorkflowStatus &a, const WorkflowStatus &b) {
              return listing::compareText(a.type, b.type);
          }}});
    return HttpResponse::json(200, listing::envelope(ctx, items, [&ctx](const WorkflowStatus &s) {
                                  return ctx.json.workflowStatus(s);
                              }));
}

HttpResponse createWorkflowStatus(RequestContext &ctx)
{
    if (!ctx.access.canManageSettings())
        throwForbidden();
    const QJsonObject body = ctx.bodyObject();
    WorkflowStatus status;
    status.name = listing::validName(body, true);
    status.type = statusType(body, true);
    requireUniqueStatusName(ctx.data, status.name, 0);
    status.id = ctx.data.nextId();
    ctx.data.workflowStatuses[status.id] = status;
    ctx.markChanged();
    return HttpResponse::json(200, ctx.json.workflowStatus(status));
}

HttpResponse updateWorkflowStatus(RequestContext &ctx)
{
    const int id = ctx.idArg(0, u"Workflow status"_s);
    WorkflowStatus &status =
        listing::findOr404(ctx.data.workflowStatuses, id, u"Workflow status"_s);
    if (!ctx.access.canManageSettings())
        throwForbidden();
    const QJsonObject body = ctx.bodyObject();
    const QString name = listing::validName(body, false);
    const QString type = statusType(body, false);
    if (!name.isEmpty()) {
        requireUniqueStatusName(ctx.data, name, id);
        status.name = name;
    }
    if (!type.isEmpty() && type != status.type) {
        int sameType = 0;
        for (const auto &[otherId, other] : ctx.data.workflowStatuses)
            sameType += other.type == status.type ? 1 : 0;
        if (sameType <= 1)
            throwBadRequest(u"api.error.last_workflow_status"_s,
                            u"The last status of its type cannot change type"_s, u"type"_s);
        status.type = type;
    }
    ctx.markChanged();
    return HttpResponse::json(200, ctx.json.workflowStatus(status));
}

HttpResponse deleteWorkflowStatus(RequestContext &ctx)
{
    const int id = ctx.idArg(0, u"Workflow status"_s);
    const WorkflowStatus &status =
        listing::findOr404(ctx.data.workflowStatuses, id, u"Workflow status"_s);
    if (!ctx.access.canManageSettings())
        throwForbidden();
    const QJsonObject allowed =
        ctx.json.workflowStatus(status).value(u"allowedActions"_s).toObject();
    if (!allowed.value(u"canDelete"_s).toBool())
        throwBadRequest(u"api.error.workflow_status_in_use"_s,
                        u"The status is in use by tasks or is the last status of its type"_s);
    ctx.data.workflowStatuses.erase(id);
    ctx.markChanged();
    return HttpResponse::noContent();
}

} // namespace

void registerReferenceRoutes(Router &router)
{
    router.add("GET", u"/departments"_s, listDepartments);
    router.add("GET", u"/departments/{id}"_s, [](RequestContext &ctx) {
        return HttpResponse::json(
            200,
            ctx.json.department(listing::findOr404(
                ctx.data.departments, ctx.idArg(0, u"Department"_s), u"Department"_s)));
    });
    router.add("GET", u"/timeZoneGroups"_s, listTimeZoneGroups);
    router.add("GET", u"/timeZoneGroups/default"_s, defaultTimeZoneGroup);
    router.add("GET", u"/timeZoneGroups/{id}"_s, [](RequestContext &ctx) {
        return HttpResponse::json(200,
                                  ctx.json.timeZoneGroup(listing::findOr404(
                                      ctx.data.timeZoneGroups, ctx.idArg(0, u"Time zone group"_s),
                                      u"Time zone group"_s)));
    });
    router.add("GET", u"/typesOfWork"_s, listTypesOfWork);
    router.add("GET", u"/typesOfWork/default"_s, defaultTypeOfWork);
    router.add("GET", u"/typesOfWork/{id}"_s, [](RequestContext &ctx) {
        return HttpResponse::json(
            200,
            ctx.json.typeOfWork(listing::findOr404(
                ctx.data.typesOfWork, ctx.idArg(0, u"Type of work"_s), u"Type of work"_s)));
    });
    router.add("GET", u"/leaveTypes"_s, listLeaveTypes);
    router.add("GET", u"/leaveTypes/{id}"_s, [](RequestContext &ctx) {
        return HttpResponse::json(
            200,
            ctx.json.leaveType(listing::findOr404(ctx.data.leaveTypes,
                                                  ctx.idArg(0, u"Leave type"_s), u"Leave type"_s)));
    });
    router.add("GET", u"/workflowStatuses"_s, listWorkflowStatuses);
    router.add("POST", u"/workflowStatuses"_s, createWorkflowStatus);
    router.add("GET", u"/workflowStatuses/{id}"_s, [](RequestContext &ctx) {
        return HttpResponse::json(200,
                                  ctx.json.workflowStatus(listing::findOr404(
                                      ctx.data.workflowStatuses, ctx.idArg(0, u"Workflow status"_s),
                                      u"Workflow status"_s)));
    });
    router.add("PATCH", u"/workflowStatuses/{id}"_s, updateWorkflowStatus);
    router.add("DELETE", u"/workflowStatuses/{id}"_s, deleteWorkflowStatus);
}

void registerInfoRoutes(Router &router)
{
    router.add("GET", u"/info"_s,
               [](RequestContext &ctx) { return HttpResponse::json(200, ctx.json.info()); });
}

} // namespace emu
