// ActiTimeClient with odd but possible server answers, served by a canned local HTTP server:
// tolerant where a field is cosmetic (unknown fields, nulls, numbers as strings, either deadline
// form, a clamped page limit, a split day), strict where the data is needed (no items, bad times,
// malformed or empty bodies, misaligned batches, paging that would never end) — those end as
// ApiError::Kind::InvalidResponse naming the place, never as a crash or an empty result.
#include "clienttesthelpers.h"
#include "emulatorfixture.h"
#include "testdataset.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace actidesk;
using clienttest::finish;

namespace {

// A minimal HTTP/1.1 server: answers each request with the next canned answer (keep-alive, with
// Content-Length) and records "METHOD target" of every request.
class FakeServer : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
    };

    FakeServer()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("FakeServer: cannot listen");
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl apiUrl() const { return QUrl(u"http://127.0.0.1:%1/api/v1"_s.arg(m_server.serverPort())); }
    void answer(int status, const QByteArray &body) { m_answers.append({status, body}); }
    void answer(const QByteArray &body) { answer(200, body); }
    const QStringList &requests() const { return m_requests; }
    const QList<QByteArray> &bodies() const { return m_bodies; }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
            m_requests.append(
                QString::fromLatin1(requestLine.value(0) + ' ' + requestLine.value(1)));
            m_bodies.append(buffer.mid(end + 4, length));
            buffer.remove(0, end + 4 + length);

            const Answer a =
                m_answers.isEmpty() ? Answer{500, QByteArray()} : m_answers.takeFirst();
            QByteArray response = "HTTP/1.1 " + QByteArray::number(a.status) + " X\r\n"
                + "Content-Type: application/json; charset=UTF-8\r\n"
                + "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n\r\n" + a.body;
            socket->write(response);
        }
    }

    QTcpServer m_server;
    QList<Answer> m_answers;
    QStringList m_requests;
    QList<QByteArray> m_bodies;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

bool isInvalidResponse(const ApiCall &call, const QString &mentions)
{
    if (call.error().kind != ApiError::Kind::InvalidResponse) {
        qWarning("kind %d, message %s", int(call.error().kind), qPrintable(call.error().message));
        return false;
    }
    if (!call.error().message.contains(mentions)) {
        qWarning("message \"%s\" does not mention \"%s\"", qPrintable(call.error().message),
                 qPrintable(mentions));
        return false;
    }
    return true;
}

} // namespace

