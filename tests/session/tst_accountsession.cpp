// AccountSession against the in-process emulator: sign-in and what it caches, every way signing
// in fails (wrong password, ban, 429, no server, untrusted TLS, not actiTIME), working offline
// from the cache and reconnecting, team access, signing out, and a restart that knows the user.
#include "accountsession.h"
#include "actitimeclient.h"
#include "emulatorfixture.h"
#include "hostileserver.h"
#include "manualclock.h"
#include "store.h"
#include "syncengine.h"
#include "testdataset.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace actidesk;
using Kind = SignInProblem::Kind;
using Fault = emu::FaultRule::Kind;

namespace {
// Every request that reached the emulator, as "METHOD path status".
class RequestLog
{
public:
    Q_DISABLE_COPY_MOVE(RequestLog)
    explicit RequestLog(emu::Emulator &emulator)
    {
        emulator.setObserver([this](const emu::HttpRequest &q, const emu::HttpResponse &r) {
            m_seen << QString::fromLatin1(q.method) + u' ' + q.path + u' '
                    + QString::number(r.status);
        });
    }
    const QStringList &seen() const { return m_seen; }
    void clear() { m_seen.clear(); }

private:
    QStringList m_seen;
};

emu::EmulatorOptions noLimits()
{
    emu::EmulatorOptions o;
    o.rateLimits.enabled = false;
    return o;
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when `server` goes
}

SignInProblem problemOf(const QSignalSpy &spy, qsizetype i = 0)
{
    return spy.at(i).first().value<SignInProblem>();
}
} // namespace

class TestAccountSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // The clock of the sessions a test makes (reset per test): a fixture's ManualClock where a
    // wait must pass without sleeping; null for the system clock.
    const Clock *m_clock = nullptr;

    std::unique_ptr<AccountSession> session(const QUrl &server, const QString &login,
                                            const QString &storeName = u"cache.sqlite"_s,
                                            const QString &caFile = {}, bool allowPlainHttp = false)
    {
        SessionOptions options;
        options.storePath = m_dir.filePath(storeName);
        options.caFile = caFile;
        options.allowPlainHttp = allowPlainHttp;
        options.probeIntervalMs = 100;
        options.clock = m_clock;
        auto s = std::make_unique<AccountSession>(Account{server, login, {}}, options);
        QString recovered, error;
        if (!s->openCache(&recovered, &error))
            qWarning() << "openCache:" << error;
        s->queue()->setRetryPolicy({1, 10, 20, 0, 20});
        return s;
    }
    static QUrl serverOf(EmulatorFixture &f)
    {
        return QUrl(u"http://127.0.0.1:%1"_s.arg(f.port()));
    }
    static QString uniqueStore() { return QUuid::createUuid().toString(QUuid::Id128) + u".db"_s; }
    // Signs in and waits for the tasks; false when that did not happen.
    static bool signInAndRefresh(AccountSession &s, const QString &password)
    {
        QSignalSpy in(&s, &AccountSession::signedIn);
        QSignalSpy tasks(&s, &AccountSession::tasksRefreshed);
        s.signIn(password);
        return (in.count() > 0 || in.wait(5000)) && (tasks.count() > 0 || tasks.wait(5000));
    }

    // Moves `clock` a long way (every wait of that time runs out) to show that nothing is sent
    // meanwhile; true when no request left the session's queue.
    static bool nothingSentDuring(ManualClock &clock, AccountSession &s, qint64 ms)
    {
        const int sent = s.queue()->sentCount();
        clock.advanceMs(ms);
        QCoreApplication::processEvents();
        return s.queue()->sentCount() == sent && s.queue()->inFlight() == 0;
    }

