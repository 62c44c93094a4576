// LeavePlan: a leave range expanded into per-day records against the schedule (weekends,
// holidays, approved days and unknown schedule skipped), and apply() writing exactly the planned
// days into the outbox.
#include "duration.h"
#include "leaveplan.h"
#include "store.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

using Outcome = PlannedLeaveDay::Outcome;

class TestLeavePlan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    const int m_user = 7;
    const int m_vacation = 1;
    const QDate m_monday = QDate(2024, 3, 4);

    // Two weeks from m_monday: 8-hour weekdays, the second Monday a holiday.
    Schedule twoWeeks() const
    {
        return Schedule{m_monday, {480, 480, 480, 480, 480, 0, 0, 0, 480, 480, 480, 480, 0, 0}};
    }
    static QList<Outcome> outcomes(const LeavePlan &plan)
    {
        QList<Outcome> result;
        for (const PlannedLeaveDay &day : plan.days())
            result.append(day.outcome);
        return result;
    }
    QList<QDate> pendingDates()
    {
        QList<QDate> dates;
        for (const OutboxEntry &entry : m_store->pendingEdits()) {
            if (entry.kind == OutboxKind::Leave && entry.targetId == m_vacation)
                dates.append(entry.date);
        }
        return dates;
    }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        QVERIFY(m_dir.isValid());
        static int count = 0;
        m_store = Store::open(m_dir.filePath(u"plan-%1.sqlite"_s.arg(++count)), nullptr);
        QVERIFY(m_store);
        QVERIFY(m_store->putSchedule(m_user, twoWeeks()));
    }
    void cleanup() { m_store.reset(); }

    void weekendHolidayApprovedAndExisting()
    {
        LeavePlan::Input input;
        input.leaveTypeId = m_vacation;
        input.from = m_monday;
        input.to = m_monday.addDays(13);
        input.addSchedule(twoWeeks());
        input.status[m_monday.addDays(2)].approved = true; // Wednesday
        input.existing[m_monday.addDays(3)] = 240; // Thursday: half a day already
        input.existing[m_monday.addDays(4)] = 480; // Friday: already a full day
        const LeavePlan plan(input);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        QCOMPARE(plan.days().size(), 14);
        QCOMPARE(outcomes(plan),
                 (QList<Outcome>{Outcome::Add, Outcome::Add, Outcome::Skip, Outcome::Replace,
                                 Outcome::Skip, Outcome::Skip, Outcome::Skip, Outcome::Skip,
                                 Outcome::Add, Outcome::Add, Outcome::Add, Outcome::Add,
                                 Outcome::Skip, Outcome::Skip}));
        const QList<PlannedLeaveDay> &days = plan.days();
        QCOMPARE(days.at(0).minutes, 480);
        QCOMPARE(days.at(2).reason, u"Approved \u2014 cannot change"_s);
        QCOMPARE(days.at(3).existingMinutes, 240);
        QCOMPARE(days.at(3).minutes, 480);
        QCOMPARE(days.at(4).reason, u"Already entered"_s);
        QCOMPARE(days.at(5).reason, u"Non-working day"_s);
        QCOMPARE(days.at(6).reason, u"Non-working day"_s);
        QCOMPARE(days.at(7).reason, u"Holiday"_s); // a Monday: other Mondays are working days
        QCOMPARE(days.at(7).minutes, 0);
        QCOMPARE(plan.writeCount(), 7);
        QCOMPARE(plan.writeMinutes(), 7 * 480);
        QVERIFY(!plan.scheduleMissing());
    }

    void lockedDayIsSkipped()
    {
        LeavePlan::Input input;
        input.leaveTypeId = m_vacation;
        input.from = input.to = m_monday;
        input.addSchedule(twoWeeks());
        input.status[m_monday].locked = true;
        const LeavePlan plan(input);
        QCOMPARE(outcomes(plan), QList<Outcome>{Outcome::Skip});
        QCOMPARE(plan.days().first().reason, u"Locked"_s);
    }

    void fixedMinutesPerDay()
    {
        LeavePlan::Input input;
        input.leaveTypeId = m_vacation;
        input.from = m_monday;
        input.to = m_monday.addDays(6);
        input.minutesPerDay = 240;
        input.addSchedule(twoWeeks());
        const LeavePlan plan(input);
        QCOMPARE(plan.writeCount(), 5);
        QCOMPARE(plan.writeMinutes(), 5 * 240);
        QCOMPARE(plan.days().at(5).outcome, Outcome::Skip); // the weekend still is skipped
    }

    void unknownScheduleIsNeverGuessed()
    {
        // The schedule is cached for two weeks only; the third is unknown.
        const LeavePlan plan = LeavePlan::fromStore(*m_store, m_user, m_vacation,
                                                    m_monday.addDays(11), m_monday.addDays(16), {});
        QVERIFY(plan.isValid());
        QCOMPARE(outcomes(plan),
                 (QList<Outcome>{Outcome::Add, Outcome::Skip, Outcome::Skip, Outcome::Skip,
                                 Outcome::Skip, Outcome::Skip}));
        QCOMPARE(plan.days().at(1).reason, u"Non-working day"_s);
        QCOMPARE(plan.days().at(3).reason, u"Schedule not known for this day"_s);
        QCOMPARE(plan.days().at(5).reason, u"Schedule not known for this day"_s);
        QVERIFY(plan.scheduleMissing());
    }

    void invalidRangesAreRefused_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<std::optional<int>>("minutes");
        QTest::addColumn<QString>("error");
        const QDate jan1(2024, 1, 1);
        QTest::newRow("367 days") << jan1 << jan1.addDays(366) << std::optional<int>() << u"366"_s;
        QTest::newRow("backwards")
            << jan1 << jan1.addDays(-1) << std::optional<int>() << u"first day"_s;
        QTest::newRow("invalid") << QDate() << jan1 << std::optional<int>() << u"first day"_s;
        QTest::newRow("zero per day") << jan1 << jan1 << std::optional<int>(0) << u"24:00"_s;
        QTest::newRow("over a day") << jan1 << jan1 << std::optional<int>(1441) << u"24:00"_s;
    }
    void invalidRangesAreRefused()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(std::optional<int>, minutes);
        QFETCH(QString, error);
        const LeavePlan plan =
            LeavePlan::fromStore(*m_store, m_user, m_vacation, from, to, minutes);
        QVERIFY(!plan.isValid());
        QVERIFY2(plan.error().contains(error), qPrintable(plan.error()));
        QVERIFY(plan.days().isEmpty());
        const LeavePlan::ApplyResult result = plan.apply(*m_store, m_user);
        QVERIFY(!result.ok());
        QCOMPARE(result.written, 0);
        QCOMPARE(m_store->outboxCount(), 0);
    }

    void aWholeLeapYearIsAllowed()
    {
        const LeavePlan plan = LeavePlan::fromStore(*m_store, m_user, m_vacation, QDate(2024, 1, 1),
                                                    QDate(2024, 12, 31), {});
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        QCOMPARE(plan.days().size(), 366);
        QCOMPARE(plan.writeCount(), 9); // only the two cached weeks' working days
    }

    void fromStoreReadsApprovalAndExistingLeave()
    {
        TimetrackDay wednesday{m_user, m_monday.addDays(2), true, {}};
        QVERIFY(m_store->putServerTimetrackDays(m_user, wednesday.date, wednesday.date, {wednesday},
                                                QDateTime::currentDateTimeUtc()));
        QVERIFY(m_store->putServerLeave(
            m_user, m_monday, m_monday.addDays(6),
            {{m_user, m_monday.addDays(3), m_vacation, 240}, {m_user, m_monday.addDays(4), 2, 480}},
            QDateTime::currentDateTimeUtc()));
        const LeavePlan plan =
            LeavePlan::fromStore(*m_store, m_user, m_vacation, m_monday, m_monday.addDays(6), {});
        // Friday has leave of another type only: still an Add for this one.
        QCOMPARE(outcomes(plan),
                 (QList<Outcome>{Outcome::Add, Outcome::Add, Outcome::Skip, Outcome::Replace,
                                 Outcome::Add, Outcome::Skip, Outcome::Skip}));
        QCOMPARE(plan.days().at(2).reason, u"Approved \u2014 cannot change"_s);
    }

    void fromStoreReadsLearnedLocks()
    {
        QVERIFY(
            m_store->markDayLocked(m_user, m_monday.addDays(1), u"Time-track is locked"_s, false));
        const LeavePlan plan =
            LeavePlan::fromStore(*m_store, m_user, m_vacation, m_monday, m_monday.addDays(2), {});
        QCOMPARE(outcomes(plan), (QList<Outcome>{Outcome::Add, Outcome::Skip, Outcome::Add}));
        QCOMPARE(plan.days().at(1).reason, u"Locked"_s);
    }

    void daysWithTrackedTimeAreNamed()
    {
        // Time on tasks Monday (2:30 over two tasks) and Tuesday (8:00); Wednesday's 1:00 was
        // refused by the server (it does not count); Saturday is not a working day (no leave).
        QVERIFY(m_store->putServerTimetrack(m_user, m_monday, m_monday.addDays(6),
                                            {{m_user, m_monday, 100, 90, {}},
                                             {m_user, m_monday, 101, 60, {}},
                                             {m_user, m_monday.addDays(1), 100, 480, {}},
                                             {m_user, m_monday.addDays(5), 100, 120, {}}},
                                            QDateTime::currentDateTimeUtc()));
        QVERIFY(m_store->editTimetrackCell(m_user, m_monday.addDays(2), 100, 60, {}));
        QVERIFY(m_store->markRejected(m_store->pendingEdits().first(), u"No"_s));
        const LeavePlan plan =
            LeavePlan::fromStore(*m_store, m_user, m_vacation, m_monday, m_monday.addDays(6), {});
        QCOMPARE(plan.days().at(0).trackedMinutes, 150);
        QCOMPARE(plan.days().at(1).trackedMinutes, 480);
        QCOMPARE(plan.days().at(2).trackedMinutes, 0);
        const QList<PlannedLeaveDay> withTime = plan.daysWithTrackedTime();
        QCOMPARE(withTime.size(), 2);
        QCOMPARE(withTime.at(0).date, m_monday);
        QCOMPARE(withTime.at(1).date, m_monday.addDays(1));
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QString warning = plan.trackedTimeWarning(DurationFormat(ServerInfo{}), english);
        QVERIFY2(
            warning.startsWith(
                u"Time is already tracked on 2 days: Mon, 4 Mar (2:30) and Tue, 5 Mar (8:00)."_s),
            qPrintable(warning));

        const LeavePlan oneDay =
            LeavePlan::fromStore(*m_store, m_user, m_vacation, m_monday, m_monday, {});
        QVERIFY(oneDay.trackedTimeWarning(DurationFormat(ServerInfo{}), english)
                    .startsWith(u"Time is already tracked on 1 day: Mon, 4 Mar (2:30)."_s));
        const LeavePlan none = LeavePlan::fromStore(*m_store, m_user, m_vacation,
                                                    m_monday.addDays(2), m_monday.addDays(4), {});
        QVERIFY(none.daysWithTrackedTime().isEmpty());
        QVERIFY(none.trackedTimeWarning(DurationFormat(ServerInfo{}), english).isEmpty());
    }

    void applyWritesExactlyThePlannedDays()
    {
        QVERIFY(m_store->putServerLeave(m_user, m_monday, m_monday.addDays(6),
                                        {{m_user, m_monday.addDays(3), m_vacation, 240},
                                         {m_user, m_monday.addDays(4), m_vacation, 480}},
                                        QDateTime::currentDateTimeUtc()));
        const LeavePlan plan =
            LeavePlan::fromStore(*m_store, m_user, m_vacation, m_monday, m_monday.addDays(8), {});
        QCOMPARE(plan.writeCount(), 5); // Mon, Tue, Wed, Thu (replace), next Tue
        const LeavePlan::ApplyResult result = plan.apply(*m_store, m_user);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.written, 5);
        QCOMPARE(pendingDates(),
                 (QList<QDate>{m_monday, m_monday.addDays(1), m_monday.addDays(2),
                               m_monday.addDays(3), m_monday.addDays(8)}));
        for (const OutboxEntry &entry : m_store->pendingEdits())
            QCOMPARE(entry.payloadCell().minutes, 480);

        // Planned again, everything is already there.
        const LeavePlan again =
            LeavePlan::fromStore(*m_store, m_user, m_vacation, m_monday, m_monday.addDays(8), {});
        QCOMPARE(again.writeCount(), 0);
        QCOMPARE(again.apply(*m_store, m_user).written, 0);
        QCOMPARE(m_store->outboxCount(), 5);
    }

    void applyStopsAtTheFirstFailure()
    {
        // A schedule value the Store refuses (over 24:00) makes the third day fail.
        LeavePlan::Input input;
        input.leaveTypeId = m_vacation;
        input.from = m_monday;
        input.to = m_monday.addDays(4);
        input.addSchedule(Schedule{m_monday, {480, 480, 1500, 480, 480}});
        const LeavePlan plan(input);
        QCOMPARE(plan.writeCount(), 5);
        const LeavePlan::ApplyResult result = plan.apply(*m_store, m_user);
        QVERIFY(!result.ok());
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(result.written, 2);
        QCOMPARE(result.failedOn, m_monday.addDays(2));
        QCOMPARE(pendingDates(), (QList<QDate>{m_monday, m_monday.addDays(1)}));
    }
};

QTEST_GUILESS_MAIN(TestLeavePlan)
#include "tst_leaveplan.moc"
