// The per-account rate limiter: burst (per second), minute window, headers, Retry-After.
#include "emulatorfixture.h"
#include "testdataset.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEmulatorRateLimit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> fixture(int perSecond, int perMinute)
    {
        emu::EmulatorOptions options;
        options.rateLimits.perSecond = perSecond;
        options.rateLimits.perMinute = perMinute;
        return std::make_unique<EmulatorFixture>(testdata::contractDataset(), options);
    }

private Q_SLOTS:
    void burstWithinOneSecond()
    {
        auto f = fixture(5, 1000);
        auto c = f->client(u"employee"_s);
        for (int i = 0; i < 5; ++i) {
            const TestReply r = c->get(u"/info"_s);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("X-Ratelimit-Remaining").toInt(), 4 - i);
            QCOMPARE(r.header("X-Ratelimit-Reset").toInt(), 1);
        }
        const TestReply refused = c->get(u"/info"_s);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorKey(), u"api.error.too_many_requests"_s);
        QCOMPARE(refused.header("Retry-After"), QByteArray("1"));
        QCOMPARE(refused.header("X-Ratelimit-Remaining"), QByteArray("0"));

        f->clock().advanceMs(999);
        QCOMPARE(c->get(u"/info"_s).status, 429);
        f->clock().advanceMs(1);
        QCOMPARE(c->get(u"/info"_s).status, 200);
    }

    void minuteWindow()
    {
        auto f = fixture(100, 12);
        auto c = f->client(u"employee"_s);
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(c->get(u"/departments"_s).status, 200);
            f->clock().advanceMs(250); // 3 s in all, never more than 100 a second
        }
        const TestReply refused = c->get(u"/departments"_s);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.header("Retry-After"), QByteArray("57"));
        // The minute window binds now, so Reset counts down to its end.
        QCOMPARE(refused.header("X-Ratelimit-Reset"), QByteArray("57"));
        f->clock().advanceMs(56'000);
        QCOMPARE(c->get(u"/departments"_s).status, 429);
        f->clock().advanceMs(1'000);
        const TestReply again = c->get(u"/departments"_s);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("X-Ratelimit-Remaining").toInt(), 11);
    }

    void refusedRequestsDoNotCount()
    {
        auto f = fixture(2, 1000);
        auto c = f->client(u"employee"_s);
        QCOMPARE(c->get(u"/info"_s).status, 200);
        QCOMPARE(c->get(u"/info"_s).status, 200);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(c->get(u"/info"_s).status, 429);
        f->clock().advanceMs(1000);
        QCOMPARE(c->get(u"/info"_s).header("X-Ratelimit-Remaining"), QByteArray("1"));
    }

    void limitsArePerAccount()
    {
        auto f = fixture(3, 1000);
        auto employee = f->client(u"employee"_s);
        auto manager = f->client(u"manager"_s);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(employee->get(u"/info"_s).status, 200);
        QCOMPARE(employee->get(u"/info"_s).status, 429);
        QCOMPARE(manager->get(u"/info"_s).status, 200);
    }

    void headersOnEveryAuthorisedAnswer()
    {
        auto f = fixture(100, 1000);
        auto c = f->client(u"employee"_s);
        const TestReply notFound = c->get(u"/nothing/here"_s);
        QCOMPARE(notFound.status, 404);
        QVERIFY(!notFound.header("X-Ratelimit-Remaining").isEmpty());
        QVERIFY(!notFound.header("X-Ratelimit-Reset").isEmpty());
        const TestReply forbidden = c->del(u"/workflowStatuses/1"_s);
        QCOMPARE(forbidden.status, 403);
        QVERIFY(!forbidden.header("X-Ratelimit-Remaining").isEmpty());
        // An unauthorised answer is not an account's request.
        c->setCredentials(u"employee"_s, u"wrong"_s);
        const TestReply unauthorised = c->get(u"/info"_s);
        QCOMPARE(unauthorised.status, 401);
        QVERIFY(unauthorised.header("X-Ratelimit-Remaining").isEmpty());
    }

    void defaultLimitsAreTheServers()
    {
        auto f = std::make_unique<EmulatorFixture>(testdata::contractDataset());
        auto c = f->client(u"employee"_s);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(c->get(u"/info"_s).status, 200);
        QCOMPARE(c->get(u"/info"_s).status, 429);
        // 1000 a minute: after 10 full seconds of 100 each, the 11th second is refused.
        for (int s = 1; s < 10; ++s) {
            f->clock().advanceMs(1000);
            for (int i = 0; i < 100; ++i)
                QCOMPARE(c->get(u"/info"_s).status, 200);
        }
        f->clock().advanceMs(1000);
        const TestReply refused = c->get(u"/info"_s);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.header("Retry-After"), QByteArray("50"));
    }

    void canBeDisabled()
    {
        emu::EmulatorOptions options;
        options.rateLimits.enabled = false;
        EmulatorFixture f(testdata::contractDataset(), options);
        auto c = f.client(u"employee"_s);
        for (int i = 0; i < 150; ++i)
            QCOMPARE(c->get(u"/info"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorRateLimit)
#include "tst_emulator_ratelimit.moc"
