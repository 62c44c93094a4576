// The emulator as a server others run: trailing slashes on every route, request heads and
// bodies capped before they are buffered (431 / 413), credentials checked before a body is read,
// idle connections closed, and the login guard's records bounded.
#include "emulatorfixture.h"
#include "requestgate.h"
#include "testdataset.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using emu::RequestGate;

namespace {

const QByteArray kEmployeeAuth = "Basic " + QByteArray("employee:employee").toBase64();

// Resident memory of this process in bytes (Linux).
qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

// A hand-driven HTTP/1.1 connection, for what QNetworkAccessManager will not send.
class RawConnection
{
public:
    explicit RawConnection(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        QObject::connect(&m_socket, &QTcpSocket::readyRead,
                         [this]() { m_received += m_socket.readAll(); });
    }
    QTcpSocket &socket() { return m_socket; }
    bool waitConnected() { return m_socket.waitForConnected(5000); }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    bool closed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }

    // True once a whole answer (head + Content-Length bytes) has arrived.
    bool answered() const
    {
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = m_received.left(end).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qint64 length =
            at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        return m_received.size() >= end + 4 + length;
    }
    int status() const { return m_received.mid(9, 3).toInt(); }
    QByteArray head() const { return m_received.left(m_received.indexOf("\r\n\r\n")); }
    QJsonObject body() const
    {
        return QJsonDocument::fromJson(m_received.mid(m_received.indexOf("\r\n\r\n") + 4)).object();
    }
    // Forgets the answer read so far (the next request on a kept-alive connection).
    void clearAnswer() { m_received.clear(); }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

QByteArray patchTime(const QByteArray &auth, qint64 contentLength)
{
    QByteArray head = "PATCH /api/v1/timetrack/3/2026-11-24/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "Content-Type: application/json\r\n";
    if (!auth.isEmpty())
        head += "Authorization: " + auth + "\r\n";
    return head + "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
}

} // namespace

class TestEmulatorServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<emu::HttpFrontend> m_frontend; // with test limits, on the fixture's emulator

    quint16 limitedPort(const emu::RequestLimits &limits)
    {
        m_frontend = std::make_unique<emu::HttpFrontend>(m_fixture->emulator());
        m_frontend->setLimits(limits);
        return m_frontend->start(QHostAddress::LocalHost, 0);
    }

