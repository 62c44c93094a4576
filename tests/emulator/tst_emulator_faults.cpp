// Fault switches: delay, dropped connections (before / after handling), 500, malformed JSON, and
// the /_emulator/ control endpoints that set them from another process.
#include "emulatorfixture.h"
#include "testdataset.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

using Kind = emu::FaultRule::Kind;

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        emu::EmulatorOptions options;
        options.controlEndpoints = true;
        m_fixture = std::make_unique<EmulatorFixture>(testdata::contractDataset(), options);
        m_admin = m_fixture->client(u"admin"_s, u"manager"_s);
    }
    void cleanup()
    {
        m_admin.reset();
        m_fixture.reset();
    }

    void serverErrorThenRecovery()
    {
        m_fixture->emulator().faults().add({Kind::ServerError, 2, 0, {}, {}});
        QCOMPARE(m_admin->get(u"/info"_s).status, 500);
        QCOMPARE(m_admin->get(u"/info"_s).errorKey(), u"api.error.internal"_s);
        QCOMPARE(m_admin->get(u"/info"_s).status, 200);
    }

    void dropBeforeHandlingHasNoEffect()
    {
        // QNetworkAccessManager resends a request once when a reused connection closes before an
        // answer, so the fault stays on until cleared.
        m_fixture->emulator().faults().add(
            {Kind::DropBeforeHandling, -1, 0, u"/workflowStatuses"_s, "POST"});
        QCOMPARE(m_admin->get(u"/workflowStatuses"_s).status, 200); // GET does not match
        const TestReply r = m_admin->post(
            u"/workflowStatuses"_s, QJsonObject{{u"name"_s, u"Lost"_s}, {u"type"_s, u"open"_s}});
        QCOMPARE(r.status, 0);
        QVERIFY(!r.networkError.isEmpty());
        m_fixture->emulator().faults().clear();
        QCOMPARE(m_admin->get(u"/workflowStatuses?name=Lost"_s).items().size(), 0);
    }

    void dropAfterHandlingAppliesTheChange()
    {
        m_fixture->emulator().faults().add(
            {Kind::DropAfterHandling, -1, 0, u"/workflowStatuses"_s, "POST"});
        const TestReply r = m_admin->post(
            u"/workflowStatuses"_s, QJsonObject{{u"name"_s, u"Applied"_s}, {u"type"_s, u"open"_s}});
        QCOMPARE(r.status, 0);
        m_fixture->emulator().faults().clear();
        // Applied once; QNAM's silent resend was refused as a duplicate (and dropped too).
        QCOMPARE(m_admin->get(u"/workflowStatuses?name=Applied"_s).items().size(), 1);
    }

    void malformedJson()
    {
        m_fixture->emulator().faults().add({Kind::MalformedJson, 1, 0, u"/departments"_s, {}});
        const TestReply r = m_admin->get(u"/departments"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().isEmpty()); // does not parse
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QCOMPARE(m_admin->get(u"/departments"_s).items().size(), 3);
    }

    void delay()
    {
        m_fixture->emulator().faults().add({Kind::Delay, 1, 300, {}, {}});
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_admin->get(u"/info"_s).status, 200);
        QVERIFY(timer.elapsed() >= 300);
        m_admin->setTimeoutMs(100);
        m_fixture->emulator().faults().add({Kind::Delay, 1, 2000, {}, {}});
        QCOMPARE(m_admin->get(u"/info"_s).networkError, u"timed out"_s);
    }

    void untilCleared()
    {
        m_fixture->emulator().faults().add({Kind::ServerError, -1, 0, u"/info"_s, {}});
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_admin->get(u"/info"_s).status, 500);
        m_fixture->emulator().faults().clear();
        QCOMPARE(m_admin->get(u"/info"_s).status, 200);
    }

    void controlEndpoints()
    {
        HttpTestClient control(QUrl(u"http://127.0.0.1:%1"_s.arg(m_fixture->port())));
        TestReply r = control.post(
            u"/_emulator/faults"_s,
            QJsonObject{{u"kind"_s, u"error500"_s}, {u"count"_s, 1}, {u"path"_s, u"/info"_s}});
        QCOMPARE(r.status, 204);
        QCOMPARE(m_admin->get(u"/info"_s).status, 500);
        QCOMPARE(m_admin->get(u"/info"_s).status, 200);
        QCOMPARE(
            control.post(u"/_emulator/faults"_s, QJsonObject{{u"kind"_s, u"explode"_s}}).status,
            400);
        control.post(u"/_emulator/faults"_s,
                     QJsonObject{{u"kind"_s, u"error500"_s}, {u"count"_s, -1}});
        QCOMPARE(m_admin->get(u"/info"_s).status, 500);
        QCOMPARE(control.del(u"/_emulator/faults"_s).status, 204);
        QCOMPARE(m_admin->get(u"/info"_s).status, 200);

        auto bad = m_fixture->client(u"admin"_s, u"wrong"_s);
        for (int i = 0; i < 3; ++i)
            bad->get(u"/info"_s);
        QCOMPARE(m_admin->get(u"/info"_s).status, 403);
        QCOMPARE(control.post(u"/_emulator/reset-limits"_s, QJsonObject{}).status, 204);
        QCOMPARE(m_admin->get(u"/info"_s).status, 200);
    }

    void controlEndpointsAreOffByDefault()
    {
        EmulatorFixture plain(testdata::contractDataset());
        HttpTestClient control(QUrl(u"http://127.0.0.1:%1"_s.arg(plain.port())));
        QCOMPARE(
            control.post(u"/_emulator/faults"_s, QJsonObject{{u"kind"_s, u"error500"_s}}).status,
            401);
    }

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpTestClient> m_admin;
};

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulator_faults.moc"
