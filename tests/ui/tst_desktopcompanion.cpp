// The desktop side of the timer, driven as a user does: the tray menu starts a timer on a
// recently tracked task and stops it (minutes land in the outbox), the "You were away" question
// answered with the keyboard (discard, book elsewhere, keep), and Preferences edited with the
// keyboard — OK saves, Cancel changes nothing.
#include "autostart.h"
#include "desktopcompanion.h"
#include "idlemonitor.h"
#include "idlesource.h"
#include "idletimedialog.h"
#include "manualclock.h"
#include "networkpreferences.h"
#include "preferencesdialog.h"
#include "store.h"
#include "tasktimer.h"
#include "timertray.h"
#include "workreminder.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMinute = 60 * 1000;
const QDate kWednesday(2026, 11, 25);

// Answers the test's idle time on the test clock.
class ScriptedIdle final : public IdleSource
{
public:
    explicit ScriptedIdle(const ManualClock &clock) : m_clock(clock) { }
    QString name() const override { return u"scripted"_s; }
    void query(std::function<void(std::optional<qint64>)> done) override
    {
        done(m_clock.nowMs() - lastInputMs);
    }
    qint64 lastInputMs = 0;

private:
    const ManualClock &m_clock;
};

QAction *actionNamed(QMenu *menu, const QString &prefix)
{
    for (QAction *action : menu->actions()) {
        if (action->text().remove(u'&').startsWith(prefix))
            return action;
    }
    return nullptr;
}

// Runs `answer` on the modal dialog that the next exec() opens.
void whenDialogOpens(std::function<void(QDialog *)> answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        QTRY_VERIFY(qobject_cast<QDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        answer(dialog);
    });
}
} // namespace

