// The status bar's connection text: a pause ordered by the server is shown with its end and
// reason instead of "Online", and the usual state comes back when the pause ends.
#include "statusindicators.h"

#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace actidesk;

class TestStatusIndicators : public QObject
{
    Q_OBJECT

private slots:
    void pauseReplacesOnline()
    {
        StatusIndicators status;
        status.setConnection(SyncEngine::State::Online);
        QVERIFY(status.connectionText().contains(u"Online"_s));
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(90);
        status.setPaused(until, u"rate limit"_s);
        const QString text = status.connectionText();
        QVERIFY2(text.contains(u"Paused: server asks to wait until "_s), qPrintable(text));
        QVERIFY(
            text.contains(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
        QVERIFY(text.endsWith(u"(rate limit)"_s));
        QVERIFY(!text.contains(u"Online"_s));
        // A state change meanwhile does not hide the pause.
        status.setConnection(SyncEngine::State::Syncing);
        QVERIFY(status.connectionText().contains(u"Paused"_s));
        status.setPaused({}, {});
        QVERIFY(status.connectionText().contains(u"Syncing"_s));
    }

    void pauseEndsByItself()
    {
        StatusIndicators status;
        status.setConnection(SyncEngine::State::Online);
        status.setPaused(QDateTime::currentDateTimeUtc().addMSecs(300),
                         u"too many failed sign-ins"_s);
        QVERIFY(status.connectionText().contains(u"(too many failed sign-ins)"_s));
        QTRY_VERIFY_WITH_TIMEOUT(status.connectionText().contains(u"Online"_s), 3000);
    }

    void pastPauseIsNoPause()
    {
        StatusIndicators status;
        status.setConnection(SyncEngine::State::Offline);
        status.setPaused(QDateTime::currentDateTimeUtc().addSecs(-5), u"rate limit"_s);
        QVERIFY(status.connectionText().contains(u"Offline"_s));
    }

    // Counts read as English without a translation: no "(s)", the singular for one.
    void countsArePlurals()
    {
        StatusIndicators status;
        status.setOutbox(1, 1, 0);
        QVERIFY2(status.outboxText().contains(u"1 change to send"_s),
                 qPrintable(status.outboxText()));
        QVERIFY(status.outboxText().contains(u"1 conflict<"_s));
        status.setOutbox(3, 2, 0);
        QVERIFY(status.outboxText().contains(u"3 changes to send"_s));
        QVERIFY(status.outboxText().contains(u"2 conflicts"_s));
        QVERIFY(!status.outboxText().contains(u"(s)"_s));
    }
};

QTEST_MAIN(TestStatusIndicators)
#include "tst_statusindicators.moc"
