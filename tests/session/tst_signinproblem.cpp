// signInProblemFrom: every ApiError kind and the queue's pauses map to a kind the dialog acts
// on and a message that says what happened and what to do.
#include "signinproblemfrom.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace actidesk;
using P = SignInProblem::Kind;
using K = ApiError::Kind;

Q_DECLARE_METATYPE(actidesk::ApiError::Kind)
Q_DECLARE_METATYPE(actidesk::SignInProblem::Kind)

class TestSignInProblem : public QObject
{
    Q_OBJECT

private:
    const QUrl m_server{u"https://acme.example.com/at"_s};

    static ApiError error(K kind, const QString &message = u"detail text"_s, int status = 0,
                          int retryAfter = 0)
    {
        ApiError e = ApiError::make(kind, message);
        e.httpStatus = status;
        e.retryAfterSeconds = retryAfter;
        return e;
    }

private Q_SLOTS:
    void everyKind_data()
    {
        QTest::addColumn<K>("apiKind");
        QTest::addColumn<int>("status");
        QTest::addColumn<P>("expected");
        QTest::addColumn<QString>("mustContain");

        QTest::newRow("none") << K::None << 0 << P::None << QString();
        QTest::newRow("cancelled") << K::Cancelled << 0 << P::None << QString();
        QTest::newRow("network") << K::Network << 0 << P::Unreachable
                                 << u"Cannot reach https://acme.example.com/at: detail text. "
                                    "Check the address and your connection."_s;
        QTest::newRow("timeout") << K::Timeout << 0 << P::Unreachable
                                 << u"Cannot reach https://acme.example.com/at"_s;
        QTest::newRow("tls") << K::Tls << 0 << P::Tls
                             << u"The server's certificate is not trusted: detail text."_s;
        QTest::newRow("insecure") << K::InsecureUrl << 0 << P::Tls << u"https"_s;
        QTest::newRow("401") << K::Unauthorized << 401 << P::BadCredentials
                             << u"Wrong login or password."_s;
        QTest::newRow("403") << K::Forbidden << 403 << P::NoPermission << u"administrator"_s;
        QTest::newRow("404") << K::NotFound << 404 << P::NotActiTime
                             << u"This address answers, but not as an actiTIME server. Check the "
                                "URL (for example https://company.actitime.com)."_s;
        QTest::newRow("not json") << K::InvalidResponse << 200 << P::NotActiTime
                                  << u"not as an actiTIME server"_s;
        QTest::newRow("400") << K::Rejected << 400 << P::ServerError << u"detail text"_s;
        QTest::newRow("500") << K::Server << 503 << P::ServerError << u"503"_s;
    }

    void everyKind()
    {
        QFETCH(K, apiKind);
        QFETCH(int, status);
        QFETCH(P, expected);
        QFETCH(QString, mustContain);
        const SignInProblem p =
            signInProblemFrom(error(apiKind, u"detail text"_s, status), m_server);
        QCOMPARE(p.kind, expected);
        QCOMPARE(p.isProblem(), expected != P::None);
        QVERIFY(!p.retryAt);
        if (expected == P::None)
            QVERIFY(p.message.isEmpty());
        else
            QVERIFY2(p.message.contains(mustContain), qPrintable(p.message));
    }

    void banWaitsItsSeconds()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const SignInProblem p =
            signInProblemFrom(error(K::Banned, u"blocked"_s, 403, 52), m_server);
        QCOMPARE(p.kind, P::Banned);
        QVERIFY(p.retryAt);
        const qint64 ms = before.msecsTo(*p.retryAt);
        QVERIFY2(ms >= 51'000 && ms <= 53'000, QByteArray::number(ms).constData());
        QVERIFY2(p.message.contains(u"Too many failed sign-ins from this computer. The server "
                                    "accepts new attempts in 52 seconds."_s),
                 qPrintable(p.message));
        // A ban without a stated wait lasts the documented minute.
        const SignInProblem plain = signInProblemFrom(error(K::Banned, {}, 403, 0), m_server);
        QVERIFY(plain.retryAt);
        QVERIFY(before.msecsTo(*plain.retryAt) >= 59'000);
    }

    void rateLimitWaitsItsSeconds()
    {
        const SignInProblem p = signInProblemFrom(error(K::RateLimited, {}, 429, 5), m_server);
        QCOMPARE(p.kind, P::RateLimited);
        QVERIFY(p.retryAt);
        QCOMPARE(p.message, u"The server is busy (too many requests). Try again in 5 seconds."_s);
        // At least a second even when the server named none.
        const SignInProblem none = signInProblemFrom(error(K::RateLimited, {}, 429, 0), m_server);
        QVERIFY(QDateTime::currentDateTimeUtc().msecsTo(*none.retryAt) > 500);
    }

    void countdownText()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const SignInProblem p = SignInProblem::waitUntil(P::Banned, now.addSecs(10));
        QVERIFY(p.messageAt(now).contains(u"in 10 seconds"_s));
        QVERIFY(p.messageAt(now.addMSecs(9'100)).contains(u"in 1 second."_s));
        QVERIFY(p.messageAt(now.addSecs(11)).contains(u"again now"_s));
        const SignInProblem plain = SignInProblem::make(P::Tls, u"x"_s);
        QCOMPARE(plain.messageAt(now), u"x"_s);
    }

    void queueStates()
    {
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(30);
        const auto banned = signInProblemFrom(RequestQueue::State::Banned, until);
        QVERIFY(banned);
        QCOMPARE(banned->kind, P::Banned);
        QCOMPARE(*banned->retryAt, until);
        const auto limited = signInProblemFrom(RequestQueue::State::RateLimited, until);
        QVERIFY(limited);
        QCOMPARE(limited->kind, P::RateLimited);
        QVERIFY(!signInProblemFrom(RequestQueue::State::Running, until));
        QVERIFY(!signInProblemFrom(RequestQueue::State::Offline, until));
        QVERIFY(!signInProblemFrom(RequestQueue::State::AuthenticationRequired, until));
    }
};

QTEST_GUILESS_MAIN(TestSignInProblem)
#include "tst_signinproblem.moc"
