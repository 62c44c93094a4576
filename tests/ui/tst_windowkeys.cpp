// The window and the keyboard, through the real MainWindow against the in-process emulator: week
// and page keys wherever the focus is (after sidebar and button clicks, in panels and search
// fields), Shift+F10 and the Menu key open the current cell's menu, Help › Keyboard Shortcuts
// lists every shortcut the window answers, everything fits at 800 × 600, a page says "Loading…"
// (not "nothing here") while its first fetch runs, and a click on a status-bar count goes to the
// first such cell.
#include "accountworkspace.h"
#include "appfixture.h"
#include "commentpanel.h"
#include "emulatorfixture.h"
#include "leavemodel.h"
#include "leavepage.h"
#include "mainwindow.h"
#include "referencepage.h"
#include "reviewpage.h"
#include "scopetreemodel.h"
#include "sessioncontroller.h"
#include "sessionview.h"
#include "shortcutsdialog.h"
#include "signindialog.h"
#include "statusindicators.h"
#include "taskbrowserpage.h"
#include "taskpickerdialog.h"
#include "testdataset.h"
#include "timesheetmodel.h"
#include "timesheetpage.h"
#include "timesheetview.h"
#include "weeknavigator.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int kEmployee = 3;
constexpr int kDesignHull = 1; // 4:00 on Monday of the current week

// Where the focus is when the key is pressed, and how it got there.
enum class Focus {
    Grid, // the page's table
    SidebarClick, // a mouse click on the shown page's sidebar item
    CommentEditor, // Ctrl+Enter on a cell with time, then typing
    ButtonClicks, // "›" then "‹" clicked with the mouse, then the focus on a week button
    SearchField, // the page's search field, with text typed
};

QString plain(QString text)
{
    text.remove(u'&');
    if (text.endsWith(u'\u2026'))
        text.chop(1);
    return text.trimmed();
}

