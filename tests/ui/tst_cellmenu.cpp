// The shared cell menu (CellMenu) in the real main window against the in-process emulator: a cell
// the user cleared while the server changed it is in conflict; a right-click offers "Keep Mine
// (empty)", and taking it removes the value on the server.
#include "appfixture.h"
#include "emulatorfixture.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "sessionview.h"
#include "store.h"
#include "taskbrowserpage.h"
#include "tasktimer.h"
#include "testdataset.h"
#include "timesheetmodel.h"
#include "timesheetpage.h"
#include "timesheetview.h"

#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int kEmployee = 3;
constexpr int kDesignHull = 1; // 4:00 on Monday of the pinned week

} // namespace

class TestCellMenu : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    std::unique_ptr<EmulatorFixture> m_server;

    // Right-clicks `point` of `widget` in the window and takes the menu's action `text`; the
    // texts the menu offered.
    static QStringList choose(QWidget *window, QWidget *widget, const QPoint &point,
                              const QString &text)
    {
        QStringList texts;
        QTimer poll;
        poll.setInterval(10);
        QObject::connect(&poll, &QTimer::timeout, [&poll, &texts, &text] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            poll.stop();
            QAction *chosen = nullptr;
            for (QAction *action : menu->actions()) {
                texts << action->text();
                if (action->text() == text && action->isEnabled())
                    chosen = action;
            }
            if (!chosen) {
                menu->close();
                return;
            }
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(chosen).center());
        });
        poll.start();
        QTest::mouseClick(window->windowHandle(), Qt::RightButton, {},
                          widget->mapTo(window, point));
        // A menu opened with popup() (the task browser's) leaves the click at once: wait until
        // the poll has found it. A menu that never opens leaves `texts` empty for the caller.
        (void)QTest::qWaitFor([&poll] { return !poll.isActive(); }, 5000);
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No "time is missing" reminder (a message box without a notification service).
        AppFixture::useTestSettings();
    }
    void init()
    {
        QVERIFY(m_profile.isValid());
        // Real time: the sync engine's timers run as they would in use.
        m_server = std::make_unique<EmulatorFixture>(testdata::contractDataset(),
                                                     emu::EmulatorOptions{}, true);
    }
    void cleanup() { m_server.reset(); }

    void keepMineOnAClearedConflictRemovesTheServersValue()
    {
        AppFixture app(m_profile.path());
        QVERIFY(app.signIn(AppFixture::accountOn(*m_server, u"employee"_s)));
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        TimesheetModel *model = app.model();
        // Monday of "Design hull", found again each time (a reload may move rows).
        const auto monday = [model] {
            for (int row = 0; row < model->totalRow(); ++row) {
                if (model->taskId(row) == kDesignHull)
                    return model->index(row, TimesheetModel::FirstDayColumn);
            }
            return QModelIndex();
        };
        QVERIFY(monday().isValid());
        QCOMPARE(monday().data().toString(), u"4:00"_s);

        // Someone changes the value on the server; the app has not seen it.
        auto client = m_server->client(u"employee"_s);
        const QString path = u"/timetrack/%1/%2/%3"_s.arg(kEmployee)
                                 .arg(testdata::kWeekStart.toString(Qt::ISODate))
                                 .arg(kDesignHull);
        QCOMPARE(client->patch(path, QJsonObject{{u"time"_s, 300}}).status, 200);

        // The user clears the cell: the sync finds the server's 5:00 where 4:00 was.
        TimesheetView *view = app.table();
        view->setFocus();
        view->setCurrentIndex(monday());
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(monday().data(TimesheetModel::MinutesRole).toInt(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(CellState(monday().data(TimesheetModel::CellStateRole).toInt()),
                                  CellState::Conflict, 10000);

        // Right-click on the cell: the menu offers to keep the empty cell, and the user takes it.
        QStringList texts;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&poll, &texts] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return; // not open yet
            poll.stop();
            QAction *keep = nullptr;
            for (QAction *action : menu->actions()) {
                texts << action->text();
                if (action->text() == u"Keep Mine (empty)"_s)
                    keep = action;
            }
            if (!keep) { // the check after the click says what the menu offered
                menu->close();
                return;
            }
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(keep).center());
        });
        poll.start();
        const QPoint at = view->visualRect(monday()).center();
        QTest::mouseClick(app.window->windowHandle(), Qt::RightButton, {},
                          view->viewport()->mapTo(app.window.get(), at));
        QVERIFY2(texts.contains(u"Keep Mine (empty)"_s), qPrintable(texts.join(u", "_s)));
        QVERIFY2(texts.contains(u"Take the Server's (5:00)"_s), qPrintable(texts.join(u", "_s)));

        // The empty value goes to the server again: the record is removed there.
        QTRY_COMPARE_WITH_TIMEOUT(client->get(path).status, 404, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(CellState(monday().data(TimesheetModel::CellStateRole).toInt()),
                                  CellState::Synced, 10000);
        QCOMPARE(monday().data().toString(), QString());
    }

    // A task row's cell menu starts the timer on the task, and then stops it.
    void cellMenuStartsAndStopsTheTimer()
    {
        AppFixture app(m_profile.path());
        QVERIFY(app.signIn(AppFixture::accountOn(*m_server, u"employee"_s)));
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        TaskTimer &timer = app.view()->timer();
        QVERIFY(!timer.isRunning());
        TimesheetView *view = app.table();
        const auto cellCentre = [&app, view] {
            return view->visualRect(app.cellOf(kDesignHull, testdata::kToday)).center();
        };
        QStringList texts =
            choose(app.window.get(), view->viewport(), cellCentre(), u"Start Timer on This Task"_s);
        QVERIFY2(texts.contains(u"Start Timer on This Task"_s), qPrintable(texts.join(u", "_s)));
        QTRY_VERIFY(timer.isRunning());
        QCOMPARE(timer.running()->taskId, kDesignHull);

        texts = choose(app.window.get(), view->viewport(), cellCentre(), u"Stop Timer"_s);
        QVERIFY2(texts.contains(u"Stop Timer"_s), qPrintable(texts.join(u", "_s)));
        QTRY_VERIFY(!timer.isRunning());
    }

    // The task browser's context menu starts the timer on the task clicked.
    void taskBrowserMenuStartsTheTimer()
    {
        AppFixture app(m_profile.path());
        QVERIFY(app.signIn(AppFixture::accountOn(*m_server, u"employee"_s)));
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        app.view()->showPage(SessionView::Tasks);
        TaskBrowserPage *tasks = app.view()->tasks();
        QTreeView *tree = tasks->view();
        // The task "Design hull", found in the tree as the user sees it.
        const auto findHull = [tree] {
            tree->expandAll();
            const QModelIndexList found =
                tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, u"Design hull"_s,
                                     1, Qt::MatchRecursive | Qt::MatchExactly);
            return found.isEmpty() ? QModelIndex() : found.first();
        };
        QTRY_VERIFY_WITH_TIMEOUT(findHull().isValid(), 10000);
        const QModelIndex hull = findHull();
        tree->scrollTo(hull);
        const QStringList texts =
            choose(app.window.get(), tree->viewport(), tree->visualRect(hull).center(),
                   u"Start Timer on This Task"_s);
        QVERIFY2(texts.contains(u"Start Timer on This Task"_s), qPrintable(texts.join(u", "_s)));
        QTRY_VERIFY(app.view()->timer().isRunning());
        QCOMPARE(app.view()->timer().running()->taskId, kDesignHull);
        QVERIFY(app.view()->timer().stop());
    }
};

QTEST_MAIN(TestCellMenu)
#include "tst_cellmenu.moc"
