// WeekCopyPlan over a real Store: which rows and days of last week come over, why others are
// skipped (completed task, approved day, non-working day, unknown schedule, time already there),
// and applying the plan through TimesheetModel into the outbox.
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

private slots:
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
