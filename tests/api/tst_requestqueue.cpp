// RequestQueue against the emulator over loopback HTTP: pacing, 429, 401, bans, retries,
// priorities, cancellation, coalescing, parallelism, timeouts and TLS. The queue and the
// emulator share one ManualClock: waits (pacing, Retry-After, bans, back-off) pass by moving it,
// never by sleeping, and the server counts its windows in the same time.
#include "emulatorfixture.h"
#include "manualclock.h"
#include "requestqueue.h"
#include "testdataset.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace actidesk;
using Kind = emu::FaultRule::Kind;

namespace {
struct Seen
{
    QByteArray method;
    QString path;
    QString query;
    int status;
};

// Every request that reached the emulator, in order.
class RequestLog
{
public:
    Q_DISABLE_COPY_MOVE(RequestLog) // the observer captures `this`

    explicit RequestLog(emu::Emulator &emulator)
    {
        emulator.setObserver(
            [this](const emu::HttpRequest &request, const emu::HttpResponse &response) {
                m_seen.append({request.method, request.path, QString::fromLatin1(request.rawQuery),
                               response.status});
            });
    }
    const QList<Seen> &seen() const { return m_seen; }
    void clear() { m_seen.clear(); }
    int count(int status) const
    {
        return int(std::count_if(m_seen.begin(), m_seen.end(),
                                 [status](const Seen &s) { return s.status == status; }));
    }

private:
    QList<Seen> m_seen;
};

// Runs the event loop until `done`, moving the shared clock over every wait of the queue (the
// queue waits for time only while nothing is in flight). `timeoutMs` is real time, for loopback
// I/O only.
bool drive(ManualClock &clock, const RequestQueue &queue, const std::function<bool()> &done,
           int timeoutMs = 5000)
{
    return clock.runUntil(
        done, [&queue]() { return queue.inFlight() > 0; }, timeoutMs);
}

bool allFinished(const std::vector<std::unique_ptr<ApiReply>> &replies)
{
    return std::all_of(replies.begin(), replies.end(),
                       [](const auto &r) { return r->isFinished(); });
}
} // namespace

class TestRequestQueue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RequestQueue> queue(EmulatorFixture &f, const QString &login = u"employee"_s,
                                        const QString &password = {})
    {
        auto q = std::make_unique<RequestQueue>(&m_network, f.apiBase(), nullptr, f.clock());
        q->setCredentials(login, password.isEmpty() ? login : password);
        q->setRetryPolicy({4, 10, 100, 0.5, 20});
        return q;
    }
    std::unique_ptr<ApiReply> get(RequestQueue &q, const QString &path,
                                  Priority p = Priority::Normal)
    {
        const qsizetype mark = path.indexOf(u'?');
        const QUrlQuery query(mark < 0 ? QString() : path.mid(mark + 1));
        return std::unique_ptr<ApiReply>(
            q.enqueue(ApiRequest::get(mark < 0 ? path : path.left(mark), query).withPriority(p)));
    }

    QNetworkAccessManager m_network;

