// Contract suite: GET /timetrack (shape, dayOffset, dateTo default, stopAfter / nextDateFrom,
// filters, referenced maps, visibility), one record (GET, set, adjust) with every validation and
// permission rule, and POST /timetrack/lock|unlock.
#include "emulatorfixture.h"
#include "testdataset.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// "userId/date/taskId" of every record in a /timetrack answer, in answer order.
QStringList recordKeys(const QJsonObject &answer)
{
    QStringList out;
    for (const QJsonValue &day : answer.value(u"data"_s).toArray()) {
        const QJsonObject d = day.toObject();
        for (const QJsonValue &r : d.value(u"records"_s).toArray())
            out.append(u"%1/%2/%3"_s.arg(d.value(u"userId"_s).toInt())
                           .arg(d.value(u"date"_s).toString())
                           .arg(r.toObject().value(u"taskId"_s).toInt()));
    }
    return out;
}

QJsonObject timeBody(int minutes)
{
    return {{u"time"_s, minutes}};
}
} // namespace

class TestEmulatorTimetrack : public QObject
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

    void listShapeAndOrder()
    {
        const TestReply r = m_admin->get(u"/timetrack?dateFrom=2026-11-16&dateTo=2026-11-29"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.keys(), sorted({u"dateFrom"_s, u"dateTo"_s, u"data"_s}));
        QCOMPARE(o.value(u"dateFrom"_s).toString(), u"2026-11-16"_s);
        QCOMPARE(o.value(u"dateTo"_s).toString(), u"2026-11-29"_s);
        const QJsonArray data = o.value(u"data"_s).toArray();
        QCOMPARE(data.size(), 4);
        // Ordered by date, then user; only days with records; records ordered by task.
        QCOMPARE(recordKeys(o),
                 (QStringList{u"3/2026-11-16/3"_s, u"3/2026-11-23/1"_s, u"3/2026-11-23/2"_s,
                              u"4/2026-11-23/4"_s, u"3/2026-11-24/1"_s}));
        const QJsonObject day = data.at(1).toObject();
        QCOMPARE(day.keys(), sorted({u"userId"_s, u"date"_s, u"dayOffset"_s, u"records"_s}));
        QCOMPARE(day.value(u"dayOffset"_s).toInt(), 7);
        QCOMPARE(data.at(0).toObject().value(u"dayOffset"_s).toInt(), 0);
        QCOMPARE(data.at(3).toObject().value(u"dayOffset"_s).toInt(), 8);
        const QJsonObject record = day.value(u"records"_s).toArray().at(0).toObject();
        QCOMPARE(record, (QJsonObject{{u"taskId"_s, 1}, {u"time"_s, 240}}));
    }

    void listCommentsAndApproval()
    {
        TestReply r = m_admin->get(
            u"/timetrack?dateFrom=2026-11-16&dateTo=2026-11-23&includeReferenced=comments"_s);
        QCOMPARE(r.status, 200);
        QJsonArray data = r.object().value(u"data"_s).toArray();
        QCOMPARE(data.at(0).toObject().keys(),
                 sorted({u"userId"_s, u"date"_s, u"dayOffset"_s, u"records"_s}));
        const QJsonArray records = data.at(1).toObject().value(u"records"_s).toArray();
        QCOMPARE(
            records.at(0).toObject(),
            (QJsonObject{{u"taskId"_s, 1}, {u"time"_s, 240}, {u"comment"_s, u"hull sketches"_s}}));
        QVERIFY(records.at(1).toObject().contains(u"comment"_s));
        QVERIFY(records.at(1).toObject().value(u"comment"_s).isNull());

        r = m_admin->get(
            u"/timetrack?dateFrom=2026-11-16&dateTo=2026-11-23&includeReferenced=approvalStatus"_s);
        data = r.object().value(u"data"_s).toArray();
        QCOMPARE(data.at(0).toObject().keys(),
                 sorted({u"userId"_s, u"date"_s, u"dayOffset"_s, u"records"_s, u"approved"_s}));
        QCOMPARE(data.at(0).toObject().value(u"approved"_s).toBool(), true);
        QCOMPARE(data.at(1).toObject().value(u"approved"_s).toBool(), false);
        QCOMPARE(data.at(1).toObject().value(u"records"_s).toArray().at(0).toObject().keys(),
                 sorted({u"taskId"_s, u"time"_s}));
    }

    void dateToDefaultsToLastDayWithData()
    {
        QJsonObject o = m_admin->get(u"/timetrack?dateFrom=2026-11-01"_s).object();
        QCOMPARE(o.value(u"dateTo"_s).toString(), u"2026-11-24"_s);
        QCOMPARE(recordKeys(o).size(), 5);
        QVERIFY(!o.contains(u"nextDateFrom"_s));
        // Among the selected users only.
        o = m_admin->get(u"/timetrack?dateFrom=2026-11-01&userIds=4"_s).object();
        QCOMPARE(o.value(u"dateTo"_s).toString(), u"2026-11-23"_s);
        o = m_admin->get(u"/timetrack?dateFrom=2026-11-01&userIds=1,2"_s).object();
        QCOMPARE(o.value(u"dateTo"_s).toString(), u"2026-11-01"_s);
        QCOMPARE(o.value(u"data"_s).toArray().size(), 0);
        // No data after dateFrom: dateTo = dateFrom; `today` is accepted.
        o = m_admin->get(u"/timetrack?dateFrom=today"_s).object();
        QCOMPARE(o.value(u"dateFrom"_s).toString(), u"2026-11-25"_s);
        QCOMPARE(o.value(u"dateTo"_s).toString(), u"2026-11-25"_s);
        o = m_admin->get(u"/timetrack?dateFrom=2026-11-24"_s).object();
        QCOMPARE(o.value(u"dateTo"_s).toString(), u"2026-11-24"_s);
        QCOMPARE(recordKeys(o), QStringList{u"3/2026-11-24/1"_s});
    }

    void stopAfterTruncatesAtDayBoundaries()
    {
        TestReply r =
            m_admin->get(u"/timetrack?dateFrom=2026-11-16&dateTo=2026-11-29&stopAfter=1"_s);
        QCOMPARE(r.status, 200);
        QJsonObject o = r.object();
        QCOMPARE(o.value(u"dateTo"_s).toString(), u"2026-11-16"_s);
        QCOMPARE(o.value(u"nextDateFrom"_s).toString(), u"2026-11-17"_s);
        QCOMPARE(recordKeys(o), QStringList{u"3/2026-11-16/3"_s});
        // A day is never split: 2026-11-23 has three records of two users.
        o = m_admin->get(u"/timetrack?dateFrom=2026-11-17&dateTo=2026-11-29&stopAfter=2"_s)
                .object();
        QCOMPARE(o.value(u"dateTo"_s).toString(), u"2026-11-23"_s);
        QCOMPARE(o.value(u"nextDateFrom"_s).toString(), u"2026-11-24"_s);
        QCOMPARE(recordKeys(o).size(), 3);
        QCOMPARE(o.value(u"data"_s).toArray().at(0).toObject().value(u"dayOffset"_s).toInt(), 6);
        // Not reached: no nextDateFrom.
        o = m_admin->get(u"/timetrack?dateFrom=2026-11-16&dateTo=2026-11-29&stopAfter=6"_s)
                .object();
        QVERIFY(!o.contains(u"nextDateFrom"_s));
        QCOMPARE(o.value(u"dateTo"_s).toString(), u"2026-11-29"_s);
        QCOMPARE(m_admin->get(u"/timetrack?dateFrom=2026-11-16&stopAfter=0"_s).status, 400);
        QCOMPARE(m_admin->get(u"/timetrack?dateFrom=2026-11-16&stopAfter=x"_s).status, 400);
    }

    void stopAfterResumeCoversEverythingOnce()
    {
        for (const int stopAfter : {1, 2, 3}) {
            QStringList seen;
            QString from = u"2026-11-01"_s;
            int requests = 0;
            for (;;) {
                QVERIFY(++requests < 20);
                const QJsonObject o =
                    m_admin
                        ->get(u"/timetrack?dateFrom=%1&dateTo=2026-11-30&stopAfter=%2"_s.arg(from)
                                  .arg(stopAfter))
                        .object();
                QCOMPARE(o.value(u"dateFrom"_s).toString(), from);
                seen += recordKeys(o);
                if (!o.contains(u"nextDateFrom"_s)) {
                    QCOMPARE(o.value(u"dateTo"_s).toString(), u"2026-11-30"_s);
                    break;
                }
                const QDate to = QDate::fromString(o.value(u"dateTo"_s).toString(), Qt::ISODate);
                QCOMPARE(o.value(u"nextDateFrom"_s).toString(),
                         to.addDays(1).toString(Qt::ISODate));
                from = o.value(u"nextDateFrom"_s).toString();
            }
            QCOMPARE(seen,
                     (QStringList{u"3/2026-11-16/3"_s, u"3/2026-11-23/1"_s, u"3/2026-11-23/2"_s,
                                  u"4/2026-11-23/4"_s, u"3/2026-11-24/1"_s}));
        }
    }

    void listErrors()
    {
        TestReply r = m_admin->get(u"/timetrack"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.mandatory_field"_s);
        QCOMPARE(r.object().value(u"fields"_s).toString(), u"dateFrom"_s);
        QCOMPARE(
            m_admin->get(u"/timetrack?dateTo=2026-11-30"_s).object().value(u"fields"_s).toString(),
            u"dateFrom"_s);
        QCOMPARE(m_admin->get(u"/timetrack?dateFrom=2026-13-01"_s).errorKey(),
                 u"api.error.cannot_parse_arguments"_s);
        QCOMPARE(m_admin->get(u"/timetrack?dateFrom=2026-11-20&dateTo=2026-11-19"_s).status, 400);
        QCOMPARE(m_admin->get(u"/timetrack?dateFrom=2026-11-20&dateTo=2026-11-20"_s).status, 200);
        QCOMPARE(
            m_admin->get(u"/timetrack?dateFrom=2026-11-20&includeReferenced=leaveTypes"_s).status,
            400);
        QCOMPARE(m_admin->get(u"/timetrack?dateFrom=2026-11-20&approved=maybe"_s).status, 400);
        QCOMPARE(m_admin->get(u"/timetrack?dateFrom=2026-11-20&userIds=abc"_s).status, 400);
        QCOMPARE(m_admin->get(u"/timetrack?dateFrom=2026-11-20&taskIds=1,x"_s).status, 400);
    }

    void listFilters()
    {
        const QString base = u"/timetrack?dateFrom=2026-11-16&dateTo=2026-11-29"_s;
        QCOMPARE(recordKeys(m_admin->get(base + u"&taskIds=1"_s).object()),
                 (QStringList{u"3/2026-11-23/1"_s, u"3/2026-11-24/1"_s}));
        QCOMPARE(recordKeys(m_admin->get(base + u"&taskIds=2,4"_s).object()),
                 (QStringList{u"3/2026-11-23/2"_s, u"4/2026-11-23/4"_s}));
        QCOMPARE(recordKeys(m_admin->get(base + u"&projectIds=2"_s).object()),
                 QStringList{u"3/2026-11-16/3"_s});
        QCOMPARE(recordKeys(m_admin->get(base + u"&customerIds=2"_s).object()),
                 QStringList{u"4/2026-11-23/4"_s});
        QCOMPARE(recordKeys(m_admin->get(base + u"&customerIds=1"_s).object()).size(), 4);
        QCOMPARE(recordKeys(m_admin->get(base + u"&taskIds=1&projectIds=2"_s).object()).size(), 0);
        QCOMPARE(recordKeys(m_admin->get(base + u"&approved=true"_s).object()),
                 QStringList{u"3/2026-11-16/3"_s});
        QCOMPARE(recordKeys(m_admin->get(base + u"&approved=false"_s).object()).size(), 4);
        QCOMPARE(recordKeys(m_admin->get(base + u"&userIds=4"_s).object()),
                 QStringList{u"4/2026-11-23/4"_s});
        QCOMPARE(recordKeys(m_admin->get(base + u"&userIds=3,99"_s).object()).size(), 4);
    }

    void listReferencedMaps()
    {
        TestReply r = m_admin->get(
            u"/timetrack?dateFrom=2026-11-16&dateTo=2026-11-29&includeReferenced=users,departments,"
            "timeZoneGroups,tasks,projects,customers,typesOfWork,workflowStatuses"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.keys(),
                 sorted({u"dateFrom"_s, u"dateTo"_s, u"data"_s, u"users"_s, u"departments"_s,
                         u"timeZoneGroup"_s, u"tasks"_s, u"projects"_s, u"customers"_s,
                         u"typesOfWork"_s, u"workflowStatuses"_s}));
        QCOMPARE(o.value(u"users"_s).toObject().keys(), sorted({u"3"_s, u"4"_s}));
        QCOMPARE(
            o.value(u"users"_s).toObject().value(u"3"_s).toObject().value(u"fullName"_s).toString(),
            u"Emma J. Employee"_s);
        QCOMPARE(o.value(u"departments"_s).toObject().keys(), sorted({u"1"_s, u"2"_s}));
        QCOMPARE(o.value(u"timeZoneGroup"_s).toObject().keys(), sorted({u"-1"_s, u"2"_s}));
        QCOMPARE(o.value(u"timeZoneGroup"_s)
                     .toObject()
                     .value(u"2"_s)
                     .toObject()
                     .value(u"timeZoneId"_s)
                     .toString(),
                 u"Europe/London"_s);
        QCOMPARE(o.value(u"tasks"_s).toObject().keys(), sorted({u"1"_s, u"2"_s, u"3"_s, u"4"_s}));
        QCOMPARE(
            o.value(u"tasks"_s).toObject().value(u"1"_s).toObject().value(u"name"_s).toString(),
            u"Design hull"_s);
        QCOMPARE(o.value(u"projects"_s).toObject().keys(), sorted({u"1"_s, u"2"_s, u"3"_s}));
        QCOMPARE(o.value(u"customers"_s).toObject().keys(), sorted({u"1"_s, u"2"_s}));
        QCOMPARE(
            o.value(u"customers"_s).toObject().value(u"2"_s).toObject().value(u"name"_s).toString(),
            u"Galaxy Corp"_s);
        QCOMPARE(o.value(u"typesOfWork"_s).toObject().keys(), sorted({u"1"_s, u"2"_s}));
        QCOMPARE(o.value(u"workflowStatuses"_s).toObject().keys(), sorted({u"1"_s, u"2"_s}));

        // Only the objects the returned records refer to; requested maps are present even if empty.
        const QJsonObject one =
            m_admin
                ->get(
                    u"/timetrack?dateFrom=2026-11-16&dateTo=2026-11-29&userIds=4&includeReferenced=users,projects"_s)
                .object();
        QCOMPARE(one.value(u"users"_s).toObject().keys(), QStringList{u"4"_s});
        QCOMPARE(one.value(u"projects"_s).toObject().keys(), QStringList{u"3"_s});
        const QJsonObject none =
            m_admin->get(u"/timetrack?dateFrom=2026-12-01&includeReferenced=tasks"_s).object();
        QVERIFY(none.value(u"tasks"_s).isObject());
        QCOMPARE(none.value(u"tasks"_s).toObject().size(), 0);
    }

    void listVisibilityPerRole()
    {
        const QString base = u"/timetrack?dateFrom=2026-11-16&dateTo=2026-11-29"_s;
        QCOMPARE(recordKeys(m_admin->get(base).object()).size(), 5);
        QCOMPARE(recordKeys(m_employee->get(base).object()).size(), 4); // own only
        QCOMPARE(recordKeys(m_manager->get(base).object()).size(), 4); // own + team (user 3)
        QCOMPARE(recordKeys(m_employee->get(base + u"&userIds=3"_s).object()).size(), 4);
        TestReply r = m_employee->get(base + u"&userIds=4"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorKey(), u"api.error.no_permission"_s);
        QCOMPARE(m_employee->get(base + u"&userIds=3,2"_s).status, 403);
        QCOMPARE(m_manager->get(base + u"&userIds=4"_s).status, 403);
        QCOMPARE(m_manager->get(base + u"&userIds=2,3"_s).status, 200);
        // The default dateTo only looks at the users the caller sees.
        const auto other = m_fixture->client(u"other"_s);
        QCOMPARE(
            other->get(u"/timetrack?dateFrom=2026-11-01"_s).object().value(u"dateTo"_s).toString(),
            u"2026-11-23"_s);
    }

    void largeSelectionIsFast()
    {
        emu::Dataset &data = m_fixture->data();
        const QDate monday(2026, 11, 30);
        for (int id = 100; id < 1100; ++id) {
            emu::User u;
            u.id = id;
            u.username = u"user%1"_s.arg(id);
            u.firstName = u"User"_s;
            u.lastName = QString::number(id);
            u.allScope = true;
            data.users[id] = u;
            for (int d = 0; d < 5; ++d)
                data.timetrack[emu::dayKey(monday.addDays(d), id)] = {{1, {240, QString()}},
                                                                      {2, {120, u"x"_s}}};
        }
        QElapsedTimer timer;
        timer.start();
        TestReply r = m_admin->get(
            u"/timetrack?dateFrom=2026-11-30&dateTo=2026-12-04&includeReferenced=comments,users"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"data"_s).toArray().size(), 5000);
        QCOMPARE(r.object().value(u"users"_s).toObject().size(), 1000);
        r = m_admin->get(u"/timetrack?dateFrom=2026-11-30&userIds=500,1099&stopAfter=3"_s);
        QCOMPARE(recordKeys(r.object()).size(), 4);
        QCOMPARE(r.object().value(u"nextDateFrom"_s).toString(), u"2026-12-01"_s);
        r = m_admin->get(u"/timetrack?dateFrom=2026-11-30&stopAfter=1500"_s);
        QCOMPARE(r.object().value(u"data"_s).toArray().size(), 1000); // the whole first day
        QCOMPARE(r.object().value(u"dateTo"_s).toString(), u"2026-11-30"_s);
        // Generous: a quadratic walk over 5000 user-days would take far longer.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void getOneRecord()
    {
        TestReply r = m_employee->get(u"/timetrack/3/2026-11-23/1"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.object(),
            (QJsonObject{{u"taskId"_s, 1}, {u"time"_s, 240}, {u"comment"_s, u"hull sketches"_s}}));
        r = m_employee->get(u"/timetrack/employee/2026-11-23/2"_s); // username in the path
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().keys(), sorted({u"taskId"_s, u"time"_s, u"comment"_s}));
        QVERIFY(r.object().value(u"comment"_s).isNull());
        r = m_employee->get(u"/timetrack/3/2026-11-25/1"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorKey(), u"api.error.object_not_found"_s);
        QCOMPARE(m_employee->get(u"/timetrack/99/2026-11-23/1"_s).status, 404);
        QCOMPARE(m_employee->get(u"/timetrack/nobody/2026-11-23/1"_s).status, 404);
        QCOMPARE(m_employee->get(u"/timetrack/3/2026-11-23/99"_s).status, 404);
        QCOMPARE(m_employee->get(u"/timetrack/3/23-11-2026/1"_s).status, 400);
        QCOMPARE(m_employee->get(u"/timetrack/4/2026-11-23/4"_s).status, 403);
        QCOMPARE(m_manager->get(u"/timetrack/4/2026-11-23/4"_s).status, 403);
        QCOMPARE(m_manager->get(u"/timetrack/employee/2026-11-23/1"_s).status, 200);
        QCOMPARE(m_admin->get(u"/timetrack/other/2026-11-23/4"_s).object().value(u"time"_s).toInt(),
                 300);
    }

    void setCreatesReplacesAndDeletes()
    {
        const QString path = u"/timetrack/employee/today/1"_s;
        TestReply r =
            m_employee->patch(path, QJsonObject{{u"time"_s, 60}, {u"comment"_s, u"first"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(),
                 (QJsonObject{{u"taskId"_s, 1}, {u"time"_s, 60}, {u"comment"_s, u"first"_s}}));
        QCOMPARE(
            m_employee->get(u"/timetrack/3/2026-11-25/1"_s).object().value(u"comment"_s).toString(),
            u"first"_s);
        QCOMPARE(recordKeys(m_employee->get(u"/timetrack?dateFrom=2026-11-25"_s).object()),
                 QStringList{u"3/2026-11-25/1"_s});
        // Replace; omitting the comment clears it.
        r = m_employee->patch(path, timeBody(90));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"time"_s).toInt(), 90);
        QVERIFY(r.object().value(u"comment"_s).isNull());
        QVERIFY(m_employee->get(u"/timetrack/3/today/1"_s).object().value(u"comment"_s).isNull());
        r = m_employee->patch(path, QJsonObject{{u"time"_s, 30}, {u"comment"_s, u"again"_s}});
        QCOMPARE(r.object().value(u"comment"_s).toString(), u"again"_s);
        r = m_employee->patch(path, QJsonObject{{u"time"_s, 30}, {u"comment"_s, QJsonValue::Null}});
        QVERIFY(r.object().value(u"comment"_s).isNull());
        // Zero removes the record and the emptied day.
        r = m_employee->patch(path, timeBody(0));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(),
                 (QJsonObject{{u"taskId"_s, 1}, {u"time"_s, 0}, {u"comment"_s, QJsonValue::Null}}));
        QCOMPARE(m_employee->get(u"/timetrack/3/2026-11-25/1"_s).status, 404);
        QVERIFY(!m_fixture->data().timetrack.contains(emu::dayKey(testdata::kToday, 3)));
        // Zero on one of two records keeps the other.
        QCOMPARE(m_employee->patch(u"/timetrack/3/2026-11-23/2"_s, timeBody(0)).status, 200);
        QCOMPARE(
            recordKeys(
                m_employee->get(u"/timetrack?dateFrom=2026-11-23&dateTo=2026-11-23"_s).object()),
            QStringList{u"3/2026-11-23/1"_s});
    }

    void adjustByDelta()
    {
        const QString path = u"/timetrack/3/2026-11-23/1/time"_s;
        TestReply r = m_employee->patch(path, QJsonObject{{u"delta"_s, 30}});
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.object(),
            (QJsonObject{{u"taskId"_s, 1}, {u"time"_s, 270}, {u"comment"_s, u"hull sketches"_s}}));
        r = m_employee->patch(path, QJsonObject{{u"delta"_s, -20}});
        QCOMPARE(r.object().value(u"time"_s).toInt(), 250);
        QCOMPARE(r.object().value(u"comment"_s).toString(), u"hull sketches"_s); // kept
        QCOMPARE(m_employee->patch(path, QJsonObject{{u"delta"_s, -251}}).status, 400);
        // Day total: 250 + 240 (task 2) + 951 > 1440.
        r = m_employee->patch(path, QJsonObject{{u"delta"_s, 951}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.day_limit_exceeded"_s);
        QCOMPARE(m_employee->patch(path, QJsonObject{{u"delta"_s, 950}})
                     .object()
                     .value(u"time"_s)
                     .toInt(),
                 1200);
        QCOMPARE(m_employee->patch(path, QJsonObject{{u"delta"_s, -1200}})
                     .object()
                     .value(u"time"_s)
                     .toInt(),
                 0);
        QCOMPARE(m_employee->get(u"/timetrack/3/2026-11-23/1"_s).status, 404);
        // From nothing.
        r = m_employee->patch(u"/timetrack/employee/2026-11-25/3/time"_s,
                              QJsonObject{{u"delta"_s, 15}});
        QCOMPARE(
            r.object(),
            (QJsonObject{{u"taskId"_s, 3}, {u"time"_s, 15}, {u"comment"_s, QJsonValue::Null}}));
        QCOMPARE(
            m_employee->patch(u"/timetrack/3/2026-11-25/3/time"_s, QJsonObject{{u"delta"_s, -16}})
                .status,
            400);
        QCOMPARE(m_employee->patch(path, QJsonObject{{u"delta"_s, u"5"_s}}).status, 400);
        QCOMPARE(m_employee->patch(path, QJsonObject{{u"delta"_s, 1.5}}).status, 400);
        QCOMPARE(m_employee->patch(path, QJsonObject{}).errorKey(), u"api.error.mandatory_field"_s);
        QCOMPARE(
            m_employee->patch(u"/timetrack/3/2026-11-25/4/time"_s, QJsonObject{{u"delta"_s, 5}})
                .status,
            403);
        QCOMPARE(
            m_employee->patch(u"/timetrack/4/2026-11-23/4/time"_s, QJsonObject{{u"delta"_s, 5}})
                .status,
            403);
        QCOMPARE(
            m_employee->patch(u"/timetrack/3/2026-11-16/3/time"_s, QJsonObject{{u"delta"_s, 5}})
                .errorKey(),
            u"api.error.timetrack_approved"_s);
    }

    void setValidation()
    {
        const QString path = u"/timetrack/3/2026-11-25/1"_s;
        TestReply r = m_employee->patch(path, QJsonObject{{u"time"_s, u"60"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"fields"_s).toString(), u"time"_s);
        QCOMPARE(m_employee->patch(path, QJsonObject{{u"time"_s, 1.5}}).status, 400);
        QCOMPARE(m_employee->patch(path, QJsonObject{{u"time"_s, true}}).status, 400);
        QCOMPARE(m_employee->patch(path, timeBody(-1)).status, 400);
        QCOMPARE(m_employee->patch(path, timeBody(1441)).status, 400);
        QCOMPARE(m_employee->patch(path, timeBody(1440)).status, 200);
        QCOMPARE(m_employee->patch(path, QJsonObject{{u"comment"_s, u"x"_s}}).errorKey(),
                 u"api.error.mandatory_field"_s);
        QCOMPARE(m_employee->patch(path, QJsonObject{{u"time"_s, 5}, {u"comment"_s, 5}}).status,
                 400);
        QCOMPARE(m_employee->send("PATCH", path, "[1]").status, 400);
        QCOMPARE(m_employee->send("PATCH", path, "  ").errorKey(), u"api.error.mandatory_field"_s);
        QCOMPARE(m_employee->send("PATCH", path, R"({"time":5})", "text/plain").status, 415);
        QCOMPARE(m_employee->patch(path, QJsonObject{{u"time"_s, 5}, {u"extra"_s, 1}}).status, 200);
        // Day total over all tasks: 240 + 240 + 961 > 1440.
        r = m_employee->patch(u"/timetrack/3/2026-11-23/3"_s, timeBody(961));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.day_limit_exceeded"_s);
        QCOMPARE(m_employee->patch(u"/timetrack/3/2026-11-23/3"_s, timeBody(960)).status, 200);
        // Replacing a record counts its new time, not old + new.
        QCOMPARE(m_employee->patch(u"/timetrack/3/2026-11-23/3"_s, timeBody(950)).status, 200);
        // Completed task, task not assigned, unknown objects, bad date.
        r = m_employee->patch(u"/timetrack/3/2026-11-25/5"_s, timeBody(10));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorKey(), u"api.error.task_completed"_s);
        r = m_employee->patch(u"/timetrack/3/2026-11-25/4"_s, timeBody(10));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.object().value(u"message"_s).toString(),
                 u"The task is not assigned to the user"_s);
        QCOMPARE(m_manager->patch(u"/timetrack/3/2026-11-25/4"_s, timeBody(10)).status, 403);
        QCOMPARE(m_employee->patch(u"/timetrack/3/2026-11-25/99"_s, timeBody(10)).status, 404);
        QCOMPARE(m_employee->patch(u"/timetrack/99/2026-11-25/1"_s, timeBody(10)).status, 404);
        QCOMPARE(m_employee->patch(u"/timetrack/3/2026-02-30/1"_s, timeBody(10)).status, 400);
    }

    void setPermissionsPerRole()
    {
        // Employee: own time only.
        QCOMPARE(m_employee->patch(u"/timetrack/3/2026-11-25/2"_s, timeBody(10)).status, 200);
        TestReply r = m_employee->patch(u"/timetrack/4/2026-11-25/4"_s, timeBody(10));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorKey(), u"api.error.no_permission"_s);
        QCOMPARE(m_employee->patch(u"/timetrack/manager/2026-11-25/1"_s, timeBody(10)).status, 403);
        // Manager: own and team (user 3), not user 4.
        QCOMPARE(m_manager->patch(u"/timetrack/manager/2026-11-25/1"_s, timeBody(20)).status, 200);
        QCOMPARE(m_manager->patch(u"/timetrack/3/2026-11-25/1"_s, timeBody(30)).status, 200);
        QCOMPARE(m_manager->patch(u"/timetrack/4/2026-11-25/4"_s, timeBody(30)).status, 403);
        QCOMPARE(m_manager->patch(u"/timetrack/admin/2026-11-25/1"_s, timeBody(30)).status, 403);
        // Administrator: everybody.
        QCOMPARE(m_admin->patch(u"/timetrack/4/2026-11-25/4"_s, timeBody(40)).status, 200);
        QCOMPARE(m_admin->patch(u"/timetrack/employee/2026-11-25/3"_s, timeBody(40)).status, 200);
        QCOMPARE(recordKeys(m_admin->get(u"/timetrack?dateFrom=2026-11-25"_s).object()),
                 (QStringList{u"2/2026-11-25/1"_s, u"3/2026-11-25/1"_s, u"3/2026-11-25/2"_s,
                              u"3/2026-11-25/3"_s, u"4/2026-11-25/4"_s}));
        QCOMPARE(m_fixture->data().timetrack.at(emu::dayKey(testdata::kToday, 3)).at(1).time, 30);
    }

    void lockedAndApprovedDaysRefuseWrites()
    {
        TestReply r = m_employee->patch(u"/timetrack/3/2026-11-02/1"_s, timeBody(10));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorKey(), u"api.error.timetrack_locked"_s);
        QCOMPARE(m_admin->patch(u"/timetrack/3/2026-11-02/1"_s, timeBody(10)).errorKey(),
                 u"api.error.timetrack_locked"_s);
        r = m_manager->patch(u"/timetrack/3/2026-11-16/3"_s, timeBody(10));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorKey(), u"api.error.timetrack_approved"_s);
        QCOMPARE(m_fixture->data().timetrack.at(emu::dayKey(QDate(2026, 11, 16), 3)).at(3).time,
                 120);
    }

    void lockAndUnlock()
    {
        const QJsonObject week{{u"userIds"_s, QJsonArray{3}},
                               {u"dateFrom"_s, u"2026-11-23"_s},
                               {u"dateTo"_s, u"2026-11-29"_s}};
        QCOMPARE(m_employee->post(u"/timetrack/lock"_s, week).status, 403);
        QCOMPARE(m_manager->post(u"/timetrack/lock"_s, week).status, 403);
        TestReply r = m_admin->post(u"/timetrack/lock"_s, week);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(),
                 (QJsonObject{{u"userIds"_s, QJsonArray{3}},
                              {u"dateFrom"_s, u"2026-11-23"_s},
                              {u"dateTo"_s, u"2026-11-29"_s},
                              {u"locked"_s, true}}));
        QCOMPARE(m_employee->patch(u"/timetrack/3/2026-11-25/1"_s, timeBody(10)).errorKey(),
                 u"api.error.timetrack_locked"_s);
        QCOMPARE(
            m_employee->patch(u"/timetrack/3/2026-11-23/1/time"_s, QJsonObject{{u"delta"_s, 1}})
                .status,
            403);
        QCOMPARE(m_admin->patch(u"/timetrack/3/2026-11-29/1"_s, timeBody(10)).status, 403);
        QCOMPARE(
            m_employee->patch(u"/leavetime/3/2026-11-25/1"_s, QJsonObject{{u"leaveTime"_s, 60}})
                .errorKey(),
            u"api.error.timetrack_locked"_s);
        QCOMPARE(m_employee->patch(u"/timetrack/3/2026-11-30/1"_s, timeBody(10)).status,
                 200); // outside
        QCOMPARE(m_admin->patch(u"/timetrack/4/2026-11-25/4"_s, timeBody(10)).status,
                 200); // other user

        r = m_admin->post(u"/timetrack/unlock"_s, week);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"locked"_s).toBool(), false);
        QCOMPARE(m_employee->patch(u"/timetrack/3/2026-11-25/1"_s, timeBody(10)).status, 200);
        QVERIFY(
            m_fixture->data().lockedDays.contains(emu::dayKey(QDate(2026, 11, 2), 3))); // untouched

        // Without userIds: every user; an unlock over the old lock removes it.
        r = m_admin->post(u"/timetrack/lock"_s,
                          QJsonObject{{u"dateFrom"_s, u"2026-11-01"_s}, {u"dateTo"_s, u"today"_s}});
        QCOMPARE(r.object().value(u"userIds"_s).toArray(), (QJsonArray{1, 2, 3, 4, 5}));
        QCOMPARE(r.object().value(u"dateTo"_s).toString(), u"2026-11-25"_s);
        QCOMPARE(m_fixture->data().lockedDays.size(), size_t(5 * 25));
        QCOMPARE(m_admin->patch(u"/timetrack/4/2026-11-25/4"_s, timeBody(20)).status, 403);
        QCOMPARE(m_admin
                     ->post(u"/timetrack/unlock"_s,
                            QJsonObject{{u"dateFrom"_s, u"2026-11-01"_s},
                                        {u"dateTo"_s, u"2026-11-25"_s}})
                     .status,
                 200);
        QCOMPARE(m_fixture->data().lockedDays.size(), size_t(0));
        QCOMPARE(m_admin->patch(u"/timetrack/4/2026-11-25/4"_s, timeBody(20)).status, 200);
    }

    void lockValidation()
    {
        const auto body = [](const QJsonValue &users, const QString &from, const QString &to) {
            return QJsonObject{{u"userIds"_s, users}, {u"dateFrom"_s, from}, {u"dateTo"_s, to}};
        };
        QCOMPARE(
            m_admin
                ->post(u"/timetrack/lock"_s, body(QJsonArray{3}, u"2026-11-20"_s, u"2026-11-19"_s))
                .status,
            400);
        QCOMPARE(
            m_admin
                ->post(u"/timetrack/lock"_s, body(QJsonArray{3}, u"2026-01-01"_s, u"2027-01-02"_s))
                .status,
            400);
        QCOMPARE(
            m_admin
                ->post(u"/timetrack/lock"_s, body(QJsonArray{3}, u"2026-01-01"_s, u"2027-01-01"_s))
                .status,
            200);
        QCOMPARE(
            m_admin
                ->post(u"/timetrack/lock"_s, body(QJsonArray{99}, u"2026-11-20"_s, u"2026-11-20"_s))
                .status,
            404);
        QCOMPARE(m_admin->post(u"/timetrack/lock"_s, body(u"3"_s, u"2026-11-20"_s, u"2026-11-20"_s))
                     .status,
                 400);
        QCOMPARE(m_admin
                     ->post(u"/timetrack/lock"_s,
                            body(QJsonArray{u"3"_s}, u"2026-11-20"_s, u"2026-11-20"_s))
                     .status,
                 400);
        QCOMPARE(
            m_admin
                ->post(u"/timetrack/lock"_s, body(QJsonArray{3}, u"20.11.2026"_s, u"2026-11-20"_s))
                .status,
            400);
        TestReply r =
            m_admin->post(u"/timetrack/lock"_s, QJsonObject{{u"dateTo"_s, u"2026-11-20"_s}});
        QCOMPARE(r.errorKey(), u"api.error.mandatory_field"_s);
        QCOMPARE(r.object().value(u"fields"_s).toString(), u"dateFrom"_s);
        QCOMPARE(m_admin->post(u"/timetrack/lock"_s, QJsonObject{{u"dateFrom"_s, u"2026-11-20"_s}})
                     .status,
                 400);
        // An empty list locks nobody.
        r = m_admin->post(u"/timetrack/lock"_s,
                          body(QJsonArray{}, u"2026-11-20"_s, u"2026-11-20"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"userIds"_s).toArray().size(), 0);
        QCOMPARE(m_admin->get(u"/timetrack/lock"_s).status, 405);
    }

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpTestClient> m_admin;
    std::unique_ptr<HttpTestClient> m_manager;
    std::unique_ptr<HttpTestClient> m_employee;
};

QTEST_GUILESS_MAIN(TestEmulatorTimetrack)
#include "tst_emulator_timetrack.moc"
