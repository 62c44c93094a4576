// Users: the directory (list, single, me), schedules, work assignments and account writes.
#include "listing.h"

#include <QJsonArray>
#include <QUuid>

#include <cmath>
#include <limits>
#include <set>

using namespace Qt::StringLiterals;

namespace emu {

namespace {

const QStringList kReferencable{u"departments"_s, u"timeZoneGroups"_s};
constexpr int kMaxScheduleDays = 366;

User &userByRef(RequestContext &ctx, int index)
{
    const User *user = ctx.data.findUserByRef(ctx.args.value(index));
    if (!user)
        throwNotFound(u"User"_s);
    return ctx.data.users.at(user->id);
}

// includeReferenced=departments,timeZoneGroups: maps keyed by string id holding only the objects
// the given users point at.
void addReferenced(const RequestContext &ctx, const std::vector<const User *> &users,
                   QJsonObject &out)
{
    const QSet<QString> include = ctx.query.includeReferenced(kReferencable);
    if (include.contains(u"departments"_s)) {
        QJsonObject map;
        for (const User *u : users) {
            const auto it = ctx.data.departments.find(u->departmentId);
            if (it != ctx.data.departments.end())
                map.insert(QString::number(it->first), ctx.json.department(it->second));
        }
        out.insert(u"departments"_s, map);
    }
    if (include.contains(u"timeZoneGroups"_s)) {
        QJsonObject map;
        for (const User *u : users) {
            const auto it = ctx.data.timeZoneGroups.find(u->timeZoneGroupId);
            if (it != ctx.data.timeZoneGroups.end())
                map.insert(QString::number(it->first), ctx.json.timeZoneGroup(it->second));
        }
        out.insert(u"timeZoneGroups"_s, map);
    }
}

template<typename Getter>
void filterByIdList(const RequestContext &ctx, const QString &param,
                    std::vector<const User *> &users, Getter getter)
{
    if (!ctx.query.has(param))
        return;
    const QList<int> ids = ctx.query.ids(param);
    std::erase_if(users, [&](const User *u) { return !ids.contains(getter(*u)); });
}

// email / username are hidden fields, so only account managers may filter by them (exact,
// case-insensitive); anybody else gets 403 rather than a silently empty page.
void filterByHiddenText(const RequestContext &ctx, const QString &param,
                        std::vector<const User *> &users, QString User::*field)
{
    if (!ctx.query.has(param))
        return;
    if (!ctx.access.canManageAccounts())
        throwForbidden(u"Only users who manage accounts may filter by %1"_s.arg(param));
    const QString wanted = ctx.query.value(param);
    std::erase_if(users, [&](const User *u) {
        return (u->*field).compare(wanted, Qt::CaseInsensitive) != 0;
    });
}

QString departmentName(const Dataset &data, int id)
{
    const auto it = data.departments.find(id);
    return it == data.departments.end() ? QString() : it->second.name;
}

QString groupName(const Dataset &data, int id)
{
    const auto it = data.timeZoneGroups.find(id);
    return it == data.timeZoneGroups.end() ? QString() : it->second.name;
}

HttpResponse listUsers(RequestContext &ctx)
{
    auto users = listing::all(ctx.data.users);
    listing::filterByIds(ctx, users);
    filterByHiddenText(ctx, u"email"_s, users, &User::email);
    filterByHiddenText(ctx, u"username"_s, users, &User::username);
    if (ctx.query.has(u"name"_s)) {
        const QString name = ctx.query.value(u"name"_s);
        std::erase_if(
            users, [&name](const User *u) { return !listing::nameMatches(u->fullName(), name); });
    }
    filterByIdList(ctx, u"department"_s, users, [](const User &u) { return u.departmentId; });
    filterByIdList(ctx, u"timeZoneGroup"_s, users, [](const User &u) { return u.timeZoneGroupId; });
    listing::filterByBool(ctx, u"active"_s, users, [](const User &u) { return u.active; });

    const Dataset &data = ctx.data;
    listing::sort<User>(ctx, users,
                        {{u"lastName"_s,
                          [](const User &a, const User &b) {
                              const int c = listing::compareText(a.lastName, b.lastName);
                              return c != 0 ? c : listing::compareText(a.firstName, b.firstName);
                          }},
                         {u"hired"_s,
                          [](const User &a, const User &b) { // no date sorts first
                              return listing::compareNumber(a.hired.toJulianDay(),
                                                            b.hired.toJulianDay());
                          }},
                         {u"department"_s,
                          [&data](const User &a, const User &b) {
                              return listing::compareText(departmentName(data, a.departmentId),
                                                          departmentName(data, b.departmentId));
                          }},
                         {u"timeZoneGroup"_s,
                          [&data](const User &a, const User &b) {
                              return listing::compareText(groupName(data, a.timeZoneGroupId),
                                                          groupName(data, b.timeZoneGroupId));
                          }},
                         {u"username"_s, [](const User &a, const User &b) {
                              return listing::compareText(a.username, b.username);
                          }}});

    QJsonObject out =
        listing::envelope(ctx, users, [&ctx](const User &u) { return ctx.json.user(u); });
    const listing::Page p = listing::page(ctx);
    std::vector<const User *> shown;
    for (qsizetype i = p.offset; i < qsizetype(users.size()) && i < qsizetype(p.offset) + p.limit;
         ++i)
        shown.push_back(users[size_t(i)]);
    addReferenced(ctx, shown, out);
    return HttpResponse::json(200, out);
}

HttpResponse singleUser(RequestContext &ctx, const User &user)
{
    QJsonObject out = ctx.json.user(user);
    addReferenced(ctx, {&user}, out);
    return HttpResponse::json(200, out);
}

HttpResponse schedule(RequestContext &ctx)
{
    const User &user = userByRef(ctx, 0);
    if (!ctx.access.canSeeUsersTime(user))
        throwForbidden();
    const std::optional<QDate> from = ctx.query.date(u"dateFrom"_s, ctx.today());
    if (!from)
        throwBadRequest(u"api.error.mandatory_field"_s, u"Mandatory field is not specified"_s,
                        u"dateFrom"_s);
    const QDate to = ctx.query.date(u"dateTo"_s, ctx.today()).value_or(*from);
    if (to < *from)
        throwBadRequest(u"api.error.invalid_date_range"_s,
                        u"dateTo must not be earlier than dateFrom"_s, u"dateTo"_s);
    if (from->daysTo(to) + 1 > kMaxScheduleDays)
        throwBadRequest(u"api.error.invalid_date_range"_s,
                        u"The date range may span at most %1 days"_s.arg(kMaxScheduleDays),
                        u"dateFrom,dateTo"_s);
    QJsonArray minutes;
    for (QDate d = *from; d <= to; d = d.addDays(1))
        minutes.append(ctx.data.scheduledMinutes(user, d));
    return HttpResponse::json(200,
                              QJsonObject{{u"dateFrom"_s, from->toString(Qt::ISODate)},
                                          {u"dateTo"_s, to.toString(Qt::ISODate)},
                                          {u"schedule"_s, minutes}});
}

HttpResponse workAssignments(RequestContext &ctx)
{
    const User &user = userByRef(ctx, 0);
    if (!ctx.access.canSeeUsersTime(user))
        throwForbidden();
    // The explicit assignments, with the projects and customers they belong to; allScope says
    // the user may also work on everything else.
    std::set<int> taskIds, projectIds, customerIds;
    for (const int taskId : user.assignedTaskIds) {
        const Task *task = ctx.data.findTask(taskId);
        if (!task)
            continue;
        taskIds.insert(task->id);
        const auto project = ctx.data.projects.find(task->projectId);
        if (project == ctx.data.projects.end())
            continue;
        projectIds.insert(project->first);
        customerIds.insert(project->second.customerId);
    }
    auto array = [](const std::set<int> &ids) {
        QJsonArray a;
        for (const int id : ids)
            a.append(id);
        return a;
    };
    return HttpResponse::json(200,
                              QJsonObject{{u"allScope"_s, user.allScope},
                                          {u"customerIds"_s, array(customerIds)},
                                          {u"projectIds"_s, array(projectIds)},
                                          {u"taskIds"_s, array(taskIds)}});
}

// --- account writes (administrators only)

const QStringList kMandatoryText{u"username"_s, u"email"_s, u"firstName"_s, u"lastName"_s};

[[noreturn]] void invalid(const QString &field, const QString &message)
{
    throwBadRequest(u"api.error.invalid_value"_s, message, field);
}

bool isBlank(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty());
}

QString textField(const QJsonValue &v, const QString &field)
{
    if (!v.isString())
        throwBadRequest(u"api.error.cannot_parse_body"_s,
                        u"Field '%1' must be a string"_s.arg(field), field);
    const QString text = v.toString().trimmed();
    if (text.size() > 255)
        throwBadRequest(u"api.error.string_length"_s, u"String length must be between 1 and 255"_s,
                        field);
    return text;
}

QDate dateField(const QJsonValue &v, const QString &field)
{
    if (v.isNull())
        return {};
    const QString text = v.toString();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!v.isString() || text.size() != 10 || !d.isValid() || d < QDate(1970, 1, 1)
        || d > QDate(3000, 12, 31))
        throwBadRequest(
            u"api.error.invalid_date"_s,
            u"Field '%1' must be a date YYYY-MM-DD between 1970-01-01 and 3000-12-31"_s.arg(field),
            field);
    return d;
}

