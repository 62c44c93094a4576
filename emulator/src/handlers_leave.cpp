// Leave time: GET /leavetime (date-range envelope, flat data) and setting / adjusting one user's
// leave of one type on one day. See shared/actitime-api.md §5 and emulator/notes-timetrack.md.
#include "daterange.h"
#include "listing.h"

using namespace Qt::StringLiterals;

namespace emu {

namespace {

HttpResponse listLeaveTime(RequestContext &ctx)
{
    const daterange::Query q = daterange::parseQuery(ctx);
    const QSet<QString> include = ctx.query.includeReferenced(
        {u"users"_s, u"departments"_s, u"timeZoneGroups"_s, u"leaveTypes"_s});
    std::optional<QSet<int>> typeIds;
    if (ctx.query.has(u"leaveTypeIds"_s)) {
        const QList<int> ids = ctx.query.ids(u"leaveTypeIds"_s);
        typeIds = QSet<int>(ids.begin(), ids.end());
    }

    QJsonArray data;
    std::set<int> users;
    std::set<int> types;
    const daterange::Window window = daterange::walk(
        ctx.data.leave, q, [&](const DayKey &key, const std::map<int, int> &leave, int dayOffset) {
            int count = 0;
            const QString date = QDate::fromJulianDay(key.first).toString(Qt::ISODate);
            for (const auto &[typeId, minutes] : leave) {
                if (typeIds && !typeIds->contains(typeId))
                    continue;
                data.append(QJsonObject{{u"userId"_s, key.second},
                                        {u"date"_s, date},
                                        {u"dayOffset"_s, dayOffset},
                                        {u"leaveTypeId"_s, typeId},
                                        {u"leaveTime"_s, minutes}});
                types.insert(typeId);
                ++count;
            }
            if (count > 0)
                users.insert(key.second);
            return count;
        });

    QJsonObject body = daterange::envelope(window, data);
    daterange::addUserMaps(ctx, body, users, include, u"timeZoneGroups"_s);
    if (include.contains(u"leaveTypes"_s))
        body.insert(u"leaveTypes"_s,
                    daterange::idMap(types, ctx.data.leaveTypes,
                                     [&ctx](const LeaveType &l) { return ctx.json.leaveType(l); }));
    return HttpResponse::json(200, body);
}

// The cell named by /leavetime/{userId}/{date}/{leaveTypeId}.
struct Target
{
    const User &user;
    QDate date;
    const LeaveType &type;
};

Target target(RequestContext &ctx)
{
    const User &user = daterange::pathUser(ctx, 0);
    const QDate date = daterange::pathDate(ctx, 1);
    const LeaveType &type =
        listing::findOr404(ctx.data.leaveTypes, ctx.idArg(2, u"Leave type"_s), u"Leave type"_s);
    daterange::requireModifiable(ctx, user);
    return {user, date, type};
}

int currentLeave(const Dataset &data, const Target &t)
{
    const auto day = data.leave.find(dayKey(t.date, t.user.id));
    if (day == data.leave.end())
        return 0;
    const auto it = day->second.find(t.type.id);
    return it == day->second.end() ? 0 : it->second;
}

// Checks every rule for writing `minutes` of leave on the target, stores it (0 removes the entry,
// and the day once it has none) and answers the resulting cell.
HttpResponse store(RequestContext &ctx, const Target &t, int minutes)
{
    if (t.type.archived)
        throwBadRequest(u"api.error.leave_type_archived"_s,
                        u"Leave time cannot be registered with an archived leave type"_s,
                        u"leaveTypeId"_s);
    daterange::requireOpenDay(ctx, t.user, t.date);

    const DayKey key = dayKey(t.date, t.user.id);
    auto day = ctx.data.leave.find(key);
    int total = minutes;
    if (day != ctx.data.leave.end()) {
        for (const auto &[typeId, other] : day->second)
            total += typeId == t.type.id ? 0 : other;
    }
    daterange::requireDayTotal(total, u"leaveTime"_s);

    if (minutes == 0) {
        if (day != ctx.data.leave.end()) {
            day->second.erase(t.type.id);
            if (day->second.empty())
                ctx.data.leave.erase(day);
        }
    } else {
        ctx.data.leave[key][t.type.id] = minutes;
    }
    ctx.markChanged();
    return HttpResponse::json(200,
                              QJsonObject{{u"userId"_s, t.user.id},
                                          {u"date"_s, t.date.toString(Qt::ISODate)},
                                          {u"leaveTypeId"_s, t.type.id},
                                          {u"leaveTime"_s, minutes}});
}

HttpResponse setLeave(RequestContext &ctx)
{
    const Target t = target(ctx);
    return store(ctx, t, daterange::integerField(ctx.bodyObject(), u"leaveTime"_s, 0, 24 * 60));
}

HttpResponse adjustLeave(RequestContext &ctx)
{
    const Target t = target(ctx);
    const int delta = daterange::integerField(ctx.bodyObject(), u"delta"_s, -24 * 60, 24 * 60);
    const int minutes = currentLeave(ctx.data, t) + delta;
    if (minutes < 0 || minutes > 24 * 60)
        throwBadRequest(u"api.error.invalid_value"_s,
                        u"The resulting leave time must be between 0 and 1440 minutes"_s,
                        u"delta"_s);
    return store(ctx, t, minutes);
}

} // namespace

void registerLeaveRoutes(Router &router)
{
    router.add("GET", u"/leavetime"_s, listLeaveTime);
    router.add("PATCH", u"/leavetime/{userId}/{date}/{leaveTypeId}"_s, setLeave);
    router.add("PATCH", u"/leavetime/{userId}/{date}/{leaveTypeId}/time"_s, adjustLeave);
}

} // namespace emu
