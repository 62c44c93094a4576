// Users and what hangs off them: departments, time-zone groups, schedules, work assignments.

#include "domainjson.h"

using namespace Qt::StringLiterals;

namespace actidesk::json {

namespace {

// actiTIME's fullName is "First M. Last" (middleName holds the initial); rebuilt the same way when
// a server leaves it out, so the UI never shows an empty name for a named user.
QString composeFullName(const QString &first, const QString &middle, const QString &last)
{
    QStringList parts;
    if (!first.isEmpty())
        parts.append(first);
    if (!middle.isEmpty())
        parts.append(middle.endsWith(u'.') ? middle : QString(middle + u'.'));
    if (!last.isEmpty())
        parts.append(last);
    return parts.join(u' ');
}

} // namespace

std::optional<User> parseUser(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    User user;
    user.id = r.requiredInt("id"_L1);
    // username, email, hired and releaseDate are hidden from accounts that do not manage users:
    // absent or null is "hidden" (empty / invalid), never an error.
    user.username = r.string("username"_L1);
    user.email = r.string("email"_L1);
    user.firstName = r.string("firstName"_L1);
    user.middleName = r.string("middleName"_L1);
    user.lastName = r.string("lastName"_L1);
    user.fullName = r.string("fullName"_L1);
    if (user.fullName.isEmpty())
        user.fullName = composeFullName(user.firstName, user.middleName, user.lastName);
    user.active = r.boolean("active"_L1, true);
    user.departmentId = r.optionalInt("departmentId"_L1, -1);
    user.timeZoneGroupId = r.optionalInt("timeZoneGroupId"_L1, -1);
    user.hired = r.optionalDate("hired"_L1);
    user.releaseDate = r.optionalDate("releaseDate"_L1);
    user.canSubmitTimetrack = ObjectReader(r.optionalObject("allowedActions"_L1), nullptr)
                                  .boolean("canSubmitTimetrack"_L1, false);
    if (!r.ok())
        return std::nullopt;
    return user;
}

std::optional<Department> parseDepartment(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    Department department;
    department.id = r.requiredInt("id"_L1);
    department.name = r.string("name"_L1);
    department.isDefault = r.boolean("default"_L1, false);
    if (!r.ok())
        return std::nullopt;
    return department;
}

std::optional<TimeZoneGroup> parseTimeZoneGroup(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    TimeZoneGroup group;
    group.id = r.requiredInt("id"_L1);
    group.name = r.string("name"_L1);
    group.timeZoneId = r.string("timeZoneId"_L1);
    group.isDefault = r.boolean("default"_L1, false);
    if (!r.ok())
        return std::nullopt;
    return group;
}

std::optional<Schedule> parseSchedule(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    Schedule schedule;
    schedule.from = r.requiredDate("dateFrom"_L1);
    // dateTo is not read: the first entry is dateFrom and each entry is one day, which is all
    // Schedule needs; a dateTo that disagreed with the count would change nothing we show.
    const QJsonArray days = r.requiredArray("schedule"_L1);
    schedule.minutes.reserve(days.size());
    for (qsizetype i = 0; i < days.size() && r.ok(); ++i) {
        const QJsonValue day = days.at(i);
        const auto minutes = toInteger(day);
        if (!minutes) {
            r.fail(indexPath(u"schedule"_s, i), u"expected minutes, got %1"_s.arg(describe(day)));
        } else if (*minutes < 0 || *minutes > kMaxMinutes) {
            r.fail(indexPath(u"schedule"_s, i),
                   u"%1 is outside the allowed range 0..%2"_s.arg(*minutes).arg(kMaxMinutes));
        } else {
            schedule.minutes.append(static_cast<int>(*minutes));
        }
    }
    if (!r.ok())
        return std::nullopt;
    return schedule;
}

std::optional<WorkAssignments> parseWorkAssignments(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    WorkAssignments assignments;
    assignments.allScope = r.boolean("allScope"_L1, false);
    assignments.customerIds = r.intList("customerIds"_L1);
    assignments.projectIds = r.intList("projectIds"_L1);
    assignments.taskIds = r.intList("taskIds"_L1);
    if (!r.ok())
        return std::nullopt;
    return assignments;
}

} // namespace actidesk::json