int referenceId(const QJsonValue &v, const QString &field)
{
    const double n = v.toDouble();
    // In range before the cast: a double outside int is undefined behaviour (found by fuzzing).
    if (!v.isDouble()
        || !(n >= std::numeric_limits<int>::min() && n <= std::numeric_limits<int>::max())
        || n != std::trunc(n))
        throwBadRequest(u"api.error.cannot_parse_body"_s,
                        u"Field '%1' must be an integer"_s.arg(field), field);
    return int(n);
}

// Applies the fields present in body to user, validating each; absent fields stay as they are.
void applyUserFields(const Dataset &data, const QJsonObject &body, User &user)
{
    for (const QString &field : kMandatoryText) {
        if (!body.contains(field))
            continue;
        const QJsonValue v = body.value(field);
        if (isBlank(v))
            throwBadRequest(u"api.error.mandatory_field"_s, u"Mandatory field is not specified"_s,
                            field);
        const QString text = textField(v, field);
        if (field == u"username"_s) {
            const User *same = data.findUserByUsername(text);
            if (same && same->id != user.id)
                throwBadRequest(u"api.error.user_exists"_s,
                                u"User with specified username already exists"_s, field);
            user.username = text;
        } else if (field == u"email"_s) {
            const qsizetype at = text.indexOf(u'@');
            if (at <= 0 || at == text.size() - 1 || text.contains(u' '))
                invalid(field, u"Invalid e-mail address"_s);
            user.email = text;
        } else if (field == u"firstName"_s) {
            user.firstName = text;
        } else {
            user.lastName = text;
        }
    }
    if (body.contains(u"middleName"_s)) {
        const QJsonValue v = body.value(u"middleName"_s);
        user.middleName = v.isNull() ? QString() : textField(v, u"middleName"_s);
    }
    if (body.contains(u"password"_s)) {
        const QJsonValue v = body.value(u"password"_s);
        if (!v.isString() || v.toString().isEmpty())
            invalid(u"password"_s, u"Password must be a non-empty string"_s);
        user.password = v.toString();
    }
    if (body.contains(u"departmentId"_s)) {
        const int id = referenceId(body.value(u"departmentId"_s), u"departmentId"_s);
        if (!data.departments.contains(id))
            invalid(u"departmentId"_s, u"Department with specified id does not exist"_s);
        user.departmentId = id;
    }
    if (body.contains(u"timeZoneGroupId"_s)) {
        const int id = referenceId(body.value(u"timeZoneGroupId"_s), u"timeZoneGroupId"_s);
        if (!data.timeZoneGroups.contains(id))
            invalid(u"timeZoneGroupId"_s, u"Time zone group with specified id does not exist"_s);
        user.timeZoneGroupId = id;
    }
    if (body.contains(u"hired"_s))
        user.hired = dateField(body.value(u"hired"_s), u"hired"_s);
    if (body.contains(u"releaseDate"_s))
        user.releaseDate = dateField(body.value(u"releaseDate"_s), u"releaseDate"_s);
    if (body.contains(u"active"_s)) {
        if (!body.value(u"active"_s).isBool())
            invalid(u"active"_s, u"Field 'active' must be true or false"_s);
        user.active = body.value(u"active"_s).toBool();
    }
    if (user.hired.isValid() && user.releaseDate.isValid() && user.releaseDate < user.hired)
        invalid(u"releaseDate"_s, u"Release date cannot be earlier than hire date"_s);
}

