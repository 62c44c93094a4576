#include "backupload.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace emu::backupload {

namespace {

QString text(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString(); // null stays a null QString
}

QDate date(const QJsonObject &o, const QString &key)
{
    return QDate::fromString(o.value(key).toString(), Qt::ISODate);
}

std::optional<double> optionalNumber(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

// One object of a list section each, as the API wrote it.
Department readDepartment(const QJsonObject &o)
{
    return {o.value(u"id"_s).toInt(), o.value(u"name"_s).toString(),
            o.value(u"default"_s).toBool()};
}

TimeZoneGroup readTimeZoneGroup(const QJsonObject &o)
{
    return {o.value(u"id"_s).toInt(), o.value(u"name"_s).toString(),
            o.value(u"timeZoneId"_s).toString(), o.value(u"default"_s).toBool()};
}

Customer readCustomer(const QJsonObject &o)
{
    Customer c;
    c.id = o.value(u"id"_s).toInt();
    c.name = o.value(u"name"_s).toString();
    c.description = text(o, u"description"_s);
    c.archived = o.value(u"archived"_s).toBool();
    c.created = o.value(u"created"_s).toInteger();
    return c;
}

Project readProject(const QJsonObject &o)
{
    Project p;
    p.id = o.value(u"id"_s).toInt();
    p.customerId = o.value(u"customerId"_s).toInt();
    p.name = o.value(u"name"_s).toString();
    p.description = text(o, u"description"_s);
    p.archived = o.value(u"archived"_s).toBool();
    p.created = o.value(u"created"_s).toInteger();
    return p;
}

Task readTask(const QJsonObject &o)
{
    Task t;
    t.id = o.value(u"id"_s).toInt();
    t.projectId = o.value(u"projectId"_s).toInt();
    t.name = o.value(u"name"_s).toString();
    t.description = text(o, u"description"_s);
    t.created = o.value(u"created"_s).toInteger();
    t.workflowStatusId = o.value(u"workflowStatusId"_s).toInt();
    t.typeOfWorkId = o.value(u"typeOfWorkId"_s).toInt();
    t.deadline = date(o, u"deadline"_s);
    if (o.value(u"estimatedTime"_s).isDouble())
        t.estimatedTime = o.value(u"estimatedTime"_s).toInt();
    return t;
}

TypeOfWork readTypeOfWork(const QJsonObject &o)
{
    TypeOfWork t;
    t.id = o.value(u"id"_s).toInt();
    t.name = o.value(u"name"_s).toString();
    t.rate = optionalNumber(o.value(u"rate"_s));
    t.archived = o.value(u"archived"_s).toBool();
    t.billable = o.value(u"billable"_s).toBool();
    t.isDefault = o.value(u"default"_s).toBool();
    return t;
}

WorkflowStatus readWorkflowStatus(const QJsonObject &o)
{
    return {o.value(u"id"_s).toInt(), o.value(u"name"_s).toString(), o.value(u"type"_s).toString()};
}

LeaveType readLeaveType(const QJsonObject &o)
{
    LeaveType l;
    l.id = o.value(u"id"_s).toInt();
    l.name = o.value(u"name"_s).toString();
    l.balance = o.value(u"balance"_s).toString();
    l.rateFactor = o.value(u"rateFactor"_s).toDouble(1.0);
    l.archived = o.value(u"archived"_s).toBool();
    return l;
}

void loadSettings(const QJsonObject &info, Settings &s)
{
    const QJsonObject company = info.value(u"company"_s).toObject();
    const QJsonObject format = info.value(u"format"_s).toObject();
    const QJsonObject features = info.value(u"features"_s).toObject();
    const QJsonObject limits = info.value(u"limits"_s).toObject();
    s.companyName = company.value(u"name"_s).toString(s.companyName);
    s.currency = format.value(u"currency"_s).toString(s.currency);
    s.decimalSeparator = format.value(u"decimalSeparator"_s).toString(s.decimalSeparator);
    s.timeFormat = format.value(u"timeFormat"_s).toString(s.timeFormat);
    s.clockFormat = format.value(u"clockFormat"_s).toString(s.clockFormat);
    s.dayOfWeekStart = format.value(u"dayOfWeekStart"_s).toInt(s.dayOfWeekStart);
    s.overtimeRegistration =
        features.value(u"overtimeRegistration"_s).toBool(s.overtimeRegistration);
    s.departments = features.value(u"departments"_s).toBool(s.departments);
    s.timeZoneGroups = features.value(u"timeZoneGroups"_s).toBool(s.timeZoneGroups);
    s.taskEstimates = features.value(u"taskEstimates"_s).toBool(s.taskEstimates);
    s.taskWorkflow = features.value(u"taskWorkflow"_s).toBool(s.taskWorkflow);
    s.workAssignments = features.value(u"workAssignments"_s).toBool(s.workAssignments);
    s.typesOfWork = features.value(u"typesOfWork"_s).toBool(s.typesOfWork);
    s.leavetimeRegistration =
        features.value(u"leavetimeRegistration"_s).toBool(s.leavetimeRegistration);
    s.maxBatchSize = limits.value(u"maxBatchSize"_s).toInt(s.maxBatchSize);
    s.maxQueryLimit = limits.value(u"maxQueryLimit"_s).toInt(s.maxQueryLimit);
    s.serverUUID = info.value(u"serverUUID"_s).toString(s.serverUUID);
}

// Weekly schedules and holidays from the schedules of the range (see the header).
void loadSchedules(const QJsonObject &schedules, Dataset &data)
{
    // user → weekday → minutes → days seen
    std::map<int, std::array<std::map<int, int>, 7>> counts;
    std::map<int, QList<std::pair<QDate, int>>> days;
    for (auto it = schedules.begin(); it != schedules.end(); ++it) {
        const int userId = it.key().toInt();
        const QJsonObject schedule = it->toObject();
        const QDate from = date(schedule, u"dateFrom"_s);
        const QJsonArray minutes = schedule.value(u"schedule"_s).toArray();
        const auto user = data.users.find(userId);
        if (!from.isValid() || user == data.users.end())
            continue;
        for (qsizetype i = 0; i < minutes.size(); ++i) {
            const QDate day = from.addDays(i);
            const int value = minutes.at(i).toInt();
            days[userId].append({day, value});
            const bool employed = (!user->second.hired.isValid() || day >= user->second.hired)
                && (!user->second.releaseDate.isValid() || day <= user->second.releaseDate);
            if (employed)
                ++counts[userId][day.dayOfWeek() - 1][value];
        }
    }
    for (auto &[userId, weekdays] : counts) {
        User &user = data.users[userId];
        for (int d = 0; d < 7; ++d) {
            if (weekdays[d].empty())
                continue;
            const auto most =
                std::max_element(weekdays[d].begin(), weekdays[d].end(),
                                 [](const auto &a, const auto &b) { return a.second < b.second; });
            user.weeklySchedule[d] = most->first;
        }
    }
    // A holiday: a day every user who would work it (by their week, while employed) has off.
    std::map<qint64, std::pair<int, int>> offAndExpected; // day → (off, expected to work)
    for (const auto &[userId, list] : days) {
        const User &user = data.users[userId];
        for (const auto &[day, minutes] : list) {
            const bool employed = (!user.hired.isValid() || day >= user.hired)
                && (!user.releaseDate.isValid() || day <= user.releaseDate);
            if (!employed || user.weeklySchedule[day.dayOfWeek() - 1] == 0)
                continue;
            auto &entry = offAndExpected[day.toJulianDay()];
            ++entry.second;
            entry.first += minutes == 0 ? 1 : 0;
        }
    }
    for (const auto &[julian, entry] : offAndExpected)
        if (entry.second > 0 && entry.first == entry.second)
            data.holidays.insert(QDate::fromJulianDay(julian));
}

} // namespace

bool load(const QJsonObject &backup, Dataset *out, QString *error)
{
    if (backup.value(u"format"_s).toString() != u"actidesk-backup"_s) {
        *error = u"not an ActiDesk backup (\"format\" is not \"actidesk-backup\")"_s;
        return false;
    }
    if (backup.value(u"version"_s).toInt() != 1) {
        *error = u"backup version %1 is not supported (this emulator reads version 1)"_s.arg(
            backup.value(u"version"_s).toInt());
        return false;
    }
    Dataset data;
    int maxId = 0;
    auto seen = [&maxId](int id) { maxId = std::max(maxId, id); };
    loadSettings(backup.value(u"info"_s).toObject(), data.settings);

    const QJsonObject me = backup.value(u"me"_s).toObject();
    const int meId = me.value(u"id"_s).toInt();
    const QJsonArray users = backup.value(u"users"_s).toArray();
    const bool sawUsernames = std::any_of(users.begin(), users.end(), [](const QJsonValue &u) {
        return u.toObject().value(u"username"_s).isString();
    });
    const QJsonArray rates = backup.value(u"userRates"_s).toArray();
    QSet<int> rateUsers;
    for (const QJsonValue &r : rates)
        rateUsers.insert(r.toObject().value(u"userId"_s).toInt());

    for (const QJsonValue &value : users) {
        const QJsonObject o = value.toObject();
        User u;
        u.id = o.value(u"id"_s).toInt();
        seen(u.id);
        u.username = o.value(u"username"_s).toString();
        if (u.username.isEmpty() && u.id == meId)
            u.username = backup.value(u"login"_s).toString();
        if (u.username.isEmpty())
            u.username = u"user%1"_s.arg(u.id);
        u.password = u.username;
        u.email = text(o, u"email"_s);
        u.firstName = o.value(u"firstName"_s).toString();
        u.middleName = o.value(u"middleName"_s).toString();
        u.lastName = o.value(u"lastName"_s).toString();
        u.active = o.value(u"active"_s).toBool(true);
        u.departmentId = o.value(u"departmentId"_s).toInt(-1);
        u.timeZoneGroupId = o.value(u"timeZoneGroupId"_s).toInt(-1);
        u.hired = date(o, u"hired"_s);
        u.releaseDate = date(o, u"releaseDate"_s);
        if (u.id == meId)
            u.role =
                sawUsernames ? Role::Admin : (rateUsers.isEmpty() ? Role::Employee : Role::Manager);
        data.users[u.id] = u;
    }
    if (!data.users.count(meId)) {
        *error = u"the backup's own user (\"me\") is not among its users"_s;
        return false;
    }
    if (data.users[meId].role == Role::Manager)
        for (const int id : std::as_const(rateUsers))
            if (id != meId && data.users.count(id))
                data.users[id].managerId = meId;

    const auto list = [&](const QString &section, auto &into, auto read) {
        for (const QJsonValue &value : backup.value(section).toArray()) {
            auto item = read(value.toObject());
            seen(item.id);
            into[item.id] = std::move(item);
        }
    };
    list(u"departments"_s, data.departments, readDepartment);
    list(u"timeZoneGroups"_s, data.timeZoneGroups, readTimeZoneGroup);
    list(u"customers"_s, data.customers, readCustomer);
    list(u"projects"_s, data.projects, readProject);
    list(u"tasks"_s, data.tasks, readTask);
    list(u"typesOfWork"_s, data.typesOfWork, readTypeOfWork);
    list(u"workflowStatuses"_s, data.workflowStatuses, readWorkflowStatus);
    list(u"leaveTypes"_s, data.leaveTypes, readLeaveType);
    const QJsonObject comments = backup.value(u"comments"_s).toObject();
    const std::pair<QString, CommentTarget> kinds[] = {{u"customers"_s, CommentTarget::Customer},
                                                       {u"projects"_s, CommentTarget::Project},
                                                       {u"tasks"_s, CommentTarget::Task}};
    for (const auto &[kind, target] : kinds) {
        const QJsonObject ofKind = comments.value(kind).toObject();
        for (auto it = ofKind.begin(); it != ofKind.end(); ++it) {
            for (const QJsonValue &value : it->toArray()) {
                const QJsonObject o = value.toObject();
                Comment c;
                c.id = o.value(u"id"_s).toInt();
                c.target = target;
                c.targetId = it.key().toInt();
                c.userId = o.value(u"userId"_s).toInt();
                c.created = o.value(u"created"_s).toInteger();
                c.updated = o.value(u"updated"_s).toInteger();
                c.updatingUserId = o.value(u"updatingUserId"_s).toInt();
                c.text = o.value(u"text"_s).toString();
                seen(c.id);
                data.comments[c.id] = c;
            }
        }
    }
    for (const QJsonValue &value : rates) {
        const QJsonObject o = value.toObject();
        QList<RatePeriod> periods;
        for (const QJsonValue &p : o.value(u"rates"_s).toArray()) {
            const QJsonObject po = p.toObject();
            RatePeriod period;
            period.dateFrom = date(po, u"dateFrom"_s);
            period.regularRate = optionalNumber(po.value(u"regularRate"_s));
            period.overtimeRate = optionalNumber(po.value(u"overtimeRate"_s));
            for (const QJsonValue &lr : po.value(u"leaveRates"_s).toArray())
                period.leaveRates.append({lr.toObject().value(u"leaveTypeId"_s).toInt(),
                                          lr.toObject().value(u"rate"_s).toDouble()});
            periods.append(period);
        }
        if (!periods.isEmpty())
            data.userRates[o.value(u"userId"_s).toInt()] = periods;
    }
    const QJsonObject assignments = backup.value(u"workAssignments"_s).toObject();
    for (auto it = assignments.begin(); it != assignments.end(); ++it) {
        const auto user = data.users.find(it.key().toInt());
        if (user == data.users.end())
            continue;
        const QJsonObject o = it->toObject();
        user->second.allScope = o.value(u"allScope"_s).toBool();
        for (const QJsonValue &id : o.value(u"taskIds"_s).toArray())
            user->second.assignedTaskIds.insert(id.toInt());
    }
    for (const QJsonValue &value : backup.value(u"timetrack"_s).toArray()) {
        const QJsonObject day = value.toObject();
        const DayKey key = dayKey(date(day, u"date"_s), day.value(u"userId"_s).toInt());
        for (const QJsonValue &r : day.value(u"records"_s).toArray()) {
            const QJsonObject record = r.toObject();
            data.timetrack[key][record.value(u"taskId"_s).toInt()] =
                TimeRecord{record.value(u"time"_s).toInt(), record.value(u"comment"_s).toString()};
        }
        if (day.value(u"approved"_s).toBool())
            data.approvedDays.insert(key);
    }
    for (const QJsonValue &value : backup.value(u"leavetime"_s).toArray()) {
        const QJsonObject o = value.toObject();
        data.leave[dayKey(date(o, u"date"_s), o.value(u"userId"_s).toInt())]
                  [o.value(u"leaveTypeId"_s).toInt()] = o.value(u"leaveTime"_s).toInt();
    }
    loadSchedules(backup.value(u"schedules"_s).toObject(), data);
    data.lastId = std::max(data.lastId, maxId);
    *out = std::move(data);
    return true;
}

bool loadFile(const QString &path, Dataset *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : u"not a JSON object"_s;
        return false;
    }
    return load(document.object(), data, error);
}

} // namespace emu::backupload
