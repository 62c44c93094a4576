// ActiTimeClient: time-track and leave time — date-range reads resumed from nextDateFrom, the
// record writes, locks, and the timesheet week in one batch request.

#include "actitimeclient_p.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

QString recordPath(const QString &resource, int userId, const QDate &date, int itemId)
{
    return u"/%1/%2/%3/%4"_s.arg(resource).arg(userId).arg(json::dateToWire(date)).arg(itemId);
}

// The leave PATCH answer's shape is not published: fields it leaves out are those of the request.
QJsonValue withRequestDefaults(const QJsonValue &value, int userId, const QDate &date,
                               int leaveTypeId)
{
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    if (json::isAbsent(object.value("userId"_L1)))
        object.insert(u"userId"_s, userId);
    if (json::isAbsent(object.value("date"_L1)))
        object.insert(u"date"_s, json::dateToWire(date));
    if (json::isAbsent(object.value("leaveTypeId"_L1)))
        object.insert(u"leaveTypeId"_s, leaveTypeId);
    return object;
}

// Parses the answer of a leave write for (userId, date, leaveTypeId).
auto leaveRecordParser(int userId, const QDate &date, int leaveTypeId)
{
    return [userId, date, leaveTypeId](const QJsonValue &value, json::ParseError *error) {
        return json::parseLeaveRecord(withRequestDefaults(value, userId, date, leaveTypeId), error);
    };
}

auto timetrackRecordParser(int userId, const QDate &date)
{
    return [userId, date](const QJsonValue &value, json::ParseError *error) {
        return json::parseTimetrackRecord(value, userId, date, error);
    };
}

} // namespace

// --- time-track -----------------------------------------------------------------------------

ValueCall<json::TimetrackPage> *ActiTimeClient::timetrack(const TimetrackFilter &filter)
{
    auto *call = Impl::newMultiRequestCall<json::TimetrackPage>(*this);
    Impl::Range range{u"/timetrack"_s, Impl::timetrackQuery(filter),
                      filter.from,     filter.to,
                      m_priority,      m_paging};
    Impl::requestRange(call, &call->m_value, std::move(range), [call]() { call->succeed(); });
    return call;
}

ValueCall<TimetrackRecord> *ActiTimeClient::timetrackRecord(int userId, const QDate &date,
                                                            int taskId)
{
    return Impl::fetch<TimetrackRecord>(
        *this, ApiRequest::get(recordPath(u"timetrack"_s, userId, date, taskId)),
        timetrackRecordParser(userId, date));
}

ValueCall<TimetrackRecord> *ActiTimeClient::setTime(int userId, const QDate &date, int taskId,
                                                    int minutes, const QString &comment)
{
    // The comment is always sent: a PATCH without it clears the stored one.
    return Impl::fetch<TimetrackRecord>(
        *this,
        ApiRequest::patch(recordPath(u"timetrack"_s, userId, date, taskId),
                          json::timetrackSetBody(minutes, comment)),
        timetrackRecordParser(userId, date));
}

ValueCall<TimetrackRecord> *ActiTimeClient::addTime(int userId, const QDate &date, int taskId,
                                                    int deltaMinutes)
{
    // ApiRequest::patch marks …/time as not idempotent: a delta is never sent twice.
    return Impl::fetch<TimetrackRecord>(
        *this,
        ApiRequest::patch(recordPath(u"timetrack"_s, userId, date, taskId) + u"/time"_s,
                          json::timeDeltaBody(deltaMinutes)),
        timetrackRecordParser(userId, date));
}

ValueCall<bool> *ActiTimeClient::lockTimetrack(const QList<int> &userIds, const QDate &from,
                                               const QDate &to, bool lock)
{
    QJsonObject body{{u"dateFrom"_s, json::dateToWire(from)}, {u"dateTo"_s, json::dateToWire(to)}};
    if (!userIds.isEmpty()) { // absent = every user
        QJsonArray ids;
        for (const int id : userIds)
            ids.append(id);
        body.insert(u"userIds"_s, ids);
    }
    ApiRequest request =
        ApiRequest::post(lock ? u"/timetrack/lock"_s : u"/timetrack/unlock"_s, body);
    // Setting a lock state twice has the effect of setting it once.
    request.idempotent = true;
    return Impl::acknowledge(*this, request);
}

// --- leave time -----------------------------------------------------------------------------

ValueCall<json::LeavePage> *ActiTimeClient::leave(const LeaveFilter &filter)
{
    auto *call = Impl::newMultiRequestCall<json::LeavePage>(*this);
    Impl::Range range{u"/leavetime"_s, Impl::leaveQuery(filter), filter.from, filter.to, m_priority,
                      m_paging};
    Impl::requestRange(call, &call->m_value, std::move(range), [call]() { call->succeed(); });
    return call;
}

