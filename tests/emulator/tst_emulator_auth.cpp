// HTTP Basic authentication and the login ban (3 failures in 10 s ban the address for 60 s).
#include "emulatorfixture.h"
#include "testdataset.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEmulatorAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_fixture = std::make_unique<EmulatorFixture>(testdata::contractDataset()); }
    void cleanup() { m_fixture.reset(); }

    void validCredentials()
    {
        QCOMPARE(m_fixture->client(u"employee"_s)->get(u"/info"_s).status, 200);
        QCOMPARE(m_fixture->client(u"admin"_s, u"manager"_s)->get(u"/info"_s).status, 200);
        // Logins are case-insensitive, passwords are not.
        QCOMPARE(m_fixture->client(u"Employee"_s, u"employee"_s)->get(u"/info"_s).status, 200);
        QCOMPARE(m_fixture->client(u"employee"_s, u"EMPLOYEE"_s)->get(u"/info"_s).status, 401);
    }

    void missingAndMalformedCredentials()
    {
        HttpTestClient anonymous(m_fixture->apiBase());
        TestReply r = anonymous.get(u"/info"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray(R"(Basic realm="actiTIME")"));
        QVERIFY(!r.errorKey().isEmpty());
        QVERIFY(!r.object().value(u"message"_s).toString().isEmpty());

        anonymous.setRawAuthorization("Bearer abc");
        r = anonymous.get(u"/info"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.invalid_auth_scheme"_s);

        anonymous.setRawAuthorization("Basic !!!not-base64");
        QCOMPARE(anonymous.get(u"/info"_s).status, 401);
    }

    void accountsThatCannotSignIn()
    {
        QCOMPARE(m_fixture->client(u"disabled"_s)->get(u"/info"_s).status, 401);
        m_fixture->data().users[4].hired = testdata::kToday.addDays(1);
        QCOMPARE(m_fixture->client(u"other"_s)->get(u"/info"_s).status, 401);
        QCOMPARE(m_fixture->client(u"nobody"_s)->get(u"/info"_s).status, 401);
    }

    void threeFailuresBanTheAddress()
    {
        auto good = m_fixture->client(u"employee"_s);
        auto bad = m_fixture->client(u"employee"_s, u"wrong"_s);
        QCOMPARE(bad->get(u"/info"_s).status, 401);
        QCOMPARE(bad->get(u"/info"_s).status, 401);
        QCOMPARE(good->get(u"/info"_s).status, 200); // two failures: not yet
        QCOMPARE(bad->get(u"/info"_s).status, 401); // the third one bans

        TestReply r = good->get(u"/info"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorKey(), u"api.error.ip_blocked"_s);
        QCOMPARE(r.header("Retry-After"), QByteArray("60"));
        // During the ban nothing from the address is even checked.
        QCOMPARE(bad->get(u"/info"_s).status, 403);

        m_fixture->clock().advanceMs(59'500);
        r = good->get(u"/info"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));
        m_fixture->clock().advanceMs(500);
        QCOMPARE(good->get(u"/info"_s).status, 200);
    }

    void failuresOutsideTheWindowDoNotBan()
    {
        auto good = m_fixture->client(u"employee"_s);
        auto bad = m_fixture->client(u"employee"_s, u"wrong"_s);
        QCOMPARE(bad->get(u"/info"_s).status, 401);
        m_fixture->clock().advanceMs(6'000);
        QCOMPARE(bad->get(u"/info"_s).status, 401);
        m_fixture->clock().advanceMs(5'000); // the first failure is now 11 s old
        QCOMPARE(bad->get(u"/info"_s).status, 401);
        QCOMPARE(good->get(u"/info"_s).status, 200);
    }

    void missingCredentialsAreNotFailedLogins()
    {
        HttpTestClient anonymous(m_fixture->apiBase());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(anonymous.get(u"/info"_s).status, 401);
        QCOMPARE(m_fixture->client(u"employee"_s)->get(u"/info"_s).status, 200);
    }

    void policyIsConfigurable()
    {
        emu::EmulatorOptions options;
        options.loginBan.failures = 5;
        options.loginBan.banMs = 5'000;
        EmulatorFixture f(testdata::contractDataset(), options);
        auto bad = f.client(u"employee"_s, u"wrong"_s);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(bad->get(u"/info"_s).status, 401);
        QCOMPARE(f.client(u"employee"_s)->get(u"/info"_s).status, 200);
        QCOMPARE(bad->get(u"/info"_s).status, 401);
        const TestReply r = f.client(u"employee"_s)->get(u"/info"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.header("Retry-After"), QByteArray("5"));

        options.loginBan.enabled = false;
        EmulatorFixture open(testdata::contractDataset(), options);
        auto wrong = open.client(u"employee"_s, u"wrong"_s);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(wrong->get(u"/info"_s).status, 401);
    }

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestEmulatorAuth)
#include "tst_emulator_auth.moc"
