// Time-track and leave time: single records and the date-range pages of /timetrack and
// /leavetime.

#include "domainjson.h"

using namespace Qt::StringLiterals;

namespace actidesk::json {

namespace {

// The fields shared by both pages. nextDateFrom is checked to lie after dateFrom: a server that
// sent it otherwise would make the pager request the same range forever.
struct PageRange
{
    QDate dateFrom;
    QDate dateTo;
    QDate nextDateFrom;
};

PageRange readRange(ObjectReader &r)
{
    PageRange range;
    range.dateFrom = r.requiredDate("dateFrom"_L1);
    // Strict when present: the cache records dateFrom..dateTo as known, paging follows
    // nextDateFrom.
    range.dateTo = r.strictOptionalDate("dateTo"_L1);
    range.nextDateFrom = r.strictOptionalDate("nextDateFrom"_L1);
    if (r.ok() && range.nextDateFrom.isValid() && range.nextDateFrom <= range.dateFrom) {
        r.fail(u"nextDateFrom"_s,
               u"%1 does not lie after dateFrom %2"_s.arg(dateToWire(range.nextDateFrom),
                                                          dateToWire(range.dateFrom)));
    }
    return range;
}

// Reads a referenced map into `target`, merging with what is already there (for the two spellings
// of the time-zone-group key). False when the map is malformed; the error is filled.
template<class T, class F>
bool readMap(const QJsonObject &whole, const QString &key, F parseOne, QHash<int, T> &target,
             ParseError *error)
{
    auto map = parseReferencedMap<T>(whole, key, parseOne, error);
    if (!map)
        return false;
    if (target.isEmpty())
        target = std::move(*map);
    else
        target.insert(*map);
    return true;
}

} // namespace

std::optional<TimetrackRecord> parseTimetrackRecord(const QJsonValue &value, int userId,
                                                    const QDate &date, ParseError *error)
{
    ObjectReader r(value, error);
    TimetrackRecord record;
    record.userId = userId;
    record.date = date;
    record.taskId = r.requiredInt("taskId"_L1);
    record.minutes = r.requiredMinutes("time"_L1);
    record.comment = r.string("comment"_L1); // null or absent (not requested) -> empty
    if (!r.ok())
        return std::nullopt;
    return record;
}

std::optional<TimetrackDay> parseTimetrackDay(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    TimetrackDay day;
    day.userId = r.requiredInt("userId"_L1);
    day.date = r.requiredDate("date"_L1);
    // Only sent with includeReferenced=approvalStatus; "unknown" must stay distinguishable from
    // "not approved".
    day.approved = r.maybeBool("approved"_L1);
    const QJsonArray records = r.dataArray("records"_L1);
    if (!r.ok())
        return std::nullopt;
    day.records.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        auto record = parseTimetrackRecord(records.at(i), day.userId, day.date, error);
        if (!record) {
            prefixPath(error, indexPath(u"records"_s, i));
            return std::nullopt;
        }
        day.records.append(std::move(*record));
    }
    return day;
}

std::optional<LeaveRecord> parseLeaveRecord(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    LeaveRecord record;
    record.userId = r.requiredInt("userId"_L1);
    record.date = r.requiredDate("date"_L1);
    record.leaveTypeId = r.requiredInt("leaveTypeId"_L1);
    // An older copy of the documentation called the minutes "time"; leaveTime wins when both are
    // there, and a missing value is reported under the documented name.
    const bool useAlias = !r.has("leaveTime"_L1) && r.has("time"_L1);
    record.minutes = r.requiredMinutes(useAlias ? "time"_L1 : "leaveTime"_L1);
    if (!r.ok())
        return std::nullopt;
    return record;
}

std::optional<TimetrackPage> parseTimetrackPage(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    TimetrackPage page;
    const PageRange range = readRange(r);
    const QJsonArray data = r.requiredArray("data"_L1);
    if (!r.ok())
        return std::nullopt;
    page.dateFrom = range.dateFrom;
    page.dateTo = range.dateTo;
    page.nextDateFrom = range.nextDateFrom;

    auto days = parseItems<TimetrackDay>(data, parseTimetrackDay, error, u"data"_s);
    if (!days)
        return std::nullopt;
    page.days = std::move(*days);

    const QJsonObject &whole = r.object();
    const bool mapsOk = readMap(whole, u"users"_s, parseUser, page.users, error)
        && readMap(whole, u"tasks"_s, parseTask, page.tasks, error)
        && readMap(whole, u"projects"_s, parseProject, page.projects, error)
        && readMap(whole, u"customers"_s, parseCustomer, page.customers, error)
        && readMap(whole, u"departments"_s, parseDepartment, page.departments, error)
        // The swagger-derived clients spell this map "timeZoneGroup" here only; accept both.
        && readMap(whole, u"timeZoneGroup"_s, parseTimeZoneGroup, page.timeZoneGroups, error)
        && readMap(whole, u"timeZoneGroups"_s, parseTimeZoneGroup, page.timeZoneGroups, error)
        && readMap(whole, u"typesOfWork"_s, parseTypeOfWork, page.typesOfWork, error)
        && readMap(whole, u"workflowStatuses"_s, parseWorkflowStatus, page.workflowStatuses, error);
    if (!mapsOk)
        return std::nullopt;
    return page;
}

std::optional<TimetrackPage> parseTimetrackPage(const QByteArray &body, ParseError *error)
{
    const auto object = parseObjectBody(body, error);
    if (!object)
        return std::nullopt;
    return parseTimetrackPage(QJsonValue(*object), error);
}

std::optional<LeavePage> parseLeavePage(const QJsonValue &value, ParseError *error)
{
    ObjectReader r(value, error);
    LeavePage page;
    const PageRange range = readRange(r);
    const QJsonArray data = r.requiredArray("data"_L1);
    if (!r.ok())
        return std::nullopt;
    page.dateFrom = range.dateFrom;
    page.dateTo = range.dateTo;
    page.nextDateFrom = range.nextDateFrom;

    auto records = parseItems<LeaveRecord>(data, parseLeaveRecord, error, u"data"_s);
    if (!records)
        return std::nullopt;
    page.records = std::move(*records);

    const QJsonObject &whole = r.object();
    const bool mapsOk = readMap(whole, u"users"_s, parseUser, page.users, error)
        && readMap(whole, u"departments"_s, parseDepartment, page.departments, error)
        && readMap(whole, u"timeZoneGroups"_s, parseTimeZoneGroup, page.timeZoneGroups, error)
        && readMap(whole, u"timeZoneGroup"_s, parseTimeZoneGroup, page.timeZoneGroups, error)
        && readMap(whole, u"leaveTypes"_s, parseLeaveType, page.leaveTypes, error);
    if (!mapsOk)
        return std::nullopt;
    return page;
}

std::optional<LeavePage> parseLeavePage(const QByteArray &body, ParseError *error)
{
    const auto object = parseObjectBody(body, error);
    if (!object)
        return std::nullopt;
    return parseLeavePage(QJsonValue(*object), error);
}

} // namespace actidesk::json
