// Contract suite: GET /leavetime (flat data, dayOffset, dateTo default, stopAfter / nextDateFrom,
// filters, referenced maps, visibility) and PATCH /leavetime/... (set, adjust, every validation,
// permission and lock rule).
#include "emulatorfixture.h"
#include "testdataset.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// "userId/date/leaveTypeId=minutes" of every entry in a /leavetime answer, in answer order.
QStringList entries(const QJsonObject &answer)
{
    QStringList out;
    for (const QJsonValue &v : answer.value(u"data"_s).toArray()) {
        const QJsonObject e = v.toObject();
        out.append(u"%1/%2/%3=%4"_s.arg(e.value(u"userId"_s).toInt())
                       .arg(e.value(u"date"_s).toString())
                       .arg(e.value(u"leaveTypeId"_s).toInt())
                       .arg(e.value(u"leaveTime"_s).toInt()));
    }
    return out;
}

QJsonObject leaveBody(int minutes)
{
    return {{u"leaveTime"_s, minutes}};
}

QJsonObject deltaBody(int minutes)
{
    return {{u"delta"_s, minutes}};
}
} // namespace

class TestEmulatorLeavetime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        emu::EmulatorOptions options;
        options.rateLimits.enabled = false; // the manual clock never leaves the first second
        m_fixture = std::make_unique<EmulatorFixture>(testdata::contractDataset(), options);
        m_admin = m_fixture->client(u"admin"_s, u"manager"_s);
        m_manager = m_fixture->client(u"manager"_s);
        m_employee = m_fixture->client(u"employee"_s);
    }
    void cleanup()
    {
        m_admin.reset();
        m_manager.reset();
        m_employee.reset();
        m_fixture.reset();
    }

    void listShape()
    {
        const TestReply r = m_admin->get(u"/leavetime?dateFrom=2026-11-16&dateTo=2026-11-29"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.keys(), sorted({u"dateFrom"_s, u"dateTo"_s, u"data"_s}));
        QCOMPARE(o.value(u"dateFrom"_s).toString(), u"2026-11-16"_s);
        QCOMPARE(o.value(u"dateTo"_s).toString(), u"2026-11-29"_s);
        const QJsonArray data = o.value(u"data"_s).toArray();
        QCOMPARE(data.size(), 2);
        QCOMPARE(data.at(0).toObject(),
                 (QJsonObject{{u"userId"_s, 3},
                              {u"date"_s, u"2026-11-20"_s},
                              {u"dayOffset"_s, 4},
                              {u"leaveTypeId"_s, 1},
                              {u"leaveTime"_s, 480}}));
        QCOMPARE(data.at(1).toObject(),
                 (QJsonObject{{u"userId"_s, 4},
                              {u"date"_s, u"2026-11-24"_s},
                              {u"dayOffset"_s, 8},
                              {u"leaveTypeId"_s, 2},
                              {u"leaveTime"_s, 240}}));
    }

    void listOrderIsDateUserType()
    {
        QCOMPARE(m_admin->patch(u"/leavetime/3/2026-11-24/3"_s, leaveBody(60)).status, 200);
        QCOMPARE(m_admin->patch(u"/leavetime/3/2026-11-24/1"_s, leaveBody(30)).status, 200);
        QCOMPARE(m_admin->patch(u"/leavetime/2/2026-11-24/2"_s, leaveBody(15)).status, 200);
        QCOMPARE(
            entries(m_admin->get(u"/leavetime?dateFrom=2026-11-24&dateTo=2026-11-24"_s).object()),
            (QStringList{u"2/2026-11-24/2=15"_s, u"3/2026-11-24/1=30"_s, u"3/2026-11-24/3=60"_s,
                         u"4/2026-11-24/2=240"_s}));
    }

    void dateToDefaultsToLastDayWithData()
    {
        QJsonObject o = m_admin->get(u"/leavetime?dateFrom=2026-11-01"_s).object();
        QCOMPARE(o.value(u"dateTo"_s).toString(), u"2026-11-24"_s);
        QCOMPARE(entries(o).size(), 2);
        o = m_admin->get(u"/leavetime?dateFrom=2026-11-01&userIds=3"_s).object();
        QCOMPARE(o.value(u"dateTo"_s).toString(), u"2026-11-20"_s);
        o = m_employee->get(u"/leavetime?dateFrom=2026-11-01"_s).object(); // sees user 3 only
        QCOMPARE(o.value(u"dateTo"_s).toString(), u"2026-11-20"_s);
        o = m_admin->get(u"/leavetime?dateFrom=today"_s).object();
        QCOMPARE(o.value(u"dateFrom"_s).toString(), u"2026-11-25"_s);
        QCOMPARE(o.value(u"dateTo"_s).toString(), u"2026-11-25"_s);
        QCOMPARE(o.value(u"data"_s).toArray().size(), 0);
    }

    void stopAfterAndResume()
    {
        QJsonObject o =
            m_admin->get(u"/leavetime?dateFrom=2026-11-01&dateTo=2026-11-30&stopAfter=1"_s)
                .object();
        QCOMPARE(o.value(u"dateTo"_s).toString(), u"2026-11-20"_s);
        QCOMPARE(o.value(u"nextDateFrom"_s).toString(), u"2026-11-21"_s);
        QCOMPARE(entries(o), QStringList{u"3/2026-11-20/1=480"_s});

        // Two entries on one day are never split; resuming covers everything exactly once.
        QCOMPARE(m_admin->patch(u"/leavetime/4/2026-11-24/3"_s, leaveBody(60)).status, 200);
        QStringList seen;
        QString from = u"2026-11-01"_s;
        for (int requests = 0;; ++requests) {
            QVERIFY(requests < 10);
            o = m_admin->get(u"/leavetime?dateFrom=%1&dateTo=2026-11-30&stopAfter=1"_s.arg(from))
                    .object();
            const QJsonArray data = o.value(u"data"_s).toArray();
            if (!data.isEmpty())
                QCOMPARE(
                    data.at(0).toObject().value(u"dayOffset"_s).toInt(),
                    int(QDate::fromString(from, Qt::ISODate)
                            .daysTo(QDate::fromString(
                                data.at(0).toObject().value(u"date"_s).toString(), Qt::ISODate))));
            seen += entries(o);
            if (!o.contains(u"nextDateFrom"_s))
                break;
            from = o.value(u"nextDateFrom"_s).toString();
        }
        QCOMPARE(seen,
                 (QStringList{u"3/2026-11-20/1=480"_s, u"4/2026-11-24/2=240"_s,
                              u"4/2026-11-24/3=60"_s}));
        QCOMPARE(m_admin->get(u"/leavetime?dateFrom=2026-11-01&stopAfter=0"_s).status, 400);
    }

    void listFiltersAndErrors()
    {
        const QString base = u"/leavetime?dateFrom=2026-11-16&dateTo=2026-11-29"_s;
        QCOMPARE(entries(m_admin->get(base + u"&leaveTypeIds=2"_s).object()),
                 QStringList{u"4/2026-11-24/2=240"_s});
        QCOMPARE(entries(m_admin->get(base + u"&leaveTypeIds=2,3&userIds=3"_s).object()).size(), 0);
        QCOMPARE(entries(m_admin->get(base + u"&userIds=3"_s).object()),
                 QStringList{u"3/2026-11-20/1=480"_s});
        TestReply r = m_admin->get(u"/leavetime"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.mandatory_field"_s);
        QCOMPARE(r.object().value(u"fields"_s).toString(), u"dateFrom"_s);
        QCOMPARE(m_admin->get(u"/leavetime?dateFrom=2026-11-20&dateTo=2026-11-19"_s).status, 400);
        QCOMPARE(m_admin->get(u"/leavetime?dateFrom=yesterday"_s).status, 400);
        QCOMPARE(m_admin->get(base + u"&leaveTypeIds=x"_s).status, 400);
        QCOMPARE(m_admin->get(base + u"&includeReferenced=comments"_s).status, 400);
        QCOMPARE(m_admin->get(base + u"&includeReferenced=tasks"_s).status, 400);
    }

    void listReferencedMaps()
    {
        const QJsonObject o =
            m_admin
                ->get(
                    u"/leavetime?dateFrom=2026-11-16&dateTo=2026-11-29&includeReferenced=users,departments,timeZoneGroups,leaveTypes"_s)
                .object();
        QCOMPARE(o.keys(),
                 sorted({u"dateFrom"_s, u"dateTo"_s, u"data"_s, u"users"_s, u"departments"_s,
                         u"timeZoneGroups"_s, u"leaveTypes"_s}));
        QCOMPARE(o.value(u"users"_s).toObject().keys(), sorted({u"3"_s, u"4"_s}));
        QCOMPARE(o.value(u"departments"_s).toObject().keys(), sorted({u"1"_s, u"2"_s}));
        QCOMPARE(o.value(u"timeZoneGroups"_s).toObject().keys(), sorted({u"-1"_s, u"2"_s}));
        QCOMPARE(o.value(u"leaveTypes"_s).toObject().keys(), sorted({u"1"_s, u"2"_s}));
        QCOMPARE(o.value(u"leaveTypes"_s).toObject().value(u"2"_s).toObject(),
                 (QJsonObject{{u"id"_s, 2},
                              {u"name"_s, u"Sick Leave"_s},
                              {u"balance"_s, u"Sick"_s},
                              {u"rateFactor"_s, 1},
                              {u"archived"_s, false}}));
        QCOMPARE(
            o.value(u"users"_s).toObject().value(u"4"_s).toObject().value(u"lastName"_s).toString(),
            u"Other"_s);
        const QJsonObject one =
            m_admin
                ->get(
                    u"/leavetime?dateFrom=2026-11-16&dateTo=2026-11-29&leaveTypeIds=1&includeReferenced=users,leaveTypes"_s)
                .object();
        QCOMPARE(one.value(u"users"_s).toObject().keys(), QStringList{u"3"_s});
        QCOMPARE(one.value(u"leaveTypes"_s).toObject().keys(), QStringList{u"1"_s});
    }

    void listVisibilityPerRole()
    {
        const QString base = u"/leavetime?dateFrom=2026-11-16&dateTo=2026-11-29"_s;
        QCOMPARE(entries(m_admin->get(base).object()).size(), 2);
        QCOMPARE(entries(m_employee->get(base).object()), QStringList{u"3/2026-11-20/1=480"_s});
        QCOMPARE(entries(m_manager->get(base).object()), QStringList{u"3/2026-11-20/1=480"_s});
        TestReply r = m_employee->get(base + u"&userIds=4"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorKey(), u"api.error.no_permission"_s);
        QCOMPARE(m_manager->get(base + u"&userIds=4"_s).status, 403);
        QCOMPARE(m_manager->get(base + u"&userIds=3"_s).status, 200);
        const auto other = m_fixture->client(u"other"_s);
        QCOMPARE(entries(other->get(base).object()), QStringList{u"4/2026-11-24/2=240"_s});
    }

    void setCreatesReplacesAndDeletes()
    {
        TestReply r = m_employee->patch(u"/leavetime/employee/today/1"_s, leaveBody(120));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(),
                 (QJsonObject{{u"userId"_s, 3},
                              {u"date"_s, u"2026-11-25"_s},
                              {u"leaveTypeId"_s, 1},
                              {u"leaveTime"_s, 120}}));
        QCOMPARE(m_employee->patch(u"/leavetime/3/2026-11-25/1"_s, leaveBody(60))
                     .object()
                     .value(u"leaveTime"_s)
                     .toInt(),
                 60);
        QCOMPARE(entries(m_employee->get(u"/leavetime?dateFrom=2026-11-25"_s).object()),
                 QStringList{u"3/2026-11-25/1=60"_s});
        r = m_employee->patch(u"/leavetime/3/2026-11-25/1"_s, leaveBody(0));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"leaveTime"_s).toInt(), 0);
        QVERIFY(!m_fixture->data().leave.contains(emu::dayKey(testdata::kToday, 3)));
        QCOMPARE(
            entries(m_employee->get(u"/leavetime?dateFrom=2026-11-25&dateTo=2026-11-25"_s).object())
                .size(),
            0);
    }

    void adjustByDelta()
    {
        TestReply r = m_employee->patch(u"/leavetime/3/2026-11-20/1/time"_s, deltaBody(-60));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(),
                 (QJsonObject{{u"userId"_s, 3},
                              {u"date"_s, u"2026-11-20"_s},
                              {u"leaveTypeId"_s, 1},
                              {u"leaveTime"_s, 420}}));
        QCOMPARE(m_employee->patch(u"/leavetime/3/2026-11-20/1/time"_s, deltaBody(-421)).status,
                 400);
        QCOMPARE(m_employee->patch(u"/leavetime/3/2026-11-20/2/time"_s, deltaBody(30))
                     .object()
                     .value(u"leaveTime"_s)
                     .toInt(),
                 30);
        // Day total over leave types: 420 + 30 + 991 > 1440.
        r = m_employee->patch(u"/leavetime/3/2026-11-20/2/time"_s, deltaBody(991));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.day_limit_exceeded"_s);
        QCOMPARE(m_employee->patch(u"/leavetime/3/2026-11-20/2/time"_s, deltaBody(-30))
                     .object()
                     .value(u"leaveTime"_s)
                     .toInt(),
                 0);
        QCOMPARE(m_fixture->data().leave.at(emu::dayKey(QDate(2026, 11, 20), 3)).size(), size_t(1));
        QCOMPARE(
            m_employee->patch(u"/leavetime/3/2026-11-20/1/time"_s, QJsonObject{{u"delta"_s, 0.5}})
                .status,
            400);
        QCOMPARE(m_employee->patch(u"/leavetime/3/2026-11-20/1/time"_s, QJsonObject{}).errorKey(),
                 u"api.error.mandatory_field"_s);
        QCOMPARE(m_employee->patch(u"/leavetime/4/2026-11-24/2/time"_s, deltaBody(10)).status, 403);
        QCOMPARE(m_employee->patch(u"/leavetime/3/2026-11-20/4/time"_s, deltaBody(10)).errorKey(),
                 u"api.error.leave_type_archived"_s);
    }

    void setValidation()
    {
        const QString path = u"/leavetime/3/2026-11-25/2"_s;
        TestReply r = m_employee->patch(path, QJsonObject{{u"leaveTime"_s, u"60"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"fields"_s).toString(), u"leaveTime"_s);
        QCOMPARE(m_employee->patch(path, QJsonObject{{u"leaveTime"_s, 1.5}}).status, 400);
        QCOMPARE(m_employee->patch(path, leaveBody(-1)).status, 400);
        QCOMPARE(m_employee->patch(path, leaveBody(1441)).status, 400);
        QCOMPARE(m_employee->patch(path, QJsonObject{{u"time"_s, 60}}).errorKey(),
                 u"api.error.mandatory_field"_s);
        QCOMPARE(m_employee->patch(path, leaveBody(1440)).status, 200);
        QCOMPARE(m_employee->send("PATCH", path, "nope").status, 400);
        r = m_employee->patch(u"/leavetime/3/2026-11-25/4"_s, leaveBody(60));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.leave_type_archived"_s);
        r = m_employee->patch(u"/leavetime/3/2026-11-25/99"_s, leaveBody(60));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorKey(), u"api.error.object_not_found"_s);
        QCOMPARE(m_employee->patch(u"/leavetime/nobody/2026-11-25/1"_s, leaveBody(60)).status, 404);
        QCOMPARE(m_employee->patch(u"/leavetime/3/2026-11-31/1"_s, leaveBody(60)).status, 400);
        // Day total: 480 (Vacation) + 961 > 1440; 960 fits.
        r = m_employee->patch(u"/leavetime/3/2026-11-20/2"_s, leaveBody(961));
        QCOMPARE(r.errorKey(), u"api.error.day_limit_exceeded"_s);
        QCOMPARE(m_employee->patch(u"/leavetime/3/2026-11-20/2"_s, leaveBody(960)).status, 200);
        // Time-track does not count towards the leave total.
        QCOMPARE(m_employee->patch(u"/leavetime/3/2026-11-23/1"_s, leaveBody(1440)).status, 200);
    }

    void setPermissionsPerRole()
    {
        QCOMPARE(m_employee->patch(u"/leavetime/3/2026-11-25/1"_s, leaveBody(10)).status, 200);
        QCOMPARE(m_employee->patch(u"/leavetime/4/2026-11-25/1"_s, leaveBody(10)).status, 403);
        QCOMPARE(m_employee->patch(u"/leavetime/manager/2026-11-25/1"_s, leaveBody(10)).status,
                 403);
        QCOMPARE(m_manager->patch(u"/leavetime/manager/2026-11-25/1"_s, leaveBody(20)).status, 200);
        QCOMPARE(m_manager->patch(u"/leavetime/employee/2026-11-25/2"_s, leaveBody(20)).status,
                 200);
        TestReply r = m_manager->patch(u"/leavetime/4/2026-11-25/1"_s, leaveBody(20));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorKey(), u"api.error.no_permission"_s);
        QCOMPARE(m_admin->patch(u"/leavetime/other/2026-11-25/1"_s, leaveBody(30)).status, 200);
        QCOMPARE(entries(m_admin->get(u"/leavetime?dateFrom=2026-11-25"_s).object()),
                 (QStringList{u"2/2026-11-25/1=20"_s, u"3/2026-11-25/1=10"_s,
                              u"3/2026-11-25/2=20"_s, u"4/2026-11-25/1=30"_s}));
    }

    void lockedAndApprovedDays()
    {
        TestReply r = m_employee->patch(u"/leavetime/3/2026-11-02/1"_s, leaveBody(60));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorKey(), u"api.error.timetrack_locked"_s);
        r = m_admin->patch(u"/leavetime/3/2026-11-16/1/time"_s, deltaBody(60));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorKey(), u"api.error.timetrack_approved"_s);

        const QJsonObject range{{u"userIds"_s, QJsonArray{4}},
                                {u"dateFrom"_s, u"2026-11-24"_s},
                                {u"dateTo"_s, u"2026-11-24"_s}};
        QCOMPARE(m_admin->post(u"/timetrack/lock"_s, range).status, 200);
        QCOMPARE(m_admin->patch(u"/leavetime/4/2026-11-24/2"_s, leaveBody(0)).errorKey(),
                 u"api.error.timetrack_locked"_s);
        QCOMPARE(m_fixture->data().leave.at(emu::dayKey(QDate(2026, 11, 24), 4)).at(2), 240);
        QCOMPARE(m_admin->post(u"/timetrack/unlock"_s, range).status, 200);
        QCOMPARE(m_admin->patch(u"/leavetime/4/2026-11-24/2"_s, leaveBody(0)).status, 200);
        QVERIFY(!m_fixture->data().leave.contains(emu::dayKey(QDate(2026, 11, 24), 4)));
    }

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpTestClient> m_admin;
    std::unique_ptr<HttpTestClient> m_manager;
    std::unique_ptr<HttpTestClient> m_employee;
};

QTEST_GUILESS_MAIN(TestEmulatorLeavetime)
#include "tst_emulator_leavetime.moc"
