// Time-track: GET /timetrack (date-range envelope), one record (GET, set, adjust by delta) and
// POST /timetrack/lock|unlock. See shared/actitime-api.md §4 and emulator/notes-timetrack.md.
#include "daterange.h"
#include "listing.h"

using namespace Qt::StringLiterals;

namespace emu {

namespace {

std::optional<QSet<int>> idFilter(const RequestContext &ctx, const QString &name)
{
    if (!ctx.query.has(name))
        return std::nullopt;
    const QList<int> ids = ctx.query.ids(name);
    return QSet<int>(ids.begin(), ids.end());
}

QJsonValue commentValue(const QString &comment)
{
    return comment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(comment);
}

// The scope-of-work maps of the tasks in the answer.
void addScopeMaps(const RequestContext &ctx, QJsonObject &body, const std::set<int> &taskIds,
                  const QSet<QString> &include)
{
    std::set<int> projects, customers, typesOfWork, statuses;
    for (const int id : taskIds) {
        const Task *task = ctx.data.findTask(id);
        if (!task)
            continue;
        projects.insert(task->projectId);
        typesOfWork.insert(task->typeOfWorkId);
        statuses.insert(task->workflowStatusId);
        const auto project = ctx.data.projects.find(task->projectId);
        if (project != ctx.data.projects.end())
            customers.insert(project->second.customerId);
    }
    const EntityJson &json = ctx.json;
    if (include.contains(u"tasks"_s))
        body.insert(u"tasks"_s, daterange::idMap(taskIds, ctx.data.tasks, [&json](const Task &t) {
                        return json.task(t);
                    }));
    if (include.contains(u"projects"_s))
        body.insert(u"projects"_s,
                    daterange::idMap(projects, ctx.data.projects,
                                     [&json](const Project &p) { return json.project(p); }));
    if (include.contains(u"customers"_s))
        body.insert(u"customers"_s,
                    daterange::idMap(customers, ctx.data.customers,
                                     [&json](const Customer &c) { return json.customer(c); }));
    if (include.contains(u"typesOfWork"_s))
        body.insert(u"typesOfWork"_s,
                    daterange::idMap(typesOfWork, ctx.data.typesOfWork,
                                     [&json](const TypeOfWork &t) { return json.typeOfWork(t); }));
    if (include.contains(u"workflowStatuses"_s))
        body.insert(
            u"workflowStatuses"_s,
            daterange::idMap(statuses, ctx.data.workflowStatuses,
                             [&json](const WorkflowStatus &s) { return json.workflowStatus(s); }));
}

HttpResponse listTimetrack(RequestContext &ctx)
{
    const daterange::Query q = daterange::parseQuery(ctx);
    const QSet<QString> include =
        ctx.query.includeReferenced({u"users"_s, u"departments"_s, u"timeZoneGroups"_s, u"tasks"_s,
                                     u"projects"_s, u"customers"_s, u"typesOfWork"_s,
                                     u"workflowStatuses"_s, u"comments"_s, u"approvalStatus"_s});
    const std::optional<QSet<int>> taskIds = idFilter(ctx, u"taskIds"_s);
    const std::optional<QSet<int>> projectIds = idFilter(ctx, u"projectIds"_s);
    const std::optional<QSet<int>> customerIds = idFilter(ctx, u"customerIds"_s);
    const std::optional<bool> approved = ctx.query.boolean(u"approved"_s);
    const bool withComments = include.contains(u"comments"_s);
    const bool withApproval = include.contains(u"approvalStatus"_s);
    const Dataset &data = ctx.data;

    const auto taskMatches = [&](int taskId) {
        if (taskIds && !taskIds->contains(taskId))
            return false;
        if (!projectIds && !customerIds)
            return true;
        const Task *task = data.findTask(taskId);
        if (!task || (projectIds && !projectIds->contains(task->projectId)))
            return false;
        if (customerIds) {
            const auto project = data.projects.find(task->projectId);
            return project != data.projects.end()
                && customerIds->contains(project->second.customerId);
        }
        return true;
    };

    QJsonArray days;
    std::set<int> users;
    std::set<int> tasks;
    const daterange::Window window = daterange::walk(
        data.timetrack, q,
        [&](const DayKey &key, const std::map<int, TimeRecord> &records, int dayOffset) {
            const bool dayApproved = data.approvedDays.contains(key);
            if (approved && *approved != dayApproved)
                return 0;
            QJsonArray out;
            for (const auto &[taskId, record] : records) {
                if (!taskMatches(taskId))
                    continue;
                QJsonObject r{{u"taskId"_s, taskId}, {u"time"_s, record.time}};
                if (withComments)
                    r.insert(u"comment"_s, commentValue(record.comment));
                out.append(r);
                tasks.insert(taskId);
            }
            if (out.isEmpty())
                return 0;
            QJsonObject day{{u"userId"_s, key.second},
                            {u"date"_s, QDate::fromJulianDay(key.first).toString(Qt::ISODate)},
                            {u"dayOffset"_s, dayOffset},
                            {u"records"_s, out}};
            if (withApproval)
                day.insert(u"approved"_s, dayApproved);
            days.append(day);
            users.insert(key.second);
            return int(out.size());
        });

    QJsonObject body = daterange::envelope(window, days);
    // The swagger-derived time-track model names this map in the singular (api.md §4.2).
    daterange::addUserMaps(ctx, body, users, include, u"timeZoneGroup"_s);
    addScopeMaps(ctx, body, tasks, include);
    return HttpResponse::json(200, body);
}

// The record named by /timetrack/{userId}/{date}/{taskId}.
struct Target
{
    const User &user;
    QDate date;
    const Task &task;
};

Target target(const RequestContext &ctx)
{
    const User &user = daterange::pathUser(ctx, 0);
    const QDate date = daterange::pathDate(ctx, 1);
    const Task *task = ctx.data.findTask(ctx.idArg(2, u"Task"_s));
    if (!task)
        throwNotFound(u"Task"_s);
    return {user, date, *task};
}

QJsonObject recordJson(int taskId, const TimeRecord &record)
{
    return {{u"taskId"_s, taskId},
            {u"time"_s, record.time},
            {u"comment"_s, commentValue(record.comment)}};
}

HttpResponse getRecord(RequestContext &ctx)
{
    const Target t = target(ctx);
    if (!ctx.access.canSeeUsersTime(t.user))
        throwForbidden(u"You do not have permission to see the time of this user"_s);
    const auto day = ctx.data.timetrack.find(dayKey(t.date, t.user.id));
    if (day == ctx.data.timetrack.end() || !day->second.contains(t.task.id))
        throwNotFound(u"Time-track record"_s);
    return HttpResponse::json(200, recordJson(t.task.id, day->second.at(t.task.id)));
}

// Checks every rule for writing `time` minutes on the target, then stores it (0 removes the
// record, and the day once it has none).
TimeRecord store(RequestContext &ctx, const Target &t, int time, const QString &comment)
{
    if (!ctx.access.isAssigned(t.user, t.task))
        throwForbidden(u"The task is not assigned to the user"_s);
    if (ctx.data.isTaskCompleted(t.task))
        throwBadRequest(u"api.error.task_completed"_s,
                        u"Time cannot be tracked on a completed task"_s, u"taskId"_s);
    daterange::requireOpenDay(ctx, t.user, t.date);

    const DayKey key = dayKey(t.date, t.user.id);
    auto day = ctx.data.timetrack.find(key);
    int total = time;
    if (day != ctx.data.timetrack.end()) {
        for (const auto &[taskId, record] : day->second)
            total += taskId == t.task.id ? 0 : record.time;
    }
    daterange::requireDayTotal(total, u"time"_s);

    const TimeRecord record{time, time == 0 ? QString() : comment};
    if (time == 0) {
        if (day != ctx.data.timetrack.end()) {
            day->second.erase(t.task.id);
            if (day->second.empty())
                ctx.data.timetrack.erase(day);
        }
    } else {
        ctx.data.timetrack[key][t.task.id] = record;
    }
    ctx.markChanged();
    return record;
}

HttpResponse setRecord(RequestContext &ctx)
{
    const Target t = target(ctx);
    daterange::requireModifiable(ctx, t.user);
    const QJsonObject body = ctx.bodyObject();
    const int time = daterange::integerField(body, u"time"_s, 0, 24 * 60);
    // Omitting the comment clears it, like null: a client must resend the comment to keep it.
    const QJsonValue comment = body.value(u"comment"_s);
    if (!comment.isUndefined() && !comment.isNull() && !comment.isString())
        throwBadRequest(u"api.error.cannot_parse_body"_s, u"Field 'comment' must be a string"_s,
                        u"comment"_s);
    return HttpResponse::json(200, recordJson(t.task.id, store(ctx, t, time, comment.toString())));
}

HttpResponse adjustRecord(RequestContext &ctx)
{
    const Target t = target(ctx);
    daterange::requireModifiable(ctx, t.user);
    const int delta = daterange::integerField(ctx.bodyObject(), u"delta"_s, -24 * 60, 24 * 60);
    TimeRecord current;
    const auto day = ctx.data.timetrack.find(dayKey(t.date, t.user.id));
    if (day != ctx.data.timetrack.end() && day->second.contains(t.task.id))
        current = day->second.at(t.task.id);
    const int time = current.time + delta;
    if (time < 0 || time > 24 * 60)
        throwBadRequest(u"api.error.invalid_value"_s,
                        u"The resulting time must be between 0 and 1440 minutes"_s, u"delta"_s);
    return HttpResponse::json(200, recordJson(t.task.id, store(ctx, t, time, current.comment)));
}

QDate bodyDate(const RequestContext &ctx, const QJsonObject &body, const QString &name)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull())
        throwBadRequest(u"api.error.mandatory_field"_s, u"Mandatory field is not specified"_s,
                        name);
    if (!value.isString())
        throwBadRequest(u"api.error.cannot_parse_body"_s,
                        u"Field '%1' must be a date (YYYY-MM-DD)"_s.arg(name), name);
    return QueryParams::parseDate(value.toString(), ctx.today(), name);
}

