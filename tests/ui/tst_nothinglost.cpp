// Nothing typed is lost: the whole app against the in-process emulator. For every way of leaving
// an open cell editor or the comment panel (week keys and buttons, page shortcut and sidebar, F5,
// switching account, signing out, closing, quitting) the value typed reaches the server, or, when
// the path ends the session, waits in the account's cache to be sent. A value that is not a
// duration keeps its editor open and the path does not happen.
#include "appfixture.h"
#include "commentpanel.h"
#include "emulatorfixture.h"
#include "leavemodel.h"
#include "leavepage.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "sessionview.h"
#include "store.h"
#include "testdataset.h"
#include "timesheetmodel.h"
#include "timesheetpage.h"
#include "timesheetview.h"

#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int kEmployee = 3;
constexpr int kDesignHull = 1; // 4:00 "hull sketches" on Monday of the current week

enum class Path {
    AltRight,
    AltLeft,
    AltHome,
    ClickNext,
    ClickPrevious,
    ClickThisWeek,
    CtrlTwo,
    SidebarClick,
    F5,
    SwitchAccount,
    SignOut,
    CloseWindow,
    Quit,
};

enum class Where { Cell, Comment };

const QList<std::pair<Path, const char *>> &allPaths()
{
    static const QList<std::pair<Path, const char *>> paths = {
        {Path::AltRight, "Alt+Right"},
        {Path::AltLeft, "Alt+Left"},
        {Path::AltHome, "Alt+Home"},
        {Path::ClickNext, "click next"},
        {Path::ClickPrevious, "click previous"},
        {Path::ClickThisWeek, "click This Week"},
        {Path::CtrlTwo, "Ctrl+2"},
        {Path::SidebarClick, "sidebar click"},
        {Path::F5, "F5"},
        {Path::SwitchAccount, "switch account"},
        {Path::SignOut, "sign out"},
        {Path::CloseWindow, "close the window"},
        {Path::Quit, "quit"},
    };
    return paths;
}

// "This Week" only works from another week: those paths start on the next one.
bool startsOnNextWeek(Path path)
{
    return path == Path::AltHome || path == Path::ClickThisWeek;
}

// Ends the session (or its signing in): the value is checked in the account's cache.
bool endsSession(Path path)
{
    return path == Path::SwitchAccount || path == Path::SignOut;
}

QToolButton *buttonFor(QWidget *page, QAction *action)
{
    for (QToolButton *button : page->findChildren<QToolButton *>()) {
        if (button->defaultAction() == action)
            return button;
    }
    return nullptr;
}

QAction *actionNamed(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

// Answers every message box that opens while it lives: with the button labelled `text`, or, when
// `key` is set, with that key; remembers the boxes' texts.
class BoxAnswerer : public QObject
{
public:
    explicit BoxAnswerer(const QString &text, Qt::Key key = Qt::Key_unknown)
        : m_text(text), m_key(key)
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            seen.append(box->text());
            if (m_key != Qt::Key_unknown) {
                QTest::keyClick(box, m_key);
                return;
            }
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == m_text) {
                    button->click();
                    return;
                }
            }
            box->reject();
        });
        m_timer.start();
    }
    QStringList seen;

private:
    QString m_text;
    Qt::Key m_key;
    QTimer m_timer;
};

} // namespace

Q_DECLARE_METATYPE(Path)
Q_DECLARE_METATYPE(Where)

