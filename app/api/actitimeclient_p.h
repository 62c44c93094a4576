#pragma once

// Internals of ActiTimeClient shared by its source files: request building, the list pager, the
// resumption of date-range reads and the merge of their pages. Not part of the client's API.

#include "actitimeclient.h"

#include <QPointer>
#include <QSet>
#include <QUrlQuery>

#include <memory>

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

namespace actidesk {

struct ActiTimeClient::Impl
{
    using Done = std::function<void()>;

    // --- building requests (actitimeclient_impl.cpp) ------------------------------------------

    // One path segment with every reserved character percent-encoded: a username may hold '@',
    // spaces, '/' or '?'.
    static QString segment(const QString &text);
    static QString csv(const QList<int> &ids);
    // Each adds the parameter only when the value is set ("unset members are not sent").
    static void addIds(QUrlQuery &query, const QString &key, const QList<int> &ids);
    static void addText(QUrlQuery &query, const QString &key, const QString &text);
    static void addBool(QUrlQuery &query, const QString &key, const std::optional<bool> &value);
    static void addSort(QUrlQuery &query, const QStringList &sort);
    // The catalogue filters of ListFilter; `ids` and `archived` only where the resource has them.
    enum ListParams { NameOnly = 0, Ids = 1, Archived = 2 };
    static void addListFilter(QUrlQuery &query, const ListFilter &filter, int params);
    // Everything but the dates: those change from page to page.
    static QUrlQuery timetrackQuery(const TimetrackFilter &filter);
    static QUrlQuery leaveQuery(const LeaveFilter &filter);
    static QString scopePath(ScopeKind kind, int id); // "/customers/6"
    // "path?query" as the queue would send it, for a batch operation's relativeUrl.
    static QString relativeUrl(const QString &path, const QUrlQuery &query);
    // POST /batch?includeResponseBody=always; retryable when every operation only reads.
    static ApiRequest batchRequest(const QList<BatchOperation> &operations);

    // --- answers ----------------------------------------------------------------------------

    // {"userIds": [ints]} of /…/assignedUsers; the array is required.
    static std::optional<QList<int>> parseUserIds(const QJsonValue &value, json::ParseError *error);
    // A batch answer must hold one result per operation, or the results cannot be matched up.
    static bool batchAligned(const QList<json::BatchItemResult> &results, qsizetype expected,
                             ApiError *error);
    // The error of a failed batch operation, as if it had been sent alone.
    static ApiError batchItemError(const json::BatchItemResult &result);
    // Emits progress(count); false when a receiver cancelled or deleted the call meanwhile.
    static bool emitProgress(ApiCall *call, qsizetype count);

    // A call of several requests that fails (or is cancelled) half-way drops what it had read,
    // so a caller never mistakes part of a list for all of it. Connected before the caller can
    // connect, it runs first.
    template<class T>
    static ValueCall<T> *newMultiRequestCall(ActiTimeClient &client)
    {
        auto *call = new ValueCall<T>(client.m_queue);
        QObject::connect(call, &ApiCall::finished, call, [call]() {
            if (!call->isOk())
                call->m_value = T{};
        });
        return call;
    }

    // Appends a later page of the same range: days (records) are added, a day that a server split
    // over two pages is joined rather than repeated, referenced maps are united, dateTo advances
    // and nextDateFrom is cleared. A first page (into.dateFrom invalid) is taken as it is.
    static void merge(json::TimetrackPage &into, json::TimetrackPage &&page);
    static void merge(json::LeavePage &into, json::LeavePage &&page);
    static qsizetype count(const json::TimetrackPage &page) { return page.days.size(); }
    static qsizetype count(const json::LeavePage &page) { return page.records.size(); }

    // --- decoding answers --------------------------------------------------------------------

    // Runs decode(body, &error) — on a pool thread for a large answer, see ApiCall::decode —
    // then use(result, error) on the call's thread. `decode` must be pure (a parser and its
    // captured copies): it may run on another thread.
    template<class T, class C, class Decode, class Use>
    static void decodeThen(C *call, const QByteArray &body, Decode decode, Use use)
    {
        struct Decoded
        {
            std::optional<T> value;
            json::ParseError error;
        };
        auto decoded = std::make_shared<Decoded>();
        call->decode(
            body.size(),
            [decoded, body, decode = std::move(decode)]() {
                decoded->value = decode(body, &decoded->error);
            },
            [decoded, use = std::move(use)]() mutable {
                use(std::move(decoded->value), decoded->error);
            });
    }

