// The manager review through the real main window against the emulator, driven by keys and
// clicks: every member listed (with or without time), leave shown, Enter opens a member's week —
// editable by keyboard where the account may change that member's time (the change reaches the
// server through the outbox; a refusal shows on the cell), read-only with the reason otherwise —
// filters by keyboard (department, project, customer), lock refused for a manager and done for an
// administrator; charts follow the filters.
#include "accountworkspace.h"
#include "appfixture.h"
#include "cellsyncstate.h"
#include "emulatorfixture.h"
#include "membertimesheetdialog.h"
#include "reviewcharts.h"
#include "reviewfiltermodel.h"
#include "reviewmodel.h"
#include "reviewpage.h"
#include "sessionview.h"
#include "testdataset.h"
#include "timesheetmodel.h"
#include "timesheetview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

ReviewPage *reviewOf(const AppFixture &app)
{
    return app.view() ? app.view()->review() : nullptr;
}

ReviewModel *reviewModelOf(const AppFixture &app)
{
    return reviewOf(app) ? reviewOf(app)->model() : nullptr;
}

int proxyRowOf(const QAbstractItemModel *model, int userId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ReviewModel::UserIdRole).toInt() == userId)
            return row;
    }
    return -1;
}

// The server's minutes of a user's task on a day; -1 when it has no record.
int serverMinutes(EmulatorFixture &server, int userId, const QDate &date, int taskId)
{
    const auto day = server.data().timetrack.find(emu::dayKey(date, userId));
    if (day == server.data().timetrack.end())
        return -1;
    const auto record = day->second.find(taskId);
    return record == day->second.end() ? -1 : record->second.time;
}

} // namespace

class TestReviewPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    std::unique_ptr<EmulatorFixture> m_server;

    // Signs in, opens the review with Ctrl+4 and waits for the team's week from the server.
    void openReview(AppFixture &app, const QString &login, const QString &password = {})
    {
        QVERIFY(app.signIn(AppFixture::accountOn(*m_server, login), password));
        QTRY_VERIFY_WITH_TIMEOUT(app.view()->isPageAvailable(SessionView::Review), 10000);
        QTest::keyClick(app.window.get(), Qt::Key_4, Qt::ControlModifier);
        QTRY_COMPARE(app.view()->currentPage(), SessionView::Review);
        QTRY_VERIFY_WITH_TIMEOUT(reviewModelOf(app)->asOf().isValid(), 10000);
        QCOMPARE(reviewModelOf(app)->from(), testdata::kWeekStart);
        new QAbstractItemModelTester(reviewOf(app)->proxy(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }
    QPushButton *button(AppFixture &app, const QString &name)
    {
        return reviewOf(app)->findChild<QPushButton *>(name);
    }
    // Selects a member's row with the keyboard: Home, then Down until it is current.
    void selectMember(AppFixture &app, int userId)
    {
        QTableView *view = reviewOf(app)->view();
        view->setFocus();
        const int row = proxyRowOf(view->model(), userId);
        QVERIFY(row >= 0);
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().data(ReviewModel::UserIdRole).toInt(), userId);
    }
    // Enter on a member's row: their timesheet of the period, once its week is cached.
    MemberTimesheetDialog *drillDown(AppFixture &app, int userId)
    {
        [&]() { QTRY_VERIFY(reviewModelOf(app)->rowOfUser(userId) >= 0); }();
        selectMember(app, userId);
        QTest::keyClick(reviewOf(app)->view(), Qt::Key_Return);
        MemberTimesheetDialog *dialog = reviewOf(app)->memberTimesheet();
        if (!dialog)
            return nullptr;
        [&]() {
            QTRY_VERIFY(dialog->isVisible());
            QVERIFY(QTest::qWaitForWindowActive(dialog));
        }();
        return dialog;
    }
    // The drill-down's row of a task, once the member's week has it.
    int taskRow(TimesheetModel *week, int taskId)
    {
        int found = -1;
        [&]() {
            QTRY_VERIFY_WITH_TIMEOUT(
                [&]() {
                    for (int row = 0; row < week->bodyRowCount(); ++row) {
                        if (week->taskId(row) == taskId)
                            found = row;
                    }
                    return found >= 0;
                }(),
                10000);
        }();
        return found;
    }
    // Keys typed into the drill-down's table: the first opens the cell's editor, the rest go to
    // the editor while it is open.
    static QWidget *keyTarget(TimesheetView *view)
    {
        QLineEdit *editor = view->isEditing() ? view->findChild<QLineEdit *>() : nullptr;
        return editor ? static_cast<QWidget *>(editor) : view;
    }
    static void type(TimesheetView *view, const QString &keys)
    {
        for (const QChar c : keys)
            QTest::keyClick(keyTarget(view), c.toLatin1());
    }
    // Moves the drill-down's current cell to (row, day) with the arrow keys.
    void goToCell(MemberTimesheetDialog *dialog, int row, int day)
    {
        TimesheetView *view = dialog->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier); // the first row's task cell
        for (int i = 0; i < row; ++i)
            QTest::keyClick(view, Qt::Key_Down);
        for (int i = 0; i < TimesheetModel::FirstDayColumn + day; ++i)
            QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->currentIndex().row(), row);
        QCOMPARE(view->currentIndex().column(), TimesheetModel::FirstDayColumn + day);
    }
    // Lock… → the confirmation → Yes; the page's message afterwards.
    QString lockAndConfirm(AppFixture &app)
    {
        QLabel *message = reviewOf(app)->findChild<QLabel *>(u"reviewMessage"_s);
        message->clear();
        QTest::mouseClick(button(app, u"reviewLock"_s), Qt::LeftButton);
        QMessageBox *box = nullptr;
        [&]() {
            QTRY_VERIFY(box = reviewOf(app)->findChild<QMessageBox *>(u"reviewLockConfirm"_s));
        }();
        if (!box)
            return {};
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        [&]() { QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty(), 10000); }();
        return message->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The daily "missing time" reminder (17:00 local by default) would open a modal warning
        // in the middle of a test run in the evening: not what this suite is about.
        AppFixture::useTestSettings();
    }
    void init()
    {
        QVERIFY(m_profile.isValid());
        m_server = std::make_unique<EmulatorFixture>(testdata::contractDataset(),
                                                     emu::EmulatorOptions{}, true);
    }
    void cleanup() { m_server.reset(); }

    void managerSeesTheTeamWithoutTimeAndLeave()
    {
        AppFixture app(m_profile.path() + u"/manager"_s);
        openReview(app, u"manager"_s);
        ReviewModel *model = reviewModelOf(app);
        // The team: the employee (time on Monday and Tuesday) and the manager — no time at all.
        QTRY_COMPARE(model->rowCount(), 2);
        QVERIFY(model->rowOfUser(2) >= 0);
        QCOMPARE(model->index(model->rowOfUser(2), ReviewModel::TrackedColumn)
                     .data(ReviewModel::MinutesRole)
                     .toInt(),
                 0);
        QCOMPARE(model->index(model->rowOfUser(3), ReviewModel::FirstDayColumn)
                     .data(ReviewModel::MinutesRole)
                     .toInt(),
                 480);
        QCOMPARE(model->index(model->rowOfUser(3), ReviewModel::DepartmentColumn).data().toString(),
                 u"Engineering"_s);
        // The week before (Alt+Left): the employee's Friday was a day of vacation.
        QTest::keyClick(app.window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(model->from(), testdata::kWeekStart.addDays(-7));
        QTRY_VERIFY_WITH_TIMEOUT(model->asOf().isValid(), 10000);
        const QModelIndex friday =
            model->index(model->rowOfUser(3), ReviewModel::FirstDayColumn + 4);
        QTRY_COMPARE(friday.data(ReviewModel::LeaveMinutesRole).toInt(), 480);
        QCOMPARE(friday.data(ReviewModel::LeaveTypesRole).toStringList(),
                 QStringList{u"Vacation 8:00"_s});
        QVERIFY(friday.data(Qt::DisplayRole).toString().contains(u"8:00"_s));
        // That week's Monday is approved.
        QCOMPARE(model->index(model->rowOfUser(3), ReviewModel::FirstDayColumn)
                     .data(ReviewModel::ApprovedRole)
                     .toBool(),
                 true);
    }

    void managerCorrectsAMembersCellByKeyboard()
    {
        AppFixture app(m_profile.path() + u"/drill"_s);
        openReview(app, u"manager"_s);
        MemberTimesheetDialog *dialog = drillDown(app, 3);
        QVERIFY(dialog && dialog->width() < dialog->screen()->availableSize().width());
        QVERIFY(dialog);
        TimesheetModel *week = dialog->model();
        QCOMPARE(week->userId(), 3);
        QCOMPARE(week->weekStart(), testdata::kWeekStart);
        // Tasks × days with the comments: "Design hull" 4:00 on Monday with its comment.
        const int hull = taskRow(week, 1);
        QVERIFY(hull >= 0);
        const QModelIndex monday = week->index(hull, TimesheetModel::FirstDayColumn);
        QCOMPARE(monday.data(DayGridModel::MinutesRole).toInt(), 240);
        QCOMPARE(monday.data(TimesheetModel::CommentRole).toString(), u"hull sketches"_s);
        // The manager may change the employee's time: no read-only reason.
        QVERIFY(dialog->isEditable());
        QVERIFY(!dialog->findChild<QLabel *>(u"readOnlyReason"_s));

        // Wednesday (today) of "Design hull": typed, Enter — the server has it.
        const QDate wednesday = testdata::kWeekStart.addDays(2);
        QCOMPARE(serverMinutes(*m_server, 3, wednesday, 1), -1);
        goToCell(dialog, hull, 2);
        type(dialog->view(), u"2:30"_s);
        QTest::keyClick(keyTarget(dialog->view()), Qt::Key_Return);
        const QModelIndex cell = week->index(hull, TimesheetModel::FirstDayColumn + 2);
        QCOMPARE(cell.data(DayGridModel::MinutesRole).toInt(), 150);
        QTRY_COMPARE_WITH_TIMEOUT(serverMinutes(*m_server, 3, wednesday, 1), 150, 10000);
        QTRY_COMPARE(cell.data(DayGridModel::CellStateRole).toInt(), int(CellState::Synced));
        // The review follows the cache: the employee's Wednesday shows it.
        QTRY_COMPARE(reviewModelOf(app)
                         ->index(reviewModelOf(app)->rowOfUser(3), ReviewModel::FirstDayColumn + 2)
                         .data(ReviewModel::MinutesRole)
                         .toInt(),
                     150);

        // The server locks Tuesday meanwhile: the correction is refused, and the cell says so.
        m_server->data().lockedDays.insert(emu::dayKey(testdata::kWeekStart.addDays(1), 3));
        goToCell(dialog, hull, 1);
        type(dialog->view(), u"7"_s);
        QTest::keyClick(keyTarget(dialog->view()), Qt::Key_Return);
        const QModelIndex tuesday = week->index(hull, TimesheetModel::FirstDayColumn + 1);
        QTRY_COMPARE_WITH_TIMEOUT(tuesday.data(DayGridModel::CellStateRole).toInt(),
                                  int(CellState::Rejected), 10000);
        QVERIFY(!tuesday.data(DayGridModel::MessageRole).toString().isEmpty());
        QCOMPARE(serverMinutes(*m_server, 3, testdata::kWeekStart.addDays(1), 1), 480);

        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!reviewOf(app)->memberTimesheet());
    }

    void aMemberWhoseTimeTheAccountMayNotChangeIsReadOnlyAndSaysWhy()
    {
        // The disabled user has an hour on Monday: the server takes no time for them any more,
        // not even from an administrator.
        m_server->data().timetrack[emu::dayKey(testdata::kWeekStart, 5)] = {{1, {60, QString()}}};
        AppFixture app(m_profile.path() + u"/readonly"_s);
        openReview(app, u"admin"_s, u"manager"_s);
        MemberTimesheetDialog *dialog = drillDown(app, 5);
        QVERIFY(dialog);
        QVERIFY(!dialog->isEditable());
        QLabel *reason = dialog->findChild<QLabel *>(u"readOnlyReason"_s);
        QVERIFY(reason && reason->isVisible());
        QVERIFY2(reason->text().contains(u"disabled"_s), qPrintable(reason->text()));
        // Typing on Monday's hour changes nothing, here or on the server, and says why.
        TimesheetModel *week = dialog->model();
        const int hull = taskRow(week, 1);
        QVERIFY(hull >= 0);
        goToCell(dialog, hull, 0);
        type(dialog->view(), u"9"_s);
        QVERIFY(!dialog->view()->isEditing());
        QCOMPARE(week->index(hull, TimesheetModel::FirstDayColumn)
                     .data(DayGridModel::MinutesRole)
                     .toInt(),
                 60);
        QLabel *message = dialog->findChild<QLabel *>(u"memberTimesheetMessage"_s);
        QVERIFY(message && message->isVisible() && !message->text().isEmpty());
        QCOMPARE(serverMinutes(*m_server, 5, testdata::kWeekStart, 1), 60);
    }

    void filtersByKeyboard()
    {
        AppFixture app(m_profile.path() + u"/filters"_s);
        openReview(app, u"admin"_s, u"manager"_s);
        ReviewFilterModel *proxy = reviewOf(app)->proxy();
        ReviewModel *model = reviewModelOf(app);
        // An administrator reviews everybody: five users, three without time this week.
        QTRY_COMPARE(proxy->rowCount(), 5);
        QTRY_COMPARE(model->index(model->rowOfUser(4), ReviewModel::FirstDayColumn + 1)
                         .data(ReviewModel::LeaveTypesRole)
                         .toStringList(),
                     QStringList{u"Sick Leave 4:00"_s});

        // Ctrl+F, a name: one row.
        QLineEdit *search = reviewOf(app)->findChild<QLineEdit *>(u"reviewSearch"_s);
        QTest::keyClick(app.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"emma"_s);
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, 0).data(ReviewModel::UserIdRole).toInt(), 3);
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(search, Qt::Key_Backspace);
        QCOMPARE(proxy->rowCount(), 5);

        // Alt+P to the department filter, Down to "Engineering" (the first after "All").
        QComboBox *department = reviewOf(app)->findChild<QComboBox *>(u"reviewDepartment"_s);
        QTRY_VERIFY_WITH_TIMEOUT(department->findText(u"Engineering"_s) == 1, 10000);
        QTest::keyClick(app.window.get(), Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(department->hasFocus());
        QTest::keyClick(department, Qt::Key_Down);
        QCOMPARE(department->currentText(), u"Engineering"_s);
        QCOMPARE(proxy->rowCount(), 2); // the manager and the employee
        QTest::keyClick(department, Qt::Key_Home);
        QCOMPARE(proxy->rowCount(), 5);

        // Alt+J to the project filter: the projects with time this week, by name; choosing one
        // shows who tracked time on it.
        QComboBox *project = reviewOf(app)->findChild<QComboBox *>(u"reviewProject"_s);
        QTest::keyClick(app.window.get(), Qt::Key_J, Qt::AltModifier);
        QTRY_VERIFY(project->hasFocus());
        QCOMPARE(project->count(), 3);
        QCOMPARE(project->itemText(1), u"Big Bang Company › Spaceship building"_s);
        QCOMPARE(project->itemText(2), u"Galaxy Corp › Mobile app"_s);
        QTest::keyClick(project, Qt::Key_Down);
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, 0).data(ReviewModel::UserIdRole).toInt(), 3);
        QTest::keyClick(project, Qt::Key_Down);
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, 0).data(ReviewModel::UserIdRole).toInt(), 4);
        QTest::keyClick(project, Qt::Key_Home);
        QCOMPARE(proxy->rowCount(), 5);
        // Alt+S to the customer filter: Galaxy Corp is Oscar's.
        QComboBox *customer = reviewOf(app)->findChild<QComboBox *>(u"reviewCustomer"_s);
        QTest::keyClick(app.window.get(), Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(customer->hasFocus());
        QCOMPARE(customer->count(), 3);
        QCOMPARE(customer->itemText(2), u"Galaxy Corp"_s);
        QTest::keyClick(customer, Qt::Key_End);
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, 0).data(ReviewModel::UserIdRole).toInt(), 4);
        QTest::keyClick(customer, Qt::Key_Home);
        QCOMPARE(proxy->rowCount(), 5);

        // Alt+M: only people with missing time (working days up to Wednesday short).
        QCheckBox *missing = reviewOf(app)->findChild<QCheckBox *>(u"reviewOnlyMissing"_s);
        QTest::keyClick(app.window.get(), Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(missing->isChecked());
        QVERIFY(proxy->rowCount() >= 1);
        for (int row = 0; row < proxy->rowCount(); ++row)
            QVERIFY(
                proxy->index(row, ReviewModel::MissingColumn).data(ReviewModel::MissingRole).toInt()
                > 0);
        QTest::keyClick(app.window.get(), Qt::Key_M, Qt::AltModifier);
        QCOMPARE(proxy->rowCount(), 5);

        // A click on "Difference" sorts the most undertime first.
        QTableView *view = reviewOf(app)->view();
        view->sortByColumn(ReviewModel::DifferenceColumn, Qt::AscendingOrder);
        for (int row = 1; row < proxy->rowCount(); ++row)
            QVERIFY(proxy->index(row - 1, ReviewModel::DifferenceColumn)
                        .data(ReviewModel::SortRole)
                        .toInt()
                    <= proxy->index(row, ReviewModel::DifferenceColumn)
                           .data(ReviewModel::SortRole)
                           .toInt());

        // Alt+C: the charts, of the members the filters show, following them.
        QTest::keyClick(app.window.get(), Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(reviewOf(app)->charts());
        ReviewCharts *charts = reviewOf(app)->charts();
        QCOMPARE(charts->tabs()->count(), 4);
        // Sized for a large screen, it still fits this one (offscreen: 800 × 600).
        QVERIFY(charts->width() < charts->screen()->availableSize().width());
        QVERIFY(charts->height() < charts->screen()->availableSize().height());
        QCOMPARE(charts->shownUserIds().size(), 5);
        search->setFocus();
        QTest::keyClicks(search, u"emma"_s);
        QTRY_COMPARE(charts->shownUserIds(), QList<int>{3});
    }

    void lockRefusedForAManager()
    {
        AppFixture app(m_profile.path() + u"/lock-manager"_s);
        openReview(app, u"manager"_s);
        QTRY_VERIFY(reviewModelOf(app)->rowOfUser(3) >= 0);
        selectMember(app, 3);
        const auto lockedBefore = m_server->data().lockedDays;
        const QString message = lockAndConfirm(app);
        QVERIFY2(message.contains(u"did not lock"_s), qPrintable(message));
        QVERIFY(m_server->data().lockedDays == lockedBefore);
    }

    void lockDoneForAnAdministrator()
    {
        AppFixture app(m_profile.path() + u"/lock-admin"_s);
        openReview(app, u"admin"_s, u"manager"_s);
        QTRY_VERIFY(reviewModelOf(app)->rowOfUser(3) >= 0);
        selectMember(app, 3);
        const auto lockedBefore = m_server->data().lockedDays;
        const QString message = lockAndConfirm(app);
        QVERIFY2(message.startsWith(u"Locked"_s), qPrintable(message));
        // The employee's seven days, nobody else's.
        QCOMPARE(int(m_server->data().lockedDays.size()),
                 int(lockedBefore.size() + 7
                     - lockedBefore.count(emu::dayKey(testdata::kWeekStart, 3))));
        QCOMPARE(int(m_server->data().lockedDays.count(emu::dayKey(testdata::kWeekStart, 3))), 1);
    }

    // A window of 800 × 600 stays that wide while the review fetches (its progress and Cancel
    // beside the title) and shows a month: a window that grew once does not shrink back.
    void theReviewFitsAWindowOf800Pixels()
    {
        AppFixture::Options options;
        options.show = false;
        AppFixture app(m_profile.path() + u"/narrow"_s, options);
        app.window->resize(800, 600);
        int widest = 0;
        const auto watch = [&app, &widest]() { widest = std::max(widest, app.window->width()); };
        QTimer watcher;
        QObject::connect(&watcher, &QTimer::timeout, &watcher, watch);
        watcher.start(5);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        openReview(app, u"manager"_s);
        auto *period = reviewOf(app)->findChild<QComboBox *>(u"reviewPeriod"_s);
        QVERIFY(period);
        // A month, chosen by keys (Down on the focused box): fetched with progress.
        period->setFocus();
        QTRY_VERIFY(period->hasFocus());
        QTest::keyClick(period, Qt::Key_Down);
        QCOMPARE(period->currentIndex(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(reviewModelOf(app)->asOf().isValid()
                                     && reviewModelOf(app)->to()
                                         > reviewModelOf(app)->from().addDays(20),
                                 10000);
        QTest::keyClick(app.window.get(), Qt::Key_F5); // fetched again
        QTest::qWait(300);
        watch();
        QVERIFY2(widest <= 800, qPrintable(QString::number(widest)));
        QCOMPARE(app.window->width(), 800);
    }

    void openInActiTimeIsTheApprovalPage()
    {
        AppFixture app(m_profile.path() + u"/web"_s);
        openReview(app, u"manager"_s);
        // The installation's root (where /api/v1 lives) and the web interface's approval page.
        QCOMPARE(app.workspace()->teamApprovalUrl(),
                 QUrl(u"http://127.0.0.1:%1/administration/approve_tt.do"_s.arg(m_server->port())));
    }
};

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
