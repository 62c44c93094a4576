// IdleMonitor: idle past the threshold and back again, on the hand-moved clock with a scripted
// source; the real MIT-SCREEN-SAVER source on a private Xvfb display, where the idle time grows
// while nothing happens and drops when the pointer moves; and the D-Bus sources found on the
// test's session bus without the event loop waiting for a service that answers slowly.
#include "idlemonitor.h"
#include "idlesource.h"
#include "manualclock.h"

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinute = 60 * 1000;

// Answers the idle time the test sets; the clock advances it as real input would not.
class ScriptedIdle final : public IdleSource
{
public:
    explicit ScriptedIdle(const ManualClock &clock) : m_clock(clock) { }
    QString name() const override { return u"scripted"_s; }
    void query(std::function<void(std::optional<qint64>)> done) override
    {
        ++queries;
        if (!answering) {
            done(std::nullopt);
            return;
        }
        done(m_clock.nowMs() - lastInputMs);
    }
    void input() { lastInputMs = m_clock.nowMs(); }

    qint64 lastInputMs = 0;
    bool answering = true;
    int queries = 0;

private:
    const ManualClock &m_clock;
};

// GNOME's idle monitor on the test's bus: answers at once (milliseconds).
class FakeMutter : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.Mutter.IdleMonitor")
public Q_SLOTS:
    qulonglong GetIdletime() { return 4200; }
};

// org.freedesktop.ScreenSaver that takes 2 s to answer (seconds): too slow to be used.
class SlowScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public Q_SLOTS:
    uint GetSessionIdleTime()
    {
        QThread::sleep(2);
        return 7;
    }
};

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
    return std::max(longest, sinceTick.elapsed());
}

std::optional<qint64> idleNow(IdleSource &source)
{
    std::optional<qint64> answer;
    bool answered = false;
    source.query([&](std::optional<qint64> idle) {
        answer = idle;
        answered = true;
    });
    return answered ? answer : std::nullopt;
}

} // namespace

class TestIdleMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idlePastTheThresholdAndBack()
    {
        ManualClock clock;
        auto source = std::make_unique<ScriptedIdle>(clock);
        ScriptedIdle *idle = source.get();
        idle->input();
        IdleMonitor monitor(std::move(source), clock);
        monitor.setThresholdMinutes(10);
        QSignalSpy away(&monitor, &IdleMonitor::becameIdle);
        QSignalSpy back(&monitor, &IdleMonitor::cameBack);
        monitor.start();
        const QDateTime lastInput = clock.now();
        clock.advanceMs(9 * kMinute);
        QCOMPARE(away.size(), 0);
        clock.advanceMs(kMinute + 5000);
        QCOMPARE(away.size(), 1);
        QCOMPARE(away.first().first().toDateTime(), lastInput);
        QCOMPARE(monitor.idleSince(), lastInput);
        clock.advanceMs(20 * kMinute);
        QCOMPARE(away.size(), 1); // said once
        idle->input();
        const QDateTime returned = clock.now();
        clock.advanceMs(5000);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().at(0).toDateTime(), lastInput);
        QCOMPARE(back.first().at(1).toDateTime(), returned);
        QVERIFY(!monitor.idleSince().isValid());
    }

    void stoppedItAsksNothing()
    {
        ManualClock clock;
        auto source = std::make_unique<ScriptedIdle>(clock);
        ScriptedIdle *idle = source.get();
        IdleMonitor monitor(std::move(source), clock);
        monitor.start();
        clock.advanceMs(60 * 1000);
        const int asked = idle->queries;
        QVERIFY(asked > 0);
        monitor.stop();
        clock.advanceMs(60 * kMinute);
        QCOMPARE(idle->queries, asked);
    }

    void aSourceThatStopsAnsweringChangesNothing()
    {
        ManualClock clock;
        auto source = std::make_unique<ScriptedIdle>(clock);
        ScriptedIdle *idle = source.get();
        IdleMonitor monitor(std::move(source), clock);
        monitor.setThresholdMinutes(1);
        QSignalSpy away(&monitor, &IdleMonitor::becameIdle);
        monitor.start();
        idle->answering = false;
        clock.advanceMs(10 * kMinute);
        QCOMPARE(away.size(), 0);
        idle->answering = true;
        clock.advanceMs(5000);
        QCOMPARE(away.size(), 1);
    }

    void withoutASourceItIsUnavailable()
    {
        ManualClock clock;
        IdleMonitor monitor(nullptr, clock);
        QVERIFY(!monitor.isAvailable());
        monitor.start();
        QVERIFY(!monitor.isRunning());
    }

    void theX11SourceOnARealDisplay()
    {
        const QString xvfb = QStandardPaths::findExecutable(u"Xvfb"_s);
        const QString xdotool = QStandardPaths::findExecutable(u"xdotool"_s);
        if (xvfb.isEmpty() || xdotool.isEmpty())
            QFAIL("Xvfb and xdotool are needed (packaging/install-deps.sh installs them)");
        QProcess server;
        server.setProgram(xvfb);
        // -displayfd 1: Xvfb picks a free display and writes its number on stdout when ready.
        server.setArguments({u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"640x480x24"_s,
                             u"-nolisten"_s, u"tcp"_s});
        server.start();
        QVERIFY(server.waitForStarted());
        QByteArray number;
        QElapsedTimer waited;
        waited.start();
        while (!number.contains('\n') && waited.elapsed() < 10000) {
            server.waitForReadyRead(200);
            number += server.readAllStandardOutput();
        }
        QVERIFY2(number.contains('\n'), "Xvfb did not report its display");
        const QString display = u":"_s + QString::fromLatin1(number.trimmed());
        {
            std::unique_ptr<IdleSource> source = IdleSources::x11(display);
            QVERIFY2(source, qPrintable(u"no MIT-SCREEN-SAVER on "_s + display));
            QTest::qWait(600); // real idle time has to pass on a real display
            const std::optional<qint64> before = idleNow(*source);
            QVERIFY(before);
            QVERIFY2(*before >= 400, qPrintable(QString::number(*before)));
            QProcess move;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"DISPLAY"_s, display);
            move.setProcessEnvironment(environment);
            move.start(xdotool, {u"mousemove"_s, u"100"_s, u"120"_s});
            QVERIFY(move.waitForFinished(5000));
            QCOMPARE(move.exitCode(), 0);
            const std::optional<qint64> after = idleNow(*source);
            QVERIFY(after);
            QVERIFY2(*after < *before, qPrintable(u"%1 → %2"_s.arg(*before).arg(*after)));
        }
        server.terminate();
        server.waitForFinished(5000);
    }

    void noDisplayNoX11Source() { QVERIFY(!IdleSources::x11(u":4711"_s)); }

    // The D-Bus candidates are asked without blocking: the window's event loop runs on while a
    // service takes 2 s to answer; the one that answered in time is used, the slow one is not.
    void dbusSourcesAreFoundWithoutBlocking()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QFAIL("no D-Bus session bus: run the suite under dbus-run-session (scripts/test.sh)");
        QDBusConnection bus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-idle"_s);
        QVERIFY(bus.isConnected());
        // Each service on a thread of its own, as separate processes would be.
        QThread mutterThread, screenSaverThread;
        FakeMutter mutter;
        SlowScreenSaver screenSaver;
        mutter.moveToThread(&mutterThread);
        screenSaver.moveToThread(&screenSaverThread);
        mutterThread.start();
        screenSaverThread.start();
        const auto cleanup = qScopeGuard([&] {
            bus.unregisterService(u"org.gnome.Mutter.IdleMonitor"_s);
            bus.unregisterService(u"org.freedesktop.ScreenSaver"_s);
            QDBusConnection::disconnectFromBus(u"fake-idle"_s);
            for (QThread *thread : {&mutterThread, &screenSaverThread}) {
                thread->quit();
                thread->wait(); // the slow service finishes its answer first
            }
        });
        QVERIFY(bus.registerObject(u"/org/gnome/Mutter/IdleMonitor/Core"_s, &mutter,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerObject(u"/org/freedesktop/ScreenSaver"_s, &screenSaver,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(u"org.gnome.Mutter.IdleMonitor"_s));
        QVERIFY(bus.registerService(u"org.freedesktop.ScreenSaver"_s));

        ManualClock clock;
        IdleMonitor monitor(nullptr, clock);
        QSignalSpy found(&monitor, &IdleMonitor::sourceChanged);
        QElapsedTimer call;
        call.start();
        monitor.detectSource();
        monitor.start(); // the timer runs already: watching begins once the source is there
        const qint64 callMs = call.elapsed();
        QVERIFY2(callMs < 100, qPrintable(u"detectSource() took %1 ms"_s.arg(callMs)));
        QVERIFY(monitor.isDetecting());
        QVERIFY(!monitor.isAvailable());
        QVERIFY(monitor.isRunning());
        const qint64 gapMs = longestGapMsWhile([&] { return !found.isEmpty(); }, 10'000);
        QCOMPARE(found.size(), 1);
        QVERIFY2(gapMs < 100, qPrintable(u"the event loop stalled %1 ms"_s.arg(gapMs)));
        QVERIFY(monitor.isAvailable());
        QVERIFY(monitor.isRunning());
        QCOMPARE(monitor.sourceName(), u"org.gnome.Mutter.IdleMonitor"_s);

        // The same, listed: the slow service is left out, the one found answers (asynchronously).
        QObject context;
        std::vector<std::unique_ptr<IdleSource>> sources;
        bool done = false;
        IdleSources::detect(&context, [&](std::vector<std::unique_ptr<IdleSource>> answered) {
            sources = std::move(answered);
            done = true;
        });
        QVERIFY(!done); // from the event loop, never before detect() returned
        QTRY_VERIFY(done);
        QVERIFY(!sources.empty());
        QCOMPARE(sources.front()->name(), u"org.gnome.Mutter.IdleMonitor"_s);
        for (const std::unique_ptr<IdleSource> &source : sources)
            QVERIFY(source->name() != u"org.freedesktop.ScreenSaver"_s);
        std::optional<qint64> idle;
        sources.front()->query([&](std::optional<qint64> ms) { idle = ms; });
        QTRY_VERIFY(idle.has_value());
        QCOMPARE(*idle, 4200);
    }
};

QTEST_GUILESS_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