private Q_SLOTS:
    void init() { m_clock = nullptr; }

    void employeeSignsIn()
    {
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        auto s = session(serverOf(f), u"employee"_s, uniqueStore());
        QVERIFY(!s->currentUser());
        QVERIFY(!s->isSignedIn());
        QSignalSpy in(s.get(), &AccountSession::signedIn);
        QSignalSpy failed(s.get(), &AccountSession::signInFailed);
        QVERIFY(signInAndRefresh(*s, u"employee"_s));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(in.count(), 1);
        QCOMPARE(in.first().first().value<User>().id, 3);
        QVERIFY(s->isSignedIn());
        QCOMPARE(s->currentUser()->id, 3);
        QCOMPARE(s->currentUser()->firstName, u"Emma"_s);
        QCOMPARE(s->store()->meta(u"session.userId"_s).value_or(QString()), u"3"_s);
        QCOMPARE(s->store()->users({3}).size(), 1);
        // The tasks the employee sees, open and completed (task 5 is completed).
        QList<int> ids;
        for (const Task &t : s->store()->tasks())
            ids << t.id;
        QCOMPARE(ids, (QList<int>{1, 2, 3, 5}));
        QVERIFY(s->store()->task(5)->isCompleted());
        QVERIFY(!s->store()->projects().isEmpty());
        QVERIFY(!s->store()->customers().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(s->store()->serverInfo().has_value(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!s->store()->leaveTypes().isEmpty(), 5000);
        QCOMPARE(s->sync()->state(), SyncEngine::State::Online);
    }

    void wrongPasswordCostsOneRequest()
    {
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        m_clock = &f.clock();
        RequestLog log(f.emulator());
        auto s = session(serverOf(f), u"employee"_s, uniqueStore());
        QSignalSpy failed(s.get(), &AccountSession::signInFailed);
        QSignalSpy in(s.get(), &AccountSession::signedIn);
        s->signIn(u"wrong"_s);
        QVERIFY(failed.wait(5000));
        QCOMPARE(problemOf(failed).kind, Kind::BadCredentials);
        QVERIFY(problemOf(failed).message.startsWith(u"Wrong login or password."_s));
        QVERIFY(nothingSentDuring(f.clock(), *s, 10 * 60'000)); // nothing else may follow
        QCOMPARE(log.seen(), QStringList{u"GET /api/v1/users/me 401"_s});
        QCOMPARE(in.count(), 0);
        QVERIFY(!s->isSignedIn());
        QVERIFY(!s->currentUser());
    }

    void banAfterThreeFailures()
    {
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        m_clock = &f.clock();
        auto s = session(serverOf(f), u"employee"_s, uniqueStore());
        QSignalSpy failed(s.get(), &AccountSession::signInFailed);
        for (int i = 0; i < 3; ++i) {
            s->signIn(u"wrong"_s);
            QVERIFY(failed.wait(5000));
            QCOMPARE(problemOf(failed, i).kind, Kind::BadCredentials);
        }
        // Now even the right password is refused until the ban ends.
        s->signIn(u"employee"_s);
        QVERIFY(failed.wait(5000));
        const SignInProblem ban = problemOf(failed, 3);
        QCOMPARE(ban.kind, Kind::Banned);
        QVERIFY(ban.retryAt);
        QCOMPARE(*ban.retryAt, f.clock().now().addSecs(60)); // the server's ban: one minute
        QVERIFY2(ban.message.contains(u"Too many failed sign-ins"_s), qPrintable(ban.message));
        // Trying again during the ban is answered at once, without a request.
        RequestLog log(f.emulator());
        s->signIn(u"employee"_s);
        QVERIFY(failed.count() == 5 || failed.wait(2000));
        QCOMPARE(problemOf(failed, 4).kind, Kind::Banned);
        QVERIFY(log.seen().isEmpty());
        // Still refused a moment before the end; signed in once the minute is over.
        QVERIFY(nothingSentDuring(f.clock(), *s, 59'000));
        s->signIn(u"employee"_s);
        QVERIFY(failed.count() == 6 || failed.wait(2000));
        QCOMPARE(problemOf(failed, 5).kind, Kind::Banned);
        QVERIFY2(problemOf(failed, 5).message.contains(u"new attempts in 1 second."_s),
                 qPrintable(problemOf(failed, 5).message));
        f.clock().advanceMs(1000);
        QSignalSpy in(s.get(), &AccountSession::signedIn);
        s->signIn(u"employee"_s);
        QVERIFY(in.wait(5000));
        QCOMPARE(log.seen().first(), u"GET /api/v1/users/me 200"_s);
    }

    void rateLimited()
    {
        emu::EmulatorOptions options;
        options.rateLimits = {true, 4, 1000, 2000, 60'000};
        EmulatorFixture f(testdata::contractDataset(), options);
        m_clock = &f.clock();
        // Another client of the same account used up the budget of this window.
        auto other = f.client(u"employee"_s);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(other->get(u"/info"_s).status, 200);
        auto s = session(serverOf(f), u"employee"_s, uniqueStore());
        QSignalSpy failed(s.get(), &AccountSession::signInFailed);
        const QDateTime before = f.clock().now();
        s->signIn(u"employee"_s);
        QVERIFY(failed.wait(5000));
        const SignInProblem p = problemOf(failed);
        QCOMPARE(p.kind, Kind::RateLimited);
        QVERIFY(p.retryAt);
        QCOMPARE(*p.retryAt, before.addSecs(2)); // the rest of the server's 2 s window
        QVERIFY2(p.message.startsWith(u"The server is busy (too many requests). Try again in"_s),
                 qPrintable(p.message));
        // After the wait the same session signs in (the queue may add its pacing margin: the
        // clock moves over that as well).
        f.clock().setMs(p.retryAt->toMSecsSinceEpoch());
        QSignalSpy in(s.get(), &AccountSession::signedIn);
        s->signIn(u"employee"_s);
        QVERIFY(f.clock().runUntil([&in]() { return in.count() > 0; },
                                   [&s]() { return s->queue()->inFlight() > 0; }));
    }

    void unreachableWithoutCache()
    {
        const QUrl server(u"http://127.0.0.1:%1"_s.arg(closedPort()));
        auto s = session(server, u"employee"_s, uniqueStore());
        QSignalSpy failed(s.get(), &AccountSession::signInFailed);
        QSignalSpy offline(s.get(), &AccountSession::workingOffline);
        s->signIn(u"employee"_s);
        QVERIFY(failed.wait(10'000));
        const SignInProblem p = problemOf(failed);
        QCOMPARE(p.kind, Kind::Unreachable);
        QVERIFY2(p.message.startsWith(u"Cannot reach "_s + server.toString()),
                 qPrintable(p.message));
        QVERIFY(p.message.endsWith(u"Check the address and your connection."_s));
        QCOMPARE(offline.count(), 0); // nothing cached to work with
        QVERIFY(!s->currentUser());
    }

    void unreachableWithCacheWorksOfflineThenReconnects()
    {
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        const QString store = uniqueStore();
        {
            auto first = session(serverOf(f), u"employee"_s, store);
            QVERIFY(signInAndRefresh(*first, u"employee"_s));
        }
        // The server is gone (connections dropped): the cache still knows who signed in.
        f.emulator().faults().add({Fault::DropBeforeHandling, -1, 0, {}, {}});
        auto s = session(serverOf(f), u"employee"_s, store);
        QCOMPARE(s->currentUser()->id, 3);
        QSignalSpy failed(s.get(), &AccountSession::signInFailed);
        QSignalSpy offline(s.get(), &AccountSession::workingOffline);
        QSignalSpy in(s.get(), &AccountSession::signedIn);
        s->signIn(u"employee"_s);
        QVERIFY(offline.wait(10'000));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(problemOf(failed).kind, Kind::Unreachable);
        QCOMPARE(s->sync()->state(), SyncEngine::State::Offline);
        QCOMPARE(s->currentUser()->firstName, u"Emma"_s);
        QVERIFY(!s->isSignedIn());
        QVERIFY(!s->store()->tasks().isEmpty());
        // The server comes back: the probe finds it and the session signs in by itself.
        f.emulator().faults().clear();
        QVERIFY(in.wait(10'000));
        QCOMPARE(in.first().first().value<User>().id, 3);
        QVERIFY(s->isSignedIn());
    }

    void untrustedCertificateIsTls()
    {
        EmulatorFixture plain(testdata::contractDataset(), noLimits());
        emu::SystemClock clock;
        emu::Emulator emulator(testdata::contractDataset(), clock);
        emu::HttpFrontend https(emulator);
        QString error;
        QVERIFY2(https.enableTls(QStringLiteral(ACTIDESK_TEST_DATA "/test-server.crt"),
                                 QStringLiteral(ACTIDESK_TEST_DATA "/test-server.key"), &error),
                 qPrintable(error));
        QVERIFY(https.start(QHostAddress::LocalHost, 0));
        const QUrl server(u"https://127.0.0.1:%1"_s.arg(https.port()));

        auto untrusted = session(server, u"employee"_s, uniqueStore());
        QSignalSpy failed(untrusted.get(), &AccountSession::signInFailed);
        untrusted->signIn(u"employee"_s);
        QVERIFY(failed.wait(10'000));
        const SignInProblem p = problemOf(failed);
        QCOMPARE(p.kind, Kind::Tls);
        QVERIFY2(p.message.startsWith(u"The server's certificate is not trusted: "_s),
                 qPrintable(p.message));

        // The company's certificate authority, given for the account, makes it work.
        auto trusted = session(server, u"employee"_s, uniqueStore(),
                               QStringLiteral(ACTIDESK_TEST_DATA "/test-server.crt"));
        QSignalSpy in(trusted.get(), &AccountSession::signedIn);
        trusted->signIn(u"employee"_s);
        QVERIFY(in.wait(10'000));
        // A CA file that cannot be read is said before anything is sent.
        auto broken = session(server, u"employee"_s, uniqueStore(), u"/nonexistent/ca.pem"_s);
        QSignalSpy brokenFailed(broken.get(), &AccountSession::signInFailed);
        broken->signIn(u"employee"_s);
        QCOMPARE(brokenFailed.count(), 1);
        QCOMPARE(problemOf(brokenFailed).kind, Kind::Tls);
        QVERIFY(problemOf(brokenFailed).message.contains(u"/nonexistent/ca.pem"_s));
    }

    void plainHttpToARemoteServerIsRefused()
    {
        auto s = session(QUrl(u"http://actitime.example.com"_s), u"employee"_s, uniqueStore());
        QSignalSpy failed(s.get(), &AccountSession::signInFailed);
        s->signIn(u"employee"_s);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(problemOf(failed).kind, Kind::Tls);
        QVERIFY(problemOf(failed).message.contains(u"unencrypted"_s));
    }

    void plainHttpToARemoteServerWorksWithConsent()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("needs Linux, where 0.0.0.0 reaches the loopback listener");
#endif
        // 0.0.0.0 is no loopback address to ServerAddress, yet Linux connects it to the
        // emulator on 127.0.0.1: a "remote" plain http server without leaving the machine.
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        RequestLog log(f.emulator());
        const QUrl remote(u"http://0.0.0.0:%1"_s.arg(f.port()));

        auto refused = session(remote, u"employee"_s, uniqueStore());
        QSignalSpy failed(refused.get(), &AccountSession::signInFailed);
        refused->signIn(u"employee"_s);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(problemOf(failed).kind, Kind::Tls);
        QVERIFY(log.seen().isEmpty()); // the password never left

        auto allowed = session(remote, u"employee"_s, uniqueStore(), {}, true);
        QVERIFY(signInAndRefresh(*allowed, u"employee"_s));
        QCOMPARE(allowed->currentUser()->id, 3);
        QVERIFY(log.seen().contains(u"GET /api/v1/users/me 200"_s));
    }

    void notActiTime()
    {
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        f.emulator().faults().add({Fault::MalformedJson, 1, 0, u"/users/me"_s, {}});
        auto s = session(serverOf(f), u"employee"_s, uniqueStore());
        QSignalSpy failed(s.get(), &AccountSession::signInFailed);
        s->signIn(u"employee"_s);
        QVERIFY(failed.wait(5000));
        QCOMPARE(problemOf(failed).kind, Kind::NotActiTime);
        QVERIFY(problemOf(failed).message.startsWith(
            u"This address answers, but not as an actiTIME server."_s));
    }

    void teamAccess()
    {
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        auto employee = session(serverOf(f), u"employee"_s, uniqueStore());
        QVERIFY(signInAndRefresh(*employee, u"employee"_s));
        // The answer (403 for an employee) is stored even though nothing changed.
        QTRY_COMPARE_WITH_TIMEOUT(
            employee->store()->meta(u"session.canReviewTeam"_s).value_or(QString()), u"0"_s, 5000);
        QVERIFY(!employee->canReviewTeam());

        const QString store = uniqueStore();
        {
            auto manager = session(serverOf(f), u"manager"_s, store);
            QSignalSpy access(manager.get(), &AccountSession::teamAccessChanged);
            QVERIFY(signInAndRefresh(*manager, u"manager"_s));
            QVERIFY(access.count() > 0 || access.wait(5000));
            QCOMPARE(access.first().first().toBool(), true);
            QVERIFY(manager->canReviewTeam());
        }
        // Restart: a new session on the same cache knows the user and the answer, offline.
        f.emulator().faults().add({Fault::DropBeforeHandling, -1, 0, {}, {}});
        auto restarted = session(serverOf(f), u"manager"_s, store);
        QVERIFY(!restarted->isSignedIn());
        QVERIFY(restarted->currentUser());
        QCOMPARE(restarted->currentUser()->id, 2);
        QVERIFY(restarted->canReviewTeam());
    }

    void signOutStopsSendingAndKeepsTheOutbox()
    {
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        m_clock = &f.clock();
        RequestLog log(f.emulator());
        auto s = session(serverOf(f), u"employee"_s, uniqueStore());
        QVERIFY(signInAndRefresh(*s, u"employee"_s));
        // The reference data and the team check landed: nothing waits or is in flight.
        QTRY_VERIFY_WITH_TIMEOUT(
            s->queue()->length() == 0 && s->sync()->state() == SyncEngine::State::Online, 5000);
        QSignalSpy out(s.get(), &AccountSession::signedOut);
        s->signOut();
        QCOMPARE(out.count(), 1);
        QVERIFY(!s->isSignedIn());
        log.clear();
        const QDate sunday = testdata::kWeekStart.addDays(6); // empty on the server
        QVERIFY(s->store()->editTimetrackCell(3, sunday, 2, 90, u"later"_s));
        s->sync()->sync();
        s->sync()->refreshWeek(3, testdata::kWeekStart, testdata::kWeekStart.addDays(6));
        s->sync()->probe();
        QVERIFY(nothingSentDuring(f.clock(), *s, 10 * 60'000));
        QCOMPARE(log.seen(), QStringList());
        QCOMPARE(s->store()->outboxCount(), 1);
        // Signing in again sends it.
        QSignalSpy in(s.get(), &AccountSession::signedIn);
        s->signIn(u"employee"_s);
        QVERIFY(in.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(s->store()->outboxCount(), 0, 5000);
    }

    void signInMakesAtMostTwoAttempts()
    {
        HostileServer server;
        server.setHandler(
            [](const HostileServer::Request &) { return HostileServer::Script::json("{}", 503); });
        auto s = session(server.url(""), u"employee"_s, uniqueStore());
        s->queue()->setRetryPolicy({4, 10, 20, 0, 20, 2}); // background requests would try 4 times
        QSignalSpy failed(s.get(), &AccountSession::signInFailed);
        s->signIn(u"employee"_s);
        QVERIFY(failed.wait(5000));
        QCOMPARE(problemOf(failed).kind, Kind::ServerError);
        QCOMPARE(server.requestCount(), 2);
    }

    void signInToADrippingServerEndsAtTheDeadline()
    {
        HostileServer server;
        server.setHandler([](const HostileServer::Request &) {
            HostileServer::Script script;
            script.mode = HostileServer::Script::Body::Drip; // never idle, never done
            script.contentLength = 10'000;
            script.dripIntervalMs = 20;
            return script;
        });
        ManualClock clock;
        m_clock = &clock;
        auto s = session(server.url(""), u"employee"_s, uniqueStore());
        s->queue()->setRetryPolicy({4, 10, 20, 0, 20, 2});
        ReplyLimits limits = s->queue()->replyLimits();
        limits.interactiveDeadlineMs = 300;
        s->queue()->setReplyLimits(limits);
        QSignalSpy failed(s.get(), &AccountSession::signInFailed);
        s->signIn(u"employee"_s);
        // Each attempt ends at its deadline on the clock however the bytes keep coming, and
        // not a moment before.
        for (int attempt = 1; attempt <= 2; ++attempt) {
            QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), attempt, 5000);
            clock.advanceMs(299);
            QCoreApplication::processEvents();
            QCOMPARE(s->queue()->inFlight(), 1);
            QCOMPARE(failed.count(), 0);
            clock.advanceMs(1);
            QCOMPARE(s->queue()->inFlight(), 0);
            if (attempt == 1) {
                QVERIFY(clock.advanceToNext()); // the back-off; then the second attempt leaves
                QCOMPARE(s->queue()->inFlight(), 1);
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        QCOMPARE(problemOf(failed).kind, Kind::Unreachable);
        QCOMPARE(server.requestCount(), 2);
    }

    void serverPauseIsExposedForTheStatusBar()
    {
        HostileServer server;
        server.setHandler([](const HostileServer::Request &) {
            return HostileServer::Script::json("{}", 429).withHeader("Retry-After", "120");
        });
        ManualClock clock;
        m_clock = &clock;
        auto s = session(server.url(""), u"employee"_s, uniqueStore());
        QVERIFY(!s->pausedUntil().isValid());
        QVERIFY(s->pauseReason().isEmpty());
        QSignalSpy paused(s.get(), &AccountSession::pauseChanged);
        QSignalSpy failed(s.get(), &AccountSession::signInFailed);
        s->signIn(u"employee"_s);
        QVERIFY(failed.wait(5000));
        QCOMPARE(problemOf(failed).kind, Kind::RateLimited);
        QVERIFY(paused.count() >= 1);
        QCOMPARE(s->pausedUntil(), clock.now().addSecs(120));
        QCOMPARE(s->pauseReason(), u"rate limit"_s);
        // The pause ends with the Retry-After.
        clock.advanceMs(120'000);
        QVERIFY(!s->pausedUntil().isValid());
    }
};

QTEST_GUILESS_MAIN(TestAccountSession)
#include "tst_accountsession.moc"
