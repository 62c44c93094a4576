// ActiTimeClient::Impl: request building, answer checks and the merge of date-range pages.

#include "actitimeclient_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

ApiError invalidResponse(const QString &message)
{
    return ApiError::make(ApiError::Kind::InvalidResponse, message);
}

// A day (or leave entry) key for joining pages: user and calendar day.
qint64 dayKey(int userId, const QDate &date)
{
    return date.toJulianDay() * 0x1'0000'0000LL + quint32(userId);
}

} // namespace

QString ActiTimeClient::Impl::segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString ActiTimeClient::Impl::csv(const QList<int> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const int id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

void ActiTimeClient::Impl::addIds(QUrlQuery &query, const QString &key, const QList<int> &ids)
{
    if (!ids.isEmpty())
        query.addQueryItem(key, csv(ids));
}

void ActiTimeClient::Impl::addText(QUrlQuery &query, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        query.addQueryItem(key, text);
}

void ActiTimeClient::Impl::addBool(QUrlQuery &query, const QString &key,
                                   const std::optional<bool> &value)
{
    if (value)
        query.addQueryItem(key, *value ? u"true"_s : u"false"_s);
}

void ActiTimeClient::Impl::addSort(QUrlQuery &query, const QStringList &sort)
{
    // "+name" stays as it is here: the queue percent-encodes '+' on the wire.
    if (!sort.isEmpty())
        query.addQueryItem(u"sort"_s, sort.join(u','));
}

void ActiTimeClient::Impl::addListFilter(QUrlQuery &query, const ListFilter &filter, int params)
{
    if (params & Ids)
        addIds(query, u"ids"_s, filter.ids);
    addText(query, u"name"_s, filter.name);
    addText(query, u"words"_s, filter.words);
    if (params & Archived)
        addBool(query, u"archived"_s, filter.archived);
    addSort(query, filter.sort);
}

QUrlQuery ActiTimeClient::Impl::timetrackQuery(const TimetrackFilter &filter)
{
    QUrlQuery query;
    addIds(query, u"userIds"_s, filter.userIds);
    addIds(query, u"taskIds"_s, filter.taskIds);
    addIds(query, u"projectIds"_s, filter.projectIds);
    addIds(query, u"customerIds"_s, filter.customerIds);
    addBool(query, u"approved"_s, filter.approved);
    QStringList include;
    if (filter.withTasks)
        include << u"tasks"_s << u"projects"_s << u"customers"_s;
    if (filter.withComments)
        include << u"comments"_s;
    if (filter.withApprovalStatus)
        include << u"approvalStatus"_s;
    if (filter.withUsers)
        include << u"users"_s;
    if (!include.isEmpty())
        query.addQueryItem(u"includeReferenced"_s, include.join(u','));
    if (filter.stopAfter > 0)
        query.addQueryItem(u"stopAfter"_s, QString::number(filter.stopAfter));
    return query;
}

QUrlQuery ActiTimeClient::Impl::leaveQuery(const LeaveFilter &filter)
{
    QUrlQuery query;
    addIds(query, u"userIds"_s, filter.userIds);
    addIds(query, u"leaveTypeIds"_s, filter.leaveTypeIds);
    if (filter.withLeaveTypes)
        query.addQueryItem(u"includeReferenced"_s, u"leaveTypes"_s);
    if (filter.stopAfter > 0)
        query.addQueryItem(u"stopAfter"_s, QString::number(filter.stopAfter));
    return query;
}

QString ActiTimeClient::Impl::scopePath(ScopeKind kind, int id)
{
    switch (kind) {
    case ScopeKind::Customer:
        return u"/customers/%1"_s.arg(id);
    case ScopeKind::Project:
        return u"/projects/%1"_s.arg(id);
    case ScopeKind::Task:
        break;
    }
    return u"/tasks/%1"_s.arg(id);
}

QString ActiTimeClient::Impl::relativeUrl(const QString &path, const QUrlQuery &query)
{
    if (query.isEmpty())
        return path;
    // The same encoding as RequestQueue::send: '+' must arrive as %2B, not as a space. Commas
    // of csv values stay readable.
    QStringList pairs;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        pairs << QString::fromLatin1(QUrl::toPercentEncoding(key) + '='
                                     + QUrl::toPercentEncoding(value, ","));
    }
    return QString(path + u'?' + pairs.join(u'&'));
}