ValueCall<LeaveRecord> *ActiTimeClient::setLeave(int userId, const QDate &date, int leaveTypeId,
                                                 int minutes)
{
    return Impl::fetch<LeaveRecord>(
        *this,
        ApiRequest::patch(recordPath(u"leavetime"_s, userId, date, leaveTypeId),
                          json::leaveSetBody(minutes)),
        leaveRecordParser(userId, date, leaveTypeId));
}

ValueCall<LeaveRecord> *ActiTimeClient::addLeave(int userId, const QDate &date, int leaveTypeId,
                                                 int deltaMinutes)
{
    return Impl::fetch<LeaveRecord>(
        *this,
        ApiRequest::patch(recordPath(u"leavetime"_s, userId, date, leaveTypeId) + u"/time"_s,
                          json::timeDeltaBody(deltaMinutes)),
        leaveRecordParser(userId, date, leaveTypeId));
}

// --- the timesheet week ---------------------------------------------------------------------

ValueCall<WeekBundle> *ActiTimeClient::week(int userId, const QDate &from, const QDate &to)
{
    TimetrackFilter timetrackFilter; // with tasks, projects, customers, comments, approval
    timetrackFilter.userIds = {userId};
    LeaveFilter leaveFilter;
    leaveFilter.userIds = {userId};
    leaveFilter.withLeaveTypes = true;
    // The continuation requests, if the server cuts a range short, use the same filters.
    // The batch answer counts as the first request of each range.
    const Impl::Range timetrackRange{
        u"/timetrack"_s, Impl::timetrackQuery(timetrackFilter), from, to, m_priority, m_paging};
    const Impl::Range leaveRange{
        u"/leavetime"_s, Impl::leaveQuery(leaveFilter), from, to, m_priority, m_paging};
    QUrlQuery dates;
    dates.addQueryItem(u"dateFrom"_s, json::dateToWire(from));
    dates.addQueryItem(u"dateTo"_s, json::dateToWire(to));
    const auto withDates = [&dates](const QUrlQuery &filters) {
        QUrlQuery query = dates;
        for (const auto &[key, value] : filters.queryItems(QUrl::FullyDecoded))
            query.addQueryItem(key, value);
        return query;
    };
    const QList<BatchOperation> operations{
        {"GET", Impl::relativeUrl(u"/timetrack"_s, withDates(timetrackRange.query)), {}, {}},
        {"GET", Impl::relativeUrl(u"/leavetime"_s, withDates(leaveRange.query)), {}, {}},
        {"GET", Impl::relativeUrl(u"/users/%1/schedule"_s.arg(userId), dates), {}, {}},
    };
    ApiRequest request = Impl::batchRequest(operations);
    request.priority = m_priority;

    auto *call = Impl::newMultiRequestCall<WeekBundle>(*this);
    call->send(request, [call, timetrackRange, leaveRange](const QByteArray &body) {
        json::ParseError error;
        const std::optional<QList<json::BatchItemResult>> results =
            json::parseBatchResults(body, &error);
        if (!results)
            return call->failParse(error);
        ApiError failure;
        if (!Impl::batchAligned(*results, 3, &failure))
            return call->fail(failure);
        for (const json::BatchItemResult &result : *results) {
            if (result.status < 200 || result.status > 299)
                return call->fail(Impl::batchItemError(result));
        }
        // Each body is parsed like the answer of the request alone; errors name the item.
        std::optional<json::TimetrackPage> timetrack =
            json::parseTimetrackPage(results->at(0).body, &error);
        if (!timetrack) {
            json::prefixPath(&error, u"[0].body"_s);
            return call->failParse(error);
        }
        std::optional<json::LeavePage> leave = json::parseLeavePage(results->at(1).body, &error);
        if (!leave) {
            json::prefixPath(&error, u"[1].body"_s);
            return call->failParse(error);
        }
        std::optional<Schedule> schedule = json::parseSchedule(results->at(2).body, &error);
        if (!schedule) {
            json::prefixPath(&error, u"[2].body"_s);
            return call->failParse(error);
        }
        call->m_value.schedule = std::move(*schedule);
        // A range cut short by the server (stopAfter of its own) is completed with plain
        // requests: time-track first, then leave, then the call succeeds.
        WeekBundle *bundle = &call->m_value;
        Impl::Done finishLeave = [call, bundle, leaveRange, leave = std::move(*leave)]() mutable {
            Impl::continueRange(call, &bundle->leave, std::move(leave), leaveRange,
                                [call]() { call->succeed(); });
        };
        Impl::continueRange(call, &bundle->timetrack, std::move(*timetrack), timetrackRange,
                            finishLeave);
    });
    return call;
}

} // namespace actidesk