private Q_SLOTS:
    void init() { m_fixture = std::make_unique<EmulatorFixture>(testdata::contractDataset()); }
    void cleanup()
    {
        m_frontend.reset();
        m_fixture.reset();
    }

    void trailingSlashOnEveryRoute_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("info") << QByteArray("GET") << u"/info"_s << QByteArray();
        QTest::newRow("users/me") << QByteArray("GET") << u"/users/me"_s << QByteArray();
        QTest::newRow("users") << QByteArray("GET") << u"/users?limit=2"_s << QByteArray();
        QTest::newRow("users/{uid}") << QByteArray("GET") << u"/users/3"_s << QByteArray();
        QTest::newRow("schedule") << QByteArray("GET") << u"/users/3/schedule?dateFrom=2026-11-23"_s
                                  << QByteArray();
        QTest::newRow("workAssignments")
            << QByteArray("GET") << u"/users/3/workAssignments"_s << QByteArray();
        QTest::newRow("userRates") << QByteArray("GET") << u"/userRates"_s << QByteArray();
        QTest::newRow("departments") << QByteArray("GET") << u"/departments"_s << QByteArray();
        QTest::newRow("departments/{id}")
            << QByteArray("GET") << u"/departments/1"_s << QByteArray();
        QTest::newRow("timeZoneGroups/default")
            << QByteArray("GET") << u"/timeZoneGroups/default"_s << QByteArray();
        QTest::newRow("typesOfWork") << QByteArray("GET") << u"/typesOfWork"_s << QByteArray();
        QTest::newRow("leaveTypes") << QByteArray("GET") << u"/leaveTypes/1"_s << QByteArray();
        QTest::newRow("workflowStatuses")
            << QByteArray("GET") << u"/workflowStatuses"_s << QByteArray();
        QTest::newRow("customers") << QByteArray("GET") << u"/customers/1"_s << QByteArray();
        QTest::newRow("customer comments")
            << QByteArray("GET") << u"/customers/1/comments"_s << QByteArray();
        QTest::newRow("projects") << QByteArray("GET") << u"/projects"_s << QByteArray();
        QTest::newRow("project assignedUsers")
            << QByteArray("GET") << u"/projects/1/assignedUsers"_s << QByteArray();
        QTest::newRow("tasks") << QByteArray("GET") << u"/tasks/1"_s << QByteArray();
        QTest::newRow("timetrack")
            << QByteArray("GET") << u"/timetrack?dateFrom=2026-11-23"_s << QByteArray();
        QTest::newRow("timetrack record PATCH")
            << QByteArray("PATCH") << u"/timetrack/3/2026-11-24/1"_s
            << QByteArray(R"({"time": 60})");
        QTest::newRow("leavetime")
            << QByteArray("GET") << u"/leavetime?dateFrom=2026-11-23"_s << QByteArray();
        QTest::newRow("batch") << QByteArray("POST") << u"/batch"_s
                               << QByteArray(R"([{"method":"GET","relativeUrl":"/info/"}])");
    }
    void trailingSlashOnEveryRoute()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        auto admin = m_fixture->client(u"admin"_s, u"manager"_s);
        const qsizetype query = path.indexOf(u'?');
        const QString slashed =
            query < 0 ? QString(path + u'/') : QString(path.left(query) + u'/' + path.mid(query));
        const QString doubled = query < 0 ? QString(path + u"//"_s)
                                          : QString(path.left(query) + u"//"_s + path.mid(query));
        const TestReply plain = admin->send(method, path, body);
        const TestReply withSlash = admin->send(method, slashed, body);
        QCOMPARE(plain.status, 200);
        QCOMPARE(withSlash.status, 200);
        QCOMPARE(withSlash.body, plain.body);
        // Only one slash is forgiven, and only at the end.
        QCOMPARE(admin->send(method, doubled, body).status, 404);
    }

    void slashInBatchOperationUrls()
    {
        const TestReply r =
            m_fixture->client(u"employee"_s)
                ->post(u"/batch"_s,
                       QJsonArray{QJsonObject{{u"method"_s, u"GET"_s},
                                              {u"relativeUrl"_s, u"/users/me/"_s}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().at(0).toObject().value(u"status"_s).toInt(), 200);
        QCOMPARE(r.array().at(0).toObject().value(u"body"_s).toObject().value(u"id"_s).toInt(), 3);
    }

    void hugeContentLengthIs413BeforeTheBody()
    {
        emu::RequestLimits limits;
        limits.maxBodyBytes = 1024 * 1024;
        RawConnection c(limitedPort(limits));
        QVERIFY(c.waitConnected());
        // No body is ever sent: waiting for it (as QtHttpServer alone does) would never answer.
        c.send(patchTime(kEmployeeAuth, 100'000'000'000LL));
        QTRY_VERIFY_WITH_TIMEOUT(c.answered(), 5000);
        QCOMPARE(c.status(), 413);
        QCOMPARE(c.body().value(u"key"_s).toString(), u"api.error.payload_too_large"_s);
        QVERIFY(c.head().contains("Connection: close"));
        QTRY_VERIFY_WITH_TIMEOUT(c.closed(), 5000);

        // One byte over the limit is refused as well; 22 digits do not overflow into a pass.
        RawConnection over(m_frontend->port());
        QVERIFY(over.waitConnected());
        over.send(patchTime(kEmployeeAuth, limits.maxBodyBytes + 1));
        QTRY_VERIFY_WITH_TIMEOUT(over.answered(), 5000);
        QCOMPARE(over.status(), 413);
        RawConnection digits(m_frontend->port());
        QVERIFY(digits.waitConnected());
        digits.send(patchTime(kEmployeeAuth, 0)
                        .replace("Content-Length: 0", "Content-Length: 9999999999999999999999"));
        QTRY_VERIFY_WITH_TIMEOUT(digits.answered(), 5000);
        QCOMPARE(digits.status(), 413);
    }

    void endlessChunkedBodyIs413WithoutBuffering()
    {
        emu::RequestLimits limits;
        limits.maxBodyBytes = 1024 * 1024;
        RawConnection c(limitedPort(limits));
        QVERIFY(c.waitConnected());
        QByteArray head = patchTime(kEmployeeAuth, 0);
        head.replace("Content-Length: 0", "Transfer-Encoding: chunked");
        c.send(head);
        const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'x') + "\r\n";
        const qint64 giveUpAfter = 256LL * 1024 * 1024; // what a buffering server would hold
        qint64 sent = 0;
        const qint64 before = residentBytes();
        qint64 peak = before;
        const auto pump = [&]() {
            while (!c.answered() && !c.closed() && sent < giveUpAfter
                   && c.socket().bytesToWrite() < 4 * chunk.size()) {
                c.send(chunk);
                sent += chunk.size();
            }
            peak = qMax(peak, residentBytes());
        };
        QObject::connect(&c.socket(), &QTcpSocket::bytesWritten, &c.socket(), pump);
        pump();
        QTRY_VERIFY_WITH_TIMEOUT(c.answered() || c.closed() || sent >= giveUpAfter, 20000);
        QVERIFY2(c.answered(), "no answer to an endless body");
        QCOMPARE(c.status(), 413);
        QCOMPARE(c.body().value(u"key"_s).toString(), u"api.error.payload_too_large"_s);
        // Sent bytes beyond the limit are only what the kernel buffers held; memory did not grow
        // by anything like the body.
        QVERIFY2(sent < 64LL * 1024 * 1024, qPrintable(QString::number(sent)));
        QVERIFY2(peak - before < 32LL * 1024 * 1024, qPrintable(QString::number(peak - before)));
    }

    void hugeHeadersAre431()
    {
        RawConnection c(limitedPort(emu::RequestLimits{}));
        QVERIFY(c.waitConnected());
        QByteArray request = "GET /api/v1/info HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
            + kEmployeeAuth + "\r\n";
        for (int i = 0; i < 200; ++i)
            request += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'a') + "\r\n";
        c.send(request + "\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(c.answered(), 5000);
        QCOMPARE(c.status(), 431);
        QCOMPARE(c.body().value(u"key"_s).toString(), u"api.error.request_header_too_large"_s);
        QTRY_VERIFY_WITH_TIMEOUT(c.closed(), 5000);
    }

    void headersUnderTheLimitPass()
    {
        RawConnection c(limitedPort(emu::RequestLimits{}));
        QVERIFY(c.waitConnected());
        QByteArray request = "GET /api/v1/info HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
            + kEmployeeAuth + "\r\n";
        for (int i = 0; i < 40; ++i)
            request += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'a') + "\r\n";
        c.send(request + "\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(c.answered(), 5000);
        QCOMPARE(c.status(), 200);
    }

    void credentialsAreCheckedBeforeTheBody_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("key");
        QTest::newRow("none") << QByteArray() << 401 << u"api.error.authentication_required"_s;
        QTest::newRow("wrong password")
            << QByteArray("Basic " + QByteArray("employee:nope").toBase64()) << 401
            << u"api.error.invalid_credentials"_s;
        QTest::newRow("other scheme")
            << QByteArray("Bearer abc") << 400 << u"api.error.invalid_auth_scheme"_s;
    }
    void credentialsAreCheckedBeforeTheBody()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QString, key);
        emu::RequestLimits limits;
        limits.maxBodyBytes = 1024 * 1024;
        RawConnection c(limitedPort(limits));
        QVERIFY(c.waitConnected());
        // A big body (under the limit) is announced but never sent.
        c.send(patchTime(authorization, 900'000));
        QTRY_VERIFY_WITH_TIMEOUT(c.answered(), 5000);
        QCOMPARE(c.status(), status);
        QCOMPARE(c.body().value(u"key"_s).toString(), key);
        QTRY_VERIFY_WITH_TIMEOUT(c.closed(), 5000);
    }

    void refusedBeforeTheBodyCountsTowardsTheBan()
    {
        RawConnection probe(limitedPort(emu::RequestLimits{}));
        const QByteArray wrong = "Basic " + QByteArray("employee:nope").toBase64();
        for (int i = 0; i < 3; ++i) {
            RawConnection c(m_frontend->port());
            QVERIFY(c.waitConnected());
            c.send(patchTime(wrong, 500));
            QTRY_VERIFY_WITH_TIMEOUT(c.answered(), 5000);
            QCOMPARE(c.status(), 401);
        }
        RawConnection banned(m_frontend->port());
        QVERIFY(banned.waitConnected());
        banned.send(patchTime(kEmployeeAuth, 500));
        QTRY_VERIFY_WITH_TIMEOUT(banned.answered(), 5000);
        QCOMPARE(banned.status(), 403);
        QVERIFY(banned.head().contains("Retry-After: "));
    }

    void bodiesWithinTheLimitPassOnAKeptAliveConnection()
    {
        emu::RequestLimits limits;
        limits.maxBodyBytes = 64;
        RawConnection c(limitedPort(limits));
        QVERIFY(c.waitConnected());
        // The body arrives in pieces, then a second request follows on the same connection:
        // the gate follows the framing and lets both through.
        const QByteArray body = R"({"time": 90})";
        c.send(patchTime(kEmployeeAuth, body.size()) + body.left(5));
        QTest::qWait(50);
        c.send(body.mid(5));
        QTRY_VERIFY_WITH_TIMEOUT(c.answered(), 5000);
        QCOMPARE(c.status(), 200);
        QCOMPARE(c.body().value(u"time"_s).toInt(), 90);
        c.clearAnswer();
        QByteArray chunked = patchTime(kEmployeeAuth, 0);
        chunked.replace("Content-Length: 0", "Transfer-Encoding: chunked");
        c.send(chunked + "5\r\n{\"tim\r\n8;ext=1\r\ne\": 120}\r\n0\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(c.answered(), 5000);
        QCOMPARE(c.status(), 200);
        QCOMPARE(c.body().value(u"time"_s).toInt(), 120);
        c.clearAnswer();
        c.send(patchTime(kEmployeeAuth, 65));
        QTRY_VERIFY_WITH_TIMEOUT(c.answered(), 5000);
        QCOMPARE(c.status(), 413);
    }

    void idleConnectionsAreClosed()
    {
        emu::RequestLimits limits;
        limits.idleTimeoutMs = 300;
        RawConnection silent(limitedPort(limits));
        QVERIFY(silent.waitConnected());
        RawConnection served(m_frontend->port());
        QVERIFY(served.waitConnected());
        served.send("GET /api/v1/info HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + kEmployeeAuth + "\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(served.answered(), 5000);
        QCOMPARE(served.status(), 200);
        QElapsedTimer timer;
        timer.start();
        // Both the never-used connection and the kept-alive one are closed by the server.
        QTRY_VERIFY_WITH_TIMEOUT(silent.closed() && served.closed(), 5000);
        QVERIFY2(timer.elapsed() >= 150, qPrintable(QString::number(timer.elapsed())));
    }

    void loginGuardForgetsExpiredRecords()
    {
        emu::LoginGuard guard; // 3 failures in 10 s ban for 60 s
        qint64 now = 1'000'000;
        guard.recordFailure(u"192.0.2.1"_s, now);
        guard.recordFailure(u"192.0.2.1"_s, now);
        guard.recordFailure(u"192.0.2.1"_s, now);
        QVERIFY(guard.bannedFor(u"192.0.2.1"_s, now) > 0);
        qsizetype most = 0;
        // 20000 addresses failing once each, 100 ms apart (about 100 inside any 10 s window).
        for (int i = 0; i < 20000; ++i) {
            now += 100;
            guard.recordFailure(u"10.%1.%2.1"_s.arg(i / 256).arg(i % 256), now);
            most = qMax(most, guard.recordCount());
            // The live ban survives every sweep while it lasts.
            if (now < 1'000'000 + 60'000)
                QVERIFY(guard.bannedFor(u"192.0.2.1"_s, now) > 0);
        }
        QVERIFY2(most < 1000, qPrintable(QString::number(most)));
        QCOMPARE(guard.bannedFor(u"192.0.2.1"_s, now), 0);
    }

    void gateFollowsPipelinedFraming()
    {
        emu::RequestLimits limits;
        limits.maxBodyBytes = 10;
        RequestGate gate(limits);
        const QByteArray stream = "POST /a HTTP/1.1\r\nContent-Length: 4\r\n\r\nabcd"
                                  "GET /b HTTP/1.1\r\n\r\n"
                                  "\r\nPOST /c/ HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                  "3\r\nxyz\r\n0\r\nX-Trailer: 1\r\n\r\n"
                                  "POST /d HTTP/1.1\r\ncontent-length: 11\r\n\r\n";
        // Fed one byte at a time: the events do not depend on how the bytes were split.
        QList<QString> heads;
        RequestGate::Event last = RequestGate::Event::None;
        for (const char byte : stream) {
            const RequestGate::Step step = gate.feed(QByteArrayView(&byte, 1));
            QCOMPARE(step.consumed, 1);
            if (step.event == RequestGate::Event::HeadWithBody)
                heads.append(gate.head().path);
            else if (step.event != RequestGate::Event::None)
                last = step.event;
        }
        QCOMPARE(heads, (QList<QString>{u"/a"_s, u"/c/"_s}));
        QCOMPARE(last, RequestGate::Event::BodyTooLarge);

        RequestGate bad(limits);
        QCOMPARE(bad.feed("POST /x HTTP/1.1\r\nContent-Length: 1x\r\n\r\n").event,
                 RequestGate::Event::Malformed);
        // A chunk size too big for 64 bits is a body over the limit, not a wrap-around.
        RequestGate chunkOverflow(limits);
        const QByteArray overflow = "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                    "fffffffffffffffffffff\r\n";
        const RequestGate::Step head = chunkOverflow.feed(overflow);
        QCOMPARE(head.event, RequestGate::Event::HeadWithBody);
        QCOMPARE(chunkOverflow.feed(QByteArrayView(overflow).sliced(head.consumed)).event,
                 RequestGate::Event::BodyTooLarge);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorServer)
#include "tst_emulator_server.moc"
