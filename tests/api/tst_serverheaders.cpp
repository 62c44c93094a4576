// The header parsers that decide how long the client waits: Retry-After in both forms,
// X-Ratelimit-Reset within the documented window, and numbers a server cannot overflow.
#include "serverheaders.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace actidesk;

class TestServerHeaders : public QObject
{
    Q_OBJECT

private:
    static QDateTime now() { return QDateTime(QDate(2026, 12, 2), QTime(14, 0, 0), Qt::UTC); }

private Q_SLOTS:
    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds"); // -1: not understood
        QTest::newRow("seconds") << QByteArray("7") << 7;
        QTest::newRow("spaces") << QByteArray("  12 ") << 12;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("capped") << QByteArray("86400") << headers::kMaxRetryAfterSeconds;
        QTest::newRow("beyond int64")
            << QByteArray("99999999999999999999999") << headers::kMaxRetryAfterSeconds;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("fraction") << QByteArray("1.5") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("imf-fixdate") << QByteArray("Wed, 02 Dec 2026 14:01:30 GMT") << 90;
        QTest::newRow("rfc850") << QByteArray("Wednesday, 02-Dec-26 14:00:45 GMT") << 45;
        QTest::newRow("asctime") << QByteArray("Wed Dec  2 14:02:00 2026") << 120;
        QTest::newRow("date in the past") << QByteArray("Wed, 02 Dec 2026 13:00:00 GMT") << 0;
        QTest::newRow("date far ahead")
            << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT") << headers::kMaxRetryAfterSeconds;
        QTest::newRow("bad date") << QByteArray("Wed, 32 Dec 2026 14:01:30 GMT") << -1;
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const std::optional<int> parsed = headers::parseRetryAfter(value, now());
        QCOMPARE(parsed.value_or(-1), seconds);
    }

    void rateLimitReset()
    {
        QCOMPARE(headers::parseRateLimitReset("0").value_or(-1), 0);
        QCOMPARE(headers::parseRateLimitReset("60").value_or(-1), 60);
        QVERIFY(!headers::parseRateLimitReset("61")); // beyond the one-minute window: unknown
        QVERIFY(!headers::parseRateLimitReset("86400"));
        QVERIFY(!headers::parseRateLimitReset("-1"));
        QVERIFY(!headers::parseRateLimitReset("x"));
    }

    void rateLimitRemaining()
    {
        QCOMPARE(headers::parseRateLimitRemaining("5").value_or(-1), 5);
        QCOMPARE(headers::parseRateLimitRemaining("99999999999").value_or(-1),
                 std::numeric_limits<int>::max());
        QVERIFY(!headers::parseRateLimitRemaining(""));
        QVERIFY(!headers::parseRateLimitRemaining("1e3"));
    }

    void contentLength()
    {
        QCOMPARE(headers::parseContentLength("10737418240").value_or(-1), 10737418240LL);
        // 19 nines overflow qint64: saturated, never undefined behaviour (found by fuzzing).
        QCOMPARE(headers::parseContentLength("9999999999999999999").value_or(-1),
                 std::numeric_limits<qint64>::max());
        QVERIFY(!headers::parseContentLength("12, 12"));
        QVERIFY(!headers::parseContentLength("+3"));
    }

    void headerLookup()
    {
        const headers::HeaderList list{{"retry-after", "3"}, {"Retry-After", "9"}};
        QCOMPARE(headers::value(list, "RETRY-AFTER"), QByteArray("3"));
        QVERIFY(headers::has(list, "Retry-After"));
        QVERIFY(!headers::has(list, "Location"));
        QVERIFY(headers::value(list, "Location").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerHeaders)
#include "tst_serverheaders.moc"
