// DesktopNotifier against a notification server on the test's session bus (the
// org.freedesktop.Notifications interface, as a desktop's daemon offers it): what is sent,
// replacing by tag, the action coming back, no server at all, and a server that takes seconds
// to answer while the event loop runs on.
#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QVariantMap>

#include <atomic>
#include <functional>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
} // namespace

// The daemon's side, on a connection and thread of its own (a blocking call from the client's
// thread must be answered by someone else).
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        QString app;
        uint replaces = 0;
        QString summary;
        QString body;
        QStringList actions;
    };
    QList<Shown> shown() const
    {
        QMutexLocker lock(&m_mutex);
        return m_shown;
    }

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints,
                int timeout)
    {
        Q_UNUSED(icon)
        Q_UNUSED(hints)
        Q_UNUSED(timeout)
        if (const int delay = delayMs.load())
            QThread::msleep(delay); // a daemon busy elsewhere: the caller must not wait for it
        QMutexLocker lock(&m_mutex);
        m_shown.append({app, replaces, summary, body, actions});
        return replaces ? replaces : uint(40 + m_shown.size());
    }
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s}; }

public:
    std::atomic<int> delayMs{0}; // how long Notify takes to answer

private:
    mutable QMutex m_mutex;
    QList<Shown> m_shown;
};

namespace {
// The longest time the event loop went without running a 1 ms timer, while `until` is false
// (at most `timeoutMs`).
qint64 longestGapMsWhile(const std::function<bool()> &until, int timeoutMs)
{
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { longest = std::max(longest, sinceTick.restart()); });
    sinceTick.start();
    ticker.start(1);
    (void)QTest::qWaitFor(until, timeoutMs); // the caller checks what it waited for
    longest = std::max(longest, sinceTick.elapsed());
    return longest;
}
} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private:
    QThread m_thread;
    FakeNotificationServer *m_server = nullptr;
    QDBusConnection m_serverBus{u"none"_s};

    void sendAction(uint id, const QString &key)
    {
        QDBusMessage signal = QDBusMessage::createSignal(kPath, u"org.freedesktop.Notifications"_s,
                                                         u"ActionInvoked"_s);
        signal << id << key;
        QVERIFY(m_serverBus.send(signal));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QFAIL("no D-Bus session bus: run the suite under dbus-run-session (scripts/test.sh)");
        m_serverBus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-notifications"_s);
        QVERIFY(m_serverBus.isConnected());
        m_thread.start();
        m_server = new FakeNotificationServer;
        m_server->moveToThread(&m_thread);
    }
    void cleanupTestCase()
    {
        m_serverBus.unregisterService(kService);
        QDBusConnection::disconnectFromBus(u"fake-notifications"_s);
        m_thread.quit();
        m_thread.wait();
        delete m_server;
    }

    void withoutAServerItSaysSo()
    {
        DesktopNotifier notifier(u"ActiDesk"_s);
        QSignalSpy notShown(&notifier, &DesktopNotifier::notShown);
        QVERIFY(!notifier.isAvailable());
        // Sent without waiting (the bus might start a service); the bus's refusal comes back.
        QVERIFY(notifier.show(u"reminder"_s, u"Time missing"_s, u"body"_s));
        QTRY_COMPARE(notShown.size(), 1);
        QCOMPARE(notShown.first().at(0).toString(), u"reminder"_s);
        QCOMPARE(notShown.first().at(2).toString(), u"body"_s);
        QVERIFY(!notifier.isAvailable());
    }

    void showsReplacesAndReportsTheAction()
    {
        QVERIFY(m_serverBus.registerObject(kPath, m_server, QDBusConnection::ExportAllSlots));
        QVERIFY(m_serverBus.registerService(kService));
        DesktopNotifier notifier(u"ActiDesk"_s);
        QTRY_VERIFY(notifier.isAvailable());
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        QSignalSpy notShown(&notifier, &DesktopNotifier::notShown);
        QVERIFY(notifier.show(u"reminder"_s, u"Your timesheet is missing time"_s,
                              u"Today: 5:00 of 8:00"_s, u"Open Timesheet"_s));
        QTRY_COMPARE(m_server->shown().size(), 1);
        QList<FakeNotificationServer::Shown> shown = m_server->shown();
        QCOMPARE(shown.first().app, u"ActiDesk"_s);
        QCOMPARE(shown.first().replaces, 0u);
        QCOMPARE(shown.first().summary, u"Your timesheet is missing time"_s);
        QCOMPARE(shown.first().actions, (QStringList{u"default"_s, u"Open Timesheet"_s}));
        // The same tag again replaces the one shown (its id), not a second bubble — also when
        // it comes before the service answered the first one.
        QVERIFY(notifier.show(u"reminder"_s, u"Your timesheet is missing time"_s,
                              u"Today: 6:00 of 8:00"_s, u"Open Timesheet"_s));
        QTRY_COMPARE(m_server->shown().size(), 2);
        shown = m_server->shown();
        QCOMPARE(shown.last().replaces, 41u);
        sendAction(41, u"default"_s);
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), u"reminder"_s);
        sendAction(99, u"default"_s); // someone else's notification
        QTest::qWait(100);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(notShown.size(), 0);
    }

    // A notification service that takes 2 s to answer does not hold up the window: show()
    // returns at once, the event loop runs on meanwhile, and the id that comes back late is
    // used for the next notification of the tag (sent after it, not as a second bubble).
    void aSlowServiceDoesNotBlockTheEventLoop()
    {
        DesktopNotifier notifier(u"ActiDesk"_s);
        QTRY_VERIFY(notifier.isAvailable()); // registered by the test before
        QSignalSpy notShown(&notifier, &DesktopNotifier::notShown);
        const qsizetype before = m_server->shown().size();
        m_server->delayMs = 2000;
        QElapsedTimer call;
        call.start();
        QVERIFY(notifier.show(u"slow"_s, u"Summary"_s, u"first"_s));
        QVERIFY(notifier.show(u"slow"_s, u"Summary"_s, u"second"_s));
        const qint64 callMs = call.elapsed();
        QVERIFY2(callMs < 100, qPrintable(u"show() took %1 ms"_s.arg(callMs)));
        const qint64 gapMs =
            longestGapMsWhile([&] { return m_server->shown().size() == before + 2; }, 10'000);
        m_server->delayMs = 0;
        QCOMPARE(m_server->shown().size(), before + 2);
        QVERIFY2(call.elapsed() >= 2000, "the service answered at once: nothing was slow");
        QVERIFY2(gapMs < 100, qPrintable(u"the event loop stalled %1 ms"_s.arg(gapMs)));
        const QList<FakeNotificationServer::Shown> shown = m_server->shown();
        QCOMPARE(shown.at(before).body, u"first"_s);
        QCOMPARE(shown.at(before).replaces, 0u);
        QCOMPARE(shown.at(before + 1).body, u"second"_s);
        QCOMPARE(shown.at(before + 1).replaces, uint(40 + before + 1));
        QCOMPARE(notShown.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