// POST /timetrack/lock and /unlock: body {"userIds"?: [..], "dateFrom", "dateTo"}; no userIds
// means every user, an empty array nobody. Locks cover time-track and leave time alike.
HttpResponse setLocked(RequestContext &ctx, bool locked)
{
    if (!ctx.access.canLockTimetrack())
        throwForbidden(u"Only an administrator may lock or unlock time-track"_s);
    const QJsonObject body = ctx.bodyObject();
    const QDate from = bodyDate(ctx, body, u"dateFrom"_s);
    const QDate to = bodyDate(ctx, body, u"dateTo"_s);
    if (to < from)
        throwBadRequest(u"api.error.invalid_value"_s, u"dateTo must not be before dateFrom"_s,
                        u"dateTo"_s);
    if (from.daysTo(to) + 1 > 366)
        throwBadRequest(u"api.error.invalid_value"_s, u"A lock range may cover at most 366 days"_s,
                        u"dateTo"_s);

    std::set<int> userIds;
    const QJsonValue requested = body.value(u"userIds"_s);
    if (requested.isUndefined() || requested.isNull()) {
        for (const auto &[id, user] : ctx.data.users)
            userIds.insert(id);
    } else if (!requested.isArray()) {
        throwBadRequest(u"api.error.cannot_parse_body"_s,
                        u"Field 'userIds' must be an array of user ids"_s, u"userIds"_s);
    } else {
        for (const QJsonValue &v : requested.toArray()) {
            const double id = v.toDouble();
            if (!v.isDouble() || std::trunc(id) != id)
                throwBadRequest(u"api.error.cannot_parse_body"_s,
                                u"Field 'userIds' must be an array of user ids"_s, u"userIds"_s);
            if (!ctx.data.findUser(int(id)))
                throwNotFound(u"User"_s);
            userIds.insert(int(id));
        }
    }

    QJsonArray ids;
    for (const int id : userIds) {
        ids.append(id);
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            if (locked)
                ctx.data.lockedDays.insert(dayKey(d, id));
            else
                ctx.data.lockedDays.erase(dayKey(d, id));
        }
    }
    ctx.markChanged();
    return HttpResponse::json(200,
                              QJsonObject{{u"userIds"_s, ids},
                                          {u"dateFrom"_s, from.toString(Qt::ISODate)},
                                          {u"dateTo"_s, to.toString(Qt::ISODate)},
                                          {u"locked"_s, locked}});
}

} // namespace

void registerTimetrackRoutes(Router &router)
{
    router.add("GET", u"/timetrack"_s, listTimetrack);
    router.add("POST", u"/timetrack/lock"_s,
               [](RequestContext &ctx) { return setLocked(ctx, true); });
    router.add("POST", u"/timetrack/unlock"_s,
               [](RequestContext &ctx) { return setLocked(ctx, false); });
    router.add("GET", u"/timetrack/{userId}/{date}/{taskId}"_s, getRecord);
    router.add("PATCH", u"/timetrack/{userId}/{date}/{taskId}"_s, setRecord);
    router.add("PATCH", u"/timetrack/{userId}/{date}/{taskId}/time"_s, adjustRecord);
}

} // namespace emu
