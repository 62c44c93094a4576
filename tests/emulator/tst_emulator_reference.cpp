// Contract suite: /info, departments, time-zone groups, types of work, leave types, workflow
// statuses (shapes, paging, sorting, filters, errors, permissions).
#include "emulatorfixture.h"
#include "testdataset.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEmulatorReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<EmulatorFixture>(testdata::contractDataset());
        m_admin = m_fixture->client(u"admin"_s, u"manager"_s);
        m_employee = m_fixture->client(u"employee"_s);
    }
    void cleanup()
    {
        m_admin.reset();
        m_employee.reset();
        m_fixture.reset();
    }

    void info()
    {
        const TestReply r = m_employee->get(u"/info"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(u"format"_s).toObject().value(u"dayOfWeekStart"_s).toInt(), 1);
        QCOMPARE(o.value(u"limits"_s).toObject().value(u"maxQueryLimit"_s).toInt(), 1000);
        QCOMPARE(o.value(u"limits"_s).toObject().value(u"maxBatchSize"_s).toInt(), 100);
        QVERIFY(o.value(u"features"_s).toObject().value(u"leavetimeRegistration"_s).toBool());
        QCOMPARE(o.value(u"customNames"_s)
                     .toObject()
                     .value(u"thirdLevel"_s)
                     .toObject()
                     .value(u"plural"_s)
                     .toString(),
                 u"Tasks"_s);
        QVERIFY(o.value(u"urls"_s).toObject().value(u"api"_s).toString().endsWith(u"/api/v1"_s));
    }

    void departmentsEnvelopeAndDefault()
    {
        const TestReply r = m_employee->get(u"/departments"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"offset"_s).toInt(), 0);
        QCOMPARE(r.object().value(u"limit"_s).toInt(), 1000);
        const QJsonArray items = r.items();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).toObject(),
                 (QJsonObject{{u"id"_s, -1},
                              {u"name"_s, u"Users without department"_s},
                              {u"default"_s, true}}));
        QCOMPARE(m_employee->get(u"/departments/1"_s).object().value(u"name"_s).toString(),
                 u"Engineering"_s);
        QCOMPARE(m_employee->get(u"/departments/99"_s).status, 404);
        QCOMPARE(m_employee->get(u"/departments/abc"_s).status, 404);
    }

    void pagingAndSorting()
    {
        TestReply r = m_employee->get(u"/departments?offset=1&limit=1&sort=%2Bname"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"offset"_s).toInt(), 1);
        QCOMPARE(r.object().value(u"limit"_s).toInt(), 1);
        QCOMPARE(r.items().size(), 1);
        QCOMPARE(r.items().at(0).toObject().value(u"name"_s).toString(), u"Sales"_s);
        r = m_employee->get(u"/departments?sort=-name"_s);
        QCOMPARE(r.items().at(0).toObject().value(u"name"_s).toString(),
                 u"Users without department"_s);
        r = m_employee->get(u"/departments?sort=name"_s); // bare field = ascending
        QCOMPARE(r.items().at(0).toObject().value(u"name"_s).toString(), u"Engineering"_s);
        // An unencoded '+' decodes to a space, which names no field.
        QCOMPARE(m_employee->get(u"/departments?sort=+name"_s).status, 400);
        QCOMPARE(m_employee->get(u"/departments?sort=%2Bcreated"_s).status, 400);
        QCOMPARE(m_employee->get(u"/departments?limit=1001"_s).status, 400);
        QCOMPARE(m_employee->get(u"/departments?limit=-1"_s).status, 400);
        QCOMPARE(m_employee->get(u"/departments?offset=x"_s).errorKey(),
                 u"api.error.cannot_parse_arguments"_s);
        QCOMPARE(m_employee->get(u"/departments?offset=10"_s).items().size(), 0);
    }

    void timeZoneGroups()
    {
        QCOMPARE(m_employee->get(u"/timeZoneGroups"_s).items().size(), 2);
        const QJsonObject def = m_employee->get(u"/timeZoneGroups/default"_s).object();
        QCOMPARE(def.value(u"id"_s).toInt(), -1);
        QCOMPARE(def.value(u"timeZoneId"_s).toString(), u"America/New_York"_s);
        QCOMPARE(m_employee->get(u"/timeZoneGroups/2"_s).object().value(u"name"_s).toString(),
                 u"London"_s);
        QCOMPARE(m_employee->get(u"/timeZoneGroups?name=london"_s).items().size(), 1);
    }

    void typesOfWork()
    {
        TestReply r = m_employee->get(u"/typesOfWork?archived=false&sort=-name"_s);
        QCOMPARE(r.items().size(), 2);
        QCOMPARE(r.items().at(0).toObject().value(u"name"_s).toString(), u"management"_s);
        // Rates are hidden from employees and shown to administrators.
        QVERIFY(r.items().at(1).toObject().value(u"rate"_s).isNull());
        r = m_admin->get(u"/typesOfWork/1"_s);
        QCOMPARE(r.object().value(u"rate"_s).toDouble(), 100.0);
        QCOMPARE(m_employee->get(u"/typesOfWork/default"_s).object().value(u"id"_s).toInt(), 1);
        QCOMPARE(m_employee->get(u"/typesOfWork?billable=true"_s).items().size(), 1);
        QCOMPARE(m_employee->get(u"/typesOfWork?ids=2,3"_s).items().size(), 2);
        QCOMPARE(m_employee->get(u"/typesOfWork?words=work%20arch"_s).items().size(), 1);
        QCOMPARE(m_employee->get(u"/typesOfWork?archived=maybe"_s).status, 400);
    }

    void leaveTypes()
    {
        const TestReply r = m_employee->get(u"/leaveTypes?archived=false"_s);
        QCOMPARE(r.items().size(), 3);
        QCOMPARE(r.items().at(1).toObject(),
                 (QJsonObject{{u"id"_s, 2},
                              {u"name"_s, u"Sick Leave"_s},
                              {u"balance"_s, u"Sick"_s},
                              {u"rateFactor"_s, 1},
                              {u"archived"_s, false}}));
        QCOMPARE(m_employee->get(u"/leaveTypes?balance=PTO"_s).items().size(), 1);
        QCOMPARE(m_employee->get(u"/leaveTypes?balance=vacation"_s).status, 400);
        QCOMPARE(m_employee->get(u"/leaveTypes/4"_s).object().value(u"archived"_s).toBool(), true);
        QCOMPARE(m_employee->get(u"/leaveTypes/40"_s).status, 404);
    }

    void workflowStatusesRead()
    {
        const TestReply r = m_employee->get(u"/workflowStatuses"_s);
        QCOMPARE(r.items().size(), 3);
        const QJsonObject first = r.items().at(0).toObject();
        QCOMPARE(first.value(u"type"_s).toString(), u"open"_s);
        QCOMPARE(first.value(u"allowedActions"_s).toObject().value(u"canModify"_s).toBool(), false);
        QCOMPARE(m_employee->get(u"/workflowStatuses?type=completed"_s).items().size(), 1);
        QCOMPARE(m_employee->get(u"/workflowStatuses?sort=%2Btype,-name"_s)
                     .items()
                     .at(0)
                     .toObject()
                     .value(u"name"_s)
                     .toString(),
                 u"Completed"_s);
        // In use by tasks: not deletable even for an administrator.
        QCOMPARE(m_admin->get(u"/workflowStatuses/1"_s)
                     .object()
                     .value(u"allowedActions"_s)
                     .toObject()
                     .value(u"canDelete"_s)
                     .toBool(),
                 false);
    }

    void workflowStatusesWrite()
    {
        QCOMPARE(m_employee
                     ->post(u"/workflowStatuses"_s,
                            QJsonObject{{u"name"_s, u"Review"_s}, {u"type"_s, u"open"_s}})
                     .status,
                 403);
        TestReply r = m_admin->post(u"/workflowStatuses"_s,
                                    QJsonObject{{u"name"_s, u"Review"_s}, {u"type"_s, u"open"_s}});
        QCOMPARE(r.status, 200);
        const int id = r.object().value(u"id"_s).toInt();
        QVERIFY(id > 1000);
        QCOMPARE(r.object().value(u"allowedActions"_s).toObject().value(u"canDelete"_s).toBool(),
                 true);
        QCOMPARE(m_admin
                     ->post(u"/workflowStatuses"_s,
                            QJsonObject{{u"name"_s, u"review"_s}, {u"type"_s, u"open"_s}})
                     .status,
                 400);
        QCOMPARE(m_admin
                     ->post(u"/workflowStatuses"_s,
                            QJsonObject{{u"name"_s, u"X"_s}, {u"type"_s, u"done"_s}})
                     .status,
                 400);
        QCOMPARE(
            m_admin->post(u"/workflowStatuses"_s, QJsonObject{{u"type"_s, u"open"_s}}).errorKey(),
            u"api.error.mandatory_field"_s);
        QCOMPARE(m_admin
                     ->post(u"/workflowStatuses"_s,
                            QJsonObject{{u"name"_s, u""_s}, {u"type"_s, u"open"_s}})
                     .object()
                     .value(u"message"_s)
                     .toString(),
                 u"String length must be between 1 and 255"_s);

        r = m_admin->patch(u"/workflowStatuses/%1"_s.arg(id),
                           QJsonObject{{u"name"_s, u"In Review"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"name"_s).toString(), u"In Review"_s);
        QCOMPARE(
            m_admin->get(u"/workflowStatuses/%1"_s.arg(id)).object().value(u"name"_s).toString(),
            u"In Review"_s);
        // The only completed status cannot change type, a used one cannot be deleted.
        QCOMPARE(
            m_admin->patch(u"/workflowStatuses/3"_s, QJsonObject{{u"type"_s, u"open"_s}}).status,
            400);
        QCOMPARE(m_admin->del(u"/workflowStatuses/1"_s).status, 400);
        QCOMPARE(m_employee->del(u"/workflowStatuses/%1"_s.arg(id)).status, 403);
        QCOMPARE(m_admin->del(u"/workflowStatuses/%1"_s.arg(id)).status, 204);
        QCOMPARE(m_admin->get(u"/workflowStatuses/%1"_s.arg(id)).status, 404);
        QCOMPARE(m_admin->del(u"/workflowStatuses/%1"_s.arg(id)).status, 404);
    }

    void writesNeedJson()
    {
        const TestReply r = m_admin->send("POST", u"/workflowStatuses"_s,
                                          R"({"name":"A","type":"open"})", "text/plain");
        QCOMPARE(r.status, 415);
        QCOMPARE(r.object().value(u"message"_s).toString(), u"HTTP 415 Unsupported Media Type"_s);
        QCOMPARE(
            m_admin->send("POST", u"/workflowStatuses"_s, "{not json", "application/json").status,
            400);
    }

    void unknownPaths()
    {
        const TestReply r = m_employee->get(u"/nothing"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object().value(u"message"_s).toString(), u"HTTP 404 Not Found"_s);
        QCOMPARE(m_employee->del(u"/departments/1"_s).status, 405);
    }

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpTestClient> m_admin;
    std::unique_ptr<HttpTestClient> m_employee;
};

QTEST_GUILESS_MAIN(TestEmulatorReference)
#include "tst_emulator_reference.moc"
