#include "daterange.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace emu::daterange {

namespace {
std::vector<int> selectUsers(const RequestContext &ctx)
{
    std::vector<int> ids;
    if (ctx.query.has(u"userIds"_s)) {
        for (const int id : ctx.query.ids(u"userIds"_s)) {
            // An unknown id is a filter that matches nothing, as with ids= on the catalogue lists.
            const User *user = ctx.data.findUser(id);
            if (!user)
                continue;
            if (!ctx.access.canSeeUsersTime(*user))
                throwForbidden(u"You do not have permission to see the time of user %1"_s.arg(id));
            ids.push_back(id);
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    } else {
        for (const auto &[id, user] : ctx.data.users) {
            if (ctx.access.canSeeUsersTime(user))
                ids.push_back(id); // std::map: already sorted
        }
    }
    return ids;
}
} // namespace

Query parseQuery(const RequestContext &ctx)
{
    Query q;
    if (ctx.query.value(u"dateFrom"_s).isEmpty())
        throwBadRequest(u"api.error.mandatory_field"_s, u"Mandatory field is not specified"_s,
                        u"dateFrom"_s);
    q.from = *ctx.query.date(u"dateFrom"_s, ctx.today());
    q.to = ctx.query.date(u"dateTo"_s, ctx.today());
    if (q.to && *q.to < q.from)
        throwBadRequest(u"api.error.invalid_value"_s, u"dateTo must not be before dateFrom"_s,
                        u"dateTo"_s);
    q.stopAfter = ctx.query.integer(u"stopAfter"_s, 0, 1, std::numeric_limits<int>::max());
    q.userIds = selectUsers(ctx);
    return q;
}

QJsonObject envelope(const Window &window, const QJsonArray &data)
{
    QJsonObject o{{u"dateFrom"_s, window.from.toString(Qt::ISODate)},
                  {u"dateTo"_s, window.to.toString(Qt::ISODate)},
                  {u"data"_s, data}};
    if (window.nextFrom)
        o.insert(u"nextDateFrom"_s, window.nextFrom->toString(Qt::ISODate));
    return o;
}

void addUserMaps(const RequestContext &ctx, QJsonObject &body, const std::set<int> &userIds,
                 const QSet<QString> &include, const QString &timeZoneGroupKey)
{
    if (include.contains(u"users"_s))
        body.insert(u"users"_s, idMap(userIds, ctx.data.users, [&ctx](const User &u) {
                        return ctx.json.user(u);
                    }));
    std::set<int> departments;
    std::set<int> groups;
    for (const int id : userIds) {
        if (const User *user = ctx.data.findUser(id)) {
            departments.insert(user->departmentId);
            groups.insert(user->timeZoneGroupId);
        }
    }
    if (include.contains(u"departments"_s))
        body.insert(u"departments"_s,
                    idMap(departments, ctx.data.departments,
                          [&ctx](const Department &d) { return ctx.json.department(d); }));
    if (include.contains(u"timeZoneGroups"_s))
        body.insert(timeZoneGroupKey,
                    idMap(groups, ctx.data.timeZoneGroups,
                          [&ctx](const TimeZoneGroup &g) { return ctx.json.timeZoneGroup(g); }));
}

const User &pathUser(const RequestContext &ctx, int index)
{
    const User *user = ctx.data.findUserByRef(ctx.args.value(index));
    if (!user)
        throwNotFound(u"User"_s);
    return *user;
}

QDate pathDate(const RequestContext &ctx, int index)
{
    return QueryParams::parseDate(ctx.args.value(index), ctx.today(), u"date"_s);
}

int integerField(const QJsonObject &body, const QString &name, int min, int max)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull())
        throwBadRequest(u"api.error.mandatory_field"_s, u"Mandatory field is not specified"_s,
                        name);
    // JSON has one number type; an integer field refuses fractions and anything not a number.
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number)
        throwBadRequest(u"api.error.cannot_parse_body"_s,
                        u"Field '%1' must be an integer number of minutes"_s.arg(name), name);
    if (number < min || number > max)
        throwBadRequest(u"api.error.invalid_value"_s,
                        u"Field '%1' must be between %2 and %3"_s.arg(name).arg(min).arg(max),
                        name);
    return int(number);
}

void requireModifiable(const RequestContext &ctx, const User &user)
{
    if (!ctx.access.canModifyUsersTime(user))
        throwForbidden(u"You do not have permission to modify the time of this user"_s);
}

void requireOpenDay(const RequestContext &ctx, const User &user, const QDate &date)
{
    const DayKey key = dayKey(date, user.id);
    if (ctx.data.lockedDays.contains(key))
        throw ApiException{
            403,
            u"api.error.timetrack_locked"_s,
            u"Time-track of %1 for %2 is locked"_s.arg(user.fullName(), date.toString(Qt::ISODate)),
            {}};
    if (ctx.data.approvedDays.contains(key))
        throw ApiException{403,
                           u"api.error.timetrack_approved"_s,
                           u"Time-track of %1 for %2 is approved and cannot be modified"_s.arg(
                               user.fullName(), date.toString(Qt::ISODate)),
                           {}};
}

void requireDayTotal(int total, const QString &field)
{
    if (total > 24 * 60)
        throwBadRequest(u"api.error.day_limit_exceeded"_s,
                        u"The total of a day cannot exceed 24 hours (1440 minutes)"_s, field);
}

} // namespace emu::daterange