class TestNothingLost : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<EmulatorFixture> m_server;
    std::unique_ptr<AppFixture> m_app;

    Account account(const QString &login) const { return AppFixture::accountOn(*m_server, login); }

    // Signs the employee in and waits for the server's week.
    void start()
    {
        m_app = std::make_unique<AppFixture>(m_profile->path());
        QVERIFY(m_app->signIn(account(u"employee"_s)));
        QVERIFY(QTest::qWaitForWindowActive(m_app->window.get()));
        m_app->registry.add(account(u"manager"_s)); // something to switch to
    }

    // Shows the next week and waits for the server's answer (which re-reads the rows).
    void showNextWeek()
    {
        QSignalSpy refreshed(m_app->window.get(), &MainWindow::timesheetRefreshed);
        m_app->page()->nextWeekAction()->trigger();
        QVERIFY(refreshed.wait(10000));
    }

    std::optional<emu::TimeRecord> serverRecord(const QDate &date) const
    {
        const auto &days = m_server->data().timetrack;
        const auto day = days.find(emu::dayKey(date, kEmployee));
        if (day == days.end())
            return std::nullopt;
        const auto record = day->second.find(kDesignHull);
        if (record == day->second.end())
            return std::nullopt;
        return record->second;
    }

    // The employee's cell in the account's cache (read from the file, so it works after the
    // session closed).
    std::optional<TimetrackCell> cachedCell(const QDate &date) const
    {
        const std::unique_ptr<Store> store =
            Store::open(m_profile->path() + u"/cache-employee.sqlite"_s, nullptr);
        if (!store)
            return std::nullopt;
        for (const TimetrackCell &cell : store->timetrack(kEmployee, date, date)) {
            if (cell.taskId == kDesignHull)
                return cell;
        }
        return std::nullopt;
    }

    // Puts the cursor on Design hull's `date` (adding the row to another week).
    QModelIndex goToCell(const QDate &date)
    {
        TimesheetModel *model = m_app->model();
        if (m_app->rowOf(kDesignHull) < 0)
            model->addTask(kDesignHull);
        const int row = m_app->rowOf(kDesignHull);
        const QModelIndex index = model->index(
            row, TimesheetModel::FirstDayColumn + int(model->weekStart().daysTo(date)));
        m_app->table()->setFocus();
        m_app->table()->setCurrentIndex(index);
        return index;
    }

    // Types into the cell with keys, leaving its editor open.
    void typeIntoCell(const QString &text)
    {
        QTest::keyClick(m_app->table(), text.at(0).toLatin1());
        QVERIFY(m_app->table()->isEditing());
        QTest::keyClicks(QApplication::focusWidget(), text.mid(1));
        QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(), text);
    }

    void take(Path path)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        TimesheetPage *page = m_app->page();
        switch (path) {
        case Path::AltRight:
            QTest::keyClick(focus, Qt::Key_Right, Qt::AltModifier);
            break;
        case Path::AltLeft:
            QTest::keyClick(focus, Qt::Key_Left, Qt::AltModifier);
            break;
        case Path::AltHome:
            QTest::keyClick(focus, Qt::Key_Home, Qt::AltModifier);
            break;
        case Path::ClickNext:
        case Path::ClickPrevious:
        case Path::ClickThisWeek: {
            QAction *action = path == Path::ClickNext ? page->nextWeekAction()
                : path == Path::ClickPrevious         ? page->previousWeekAction()
                                                      : page->thisWeekAction();
            QToolButton *button = buttonFor(page, action);
            QVERIFY(button);
            QTest::mouseClick(button, Qt::LeftButton);
            break;
        }
        case Path::CtrlTwo:
            QTest::keyClick(focus, Qt::Key_2, Qt::ControlModifier);
            break;
        case Path::SidebarClick: {
            auto *sidebar = m_app->view()->findChild<QListWidget *>();
            QVERIFY(sidebar);
            const QRect rect = sidebar->visualItemRect(sidebar->item(SessionView::Leave));
            QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
            break;
        }
        case Path::F5:
            QTest::keyClick(focus, Qt::Key_F5);
            break;
        case Path::SwitchAccount: {
            QMenu *accounts = nullptr;
            for (QMenu *menu : m_app->window->findChildren<QMenu *>()) {
                if (menu->title() == u"S&witch Account"_s)
                    accounts = menu;
            }
            QVERIFY(accounts);
            Q_EMIT accounts->aboutToShow();
            // Account names show the emulator's port: "manager on 127.0.0.1:<port>".
            QAction *manager = nullptr;
            for (QAction *action : accounts->actions()) {
                if (action->text().startsWith(u"manager on 127.0.0.1:"_s))
                    manager = action;
            }
            QVERIFY(manager);
            manager->trigger();
            break;
        }
        case Path::SignOut: {
            QAction *signOut = actionNamed(m_app->window.get(), u"Sign &Out\u2026"_s);
            QVERIFY(signOut);
            BoxAnswerer answer(u"Sign Out"_s);
            signOut->trigger();
            break;
        }
        case Path::CloseWindow: {
            BoxAnswerer ok(QString(), Qt::Key_Return); // "… will be sent next time"
            m_app->window->close();
            break;
        }
        case Path::Quit: {
            // File › Quit by its shortcut where the platform has one (not on "offscreen").
            QAction *quit = actionNamed(m_app->window.get(), u"&Quit"_s);
            QVERIFY(quit);
            BoxAnswerer ok(QString(), Qt::Key_Return);
            if (quit->shortcut().isEmpty())
                quit->trigger();
            else
                QTest::keySequence(focus, quit->shortcut());
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

    void leavingKeepsWhatWasTyped_data()
    {
        QTest::addColumn<Path>("path");
        QTest::addColumn<Where>("where");
        for (const auto &[path, name] : allPaths()) {
            QTest::addRow("cell, %s", name) << path << Where::Cell;
            QTest::addRow("comment, %s", name) << path << Where::Comment;
        }
    }
    void leavingKeepsWhatWasTyped()
    {
        QFETCH(Path, path);
        QFETCH(Where, where);
        start();
        if (startsOnNextWeek(path))
            showNextWeek();
        const QDate date =
            startsOnNextWeek(path) ? testdata::kToday.addDays(7) : testdata::kWeekStart;
        const QModelIndex cell = goToCell(where == Where::Cell ? date.addDays(2) : date);
        QString comment;
        int minutes = 75;
        if (where == Where::Cell) {
            typeIntoCell(u"1:15"_s);
            if (QTest::currentTestFailed())
                return;
        } else {
            // A comment needs time: the current week's Monday has 4:00; the next week gets 1:00.
            if (cell.data(TimesheetModel::MinutesRole).toInt() == 0)
                QVERIFY(m_app->model()->setData(cell, 60));
            minutes = cell.data(TimesheetModel::MinutesRole).toInt();
            comment = cell.data(TimesheetModel::CommentRole).toString() + u" and the keel"_s;
            QTest::keyClick(m_app->table(), Qt::Key_Return, Qt::ControlModifier);
            QPlainTextEdit *editor = m_app->page()->commentPanel()->editor();
            QCOMPARE(QApplication::focusWidget(), editor);
            QTest::keyClicks(editor, u" and the keel"_s);
        }
        const QDate cellDate = m_app->model()->dateOf(cell.column());

        take(path);
        if (QTest::currentTestFailed())
            return;

        if (endsSession(path)) {
            // The session's cache holds it (sent already, or waiting to be sent at next sign-in).
            QTRY_VERIFY(cachedCell(cellDate).has_value());
            QCOMPARE(cachedCell(cellDate)->minutes, minutes);
            QCOMPARE(cachedCell(cellDate)->comment, comment.trimmed());
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(serverRecord(cellDate).has_value()
                                         && serverRecord(cellDate)->time == minutes
                                         && serverRecord(cellDate)->comment == comment.trimmed(),
                                     10000);
        }
        if (path == Path::CloseWindow || path == Path::Quit)
            QVERIFY(!m_app->window->isVisible());
    }

    void invalidValueKeepsTheEditorAndStays_data()
    {
        QTest::addColumn<Path>("path");
        for (const auto &[path, name] : allPaths())
            QTest::addRow("%s", name) << path;
    }
    void invalidValueKeepsTheEditorAndStays()
    {
        QFETCH(Path, path);
        start();
        if (startsOnNextWeek(path))
            showNextWeek();
        const QDate week = m_app->model()->weekStart();
        const QModelIndex cell = goToCell(week.addDays(2));
        typeIntoCell(u"7x"_s);
        if (QTest::currentTestFailed())
            return;

        BoxAnswerer answer(u"Sign Out"_s); // would sign out if the guard let the box open
        take(path);
        if (QTest::currentTestFailed())
            return;

        QVERIFY(m_app->table()->isEditing());
        auto *editor = qobject_cast<QLineEdit *>(m_app->table()->indexWidget(cell));
        QVERIFY(editor);
        QCOMPARE(editor->text(), u"7x"_s);
        QCOMPARE(QApplication::focusWidget(), editor);
        QVERIFY(!m_app->page()->messageText().isEmpty());
        // The path did not happen.
        QVERIFY(answer.seen.isEmpty());
        QCOMPARE(m_app->model()->weekStart(), week);
        QCOMPARE(m_app->view()->currentPage(), SessionView::Timesheet);
        QCOMPARE(m_app->view()->findChild<QListWidget *>()->currentRow(),
                 int(SessionView::Timesheet));
        QVERIFY(m_app->window->isVisible());
        QCOMPARE(m_app->controller.workspace()->account().login, u"employee"_s);
        QVERIFY(m_app->controller.workspace()->isSignedIn());
        QVERIFY(!serverRecord(week.addDays(2)).has_value());

        // Corrected, the next try goes through and the value reaches the server.
        editor->setText(u"0:45"_s);
        take(path == Path::SwitchAccount || path == Path::SignOut ? Path::F5 : path);
        QTRY_VERIFY_WITH_TIMEOUT(serverRecord(week.addDays(2)).has_value()
                                     && serverRecord(week.addDays(2))->time == 45,
                                 10000);
    }

    // The leave page's cells go through the same guard.
    void leaveCellsAreCommittedBeforeLeaving()
    {
        start();
        QTest::keyClick(m_app->table(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_app->view()->currentPage(), SessionView::Leave);
        LeavePage *leave = m_app->view()->leave();
        LeaveModel *model = leave->model();
        const auto vacationRow = [model] {
            for (int row = 0; row < model->totalRow(); ++row) {
                if (model->leaveTypeId(row) == 1)
                    return row;
            }
            return -1;
        };
        // Vacation, added as "Add leave" would (once the leave types arrived).
        QTRY_VERIFY_WITH_TIMEOUT(vacationRow() >= 0 || model->addLeaveType(1), 10000);
        const auto serverLeave = [this](const QDate &date) {
            const auto &days = m_server->data().leave;
            const auto day = days.find(emu::dayKey(date, kEmployee));
            if (day == days.end() || !day->second.count(1))
                return 0;
            return day->second.at(1);
        };
        const auto typeInto = [&](const QDate &date, const QString &text) {
            if (vacationRow() < 0)
                model->addLeaveType(1); // rows added by hand belong to their period
            leave->view()->setFocus();
            leave->view()->setCurrentIndex(
                model->index(vacationRow(),
                             LeaveModel::FirstDayColumn + int(model->periodStart().daysTo(date))));
            QTest::keyClick(leave->view(), text.at(0).toLatin1());
            QTest::keyClicks(QApplication::focusWidget(), text.mid(1));
            return qobject_cast<QLineEdit *>(QApplication::focusWidget());
        };

        // Not a duration: the editor stays, the week does not change.
        const QDate start = model->periodStart();
        QLineEdit *editor = typeInto(testdata::kToday, u"9x"_s);
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(model->periodStart(), start);
        QCOMPARE(QApplication::focusWidget(), editor);
        QCOMPARE(editor->text(), u"9x"_s);

        // Corrected: Alt+Right commits it, then goes.
        editor->setText(u"2:00"_s);
        QTest::keyClick(editor, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(model->periodStart(), start.addDays(7));
        QTRY_COMPARE_WITH_TIMEOUT(serverLeave(testdata::kToday), 120, 10000);

        // Ctrl+1 from an open leave editor.
        editor = typeInto(testdata::kToday.addDays(7), u"1"_s);
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_app->view()->currentPage(), SessionView::Timesheet);
        QTRY_COMPARE_WITH_TIMEOUT(serverLeave(testdata::kToday.addDays(7)), 60, 10000);
    }

    void commentNeedsTimeFirst()
    {
        start();
        const QModelIndex empty = goToCell(testdata::kToday); // Wednesday: no time
        CommentPanel *panel = m_app->page()->commentPanel();
        QVERIFY(!panel->editor()->isEnabled());
        bool said = false;
        for (QLabel *label : panel->findChildren<QLabel *>())
            said = said || (label->isVisible() && label->text().contains(u"needs time"_s));
        QVERIFY(said);
        // Time entered: the comment can be written, and both reach the server.
        typeIntoCell(u"2"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(m_app->model()
                    ->index(empty.row(), empty.column())
                    .data(TimesheetModel::MinutesRole)
                    .toInt()
                == 120);
        m_app->table()->setCurrentIndex(empty);
        QVERIFY(panel->editor()->isEnabled());
        QTest::keyClick(m_app->table(), Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClicks(panel->editor(), u"fairing"_s);
        QTest::keyClick(panel->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(serverRecord(testdata::kToday).has_value()
                                     && serverRecord(testdata::kToday)->time == 120
                                     && serverRecord(testdata::kToday)->comment == u"fairing"_s,
                                 10000);
    }

    void undoAndRedoCellEdits()
    {
        start();
        const QDate wednesday = testdata::kToday;
        const QModelIndex cell = goToCell(wednesday);
        typeIntoCell(u"2"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(cell.data(TimesheetModel::MinutesRole).toInt(), 120);
        QTRY_VERIFY_WITH_TIMEOUT(serverRecord(wednesday) && serverRecord(wednesday)->time == 120,
                                 10000);
        QVERIFY(m_app->page()->undoAction()->isEnabled());

        // Undone after it reached the server: a new edit through the outbox clears it there.
        QTest::keyClick(m_app->table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(cell.data(TimesheetModel::MinutesRole).toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!serverRecord(wednesday) || serverRecord(wednesday)->time == 0,
                                 10000);
        QTest::keyClick(m_app->table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(cell.data(TimesheetModel::MinutesRole).toInt(), 120);
        QTest::keyClick(m_app->table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(cell.data(TimesheetModel::MinutesRole).toInt(), 0);
        QTest::keyClick(m_app->table(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(cell.data(TimesheetModel::MinutesRole).toInt(), 120);

        // From another week: the undo shows the cell's week again and puts the value back.
        QTest::keyClick(m_app->table(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(m_app->model()->weekStart(), testdata::kWeekStart.addDays(7));
        QTest::keyClick(m_app->table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_app->model()->weekStart(), testdata::kWeekStart);
        const int row = m_app->rowOf(kDesignHull);
        QCOMPARE(m_app->model()
                     ->index(row, TimesheetModel::FirstDayColumn + 2)
                     .data(TimesheetModel::MinutesRole)
                     .toInt(),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(!serverRecord(wednesday) || serverRecord(wednesday)->time == 0,
                                 10000);
        QVERIFY(m_app->page()->redoAction()->isEnabled());
    }

    void copyAndPasteTabSeparatedText()
    {
        start();
        TimesheetModel *model = m_app->model();
        const int build = [this] {
            for (int row = 0; row < m_app->model()->totalRow(); ++row) {
                if (m_app->model()->taskId(row) == 2)
                    return row;
            }
            return -1;
        }();
        const int design = m_app->rowOf(kDesignHull);
        QVERIFY(build >= 0 && design >= 0);
        // Monday and Tuesday of both rows, copied as a spreadsheet takes them.
        const int monday = TimesheetModel::FirstDayColumn;
        const int top = std::min(build, design), bottom = std::max(build, design);
        m_app->table()->setFocus();
        m_app->table()->setCurrentIndex(model->index(top, monday));
        m_app->table()->selectionModel()->select(
            QItemSelection(model->index(top, monday), model->index(bottom, monday + 1)),
            QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(m_app->table(), Qt::Key_C, Qt::ControlModifier);
        const auto line = [&](int row) {
            return QString(model->index(row, monday).data().toString() + u'\t'
                           + model->index(row, monday + 1).data().toString());
        };
        QCOMPARE(QApplication::clipboard()->text(), QString(line(top) + u'\n' + line(bottom)));
        QCOMPARE(line(design), u"4:00\t8:00"_s);

        // Pasted from Friday of the first row: one value is not a duration and stays out.
        const int friday = TimesheetModel::FirstDayColumn + 4;
        m_app->table()->setCurrentIndex(model->index(top, friday));
        QApplication::clipboard()->setText(u"1:30\t2:00\r\n0:45\tabc\r\n"_s);
        QTest::keyClick(m_app->table(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(model->index(top, friday).data(TimesheetModel::MinutesRole).toInt(), 90);
        QCOMPARE(model->index(top, friday + 1).data(TimesheetModel::MinutesRole).toInt(), 120);
        QCOMPARE(model->index(bottom, friday).data(TimesheetModel::MinutesRole).toInt(), 45);
        QCOMPARE(model->index(bottom, friday + 1).data(TimesheetModel::MinutesRole).toInt(), 0);
        QVERIFY2(m_app->page()->messageText().contains(u"Values pasted: 3; not pasted: 1"_s),
                 qPrintable(m_app->page()->messageText()));
        const QDate fridayDate = testdata::kWeekStart.addDays(4);
        QTRY_VERIFY_WITH_TIMEOUT(serverRecord(fridayDate)
                                     && serverRecord(fridayDate)->time
                                         == (bottom == design ? 45 : 90),
                                 10000);
        // One undo takes the whole paste back.
        QTest::keyClick(m_app->table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model->index(top, friday).data(TimesheetModel::MinutesRole).toInt(), 0);
        QCOMPARE(model->index(top, friday + 1).data(TimesheetModel::MinutesRole).toInt(), 0);
        QCOMPARE(model->index(bottom, friday).data(TimesheetModel::MinutesRole).toInt(), 0);
    }

    void deletingSeveralCellsAsksFirst()
    {
        start();
        TimesheetModel *model = m_app->model();
        const int design = m_app->rowOf(kDesignHull);
        const int monday = TimesheetModel::FirstDayColumn;
        const auto minutes = [&](int column) {
            return model->index(design, column).data(TimesheetModel::MinutesRole).toInt();
        };
        m_app->table()->setFocus();
        m_app->table()->setCurrentIndex(model->index(design, monday));
        const QItemSelection both(model->index(design, monday), model->index(design, monday + 1));
        m_app->table()->selectionModel()->select(both, QItemSelectionModel::ClearAndSelect);
        {
            BoxAnswerer no(QString(), Qt::Key_Escape);
            QTest::keyClick(m_app->table(), Qt::Key_Delete);
            QCOMPARE(no.seen, QStringList{u"Clear the time of 2 cells?"_s});
        }
        m_app->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_app->window.get()));
        QCOMPARE(minutes(monday), 240);
        QCOMPARE(minutes(monday + 1), 480);
        {
            BoxAnswerer yes(QString(), Qt::Key_Return);
            QTest::keyClick(m_app->table(), Qt::Key_Delete);
            QCOMPARE(yes.seen.size(), 1);
        }
        m_app->window->activateWindow(); // as the window system does when the box goes
        QVERIFY(QTest::qWaitForWindowActive(m_app->window.get()));
        QCOMPARE(minutes(monday), 0);
        QCOMPARE(minutes(monday + 1), 0);
        // One cell: no question.
        QTest::keyClick(m_app->table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(minutes(monday), 240);
        m_app->table()->setCurrentIndex(model->index(design, monday));
        BoxAnswerer none(QString(), Qt::Key_Escape);
        QTest::keyClick(m_app->table(), Qt::Key_Delete);
        QVERIFY(none.seen.isEmpty());
        QCOMPARE(minutes(monday), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!serverRecord(testdata::kWeekStart)
                                     || serverRecord(testdata::kWeekStart)->time == 0,
                                 10000);
    }

    void removingARowAddedByMistake()
    {
        start();
        TimesheetModel *model = m_app->model();
        const auto rowOfLanding = [model] {
            for (int row = 0; row < model->totalRow(); ++row) {
                if (model->taskId(row) == 3)
                    return row;
            }
            return -1;
        };
        // Landing page, no time this week (added once the task list arrived).
        QTRY_VERIFY_WITH_TIMEOUT(rowOfLanding() >= 0 || model->addTask(3), 10000);
        QAction *remove = m_app->page()->removeRowAction();
        QVERIFY(m_app->page()->actions().contains(remove));

        // A row with time cannot go, and says why.
        m_app->table()->setFocus();
        m_app->table()->setCurrentIndex(
            model->index(m_app->rowOf(kDesignHull), TimesheetModel::FirstDayColumn));
        QVERIFY(!remove->isEnabled());
        QVERIFY2(remove->text().contains(u"has time"_s), qPrintable(remove->text()));
        QTest::keyClick(m_app->table(), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_app->rowOf(kDesignHull) >= 0);

        m_app->table()->setCurrentIndex(
            model->index(rowOfLanding(), TimesheetModel::FirstDayColumn));
        QVERIFY(remove->isEnabled());
        const int rows = model->totalRow();
        QTest::keyClick(m_app->table(), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model->totalRow(), rows - 1);
        QCOMPARE(rowOfLanding(), -1);
        // It stays away when the week is read again.
        QSignalSpy refreshed(m_app->window.get(), &MainWindow::timesheetRefreshed);
        QTest::keyClick(m_app->table(), Qt::Key_F5);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(rowOfLanding(), -1);
    }

    void quittingWithChangesNotSentSaysSoOnce()
    {
        start();
        // The server goes away: what is typed now waits in the outbox.
        m_server.reset();
        const QModelIndex cell = goToCell(testdata::kToday);
        typeIntoCell(u"1"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(cell.data(TimesheetModel::MinutesRole).toInt(), 60);
        goToCell(testdata::kToday.addDays(2));
        typeIntoCell(u"2"_s); // left open: quitting commits it
        BoxAnswerer ok(QString(), Qt::Key_Return);
        QVERIFY(m_app->window->close());
        QCOMPARE(ok.seen, QStringList{u"2 changes will be sent next time."_s});
        QVERIFY(!m_app->window->isVisible());
        QCOMPARE(m_app->controller.workspace()->store()->outboxCount(OutboxState::Pending), 2);
    }

    // Closing with nothing waiting asks nothing.
    void quittingWithEverythingSentSaysNothing()
    {
        start();
        BoxAnswerer ok(QString(), Qt::Key_Return);
        QVERIFY(m_app->window->close());
        QVERIFY(ok.seen.isEmpty());
    }
};

QTEST_MAIN(TestNothingLost)
#include "tst_nothinglost.moc"