class TestDesktopCompanion : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Store> m_store;
    const int m_user = 7;

    int minutesOn(const QDate &date, int taskId) const
    {
        for (const TimetrackCell &cell : m_store->timetrack(m_user, date, date)) {
            if (cell.taskId == taskId)
                return cell.minutes;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"ActiDeskTests"_s);
        QCoreApplication::setApplicationName(u"tst_desktopcompanion"_s);
        QStandardPaths::setTestModeEnabled(true);
    }
    void init()
    {
        static int count = 0;
        m_clock.setMs(ManualClock::kDefaultStartMs);
        StoreOptions options;
        options.clock = &m_clock;
        m_store = Store::open(m_dir.filePath(u"c%1.sqlite"_s.arg(++count)), nullptr, options);
        QVERIFY(m_store);
        Task design;
        design.id = 100;
        design.name = u"Design"_s;
        design.projectName = u"Website"_s;
        Task backend = design;
        backend.id = 101;
        backend.name = u"Backend"_s;
        QVERIFY(m_store->putTasks({design, backend}));
        QVERIFY(m_store->putServerTimetrack(m_user, kWednesday.addDays(-2), kWednesday.addDays(-1),
                                            {{m_user, kWednesday.addDays(-2), 100, 60, {}},
                                             {m_user, kWednesday.addDays(-1), 101, 60, {}}},
                                            m_clock.now()));
        QSettings().clear();
    }

    void trayMenuStartsAndStops()
    {
        TaskTimer timer(*m_store, m_user);
        TimerTray tray(timer);
        QCOMPARE(tray.statusText(), u"No timer running"_s);
        QVERIFY(!tray.stopAction()->isEnabled());
        Q_EMIT tray.menu()->aboutToShow();
        QMenu *start = actionNamed(tray.menu(), u"Start Timer On"_s)->menu();
        QVERIFY(start);
        QCOMPARE(start->actions().size(), 2);
        QCOMPARE(start->actions().first()->text(), u"Backend · Website"_s); // yesterday's first
        start->actions().at(1)->trigger(); // Design
        QVERIFY(timer.isRunning());
        QCOMPARE(timer.running()->taskId, 100);
        m_clock.advanceMs(83 * kMinute);
        QCOMPARE(tray.statusText(), u"Design — 1:23 running"_s);
        QVERIFY(tray.stopAction()->isEnabled());
        tray.stopAction()->trigger();
        QVERIFY(!timer.isRunning());
        QCOMPARE(minutesOn(kWednesday, 100), 83);
        QCOMPARE(m_store->outboxCount(OutboxState::Pending), 1);
    }

    void aReminderNoServiceShowsGoesToTheWindow()
    {
        // Nothing on Wednesday yet; no notification service on this bus (or no bus at all):
        // the reminder is handed to the window (which shows it without blocking), not reported
        // as a failure in a modal box.
        TaskTimer timer(*m_store, m_user);
        WorkReminder reminder(*m_store, m_user);
        QWidget window;
        DesktopCompanion companion(timer, reminder, nullptr, &window);
        QSignalSpy handed(&companion, &DesktopCompanion::reminderNotDelivered);
        QSignalSpy failed(&companion, &DesktopCompanion::failed);
        DesktopSettings settings;
        settings.trayIcon = false;
        settings.reminders.enabled = true;
        companion.apply(settings);
        m_clock.advanceMs(5 * 60 * kMinute); // 17:00
        QTRY_COMPARE_WITH_TIMEOUT(handed.size(), 1, 15000);
        QCOMPARE(handed.first().at(0).toString(), u"Your timesheet is missing time"_s);
        QCOMPARE(failed.size(), 0);
    }

    void idleTimeAnsweredWithTheKeyboard_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("design");
        QTest::addColumn<int>("backend");
        QTest::addColumn<qint64>("runningFor");
        // Started at 12:00; away 12:20–12:52; the poll at 13:00 sees it and asks.
        QTest::newRow("Alt+D discards") << int(Qt::Key_D) << 20 << 0 << qint64(8 * 60);
        QTest::newRow("Alt+B books on Backend") << int(Qt::Key_B) << 20 << 32 << qint64(8 * 60);
        QTest::newRow("Alt+K keeps") << int(Qt::Key_K) << 0 << 0 << qint64(60 * 60);
    }
    void idleTimeAnsweredWithTheKeyboard()
    {
        QFETCH(int, key);
        QFETCH(int, design);
        QFETCH(int, backend);
        QFETCH(qint64, runningFor);
        TaskTimer timer(*m_store, m_user);
        WorkReminder reminder(*m_store, m_user);
        auto source = std::make_unique<ScriptedIdle>(m_clock);
        ScriptedIdle *idle = source.get();
        idle->lastInputMs = m_clock.nowMs();
        IdleMonitor monitor(std::move(source), m_clock);
        QWidget window;
        DesktopCompanion companion(timer, reminder, &monitor, &window);
        DesktopSettings settings;
        settings.idleMinutes = 10;
        settings.trayIcon = false;
        settings.reminders.enabled = false;
        companion.apply(settings);
        QVERIFY(!monitor.isRunning()); // nothing to watch without a timer
        QVERIFY(timer.start(100).ok());
        QVERIFY(monitor.isRunning());
        for (int i = 0; i < 4; ++i) { // at work until 12:20: input every 5 minutes
            m_clock.advanceMs(5 * kMinute);
            idle->lastInputMs = m_clock.nowMs();
        }
        m_clock.advanceMs(30 * kMinute); // away …
        QVERIFY(monitor.idleSince().isValid());
        m_clock.advanceMs(10 * kMinute - 5000);
        idle->lastInputMs = ManualClock::kDefaultStartMs + 52 * kMinute; // … back at 12:52
        bool asked = false;
        whenDialogOpens([&](QDialog *dialog) {
            asked = true;
            QVERIFY(dialog->findChild<QPushButton *>());
            QTest::keyClick(dialog, Qt::Key(key), Qt::AltModifier);
        });
        m_clock.advanceMs(5000); // 13:00: the poll sees the user back
        QTRY_VERIFY(asked);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(minutesOn(kWednesday, 100), design);
        QCOMPARE(minutesOn(kWednesday, 101), backend);
        QVERIFY(timer.isRunning());
        QCOMPARE(timer.elapsedSeconds(), runningFor);
    }

    void preferencesByKeyboardSaveOnOk()
    {
        PreferencesDialog dialog(DesktopSettings::load(), NetworkPreferences::load(),
                                 u"X11 MIT-SCREEN-SAVER"_s);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const auto key = [](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QTest::keyClick(QApplication::focusWidget(), key, modifiers);
        };
        key(Qt::Key_S, Qt::AltModifier); // General: Start on
        QCOMPARE(QApplication::focusWidget()->accessibleName(), u"Page shown at start"_s);
        key(Qt::Key_Down); // Leave
        key(Qt::Key_I, Qt::AltModifier); // the Timer tab
        QTRY_COMPARE(dialog.tabs()->currentIndex(), 1);
        key(Qt::Key_R, Qt::AltModifier); // Round to
        key(Qt::Key_End); // 30 minutes
        key(Qt::Key_D, Qt::AltModifier); // Rounding direction
        key(Qt::Key_Down); // Up
        key(Qt::Key_A, Qt::AltModifier); // Idle after
        QCOMPARE(QApplication::focusWidget()->accessibleName(), u"Idle after minutes"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), u"25"_s);
        key(Qt::Key_E, Qt::AltModifier); // the Reminders tab
        QTRY_COMPARE(dialog.tabs()->currentIndex(), 2);
        key(Qt::Key_M, Qt::AltModifier); // Remind me: off
        // A mnemonic clicks the box the way a mouse does (animated): wait for it to land.
        QTRY_VERIFY(!dialog.settings().reminders.enabled);
        key(Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        const DesktopSettings saved = DesktopSettings::load();
        QCOMPARE(saved.startPage, u"leave"_s);
        QCOMPARE(saved.rounding.stepMinutes, 30);
        QCOMPARE(saved.rounding.mode, TimerRounding::Mode::Up);
        QCOMPARE(saved.idleMinutes, 25);
        QVERIFY(!saved.reminders.enabled);
    }

    void aBadProxyOrCaFileKeepsTheDialogOpen()
    {
        const NetworkPreferences before = NetworkPreferences::load();
        PreferencesDialog dialog(DesktopSettings::load(), before, {});
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const auto key = [](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QTest::keyClick(QApplication::focusWidget(), key, modifiers);
        };
        key(Qt::Key_N, Qt::AltModifier); // the Network tab
        QTRY_COMPARE(dialog.tabs()->currentIndex(), 3);
        key(Qt::Key_P, Qt::AltModifier);
        key(Qt::Key_End); // This HTTP proxy, with no host
        key(Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.problem()->isVisible());
        QVERIFY(dialog.problem()->text().contains(u"host"_s));
        key(Qt::Key_H, Qt::AltModifier);
        QTest::keyClicks(QApplication::focusWidget(), u"proxy.corp"_s);
        key(Qt::Key_T, Qt::AltModifier);
        QTest::keyClicks(QApplication::focusWidget(), u"/nonexistent/ca.pem"_s);
        key(Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.problem()->text().contains(u"/nonexistent/ca.pem"_s));
        QCOMPARE(NetworkPreferences::load(), before); // nothing saved while refused
        QCOMPARE(dialog.network().proxyHost, u"proxy.corp"_s); // nothing typed lost
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        key(Qt::Key_Delete);
        key(Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        const NetworkPreferences saved = NetworkPreferences::load();
        QCOMPARE(saved.proxy, NetworkPreferences::Proxy::Manual);
        QCOMPARE(saved.proxyHost, u"proxy.corp"_s);
        QVERIFY(saved.apply().isEmpty());
        QCOMPARE(QNetworkProxy::applicationProxy().hostName(), u"proxy.corp"_s);
        NetworkPreferences system;
        QVERIFY(system.apply().isEmpty());
    }

    void aTrustedCaFileJoinsTheDefaultTlsConfigurationUntilRemoved()
    {
        QFile pem(QStringLiteral(ACTIDESK_TEST_DATA "/test-server.crt"));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> ours = QSslCertificate::fromDevice(&pem, QSsl::Pem);
        QCOMPARE(ours.size(), 1);
        const auto trusted = [&ours] {
            return QSslConfiguration::defaultConfiguration().caCertificates().contains(
                ours.first());
        };
        QVERIFY(!trusted());
        NetworkPreferences withFile;
        withFile.caFile = pem.fileName();
        QVERIFY(withFile.apply().isEmpty());
        QVERIFY(trusted());
        // The system's CAs stay trusted beside it (when the machine has any).
        if (!QSslConfiguration::systemCaCertificates().isEmpty())
            QVERIFY(QSslConfiguration::defaultConfiguration().caCertificates().size() > 1);
        // The file removed in Preferences: Qt's own default again.
        QVERIFY(NetworkPreferences{}.apply().isEmpty());
        QVERIFY(!trusted());
    }

    void startAtLoginWritesTheAutostartEntry()
    {
        QVERIFY(Autostart::entryPath().contains(u"autostart"_s));
        QVERIFY(Autostart::setEnabled(true).isEmpty());
        QVERIFY(Autostart::isEnabled());
        QFile entry(Autostart::entryPath());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(entry.readAll());
        QVERIFY(text.contains(u"Exec="_s));
        QVERIFY(text.contains(u"Type=Application"_s));
        PreferencesDialog dialog(DesktopSettings::load(), NetworkPreferences::load(), {});
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.startAtLogin());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_O, Qt::AltModifier); // off
        QTRY_VERIFY(!dialog.startAtLogin());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QVERIFY(!Autostart::isEnabled());
    }

    void preferencesCancelChangesNothing()
    {
        const DesktopSettings before = DesktopSettings::load();
        PreferencesDialog dialog(before, NetworkPreferences::load(), {});
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::AltModifier); // tray off
        QTRY_VERIFY(!dialog.settings().trayIcon);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(DesktopSettings::load(), before);
    }
};

QTEST_MAIN(TestDesktopCompanion)
#include "tst_desktopcompanion.moc"
