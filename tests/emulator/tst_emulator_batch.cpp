// POST /batch: sequential, independent operations answered in one array.
#include "emulatorfixture.h"
#include "testdataset.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEmulatorBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<EmulatorFixture>(testdata::contractDataset());
        m_admin = m_fixture->client(u"admin"_s, u"manager"_s);
    }
    void cleanup()
    {
        m_admin.reset();
        m_fixture.reset();
    }

    void operationsRunInOrderAndIndependently()
    {
        const QJsonArray ops{
            QJsonObject{{u"method"_s, u"GET"_s},
                        {u"relativeUrl"_s, u"/departments?sort=-name"_s},
                        {u"id"_s, u"a"_s}},
            QJsonObject{
                {u"method"_s, u"POST"_s},
                {u"relativeUrl"_s, u"/workflowStatuses"_s},
                {u"body"_s, QJsonObject{{u"name"_s, u"Blocked"_s}, {u"type"_s, u"open"_s}}}},
            QJsonObject{
                {u"method"_s, u"POST"_s},
                {u"relativeUrl"_s, u"/workflowStatuses"_s},
                {u"body"_s, QJsonObject{{u"name"_s, u"Blocked"_s}, {u"type"_s, u"open"_s}}}},
            QJsonObject{{u"method"_s, u"GET"_s}, {u"relativeUrl"_s, u"departments/42"_s}},
            QJsonObject{{u"method"_s, u"GET"_s},
                        {u"relativeUrl"_s, u"/workflowStatuses?name=Blocked"_s}},
        };
        const TestReply r = m_admin->post(u"/batch"_s, ops);
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.array();
        QCOMPARE(results.size(), 5);
        QCOMPARE(results[0].toObject().value(u"status"_s).toInt(), 200);
        QCOMPARE(results[0].toObject().value(u"id"_s).toString(), u"a"_s);
        QCOMPARE(results[0]
                     .toObject()
                     .value(u"body"_s)
                     .toObject()
                     .value(u"items"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"name"_s)
                     .toString(),
                 u"Users without department"_s);
        QCOMPARE(results[1].toObject().value(u"status"_s).toInt(), 200);
        // The duplicate fails alone; nothing is rolled back.
        QCOMPARE(results[2].toObject().value(u"status"_s).toInt(), 400);
        QCOMPARE(results[2].toObject().value(u"body"_s).toObject().value(u"key"_s).toString(),
                 u"api.error.workflow_status_exists"_s);
        QCOMPARE(results[3].toObject().value(u"status"_s).toInt(), 404);
        QCOMPARE(
            results[4].toObject().value(u"body"_s).toObject().value(u"items"_s).toArray().size(),
            1);
    }

    void includeResponseBody()
    {
        const QJsonArray ops{
            QJsonObject{{u"method"_s, u"GET"_s}, {u"relativeUrl"_s, u"/info"_s}},
            QJsonObject{{u"method"_s, u"POST"_s},
                        {u"relativeUrl"_s, u"/workflowStatuses"_s},
                        {u"body"_s, QJsonObject{{u"name"_s, u"Parked"_s}, {u"type"_s, u"open"_s}}}},
        };
        QJsonArray results = m_admin->post(u"/batch?includeResponseBody=never"_s, ops).array();
        QVERIFY(!results[0].toObject().contains(u"body"_s));
        QCOMPARE(results[1].toObject().value(u"status"_s).toInt(), 200);
        results = m_admin->post(u"/batch?includeResponseBody=get"_s, ops).array();
        QVERIFY(results[0].toObject().contains(u"body"_s));
        QVERIFY(!results[1].toObject().contains(u"body"_s));
        QCOMPARE(results[1].toObject().value(u"status"_s).toInt(), 400); // "Parked" exists now
        QCOMPARE(m_admin->post(u"/batch?includeResponseBody=sometimes"_s, ops).status, 400);
    }

    void malformedBatches()
    {
        QCOMPARE(m_admin->post(u"/batch"_s, QJsonObject{{u"method"_s, u"GET"_s}}).status, 400);
        QCOMPARE(m_admin->send("POST", u"/batch"_s, "[]", "text/plain").status, 415);
        QJsonArray tooMany;
        for (int i = 0; i < 101; ++i)
            tooMany.append(QJsonObject{{u"method"_s, u"GET"_s}, {u"relativeUrl"_s, u"/info"_s}});
        const TestReply r = m_admin->post(u"/batch"_s, tooMany);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.batch_too_large"_s);

        const QJsonArray bad{
            QJsonObject{{u"method"_s, u"POST"_s}, {u"relativeUrl"_s, u"/workflowStatuses"_s}},
            QJsonObject{{u"method"_s, u"GET"_s},
                        {u"relativeUrl"_s, u"/info"_s},
                        {u"body"_s, QJsonObject{}}},
            QJsonObject{{u"method"_s, u"FETCH"_s}, {u"relativeUrl"_s, u"/info"_s}},
            QJsonObject{{u"method"_s, u"GET"_s}},
        };
        const QJsonArray results = m_admin->post(u"/batch"_s, bad).array();
        QCOMPARE(results.size(), 4);
        for (const QJsonValue &v : results)
            QCOMPARE(v.toObject().value(u"status"_s).toInt(), 400);
    }

    void permissionsApplyPerOperation()
    {
        auto employee = m_fixture->client(u"employee"_s);
        const QJsonArray ops{
            QJsonObject{{u"method"_s, u"DELETE"_s}, {u"relativeUrl"_s, u"/workflowStatuses/2"_s}},
            QJsonObject{{u"method"_s, u"GET"_s}, {u"relativeUrl"_s, u"/workflowStatuses/2"_s}},
        };
        const QJsonArray results = employee->post(u"/batch"_s, ops).array();
        QCOMPARE(results[0].toObject().value(u"status"_s).toInt(), 403);
        QCOMPARE(results[1].toObject().value(u"status"_s).toInt(), 200);
    }

    void aBatchIsOneRequestForTheRateLimit()
    {
        emu::EmulatorOptions options;
        options.rateLimits.perSecond = 2;
        EmulatorFixture f(testdata::contractDataset(), options);
        auto c = f.client(u"employee"_s);
        QJsonArray ops;
        for (int i = 0; i < 50; ++i)
            ops.append(QJsonObject{{u"method"_s, u"GET"_s}, {u"relativeUrl"_s, u"/info"_s}});
        const TestReply r = c->post(u"/batch"_s, ops);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-Ratelimit-Remaining"), QByteArray("1"));
        QCOMPARE(r.array().size(), 50);
    }

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpTestClient> m_admin;
};

QTEST_GUILESS_MAIN(TestEmulatorBatch)
#include "tst_emulator_batch.moc"
