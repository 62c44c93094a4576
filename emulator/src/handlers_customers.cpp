// Customers: list, get, create, update, delete (with cascade).
#include "handlers_scope.h"

using namespace Qt::StringLiterals;

namespace emu::scope {

namespace {

const QString kCustomer = u"Customer"_s;

// Customer names are unique across the installation, ignoring case.
void requireUniqueName(const Dataset &data, const QString &name, int exceptId)
{
    for (const auto &[id, customer] : data.customers) {
        if (id != exceptId && customer.name.compare(name, Qt::CaseInsensitive) == 0)
            throwBadRequest(u"api.error.customer_exists"_s,
                            u"Customer with specified name already exists"_s, u"name"_s);
    }
}

HttpResponse listCustomers(RequestContext &ctx)
{
    auto items = listing::all(ctx.data.customers);
    std::erase_if(items, [&ctx](const Customer *c) { return !ctx.access.canSeeCustomer(*c); });
    listing::filterByIds(ctx, items);
    listing::filterByText(ctx, items);
    listing::filterByBool(ctx, u"archived"_s, items, [](const Customer &c) { return c.archived; });
    listing::sort<Customer>(ctx, items,
                            {{u"name"_s, listing::byName<Customer>()},
                             {u"created"_s, [](const Customer &a, const Customer &b) {
                                  return listing::compareNumber(a.created, b.created);
                              }}});
    return HttpResponse::json(200, listing::envelope(ctx, items, [&ctx](const Customer &c) {
                                  return ctx.json.customer(c);
                              }));
}

HttpResponse getCustomer(RequestContext &ctx)
{
    const Customer &customer =
        listing::findOr404(ctx.data.customers, ctx.idArg(0, kCustomer), kCustomer);
    if (!ctx.access.canSeeCustomer(customer))
        throwNotFound(kCustomer);
    return HttpResponse::json(200, ctx.json.customer(customer));
}

HttpResponse createCustomer(RequestContext &ctx)
{
    requireManage(ctx);
    const QJsonObject body = ctx.bodyObject();
    Customer customer;
    customer.name = listing::validName(body, true);
    customer.description = optionalText(body, u"description"_s).value_or(QString());
    customer.archived = optionalBool(body, u"archived"_s).value_or(false);
    requireUniqueName(ctx.data, customer.name, 0);
    customer.id = ctx.data.nextId();
    customer.created = ctx.clock.nowMs();
    ctx.data.customers[customer.id] = customer;
    ctx.markChanged();
    return HttpResponse::json(200, ctx.json.customer(customer));
}

HttpResponse updateCustomer(RequestContext &ctx)
{
    const int id = ctx.idArg(0, kCustomer);
    Customer &customer = listing::findOr404(ctx.data.customers, id, kCustomer);
    requireManage(ctx);
    const QJsonObject body = ctx.bodyObject();
    // Validate everything before changing anything, so a refused request leaves no trace.
    const QString name = listing::validName(body, false);
    const std::optional<QString> description = optionalText(body, u"description"_s);
    const std::optional<bool> archived = optionalBool(body, u"archived"_s);
    if (!name.isNull())
        requireUniqueName(ctx.data, name, id);

    if (!name.isNull())
        customer.name = name;
    if (description)
        customer.description = *description;
    if (archived)
        customer.archived = *archived;
    ctx.markChanged();
    return HttpResponse::json(200, ctx.json.customer(customer));
}

HttpResponse deleteCustomerRoute(RequestContext &ctx)
{
    const int id = ctx.idArg(0, kCustomer);
    listing::findOr404(ctx.data.customers, id, kCustomer);
    requireManage(ctx);
    deleteCustomer(ctx.data, id);
    ctx.markChanged();
    return HttpResponse::noContent();
}

} // namespace

void registerCustomerRoutes(Router &router)
{
    router.add("GET", u"/customers"_s, listCustomers);
    router.add("POST", u"/customers"_s, createCustomer);
    router.add("GET", u"/customers/{id}"_s, getCustomer);
    router.add("PATCH", u"/customers/{id}"_s, updateCustomer);
    router.add("DELETE", u"/customers/{id}"_s, deleteCustomerRoute);
}

} // namespace emu::scope
