// DesktopNotifier against a notification server on the test's session bus (the
// org.freedesktop.Notifications interface, as a desktop's daemon offers it): what is sent,
// replacing by tag, the action coming back, and no server at all.
#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QVariantMap>

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
        QMutexLocker lock(&m_mutex);
        m_shown.append({app, replaces, summary, body, actions});
        return replaces ? replaces : uint(40 + m_shown.size());
    }
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s}; }

private:
    mutable QMutex m_mutex;
    QList<Shown> m_shown;
};

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
        QVERIFY(!notifier.isAvailable());
        QVERIFY(!notifier.show(u"reminder"_s, u"Time missing"_s, u"body"_s));
    }

    void showsReplacesAndReportsTheAction()
    {
        QVERIFY(m_serverBus.registerObject(kPath, m_server, QDBusConnection::ExportAllSlots));
        QVERIFY(m_serverBus.registerService(kService));
        DesktopNotifier notifier(u"ActiDesk"_s);
        QTRY_VERIFY(notifier.isAvailable());
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        QVERIFY(notifier.show(u"reminder"_s, u"Your timesheet is missing time"_s,
                              u"Today: 5:00 of 8:00"_s, u"Open Timesheet"_s));
        QList<FakeNotificationServer::Shown> shown = m_server->shown();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().app, u"ActiDesk"_s);
        QCOMPARE(shown.first().replaces, 0u);
        QCOMPARE(shown.first().summary, u"Your timesheet is missing time"_s);
        QCOMPARE(shown.first().actions, (QStringList{u"default"_s, u"Open Timesheet"_s}));
        // The same tag again replaces the one shown (its id), not a second bubble.
        QVERIFY(notifier.show(u"reminder"_s, u"Your timesheet is missing time"_s,
                              u"Today: 6:00 of 8:00"_s, u"Open Timesheet"_s));
        shown = m_server->shown();
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.last().replaces, 41u);
        sendAction(41, u"default"_s);
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), u"reminder"_s);
        sendAction(99, u"default"_s); // someone else's notification
        QTest::qWait(100);
        QCOMPARE(activated.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
