// Leave on the timesheet, through the real main window against the in-process emulator: a sick
// day, a vacation week and a half day show on a read-only Leave row and count toward the day's
// schedule the way actiTIME counts overtime, so none of them reads as undertime.
#include "appfixture.h"
#include "emulatorfixture.h"
#include "leavesummary.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "sessionview.h"
#include "store.h"
#include "testdataset.h"
#include "timesheetmodel.h"
#include "timesheetpage.h"
#include "timesheetview.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int Employee = 3;
constexpr int Vacation = 1;
constexpr int Sick = 2;

} // namespace

class TestTimesheetLeave : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile; // one per test: each starts with no cache
    std::unique_ptr<EmulatorFixture> m_server;
    std::unique_ptr<AppFixture> m_app;

    // Starts the emulator with the contract dataset plus `leave`, signs in, waits for the week.
    void start(const std::map<QDate, std::pair<int, int>> &leave, bool clearLastWeek = false)
    {
        emu::Dataset data = testdata::contractDataset();
        for (const auto &[date, typeAndMinutes] : leave)
            data.leave[emu::dayKey(date, Employee)] = {
                {typeAndMinutes.first, typeAndMinutes.second}};
        if (clearLastWeek)
            data.timetrack.erase(emu::dayKey(testdata::kWeekStart.addDays(-7), Employee));
        m_server = std::make_unique<EmulatorFixture>(data, emu::EmulatorOptions{}, true);
        m_app = std::make_unique<AppFixture>(m_profile->path());
        QVERIFY(m_app->signIn(AppFixture::accountOn(*m_server, u"employee"_s)));
        QCOMPARE(m_app->model()->weekStart(), testdata::kWeekStart);
        QTRY_VERIFY_WITH_TIMEOUT(weekTotal().data(TimesheetModel::ScheduledRole).isValid(), 10000);
    }
    // The week's total cell and a day's total cell of the timesheet.
    QModelIndex weekTotal() const
    {
        return m_app->model()->index(m_app->model()->totalRow(), TimesheetModel::TotalColumn);
    }
    QModelIndex dayTotal(int day) const
    {
        return m_app->model()->index(m_app->model()->totalRow(),
                                     TimesheetModel::FirstDayColumn + day);
    }
    QString leaveText(int day) const
    {
        TimesheetModel *model = m_app->model();
        return model->leaveRow() < 0
            ? QString()
            : model->index(model->leaveRow(), TimesheetModel::FirstDayColumn + day)
                  .data()
                  .toString();
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
    }
    void cleanup()
    {
        m_app.reset();
        m_server.reset();
        m_profile.reset();
    }

    void sickDayIsNotUndertime()
    {
        // Worked Mon 8:00, Tue 8:00; sick today (Wednesday); Thursday is a holiday.
        start({{testdata::kToday, {Sick, 480}}});
        QTRY_COMPARE(leaveText(2), u"8:00"_s);
        TimesheetModel *model = m_app->model();
        QVERIFY(!(model->index(model->leaveRow(), TimesheetModel::FirstDayColumn + 2).flags()
                  & Qt::ItemIsEditable));
        QCOMPARE(dayTotal(2).data(TimesheetModel::OvertimeRole).toInt(), 0);
        QCOMPARE(weekTotal().data(TimesheetModel::SoFarOvertimeRole).toInt(), 0);
        QCOMPARE(weekTotal().data(TimesheetModel::SoFarScheduledRole).toInt(), 3 * 480);
        // Friday is still to come: not undertime.
        QCOMPARE(dayTotal(4).data(TimesheetModel::OvertimeRole).toInt(), 0);
        const QString summary = m_app->page()->summaryText();
        QVERIFY2(
            summary.contains(u"So far 16:00 + 8:00 leave of 24:00 scheduled \u00b7 on schedule"_s),
            qPrintable(summary));
        QVERIFY2(!summary.contains(u"under"_s), qPrintable(summary));
    }

    void vacationWeekIsOnSchedule()
    {
        // Last week: a whole week of vacation and no work.
        const QDate monday = testdata::kWeekStart.addDays(-7);
        std::map<QDate, std::pair<int, int>> leave;
        for (int day = 0; day < 5; ++day)
            leave[monday.addDays(day)] = {Vacation, 480};
        start(leave, true);
        TimesheetView *view = m_app->page()->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_app->model()->weekStart(), monday);
        QTRY_COMPARE_WITH_TIMEOUT(weekTotal().data(TimesheetModel::LeaveRole).toInt(), 5 * 480,
                                  10000);
        QTRY_VERIFY_WITH_TIMEOUT(weekTotal().data(TimesheetModel::ScheduledRole).isValid(), 10000);
        QCOMPARE(weekTotal().data(TimesheetModel::ScheduledRole).toInt(), 5 * 480);
        QCOMPARE(weekTotal().data(TimesheetModel::OvertimeRole).toInt(), 0);
        for (int day = 0; day < 5; ++day)
            QCOMPARE(leaveText(day), u"8:00"_s);
        const QString summary = m_app->page()->summaryText();
        QVERIFY2(summary.contains(
                     u"This week 0:00 + 40:00 leave of 40:00 scheduled \u00b7 on schedule"_s),
                 qPrintable(summary));
    }

    void halfDayCountsHalf()
    {
        // Half a day of vacation today; the other half is typed into "Design hull".
        start({{testdata::kToday, {Vacation, 240}}});
        QTRY_COMPARE(leaveText(2), u"4:00"_s);
        QCOMPARE(dayTotal(2).data(TimesheetModel::OvertimeRole).toInt(), -240);
        QVERIFY(m_app->page()->summaryText().contains(u"4:00 under"_s));

        TimesheetModel *model = m_app->model();
        int row = -1;
        for (int r = 0; r < model->totalRow(); ++r) {
            if (model->taskId(r) == 1)
                row = r;
        }
        QVERIFY(row >= 0);
        TimesheetView *view = m_app->page()->view();
        view->setFocus();
        view->setCurrentIndex(model->index(row, TimesheetModel::FirstDayColumn + 2));
        QTest::keyClick(view, '4');
        QVERIFY(view->isEditing());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dayTotal(2).data(TimesheetModel::MinutesRole).toInt(), 240);
        QCOMPARE(dayTotal(2).data(TimesheetModel::OvertimeRole).toInt(), 0);
        const QString summary = m_app->page()->summaryText();
        QVERIFY2(
            summary.contains(u"So far 20:00 + 4:00 leave of 24:00 scheduled \u00b7 on schedule"_s),
            qPrintable(summary));
    }

    void yearSoFarIsReadFromTheServer()
    {
        // Leave in January and on 2026-11-20, in weeks the user never browses.
        start({{QDate(2026, 1, 14), {Vacation, 480}}, {QDate(2026, 3, 3), {Sick, 240}}});
        Store *store = m_app->controller.workspace()->store();
        const QDate yearStart(2026, 1, 1);
        QTRY_VERIFY_WITH_TIMEOUT(store->days(Employee, yearStart, testdata::kToday).size()
                                     == yearStart.daysTo(testdata::kToday) + 1,
                                 10000);
        const QList<LeaveSummary> summaries =
            leaveSummaries(*store, Employee, testdata::kWeekStart, testdata::kWeekStart.addDays(6),
                           testdata::kToday);
        const auto of = [&summaries](int type) {
            for (const LeaveSummary &s : summaries) {
                if (s.leaveTypeId == type)
                    return s;
            }
            return LeaveSummary{};
        };
        QVERIFY(of(Vacation).yearComplete);
        QCOMPARE(of(Vacation).yearMinutes, 480 + 480); // January and November 20
        QCOMPARE(of(Sick).yearMinutes, 240);
    }
};

QTEST_MAIN(TestTimesheetLeave)
#include "tst_timesheetleave.moc"
