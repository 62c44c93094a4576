// TimesheetModel's figures over a real Store: leave on the timesheet counted the way actiTIME
// counts overtime (sick day, vacation week, half day), "so far" against "whole week", refused
// values left out of the totals, and task rows in natural order.
#include "store.h"
#include "timesheetmodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

using Model = TimesheetModel;

class TestTimesheetFigures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Model> m_model;
    QAbstractItemModelTester *m_tester = nullptr;
    const int m_user = 7;
    const QDate m_monday = QDate(2024, 3, 4);
    static constexpr int Sick = 1;
    static constexpr int Vacation = 2;

    static Task task(int id, const QString &name)
    {
        Task t;
        t.id = id;
        t.customerId = 1;
        t.customerName = u"Acme"_s;
        t.projectId = 10;
        t.projectName = u"Web"_s;
        t.name = name;
        return t;
    }
    void serveTime(const QList<TimetrackRecord> &records)
    {
        QVERIFY(m_store->putServerTimetrack(m_user, m_monday, m_monday.addDays(6), records,
                                            QDateTime::currentDateTimeUtc()));
    }
    void serveLeave(const QList<LeaveRecord> &records)
    {
        QVERIFY(m_store->putServerLeave(m_user, m_monday, m_monday.addDays(6), records,
                                        QDateTime::currentDateTimeUtc()));
    }
    QModelIndex total(int column) const { return m_model->index(m_model->totalRow(), column); }
    QModelIndex totalDay(int day) const { return total(Model::FirstDayColumn + day); }
    QModelIndex week() const { return total(Model::TotalColumn); }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        QVERIFY(m_dir.isValid());
        static int count = 0;
        m_store = Store::open(m_dir.filePath(u"case-%1.sqlite"_s.arg(++count)), nullptr);
        QVERIFY(m_store);
        QVERIFY(m_store->putServerInfo(ServerInfo{}));
        QVERIFY(
            m_store->putTasks({task(100, u"Design"_s), task(101, u"#1041"_s), task(102, u"#201"_s),
                               task(103, u"Task 10"_s), task(104, u"Task 2"_s)}));
        LeaveType sick, vacation;
        sick.id = Sick;
        sick.name = u"Sick Leave"_s;
        vacation.id = Vacation;
        vacation.name = u"Vacation"_s;
        QVERIFY(m_store->putLeaveTypes({sick, vacation}));
        QVERIFY(m_store->putSchedule(m_user, Schedule{m_monday, {480, 480, 480, 480, 480, 0, 0}}));
        serveTime({{m_user, m_monday.addDays(1), 100, 480, {}}});

        m_model = std::make_unique<Model>(*m_store, m_user);
        m_tester = new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_model->setToday(m_monday.addDays(30)); // the whole week is past unless a test says
        m_model->setWeek(m_monday);
    }
    void cleanup()
    {
        delete m_tester;
        m_tester = nullptr;
        m_model.reset();
        m_store.reset();
    }

    void taskRowsSortInNaturalOrder()
    {
        for (const int id : {101, 102, 103, 104})
            QVERIFY2(m_model->addTask(id), qPrintable(m_model->lastError()));
        QStringList names;
        for (int row = 0; row < m_model->totalRow(); ++row)
            names << m_model->index(row, Model::TaskColumn).data().toString();
        QCOMPARE(names,
                 (QStringList{u"#201"_s, u"#1041"_s, u"Design"_s, u"Task 2"_s, u"Task 10"_s}));
        m_model->reload(); // the Store's order is the same
        QCOMPARE(m_model->index(0, Model::TaskColumn).data().toString(), u"#201"_s);
        QCOMPARE(m_model->index(4, Model::TaskColumn).data().toString(), u"Task 10"_s);
    }

    void noLeaveNoLeaveRow()
    {
        QCOMPARE(m_model->leaveRow(), -1);
        QCOMPARE(m_model->totalRow(), 1);
        QCOMPARE(week().data(Model::LeaveRole).toInt(), 0);
        QCOMPARE(week().data(Model::OvertimeRole).toInt(), 480 - 5 * 480);
    }

    void sickDayIsNotUndertime()
    {
        serveLeave({{m_user, m_monday, Sick, 480}});
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->reload(); // a Leave row appears: the rows changed
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->leaveRow(), 1);
        QCOMPARE(m_model->totalRow(), 2);
        const QModelIndex leave = m_model->index(1, Model::FirstDayColumn);
        QCOMPARE(m_model->index(1, Model::TaskColumn).data().toString(), u"Leave"_s);
        QCOMPARE(leave.data().toString(), u"8:00"_s);
        QVERIFY(leave.data(Qt::ToolTipRole).toString().contains(u"Sick Leave"_s));
        QVERIFY(!(leave.flags() & Qt::ItemIsEditable));
        QVERIFY(!m_model->setData(leave, 60));
        QVERIFY(m_model->lastError().contains(u"Leave page"_s));
        QVERIFY(!m_model->index(1, Model::FirstDayColumn)
                     .data(Model::ReadOnlyReasonRole)
                     .toString()
                     .isEmpty());

        // Worked time stays worked time; the sick day balances Monday's schedule.
        QCOMPARE(totalDay(0).data(Model::MinutesRole).toInt(), 0);
        QCOMPARE(totalDay(0).data(Model::LeaveRole).toInt(), 480);
        QCOMPARE(totalDay(0).data(Model::OvertimeRole).toInt(), 0);
        QCOMPARE(week().data(Model::OvertimeRole).toInt(), 2 * 480 - 5 * 480);
        QVERIFY(week().data(Qt::ToolTipRole).toString().contains(u"Leave: 8:00"_s));
    }

    void vacationWeekIsOnSchedule()
    {
        serveTime({});
        QList<LeaveRecord> leave;
        for (int day = 0; day < 5; ++day)
            leave.append({m_user, m_monday.addDays(day), Vacation, 480});
        // Leave on a nonworking day is not overtime (actiTIME counts only worked time there).
        leave.append({m_user, m_monday.addDays(5), Vacation, 480});
        serveLeave(leave);
        m_model->reload();
        QCOMPARE(m_model->leaveRow(), 0);
        QCOMPARE(m_model->index(0, Model::TotalColumn).data().toString(), u"48:00"_s);
        QCOMPARE(week().data(Model::MinutesRole).toInt(), 0);
        QCOMPARE(week().data(Model::LeaveRole).toInt(), 6 * 480);
        QCOMPARE(week().data(Model::ScheduledRole).toInt(), 5 * 480);
        QCOMPARE(week().data(Model::OvertimeRole).toInt(), 0);
        QCOMPARE(totalDay(5).data(Model::OvertimeRole).toInt(), 0);

        // Work on the Saturday is overtime, leave or not.
        QVERIFY(m_model->addTask(100));
        QVERIFY(m_model->setData(m_model->index(0, Model::FirstDayColumn + 5), u"2h"_s));
        QCOMPARE(totalDay(5).data(Model::OvertimeRole).toInt(), 120);
        QCOMPARE(week().data(Model::OvertimeRole).toInt(), 120);
    }

    void halfDayCountsHalf()
    {
        serveLeave({{m_user, m_monday.addDays(2), Vacation, 240}});
        m_model->reload();
        QCOMPARE(totalDay(2).data(Model::OvertimeRole).toInt(), -240);
        const QModelIndex design = m_model->index(0, Model::FirstDayColumn + 2);
        QVERIFY(m_model->setData(design, u"4:30"_s));
        QCOMPARE(totalDay(2).data(Model::OvertimeRole).toInt(), 30);
        QCOMPARE(totalDay(2).data(Model::MinutesRole).toInt(), 270);
        QCOMPARE(m_model->index(m_model->leaveRow(), Model::FirstDayColumn + 2).data().toString(),
                 u"4:00"_s);
    }

    void refusedLeaveIsNotCounted()
    {
        // The server has 4:00 of sick leave on Monday; the user asked for 8:00 and was refused.
        serveLeave({{m_user, m_monday, Sick, 240}});
        QVERIFY(m_store->editLeaveCell(m_user, m_monday, Sick, 480));
        QVERIFY(m_store->markRejected(m_store->pendingEdits().first(), u"Locked"_s));
        m_model->reload();
        QCOMPARE(m_model->index(m_model->leaveRow(), Model::FirstDayColumn).data().toString(),
                 u"4:00"_s);
        QCOMPARE(totalDay(0).data(Model::LeaveRole).toInt(), 240);
        QCOMPARE(totalDay(0).data(Model::OvertimeRole).toInt(), -240);
    }

    void futureDaysAreNotUndertime()
    {
        m_model->setToday(m_monday.addDays(2)); // Wednesday
        QCOMPARE(totalDay(1).data(Model::OvertimeRole).toInt(), 0); // Tuesday: 8:00 worked
        QCOMPARE(totalDay(2).data(Model::OvertimeRole).toInt(), -480); // today counts
        QCOMPARE(totalDay(3).data(Model::OvertimeRole).toInt(), 0); // Thursday: still to come
        QCOMPARE(week().data(Model::SoFarScheduledRole).toInt(), 3 * 480);
        QCOMPARE(week().data(Model::SoFarMinutesRole).toInt(), 480);
        QCOMPARE(week().data(Model::SoFarOvertimeRole).toInt(), 480 - 3 * 480);
        // The week's balance cell: days still to come add no undertime (as the day cells show).
        QCOMPARE(week().data(Model::OvertimeRole).toInt(), 480 - 3 * 480);
        m_model->setToday(m_monday.addDays(7)); // a week gone by: every day counts
        QCOMPARE(week().data(Model::OvertimeRole).toInt(), 480 - 5 * 480);
        m_model->setToday(m_monday.addDays(2));

        // Time already beyond a future day's schedule shows as overtime.
        QVERIFY(m_model->setData(m_model->index(0, Model::FirstDayColumn + 3), u"9h"_s));
        QCOMPARE(totalDay(3).data(Model::OvertimeRole).toInt(), 60);

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setToday(m_monday.addDays(-1)); // a week still to come
        QCOMPARE(changed.count(), 1);
        QCOMPARE(week().data(Model::SoFarScheduledRole).toInt(), 0);
        QCOMPARE(week().data(Model::SoFarOvertimeRole).toInt(), 0);
        QCOMPARE(totalDay(2).data(Model::OvertimeRole).toInt(), 0);
    }

    void refusedTimeIsNotCounted()
    {
        // Tuesday: the server has 8:00 of Design; the user typed 3:00 and it was refused.
        const QModelIndex tuesday = m_model->index(0, Model::FirstDayColumn + 1);
        QVERIFY(m_model->setData(tuesday, u"3h"_s));
        QCOMPARE(week().data(Model::MinutesRole).toInt(), 180);
        QVERIFY(m_store->markRejected(m_store->pendingEdits().first(), u"Locked"_s));
        m_model->reload();
        QCOMPARE(CellState(tuesday.data(Model::CellStateRole).toInt()), CellState::Rejected);
        QCOMPARE(tuesday.data().toString(), u"3:00"_s); // still shown, marked
        // The totals count what the server holds; the refused value is named apart.
        QCOMPARE(week().data(Model::MinutesRole).toInt(), 480);
        QCOMPARE(m_model->index(0, Model::TotalColumn).data(Model::MinutesRole).toInt(), 480);
        QCOMPARE(totalDay(1).data(Model::OvertimeRole).toInt(), 0);
        QCOMPARE(week().data(Model::RefusedMinutesRole).toInt(), 180);
        QVERIFY(week().data(Qt::ToolTipRole).toString().contains(u"not counted: 3:00"_s));
        QVERIFY(tuesday.data(Qt::ToolTipRole).toString().contains(u"server's value (8:00)"_s));

        // Another value is a pending edit again, and counts.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(tuesday, u"2h"_s));
        QCOMPARE(week().data(Model::MinutesRole).toInt(), 120);
        QVERIFY(changed.count() > 1); // the totals too, not only the cell
        QCOMPARE(week().data(Model::RefusedMinutesRole).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTimesheetFigures)
#include "tst_timesheetfigures.moc"