bool isInDialog(const QObject *object)
{
    for (const QWidget *widget = qobject_cast<const QWidget *>(object); widget;
         widget = widget->parentWidget()) {
        if (qobject_cast<const QDialog *>(widget))
            return true;
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(Focus)
Q_DECLARE_METATYPE(SessionView::Page)

class TestWindowKeys : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<EmulatorFixture> m_server;
    std::unique_ptr<AppFixture> m_app;

    Account account(const QString &login) const { return AppFixture::accountOn(*m_server, login); }

    void start(const QString &login = u"employee"_s)
    {
        m_app = std::make_unique<AppFixture>(m_profile->path());
        QVERIFY(m_app->signIn(account(login)));
        QVERIFY(QTest::qWaitForWindowActive(m_app->window.get()));
    }

    QListWidget *sidebar() const { return m_app->view()->findChild<QListWidget *>(); }

    void clickSidebar(const QString &text)
    {
        const QList<QListWidgetItem *> items = sidebar()->findItems(text, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QTest::mouseClick(sidebar()->viewport(), Qt::LeftButton, {},
                          sidebar()->visualItemRect(items.first()).center());
    }

    // The week start of what `page` shows (the timesheet's week, the leave page's period).
    QDate shownStart(SessionView::Page page) const
    {
        return page == SessionView::Leave ? m_app->view()->leave()->model()->periodStart()
                                          : m_app->page()->weekStart();
    }

    void putFocus(SessionView::Page page, Focus focus)
    {
        const QString names[SessionView::PageCount] = {u"Timesheet"_s, u"Leave"_s, u"Tasks"_s,
                                                       u"Review"_s, u"Directory"_s};
        switch (focus) {
        case Focus::Grid:
            if (page == SessionView::Leave)
                m_app->view()->leave()->view()->setFocus();
            else
                m_app->table()->setFocus();
            break;
        case Focus::SidebarClick:
            clickSidebar(names[page]);
            QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(sidebar()));
            break;
        case Focus::CommentEditor: {
            QCOMPARE(page, SessionView::Timesheet);
            m_app->table()->setFocus();
            m_app->table()->setCurrentIndex(m_app->cellOf(kDesignHull, testdata::kWeekStart));
            QTest::keyClick(m_app->table(), Qt::Key_Return, Qt::ControlModifier);
            QPlainTextEdit *editor = m_app->page()->commentPanel()->editor();
            QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(editor));
            QTest::keyClicks(editor, u" and the keel"_s);
            break;
        }
        case Focus::ButtonClicks: {
            WeekNavigator *navigator = m_app->view()->weekNavigator(page);
            QVERIFY(navigator);
            const QDate before = shownStart(page);
            QTest::mouseClick(navigator->button(WeekNavigator::Step::Next), Qt::LeftButton);
            QCOMPARE(shownStart(page), before.addDays(7));
            QTest::mouseClick(navigator->button(WeekNavigator::Step::Previous), Qt::LeftButton);
            QCOMPARE(shownStart(page), before);
            navigator->button(WeekNavigator::Step::Previous)->setFocus(Qt::TabFocusReason);
            break;
        }
        case Focus::SearchField: {
            QLineEdit *search = page == SessionView::Tasks
                ? m_app->view()->tasks()->searchField()
                : m_app->view()->reference()->searchField();
            search->setFocus();
            QTest::keyClicks(search, u"hull"_s);
            QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search));
            break;
        }
        }
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
        m_server = std::make_unique<EmulatorFixture>(testdata::contractDataset(),
                                                     emu::EmulatorOptions{}, true);
    }
    void cleanup()
    {
        m_app.reset();
        m_server.reset();
        m_profile.reset();
    }

    void keysWorkWhereverTheFocusIs_data()
    {
        QTest::addColumn<SessionView::Page>("page");
        QTest::addColumn<Focus>("focus");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<SessionView::Page>("expectedPage");
        QTest::addColumn<int>("expectedWeek"); // weeks from the current one, on expectedPage

        using P = SessionView;
        const int alt = Qt::AltModifier;
        const int ctrl = Qt::ControlModifier;
        QTest::newRow("grid, Alt+Right")
            << P::Timesheet << Focus::Grid << int(Qt::Key_Right) << alt << P::Timesheet << 1;
        QTest::newRow("sidebar click, Alt+Right") << P::Timesheet << Focus::SidebarClick
                                                  << int(Qt::Key_Right) << alt << P::Timesheet << 1;
        QTest::newRow("sidebar click, Alt+Left") << P::Timesheet << Focus::SidebarClick
                                                 << int(Qt::Key_Left) << alt << P::Timesheet << -1;
        QTest::newRow("sidebar click, Ctrl+PgDown")
            << P::Timesheet << Focus::SidebarClick << int(Qt::Key_PageDown) << ctrl << P::Timesheet
            << 1;
        QTest::newRow("comment editor, Alt+Right")
            << P::Timesheet << Focus::CommentEditor << int(Qt::Key_Right) << alt << P::Timesheet
            << 1;
        QTest::newRow("comment editor, Alt+Left") << P::Timesheet << Focus::CommentEditor
                                                  << int(Qt::Key_Left) << alt << P::Timesheet << -1;
        QTest::newRow("button clicks, Alt+Right") << P::Timesheet << Focus::ButtonClicks
                                                  << int(Qt::Key_Right) << alt << P::Timesheet << 1;
        QTest::newRow("leave grid, Alt+Right")
            << P::Leave << Focus::Grid << int(Qt::Key_Right) << alt << P::Leave << 1;
        QTest::newRow("leave sidebar click, Alt+Left")
            << P::Leave << Focus::SidebarClick << int(Qt::Key_Left) << alt << P::Leave << -1;
        QTest::newRow("leave button clicks, Alt+Right")
            << P::Leave << Focus::ButtonClicks << int(Qt::Key_Right) << alt << P::Leave << 1;
        QTest::newRow("sidebar click, Ctrl+3")
            << P::Timesheet << Focus::SidebarClick << int(Qt::Key_3) << ctrl << P::Tasks << 0;
        QTest::newRow("comment editor, Ctrl+5")
            << P::Timesheet << Focus::CommentEditor << int(Qt::Key_5) << ctrl << P::Reference << 0;
        QTest::newRow("button clicks, Ctrl+2")
            << P::Timesheet << Focus::ButtonClicks << int(Qt::Key_2) << ctrl << P::Leave << 0;
        QTest::newRow("leave grid, Ctrl+1")
            << P::Leave << Focus::Grid << int(Qt::Key_1) << ctrl << P::Timesheet << 0;
        QTest::newRow("tasks search field, Ctrl+1")
            << P::Tasks << Focus::SearchField << int(Qt::Key_1) << ctrl << P::Timesheet << 0;
        QTest::newRow("directory search field, Ctrl+2")
            << P::Reference << Focus::SearchField << int(Qt::Key_2) << ctrl << P::Leave << 0;
        QTest::newRow("tasks sidebar click, Ctrl+4 (no review: stays)")
            << P::Tasks << Focus::SidebarClick << int(Qt::Key_4) << ctrl << P::Tasks << 0;
    }
    void keysWorkWhereverTheFocusIs()
    {
        QFETCH(SessionView::Page, page);
        QFETCH(Focus, focus);
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(SessionView::Page, expectedPage);
        QFETCH(int, expectedWeek);
        start();
        m_app->view()->showPage(page);
        QCOMPARE(m_app->view()->currentPage(), page);
        putFocus(page, focus);
        if (QTest::currentTestFailed())
            return;
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);

        QTest::keyClick(focused, Qt::Key(key), Qt::KeyboardModifiers(modifiers));

        QCOMPARE(m_app->view()->currentPage(), expectedPage);
        if (expectedPage == SessionView::Timesheet || expectedPage == SessionView::Leave)
            QCOMPARE(shownStart(expectedPage), testdata::kWeekStart.addDays(7 * expectedWeek));
        // The other period page did not move.
        const SessionView::Page other =
            expectedPage == SessionView::Leave ? SessionView::Timesheet : SessionView::Leave;
        QCOMPARE(shownStart(other), testdata::kWeekStart);
        if (focus == Focus::CommentEditor && expectedPage == SessionView::Timesheet) {
            // What was typed in the panel was saved before the week changed.
            QVERIFY(m_app->model()->weekStart() != testdata::kWeekStart);
            m_app->page()->showWeek(testdata::kWeekStart);
            QVERIFY(m_app->cellOf(kDesignHull, testdata::kWeekStart)
                        .data(TimesheetModel::CommentRole)
                        .toString()
                        .endsWith(u"and the keel"_s));
        }
    }

    // "This Week" by key from the sidebar and from a clicked button, on both period pages.
    void thisWeekKeyFromAnywhere_data()
    {
        QTest::addColumn<SessionView::Page>("page");
        QTest::addColumn<Focus>("focus");
        QTest::newRow("timesheet, sidebar click") << SessionView::Timesheet << Focus::SidebarClick;
        QTest::newRow("timesheet, comment editor")
            << SessionView::Timesheet << Focus::CommentEditor;
        QTest::newRow("leave, sidebar click") << SessionView::Leave << Focus::SidebarClick;
    }
    void thisWeekKeyFromAnywhere()
    {
        QFETCH(SessionView::Page, page);
        QFETCH(Focus, focus);
        start();
        m_app->view()->showPage(page);
        putFocus(page, focus);
        if (QTest::currentTestFailed())
            return;
        QWidget *focused = QApplication::focusWidget();
        WeekNavigator *navigator = m_app->view()->weekNavigator(page);
        QVERIFY(!navigator->action(WeekNavigator::Step::Current)->isEnabled());
        QTest::keyClick(focused, Qt::Key_Right, Qt::AltModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(shownStart(page), testdata::kWeekStart.addDays(14));
        QVERIFY(navigator->action(WeekNavigator::Step::Current)->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home, Qt::AltModifier);
        QCOMPARE(shownStart(page), testdata::kWeekStart);
        QVERIFY(!navigator->action(WeekNavigator::Step::Current)->isEnabled());
    }

    // Ctrl+F finds the shown page's own search field, from the sidebar too.
    void findKeyFromTheSidebar()
    {
        start();
        QTest::keyClick(m_app->table(), Qt::Key_3, Qt::ControlModifier);
        clickSidebar(u"Tasks"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(m_app->view()->tasks()->searchField()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_5, Qt::ControlModifier);
        clickSidebar(u"Directory"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(m_app->view()->reference()->searchField()));
    }

    void f5FromTheSidebarRefreshes()
    {
        start();
        clickSidebar(u"Timesheet"_s);
        QSignalSpy refreshed(m_app->window.get(), &MainWindow::timesheetRefreshed);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
        QVERIFY(refreshed.wait(10000));
    }

    // One control, the same texts and tooltips on every page that shows a period.
    void oneWeekNavigationOnEveryPage()
    {
        start();
        const QList<WeekNavigator *> navigators = m_app->window->findChildren<WeekNavigator *>();
        QCOMPARE(navigators.size(), 3); // timesheet, leave, review
        for (WeekNavigator *navigator : navigators) {
            for (const WeekNavigator::Step step : WeekNavigator::kSteps) {
                const WeekNavigator *first = navigators.first();
                QCOMPARE(navigator->button(step)->text(), first->button(step)->text());
                QCOMPARE(navigator->button(step)->toolTip(), first->button(step)->toolTip());
                QVERIFY(navigator->button(step)->toolTip().contains(
                    WeekNavigator::shortcuts(step).first().toString(QKeySequence::NativeText)));
                // The keys are the window's: none of the pages' actions competes for them.
                QVERIFY(navigator->action(step)->shortcuts().isEmpty());
            }
        }
        QCOMPARE(navigators.first()->button(WeekNavigator::Step::Previous)->text(), u"\u2039"_s);
        QCOMPARE(navigators.first()->button(WeekNavigator::Step::Current)->text(), u"This Week"_s);
        QCOMPARE(navigators.first()->button(WeekNavigator::Step::Next)->text(), u"\u203a"_s);
    }

    void shiftF10OpensTheCellMenu_data()
    {
        QTest::addColumn<SessionView::Page>("page");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("timesheet, Shift+F10")
            << SessionView::Timesheet << int(Qt::Key_F10) << int(Qt::ShiftModifier);
        QTest::newRow("timesheet, Menu") << SessionView::Timesheet << int(Qt::Key_Menu) << 0;
        QTest::newRow("leave, Shift+F10")
            << SessionView::Leave << int(Qt::Key_F10) << int(Qt::ShiftModifier);
        QTest::newRow("leave, Menu") << SessionView::Leave << int(Qt::Key_Menu) << 0;
    }
    void shiftF10OpensTheCellMenu()
    {
        QFETCH(SessionView::Page, page);
        QFETCH(int, key);
        QFETCH(int, modifiers);
        start();
        m_app->view()->showPage(page);
        QAbstractItemView *view = page == SessionView::Leave
            ? static_cast<QAbstractItemView *>(m_app->view()->leave()->view())
            : m_app->table();
        // A cell below the first row: a menu opened a row off would show.
        QModelIndex cell;
        if (page == SessionView::Leave) {
            LeaveModel *model = m_app->view()->leave()->model();
            // Vacation and sick leave, added as "Add leave" would (once the types arrived).
            QTRY_VERIFY_WITH_TIMEOUT(
                (model->addLeaveType(1), model->addLeaveType(2), model->totalRow() >= 2), 10000);
            cell = model->index(1, LeaveModel::FirstDayColumn + 2);
        } else {
            QVERIFY(m_app->model()->totalRow() >= 2);
            cell = m_app->model()->index(1, TimesheetModel::FirstDayColumn + 2);
        }
        view->setFocus();
        view->setCurrentIndex(cell);

        QSignalSpy requested(view, &QWidget::customContextMenuRequested);
        QStringList menuTexts;
        QTimer closer;
        closer.setInterval(20);
        connect(&closer, &QTimer::timeout, this, [&menuTexts]() {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (const QAction *action : menu->actions())
                    menuTexts.append(action->text());
                menu->close();
            }
        });
        closer.start();
        QTest::keyClick(view, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(view->indexAt(requested.first().first().toPoint()), cell);
        if (page == SessionView::Timesheet)
            QTRY_VERIFY(menuTexts.contains(u"Edit Comment"_s));

        // The platform's own keyboard menu event (the Menu key on X11) does not open another.
        QContextMenuEvent platform(QContextMenuEvent::Keyboard, QPoint(2, 2),
                                   view->mapToGlobal(QPoint(2, 2)));
        QApplication::sendEvent(view, &platform);
        QCOMPARE(requested.count(), 1);
    }

    void shortcutsDialogListsEveryShortcut()
    {
        start();
        QTest::keyClick(m_app->table(), Qt::Key_F1);
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_app->window->findChild<ShortcutsDialog *>())
                    && dialog->isVisible());
        const QList<ShortcutEntry> entries = dialog->shortcuts();
        const auto listed = [&entries](const QString &what, const QString &keys) {
            return std::any_of(entries.cbegin(), entries.cend(), [&](const ShortcutEntry &e) {
                return e.what == what && e.keys.contains(keys);
            });
        };
        int checked = 0;
        for (const QAction *action : m_app->window->findChildren<QAction *>()) {
            if (action->shortcut().isEmpty() || isInDialog(action->parent()))
                continue;
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(listed(plain(action->text()), keys),
                     qPrintable(u"not listed: %1 (%2)"_s.arg(action->text(), keys)));
            ++checked;
        }
        QVERIFY(checked >= 15);
        QVERIFY(listed(u"Next Week"_s, u"Alt+Right"_s));
        QVERIFY(listed(u"Previous Week"_s, u"Ctrl+PgUp"_s));
        QVERIFY(listed(u"Leave"_s, u"Ctrl+2"_s));
        QVERIFY(listed(u"Refresh"_s, u"F5"_s));
        QVERIFY(listed(u"Undo"_s, u"Ctrl+Z"_s));
        QVERIFY(listed(u"Edit the cell"_s, u"F2"_s));
        QVERIFY(listed(u"Edit the cell's comment"_s, u"Ctrl+Return"_s));
        QVERIFY(listed(u"The cell's menu"_s, u"Shift+F10"_s));
        QVERIFY(dialog->tree()->topLevelItemCount() >= 4);
        dialog->close();
    }

    void everythingFitsAt800x600()
    {
        start();
        m_app->window->resize(800, 600);
        QTRY_COMPARE(m_app->window->size(), QSize(800, 600));
        TimesheetView *table = m_app->table();
        QHeaderView *header = table->horizontalHeader();
        const auto daysInside = [&]() {
            for (int column = TimesheetModel::FirstDayColumn; column <= TimesheetModel::TotalColumn;
                 ++column) {
                const int left = header->sectionViewportPosition(column);
                if (left < 0 || left + header->sectionSize(column) > table->viewport()->width())
                    return false;
            }
            return true;
        };
        QTRY_VERIFY(daysInside());
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        // The task column still reads (elided beyond, with the whole path as its tooltip).
        QVERIFY(header->sectionSize(TimesheetModel::TaskColumn) >= 80);
        QVERIFY(!m_app->cellOf(kDesignHull, testdata::kWeekStart)
                     .siblingAtColumn(TimesheetModel::TaskColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        // The comment panel folded away; asked for, it shows; done, it folds again.
        CommentPanel *panel = m_app->page()->commentPanel();
        QVERIFY(!panel->isVisible());
        table->setFocus();
        table->setCurrentIndex(m_app->cellOf(kDesignHull, testdata::kWeekStart));
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(panel->isVisible());
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(panel->editor()));
        QTest::keyClick(panel->editor(), Qt::Key_Escape);
        QTRY_VERIFY(!panel->isVisible());

        // No button of a page's header is cut.
        for (const SessionView::Page page : {SessionView::Timesheet, SessionView::Leave,
                                             SessionView::Tasks, SessionView::Reference}) {
            m_app->view()->showPage(page);
            QWidget *shown = m_app->view()->findChild<QStackedWidget *>()->currentWidget();
            QTRY_VERIFY(shown->isVisible());
            for (QAbstractButton *button : shown->findChildren<QAbstractButton *>()) {
                if (!button->isVisible()
                    || qobject_cast<QAbstractItemView *>(button->parentWidget()))
                    continue;
                const QRect inPage(button->mapTo(shown, QPoint(0, 0)), button->size());
                QVERIFY2(
                    button->width() >= button->sizeHint().width() && shown->rect().contains(inPage),
                    qPrintable(u"%1 on page %2: %3 wide, needs %4"_s.arg(
                        button->text(), QString::number(page), QString::number(button->width()),
                        QString::number(button->sizeHint().width()))));
            }
        }
        // Wide again: the panel comes back beside the table.
        m_app->window->resize(1280, 760);
        m_app->view()->showPage(SessionView::Timesheet);
        QTRY_VERIFY(panel->isVisible());
    }

    void loadingIsNotEmpty()
    {
        start();
        // Every week's answer is late for now: the page says it is on its way.
        m_server->emulator().faults().add(
            {emu::FaultRule::Kind::Delay, -1, 1500, u"batch"_s, QByteArray()});
        TimesheetPage *page = m_app->page();
        QVERIFY(!page->isLoading());
        QTest::keyClick(m_app->table(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(page->weekStart(), testdata::kWeekStart.addDays(7));
        QVERIFY(page->isLoading());
        const auto overlayShown = [](QWidget *view) {
            for (QLabel *label : view->findChildren<QLabel *>()) {
                if (label->isVisible() && label->text().startsWith(u"Loading"_s)
                    && label->geometry().contains(view->rect().center()))
                    return true;
            }
            return false;
        };
        QVERIFY(overlayShown(page->view()->viewport()));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 10000);
        QVERIFY(!overlayShown(page->view()->viewport()));
        QCOMPARE(page->model()->totalRow(), 0); // now "nothing here" is true
        // A week already fetched shows at once, without "Loading…".
        QTest::keyClick(m_app->table(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(!page->isLoading());

        // The leave page's period, the same.
        QTest::keyClick(m_app->table(), Qt::Key_2, Qt::ControlModifier);
        LeavePage *leave = m_app->view()->leave();
        QTest::keyClick(leave->view(), Qt::Key_Right, Qt::AltModifier);
        QTest::keyClick(leave->view(), Qt::Key_Right, Qt::AltModifier);
        QVERIFY(leave->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!leave->isLoading(), 10000);

        // A failed fetch ends "Loading…" too.
        m_server->emulator().faults().clear();
        m_server->emulator().faults().add(
            {emu::FaultRule::Kind::ServerError, -1, 0, u"batch"_s, QByteArray()});
        QTest::keyClick(leave->view(), Qt::Key_Right, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!leave->isLoading(), 15000);
        m_server->emulator().faults().clear();
    }

    void tasksPageSaysLoadingUntilTheTasksArrive()
    {
        m_server->emulator().faults().add(
            {emu::FaultRule::Kind::Delay, 1, 3000, u"/tasks"_s, QByteArray()});
        // Checked as soon as the window shows the account: the shown week's refresh brings
        // the tasks of that week into the cache too, and a page with tasks is not empty.
        m_app = std::make_unique<AppFixture>(m_profile->path());
        m_app->controller.signIn(account(u"employee"_s), u"employee"_s, false);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->view(), 10000);
        TaskBrowserPage *tasks = m_app->view()->tasks();
        QVERIFY(tasks->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!tasks->isLoading(), 10000);
        QVERIFY(!tasks->model()->isLoaded()); // the tree is read when the page is first shown
        m_app->view()->showPage(SessionView::Tasks);
        QVERIFY(tasks->model()->rowCount() > 0);
    }

    // The window opened from the cache of an account that never fetched its tasks or reference
    // lists, and the sign-in comes later (the password typed into the dialog): from the sign-in
    // on, Tasks and Directory say "Loading…" until the fetches land, not "nothing here".
    void pagesSayLoadingWhenTheSignInFollowsTheCachedWindow()
    {
        using emu::FaultRule;
        // A first run that signed in and was closed before anything else answered: the cache
        // knows the user and nothing more.
        m_server->emulator().faults().add({FaultRule::Kind::Delay, -1, 0, u"users/me"_s, {}});
        m_server->emulator().faults().add({FaultRule::Kind::Delay, -1, 60000, QString(), {}});
        m_app = std::make_unique<AppFixture>(m_profile->path());
        m_app->controller.signIn(account(u"employee"_s), u"employee"_s, false);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->view(), 10000);
        m_app.reset();

        // Now every answer but the sign-in's takes its time.
        m_server->emulator().faults().clear();
        m_server->emulator().faults().add({FaultRule::Kind::Delay, -1, 0, u"users/me"_s, {}});
        m_server->emulator().faults().add({FaultRule::Kind::Delay, -1, 1500, QString(), {}});
        m_app = std::make_unique<AppFixture>(m_profile->path());
        m_app->controller.start(); // the cache paints at once; the dialog asks for the password
        QVERIFY(m_app->view());
        TaskBrowserPage *tasks = m_app->view()->tasks();
        ReferencePage *reference = m_app->view()->reference();
        reference->showList(ReferenceListModel::LeaveTypes);
        QCOMPARE(tasks->model()->rowCount(), 0);
        QCOMPARE(reference->model()->rowCount(), 0);
        QVERIFY(!tasks->isLoading()); // not signed in: nothing is on its way
        QVERIFY(!reference->isLoading());

        SignInDialog *dialog = m_app->window->signInDialog();
        QTRY_VERIFY(dialog->isVisible());
        QLineEdit *password = nullptr;
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == u"Password"_s)
                password = edit;
        }
        QVERIFY(password);
        password->setFocus();
        QTest::keyClicks(password, u"employee"_s);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->workspace()->isSignedIn(), 10000);
        QVERIFY(!dialog->isVisible());
        QVERIFY(tasks->isLoading());
        QVERIFY(reference->isLoading());
        m_app->view()->showPage(SessionView::Tasks);
        QTRY_VERIFY_WITH_TIMEOUT(!tasks->isLoading(), 10000);
        QVERIFY(tasks->model()->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!reference->isLoading(), 10000);
        QVERIFY(reference->model()->rowCount() > 0);
        m_server->emulator().faults().clear();
    }

    // The manager's Review page: the same control, the same keys from the sidebar, and
    // "Loading…" while a week of the team not cached yet is on its way.
    void reviewPageSharesTheWeekKeys()
    {
        start(u"manager"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->view()->isPageAvailable(SessionView::Review), 10000);
        QTest::keyClick(m_app->table(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(m_app->view()->currentPage(), SessionView::Review);
        ReviewPage *review = m_app->view()->review();
        QCOMPARE(review->weekStart(), testdata::kWeekStart);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isLoading(), 10000);
        WeekNavigator *navigator = m_app->view()->weekNavigator(SessionView::Review);
        QVERIFY(!navigator->action(WeekNavigator::Step::Current)->isEnabled());

        m_server->emulator().faults().add(
            {emu::FaultRule::Kind::Delay, -1, 1500, u"timetrack"_s, QByteArray()});
        clickSidebar(u"Review"_s);
        QTest::keyClick(sidebar(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(review->weekStart(), testdata::kWeekStart.addDays(-7));
        QVERIFY(review->isLoading());
        QVERIFY(navigator->action(WeekNavigator::Step::Current)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!review->isLoading(), 10000);
        m_server->emulator().faults().clear();
        QTest::keyClick(sidebar(), Qt::Key_Home, Qt::AltModifier);
        QCOMPARE(review->weekStart(), testdata::kWeekStart);
        QVERIFY(!review->isLoading()); // fetched before: shown at once
        QCOMPARE(m_app->page()->weekStart(), testdata::kWeekStart); // the timesheet stayed
    }

    // A name cut short by its column shows whole as the tooltip (the tasks tree has no tooltips
    // of its own).
    void longNamesElideWithATooltip()
    {
        start();
        QTest::keyClick(m_app->table(), Qt::Key_3, Qt::ControlModifier);
        QTreeView *tree = m_app->view()->tasks()->view();
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() > 0, 10000);
        tree->expandAll();
        const QModelIndexList found =
            tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, u"Big Bang Company"_s,
                                 1, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        const auto askForTip = [tree](const QModelIndex &index) {
            const QPoint at = tree->visualRect(index).center();
            QHelpEvent help(QEvent::ToolTip, at, tree->viewport()->mapToGlobal(at));
            QApplication::sendEvent(tree->viewport(), &help);
        };
        tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
        tree->setColumnWidth(0, 400);
        askForTip(found.first());
        QVERIFY(!QToolTip::text().contains(u"Big Bang"_s)); // it fits: the view's own tip
        tree->setColumnWidth(0, 60);
        askForTip(found.first());
        QTRY_COMPARE(QToolTip::text(), u"Big Bang Company"_s);
        QToolTip::hideText();
    }

    // The task picker's name and path, cut short in a narrow dialog, show whole on hover.
    void taskPickerNamesShowWholeOnHover()
    {
        start();
        // The picker offers the cached tasks: wait until all of them are (the shown week's
        // refresh brings only that week's tasks). A refresh asked for now answers after the
        // sign-in's own.
        AccountWorkspace *workspace = m_app->controller.workspace();
        QVERIFY(workspace);
        QSignalSpy tasksArrived(workspace, &AccountWorkspace::tasksRefreshed);
        workspace->refreshTasks();
        QVERIFY(tasksArrived.wait(10000));
        m_app->table()->setFocus();
        QTest::keyClick(m_app->table(), Qt::Key_T, Qt::ControlModifier);
        TaskPickerDialog *picker = nullptr;
        QTRY_VERIFY((picker = m_app->window->findChild<TaskPickerDialog *>())
                    && picker->isVisible());
        QListView *list = picker->list();
        QTRY_VERIFY(list->model()->rowCount() > 0);
        const QModelIndex first = list->model()->index(0, 0);
        const auto askForTip = [list, first]() {
            const QPoint at = list->visualRect(first).center();
            QHelpEvent help(QEvent::ToolTip, at, list->viewport()->mapToGlobal(at));
            QApplication::sendEvent(list->viewport(), &help);
        };
        picker->resize(900, 420);
        QTRY_VERIFY(list->viewport()->width() > 700);
        askForTip();
        QVERIFY(!QToolTip::text().contains(u"\u203a"_s)); // it fits
        list->setMaximumWidth(140); // as narrow as a long name makes any width
        QTRY_VERIFY(list->viewport()->width() <= 140);
        QCOMPARE(list->visualRect(first).width(), list->viewport()->width()); // no sideways scroll
        askForTip();
        QTRY_VERIFY(QToolTip::text().contains(u"\u203a"_s));
        QVERIFY(QToolTip::text().contains(
            first.data(Qt::DisplayRole).toString().section(u" \u203a "_s, -1)));
        QToolTip::hideText();
        picker->reject();
    }

    void directorySaysLoadingUntilItsListArrives()
    {
        m_server->emulator().faults().add(
            {emu::FaultRule::Kind::Delay, 1, 3000, u"departments"_s, QByteArray()});
        start();
        QTest::keyClick(m_app->table(), Qt::Key_5, Qt::ControlModifier);
        ReferencePage *directory = m_app->view()->reference();
        directory->listSelector()->setCurrentIndex(ReferenceListModel::Departments);
        QVERIFY(directory->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!directory->isLoading(), 10000);
        QVERIFY(directory->model()->rowCount() > 0);
    }

    void clickingACountGoesToTheFirstSuchCell_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("count");
        // Next week's Tuesday, locked on the server: a value typed there is refused.
        QTest::newRow("refused") << int(OutboxState::Rejected) << testdata::kWeekStart.addDays(8)
                                 << u"1 refused"_s;
        // This Monday (4:00), changed on the server meanwhile: a value typed is a conflict.
        QTest::newRow("conflict") << int(OutboxState::Conflict) << testdata::kWeekStart
                                  << u"1 conflict"_s;
    }
    void clickingACountGoesToTheFirstSuchCell()
    {
        QFETCH(int, state);
        QFETCH(QDate, date);
        QFETCH(QString, count);
        start();
        const QDate weekOfCell = date.addDays(1 - date.dayOfWeek());
        if (OutboxState(state) == OutboxState::Rejected)
            m_server->data().lockedDays.insert(emu::dayKey(date, kEmployee));
        else
            m_server->data().timetrack[emu::dayKey(date, kEmployee)][kDesignHull].time = 300;
        if (weekOfCell != m_app->page()->weekStart()) {
            QSignalSpy refreshed(m_app->window.get(), &MainWindow::timesheetRefreshed);
            QTest::keyClick(m_app->table(), Qt::Key_Right, Qt::AltModifier);
            QVERIFY(refreshed.wait(10000));
        }
        if (m_app->rowOf(kDesignHull) < 0)
            QVERIFY(m_app->model()->addTask(kDesignHull));
        const QModelIndex cell = m_app->cellOf(kDesignHull, date);
        QVERIFY(cell.isValid());
        m_app->table()->setFocus();
        m_app->table()->setCurrentIndex(cell);
        QTest::keyClick(m_app->table(), Qt::Key_6);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        StatusIndicators *status = m_app->window->statusIndicators();
        QTRY_VERIFY_WITH_TIMEOUT(status->outboxText().contains(count), 10000);

        // Elsewhere: another week, on the leave page.
        QTest::keyClick(m_app->table(),
                        weekOfCell == testdata::kWeekStart ? Qt::Key_Right : Qt::Key_Left,
                        Qt::AltModifier);
        QVERIFY(m_app->page()->weekStart() != weekOfCell);
        QTest::keyClick(m_app->table(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_app->view()->currentPage(), SessionView::Leave);

        QWidget *indicator = status->outboxIndicator(OutboxState(state));
        QVERIFY(indicator->isVisible());
        QTest::mouseClick(indicator, Qt::LeftButton);
        QCOMPARE(m_app->view()->currentPage(), SessionView::Timesheet);
        QCOMPARE(m_app->page()->weekStart(), weekOfCell);
        QCOMPARE(m_app->table()->currentIndex(), m_app->cellOf(kDesignHull, date));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_app->table()));
    }
};

QTEST_MAIN(TestWindowKeys)
#include "tst_windowkeys.moc"
