// The whole app against the in-process emulator, as a user drives it: sign in, type into a
// timesheet cell, see the totals change and the PATCH reach the server; restart without a server
// and see the cached week (and keep editing offline); switch to the manager and review the team.
#include "appfixture.h"
#include "emulatorfixture.h"
#include "leavepage.h"
#include "mainwindow.h"
#include "reviewmodel.h"
#include "reviewpage.h"
#include "scopetreemodel.h"
#include "sessioncontroller.h"
#include "sessionview.h"
#include "signindialog.h"
#include "statusindicators.h"
#include "store.h"
#include "taskbrowserpage.h"
#include "testdataset.h"
#include "timesheetmodel.h"
#include "timesheetpage.h"
#include "timesheetview.h"

#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

int rowOfTask(TimesheetModel *model, int taskId)
{
    for (int row = 0; row < model->totalRow(); ++row) {
        if (model->taskId(row) == taskId)
            return row;
    }
    return -1;
}

} // namespace

class TestMainWindowFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    std::unique_ptr<EmulatorFixture> m_server;

    Account account(const QString &login) const { return AppFixture::accountOn(*m_server, login); }
    // Waits until the timesheet shows the server's data for the pinned week.
    static void signInAndWait(AppFixture &app, const Account &account, const QString &password)
    {
        QVERIFY(app.signIn(account, password));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_profile.isValid());
        // Real time: the sync engine's timers and the rate windows run as they would in use.
        m_server = std::make_unique<EmulatorFixture>(testdata::contractDataset(),
                                                     emu::EmulatorOptions{}, true);
    }
    void cleanup() { m_server.reset(); }

    void typeIntoACellReachesTheServerAndSurvivesARestartOffline()
    {
        const QDate wednesday = testdata::kWeekStart.addDays(2);
        const int column = TimesheetModel::FirstDayColumn + 2;
        {
            AppFixture app(m_profile.path());
            signInAndWait(app, account(u"employee"_s), u"employee"_s);
            TimesheetModel *model = app.model();
            QCOMPARE(model->weekStart(), testdata::kWeekStart);
            const int row = rowOfTask(model, 1); // Design hull: 4:00 Mon, 8:00 Tue
            QVERIFY(row >= 0);
            const QModelIndex weekTotal =
                model->index(model->totalRow(), TimesheetModel::TotalColumn);
            QCOMPARE(weekTotal.data(TimesheetModel::MinutesRole).toInt(), 960);

            // The user moves to Wednesday of "Design hull" and types 2:30, Enter.
            TimesheetView *view = app.view()->timesheet()->view();
            view->setFocus();
            view->setCurrentIndex(model->index(row, column));
            QTest::keyClick(view, '2'); // type-to-edit: the first key opens the editor
            QVERIFY(view->isEditing());
            QTest::keyClicks(QApplication::focusWidget(), u":30"_s);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QCOMPARE(model->index(row, column).data().toString(), u"2:30"_s);
            QCOMPARE(model->index(row, TimesheetModel::TotalColumn)
                         .data(TimesheetModel::MinutesRole)
                         .toInt(),
                     870);
            QCOMPARE(weekTotal.data(TimesheetModel::MinutesRole).toInt(), 1110);
            QCOMPARE(
                model->index(model->totalRow(), column).data(TimesheetModel::MinutesRole).toInt(),
                150);

            // The edit reaches the emulator (PATCH) and leaves the outbox.
            auto client = m_server->client(u"employee"_s);
            const QString path = u"/timetrack/3/%1/1"_s.arg(wednesday.toString(Qt::ISODate));
            QTRY_COMPARE_WITH_TIMEOUT(client->get(path).object().value(u"time"_s).toInt(), 150,
                                      10000);
            QTRY_COMPARE_WITH_TIMEOUT(app.store()->outboxCount(OutboxState::Pending), 0, 10000);
            QTRY_VERIFY(app.window->statusIndicators()->connectionText().contains(u"Online"_s));
            QVERIFY(app.window->statusIndicators()->outboxText().isEmpty());
        }

        // Quit, the server goes away, start again: the cached week shows at once.
        m_server.reset();
        AppFixture app(m_profile.path());
        app.controller.start();
        QVERIFY(app.view());
        TimesheetModel *model = app.model();
        const int row = rowOfTask(model, 1);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, column).data().toString(), u"2:30"_s);
        QCOMPARE(model->index(model->totalRow(), TimesheetModel::TotalColumn)
                     .data(TimesheetModel::MinutesRole)
                     .toInt(),
                 1110);
        // Overtime comes from the cached schedule, offline as online (the contract week has a
        // holiday: 4 working days of 8:00).
        const QModelIndex week = model->index(model->totalRow(), TimesheetModel::TotalColumn);
        QCOMPARE(week.data(TimesheetModel::ScheduledRole).toInt(), 4 * 480);
        // The week's balance is the sum of the day balances shown; days after "today" add no
        // undertime, so it is above the whole week's 1110 - 4 * 480.
        int days = 0;
        for (int c = TimesheetModel::FirstDayColumn; c <= TimesheetModel::LastDayColumn; ++c)
            days += model->index(model->totalRow(), c).data(TimesheetModel::OvertimeRole).toInt();
        QCOMPARE(week.data(TimesheetModel::OvertimeRole).toInt(), days);
        QVERIFY(days > 1110 - 4 * 480);
        // No saved password (keychain off here): the dialog asks, over the usable cached week.
        QTRY_VERIFY(app.window->signInDialog()->isVisible());
        app.window->signInDialog()->hide();
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));

        // Editing offline still works: the cell waits in the outbox and the status bar says so.
        TimesheetView *view = app.view()->timesheet()->view();
        view->setFocus();
        view->setCurrentIndex(model->index(row, column + 1));
        QTest::keyClick(view, '1');
        QVERIFY(view->isEditing());
        QTest::keyClicks(QApplication::focusWidget(), u".5"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(model->index(row, column + 1).data(TimesheetModel::MinutesRole).toInt(), 90);
        QCOMPARE(app.store()->outboxCount(OutboxState::Pending), 1);
        QTRY_VERIFY(app.window->statusIndicators()->outboxText().contains(u"1 change"_s));
    }

    void tasksPageAddsATaskToTheWeek()
    {
        AppFixture app(m_profile.path());
        signInAndWait(app, account(u"employee"_s), u"employee"_s);
        TaskBrowserPage *tasks = app.view()->tasks();
        app.view()->showPage(SessionView::Tasks); // the tree is read when first shown
        QTRY_VERIFY_WITH_TIMEOUT(tasks->model()->taskCount() >= 3, 10000);
        QTest::keyClicks(tasks->searchField(), u"landing"_s);
        QTest::keyClick(tasks->searchField(), Qt::Key_Down);
        QTreeView *tree = tasks->view();
        // Walk down to the only matching task and press Enter on it.
        QModelIndex index = tree->model()->index(0, 0);
        while (tree->model()->rowCount(index) > 0)
            index = tree->model()->index(0, 0, index);
        QCOMPARE(index.data().toString(), u"Landing page"_s);
        tree->setCurrentIndex(index);
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(app.view()->currentPage(), SessionView::Timesheet);
        QVERIFY(rowOfTask(app.model(), 3) >= 0);
    }

    void demoMenuSwitchesToTheManagerWhoReviewsTheTeam()
    {
        AppFixture app(m_profile.path());
        app.window->setDemoSignIns({{account(u"employee"_s), u"employee"_s, u"Employee"_s},
                                    {account(u"manager"_s), u"manager"_s, u"Manager"_s}});
        signInAndWait(app, account(u"employee"_s), u"employee"_s);
        QTRY_VERIFY_WITH_TIMEOUT(app.controller.workspace()->isSignedIn(), 10000);
        QVERIFY(!app.view()->isPageAvailable(SessionView::Review));

        QAction *asManager = nullptr;
        for (QAction *action : app.window->findChildren<QAction *>()) {
            if (action->text() == u"Sign In as Manager"_s)
                asManager = action;
        }
        QVERIFY(asManager);
        QSignalSpy refreshed(app.window.get(), &MainWindow::timesheetRefreshed);
        asManager->trigger();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(app.controller.workspace()->account().login, u"manager"_s);
        QTRY_VERIFY_WITH_TIMEOUT(app.view()->isPageAvailable(SessionView::Review), 10000);

        app.view()->showPage(SessionView::Review);
        ReviewModel *team = app.view()->review()->model();
        // The employee's Monday: 4:00 + 4:00 in the contract dataset.
        QTRY_VERIFY_WITH_TIMEOUT(team->rowOfUser(3) >= 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(team->index(team->rowOfUser(3), ReviewModel::FirstDayColumn)
                                      .data(ReviewModel::MinutesRole)
                                      .toInt(),
                                  480, 10000);
    }
};

QTEST_MAIN(TestMainWindowFlow)
#include "tst_mainwindowflow.moc"
