// RatePacer: sliding windows, server headers and 429 pauses, on explicit times.
#include "ratepacer.h"

#include <QTest>

using actidesk::RateLimitSettings;
using actidesk::RatePacer;

class TestRatePacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortWindow()
    {
        RatePacer pacer({3, 1000, 100, 60'000, 0});
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(pacer.nextSendTime(10 * i), 10 * i);
            pacer.recordSend(10 * i);
        }
        // The first send (t=0) must leave the window before a fourth may go.
        QCOMPARE(pacer.nextSendTime(25), 1000);
        pacer.recordSend(1000);
        QCOMPARE(pacer.nextSendTime(1000), 1010);
    }

    void longWindow()
    {
        RatePacer pacer({100, 1000, 5, 10'000, 0});
        for (int i = 0; i < 5; ++i)
            pacer.recordSend(i * 1000);
        QCOMPARE(pacer.nextSendTime(4500), 10'000);
    }

    void marginKeepsTheServerCountUnderItsLimit()
    {
        RatePacer pacer({2, 1000, 100, 60'000, 50});
        pacer.recordSend(0);
        pacer.recordSend(0);
        QCOMPARE(pacer.nextSendTime(500), 1050);
    }

    void neverMoreThanTheLimitInAnyWindow()
    {
        // Greedy sending at every allowed moment keeps every sliding window within the limits.
        RatePacer pacer({10, 1000, 25, 5000, 0});
        QList<qint64> sent;
        qint64 t = 0;
        while (sent.size() < 200) {
            t = pacer.nextSendTime(t);
            pacer.recordSend(t);
            sent.append(t);
        }
        for (qsizetype i = 0; i < sent.size(); ++i) {
            int inShort = 0;
            int inLong = 0;
            for (qsizetype j = i; j < sent.size(); ++j) {
                inShort += sent[j] < sent[i] + 1000 ? 1 : 0;
                inLong += sent[j] < sent[i] + 5000 ? 1 : 0;
            }
            QVERIFY2(inShort <= 10, qPrintable(QString::number(sent[i])));
            QVERIFY2(inLong <= 25, qPrintable(QString::number(sent[i])));
        }
    }

    void serverHeadersLimitTheBudget()
    {
        RatePacer pacer({100, 1000, 1000, 60'000, 0});
        pacer.observeHeaders(2, 7, 0, 1000);
        pacer.recordSend(1000);
        pacer.recordSend(1001);
        // Budget spent: wait until the server's window resets.
        QCOMPARE(pacer.nextSendTime(1002), 8000);
        // Requests in flight when the answer came are already spent.
        RatePacer other({100, 1000, 1000, 60'000, 0});
        other.observeHeaders(3, 2, 3, 0);
        QCOMPARE(other.nextSendTime(10), 2000);
        // Negative or missing headers change nothing.
        RatePacer plain({100, 1000, 1000, 60'000, 0});
        plain.observeHeaders(-1, -1, 0, 0);
        QCOMPARE(plain.nextSendTime(5), 5);
    }

    void pauseAfter429()
    {
        RatePacer pacer;
        pacer.pauseUntil(5000);
        QCOMPARE(pacer.nextSendTime(100), 5000);
        pacer.pauseUntil(3000); // an earlier end does not shorten the pause
        QCOMPARE(pacer.pausedUntil(), 5000);
        QCOMPARE(pacer.nextSendTime(6000), 6000);
    }
};

QTEST_GUILESS_MAIN(TestRatePacer)
#include "tst_ratepacer.moc"