    // --- one request, one value -------------------------------------------------------------

    // `parse` is std::optional<T>(const QJsonValue &, json::ParseError *).
    template<class T, class Parse>
    static ValueCall<T> *fetch(ActiTimeClient &client, ApiRequest request, Parse parse)
    {
        auto *call = new ValueCall<T>(client.m_queue);
        request.priority = client.m_priority;
        call->send(request, [call, parse = std::move(parse)](const QByteArray &body) {
            decodeThen<T>(
                call, body,
                [parse](const QByteArray &answer, json::ParseError *error) -> std::optional<T> {
                    if (const std::optional<QJsonValue> document = json::parseBody(answer, error))
                        return parse(*document, error);
                    return std::nullopt;
                },
                [call](std::optional<T> &&value, const json::ParseError &error) {
                    if (!value)
                        return call->failParse(error);
                    call->m_value = std::move(*value);
                    call->succeed();
                });
        });
        return call;
    }

    // A request whose answer carries nothing we need (DELETE's 204, lock): true on any 2xx.
    static ValueCall<bool> *acknowledge(ActiTimeClient &client, ApiRequest request);

    // --- catalogue lists: offset/limit paging -----------------------------------------------

    struct Page
    {
        QString path;
        QUrlQuery query; // filters; offset and limit are added per page
        int limit = 1000;
        int offset = 0;
        Priority priority = Priority::Normal;
        PagingLimits limits;
        int number = 1; // 1 for the first page
        // Ids of the items read so far, shared by the pages of one list: a page that repeats
        // one means the server ignores the offset (or serves a shifting list), and paging on
        // would never end.
        std::shared_ptr<QSet<qint64>> seen = std::make_shared<QSet<qint64>>();
    };

    // The identity of a list item: its id (UserRates has only the user's).
    template<class T>
    static qint64 itemId(const T &item)
    {
        if constexpr (requires { item.id; })
            return qint64(item.id);
        else
            return qint64(item.userId);
    }
    // The error for a list the server does not let end.
    static ApiError endlessListError(const QString &path, const QString &why);

    // Reads every page of a list: limit = pageSize, offset advanced by the items received while
    // pages come back full, progress() after each page. `keep` (optional) drops items a filter
    // the resource lacks would have dropped.
    template<class T, class ParseOne>
    static ValueCall<QList<T>> *fetchList(ActiTimeClient &client, const QString &path,
                                          const QUrlQuery &query, int pageSize, ParseOne parseOne,
                                          std::function<bool(const T &)> keep = {})
    {
        auto *call = newMultiRequestCall<QList<T>>(client);
        Page first;
        first.path = path;
        first.query = query;
        first.limit = qMax(1, pageSize);
        first.priority = client.m_priority;
        first.limits = client.m_paging;
        requestPage<T>(call, std::move(first), std::move(parseOne), std::move(keep));
        return call;
    }

    // The server echoes the offset it served; another value means it ignored ours, and paging
    // on would never end.
    static bool offsetEchoMatches(const json::ListEnvelope &envelope, int offset, ApiError *error);
    // A page is full when it holds as many items as asked for — or as the server says it allows,
    // when it echoes a smaller limit (a server may clamp instead of refusing).
    static bool isFullPage(const json::ListEnvelope &envelope, int limitAsked, qsizetype received);