private Q_SLOTS:
    void simpleGet()
    {
        EmulatorFixture f(testdata::contractDataset());
        auto q = queue(f);
        auto reply = get(*q, u"/departments/1"_s);
        QSignalSpy finished(reply.get(), &ApiReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(reply->isOk());
        QCOMPARE(reply->httpStatus(), 200);
        QVERIFY(reply->body().contains("Engineering"));
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(q->length(), 0);
        QCOMPARE(q->statusCounts().value(200), 1);
    }

    void queryAndBodyAreSent()
    {
        EmulatorFixture f(testdata::contractDataset());
        RequestLog log(f.emulator());
        auto q = queue(f, u"admin"_s, u"manager"_s);
        QUrlQuery query;
        query.addQueryItem(u"sort"_s, u"+name"_s);
        std::unique_ptr<ApiReply> list(q->enqueue(ApiRequest::get(u"/departments"_s, query)));
        std::unique_ptr<ApiReply> created(q->enqueue(
            ApiRequest::post(u"/workflowStatuses"_s,
                             QJsonObject{{u"name"_s, u"Blocked"_s}, {u"type"_s, u"open"_s}})));
        std::vector<std::unique_ptr<ApiReply>> all;
        all.push_back(std::move(list));
        all.push_back(std::move(created));
        QVERIFY(drive(f.clock(), *q, [&]() { return allFinished(all); }));
        // '+' must travel encoded, or the server reads a space.
        QCOMPARE(all[0]->httpStatus(), 200);
        QCOMPARE(all[1]->httpStatus(), 200);
        QVERIFY(all[1]->body().contains("Blocked"));
    }

    void wrongPasswordMakesExactlyOneRequest()
    {
        EmulatorFixture f(testdata::contractDataset());
        RequestLog log(f.emulator());
        auto q = queue(f, u"employee"_s, u"wrong"_s);
        QSignalSpy states(q.get(), &RequestQueue::stateChanged);
        std::vector<std::unique_ptr<ApiReply>> replies;
        replies.push_back(get(*q, u"/users/me"_s, Priority::Interactive));
        for (int i = 0; i < 5; ++i)
            replies.push_back(get(*q, u"/departments/%1"_s.arg(i)));
        QVERIFY(drive(f.clock(), *q, [&]() { return replies[0]->isFinished(); }));
        // However long one waits, nothing more is sent (sentCount counts at sending, before
        // anything reaches the server).
        f.clock().advanceMs(10 * 60'000);
        QCoreApplication::processEvents();
        QCOMPARE(q->sentCount(), 1);
        QCOMPARE(q->inFlight(), 0);
        QCOMPARE(log.seen().size(), 1);
        QCOMPARE(replies[0]->error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(replies[0]->attempts(), 1);
        QCOMPARE(q->state(), RequestQueue::State::AuthenticationRequired);
        QCOMPARE(states.count(), 1);
        // The others wait for new credentials instead of failing or trying again.
        for (size_t i = 1; i < replies.size(); ++i)
            QVERIFY(!replies[i]->isFinished());
        q->setCredentials(u"employee"_s, u"employee"_s);
        QVERIFY(drive(f.clock(), *q, [&]() { return allFinished(replies); }));
        QCOMPARE(q->state(), RequestQueue::State::Running);
        QCOMPARE(log.seen().size(), 6);
        QCOMPARE(replies[2]->httpStatus(), 200);
    }

    void banIsRecognisedWithItsWait()
    {
        EmulatorFixture f(testdata::contractDataset());
        auto bad = f.client(u"employee"_s, u"wrong"_s);
        for (int i = 0; i < 3; ++i)
            bad->get(u"/info"_s);
        RequestLog log(f.emulator());
        auto q = queue(f);
        auto reply = get(*q, u"/info"_s);
        QVERIFY(drive(f.clock(), *q, [&]() { return reply->isFinished(); }));
        QCOMPARE(reply->error().kind, ApiError::Kind::Banned);
        QCOMPARE(reply->error().retryAfterSeconds, 60);
        QVERIFY(reply->error().userMessage().contains(u"60"_s));
        QCOMPARE(q->state(), RequestQueue::State::Banned);
        QCOMPARE(q->pausedUntil(), f.clock().now().addSecs(60));

        // The whole account waits the ban out: nothing leaves during it, the next request goes
        // as soon as it ends.
        auto next = get(*q, u"/info"_s);
        f.clock().advanceMs(59'900);
        QCoreApplication::processEvents();
        QCOMPARE(q->sentCount(), 1);
        QCOMPARE(log.seen().size(), 1);
        f.clock().advanceMs(100);
        QCOMPARE(q->sentCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(next->isFinished(), 5000);
        QVERIFY2(next->isOk(), qPrintable(next->error().message));
        QCOMPARE(q->state(), RequestQueue::State::Running);
    }

    void serverErrorsAreRetriedForIdempotentRequests()
    {
        EmulatorFixture f(testdata::contractDataset());
        RequestLog log(f.emulator());
        f.emulator().faults().add({Kind::ServerError, 2, 0, u"/info"_s, {}});
        auto q = queue(f);
        auto reply = get(*q, u"/info"_s);
        const qint64 start = f.clock().nowMs();
        QVERIFY(drive(f.clock(), *q, [&]() { return reply->isFinished(); }));
        QVERIFY(reply->isOk());
        // Backed off 10 ms then 20 ms (± half): the retries waited on the clock.
        const qint64 waited = f.clock().nowMs() - start;
        QVERIFY2(waited >= 15 && waited <= 45, qPrintable(QString::number(waited)));
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(q->retryCount(), 2);
        QCOMPARE(q->statusCounts().value(500), 2);
    }

    void retriesAreBounded()
    {
        EmulatorFixture f(testdata::contractDataset());
        f.emulator().faults().add({Kind::ServerError, -1, 0, u"/info"_s, {}});
        auto q = queue(f);
        auto reply = get(*q, u"/info"_s);
        QVERIFY(drive(f.clock(), *q, [&]() { return reply->isFinished(); }));
        QCOMPARE(reply->error().kind, ApiError::Kind::Server);
        QCOMPARE(reply->httpStatus(), 500);
        QCOMPARE(reply->attempts(), 4);
    }

    void postIsNeverRepeated()
    {
        EmulatorFixture f(testdata::contractDataset());
        RequestLog log(f.emulator());
        f.emulator().faults().add({Kind::ServerError, 1, 0, u"/workflowStatuses"_s, "POST"});
        auto q = queue(f, u"admin"_s, u"manager"_s);
        std::unique_ptr<ApiReply> reply(q->enqueue(ApiRequest::post(
            u"/workflowStatuses"_s, QJsonObject{{u"name"_s, u"Once"_s}, {u"type"_s, u"open"_s}})));
        QVERIFY(drive(f.clock(), *q, [&]() { return reply->isFinished(); }));
        QCOMPARE(reply->httpStatus(), 500);
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(log.seen().size(), 1);
        // A delta PATCH is not idempotent either.
        QVERIFY(!ApiRequest::patch(u"/timetrack/3/2026-11-23/1/time"_s, QJsonObject{}).idempotent);
        QVERIFY(ApiRequest::patch(u"/timetrack/3/2026-11-23/1"_s, QJsonObject{}).idempotent);
    }

    void networkErrorsThenOffline()
    {
        EmulatorFixture f(testdata::contractDataset());
        f.emulator().faults().add({Kind::DropBeforeHandling, -1, 0, u"/info"_s, {}});
        auto q = queue(f);
        auto reply = get(*q, u"/info"_s);
        QVERIFY(drive(
            f.clock(), *q, [&]() { return reply->isFinished(); }, 10000));
        QCOMPARE(reply->error().kind, ApiError::Kind::Network);
        QCOMPARE(reply->attempts(), 4);
        QCOMPARE(q->state(), RequestQueue::State::Offline);
        QVERIFY(!reply->error().userMessage().isEmpty());
        f.emulator().faults().clear();
        auto again = get(*q, u"/info"_s);
        QVERIFY(drive(f.clock(), *q, [&]() { return again->isFinished(); }));
        QVERIFY(again->isOk());
        QCOMPARE(q->state(), RequestQueue::State::Running);
    }

    void unreachableServer()
    {
        ManualClock clock;
        auto q = std::make_unique<RequestQueue>(&m_network, QUrl(u"http://127.0.0.1:1/api/v1"_s),
                                                nullptr, clock);
        q->setCredentials(u"a"_s, u"b"_s);
        q->setRetryPolicy({2, 10, 50, 0, 1});
        auto reply = get(*q, u"/info"_s);
        QVERIFY(drive(clock, *q, [&]() { return reply->isFinished(); }));
        QCOMPARE(reply->error().kind, ApiError::Kind::Network);
        QCOMPARE(reply->attempts(), 2);
    }

    void prioritiesDecideTheOrder()
    {
        EmulatorFixture f(testdata::contractDataset());
        RequestLog log(f.emulator());
        auto q = queue(f);
        q->setMaxParallel(1);
        std::vector<std::unique_ptr<ApiReply>> replies;
        replies.push_back(get(*q, u"/departments/-1"_s, Priority::Background));
        replies.push_back(get(*q, u"/departments/1"_s, Priority::Normal));
        replies.push_back(get(*q, u"/departments/2"_s, Priority::Interactive));
        replies.push_back(get(*q, u"/timeZoneGroups/2"_s, Priority::Visible));
        replies.push_back(get(*q, u"/typesOfWork/1"_s, Priority::Normal));
        QVERIFY(drive(f.clock(), *q, [&]() { return allFinished(replies); }));
        QStringList order;
        for (const Seen &s : log.seen())
            order << s.path.mid(7);
        QCOMPARE(order,
                 (QStringList{u"/departments/2"_s, u"/timeZoneGroups/2"_s, u"/departments/1"_s,
                              u"/typesOfWork/1"_s, u"/departments/-1"_s}));
    }

    void cancellation()
    {
        EmulatorFixture f(testdata::contractDataset());
        RequestLog log(f.emulator());
        auto q = queue(f);
        auto cancelled = get(*q, u"/departments/1"_s);
        QSignalSpy spy(cancelled.get(), &ApiReply::finished);
        cancelled->cancel();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(cancelled->error().kind, ApiError::Kind::Cancelled);
        {
            auto dropped = get(*q, u"/departments/2"_s);
        } // deleted before it was sent
        QCOMPARE(q->length(), 0);
        auto kept = get(*q, u"/departments/-1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(kept->isFinished(), 5000);
        QCOMPARE(log.seen().size(), 1);
        QCOMPARE(log.seen().first().path, u"/api/v1/departments/-1"_s);

        // In flight: the answer is ignored.
        f.emulator().faults().add({Kind::Delay, 1, 500, {}, {}});
        auto slow = get(*q, u"/info"_s);
        QTRY_VERIFY_WITH_TIMEOUT(q->inFlight() == 1, 2000);
        slow->cancel();
        QCOMPARE(slow->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(q->inFlight(), 0);
        QCOMPARE(q->length(), 0);

        auto a = get(*q, u"/departments/1"_s);
        auto b = get(*q, u"/departments/2"_s);
        q->cancelAll();
        QVERIFY(a->isFinished() && b->isFinished());
        QCOMPARE(b->error().kind, ApiError::Kind::Cancelled);
    }

    void identicalGetsShareOneRequest()
    {
        EmulatorFixture f(testdata::contractDataset());
        RequestLog log(f.emulator());
        auto q = queue(f);
        std::vector<std::unique_ptr<ApiReply>> replies;
        for (int i = 0; i < 3; ++i)
            replies.push_back(get(*q, u"/departments"_s));
        replies.push_back(get(*q, u"/departments?x"_s)); // another request
        QVERIFY(drive(f.clock(), *q, [&]() { return allFinished(replies); }));
        QCOMPARE(log.seen().size(), 2);
        QCOMPARE(replies[0]->body(), replies[2]->body());
        QVERIFY(replies[1]->isOk());

        // Cancelling one sharer leaves the others served.
        log.clear();
        auto first = get(*q, u"/info"_s);
        auto second = get(*q, u"/info"_s);
        first->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), 5000);
        QVERIFY(second->isOk());
    }

    void aGetAfterAWriteIsNotJoinedToAnOlderOne()
    {
        EmulatorFixture f(testdata::contractDataset());
        RequestLog log(f.emulator());
        f.emulator().faults().add({Kind::Delay, 1, 300, u"/workflowStatuses"_s, "GET"});
        auto q = queue(f, u"admin"_s, u"manager"_s);
        auto before = get(*q, u"/workflowStatuses"_s);
        QTRY_VERIFY_WITH_TIMEOUT(q->inFlight() == 1, 2000);
        std::unique_ptr<ApiReply> write(q->enqueue(ApiRequest::post(
            u"/workflowStatuses"_s, QJsonObject{{u"name"_s, u"Fresh"_s}, {u"type"_s, u"open"_s}})));
        QTRY_VERIFY_WITH_TIMEOUT(write->isFinished(), 5000);
        auto after = get(*q, u"/workflowStatuses"_s);
        QTRY_VERIFY_WITH_TIMEOUT(after->isFinished() && before->isFinished(), 5000);
        QVERIFY(after->body().contains("Fresh"));
    }

    void boundedParallelism()
    {
        EmulatorFixture f(testdata::contractDataset());
        f.emulator().faults().add({Kind::Delay, -1, 100, {}, {}});
        auto q = queue(f);
        q->setMaxParallel(2);
        auto proof = get(*q, u"/info"_s); // until credentials are proven, one at a time
        QTRY_VERIFY_WITH_TIMEOUT(proof->isFinished(), 2000);
        int most = 0;
        connect(q.get(), &RequestQueue::answered, this,
                [&]() { most = std::max(most, q->inFlight() + 1); });
        std::vector<std::unique_ptr<ApiReply>> replies;
        for (int i = 0; i < 6; ++i)
            replies.push_back(get(*q, u"/departments/%1"_s.arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(q->inFlight(), 2, 2000);
        QCOMPARE(q->length(), 6);
        QVERIFY(drive(f.clock(), *q, [&]() { return allFinished(replies); }));
        QCOMPARE(most, 2);
    }

    void inactivityTimeout()
    {
        EmulatorFixture f(testdata::contractDataset());
        f.emulator().faults().add({Kind::Delay, -1, 3000, {}, {}});
        auto q = queue(f);
        q->setInactivityTimeoutMs(200);
        q->setRetryPolicy({1, 10, 10, 0, 1});
        auto reply = get(*q, u"/info"_s);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 3000);
        QCOMPARE(reply->error().kind, ApiError::Kind::Timeout);
    }

    void pacingKeepsUnderTheLimit()
    {
        emu::EmulatorOptions options;
        options.rateLimits = {true, 5, 1000, 400, 60'000};
        EmulatorFixture f(testdata::contractDataset(), options);
        RequestLog log(f.emulator());
        auto q = queue(f);
        q->setRateLimits({5, 400, 1000, 60'000, 30});
        std::vector<std::unique_ptr<ApiReply>> replies;
        QList<qint64> sentAt; // clock time of each answer's request
        connect(q.get(), &RequestQueue::answered, this,
                [&]() { sentAt.append(f.clock().nowMs()); });
        const qint64 start = f.clock().nowMs();
        for (int i = 0; i < 16; ++i)
            replies.push_back(get(*q, u"/departments/%1"_s.arg(i)));
        QVERIFY(drive(f.clock(), *q, [&]() { return allFinished(replies); }));
        QCOMPARE(log.count(429), 0);
        QCOMPARE(int(log.seen().size()), 16);
        // Paced on the clock: never 6 within one window (430 ms with the margin), so 16 requests
        // took at least three windows; and no request waited for nothing (no time passed while
        // one could have gone: at most four waits, one per group after the first).
        QCOMPARE(sentAt.size(), 16);
        for (qsizetype k = 5; k < sentAt.size(); ++k)
            QVERIFY2(sentAt[k] - sentAt[k - 5] >= 430,
                     qPrintable(u"%1 ms"_s.arg(sentAt[k] - sentAt[k - 5])));
        QVERIFY(sentAt.last() - start >= 3 * 430);
        QCOMPARE(QSet<qint64>(sentAt.begin(), sentAt.end()).size(), 4);
    }

    void a429PausesTheWholeQueue()
    {
        emu::EmulatorOptions options;
        options.rateLimits = {true, 4, 1000, 1000, 60'000};
        EmulatorFixture f(testdata::contractDataset(), options);
        RequestLog log(f.emulator());
        // Another client of the same account used up this second's budget.
        auto other = f.client(u"employee"_s);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(other->get(u"/info"_s).status, 200);
        auto q = queue(f);
        q->setMaxParallel(1);
        QSignalSpy states(q.get(), &RequestQueue::stateChanged);
        std::vector<std::unique_ptr<ApiReply>> replies;
        for (int i = 0; i < 3; ++i)
            replies.push_back(get(*q, u"/departments/%1"_s.arg(i)));
        const qint64 start = f.clock().nowMs();
        QVERIFY(drive(f.clock(), *q, [&]() { return allFinished(replies); }));
        // Nothing was sent before the server's second ended: Retry-After (1 s) and the reset it
        // announced, plus the pacer's margin.
        QCOMPARE(f.clock().nowMs() - start, 1000 + RateLimitSettings{}.marginMs);
        // Each request got the server's real answer, not the 429 that paused the queue:
        // department 0 does not exist, 1 and 2 do.
        const int expected[] = {404, 200, 200};
        for (int i = 0; i < 3; ++i)
            QCOMPARE(replies[size_t(i)]->httpStatus(), expected[i]);
        QCOMPARE(log.count(429), 1); // one refusal, then the queue waited Retry-After
        QVERIFY(states.count() >= 2);
        QCOMPARE(states.first().first().value<RequestQueue::State>(),
                 RequestQueue::State::RateLimited);
        QCOMPARE(q->state(), RequestQueue::State::Running);
    }

    void storm()
    {
        // The server allows 10 per 500 ms and 30 per 2 s; the client believes the defaults.
        emu::EmulatorOptions options;
        options.rateLimits = {true, 10, 30, 500, 2000};
        EmulatorFixture f(testdata::contractDataset(), options);
        RequestLog log(f.emulator());
        auto q = queue(f);
        q->setMaxParallel(4);
        std::vector<std::unique_ptr<ApiReply>> replies;
        QList<int> finishOrder;
        for (int i = 0; i < 90; ++i) {
            const Priority p = i % 3 == 0 ? Priority::Visible
                                          : (i % 3 == 1 ? Priority::Normal : Priority::Background);
            replies.push_back(get(*q, u"/departments/%1?i=%2"_s.arg(i % 3 == 0 ? 1 : 2).arg(i), p));
            connect(replies.back().get(), &ApiReply::finished, this,
                    [&finishOrder, i]() { finishOrder.append(i); });
        }
        QVERIFY(drive(
            f.clock(), *q, [&]() { return allFinished(replies); }, 30000));
        // Every request completed exactly once and successfully.
        QCOMPARE(finishOrder.size(), 90);
        QCOMPARE(QSet<int>(finishOrder.begin(), finishOrder.end()).size(), 90);
        for (const auto &r : replies)
            QVERIFY2(r->httpStatus() == 200,
                     qPrintable(r->request().path + u' ' + QString::number(r->httpStatus())));
        QCOMPARE(log.count(200), 90);
        // After the first 429 the queue never exceeds the limit again: at most the requests
        // already in flight then are refused as well.
        QVERIFY2(log.count(429) <= 4, qPrintable(QString::number(log.count(429))));
        // In order of priority: all Visible ones were answered before any Background one.
        qsizetype lastVisible = 0, firstBackground = finishOrder.size();
        for (qsizetype k = 0; k < finishOrder.size(); ++k) {
            if (finishOrder[k] % 3 == 0)
                lastVisible = k;
            if (finishOrder[k] % 3 == 2)
                firstBackground = std::min(firstBackground, k);
        }
        QVERIFY(lastVisible < firstBackground);
    }

    void tlsErrorsAreReportedAndACustomCaIsTrusted()
    {
        EmulatorFixture plain(testdata::contractDataset()); // keeps the clock type the same
        emu::SystemClock clock;
        emu::Emulator emulator(testdata::contractDataset(), clock);
        emu::HttpFrontend https(emulator);
        QString error;
        QVERIFY2(https.enableTls(QStringLiteral(ACTIDESK_TEST_DATA "/test-server.crt"),
                                 QStringLiteral(ACTIDESK_TEST_DATA "/test-server.key"), &error),
                 qPrintable(error));
        QVERIFY(https.start(QHostAddress::LocalHost, 0));
        const QUrl api(u"https://127.0.0.1:%1/api/v1"_s.arg(https.port()));

        RequestQueue untrusted(&m_network, api);
        untrusted.setCredentials(u"employee"_s, u"employee"_s);
        std::unique_ptr<ApiReply> refused(untrusted.enqueue(ApiRequest::get(u"/info"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(refused->isFinished(), 5000);
        QCOMPARE(refused->error().kind, ApiError::Kind::Tls);
        QCOMPARE(refused->attempts(), 1);
        QVERIFY(!refused->error().message.isEmpty());

        QNetworkAccessManager network;
        RequestQueue trusted(&network, api);
        trusted.setCredentials(u"employee"_s, u"employee"_s);
        QString caError;
        QVERIFY(!trusted.trustCaFile(u"/nonexistent/ca.pem"_s, &caError));
        QVERIFY(caError.contains(u"/nonexistent/ca.pem"_s));
        QVERIFY(!trusted.trustCaFile(QStringLiteral(ACTIDESK_TEST_DATA "/README.md"), &caError));
        QVERIFY(caError.contains(u"no certificate"_s));
        QVERIFY2(
            trusted.trustCaFile(QStringLiteral(ACTIDESK_TEST_DATA "/test-server.crt"), &caError),
            qPrintable(caError));
        std::unique_ptr<ApiReply> accepted(trusted.enqueue(ApiRequest::get(u"/info"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(accepted->isFinished(), 5000);
        QVERIFY2(accepted->isOk(), qPrintable(accepted->error().message));
    }

    void errorClassification()
    {
        const QList<QPair<QByteArray, QByteArray>> none;
        QCOMPARE(ApiError::fromHttp(401, {}, none).kind, ApiError::Kind::Unauthorized);
        QCOMPARE(
            ApiError::fromHttp(403, R"({"key":"api.error.no_permission","message":"No"})", none)
                .kind,
            ApiError::Kind::Forbidden);
        const ApiError ban =
            ApiError::fromHttp(403, R"({"key":"api.error.ip_blocked","message":"Blocked"})", none);
        QCOMPARE(ban.kind, ApiError::Kind::Banned);
        QCOMPARE(ban.retryAfterSeconds, 60);
        QCOMPARE(ApiError::fromHttp(404, "<html>", none).kind, ApiError::Kind::NotFound);
        const ApiError rejected = ApiError::fromHttp(
            400,
            R"({"key":"api.error.customer_exists","message":"Customer with specified name already exists","fields":"name"})",
            none);
        QCOMPARE(rejected.kind, ApiError::Kind::Rejected);
        QCOMPARE(rejected.key, u"api.error.customer_exists"_s);
        QCOMPARE(rejected.fields, u"name"_s);
        QVERIFY(rejected.userMessage().contains(u"already exists"_s));
        QCOMPARE(ApiError::fromHttp(503, {}, none).kind, ApiError::Kind::Server);
        QCOMPARE(ApiError::fromHttp(429, {}, {{"Retry-After", "7"}}).retryAfterSeconds, 7);
    }
};

QTEST_GUILESS_MAIN(TestRequestQueue)
#include "tst_requestqueue.moc"
