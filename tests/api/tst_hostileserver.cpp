// RequestQueue and ActiTimeClient against a server that misbehaves on purpose (HostileServer):
// oversized, endless and dripping answers, redirects, lists that never end and absurd waits.
// For each: memory stays bounded, the number of requests stays bounded, and the caller gets a
// clear error rather than a hang.
#include "actitimeclient.h"
#include "hostileserver.h"
#include "requestqueue.h"
#include "serverheaders.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace actidesk;
using Script = HostileServer::Script;

namespace {
constexpr qint64 kCap = 256 * 1024;

QByteArray departmentsPage(int firstId, int count, std::optional<int> echoedOffset, int limit = -1)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i)
        items.append(QJsonObject{{u"id"_s, firstId + i}, {u"name"_s, u"D%1"_s.arg(firstId + i)}});
    QJsonObject page{{u"limit"_s, limit < 0 ? count : limit}, {u"items"_s, items}};
    if (echoedOffset)
        page.insert(u"offset"_s, *echoedOffset);
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

// A /timetrack or /leavetime answer for `days` days from the requested dateFrom (one entry each)
// that always says there is more: nextDateFrom is the day after the last one.
QByteArray endlessRangePage(const HostileServer::Request &r, int days)
{
    const QDate from = QDate::fromString(r.query.queryItemValue(u"dateFrom"_s), Qt::ISODate);
    const bool leave = r.path.endsWith("/leavetime");
    QJsonArray data;
    for (int i = 0; i < days; ++i) {
        const QString date = from.addDays(i).toString(Qt::ISODate);
        if (leave)
            data.append(QJsonObject{
                {u"userId"_s, 1}, {u"date"_s, date}, {u"leaveTypeId"_s, 2}, {u"leaveTime"_s, 60}});
        else
            data.append(QJsonObject{
                {u"userId"_s, 1},
                {u"date"_s, date},
                {u"records"_s, QJsonArray{QJsonObject{{u"taskId"_s, 7}, {u"time"_s, 30}}}}});
    }
    const QJsonObject page{{u"dateFrom"_s, from.toString(Qt::ISODate)},
                           {u"dateTo"_s, from.addDays(days - 1).toString(Qt::ISODate)},
                           {u"nextDateFrom"_s, from.addDays(days).toString(Qt::ISODate)},
                           {u"data"_s, data}};
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}
} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RequestQueue> queue(const HostileServer &server)
    {
        auto q = std::make_unique<RequestQueue>(&m_network, server.apiBase());
        q->setCredentials(u"employee"_s, u"secret"_s);
        q->setRetryPolicy({3, 10, 50, 0.5, 20, 2});
        ReplyLimits limits;
        limits.maxBytes = kCap;
        limits.deadlineMs = 5'000;
        limits.interactiveDeadlineMs = 5'000;
        q->setReplyLimits(limits);
        return q;
    }
    static std::unique_ptr<ApiReply> send(RequestQueue &q, const ApiRequest &request)
    {
        return std::unique_ptr<ApiReply>(q.enqueue(request));
    }

    QNetworkAccessManager m_network;

