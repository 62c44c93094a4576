// The status bar renders the workspace's status snapshot: a pause ordered by the server is shown
// with its end and reason instead of "Online", and the usual state comes back when it ends — on
// the account's clock (a ManualClock here), as does "today" of "Data as of".
#include "manualclock.h"
#include "statusindicators.h"

#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace actidesk;

namespace {
WorkspaceStatus connected(WorkspaceStatus::Connection connection, const QDateTime &pausedUntil = {},
                          const QString &reason = {})
{
    WorkspaceStatus status;
    status.connection = connection;
    status.pausedUntil = pausedUntil;
    status.pauseReason = reason;
    return status;
}

WorkspaceStatus outbox(int pending, int conflicts, int refused)
{
    WorkspaceStatus status;
    status.changesWaiting = pending;
    status.conflicts = conflicts;
    status.refusals = refused;
    return status;
}
} // namespace

class TestStatusIndicators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pauseReplacesOnline()
    {
        ManualClock clock;
        StatusIndicators status;
        status.setClock(clock);
        status.setStatus(connected(WorkspaceStatus::Connection::Online));
        QVERIFY(status.connectionText().contains(u"Online"_s));
        const QDateTime until = clock.now().addSecs(90);
        status.setStatus(connected(WorkspaceStatus::Connection::Online, until, u"rate limit"_s));
        const QString text = status.connectionText();
        QVERIFY2(text.contains(u"Paused: server asks to wait until "_s), qPrintable(text));
        QVERIFY(
            text.contains(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
        QVERIFY(text.endsWith(u"(rate limit)"_s));
        QVERIFY(!text.contains(u"Online"_s));
        // A state change meanwhile does not hide the pause.
        status.setStatus(connected(WorkspaceStatus::Connection::Syncing, until, u"rate limit"_s));
        QVERIFY(status.connectionText().contains(u"Paused"_s));
        status.setStatus(connected(WorkspaceStatus::Connection::Syncing));
        QVERIFY(status.connectionText().contains(u"Syncing"_s));
    }

    void pauseEndsByItself()
    {
        ManualClock clock;
        StatusIndicators status;
        status.setClock(clock);
        status.setStatus(connected(WorkspaceStatus::Connection::Online, clock.now().addMSecs(300),
                                   u"too many failed sign-ins"_s));
        QVERIFY(status.connectionText().contains(u"(too many failed sign-ins)"_s));
        clock.advanceMs(290);
        QVERIFY(status.connectionText().contains(u"Paused"_s));
        clock.advanceMs(20);
        QVERIFY2(status.connectionText().contains(u"Online"_s),
                 qPrintable(status.connectionText()));
    }

    void pastPauseIsNoPause()
    {
        ManualClock clock;
        StatusIndicators status;
        status.setClock(clock);
        status.setStatus(connected(WorkspaceStatus::Connection::Offline, clock.now().addSecs(-5),
                                   u"rate limit"_s));
        QVERIFY(status.connectionText().contains(u"Offline"_s));
    }

    // "Data as of" names only the time for data of today, the account's today, and the date
    // for older data.
    void dataAsOfNamesTheDayUnlessItIsToday()
    {
        ManualClock clock; // Wednesday 25 Nov 2026, noon
        StatusIndicators status;
        status.setClock(clock);
        const QLocale locale;
        WorkspaceStatus snapshot = connected(WorkspaceStatus::Connection::Online);
        snapshot.dataAsOf = clock.now().addSecs(-3600);
        status.setStatus(snapshot);
        QCOMPARE(
            status.dataAsOfText(),
            u"Data as of "_s
                + locale.toString(snapshot.dataAsOf.toLocalTime().time(), QLocale::ShortFormat));
        // A day later, the same data is named with its date.
        clock.advanceMs(24 * 3600 * 1000);
        status.setStatus(snapshot);
        QCOMPARE(status.dataAsOfText(),
                 u"Data as of "_s
                     + locale.toString(snapshot.dataAsOf.toLocalTime(), QLocale::ShortFormat));
    }

    // Counts read as English without a translation: no "(s)", the singular for one.
    void countsArePlurals()
    {
        StatusIndicators status;
        status.setStatus(outbox(1, 1, 0));
        QVERIFY2(status.outboxText().contains(u"1 change to send"_s),
                 qPrintable(status.outboxText()));
        QVERIFY(status.outboxText().contains(u"1 conflict<"_s));
        status.setStatus(outbox(3, 2, 0));
        QVERIFY(status.outboxText().contains(u"3 changes to send"_s));
        QVERIFY(status.outboxText().contains(u"2 conflicts"_s));
        QVERIFY(!status.outboxText().contains(u"(s)"_s));
    }
};

QTEST_MAIN(TestStatusIndicators)
#include "tst_statusindicators.moc"