ApiRequest ActiTimeClient::Impl::batchRequest(const QList<BatchOperation> &operations)
{
    QJsonArray body;
    bool readOnly = true;
    for (const BatchOperation &operation : operations) {
        const QByteArray method = operation.method.toUpper();
        QJsonObject item{{u"method"_s, QString::fromLatin1(method)},
                         {u"relativeUrl"_s, operation.relativeUrl}};
        if (method == "POST" || method == "PATCH" || method == "PUT") {
            // The body is mandatory for writes; an absent one is sent as {} so the server
            // names the missing fields instead of refusing the operation's shape.
            item.insert(u"body"_s,
                        json::isAbsent(operation.body) ? QJsonValue(QJsonObject())
                                                       : operation.body);
        }
        if (!operation.id.isEmpty())
            item.insert(u"id"_s, operation.id);
        body.append(item);
        readOnly = readOnly && method == "GET";
    }
    ApiRequest request = ApiRequest::post(u"/batch"_s, body);
    QUrlQuery query;
    query.addQueryItem(u"includeResponseBody"_s, u"always"_s);
    request.query = query;
    // A POST is never repeated blindly, but a batch of GETs changes nothing on the server.
    request.idempotent = readOnly;
    return request;
}

std::optional<QList<int>> ActiTimeClient::Impl::parseUserIds(const QJsonValue &value,
                                                             json::ParseError *error)
{
    json::ObjectReader r(value, error);
    const QJsonArray array = r.requiredArray("userIds"_L1);
    if (!r.ok())
        return std::nullopt;
    QList<int> ids;
    ids.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const std::optional<qint64> id = json::toInteger(array.at(i));
        if (!id || *id < std::numeric_limits<int>::min() || *id > std::numeric_limits<int>::max()) {
            json::fail(error, json::indexPath(u"userIds"_s, i),
                       u"expected an integer id, got %1"_s.arg(json::describe(array.at(i))));
            return std::nullopt;
        }
        ids.append(int(*id));
    }
    return ids;
}

bool ActiTimeClient::Impl::batchAligned(const QList<json::BatchItemResult> &results,
                                        qsizetype expected, ApiError *error)
{
    if (results.size() == expected)
        return true;
    *error = invalidResponse(
        u"the batch answer has %1 results for %2 operations"_s.arg(results.size()).arg(expected));
    return false;
}

ApiError ActiTimeClient::Impl::batchItemError(const json::BatchItemResult &result)
{
    QByteArray body;
    if (result.body.isObject())
        body = QJsonDocument(result.body.toObject()).toJson(QJsonDocument::Compact);
    return ApiError::fromHttp(result.status, body, {});
}

bool ActiTimeClient::Impl::emitProgress(ApiCall *call, qsizetype count)
{
    const QPointer<ApiCall> alive(call);
    Q_EMIT call->progress(int(count));
    return alive && !call->isFinished();
}

ValueCall<bool> *ActiTimeClient::Impl::acknowledge(ActiTimeClient &client, ApiRequest request)
{
    auto *call = new ValueCall<bool>(client.m_queue);
    request.priority = client.m_priority;
    call->send(request, [call](const QByteArray &) {
        call->m_value = true;
        call->succeed();
    });
    return call;
}

bool ActiTimeClient::Impl::offsetEchoMatches(const json::ListEnvelope &envelope, int offset,
                                             ApiError *error)
{
    const std::optional<qint64> echoed = json::toInteger(envelope.whole.value("offset"_L1));
    if (!echoed || *echoed == offset)
        return true; // no echo (or an unreadable one) is tolerated
    *error = invalidResponse(
        u"offset: the server answered offset %1 when asked for offset %2"_s.arg(*echoed).arg(
            offset));
    return false;
}

