// Cost-of-work rates: per user a history of dated rate periods (shape chosen by the emulator; see
// emulator/notes-users.md). Read by administrators (everybody) and managers (their team); written
// by administrators, one user's whole history at a time.
#include "listing.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace emu {

namespace {

const User &userByRef(const RequestContext &ctx)
{
    const User *user = ctx.data.findUserByRef(ctx.args.value(0));
    if (!user)
        throwNotFound(u"User"_s);
    return *user;
}

QJsonObject ratesOf(const RequestContext &ctx, const User &user)
{
    const auto it = ctx.data.userRates.find(user.id);
    return ctx.json.userRates(user.id,
                              it == ctx.data.userRates.end() ? QList<RatePeriod>() : it->second);
}

HttpResponse listRates(RequestContext &ctx)
{
    // Only account and cost managers see rates at all; an employee is refused rather than given
    // an empty list.
    if (!ctx.access.isAdmin() && !ctx.access.isManager())
        throwForbidden();
    std::vector<const User *> users;
    for (const auto &[id, user] : ctx.data.users) {
        if (ctx.access.canSeeRatesOf(user))
            users.push_back(&user);
    }
    if (ctx.query.has(u"userIds"_s)) {
        const QList<int> ids = ctx.query.ids(u"userIds"_s);
        std::erase_if(users, [&ids](const User *u) { return !ids.contains(u->id); });
    }
    return HttpResponse::json(
        200, listing::envelope(ctx, users, [&ctx](const User &u) { return ratesOf(ctx, u); }));
}

HttpResponse getRates(RequestContext &ctx)
{
    const User &user = userByRef(ctx);
    if (!ctx.access.canSeeRatesOf(user))
        throwForbidden();
    return HttpResponse::json(200, ratesOf(ctx, user));
}

// --- PUT validation

[[noreturn]] void badField(const QString &field, const QString &message)
{
    throwBadRequest(u"api.error.invalid_value"_s, message, field);
}

// A rate: a non-negative number, or null / absent (= no rate) when nullable.
std::optional<double> rateValue(const QJsonObject &o, const QString &key, const QString &field,
                                bool nullable)
{
    const QJsonValue v = o.value(key);
    if (nullable && (v.isNull() || v.isUndefined()))
        return std::nullopt;
    if (v.isNull() || v.isUndefined())
        throwBadRequest(u"api.error.mandatory_field"_s, u"Mandatory field is not specified"_s,
                        field);
    if (!v.isDouble() || v.toDouble() < 0 || !std::isfinite(v.toDouble()))
        badField(field,
                 u"Field '%1' must be a non-negative number%2"_s.arg(
                     field, nullable ? u" or null"_s : QString()));
    return v.toDouble();
}

QList<LeaveRate> leaveRates(const Dataset &data, const QJsonObject &period, const QString &prefix)
{
    QList<LeaveRate> out;
    const QJsonValue v = period.value(u"leaveRates"_s);
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray())
        badField(prefix + u"leaveRates"_s, u"Field '%1leaveRates' must be an array"_s.arg(prefix));
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = u"%1leaveRates[%2]."_s.arg(prefix).arg(i);
        if (!array.at(i).isObject())
            badField(at.chopped(1), u"Each leave rate must be an object"_s);
        const QJsonObject o = array.at(i).toObject();
        const QJsonValue idValue = o.value(u"leaveTypeId"_s);
        if (idValue.isUndefined() || idValue.isNull())
            throwBadRequest(u"api.error.mandatory_field"_s, u"Mandatory field is not specified"_s,
                            at + u"leaveTypeId"_s);
        const double id = idValue.toDouble();
        // In range before the cast: a double outside int is undefined behaviour.
        if (!idValue.isDouble()
            || !(id >= std::numeric_limits<int>::min() && id <= std::numeric_limits<int>::max())
            || id != std::trunc(id) || !data.leaveTypes.contains(int(id)))
            badField(at + u"leaveTypeId"_s, u"Leave type with specified id does not exist"_s);
        for (const LeaveRate &seen : out) {
            if (seen.leaveTypeId == int(id))
                badField(at + u"leaveTypeId"_s,
                         u"Leave type %1 is given more than once in one period"_s.arg(int(id)));
        }
        out.append({int(id), *rateValue(o, u"rate"_s, at + u"rate"_s, false)});
    }
    return out;
}

QList<RatePeriod> parseRates(const Dataset &data, const QJsonObject &body)
{
    const QJsonValue v = body.value(u"rates"_s);
    if (v.isUndefined() || v.isNull())
        throwBadRequest(u"api.error.mandatory_field"_s, u"Mandatory field is not specified"_s,
                        u"rates"_s);
    if (!v.isArray())
        badField(u"rates"_s, u"Field 'rates' must be an array of rate periods"_s);
    QList<RatePeriod> periods;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = u"rates[%1]."_s.arg(i);
        if (!array.at(i).isObject())
            badField(prefix.chopped(1), u"Each rate period must be an object"_s);
        const QJsonObject o = array.at(i).toObject();
        RatePeriod period;
        const QJsonValue from = o.value(u"dateFrom"_s);
        if (from.isUndefined() || from.isNull())
            throwBadRequest(u"api.error.mandatory_field"_s, u"Mandatory field is not specified"_s,
                            prefix + u"dateFrom"_s);
        const QString text = from.toString();
        period.dateFrom = QDate::fromString(text, Qt::ISODate);
        if (!from.isString() || text.size() != 10 || !period.dateFrom.isValid()
            || period.dateFrom < QDate(1970, 1, 1) || period.dateFrom > QDate(3000, 12, 31))
            throwBadRequest(u"api.error.invalid_date"_s,
                            u"Field '%1dateFrom' must be a date YYYY-MM-DD"_s.arg(prefix),
                            prefix + u"dateFrom"_s);
        for (const RatePeriod &seen : periods) {
            if (seen.dateFrom == period.dateFrom)
                badField(prefix + u"dateFrom"_s, u"Two rate periods start on %1"_s.arg(text));
        }
        period.regularRate = rateValue(o, u"regularRate"_s, prefix + u"regularRate"_s, true);
        period.overtimeRate = rateValue(o, u"overtimeRate"_s, prefix + u"overtimeRate"_s, true);
        period.leaveRates = leaveRates(data, o, prefix);
        periods.append(period);
    }
    std::sort(periods.begin(), periods.end(),
              [](const RatePeriod &a, const RatePeriod &b) { return a.dateFrom < b.dateFrom; });
    return periods;
}

HttpResponse putRates(RequestContext &ctx)
{
    const User &user = userByRef(ctx);
    if (!ctx.access.canEditRates())
        throwForbidden();
    const QList<RatePeriod> periods = parseRates(ctx.data, ctx.bodyObject());
    // The body replaces the whole history; an empty list clears it.
    if (periods.isEmpty())
        ctx.data.userRates.erase(user.id);
    else
        ctx.data.userRates[user.id] = periods;
    ctx.markChanged();
    return HttpResponse::json(200, ratesOf(ctx, user));
}

} // namespace

void registerRatesRoutes(Router &router)
{
    router.add("GET", u"/userRates"_s, listRates);
    router.add("GET", u"/userRates/{uid}"_s, getRates);
    router.add("PUT", u"/userRates/{uid}"_s, putRates);
}

} // namespace emu
