#include "datasetjson.h"

#include "jsonfields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace emu::datasetjson {

namespace {

const QString kFormat = u"actidesk-emulator-state"_s;
constexpr int kVersion = 1;

// Null strings and invalid dates are stored as JSON null, so a round trip keeps "" apart from null.
QJsonValue nullable(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue nullable(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

template<typename T>
QJsonValue nullable(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString dayString(qint64 julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return u"admin"_s;
    case Role::Manager:
        return u"manager"_s;
    case Role::Employee:
        break;
    }
    return u"employee"_s;
}

QString targetName(CommentTarget target)
{
    switch (target) {
    case CommentTarget::Customer:
        return u"customer"_s;
    case CommentTarget::Project:
        return u"project"_s;
    case CommentTarget::Task:
        break;
    }
    return u"task"_s;
}

template<typename Set>
QJsonArray sortedInts(const Set &set)
{
    std::vector<int> ids(set.begin(), set.end());
    std::sort(ids.begin(), ids.end());
    QJsonArray array;
    for (const int id : ids)
        array.append(id);
    return array;
}

template<typename T>
void insertUnique(Fields &f, std::map<int, T> &map, T item)
{
    const int id = item.id;
    if (!map.emplace(id, std::move(item)).second)
        f.fail(u"id", u"duplicate id %1"_s.arg(id));
}

QJsonObject saveUser(const User &u)
{
    QJsonArray schedule;
    for (const int minutes : u.weeklySchedule)
        schedule.append(minutes);
    return {{u"id"_s, u.id},
            {u"username"_s, u.username},
            {u"password"_s, u.password},
            {u"email"_s, nullable(u.email)},
            {u"firstName"_s, u.firstName},
            {u"middleName"_s, nullable(u.middleName)},
            {u"lastName"_s, u.lastName},
            {u"active"_s, u.active},
            {u"departmentId"_s, u.departmentId},
            {u"timeZoneGroupId"_s, u.timeZoneGroupId},
            {u"hired"_s, nullable(u.hired)},
            {u"releaseDate"_s, nullable(u.releaseDate)},
            {u"role"_s, roleName(u.role)},
            {u"managerId"_s, u.managerId},
            {u"weeklySchedule"_s, schedule},
            {u"allScope"_s, u.allScope},
            {u"assignedTaskIds"_s, sortedInts(u.assignedTaskIds)}};
}

User loadUser(Fields &f)
{
    User u;
    u.id = f.integer(u"id");
    u.username = f.string(u"username");
    u.password = f.string(u"password");
    u.email = f.nullableString(u"email");
    u.firstName = f.string(u"firstName");
    u.middleName = f.nullableString(u"middleName");
    u.lastName = f.string(u"lastName");
    u.active = f.boolean(u"active");
    u.departmentId = f.integer(u"departmentId");
    u.timeZoneGroupId = f.integer(u"timeZoneGroupId");
    u.hired = f.nullableDate(u"hired");
    u.releaseDate = f.nullableDate(u"releaseDate");
    const QString role = f.oneOf(u"role", {u"employee"_s, u"manager"_s, u"admin"_s});
    u.role = role == u"admin"_s ? Role::Admin
        : role == u"manager"_s  ? Role::Manager
                                : Role::Employee;
    u.managerId = f.integer(u"managerId");
    const QJsonArray schedule = f.array(u"weeklySchedule");
    if (f.ok() && schedule.size() != 7)
        f.fail(u"weeklySchedule", u"expected 7 numbers of minutes, Monday to Sunday"_s);
    for (qsizetype i = 0; i < schedule.size() && f.ok() && i < 7; ++i) {
        if (!schedule.at(i).isDouble())
            f.fail(u"weeklySchedule", u"expected 7 numbers of minutes, Monday to Sunday"_s);
        u.weeklySchedule[size_t(i)] = schedule.at(i).toInt();
    }
    u.allScope = f.boolean(u"allScope");
    for (const QJsonValue &id : f.array(u"assignedTaskIds")) {
        if (!id.isDouble())
            f.fail(u"assignedTaskIds", u"expected an array of task ids"_s);
        u.assignedTaskIds.insert(id.toInt());
    }
    return u;
}

QJsonObject saveRatePeriod(const RatePeriod &p)
{
    QJsonArray leaveRates;
    for (const LeaveRate &lr : p.leaveRates)
        leaveRates.append(QJsonObject{{u"leaveTypeId"_s, lr.leaveTypeId}, {u"rate"_s, lr.rate}});
    return {{u"dateFrom"_s, nullable(p.dateFrom)},
            {u"regularRate"_s, nullable(p.regularRate)},
            {u"overtimeRate"_s, nullable(p.overtimeRate)},
            {u"leaveRates"_s, leaveRates}};
}

RatePeriod loadRatePeriod(Fields &f)
{
    RatePeriod p;
    p.dateFrom = f.nullableDate(u"dateFrom");
    p.regularRate = f.nullableNumber(u"regularRate");
    p.overtimeRate = f.nullableNumber(u"overtimeRate");
    f.each(u"leaveRates", [&p](Fields &lr) {
        p.leaveRates.append({lr.integer(u"leaveTypeId"), lr.number(u"rate")});
    });
    return p;
}

QJsonObject saveSettings(const Settings &s)
{
    return {{u"companyName"_s, s.companyName},
            {u"currency"_s, s.currency},
            {u"decimalSeparator"_s, s.decimalSeparator},
            {u"timeFormat"_s, s.timeFormat},
            {u"clockFormat"_s, s.clockFormat},
            {u"dayOfWeekStart"_s, s.dayOfWeekStart},
            {u"overtimeRegistration"_s, s.overtimeRegistration},
            {u"departments"_s, s.departments},
            {u"timeZoneGroups"_s, s.timeZoneGroups},
            {u"taskEstimates"_s, s.taskEstimates},
            {u"taskWorkflow"_s, s.taskWorkflow},
            {u"workAssignments"_s, s.workAssignments},
            {u"typesOfWork"_s, s.typesOfWork},
            {u"leavetimeRegistration"_s, s.leavetimeRegistration},
            {u"maxBatchSize"_s, s.maxBatchSize},
            {u"maxQueryLimit"_s, s.maxQueryLimit},
            {u"serverUUID"_s, s.serverUUID}};
}

Settings loadSettings(Fields &f)
{
    Settings s;
    s.companyName = f.string(u"companyName");
    s.currency = f.string(u"currency");
    s.decimalSeparator = f.string(u"decimalSeparator");
    s.timeFormat = f.string(u"timeFormat");
    s.clockFormat = f.string(u"clockFormat");
    s.dayOfWeekStart = f.integer(u"dayOfWeekStart");
    s.overtimeRegistration = f.boolean(u"overtimeRegistration");
    s.departments = f.boolean(u"departments");
    s.timeZoneGroups = f.boolean(u"timeZoneGroups");
    s.taskEstimates = f.boolean(u"taskEstimates");
    s.taskWorkflow = f.boolean(u"taskWorkflow");
    s.workAssignments = f.boolean(u"workAssignments");
    s.typesOfWork = f.boolean(u"typesOfWork");
    s.leavetimeRegistration = f.boolean(u"leavetimeRegistration");
    s.maxBatchSize = f.integer(u"maxBatchSize");
    s.maxQueryLimit = f.integer(u"maxQueryLimit");
    s.serverUUID = f.string(u"serverUUID");
    return s;
}

} // namespace

QJsonObject save(const Dataset &d)
{
    QJsonArray users, departments, zones, customers, projects, tasks, typesOfWork, statuses,
        leaveTypes, comments, userRates, timetrack, leave, approved, locked;
    for (const auto &[id, u] : d.users)
        users.append(saveUser(u));
    for (const auto &[id, x] : d.departments)
        departments.append(
            QJsonObject{{u"id"_s, x.id}, {u"name"_s, x.name}, {u"isDefault"_s, x.isDefault}});
    for (const auto &[id, x] : d.timeZoneGroups)
        zones.append(QJsonObject{{u"id"_s, x.id},
                                 {u"name"_s, x.name},
                                 {u"timeZoneId"_s, x.timeZoneId},
                                 {u"isDefault"_s, x.isDefault}});
    for (const auto &[id, x] : d.customers)
        customers.append(QJsonObject{{u"id"_s, x.id},
                                     {u"name"_s, x.name},
                                     {u"description"_s, nullable(x.description)},
                                     {u"archived"_s, x.archived},
                                     {u"created"_s, x.created}});
    for (const auto &[id, x] : d.projects)
        projects.append(QJsonObject{{u"id"_s, x.id},
                                    {u"customerId"_s, x.customerId},
                                    {u"name"_s, x.name},
                                    {u"description"_s, nullable(x.description)},
                                    {u"archived"_s, x.archived},
                                    {u"created"_s, x.created}});
    for (const auto &[id, x] : d.tasks)
        tasks.append(QJsonObject{{u"id"_s, x.id},
                                 {u"projectId"_s, x.projectId},
                                 {u"name"_s, x.name},
                                 {u"description"_s, nullable(x.description)},
                                 {u"created"_s, x.created},
                                 {u"workflowStatusId"_s, x.workflowStatusId},
                                 {u"typeOfWorkId"_s, x.typeOfWorkId},
                                 {u"deadline"_s, nullable(x.deadline)},
                                 {u"estimatedTime"_s, nullable(x.estimatedTime)}});
    for (const auto &[id, x] : d.typesOfWork)
        typesOfWork.append(QJsonObject{{u"id"_s, x.id},
                                       {u"name"_s, x.name},
                                       {u"rate"_s, nullable(x.rate)},
                                       {u"archived"_s, x.archived},
                                       {u"billable"_s, x.billable},
                                       {u"isDefault"_s, x.isDefault}});
    for (const auto &[id, x] : d.workflowStatuses)
        statuses.append(QJsonObject{{u"id"_s, x.id}, {u"name"_s, x.name}, {u"type"_s, x.type}});
    for (const auto &[id, x] : d.leaveTypes)
        leaveTypes.append(QJsonObject{{u"id"_s, x.id},
                                      {u"name"_s, x.name},
                                      {u"balance"_s, x.balance},
                                      {u"rateFactor"_s, x.rateFactor},
                                      {u"archived"_s, x.archived}});
    for (const auto &[id, x] : d.comments)
        comments.append(QJsonObject{{u"id"_s, x.id},
                                    {u"target"_s, targetName(x.target)},
                                    {u"targetId"_s, x.targetId},
                                    {u"userId"_s, x.userId},
                                    {u"created"_s, x.created},
                                    {u"updated"_s, x.updated},
                                    {u"updatingUserId"_s, x.updatingUserId},
                                    {u"text"_s, x.text}});
    for (const auto &[userId, periods] : d.userRates) {
        QJsonArray rates;
        for (const RatePeriod &p : periods)
            rates.append(saveRatePeriod(p));
        userRates.append(QJsonObject{{u"userId"_s, userId}, {u"rates"_s, rates}});
    }
    for (const auto &[key, records] : d.timetrack) {
        QJsonArray array;
        for (const auto &[taskId, r] : records)
            array.append(QJsonObject{
                {u"taskId"_s, taskId}, {u"time"_s, r.time}, {u"comment"_s, nullable(r.comment)}});
        timetrack.append(QJsonObject{
            {u"date"_s, dayString(key.first)}, {u"userId"_s, key.second}, {u"records"_s, array}});
    }
    for (const auto &[key, byType] : d.leave) {
        QJsonArray array;
        for (const auto &[typeId, minutes] : byType)
            array.append(QJsonObject{{u"leaveTypeId"_s, typeId}, {u"time"_s, minutes}});
        leave.append(QJsonObject{
            {u"date"_s, dayString(key.first)}, {u"userId"_s, key.second}, {u"leave"_s, array}});
    }
    for (const DayKey &key : d.approvedDays)
        approved.append(QJsonObject{{u"date"_s, dayString(key.first)}, {u"userId"_s, key.second}});
    for (const DayKey &key : d.lockedDays)
        locked.append(QJsonObject{{u"date"_s, dayString(key.first)}, {u"userId"_s, key.second}});
    std::vector<QDate> holidayDates(d.holidays.begin(), d.holidays.end());
    std::sort(holidayDates.begin(), holidayDates.end());
    QJsonArray holidays;
    for (const QDate &day : holidayDates)
        holidays.append(day.toString(Qt::ISODate));

    return {{u"format"_s, kFormat},
            {u"version"_s, kVersion},
            {u"lastId"_s, d.lastId},
            {u"settings"_s, saveSettings(d.settings)},
            {u"users"_s, users},
            {u"departments"_s, departments},
            {u"timeZoneGroups"_s, zones},
            {u"customers"_s, customers},
            {u"projects"_s, projects},
            {u"tasks"_s, tasks},
            {u"typesOfWork"_s, typesOfWork},
            {u"workflowStatuses"_s, statuses},
            {u"leaveTypes"_s, leaveTypes},
            {u"comments"_s, comments},
            {u"userRates"_s, userRates},
            {u"timetrack"_s, timetrack},
            {u"leave"_s, leave},
            {u"approvedDays"_s, approved},
            {u"lockedDays"_s, locked},
            {u"holidays"_s, holidays}};
}

bool load(const QJsonObject &json, Dataset *data, QString *error)
{
    QString problem;
    Fields root(json, u"state"_s, &problem);
    const QJsonValue format = json.value(u"format"_s);
    if (format != QJsonValue(kFormat)) {
        problem = format.isUndefined()
            ? u"not an emulator state file (no \"format\" key)"_s
            : u"not an emulator state file (format is not \"%1\")"_s.arg(kFormat);
    } else if (const QJsonValue version = json.value(u"version"_s);
               !version.isDouble() || version.toDouble() != kVersion) {
        problem =
            u"unsupported state file version %1 (this emulator reads version %2)"_s
                .arg(version.isDouble()
                         ? QString::number(version.toDouble())
                         : QString::fromUtf8(
                             QJsonDocument(QJsonArray{version}).toJson(QJsonDocument::Compact)))
                .arg(kVersion);
    }

    Dataset d;
    d.lastId = root.integer(u"lastId");
    if (root.ok()) {
        Fields settings(root.value(u"settings"), u"state.settings"_s, &problem);
        if (settings.ok())
            d.settings = loadSettings(settings);
    }
    root.each(u"users", [&d](Fields &f) { insertUnique(f, d.users, loadUser(f)); });
    root.each(u"departments", [&d](Fields &f) {
        insertUnique(f, d.departments,
                     Department{f.integer(u"id"), f.string(u"name"), f.boolean(u"isDefault")});
    });
    root.each(u"timeZoneGroups", [&d](Fields &f) {
        insertUnique(f, d.timeZoneGroups,
                     TimeZoneGroup{f.integer(u"id"), f.string(u"name"), f.string(u"timeZoneId"),
                                   f.boolean(u"isDefault")});
    });
    root.each(u"customers", [&d](Fields &f) {
        insertUnique(f, d.customers,
                     Customer{f.integer(u"id"), f.string(u"name"), f.nullableString(u"description"),
                              f.boolean(u"archived"), f.int64(u"created")});
    });
    root.each(u"projects", [&d](Fields &f) {
        insertUnique(f, d.projects,
                     Project{f.integer(u"id"), f.integer(u"customerId"), f.string(u"name"),
                             f.nullableString(u"description"), f.boolean(u"archived"),
                             f.int64(u"created")});
    });
    root.each(u"tasks", [&d](Fields &f) {
        insertUnique(f, d.tasks,
                     Task{f.integer(u"id"), f.integer(u"projectId"), f.string(u"name"),
                          f.nullableString(u"description"), f.int64(u"created"),
                          f.integer(u"workflowStatusId"), f.integer(u"typeOfWorkId"),
                          f.nullableDate(u"deadline"), f.nullableInteger(u"estimatedTime")});
    });
    root.each(u"typesOfWork", [&d](Fields &f) {
        insertUnique(f, d.typesOfWork,
                     TypeOfWork{f.integer(u"id"), f.string(u"name"), f.nullableNumber(u"rate"),
                                f.boolean(u"archived"), f.boolean(u"billable"),
                                f.boolean(u"isDefault")});
    });
    root.each(u"workflowStatuses", [&d](Fields &f) {
        insertUnique(f, d.workflowStatuses,
                     WorkflowStatus{f.integer(u"id"), f.string(u"name"),
                                    f.oneOf(u"type", {u"open"_s, u"completed"_s})});
    });
    root.each(u"leaveTypes", [&d](Fields &f) {
        insertUnique(f, d.leaveTypes,
                     LeaveType{f.integer(u"id"), f.string(u"name"),
                               f.oneOf(u"balance", {u"PTO"_s, u"Sick"_s, u"None"_s}),
                               f.number(u"rateFactor"), f.boolean(u"archived")});
    });
    root.each(u"comments", [&d](Fields &f) {
        const QString target = f.oneOf(u"target", {u"customer"_s, u"project"_s, u"task"_s});
        insertUnique(f, d.comments,
                     Comment{f.integer(u"id"),
                             target == u"customer"_s      ? CommentTarget::Customer
                                 : target == u"project"_s ? CommentTarget::Project
                                                          : CommentTarget::Task,
                             f.integer(u"targetId"), f.integer(u"userId"), f.int64(u"created"),
                             f.int64(u"updated"), f.integer(u"updatingUserId"), f.string(u"text")});
    });
    root.each(u"userRates", [&d](Fields &f) {
        const int userId = f.integer(u"userId");
        QList<RatePeriod> periods;
        f.each(u"rates", [&periods](Fields &p) { periods.append(loadRatePeriod(p)); });
        if (!d.userRates.emplace(userId, periods).second)
            f.fail(u"userId", u"duplicate user %1"_s.arg(userId));
    });
    // Day-keyed collections: one entry per (date, user).
    root.each(u"timetrack", [&d](Fields &f) {
        const DayKey key = f.day();
        std::map<int, TimeRecord> records;
        f.each(u"records", [&records](Fields &r) {
            const int taskId = r.integer(u"taskId");
            if (!records
                     .emplace(taskId, TimeRecord{r.integer(u"time"), r.nullableString(u"comment")})
                     .second)
                r.fail(u"taskId", u"duplicate task %1 on the same day"_s.arg(taskId));
        });
        if (f.ok() && !d.timetrack.emplace(key, std::move(records)).second)
            f.fail({}, u"duplicate day"_s);
    });
    root.each(u"leave", [&d](Fields &f) {
        const DayKey key = f.day();
        std::map<int, int> byType;
        f.each(u"leave", [&byType](Fields &l) {
            const int typeId = l.integer(u"leaveTypeId");
            if (!byType.emplace(typeId, l.integer(u"time")).second)
                l.fail(u"leaveTypeId", u"duplicate leave type %1 on the same day"_s.arg(typeId));
        });
        if (f.ok() && !d.leave.emplace(key, std::move(byType)).second)
            f.fail({}, u"duplicate day"_s);
    });
    root.each(u"approvedDays", [&d](Fields &f) { d.approvedDays.insert(f.day()); });
    root.each(u"lockedDays", [&d](Fields &f) { d.lockedDays.insert(f.day()); });
    const QJsonArray holidays = root.array(u"holidays");
    for (qsizetype i = 0; i < holidays.size() && root.ok(); ++i) {
        const QDate day = QDate::fromString(holidays.at(i).toString(), Qt::ISODate);
        if (!day.isValid())
            root.fail(u"holidays[%1]"_s.arg(i), u"expected a date as YYYY-MM-DD"_s);
        d.holidays.insert(day);
    }

    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    *data = std::move(d);
    return true;
}

bool saveFile(const Dataset &data, const QString &path, QString *error)
{
    // QSaveFile writes a temporary file and renames it: a crash never leaves half a state file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    // The state holds every user's password: owner only, also when an older file was wider.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(save(data)).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

bool loadFile(const QString &path, Dataset *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = u"%1 is not valid JSON: %2 at offset %3"_s.arg(path, parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        if (error)
            *error = u"%1 does not hold a JSON object"_s.arg(path);
        return false;
    }
    if (!load(doc.object(), data, error)) {
        if (error)
            *error = path + u": "_s + *error;
        return false;
    }
    return true;
}

} // namespace emu::datasetjson
