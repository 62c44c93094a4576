// Projects: list (with includeReferenced=customers), get, create, update (incl. moving to
// another customer), delete (with cascade).
#include "handlers_scope.h"

using namespace Qt::StringLiterals;

namespace emu::scope {

namespace {

const QString kProject = u"Project"_s;

// Project names are unique within their customer, ignoring case.
void requireUniqueName(const Dataset &data, int customerId, const QString &name, int exceptId)
{
    for (const auto &[id, project] : data.projects) {
        if (id != exceptId && project.customerId == customerId
            && project.name.compare(name, Qt::CaseInsensitive) == 0)
            throwBadRequest(u"api.error.project_exists"_s,
                            u"Project with specified name already exists"_s, u"name"_s);
    }
}

void requireCustomer(const Dataset &data, int customerId)
{
    if (!data.customers.contains(customerId))
        invalidValue(u"Customer with id %1 does not exist"_s.arg(customerId), u"customerId"_s);
}

HttpResponse listProjects(RequestContext &ctx)
{
    const QSet<QString> include = ctx.query.includeReferenced({u"customers"_s});
    auto items = listing::all(ctx.data.projects);
    std::erase_if(items, [&ctx](const Project *p) { return !ctx.access.canSeeProject(*p); });
    listing::filterByIds(ctx, items);
    if (ctx.query.has(u"customerIds"_s)) {
        const QList<int> customerIds = ctx.query.ids(u"customerIds"_s);
        std::erase_if(items,
                      [&](const Project *p) { return !customerIds.contains(p->customerId); });
    }
    listing::filterByText(ctx, items);
    listing::filterByBool(ctx, u"archived"_s, items, [](const Project &p) { return p.archived; });
    listing::sort<Project>(ctx, items,
                           {{u"name"_s, listing::byName<Project>()},
                            {u"created"_s, [](const Project &a, const Project &b) {
                                 return listing::compareNumber(a.created, b.created);
                             }}});
    QJsonObject out =
        listing::envelope(ctx, items, [&ctx](const Project &p) { return ctx.json.project(p); });
    if (include.contains(u"customers"_s)) {
        std::set<int> customerIds;
        for (const Project *p : pageItems(ctx, items))
            customerIds.insert(p->customerId);
        out.insert(u"customers"_s,
                   referencedMap(customerIds, ctx.data.customers,
                                 [&ctx](const Customer &c) { return ctx.json.customer(c); }));
    }
    return HttpResponse::json(200, out);
}

HttpResponse getProject(RequestContext &ctx)
{
    const Project &project =
        listing::findOr404(ctx.data.projects, ctx.idArg(0, kProject), kProject);
    if (!ctx.access.canSeeProject(project))
        throwNotFound(kProject);
    return HttpResponse::json(200, ctx.json.project(project));
}

HttpResponse createProject(RequestContext &ctx)
{
    requireManage(ctx);
    const QJsonObject body = ctx.bodyObject();
    Project project;
    project.customerId = requiredId(body, u"customerId"_s);
    project.name = listing::validName(body, true);
    project.description = optionalText(body, u"description"_s).value_or(QString());
    project.archived = optionalBool(body, u"archived"_s).value_or(false);
    requireCustomer(ctx.data, project.customerId);
    requireUniqueName(ctx.data, project.customerId, project.name, 0);
    project.id = ctx.data.nextId();
    project.created = ctx.clock.nowMs();
    ctx.data.projects[project.id] = project;
    ctx.markChanged();
    return HttpResponse::json(200, ctx.json.project(project));
}

HttpResponse updateProject(RequestContext &ctx)
{
    const int id = ctx.idArg(0, kProject);
    Project &project = listing::findOr404(ctx.data.projects, id, kProject);
    requireManage(ctx);
    const QJsonObject body = ctx.bodyObject();
    // Validate everything before changing anything, so a refused request leaves no trace.
    const IntField customerId = intField(body, u"customerId"_s);
    if (customerId.isNull)
        missingField(u"customerId"_s);
    const QString name = listing::validName(body, false);
    const std::optional<QString> description = optionalText(body, u"description"_s);
    const std::optional<bool> archived = optionalBool(body, u"archived"_s);
    const int targetCustomer = customerId.present ? customerId.value : project.customerId;
    requireCustomer(ctx.data, targetCustomer);
    // A move or a rename must not collide with a project of the target customer.
    requireUniqueName(ctx.data, targetCustomer, name.isNull() ? project.name : name, id);

    project.customerId = targetCustomer;
    if (!name.isNull())
        project.name = name;
    if (description)
        project.description = *description;
    if (archived)
        project.archived = *archived;
    ctx.markChanged();
    return HttpResponse::json(200, ctx.json.project(project));
}

HttpResponse deleteProjectRoute(RequestContext &ctx)
{
    const int id = ctx.idArg(0, kProject);
    listing::findOr404(ctx.data.projects, id, kProject);
    requireManage(ctx);
    deleteProject(ctx.data, id);
    ctx.markChanged();
    return HttpResponse::noContent();
}

} // namespace

void registerProjectRoutes(Router &router)
{
    router.add("GET", u"/projects"_s, listProjects);
    router.add("POST", u"/projects"_s, createProject);
    router.add("GET", u"/projects/{id}"_s, getProject);
    router.add("PATCH", u"/projects/{id}"_s, updateProject);
    router.add("DELETE", u"/projects/{id}"_s, deleteProjectRoute);
}

} // namespace emu::scope
