// The status bar renders the workspace's status snapshot: a pause ordered by the server is shown
// with its end and reason instead of "Online", and the usual state comes back when it ends.
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
        StatusIndicators status;
        status.setStatus(connected(WorkspaceStatus::Connection::Online));
        QVERIFY(status.connectionText().contains(u"Online"_s));
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(90);
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
        StatusIndicators status;
        status.setStatus(connected(WorkspaceStatus::Connection::Online,
                                   QDateTime::currentDateTimeUtc().addMSecs(300),
                                   u"too many failed sign-ins"_s));
        QVERIFY(status.connectionText().contains(u"(too many failed sign-ins)"_s));
        QTRY_VERIFY_WITH_TIMEOUT(status.connectionText().contains(u"Online"_s), 3000);
    }

    void pastPauseIsNoPause()
    {
        StatusIndicators status;
        status.setStatus(connected(WorkspaceStatus::Connection::Offline,
                                   QDateTime::currentDateTimeUtc().addSecs(-5), u"rate limit"_s));
        QVERIFY(status.connectionText().contains(u"Offline"_s));
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