class TestActiTimeClientTolerance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<clienttest::Session> m_session;
    ActiTimeClient &client() { return m_session->client; }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeServer>();
        m_session = std::make_unique<clienttest::Session>(m_server->apiUrl(), u"u"_s, u"p"_s);
        // Canned answers are consumed once: nothing may be sent twice.
        m_session->queue.setRetryPolicy({1, 10, 10, 0, 0});
    }
    void cleanup()
    {
        m_session.reset();
        m_server.reset();
    }

    void unknownFieldsAreIgnored()
    {
        m_server->answer(R"({"id":1,"name":"Eng","default":false,"color":"red",
                            "nested":{"deep":[1,{"x":null}]},"allowedActions":{"canFly":true}})");
        auto call = finish(client().department(1));
        VERIFY_OK(call);
        QCOMPARE(call->value(), (Department{1, u"Eng"_s, false}));
        QCOMPARE(m_server->requests(), QStringList{u"GET /api/v1/departments/1"_s});
    }

    void nullsAndMissingOptionalFieldsDefault()
    {
        m_server->answer(R"({"id":7,"firstName":null,"lastName":"Lee","active":null,
                            "departmentId":null,"email":null,"hired":null})");
        auto user = finish(client().user(u"lee"_s));
        VERIFY_OK(user);
        QCOMPARE(user->value().id, 7);
        QCOMPARE(user->value().fullName, u"Lee"_s);
        QCOMPARE(user->value().active, true);
        QCOMPARE(user->value().departmentId, -1);
        QCOMPARE(user->value().timeZoneGroupId, -1);
        QVERIFY(!user->value().hired.isValid());

        // The other deadline form (epoch ms) and a null estimate.
        m_server->answer(R"({"id":5,"name":"T","deadline":1798675200000,"estimatedTime":null,
                            "status":"someNewState"})");
        auto task = finish(client().task(5));
        VERIFY_OK(task);
        QCOMPARE(task->value().deadline, QDate(2026, 12, 31));
        QVERIFY(!task->value().estimatedMinutes);
        QCOMPARE(task->value().status, TaskStatus::Open);
        QCOMPARE(task->value().allowed.canModify, false);
    }

    void numbersAsStrings()
    {
        m_server->answer(R"({"dateFrom":"2026-11-23","dateTo":"2026-11-23",
            "data":[{"userId":"3","date":"2026-11-23","dayOffset":"0","approved":"true",
                     "records":[{"taskId":"1","time":"120","comment":null}]}],
            "timeZoneGroups":{"2":{"name":"London","timeZoneId":"Europe/London"}}})");
        TimetrackFilter filter;
        filter.from = filter.to = QDate(2026, 11, 23);
        auto call = finish(client().timetrack(filter));
        VERIFY_OK(call);
        QCOMPARE(call->value().days.size(), 1);
        QCOMPARE(call->value().days.first().approved, std::optional<bool>(true));
        QCOMPARE(call->value().days.first().records.first(),
                 (TimetrackRecord{3, QDate(2026, 11, 23), 1, 120, QString()}));
        // Map values may leave out their id; the key carries it.
        QCOMPARE(call->value().timeZoneGroups.value(2).name, u"London"_s);
    }

    void listWithoutItemsIsInvalid()
    {
        m_server->answer(R"({"offset":0,"limit":1000,"data":[{"id":1}]})");
        auto call = finish(client().customers());
        QVERIFY(isInvalidResponse(*call, u"items"_s));
        QVERIFY(call->value().isEmpty());
        QVERIFY(call->error().userMessage().contains(u"items"_s));
    }

    void badTimeIsInvalid()
    {
        m_server->answer(R"({"dateFrom":"2026-11-23","data":[{"userId":3,"date":"2026-11-23",
                            "records":[{"taskId":1,"time":"abc"}]}]})");
        TimetrackFilter filter;
        filter.from = QDate(2026, 11, 23);
        auto call = finish(client().timetrack(filter));
        QVERIFY(isInvalidResponse(*call, u"data[0].records[0].time"_s));
        QVERIFY(call->value().days.isEmpty());

        m_server->answer(R"({"taskId":1,"time":"abc"})");
        auto record = finish(client().timetrackRecord(3, QDate(2026, 11, 23), 1));
        QVERIFY(isInvalidResponse(*record, u"time"_s));
    }

    void malformedJsonIsInvalid()
    {
        // (Not a raw string: moc misreads one that ends in a quote.)
        m_server->answer("{\"offset\":0,\"limit\":1000,\"items\":[{\"id\":1,\"name\":\"trunc");
        auto call = finish(client().departments());
        QVERIFY(isInvalidResponse(*call, QString()));
        QVERIFY(call->value().isEmpty());
    }

    void emptyBodyIsInvalid()
    {
        m_server->answer(QByteArray());
        auto get = finish(client().info());
        QVERIFY(isInvalidResponse(*get, QString()));
        // A create must answer the created object.
        m_server->answer(QByteArray());
        auto create = finish(client().createCustomer(u"X"_s));
        QVERIFY(isInvalidResponse(*create, QString()));
        // A delete needs no body, whatever its 2xx status.
        m_server->answer(200, R"({"deleted":true})");
        auto deleted = finish(client().deleteCustomer(1));
        VERIFY_OK(deleted);
        QCOMPARE(deleted->value(), true);
    }

    void errorBodiesThatAreNotApiErrors()
    {
        m_server->answer(403, "<html>Forbidden by proxy</html>");
        auto call = finish(client().customer(1));
        QCOMPARE(call->error().kind, ApiError::Kind::Forbidden);
        QCOMPARE(call->error().httpStatus, 403);
        QVERIFY(call->error().key.isEmpty());
        QCOMPARE(call->error().message, u"HTTP 403"_s);
    }

    void clampedPageLimitKeepsPaging()
    {
        // Asked for 1000, the server allows 2 and says so: a page of 2 is full.
        m_server->answer(R"({"offset":0,"limit":2,"items":[{"id":1},{"id":2}]})");
        m_server->answer(R"({"offset":2,"limit":2,"items":[{"id":3}]})");
        auto call = finish(client().customers());
        VERIFY_OK(call);
        QCOMPARE(call->value().size(), 3);
        QCOMPARE(call->requestCount(), 2);
        QCOMPARE(m_server->requests().at(1), u"GET /api/v1/customers?offset=2&limit=1000"_s);
    }

    void ignoredOffsetEndsPaging()
    {
        // A server that always serves the first page would keep the pager going forever.
        ListFilter filter;
        filter.pageSize = 1;
        m_server->answer(R"({"offset":0,"limit":1,"items":[{"id":1}]})");
        m_server->answer(R"({"offset":0,"limit":1,"items":[{"id":1}]})");
        auto call = finish(client().customers(filter));
        QVERIFY(isInvalidResponse(*call, u"offset"_s));
        QCOMPARE(call->requestCount(), 2);
        QVERIFY(call->value().isEmpty()); // the first page alone is not the list
    }

    void stalledNextDateFromEndsResumption()
    {
        m_server->answer(
            R"({"dateFrom":"2026-11-01","dateTo":"2026-11-04","nextDateFrom":"2026-11-05","data":[]})");
        m_server->answer(
            R"({"dateFrom":"2026-11-01","dateTo":"2026-11-04","nextDateFrom":"2026-11-05","data":[]})");
        LeaveFilter filter;
        filter.from = QDate(2026, 11, 1);
        auto call = finish(client().leave(filter));
        QVERIFY(isInvalidResponse(*call, u"nextDateFrom"_s));
        QCOMPARE(call->requestCount(), 2);
        QVERIFY(m_server->requests().at(1).contains(u"dateFrom=2026-11-05"_s));
    }

    void truncatedWeekIsCompletedAndSplitDaysJoined()
    {
        // The server cut both ranges short inside the batch, and split 11-23 over two pages.
        m_server->answer(R"([
          {"status":200,"body":{"dateFrom":"2026-11-23","dateTo":"2026-11-23","nextDateFrom":"2026-11-24",
             "data":[{"userId":3,"date":"2026-11-23","approved":false,"records":[{"taskId":1,"time":60}]}],
             "tasks":{"1":{"id":1,"name":"A"}}}},
          {"status":200,"body":{"dateFrom":"2026-11-23","dateTo":"2026-11-25","nextDateFrom":"2026-11-26",
             "data":[{"userId":3,"date":"2026-11-24","leaveTypeId":1,"leaveTime":480}]}},
          {"status":200,"body":{"dateFrom":"2026-11-23","dateTo":"2026-11-29","schedule":[480,480,480,0,480,0,0]}}
        ])");
        m_server->answer(R"({"dateFrom":"2026-11-24","dateTo":"2026-11-29",
             "data":[{"userId":3,"date":"2026-11-23","records":[{"taskId":2,"time":30}]},
                     {"userId":3,"date":"2026-11-25","records":[{"taskId":1,"time":90}]}],
             "tasks":{"2":{"id":2,"name":"B"}}})");
        m_server->answer(R"({"dateFrom":"2026-11-26","dateTo":"2026-11-29",
             "data":[{"userId":3,"date":"2026-11-27","leaveTypeId":2,"time":240}]})");
        auto call = finish(client().week(3, QDate(2026, 11, 23), QDate(2026, 11, 29)));
        VERIFY_OK(call);
        QCOMPARE(call->requestCount(), 3);
        QCOMPARE(m_server->requests().size(), 3);
        QVERIFY(m_server->requests().at(1).startsWith(u"GET /api/v1/timetrack?"_s));
        QVERIFY(m_server->requests().at(1).contains(u"dateFrom=2026-11-24"_s));
        QVERIFY(m_server->requests().at(1).contains(u"userIds=3"_s));
        QVERIFY(m_server->requests().at(2).startsWith(u"GET /api/v1/leavetime?"_s));
        QVERIFY(m_server->requests().at(2).contains(u"dateFrom=2026-11-26"_s));

        const WeekBundle &week = call->value();
        QCOMPARE(week.timetrack.days.size(), 2);
        QCOMPARE(week.timetrack.days.at(0).records.size(), 2); // 11-23 once, with both records
        QCOMPARE(week.timetrack.days.at(0).records.at(1).taskId, 2);
        QCOMPARE(week.timetrack.days.at(1).date, QDate(2026, 11, 25));
        QCOMPARE(week.timetrack.tasks.keys().size(), 2);
        QCOMPARE(week.timetrack.dateTo, QDate(2026, 11, 29));
        QVERIFY(!week.timetrack.nextDateFrom.isValid());
        QCOMPARE(week.leave.records.size(), 2);
        QCOMPARE(week.leave.records.at(1).minutes, 240); // the older "time" spelling
        QCOMPARE(week.schedule.minutes.size(), 7);

        // The operations sent: three GETs, retryable, each with its own query.
        const QJsonArray ops = QJsonDocument::fromJson(m_server->bodies().at(0)).array();
        QCOMPARE(ops.size(), 3);
        QCOMPARE(ops.at(0)[u"relativeUrl"_s].toString(),
                 u"/timetrack?dateFrom=2026-11-23&dateTo=2026-11-29&userIds=3&includeReferenced="
                 u"tasks,projects,customers,comments,approvalStatus"_s);
        QCOMPARE(ops.at(1)[u"relativeUrl"_s].toString(),
                 u"/leavetime?dateFrom=2026-11-23&dateTo=2026-11-29&userIds=3"
                 u"&includeReferenced=leaveTypes"_s);
        QCOMPARE(ops.at(2)[u"relativeUrl"_s].toString(),
                 u"/users/3/schedule?dateFrom=2026-11-23&dateTo=2026-11-29"_s);
        QVERIFY(!ops.at(0).toObject().contains(u"body"_s));
    }

    void weekOperationFailureAndBadBodies()
    {
        m_server->answer(R"([{"status":200,"body":{"dateFrom":"2026-11-23","data":[]}},
                             {"status":500},
                             {"status":200,"body":{"dateFrom":"2026-11-23","schedule":[]}}])");
        auto failed = finish(client().week(3, QDate(2026, 11, 23), QDate(2026, 11, 29)));
        QCOMPARE(failed->error().kind, ApiError::Kind::Server);
        QCOMPARE(failed->error().httpStatus, 500);

        m_server->answer(R"([{"status":200,"body":{"dateFrom":"2026-11-23","data":[]}},
                             {"status":200,"body":{"dateFrom":"2026-11-23"}},
                             {"status":200,"body":{"dateFrom":"2026-11-23","schedule":[]}}])");
        auto noData = finish(client().week(3, QDate(2026, 11, 23), QDate(2026, 11, 29)));
        QVERIFY(isInvalidResponse(*noData, u"[1].body.data"_s));

        m_server->answer(R"([{"status":200,"body":{"dateFrom":"2026-11-23","data":[]}}])");
        auto misaligned = finish(client().week(3, QDate(2026, 11, 23), QDate(2026, 11, 29)));
        QVERIFY(isInvalidResponse(*misaligned, u"1 results for 3 operations"_s));

        m_server->answer(R"({"status":200})");
        auto notArray = finish(client().batch({{"GET", u"/info"_s, {}, {}}}));
        QVERIFY(isInvalidResponse(*notArray, QString()));
    }

    void leaveAnswerWithoutItsKeys()
    {
        // The leave PATCH answer is not documented: what it leaves out comes from the request.
        m_server->answer(R"({"leaveTime":240})");
        auto call = finish(client().setLeave(3, QDate(2026, 11, 27), 2, 240));
        VERIFY_OK(call);
        QCOMPARE(call->value(), (LeaveRecord{3, QDate(2026, 11, 27), 2, 240}));
        QCOMPARE(m_server->requests().first(), u"PATCH /api/v1/leavetime/3/2026-11-27/2"_s);
        QCOMPARE(m_server->bodies().first(), QByteArray(R"({"leaveTime":240})"));
    }

    void emulatorMalformedJsonFault()
    {
        emu::EmulatorOptions options;
        options.rateLimits.enabled = false;
        EmulatorFixture fixture(testdata::contractDataset(), options);
        fixture.emulator().faults().add(
            {emu::FaultRule::Kind::MalformedJson, 1, 0, u"/customers"_s, {}});
        clienttest::Session session(fixture.apiBase(), u"manager"_s, u"manager"_s);
        auto list = finish(session.client.customers());
        QCOMPARE(list->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY(list->value().isEmpty());
        // The fault applies a write and garbles its answer: the create still fails visibly.
        fixture.emulator().faults().add(
            {emu::FaultRule::Kind::MalformedJson, 1, 0, u"/customers"_s, "POST"});
        auto created = finish(session.client.createCustomer(u"Garbled"_s));
        QCOMPARE(created->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY(!created->error().userMessage().isEmpty());
        auto again = finish(session.client.customers());
        VERIFY_OK(again);
        QCOMPARE(again->value().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestActiTimeClientTolerance)
#include "tst_actitimeclient_tolerance.moc"
