// WeekCopyPlan over a real Store: which rows and days of last week come over, why others are
// skipped (completed task, approved day, non-working day, unknown schedule, time already there),
// and applying the plan through TimesheetModel into the outbox.
#include "duration.h"
#include "store.h"
#include "timesheetmodel.h"
#include "weekcopyplan.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

using Plan = WeekCopyPlan;
using Reason = WeekCopyPlan::Reason;
using Outcome = WeekCopyPlan::Outcome;

class TestWeekCopyPlan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    const int m_user = 7;
    const QDate m_target = QDate(2024, 3, 11); // Monday
    const QDate m_source = QDate(2024, 3, 4);

    static Task task(int id, const QString &customer, const QString &name,
                     TaskStatus status = TaskStatus::Open)
    {
        Task t;
        t.id = id;
        t.customerName = customer;
        t.projectName = u"Web"_s;
        t.name = name;
        t.status = status;
        return t;
    }
    const Plan::Row *row(const Plan &plan, int taskId) const
    {
        for (const Plan::Row &r : plan.rows()) {
            if (r.taskId == taskId)
                return &r;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        static int count = 0;
        m_store = Store::open(m_dir.filePath(u"case-%1.sqlite"_s.arg(++count)), nullptr);
        QVERIFY(m_store);
        QVERIFY(m_store->putServerInfo(ServerInfo{}));
        QVERIFY(m_store->putTasks({task(100, u"Acme"_s, u"Design"_s),
                                   task(101, u"Acme"_s, u"Backend"_s),
                                   task(102, u"Beta"_s, u"Archive"_s, TaskStatus::Completed),
                                   task(103, u"Acme"_s, u"Testing"_s)}));
        // Last week: Design Mon/Tue/Thu/Sat, Backend Wed, Archive Mon, Testing nothing (0).
        QVERIFY(m_store->putServerTimetrack(m_user, m_source, m_source.addDays(6),
                                            {{m_user, m_source, 100, 60, u"planning"_s},
                                             {m_user, m_source.addDays(1), 100, 90, {}},
                                             {m_user, m_source.addDays(3), 100, 30, {}},
                                             {m_user, m_source.addDays(5), 100, 45, {}},
                                             {m_user, m_source.addDays(2), 101, 120, {}},
                                             {m_user, m_source, 102, 15, {}},
                                             {m_user, m_source.addDays(4), 103, 0, {}}},
                                            QDateTime::currentDateTimeUtc()));
        // This week: Backend already has Wednesday; Thursday is approved.
        QVERIFY(m_store->putServerTimetrack(m_user, m_target, m_target.addDays(6),
                                            {{m_user, m_target.addDays(2), 101, 30, {}}},
                                            QDateTime::currentDateTimeUtc()));
        TimetrackDay thursday{m_user, m_target.addDays(3), true, {}};
        QVERIFY(m_store->putServerTimetrackDays(m_user, thursday.date, thursday.date, {thursday},
                                                QDateTime::currentDateTimeUtc()));
        QVERIFY(m_store->putSchedule(m_user, Schedule{m_target, {480, 480, 480, 480, 480, 0, 0}}));
    }
    void cleanup() { m_store.reset(); }

    void withHoursPlansEveryDay()
    {
        const Plan plan = Plan::plan(*m_store, m_user, m_target, true);
        QCOMPARE(plan.sourceWeekStart(), m_source);
        QCOMPARE(plan.targetWeekStart(), m_target);
        QCOMPARE(plan.rows().size(), 3); // Testing had no time
        QCOMPARE(plan.rows().at(0).taskId, 101); // Acme / Backend, Acme / Design, Beta / Archive
        QCOMPARE(plan.rows().at(1).taskId, 100);
        QCOMPARE(plan.rows().at(2).taskId, 102);

        const Plan::Row *design = row(plan, 100);
        QVERIFY(design);
        QCOMPARE(design->skip, Reason::None);
        QCOMPARE(design->days.at(0).outcome, Outcome::Copy);
        QCOMPARE(design->days.at(0).minutes, 60);
        QCOMPARE(design->days.at(0).source, m_source);
        QCOMPARE(design->days.at(0).target, m_target);
        QCOMPARE(design->days.at(1).outcome, Outcome::Copy);
        QCOMPARE(design->days.at(2).outcome, Outcome::Nothing);
        QCOMPARE(design->days.at(3).outcome, Outcome::Skip);
        QCOMPARE(design->days.at(3).reason, Reason::ApprovedDay);
        QCOMPARE(design->days.at(5).outcome, Outcome::Skip);
        QCOMPARE(design->days.at(5).reason, Reason::NonWorkingDay);

        const Plan::Row *backend = row(plan, 101);
        QCOMPARE(backend->days.at(2).outcome, Outcome::Skip);
        QCOMPARE(backend->days.at(2).reason, Reason::AlreadyHasTime);

        const Plan::Row *archive = row(plan, 102);
        QCOMPARE(archive->skip, Reason::CompletedTask);
        QCOMPARE(archive->days.at(0).outcome, Outcome::Skip);
        QCOMPARE(archive->days.at(0).reason, Reason::CompletedTask);

        QCOMPARE(plan.rowsToAdd(), 2);
        QCOMPARE(plan.cellsToCopy(), 2);
        QCOMPARE(plan.cellsSkipped(), 4);
        QCOMPARE(Plan::reasonText(Reason::NonWorkingDay), u"Non-working day"_s);
        QCOMPARE(Plan::reasonText(Reason::AlreadyHasTime), u"Already has time"_s);
    }

    void dayTotalsAndOverSchedule()
    {
        // Add Tuesday's existing time and leave: Design copies 1:30 onto Tuesday. With 7:00 on
        // Backend already the day totals 8:30 of 8:00 scheduled; Monday (1:00 + 4:00 leave) stays
        // within. A refused value does not count: Friday's 9:00 on Backend was refused.
        QVERIFY(m_store->putServerTimetrack(m_user, m_target, m_target.addDays(6),
                                            {{m_user, m_target.addDays(2), 101, 30, {}},
                                             {m_user, m_target.addDays(1), 101, 420, {}}},
                                            QDateTime::currentDateTimeUtc()));
        QVERIFY(m_store->putServerLeave(m_user, m_target, m_target.addDays(6),
                                        {{m_user, m_target, 1, 240}},
                                        QDateTime::currentDateTimeUtc()));
        QVERIFY(m_store->editTimetrackCell(m_user, m_target.addDays(4), 101, 540, {}));
        QVERIFY(m_store->markRejected(m_store->pendingEdits().first(), u"No"_s));

        const Plan plan = Plan::plan(*m_store, m_user, m_target, true);
        const auto &totals = plan.dayTotals();
        QCOMPARE(totals.at(0).date, m_target);
        QCOMPARE(totals.at(0).existing, 0);
        QCOMPARE(totals.at(0).leave, 240);
        QCOMPARE(totals.at(0).copied, 60);
        QCOMPARE(totals.at(0).total(), 60);
        QCOMPARE(totals.at(0).scheduled, std::optional(480));
        QCOMPARE(totals.at(0).overBy(), 0);
        QCOMPARE(totals.at(1).existing, 420);
        QCOMPARE(totals.at(1).copied, 90);
        QCOMPARE(totals.at(1).total(), 510);
        QCOMPARE(totals.at(1).overBy(), 30);
        QCOMPARE(totals.at(2).existing, 30);
        QCOMPARE(totals.at(2).copied, 0); // Backend already has Wednesday
        QCOMPARE(totals.at(4).existing, 0); // refused: not counted
        QCOMPARE(totals.at(5).scheduled, std::optional(0));

        const QList<Plan::DayTotal> over = plan.daysOverSchedule();
        QCOMPARE(over.size(), 1);
        QCOMPARE(over.first().date, m_target.addDays(1));
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(
            plan.overScheduleWarning(DurationFormat(ServerInfo{}), english),
            u"After the copy 1 day is over its schedule: Tue, 12 Mar 8:30 of 8:00 scheduled."_s);

        // Without hours nothing is copied: the totals are the week as it is, and no warning.
        const Plan rowsOnly = Plan::plan(*m_store, m_user, m_target, false);
        QCOMPARE(rowsOnly.dayTotals().at(1).copied, 0);
        QCOMPARE(rowsOnly.dayTotals().at(1).total(), 420);
        QVERIFY(rowsOnly.daysOverSchedule().isEmpty());
        QVERIFY(rowsOnly.overScheduleWarning(DurationFormat(ServerInfo{}), english).isEmpty());
    }

    void lockedDayIsSkipped()
    {
        QVERIFY(m_store->markDayLocked(m_user, m_target.addDays(1), u"locked"_s, false));
        const Plan plan = Plan::plan(*m_store, m_user, m_target, true);
        QCOMPARE(row(plan, 100)->days.at(1).outcome, Outcome::Skip);
        QCOMPARE(row(plan, 100)->days.at(1).reason, Reason::LockedDay);
        QCOMPARE(plan.cellsToCopy(), 1);
        QCOMPARE(plan.dayTotals().at(1).copied, 0);
    }

    void sourceStateFollowsWhenLastWeekWasRead()
    {
        // A week nothing was read of yet, and the week after it (whose last week it is).
        const QDate source = m_target.addDays(14);
        const QDate next = source.addDays(7);
        const QDateTime read = QDateTime(source, QTime(9, 0), Qt::UTC);
        QCOMPARE(Plan::sourceState(*m_store, m_user, next, read), Plan::SourceState::NotCached);
        // Some days read: still not cached.
        QVERIFY(m_store->putServerTimetrack(m_user, source, source.addDays(3), {}, read));
        QCOMPARE(Plan::sourceState(*m_store, m_user, next, read), Plan::SourceState::NotCached);
        // A day learned locked is no read either.
        QVERIFY(m_store->markDayLocked(m_user, source.addDays(6), u"locked"_s, false));
        QVERIFY(m_store->putServerTimetrack(m_user, source, source.addDays(5), {}, read));
        QCOMPARE(Plan::sourceState(*m_store, m_user, next, read), Plan::SourceState::NotCached);
        QVERIFY(m_store->putServerTimetrack(m_user, source, source.addDays(6), {}, read));
        QCOMPARE(Plan::sourceState(*m_store, m_user, next, read), Plan::SourceState::Fresh);
        const int limit = Plan::SourceMaxAgeMinutes * 60;
        QCOMPARE(Plan::sourceState(*m_store, m_user, next, read.addSecs(limit)),
                 Plan::SourceState::Fresh);
        QCOMPARE(Plan::sourceState(*m_store, m_user, next, read.addSecs(limit + 1)),
                 Plan::SourceState::Stale);
    }

    void unknownScheduleIsSkipped()
    {
        // From this week into the next, whose schedule is not cached.
        QVERIFY(m_store->putServerTimetrack(m_user, m_target, m_target.addDays(6),
                                            {{m_user, m_target.addDays(1), 100, 60, {}}},
                                            QDateTime::currentDateTimeUtc()));
        const Plan later = Plan::plan(*m_store, m_user, m_target.addDays(7), true);
        QCOMPARE(later.rows().size(), 1);
        QCOMPARE(later.rows().first().days.at(1).outcome, Outcome::Skip);
        QCOMPARE(later.rows().first().days.at(1).reason, Reason::ScheduleUnknown);
        QCOMPARE(later.cellsToCopy(), 0);
    }

    void withoutHoursOnlyAddsRows()
    {
        const Plan plan = Plan::plan(*m_store, m_user, m_target, false);
        QCOMPARE(plan.rows().size(), 3);
        QCOMPARE(plan.cellsToCopy(), 0);
        QCOMPARE(plan.cellsSkipped(), 0);
        for (const Plan::Row &r : plan.rows()) {
            for (const Plan::Day &day : r.days)
                QCOMPARE(day.outcome, Outcome::Nothing);
        }

        TimesheetModel model(*m_store, m_user);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWeek(m_target);
        QCOMPARE(model.totalRow(), 1); // Backend (Wednesday)
        const Plan::Result result = plan.apply(model);
        QCOMPARE(result.rowsAdded, 1); // Design; Backend was there, Archive is completed
        QCOMPARE(result.cellsCopied, 0);
        QCOMPARE(result.failures, 0);
        QCOMPARE(model.totalRow(), 2);
        QCOMPARE(m_store->outboxCount(), 0); // rows alone queue nothing
    }

    void applyCopiesHoursThroughTheModel()
    {
        TimesheetModel model(*m_store, m_user);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWeek(m_source); // apply moves the model to the target week
        const Plan plan = Plan::plan(*m_store, m_user, m_target, true);
        const Plan::Result result = plan.apply(model);
        QCOMPARE(model.weekStart(), m_target);
        QCOMPARE(result.rowsAdded, 1);
        QCOMPARE(result.cellsCopied, 2);
        QCOMPARE(result.failures, 0);
        QVERIFY(result.firstError.isEmpty());

        const QList<TimetrackCell> cells =
            m_store->timetrack(m_user, m_target, m_target.addDays(6));
        const auto minutes = [&cells](int taskId, const QDate &date) {
            for (const TimetrackCell &cell : cells) {
                if (cell.taskId == taskId && cell.date == date)
                    return cell.minutes;
            }
            return -1;
        };
        QCOMPARE(minutes(100, m_target), 60);
        QCOMPARE(minutes(100, m_target.addDays(1)), 90);
        QCOMPARE(minutes(100, m_target.addDays(3)), -1); // approved: not written
        QCOMPARE(minutes(100, m_target.addDays(5)), -1); // Saturday: not written
        QCOMPARE(minutes(101, m_target.addDays(2)), 30); // kept, not overwritten
        QCOMPARE(minutes(102, m_target), -1); // completed
        QCOMPARE(m_store->pendingEdits().size(), 2);
        // Comments are not copied: the hours are the plan, the notes belong to last week.
        for (const OutboxEntry &entry : m_store->pendingEdits())
            QVERIFY(entry.payloadCell().comment.isEmpty());
    }

    void applyReportsFailures()
    {
        // The user may not submit time: every write is refused by the model and counted.
        User user;
        user.id = m_user;
        user.username = u"ann"_s;
        user.canSubmitTimetrack = false;
        QVERIFY(m_store->putUsers({user}));
        TimesheetModel model(*m_store, m_user);
        const Plan plan = Plan::plan(*m_store, m_user, m_target, true);
        const Plan::Result result = plan.apply(model);
        QCOMPARE(result.cellsCopied, 0);
        QCOMPARE(result.failures, 2);
        QVERIFY(result.firstError.contains(u"not allowed"_s));
        QCOMPARE(m_store->outboxCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWeekCopyPlan)
#include "tst_weekcopyplan.moc"