bool ActiTimeClient::Impl::isFullPage(const json::ListEnvelope &envelope, int limitAsked,
                                      qsizetype received)
{
    const int limit = envelope.limit > 0 ? std::min(envelope.limit, limitAsked) : limitAsked;
    return received > 0 && received >= limit;
}

ApiError ActiTimeClient::Impl::endlessListError(const QString &path, const QString &why)
{
    return invalidResponse(u"%1: the list does not end: %2"_s.arg(path, why));
}

ApiError ActiTimeClient::Impl::stalledRangeError(const QDate &next, const QDate &from)
{
    return invalidResponse(u"nextDateFrom: %1 does not lie after the requested dateFrom %2"_s.arg(
        json::dateToWire(next), json::dateToWire(from)));
}

void ActiTimeClient::Impl::merge(json::TimetrackPage &into, json::TimetrackPage &&page)
{
    if (!into.dateFrom.isValid()) {
        into = std::move(page);
        into.nextDateFrom = QDate();
        return;
    }
    into.dateTo = page.dateTo;
    into.nextDateFrom = QDate();
    // Pages cover consecutive date ranges, so only days on or after the new page's first date can
    // repeat; index just those.
    QDate first;
    for (const TimetrackDay &day : std::as_const(page.days)) {
        if (!first.isValid() || day.date < first)
            first = day.date;
    }
    QHash<qint64, qsizetype> seen;
    for (qsizetype i = 0; first.isValid() && i < into.days.size(); ++i) {
        if (into.days.at(i).date >= first)
            seen.insert(dayKey(into.days.at(i).userId, into.days.at(i).date), i);
    }
    for (TimetrackDay &day : page.days) {
        const auto it = seen.constFind(dayKey(day.userId, day.date));
        if (it == seen.constEnd()) {
            into.days.append(std::move(day));
            continue;
        }
        TimetrackDay &known = into.days[*it];
        if (day.approved)
            known.approved = day.approved;
        for (TimetrackRecord &record : day.records) {
            const auto same = std::find_if(
                known.records.begin(), known.records.end(),
                [&record](const TimetrackRecord &r) { return r.taskId == record.taskId; });
            if (same != known.records.end())
                *same = std::move(record);
            else
                known.records.append(std::move(record));
        }
    }
    into.users.insert(page.users);
    into.tasks.insert(page.tasks);
    into.projects.insert(page.projects);
    into.customers.insert(page.customers);
    into.departments.insert(page.departments);
    into.timeZoneGroups.insert(page.timeZoneGroups);
    into.typesOfWork.insert(page.typesOfWork);
    into.workflowStatuses.insert(page.workflowStatuses);
}

void ActiTimeClient::Impl::merge(json::LeavePage &into, json::LeavePage &&page)
{
    if (!into.dateFrom.isValid()) {
        into = std::move(page);
        into.nextDateFrom = QDate();
        return;
    }
    into.dateTo = page.dateTo;
    into.nextDateFrom = QDate();
    QDate first;
    for (const LeaveRecord &record : std::as_const(page.records)) {
        if (!first.isValid() || record.date < first)
            first = record.date;
    }
    // (user, day) -> indexes of the known entries of that day, to replace a repeated leave type.
    QMultiHash<qint64, qsizetype> seen;
    for (qsizetype i = 0; first.isValid() && i < into.records.size(); ++i) {
        if (into.records.at(i).date >= first)
            seen.insert(dayKey(into.records.at(i).userId, into.records.at(i).date), i);
    }
    for (LeaveRecord &record : page.records) {
        bool replaced = false;
        const qint64 key = dayKey(record.userId, record.date);
        for (auto it = seen.constFind(key); it != seen.cend() && it.key() == key; ++it) {
            if (into.records.at(*it).leaveTypeId == record.leaveTypeId) {
                into.records[*it] = record;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            into.records.append(std::move(record));
    }
    into.users.insert(page.users);
    into.departments.insert(page.departments);
    into.timeZoneGroups.insert(page.timeZoneGroups);
    into.leaveTypes.insert(page.leaveTypes);
}

} // namespace actidesk