HttpResponse createUser(RequestContext &ctx)
{
    if (!ctx.access.canManageAccounts())
        throwForbidden();
    const QJsonObject body = ctx.bodyObject();
    QStringList missing;
    for (const QString &field : kMandatoryText) {
        if (isBlank(body.value(field)))
            missing.append(field);
    }
    if (!missing.isEmpty())
        throwBadRequest(u"api.error.mandatory_field"_s, u"Mandatory field is not specified"_s,
                        missing.join(u','));
    User user;
    user.id = 0; // not yet stored: matches no existing user in the username check
    user.hired = ctx.today();
    // Without a password the account cannot sign in until an administrator sets one.
    user.password = QUuid::createUuid().toString(QUuid::WithoutBraces);
    applyUserFields(ctx.data, body, user);
    user.id = ctx.data.nextId();
    user.role = Role::Employee;
    ctx.data.users[user.id] = user;
    ctx.markChanged();
    return HttpResponse::json(200, ctx.json.user(ctx.data.users.at(user.id)));
}

HttpResponse updateUser(RequestContext &ctx)
{
    User &user = userByRef(ctx, 0);
    if (!ctx.access.canManageAccounts())
        throwForbidden();
    const QJsonObject body = ctx.bodyObject();
    User changed = user; // validate everything before changing anything
    applyUserFields(ctx.data, body, changed);
    user = changed;
    ctx.markChanged();
    return HttpResponse::json(200, ctx.json.user(user));
}

} // namespace

void registerUserRoutes(Router &router)
{
    router.add("GET", u"/users"_s, listUsers);
    router.add("POST", u"/users"_s, createUser);
    // A fixed route, registered before /users/{uid} so it wins over a user named "me".
    router.add("GET", u"/users/me"_s,
               [](RequestContext &ctx) { return singleUser(ctx, ctx.access.caller()); });
    router.add("GET", u"/users/{uid}"_s,
               [](RequestContext &ctx) { return singleUser(ctx, userByRef(ctx, 0)); });
    router.add("PATCH", u"/users/{uid}"_s, updateUser);
    router.add("GET", u"/users/{uid}/schedule"_s, schedule);
    router.add("GET", u"/users/{uid}/workAssignments"_s, workAssignments);
}

} // namespace emu