    template<class T, class ParseOne>
    static void requestPage(ValueCall<QList<T>> *call, Page page, ParseOne parseOne,
                            std::function<bool(const T &)> keep)
    {
        QUrlQuery query = page.query;
        query.addQueryItem(QStringLiteral("offset"), QString::number(page.offset));
        query.addQueryItem(QStringLiteral("limit"), QString::number(page.limit));
        const ApiRequest request = ApiRequest::get(page.path, query).withPriority(page.priority);
        call->send(
            request,
            [call, page = std::move(page), parseOne,
             keep = std::move(keep)](const QByteArray &body) {
                json::ParseError error;
                const std::optional<json::ListEnvelope> envelope =
                    json::parseListEnvelope(body, &error);
                if (!envelope)
                    return call->failParse(error);
                ApiError offsetError;
                if (!offsetEchoMatches(*envelope, page.offset, &offsetError))
                    return call->fail(offsetError);
                std::optional<QList<T>> items =
                    json::parseItems<T>(envelope->items, parseOne, &error);
                if (!items)
                    return call->failParse(error);
                const qsizetype received = items->size();
                for (const T &item : std::as_const(*items)) {
                    const qint64 id = itemId(item);
                    if (page.seen->contains(id))
                        return call->fail(endlessListError(
                            page.path,
                            QStringLiteral("page %1 repeats the item with id %2 (the server "
                                           "ignores the offset)")
                                .arg(page.number)
                                .arg(id)));
                    page.seen->insert(id);
                }
                if (page.seen->size() > page.limits.maxItems)
                    return call->fail(endlessListError(
                        page.path, QStringLiteral("more than %1 items").arg(page.limits.maxItems)));
                for (T &item : *items) {
                    if (!keep || keep(item))
                        call->m_value.append(std::move(item));
                }
                if (!emitProgress(call, call->m_value.size()))
                    return;
                if (!isFullPage(*envelope, page.limit, received))
                    return call->succeed();
                if (page.number >= page.limits.maxPages)
                    return call->fail(endlessListError(
                        page.path, QStringLiteral("more than %1 pages").arg(page.limits.maxPages)));
                Page next = page;
                ++next.number;
                next.offset += int(received);
                requestPage<T>(call, std::move(next), parseOne, keep);
            });
    }

    // --- date ranges: /timetrack and /leavetime, resumed from nextDateFrom --------------------

    struct Range
    {
        QString path; // "/timetrack" or "/leavetime"
        QUrlQuery query; // filters; dateFrom/dateTo are added per request
        QDate from;
        QDate to; // invalid: up to where the server decides
        Priority priority = Priority::Normal;
        // A server may keep advancing nextDateFrom on an open-ended range: the same caps as the
        // paged lists end the read with an error instead of requesting forever.
        PagingLimits limits;
        int number = 1; // 1 for the first request of the range
    };

    template<class PageT>
    static std::optional<PageT> parseRangePage(const QByteArray &body, json::ParseError *error)
    {
        if constexpr (std::is_same_v<PageT, json::TimetrackPage>)
            return json::parseTimetrackPage(body, error);
        else
            return json::parseLeavePage(body, error);
    }

    // The error for a nextDateFrom that does not move forward (the pager would loop).
    static ApiError stalledRangeError(const QDate &next, const QDate &from);

    // Reads `range` into `*into` (which lives in the call's value), request after request while
    // the answer says nextDateFrom, then calls done(). progress() counts days (records).
    template<class C, class PageT>
    static void requestRange(C *call, PageT *into, Range range, Done done)
    {
        QUrlQuery query = range.query;
        query.addQueryItem(QStringLiteral("dateFrom"), json::dateToWire(range.from));
        if (range.to.isValid())
            query.addQueryItem(QStringLiteral("dateTo"), json::dateToWire(range.to));
        const ApiRequest request = ApiRequest::get(range.path, query).withPriority(range.priority);
        call->send(
            request,
            [call, into, range = std::move(range), done = std::move(done)](const QByteArray &body) {
                // A thousand users' week is megabytes of JSON: decoded off this thread.
                decodeThen<PageT>(
                    call, body,
                    [](const QByteArray &answer, json::ParseError *error) {
                        return parseRangePage<PageT>(answer, error);
                    },
                    [call, into, range, done](std::optional<PageT> &&page,
                                              const json::ParseError &error) {
                        if (!page)
                            return call->failParse(error);
                        continueRange(call, into, std::move(*page), range, done);
                    });
            });
    }

    // Merges a page read for `range` and asks for the rest when it was cut short.
    template<class C, class PageT>
    static void continueRange(C *call, PageT *into, PageT &&page, const Range &range,
                              const Done &done)
    {
        const QDate next = page.nextDateFrom;
        if (next.isValid() && range.from.isValid() && next <= range.from)
            return call->fail(stalledRangeError(next, range.from));
        merge(*into, std::move(page));
        if (count(*into) > range.limits.maxItems)
            return call->fail(endlessListError(
                range.path, QStringLiteral("more than %1 items").arg(range.limits.maxItems)));
        if (!emitProgress(call, count(*into)))
            return;
        if (!next.isValid() || (range.to.isValid() && next > range.to))
            return done();
        if (range.number >= range.limits.maxPages)
            return call->fail(endlessListError(
                range.path, QStringLiteral("more than %1 pages").arg(range.limits.maxPages)));
        Range rest = range;
        rest.from = next;
        ++rest.number;
        requestRange(call, into, std::move(rest), done);
    }
};

} // namespace actidesk
