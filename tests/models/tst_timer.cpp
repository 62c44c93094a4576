// TaskTimer over a real Store and the hand-moved clock: start, stop, rounding, across midnight,
// a timer that survives a restart (and a crash: nothing but the cache holds it), switching
// tasks, idle time dropped, and a full disk that loses nothing.
#include "manualclock.h"
#include "store.h"
#include "tasktimer.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
} // namespace

class TestTimer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock; // Wednesday 2026-11-25 12:00 UTC (the suite runs with TZ=UTC)
    std::unique_ptr<Store> m_store;
    const int m_user = 7;
    QString m_path;

    std::unique_ptr<Store> openStore()
    {
        StoreOptions options;
        options.clock = &m_clock;
        return Store::open(m_path, nullptr, options);
    }
    int minutesOn(const QDate &date, int taskId) const
    {
        for (const TimetrackCell &cell : m_store->timetrack(m_user, date, date)) {
            if (cell.taskId == taskId)
                return cell.minutes;
        }
        return 0;
    }
    static QDate wednesday() { return QDate(2026, 11, 25); }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        static int count = 0;
        m_clock.setMs(ManualClock::kDefaultStartMs);
        m_path = m_dir.filePath(u"case-%1.sqlite"_s.arg(++count));
        m_store = openStore();
        QVERIFY(m_store);
        Task design;
        design.id = 100;
        design.name = u"Design"_s;
        Task backend = design;
        backend.id = 101;
        backend.name = u"Backend"_s;
        QVERIFY(m_store->putTasks({design, backend}));
    }

    void roundingSteps_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("mode");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<int>("minutes");
        using M = TimerRounding::Mode;
        QTest::newRow("exact, 89 s → 1") << 1 << int(M::Nearest) << qint64(89) << 1;
        QTest::newRow("exact, 90 s → 2") << 1 << int(M::Nearest) << qint64(90) << 2;
        QTest::newRow("exact, 29 s → 0") << 1 << int(M::Nearest) << qint64(29) << 0;
        QTest::newRow("15 up, 1 s → 15") << 15 << int(M::Up) << qint64(1) << 15;
        QTest::newRow("15 down, 29 min → 15") << 15 << int(M::Down) << qint64(29 * 60) << 15;
        QTest::newRow("6 nearest, 8 min → 6") << 6 << int(M::Nearest) << qint64(8 * 60) << 6;
        QTest::newRow("6 nearest, 9 min → 12") << 6 << int(M::Nearest) << qint64(9 * 60) << 12;
        QTest::newRow("nothing → 0") << 15 << int(M::Up) << qint64(0) << 0;
    }
    void roundingSteps()
    {
        QFETCH(int, step);
        QFETCH(int, mode);
        QFETCH(qint64, seconds);
        QFETCH(int, minutes);
        const TimerRounding rounding{step, TimerRounding::Mode(mode)};
        QCOMPARE(rounding.apply(seconds), minutes);
    }

    void stopBooksElapsedMinutesThroughTheOutbox()
    {
        TaskTimer timer(*m_store, m_user);
        QSignalSpy changed(&timer, &TaskTimer::runningChanged);
        QVERIFY(timer.start(100).ok());
        QVERIFY(timer.isRunning());
        QCOMPARE(timer.running()->taskId, 100);
        m_clock.advanceMs(1 * kHour + 29 * kMinute + 40 * 1000);
        QCOMPARE(timer.elapsedSeconds(), qint64(89 * 60 + 40));
        QList<TimerShare> booked;
        QVERIFY(timer.stop(&booked).ok());
        QCOMPARE(booked, (QList<TimerShare>{{wednesday(), 90}}));
        QVERIFY(!timer.isRunning());
        QCOMPARE(minutesOn(wednesday(), 100), 90);
        QCOMPARE(m_store->outboxCount(OutboxState::Pending), 1);
        QCOMPARE(changed.size(), 2);
    }

    void stopAddsToTimeAlreadyThereAndKeepsTheComment()
    {
        QVERIFY(m_store->putServerTimetrack(m_user, wednesday(), wednesday(),
                                            {{m_user, wednesday(), 100, 60, u"review"_s}},
                                            m_clock.now()));
        TaskTimer timer(*m_store, m_user);
        QVERIFY(timer.start(100).ok());
        m_clock.advanceMs(30 * kMinute);
        QVERIFY(timer.stop().ok());
        const QList<TimetrackCell> cells = m_store->timetrack(m_user, wednesday(), wednesday());
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells.first().minutes, 90);
        QCOMPARE(cells.first().comment, u"review"_s);
        QCOMPARE(cells.first().state, CellState::Pending);
    }

    void acrossMidnightSplitsPerDay()
    {
        m_clock.setMs(ManualClock::kDefaultStartMs + 11 * kHour + 15 * kMinute); // Wed 23:15
        TaskTimer timer(*m_store, m_user);
        QVERIFY(timer.start(100).ok());
        m_clock.advanceMs(26 * kHour); // Fri 01:15
        QList<TimerShare> booked;
        QVERIFY(timer.stop(&booked).ok());
        QCOMPARE(booked,
                 (QList<TimerShare>{{wednesday(), 45},
                                    {wednesday().addDays(1), 24 * 60},
                                    {wednesday().addDays(2), 75}}));
        QCOMPARE(minutesOn(wednesday(), 100), 45);
        QCOMPARE(minutesOn(wednesday().addDays(1), 100), 24 * 60);
        QCOMPARE(minutesOn(wednesday().addDays(2), 100), 75);
    }

    void roundingIsPerDay()
    {
        m_clock.setMs(ManualClock::kDefaultStartMs + 11 * kHour + 50 * kMinute); // Wed 23:50
        TaskTimer timer(*m_store, m_user);
        timer.setRounding({15, TimerRounding::Mode::Up});
        QVERIFY(timer.start(100).ok());
        m_clock.advanceMs(20 * kMinute); // Thu 00:10
        QList<TimerShare> booked;
        QVERIFY(timer.stop(&booked).ok());
        QCOMPARE(booked, (QList<TimerShare>{{wednesday(), 15}, {wednesday().addDays(1), 15}}));
    }

    void survivesARestart()
    {
        {
            TaskTimer timer(*m_store, m_user);
            QVERIFY(timer.start(101).ok());
        }
        m_store.reset(); // the app ends (or dies: the start was committed before start() returned)
        m_clock.advanceMs(2 * kHour);
        m_store = openStore();
        QVERIFY(m_store);
        TaskTimer timer(*m_store, m_user);
        QVERIFY(timer.isRunning());
        QCOMPARE(timer.running()->taskId, 101);
        QCOMPARE(timer.elapsedSeconds(), qint64(2 * 3600));
        QCOMPARE(timer.taskName(101), u"Backend"_s);
        QVERIFY(timer.stop().ok());
        QCOMPARE(minutesOn(wednesday(), 101), 120);
    }

    void startingAnotherTaskBooksTheFirst()
    {
        TaskTimer timer(*m_store, m_user);
        QVERIFY(timer.start(100).ok());
        m_clock.advanceMs(40 * kMinute);
        QVERIFY(timer.start(100).ok()); // the same task: keeps running, books nothing
        QCOMPARE(minutesOn(wednesday(), 100), 0);
        QVERIFY(timer.start(101).ok());
        QCOMPARE(minutesOn(wednesday(), 100), 40);
        QCOMPARE(timer.running()->taskId, 101);
        m_clock.advanceMs(20 * kMinute);
        QVERIFY(timer.stop().ok());
        QCOMPARE(minutesOn(wednesday(), 101), 20);
    }

    void idleGapIsDropped()
    {
        TaskTimer timer(*m_store, m_user);
        QVERIFY(timer.start(100).ok());
        const QDateTime start = m_clock.now();
        m_clock.advanceMs(90 * kMinute); // idle from start + 30 min, back now
        QVERIFY(timer.dropGap(start.addSecs(30 * 60), m_clock.now()).ok());
        QCOMPARE(minutesOn(wednesday(), 100), 30);
        QCOMPARE(timer.elapsedSeconds(), qint64(0));
        m_clock.advanceMs(10 * kMinute);
        QVERIFY(timer.stop().ok());
        QCOMPARE(minutesOn(wednesday(), 100), 40);
    }

    void idleGapGoesToAnotherTask()
    {
        TaskTimer timer(*m_store, m_user);
        QVERIFY(timer.start(100).ok());
        const QDateTime start = m_clock.now();
        m_clock.advanceMs(90 * kMinute);
        QVERIFY(timer.moveGap(start.addSecs(30 * 60), start.addSecs(75 * 60), 101).ok());
        QCOMPARE(minutesOn(wednesday(), 100), 30);
        QCOMPARE(minutesOn(wednesday(), 101), 45);
        QCOMPARE(timer.running()->taskId, 100);
        QCOMPARE(timer.elapsedSeconds(), qint64(15 * 60));
    }

    void recentTasksAreTheLastTrackedOpenOnes()
    {
        Task done;
        done.id = 102;
        done.name = u"Old"_s;
        done.status = TaskStatus::Completed;
        QVERIFY(m_store->putTasks({done}));
        QVERIFY(m_store->putServerTimetrack(m_user, wednesday().addDays(-20), wednesday(),
                                            {{m_user, wednesday().addDays(-20), 101, 60, {}},
                                             {m_user, wednesday().addDays(-3), 100, 60, {}},
                                             {m_user, wednesday().addDays(-2), 102, 60, {}},
                                             {m_user, wednesday().addDays(-1), 101, 30, {}}},
                                            m_clock.now()));
        TaskTimer timer(*m_store, m_user);
        const QList<Task> recent = timer.recentTasks();
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0).id, 101); // yesterday
        QCOMPARE(recent.at(1).id, 100); // three days ago; 102 is completed
    }

    void discardBooksNothing()
    {
        TaskTimer timer(*m_store, m_user);
        QVERIFY(timer.start(100).ok());
        m_clock.advanceMs(kHour);
        QVERIFY(timer.discard().ok());
        QVERIFY(!timer.isRunning());
        QCOMPARE(minutesOn(wednesday(), 100), 0);
        QCOMPARE(m_store->outboxCount(), 0);
    }

    void aFullDiskLosesNeitherTheTimerNorTheTime()
    {
        TaskTimer timer(*m_store, m_user);
        QVERIFY(timer.start(100).ok());
        m_clock.advanceMs(kHour);
        m_store->simulateDiskFull(true);
        const StoreResult failed = timer.stop();
        QVERIFY(!failed.ok());
        QVERIFY(!failed.message.isEmpty());
        m_store->simulateDiskFull(false);
        QVERIFY(timer.isRunning()); // nothing half-done: still running, nothing booked
        QCOMPARE(minutesOn(wednesday(), 100), 0);
        m_clock.advanceMs(kHour);
        QVERIFY(timer.stop().ok());
        QCOMPARE(minutesOn(wednesday(), 100), 120);
    }

    void aDamagedEntryIsNoTimer()
    {
        QVERIFY(m_store->setMeta(u"timer.running/%1"_s.arg(m_user), u"{not json"_s));
        TaskTimer timer(*m_store, m_user);
        QVERIFY(!timer.isRunning());
        QVERIFY(timer.start(100).ok());
        QVERIFY(timer.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestTimer)
#include "tst_timer.moc"
