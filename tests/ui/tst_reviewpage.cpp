// The manager review through the real main window against the emulator, driven by keys and
// clicks: every member listed (with or without time), leave shown, Enter opens a member's week
// (read-only), filters by keyboard, lock refused for a manager and done for an administrator;
// charts follow the filters.
#include "accountregistry.h"
#include "credentialstore.h"
#include "emulatorfixture.h"
#include "mainwindow.h"
#include "membertimesheetdialog.h"
#include "reviewcharts.h"
#include "reviewfiltermodel.h"
#include "reviewmodel.h"
#include "reviewpage.h"
#include "sessioncontroller.h"
#include "sessionview.h"
#include "testdataset.h"
#include "timesheetmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

struct App
{
    explicit App(const QString &profile)
        : settings(profile + u"/settings.ini"_s, QSettings::IniFormat), registry(&settings),
          credentials(u"actidesk-test-review"_s), controller(registry, credentials)
    {
        controller.setKeychainEnabled(false);
        controller.setStorePathResolver([profile](const Account &account) {
            return QString(profile + u"/cache-" + account.login + u".sqlite");
        });
        SessionOptions options;
        options.probeIntervalMs = 200;
        controller.setSessionOptions(options);
        window = std::make_unique<MainWindow>(controller, registry);
        window->setToday(testdata::kToday);
        window->show();
    }
    ~App() { window.reset(); }

    SessionView *view() const { return window->sessionView(); }
    ReviewPage *review() const { return view()->review(); }
    ReviewModel *model() const { return review()->model(); }

    QSettings settings;
    AccountRegistry registry;
    CredentialStore credentials;
    SessionController controller;
    std::unique_ptr<MainWindow> window;
};

int proxyRowOf(const QAbstractItemModel *model, int userId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ReviewModel::UserIdRole).toInt() == userId)
            return row;
    }
    return -1;
}

} // namespace

class TestReviewPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    std::unique_ptr<EmulatorFixture> m_server;

    // Signs in, opens the review with Ctrl+4 and waits for the team's week from the server.
    void openReview(App &app, const QString &login, const QString &password)
    {
        QSignalSpy refreshed(app.window.get(), &MainWindow::timesheetRefreshed);
        app.controller.signIn({QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port())), login, {}},
                              password, false);
        QVERIFY(refreshed.wait(10000) || refreshed.count() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(app.view()->isPageAvailable(SessionView::Review), 10000);
        QTest::keyClick(app.window.get(), Qt::Key_4, Qt::ControlModifier);
        QTRY_COMPARE(app.view()->currentPage(), SessionView::Review);
        QTRY_VERIFY_WITH_TIMEOUT(app.model()->asOf().isValid(), 10000);
        QCOMPARE(app.model()->from(), testdata::kWeekStart);
        new QAbstractItemModelTester(app.review()->proxy(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }
    QPushButton *button(App &app, const QString &name)
    {
        return app.review()->findChild<QPushButton *>(name);
    }
    // Selects a member's row with the keyboard: Home, then Down until it is current.
    void selectMember(App &app, int userId)
    {
        QTableView *view = app.review()->view();
        view->setFocus();
        const int row = proxyRowOf(view->model(), userId);
        QVERIFY(row >= 0);
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().data(ReviewModel::UserIdRole).toInt(), userId);
    }
    // Lock… → the confirmation → Yes; the page's message afterwards.
    QString lockAndConfirm(App &app)
    {
        QLabel *message = app.review()->findChild<QLabel *>(u"reviewMessage"_s);
        message->clear();
        QTest::mouseClick(button(app, u"reviewLock"_s), Qt::LeftButton);
        QMessageBox *box = nullptr;
        [&]() {
            QTRY_VERIFY(box = app.review()->findChild<QMessageBox *>(u"reviewLockConfirm"_s));
        }();
        if (!box)
            return {};
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        [&]() { QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty(), 10000); }();
        return message->text();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_profile.isValid());
        m_server = std::make_unique<EmulatorFixture>(testdata::contractDataset(),
                                                     emu::EmulatorOptions{}, true);
    }
    void cleanup() { m_server.reset(); }

    void managerSeesTheTeamWithoutTimeAndLeave()
    {
        App app(m_profile.path() + u"/manager"_s);
        openReview(app, u"manager"_s, u"manager"_s);
        ReviewModel *model = app.model();
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

    void enterOpensTheMembersWeekReadOnly()
    {
        App app(m_profile.path() + u"/drill"_s);
        openReview(app, u"manager"_s, u"manager"_s);
        QTRY_VERIFY(app.model()->rowOfUser(3) >= 0);
        selectMember(app, 3);
        QTest::keyClick(app.review()->view(), Qt::Key_Return);
        MemberTimesheetDialog *dialog = app.review()->memberTimesheet();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        TimesheetModel *week = dialog->model();
        QCOMPARE(week->userId(), 3);
        QCOMPARE(week->weekStart(), testdata::kWeekStart);
        // Tasks × days with the comments: "Design hull" 4:00 on Monday with its comment.
        int hull = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                for (int row = 0; row < week->bodyRowCount(); ++row) {
                    if (week->taskId(row) == 1)
                        hull = row;
                }
                return hull >= 0;
            }(),
            10000);
        const QModelIndex monday = week->index(hull, TimesheetModel::FirstDayColumn);
        QCOMPARE(monday.data(DayGridModel::MinutesRole).toInt(), 240);
        QCOMPARE(monday.data(TimesheetModel::CommentRole).toString(), u"hull sketches"_s);
        // Read-only, saying why: typing changes nothing.
        QLabel *reason = dialog->findChild<QLabel *>(u"readOnlyReason"_s);
        QVERIFY(reason && reason->isVisible() && !reason->text().isEmpty());
        dialog->view()->setCurrentIndex(dialog->view()->model()->index(hull, 1));
        QTest::keyClicks(dialog->view(), u"9"_s);
        QCOMPARE(monday.data(DayGridModel::MinutesRole).toInt(), 240);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!app.review()->memberTimesheet());
    }

    void filtersByKeyboard()
    {
        App app(m_profile.path() + u"/filters"_s);
        openReview(app, u"admin"_s, u"manager"_s);
        ReviewFilterModel *proxy = app.review()->proxy();
        // An administrator reviews everybody: five users, three without time this week.
        QTRY_COMPARE(proxy->rowCount(), 5);
        QTRY_COMPARE(app.model()
                         ->index(app.model()->rowOfUser(4), ReviewModel::FirstDayColumn + 1)
                         .data(ReviewModel::LeaveTypesRole)
                         .toStringList(),
                     QStringList{u"Sick Leave 4:00"_s});

        // Ctrl+F, a name: one row.
        QLineEdit *search = app.review()->findChild<QLineEdit *>(u"reviewSearch"_s);
        QTest::keyClick(app.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"emma"_s);
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, 0).data(ReviewModel::UserIdRole).toInt(), 3);
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(search, Qt::Key_Backspace);
        QCOMPARE(proxy->rowCount(), 5);

        // Alt+P to the department filter, Down to "Engineering" (the first after "All").
        QComboBox *department = app.review()->findChild<QComboBox *>(u"reviewDepartment"_s);
        QTRY_VERIFY_WITH_TIMEOUT(department->findText(u"Engineering"_s) == 1, 10000);
        QTest::keyClick(app.window.get(), Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(department->hasFocus());
        QTest::keyClick(department, Qt::Key_Down);
        QCOMPARE(department->currentText(), u"Engineering"_s);
        QCOMPARE(proxy->rowCount(), 2); // the manager and the employee
        QTest::keyClick(department, Qt::Key_Home);
        QCOMPARE(proxy->rowCount(), 5);

        // Alt+M: only people with missing time (working days up to Wednesday short).
        QCheckBox *missing = app.review()->findChild<QCheckBox *>(u"reviewOnlyMissing"_s);
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
        QTableView *view = app.review()->view();
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
        QTRY_VERIFY(app.review()->charts());
        ReviewCharts *charts = app.review()->charts();
        QCOMPARE(charts->tabs()->count(), 4);
        QCOMPARE(charts->shownUserIds().size(), 5);
        search->setFocus();
        QTest::keyClicks(search, u"emma"_s);
        QTRY_COMPARE(charts->shownUserIds(), QList<int>{3});
    }

    void lockRefusedForAManager()
    {
        App app(m_profile.path() + u"/lock-manager"_s);
        openReview(app, u"manager"_s, u"manager"_s);
        QTRY_VERIFY(app.model()->rowOfUser(3) >= 0);
        selectMember(app, 3);
        const auto lockedBefore = m_server->data().lockedDays;
        const QString message = lockAndConfirm(app);
        QVERIFY2(message.contains(u"did not lock"_s), qPrintable(message));
        QVERIFY(m_server->data().lockedDays == lockedBefore);
    }

    void lockDoneForAnAdministrator()
    {
        App app(m_profile.path() + u"/lock-admin"_s);
        openReview(app, u"admin"_s, u"manager"_s);
        QTRY_VERIFY(app.model()->rowOfUser(3) >= 0);
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
};

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