private Q_SLOTS:
    void contentLengthOverTheCapAbortsAtOnce()
    {
        HostileServer server;
        QVERIFY(server.isListening());
        server.setHandler([](const HostileServer::Request &) {
            Script s;
            s.mode = Script::Body::Drip; // would take forever to send
            s.contentLength = 10LL * 1024 * 1024 * 1024;
            s.dripIntervalMs = 50;
            return s;
        });
        auto q = queue(server);
        QElapsedTimer clock;
        clock.start();
        auto reply = send(*q, ApiRequest::get(u"/tasks"_s));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 3000);
        QVERIFY(clock.elapsed() < 2000); // not the deadline: the header alone decided
        QCOMPARE(reply->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(reply->error().message.contains(u"the server's answer is too large"_s),
                 qPrintable(reply->error().message));
        QVERIFY(reply->body().isEmpty());
        QVERIFY(q->peakBufferedBytes() < 1024);
        QCOMPARE(server.requestCount(), 1); // never asked again for the same giant
    }

    void endlessBodyStopsAtTheCap()
    {
        HostileServer server;
        server.setHandler([](const HostileServer::Request &) {
            Script s;
            s.mode = Script::Body::Endless;
            return s;
        });
        auto q = queue(server);
        auto reply = send(*q, ApiRequest::get(u"/tasks"_s));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QCOMPARE(reply->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(reply->error().message.contains(u"too large"_s),
                 qPrintable(reply->error().message));
        QVERIFY(reply->error().userMessage().contains(u"too large"_s));
        QVERIFY2(q->peakBufferedBytes() <= kCap,
                 qPrintable(QString::number(q->peakBufferedBytes())));
        QVERIFY(server.bytesWritten() > kCap); // the server did send more than that
        QCOMPARE(server.requestCount(), 1);
    }

    void answerJustUnderTheCapIsRead()
    {
        HostileServer server;
        const QByteArray body = "{\"x\":\"" + QByteArray(kCap - 16, 'a') + "\"}";
        server.setHandler([body](const HostileServer::Request &) { return Script::json(body); });
        auto q = queue(server);
        auto reply = send(*q, ApiRequest::get(u"/tasks"_s));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
        QCOMPARE(reply->body(), body);
    }

    void drippingServerMeetsTheDeadline()
    {
        HostileServer server;
        server.setHandler([](const HostileServer::Request &) {
            Script s;
            s.mode = Script::Body::Drip; // a byte every 20 ms: never idle, never done
            s.contentLength = 100'000;
            s.dripIntervalMs = 20;
            return s;
        });
        auto q = queue(server);
        ReplyLimits limits = q->replyLimits();
        limits.deadlineMs = 400;
        q->setReplyLimits(limits);
        q->setInactivityTimeoutMs(30'000);
        QElapsedTimer clock;
        clock.start();
        auto reply = send(*q, ApiRequest::get(u"/tasks"_s));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QCOMPARE(reply->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(server.requestCount(), 3); // RetryPolicy::maxAttempts, then it gives up
        QCOMPARE(reply->attempts(), 3);
        QVERIFY(clock.elapsed() < 3000);
    }

    void interactiveRequestsTryAtMostTwice()
    {
        HostileServer server;
        server.setHandler([](const HostileServer::Request &) { return Script::json("{}", 503); });
        auto q = queue(server);
        q->setRetryPolicy({4, 10, 50, 0.5, 20, 2});
        auto interactive =
            send(*q, ApiRequest::get(u"/users/me"_s).withPriority(Priority::Interactive));
        QTRY_VERIFY_WITH_TIMEOUT(interactive->isFinished(), 5000);
        QCOMPARE(interactive->error().kind, ApiError::Kind::Server);
        QCOMPARE(interactive->attempts(), 2);
        QCOMPARE(server.requestCount(), 2);
        auto background = send(*q, ApiRequest::get(u"/tasks"_s));
        QTRY_VERIFY_WITH_TIMEOUT(background->isFinished(), 5000);
        QCOMPARE(background->attempts(), 4);
    }

    void crossHostRedirectIsRefusedWithoutCredentials()
    {
        // Another port and another address: both are another server.
        for (const QHostAddress &elsewhere :
             {QHostAddress(QHostAddress::LocalHost), QHostAddress(u"127.0.0.2"_s)}) {
            HostileServer other(elsewhere);
            QVERIFY2(other.isListening(), qPrintable(elsewhere.toString()));
            other.setHandler([](const HostileServer::Request &) { return Script::json("{}"); });
            HostileServer server;
            const QByteArray target = other.url("/api/v1/tasks").toEncoded();
            server.setHandler(
                [target](const HostileServer::Request &) { return Script::redirect(target); });
            auto q = queue(server);
            auto reply = send(*q, ApiRequest::get(u"/tasks"_s));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
            QVERIFY(!reply->isOk());
            QCOMPARE(reply->error().kind, ApiError::Kind::InvalidResponse);
            QVERIFY2(reply->error().message.contains(u"redirected the request to another server"_s),
                     qPrintable(reply->error().message));
            QCOMPARE(server.requestCount(), 1); // not retried
            // The credentials never went there: the queue sent nothing after the first request
            // (it counts a request when sending it, before any server could see it).
            QCOMPARE(q->sentCount(), 1);
            QCOMPARE(q->length(), 0);
            QCOMPARE(other.requestCount(), 0);
        }
    }

    void sameHostRedirectIsFollowedWithCredentials()
    {
        HostileServer server;
        server.setHandler([](const HostileServer::Request &r) {
            if (r.path == "/api/v1/old")
                return Script::redirect("/api/v1/new", 307);
            return Script::json("{\"moved\":true}");
        });
        auto q = queue(server);
        auto reply = send(*q, ApiRequest::get(u"/old"_s));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
        QCOMPARE(reply->body(), QByteArray("{\"moved\":true}"));
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(server.requests().at(1).path, QByteArray("/api/v1/new"));
        QVERIFY(server.requests().at(1).header("Authorization").startsWith("Basic "));
    }

    void redirectLoopEnds()
    {
        HostileServer server;
        server.setHandler(
            [](const HostileServer::Request &) { return Script::redirect("/api/v1/loop"); });
        auto q = queue(server);
        auto reply = send(*q, ApiRequest::get(u"/loop"_s));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QVERIFY(!reply->isOk());
        QCOMPARE(reply->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(reply->error().message.contains(u"loop"_s), qPrintable(reply->error().message));
        QVERIFY(server.requestCount() <= 7);
    }

    void redirectWithoutLocationIsNoSuccess()
    {
        HostileServer server;
        server.setHandler([](const HostileServer::Request &) { return Script::redirect({}); });
        auto q = queue(server);
        // A queued delete and a lock must not be confirmed by an answer that did nothing.
        auto del = send(*q, ApiRequest::del(u"/customers/6"_s));
        auto lock = send(*q, ApiRequest::patch(u"/timetrack/lock"_s, QJsonObject{}));
        QTRY_VERIFY_WITH_TIMEOUT(del->isFinished() && lock->isFinished(), 5000);
        for (ApiReply *reply : {del.get(), lock.get()}) {
            QVERIFY(!reply->isOk());
            QCOMPARE(reply->error().kind, ApiError::Kind::InvalidResponse);
            QCOMPARE(reply->error().httpStatus, 302);
            QVERIFY2(reply->error().message.contains(u"redirect"_s),
                     qPrintable(reply->error().message));
        }
        QCOMPARE(server.requestCount(), 2);
    }

    void absurdRetryAfterIsCappedThenRetried()
    {
        HostileServer server;
        server.setHandler([](const HostileServer::Request &) {
            Script s = Script::json("{}", 429);
            s.withHeader("Retry-After", "99999999999999999999");
            return s;
        });
        auto q = queue(server);
        QSignalSpy paused(q.get(), &RequestQueue::pauseChanged);
        auto reply = send(*q, ApiRequest::get(u"/tasks"_s));
        QTRY_COMPARE_WITH_TIMEOUT(q->state(), RequestQueue::State::RateLimited, 5000);
        QVERIFY(paused.count() >= 1);
        const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(q->pausedUntil());
        QVERIFY2(wait > 200 && wait <= 301, qPrintable(QString::number(wait)));
        QCOMPARE(server.requestCount(), 1); // nothing sent while paused
        QVERIFY(!reply->isFinished()); // it is retried once the wait is over
    }

    void retryAfterAsHttpDateIsHonoured()
    {
        HostileServer server;
        server.setHandler([&server](const HostileServer::Request &) {
            if (server.requestCount() > 1)
                return Script::json("{}");
            Script s = Script::json("{}", 429);
            const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(2);
            s.withHeader(
                "Retry-After",
                QLocale::c().toString(at, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1());
            return s;
        });
        auto q = queue(server);
        QElapsedTimer clock;
        clock.start();
        auto reply = send(*q, ApiRequest::get(u"/tasks"_s));
        QTRY_COMPARE_WITH_TIMEOUT(q->state(), RequestQueue::State::RateLimited, 3000);
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(q->pausedUntil());
        QVERIFY2(wait > 500 && wait <= 2100, qPrintable(QString::number(wait)));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QVERIFY(reply->isOk());
        QVERIFY(clock.elapsed() >= 900);
        QCOMPARE(server.requestCount(), 2);
    }

    void rateLimitResetBeyondTheWindowIsIgnored()
    {
        HostileServer server;
        server.setHandler([](const HostileServer::Request &) {
            Script s = Script::json("{}");
            s.withHeader("X-Ratelimit-Remaining", "0");
            s.withHeader("X-Ratelimit-Reset", "86400");
            return s;
        });
        auto q = queue(server);
        auto first = send(*q, ApiRequest::get(u"/a"_s));
        QTRY_VERIFY_WITH_TIMEOUT(first->isFinished(), 3000);
        QElapsedTimer clock;
        clock.start();
        auto second = send(*q, ApiRequest::get(u"/b"_s));
        QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), 3000); // not held back for a day
        QVERIFY(second->isOk());
        QVERIFY(clock.elapsed() < 2000);
        QCOMPARE(server.requestCount(), 2);
    }

    void forbiddenMentioningBlockedIsNoBan()
    {
        HostileServer server;
        server.setHandler([](const HostileServer::Request &) {
            return Script::json("{\"key\":\"api.error.no_permission\",\"message\":\"The task is "
                                "blocked; too many login attempts\"}",
                                403);
        });
        auto q = queue(server);
        auto reply = send(*q, ApiRequest::get(u"/tasks/1"_s));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 3000);
        QCOMPARE(reply->error().kind, ApiError::Kind::Forbidden);
        QCOMPARE(q->state(), RequestQueue::State::Running);
    }

    void banIsRecognisedByKeyOrRetryAfterAtSignIn()
    {
        HostileServer server;
        server.setHandler([](const HostileServer::Request &) {
            Script s = Script::json("{\"message\":\"go away\"}", 403);
            s.withHeader("Retry-After", "7");
            return s;
        });
        auto q = queue(server);
        auto reply = send(*q, ApiRequest::get(u"/users/me"_s).withPriority(Priority::Interactive));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 3000);
        QCOMPARE(reply->error().kind, ApiError::Kind::Banned);
        QCOMPARE(reply->error().retryAfterSeconds, 7);
        QCOMPARE(q->state(), RequestQueue::State::Banned);
    }

    void absurdBanIsCapped()
    {
        HostileServer server;
        server.setHandler([](const HostileServer::Request &) {
            return Script::json("{\"key\":\"api.error.ip_blocked\"}", 403)
                .withHeader("Retry-After", "31536000"); // a year
        });
        auto q = queue(server);
        auto reply = send(*q, ApiRequest::get(u"/users/me"_s).withPriority(Priority::Interactive));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 3000);
        QCOMPARE(reply->error().kind, ApiError::Kind::Banned);
        QCOMPARE(reply->error().retryAfterSeconds, headers::kMaxRetryAfterSeconds);
        QCOMPARE(q->state(), RequestQueue::State::Banned);
        const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(q->pausedUntil());
        QVERIFY2(wait > 200 && wait <= headers::kMaxRetryAfterSeconds,
                 qPrintable(QString::number(wait)));
    }

    void retryAfterOnForbiddenAfterSignInIsNoBan()
    {
        HostileServer server;
        server.setHandler([&server](const HostileServer::Request &) {
            if (server.requestCount() == 1)
                return Script::json("{}"); // the sign-in: credentials proven
            Script s = Script::json("{\"message\":\"no permission\"}", 403);
            s.withHeader("Retry-After", "120");
            return s;
        });
        auto q = queue(server);
        auto me = send(*q, ApiRequest::get(u"/users/me"_s));
        QTRY_VERIFY_WITH_TIMEOUT(me->isFinished(), 3000);
        auto reply = send(*q, ApiRequest::get(u"/userRates"_s));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 3000);
        QCOMPARE(reply->error().kind, ApiError::Kind::Forbidden);
        QCOMPARE(q->state(), RequestQueue::State::Running);
    }

    void listThatNeverEndsStopsAtThePageCap()
    {
        HostileServer server;
        server.setHandler([](const HostileServer::Request &r) {
            const int offset = r.query.queryItemValue(u"offset"_s).toInt();
            const int limit = r.query.queryItemValue(u"limit"_s).toInt();
            return Script::json(departmentsPage(offset + 1, limit, offset)); // always full
        });
        auto q = queue(server);
        ActiTimeClient client(*q);
        client.setPagingLimits({5, 1'000'000});
        ListFilter filter;
        filter.pageSize = 3;
        std::unique_ptr<ApiCall> call(client.departments(filter));
        QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
        QCOMPARE(call->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(call->error().message.contains(u"more than 5 pages"_s),
                 qPrintable(call->error().message));
        QCOMPARE(server.requestCount(), 5);
    }

    void listThatNeverEndsStopsAtTheItemCap()
    {
        HostileServer server;
        server.setHandler([](const HostileServer::Request &r) {
            const int offset = r.query.queryItemValue(u"offset"_s).toInt();
            const int limit = r.query.queryItemValue(u"limit"_s).toInt();
            return Script::json(departmentsPage(offset + 1, limit, offset));
        });
        auto q = queue(server);
        ActiTimeClient client(*q);
        client.setPagingLimits({1000, 10});
        ListFilter filter;
        filter.pageSize = 4;
        std::unique_ptr<ApiCall> call(client.departments(filter));
        QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
        QCOMPARE(call->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(call->error().message.contains(u"more than 10 items"_s),
                 qPrintable(call->error().message));
        QCOMPARE(server.requestCount(), 3);
    }

    void serverIgnoringOffsetWithoutEchoIsCaught()
    {
        HostileServer server;
        server.setHandler([](const HostileServer::Request &r) {
            const int limit = r.query.queryItemValue(u"limit"_s).toInt();
            return Script::json(departmentsPage(1, limit, std::nullopt)); // the first page, always
        });
        auto q = queue(server);
        ActiTimeClient client(*q);
        ListFilter filter;
        filter.pageSize = 2;
        auto *call = client.departments(filter);
        std::unique_ptr<ApiCall> owner(call);
        QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
        QCOMPARE(call->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(call->error().message.contains(u"repeats the item with id 1"_s),
                 qPrintable(call->error().message));
        QVERIFY(call->value().isEmpty()); // never part of a list
        QCOMPARE(server.requestCount(), 2);
    }

    void listThatEndsIsRead()
    {
        HostileServer server;
        server.setHandler([](const HostileServer::Request &r) {
            const int offset = r.query.queryItemValue(u"offset"_s).toInt();
            const int limit = r.query.queryItemValue(u"limit"_s).toInt();
            return Script::json(
                departmentsPage(offset + 1, offset >= 4 ? 1 : limit, offset, limit));
        });
        auto q = queue(server);
        ActiTimeClient client(*q);
        client.setPagingLimits({3, 5});
        ListFilter filter;
        filter.pageSize = 2;
        auto *call = client.departments(filter);
        std::unique_ptr<ApiCall> owner(call);
        QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
        QVERIFY2(call->isOk(), qPrintable(call->error().message));
        QCOMPARE(call->value().size(), 5); // exactly at both caps is still fine
    }

    void openTimetrackRangeStopsAtThePageCap()
    {
        HostileServer server;
        server.setHandler(
            [](const HostileServer::Request &r) { return Script::json(endlessRangePage(r, 1)); });
        auto q = queue(server);
        ActiTimeClient client(*q);
        client.setPagingLimits({5, 1'000'000});
        TimetrackFilter filter;
        filter.from = QDate(2024, 7, 1); // no dateTo: up to where the server decides
        auto *call = client.timetrack(filter);
        std::unique_ptr<ApiCall> owner(call);
        QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
        QCOMPARE(call->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(call->error().message.contains(u"more than 5 pages"_s),
                 qPrintable(call->error().message));
        QCOMPARE(server.requestCount(), 5);
        QVERIFY(call->value().days.isEmpty()); // never part of a range
    }

    void openLeaveRangeStopsAtThePageCap()
    {
        HostileServer server;
        server.setHandler(
            [](const HostileServer::Request &r) { return Script::json(endlessRangePage(r, 2)); });
        auto q = queue(server);
        ActiTimeClient client(*q);
        client.setPagingLimits({4, 1'000'000});
        LeaveFilter filter;
        filter.from = QDate(2024, 7, 1);
        auto *call = client.leave(filter);
        std::unique_ptr<ApiCall> owner(call);
        QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
        QCOMPARE(call->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(call->error().message.contains(u"more than 4 pages"_s),
                 qPrintable(call->error().message));
        QCOMPARE(server.requestCount(), 4);
        QVERIFY(call->value().records.isEmpty());
    }

    void openRangeStopsAtTheItemCap()
    {
        HostileServer server;
        server.setHandler(
            [](const HostileServer::Request &r) { return Script::json(endlessRangePage(r, 3)); });
        auto q = queue(server);
        ActiTimeClient client(*q);
        client.setPagingLimits({1000, 10});
        TimetrackFilter filter;
        filter.from = QDate(2024, 7, 1);
        auto *call = client.timetrack(filter);
        std::unique_ptr<ApiCall> owner(call);
        QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
        QCOMPARE(call->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(call->error().message.contains(u"more than 10 items"_s),
                 qPrintable(call->error().message));
        QCOMPARE(server.requestCount(), 4); // 3, 6, 9, then 12 days
    }

    void rangeThatEndsAtTheCapsIsRead()
    {
        HostileServer server;
        server.setHandler(
            [](const HostileServer::Request &r) { return Script::json(endlessRangePage(r, 2)); });
        auto q = queue(server);
        ActiTimeClient client(*q);
        client.setPagingLimits({3, 6});
        TimetrackFilter filter;
        filter.from = QDate(2024, 7, 1);
        filter.to = QDate(2024, 7, 6); // three answers of two days reach it
        auto *call = client.timetrack(filter);
        std::unique_ptr<ApiCall> owner(call);
        QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
        QVERIFY2(call->isOk(), qPrintable(call->error().message));
        QCOMPARE(call->value().days.size(), 6); // exactly at both caps is still fine
        QCOMPARE(server.requestCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
