// WorkReminder over a real Store and the hand-moved clock: reminds once at the set time on a
// working day with time missing (leave counting), never on a day off or a full day, not twice
// after a restart, catches up at start-up when the time passed, and compares the week so far.
#include "manualclock.h"
#include "store.h"
#include "workreminder.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
const QDate kMonday(2026, 11, 23);
const QDate kWednesday(2026, 11, 25); // ManualClock's day: 12:00 UTC (the suite runs in UTC)
} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Store> m_store;
    QString m_path;
    const int m_user = 7;

    std::unique_ptr<Store> openStore()
    {
        StoreOptions options;
        options.clock = &m_clock;
        return Store::open(m_path, nullptr, options);
    }
    // Mon–Fri 8 h, weekend 0.
    void putWeekSchedule()
    {
        QVERIFY(m_store->putSchedule(m_user, Schedule{kMonday, {480, 480, 480, 480, 480, 0, 0}}));
    }
    void track(const QDate &date, int minutes)
    {
        QVERIFY(m_store->putServerTimetrack(m_user, date, date, {{m_user, date, 100, minutes, {}}},
                                            m_clock.now()));
    }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        static int count = 0;
        m_clock.setMs(ManualClock::kDefaultStartMs);
        m_path = m_dir.filePath(u"case-%1.sqlite"_s.arg(++count));
        m_store = openStore();
        QVERIFY(m_store);
        qRegisterMetaType<Shortfall>();
    }

    void remindsOnceAtTheSetTime()
    {
        putWeekSchedule();
        track(kWednesday, 300);
        WorkReminder reminder(*m_store, m_user);
        QSignalSpy reminded(&reminder, &WorkReminder::remind);
        reminder.start();
        m_clock.advanceMs(4 * kHour + 59 * kMinute); // 16:59
        QCOMPARE(reminded.size(), 0);
        m_clock.advanceMs(kMinute); // 17:00
        QCOMPARE(reminded.size(), 1);
        const auto shortfall = reminded.first().first().value<Shortfall>();
        QCOMPARE(shortfall.from, kWednesday);
        QCOMPARE(shortfall.trackedMinutes, 300);
        QCOMPARE(shortfall.scheduledMinutes, 480);
        m_clock.advanceMs(6 * kHour); // 23:00: not again today
        QCOMPARE(reminded.size(), 1);
    }

    void aFullDayOrLeaveIsNoReminder()
    {
        putWeekSchedule();
        track(kWednesday, 240);
        QVERIFY(m_store->putServerLeave(m_user, kWednesday, kWednesday,
                                        {{m_user, kWednesday, 1, 240}}, m_clock.now()));
        WorkReminder reminder(*m_store, m_user);
        QSignalSpy reminded(&reminder, &WorkReminder::remind);
        reminder.start();
        m_clock.advanceMs(6 * kHour);
        QCOMPARE(reminded.size(), 0);
        QVERIFY(!reminder.shortfall());
    }

    void aDayOffIsNoReminder()
    {
        QVERIFY(m_store->putSchedule(m_user, Schedule{kWednesday, {0}})); // a holiday
        WorkReminder reminder(*m_store, m_user);
        QSignalSpy reminded(&reminder, &WorkReminder::remind);
        reminder.start();
        m_clock.advanceMs(6 * kHour);
        QCOMPARE(reminded.size(), 0);
    }

    void theNextWorkingDayRemindsAgain()
    {
        putWeekSchedule();
        WorkReminder reminder(*m_store, m_user);
        QSignalSpy reminded(&reminder, &WorkReminder::remind);
        reminder.start();
        m_clock.advanceMs(5 * kHour); // Wed 17:00
        QCOMPARE(reminded.size(), 1);
        m_clock.advanceMs(24 * kHour); // Thu 17:00
        QCOMPARE(reminded.size(), 2);
        QCOMPARE(reminded.last().first().value<Shortfall>().from, kWednesday.addDays(1));
        m_clock.advanceMs(48 * kHour); // Sat 17:00: a day off
        QCOMPARE(reminded.size(), 3); // Fri only
    }

    void startUpAfterTheTimeCatchesUpOnceAndARestartDoesNotRepeat()
    {
        putWeekSchedule();
        m_clock.advanceMs(6 * kHour); // 18:00, the app starts only now
        {
            WorkReminder reminder(*m_store, m_user);
            QSignalSpy reminded(&reminder, &WorkReminder::remind);
            reminder.start();
            QTRY_COMPARE(reminded.size(), 1);
        }
        m_store.reset();
        m_store = openStore();
        WorkReminder again(*m_store, m_user);
        QSignalSpy reminded(&again, &WorkReminder::remind);
        again.start();
        QCoreApplication::processEvents();
        m_clock.advanceMs(kHour);
        QCOMPARE(reminded.size(), 0);
    }

    void theWeekSoFar()
    {
        putWeekSchedule();
        track(kMonday, 480);
        track(kMonday.addDays(1), 480);
        track(kWednesday, 400);
        WorkReminder reminder(*m_store, m_user);
        reminder.setSettings({true, QTime(17, 0), true});
        const std::optional<Shortfall> missing = reminder.shortfall();
        QVERIFY(missing);
        QCOMPARE(missing->from, kMonday);
        QCOMPARE(missing->trackedMinutes, 1360);
        QCOMPARE(missing->scheduledMinutes, 1440);
        track(kMonday, 560); // overtime on Monday makes up for it
        QVERIFY(!reminder.shortfall());
    }

    void anUnknownScheduleRemindsOnlyAnEmptyWeekday()
    {
        WorkReminder reminder(*m_store, m_user);
        const std::optional<Shortfall> missing = reminder.shortfall();
        QVERIFY(missing);
        QCOMPARE(missing->scheduledMinutes, -1);
        track(kWednesday, 30);
        QVERIFY(!reminder.shortfall());
    }

    void disabledNeverReminds()
    {
        putWeekSchedule();
        WorkReminder reminder(*m_store, m_user);
        QSignalSpy reminded(&reminder, &WorkReminder::remind);
        reminder.setSettings({false, QTime(17, 0), false});
        reminder.start();
        QVERIFY(!reminder.isActive());
        m_clock.advanceMs(30 * kHour);
        QCOMPARE(reminded.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
