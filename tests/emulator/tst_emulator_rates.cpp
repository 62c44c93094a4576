// Contract suite: cost-of-work rates — GET /userRates, GET/PUT /userRates/{uid} (shape, paging,
// visibility per role, validation, whole-history replacement).
#include "emulatorfixture.h"
#include "testdataset.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QList<int> userIdsOf(const QJsonArray &items)
{
    QList<int> out;
    for (const QJsonValue &v : items)
        out.append(v.toObject().value(u"userId"_s).toInt());
    return out;
}

// The contract dataset's rates of user 3.
const QJsonObject kEmployeeRates{
    {u"userId"_s, 3},
    {u"rates"_s,
     QJsonArray{QJsonObject{
         {u"dateFrom"_s, u"2026-01-01"_s},
         {u"regularRate"_s, 50},
         {u"overtimeRate"_s, 75},
         {u"leaveRates"_s, QJsonArray{QJsonObject{{u"leaveTypeId"_s, 1}, {u"rate"_s, 50}}}}}}}};

QJsonObject period(const QString &from, const QJsonValue &regular)
{
    return {{u"dateFrom"_s, from}, {u"regularRate"_s, regular}};
}
} // namespace

class TestEmulatorRates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<EmulatorFixture>(testdata::contractDataset());
        m_admin = m_fixture->client(u"admin"_s, u"manager"_s);
        m_manager = m_fixture->client(u"manager"_s);
        m_employee = m_fixture->client(u"employee"_s);
        m_other = m_fixture->client(u"other"_s);
    }
    void cleanup()
    {
        m_admin.reset();
        m_manager.reset();
        m_employee.reset();
        m_other.reset();
        m_fixture.reset();
    }

    void listForAdmin()
    {
        const TestReply r = m_admin->get(u"/userRates"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().keys(), (QStringList{u"items"_s, u"limit"_s, u"offset"_s}));
        QCOMPARE(r.object().value(u"offset"_s).toInt(), 0);
        QCOMPARE(r.object().value(u"limit"_s).toInt(), 1000);
        // Every user, those without rates with an empty history.
        QCOMPARE(userIdsOf(r.items()), (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(r.items().at(0).toObject(),
                 (QJsonObject{{u"userId"_s, 1}, {u"rates"_s, QJsonArray()}}));
        QCOMPARE(r.items().at(2).toObject(), kEmployeeRates);
        const QJsonObject other =
            r.items().at(3).toObject().value(u"rates"_s).toArray().at(0).toObject();
        QCOMPARE(other,
                 (QJsonObject{{u"dateFrom"_s, u"2026-01-01"_s},
                              {u"regularRate"_s, 40},
                              {u"overtimeRate"_s, QJsonValue()},
                              {u"leaveRates"_s, QJsonArray()}}));
    }

    void listPagingAndFilter()
    {
        TestReply r = m_admin->get(u"/userRates?offset=2&limit=2"_s);
        QCOMPARE(r.object().value(u"offset"_s).toInt(), 2);
        QCOMPARE(r.object().value(u"limit"_s).toInt(), 2);
        QCOMPARE(userIdsOf(r.items()), (QList<int>{3, 4}));
        QCOMPARE(userIdsOf(m_admin->get(u"/userRates?userIds=4,3,99"_s).items()),
                 (QList<int>{3, 4}));
        QCOMPARE(m_admin->get(u"/userRates?offset=5"_s).items().size(), 0);
        QCOMPARE(m_admin->get(u"/userRates?userIds=three"_s).status, 400);
        QCOMPARE(m_admin->get(u"/userRates?limit=1001"_s).status, 400);
    }

    void listPerRole()
    {
        // A manager sees the team's rates only (not even their own).
        TestReply r = m_manager->get(u"/userRates"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.items(), QJsonArray{kEmployeeRates});
        QCOMPARE(m_manager->get(u"/userRates?userIds=4"_s).items().size(), 0);
        r = m_employee->get(u"/userRates"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorKey(), u"api.error.no_permission"_s);
        QCOMPARE(m_other->get(u"/userRates?userIds=4"_s).status, 403);
    }

    void singleUser()
    {
        TestReply r = m_admin->get(u"/userRates/3"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), kEmployeeRates);
        QCOMPARE(m_admin->get(u"/userRates/employee"_s).object(), kEmployeeRates);
        QCOMPARE(m_admin->get(u"/userRates/admin"_s).object(),
                 (QJsonObject{{u"userId"_s, 1}, {u"rates"_s, QJsonArray()}}));
        QCOMPARE(m_admin->get(u"/userRates/99"_s).status, 404);
        QCOMPARE(m_admin->get(u"/userRates/nobody"_s).errorKey(), u"api.error.object_not_found"_s);

        QCOMPARE(m_manager->get(u"/userRates/employee"_s).object(), kEmployeeRates);
        QCOMPARE(m_manager->get(u"/userRates/4"_s).status, 403);
        QCOMPARE(m_manager->get(u"/userRates/manager"_s).status, 403);
        QCOMPARE(m_employee->get(u"/userRates/3"_s).status, 403); // not even one's own
        QCOMPARE(m_other->get(u"/userRates/other"_s).status, 403);
    }

    void putReplacesHistory()
    {
        QJsonObject july = period(u"2026-07-01"_s, 60.5);
        july.insert(u"overtimeRate"_s, QJsonValue());
        july.insert(u"leaveRates"_s,
                    QJsonArray{QJsonObject{{u"leaveTypeId"_s, 2}, {u"rate"_s, 30}},
                               QJsonObject{{u"leaveTypeId"_s, 3}, {u"rate"_s, 0}}});
        const QJsonObject body{{u"rates"_s, QJsonArray{july, period(u"2025-01-01"_s, 45)}}};
        TestReply r = m_admin->put(u"/userRates/employee"_s, body);
        QCOMPARE(r.status, 200);
        // Sorted by dateFrom; absent rates are null, absent leave rates an empty list.
        const QJsonObject expected{
            {u"userId"_s, 3},
            {u"rates"_s,
             QJsonArray{QJsonObject{{u"dateFrom"_s, u"2025-01-01"_s},
                                    {u"regularRate"_s, 45},
                                    {u"overtimeRate"_s, QJsonValue()},
                                    {u"leaveRates"_s, QJsonArray()}},
                        QJsonObject{{u"dateFrom"_s, u"2026-07-01"_s},
                                    {u"regularRate"_s, 60.5},
                                    {u"overtimeRate"_s, QJsonValue()},
                                    {u"leaveRates"_s, july.value(u"leaveRates"_s)}}}}};
        QCOMPARE(r.object(), expected);
        QCOMPARE(m_admin->get(u"/userRates/3"_s).object(), expected);
        QCOMPARE(m_manager->get(u"/userRates"_s).items(), QJsonArray{expected});

        // A user without rates gets a history; an empty list clears one.
        r = m_admin->put(u"/userRates/1"_s,
                         QJsonObject{{u"rates"_s, QJsonArray{period(u"2026-11-01"_s, 100)}}});
        QCOMPARE(r.object().value(u"rates"_s).toArray().size(), 1);
        QCOMPARE(m_admin->get(u"/userRates/admin"_s)
                     .object()
                     .value(u"rates"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"regularRate"_s)
                     .toDouble(),
                 100.0);
        r = m_admin->put(u"/userRates/3"_s, QJsonObject{{u"rates"_s, QJsonArray()}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), (QJsonObject{{u"userId"_s, 3}, {u"rates"_s, QJsonArray()}}));
        QCOMPARE(m_admin->get(u"/userRates/3"_s).object().value(u"rates"_s).toArray().size(), 0);
        QVERIFY(!m_fixture->data().userRates.contains(3));
    }

    void putPermissions()
    {
        const QJsonObject body{{u"rates"_s, QJsonArray{period(u"2026-01-01"_s, 1)}}};
        QCOMPARE(m_manager->put(u"/userRates/3"_s, body).status, 403);
        QCOMPARE(m_employee->put(u"/userRates/3"_s, body).status, 403);
        QCOMPARE(m_admin->put(u"/userRates/99"_s, body).status, 404);
        QCOMPARE(m_admin->get(u"/userRates/3"_s).object(), kEmployeeRates);
        QCOMPARE(m_admin->send("PUT", u"/userRates/3"_s, "{}", "text/plain").status, 415);
        QCOMPARE(m_admin->del(u"/userRates/3"_s).status, 405);
        QCOMPARE(m_admin->post(u"/userRates/3"_s, body).status, 405);
    }

    void putValidation_data()
    {
        QTest::addColumn<QJsonValue>("rates");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("fields");
        const QJsonObject ok = period(u"2026-01-01"_s, 10);
        auto with = [&ok](const QString &k, const QJsonValue &v) {
            QJsonObject o = ok;
            o.insert(k, v);
            return o;
        };
        auto leave = [&ok](const QJsonArray &leaveRates) {
            QJsonObject o = ok;
            o.insert(u"leaveRates"_s, leaveRates);
            return o;
        };
        const QString invalid = u"api.error.invalid_value"_s;
        const QString mandatory = u"api.error.mandatory_field"_s;
        QTest::newRow("no rates") << QJsonValue() << mandatory << u"rates"_s;
        QTest::newRow("rates not a list") << QJsonValue(ok) << invalid << u"rates"_s;
        QTest::newRow("period not an object")
            << QJsonValue(QJsonArray{1}) << invalid << u"rates[0]"_s;
        QJsonObject noDate = ok;
        noDate.remove(u"dateFrom"_s);
        QTest::newRow("no dateFrom")
            << QJsonValue(QJsonArray{noDate}) << mandatory << u"rates[0].dateFrom"_s;
        QTest::newRow("bad dateFrom")
            << QJsonValue(QJsonArray{with(u"dateFrom"_s, u"2026-02-30"_s)})
            << u"api.error.invalid_date"_s << u"rates[0].dateFrom"_s;
        QTest::newRow("numeric dateFrom") << QJsonValue(QJsonArray{with(u"dateFrom"_s, 20260101)})
                                          << u"api.error.invalid_date"_s << u"rates[0].dateFrom"_s;
        QTest::newRow("duplicate dateFrom")
            << QJsonValue(QJsonArray{ok, period(u"2026-03-01"_s, 1), ok}) << invalid
            << u"rates[2].dateFrom"_s;
        QTest::newRow("negative rate") << QJsonValue(QJsonArray{with(u"regularRate"_s, -1)})
                                       << invalid << u"rates[0].regularRate"_s;
        QTest::newRow("string rate") << QJsonValue(QJsonArray{with(u"overtimeRate"_s, u"50"_s)})
                                     << invalid << u"rates[0].overtimeRate"_s;
        QTest::newRow("leaveRates not a list") << QJsonValue(QJsonArray{with(u"leaveRates"_s, 5)})
                                               << invalid << u"rates[0].leaveRates"_s;
        QTest::newRow("unknown leave type")
            << QJsonValue(QJsonArray{leave({QJsonObject{{u"leaveTypeId"_s, 99}, {u"rate"_s, 1}}})})
            << invalid << u"rates[0].leaveRates[0].leaveTypeId"_s;
        QTest::newRow("fractional leave type")
            << QJsonValue(QJsonArray{leave({QJsonObject{{u"leaveTypeId"_s, 1.5}, {u"rate"_s, 1}}})})
            << invalid << u"rates[0].leaveRates[0].leaveTypeId"_s;
        QTest::newRow("no leave type")
            << QJsonValue(QJsonArray{leave({QJsonObject{{u"rate"_s, 1}}})}) << mandatory
            << u"rates[0].leaveRates[0].leaveTypeId"_s;
        QTest::newRow("leave rate missing")
            << QJsonValue(QJsonArray{leave({QJsonObject{{u"leaveTypeId"_s, 1}}})}) << mandatory
            << u"rates[0].leaveRates[0].rate"_s;
        QTest::newRow("leave rate null") << QJsonValue(
            QJsonArray{leave({QJsonObject{{u"leaveTypeId"_s, 1}, {u"rate"_s, QJsonValue()}}})})
                                         << mandatory << u"rates[0].leaveRates[0].rate"_s;
        QTest::newRow("leave type twice")
            << QJsonValue(QJsonArray{leave({QJsonObject{{u"leaveTypeId"_s, 1}, {u"rate"_s, 1}},
                                            QJsonObject{{u"leaveTypeId"_s, 1}, {u"rate"_s, 2}}})})
            << invalid << u"rates[0].leaveRates[1].leaveTypeId"_s;
        QTest::newRow("leave rate not an object")
            << QJsonValue(QJsonArray{leave({7})}) << invalid << u"rates[0].leaveRates[0]"_s;
    }

    void putValidation()
    {
        QFETCH(QJsonValue, rates);
        QFETCH(QString, key);
        QFETCH(QString, fields);
        QJsonObject body;
        if (!rates.isNull())
            body.insert(u"rates"_s, rates);
        const TestReply r = m_admin->put(u"/userRates/employee"_s, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), key);
        QCOMPARE(r.object().value(u"fields"_s).toString(), fields);
        QVERIFY(!r.object().value(u"message"_s).toString().isEmpty());
        // A refused body changes nothing.
        QCOMPARE(m_admin->get(u"/userRates/3"_s).object(), kEmployeeRates);
    }

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpTestClient> m_admin;
    std::unique_ptr<HttpTestClient> m_manager;
    std::unique_ptr<HttpTestClient> m_employee;
    std::unique_ptr<HttpTestClient> m_other;
};

QTEST_GUILESS_MAIN(TestEmulatorRates)
#include "tst_emulator_rates.moc"
