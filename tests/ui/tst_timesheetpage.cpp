// TimesheetPage driven as a user would: typing durations, refusals, Delete, Tab, read-only cells,
// week navigation, the task picker, copying last week and the comment panel, over a real Store in
// a temporary folder (no network).
#include "commentpanel.h"
#include "copyweekdialog.h"
#include "durationdelegate.h"
#include "store.h"
#include "taskpickerdialog.h"
#include "taskpickermodel.h"
#include "timesheetmodel.h"
#include "timesheetpage.h"
#include "timesheetpalette.h"
#include "timesheetview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace actidesk;
using namespace Qt::StringLiterals;

using Model = TimesheetModel;

class TestTimesheetPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TimesheetPage> m_page;
    QAbstractItemModelTester *m_tester = nullptr;
    const int m_user = 7;
    const QDate m_monday = QDate(2024, 3, 4);
    const QDate m_today = QDate(2024, 3, 6); // Wednesday
    // Row order (customer, project, task): Backend 101, Design 100, Archive 102, then Total.
    enum { Backend, Design, Archive, Total };

    static Task task(int id, const QString &customer, const QString &project, const QString &name,
                     TaskStatus status = TaskStatus::Open)
    {
        Task t;
        t.id = id;
        t.customerId = customer == u"Acme"_s ? 1 : 2;
        t.customerName = customer;
        t.projectId = project == u"Web"_s ? 10 : project == u"Support"_s ? 11 : 12;
        t.projectName = project;
        t.name = name;
        t.status = status;
        return t;
    }
    void serve(const QDate &monday, const QList<TimetrackRecord> &records)
    {
        QVERIFY(m_store->putServerTimetrack(m_user, monday, monday.addDays(6), records,
                                            QDateTime::currentDateTimeUtc()));
    }
    Model *model() const { return m_page->model(); }
    TimesheetView *view() const { return m_page->view(); }
    QModelIndex at(int row, int day) const
    {
        return model()->index(row, Model::FirstDayColumn + day);
    }
    QString text(int row, int column) const
    {
        return model()->index(row, column).data().toString();
    }
    static void type(const QString &keys)
    {
        for (const QChar c : keys)
            QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
    }
    static void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }
    void select(const QModelIndex &index)
    {
        view()->setFocus();
        view()->setCurrentIndex(index);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()));
    }
    template<typename T>
    T *openDialog(QAction *action)
    {
        action->trigger();
        T *dialog = m_page->findChild<T *>();
        return dialog && QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int count = 0;
        m_store = Store::open(m_dir.filePath(u"case-%1.sqlite"_s.arg(++count)), nullptr);
        QVERIFY(m_store);
        QVERIFY(m_store->putServerInfo(ServerInfo{}));
        User user;
        user.id = m_user;
        user.username = u"ann"_s;
        user.canSubmitTimetrack = true;
        QVERIFY(m_store->putUsers({user}));
        QVERIFY(
            m_store->putTasks({task(100, u"Acme"_s, u"Web"_s, u"Design"_s),
                               task(101, u"Acme"_s, u"Web"_s, u"Backend"_s),
                               task(102, u"Beta"_s, u"Ops"_s, u"Archive"_s, TaskStatus::Completed),
                               task(103, u"Acme"_s, u"Support"_s, u"Zeta"_s),
                               task(104, u"Acme"_s, u"Web"_s, u"Testing"_s),
                               task(105, u"Beta"_s, u"Ops"_s, u"Zeta backups"_s)}));
        serve(m_monday,
              {{m_user, m_monday, 100, 60, u"planning"_s},
               {m_user, m_monday, 101, 30, {}},
               {m_user, m_monday.addDays(1), 101, 120, {}},
               {m_user, m_monday.addDays(2), 102, 45, {}}});
        for (const QDate &monday : {m_monday, m_monday.addDays(-7)})
            QVERIFY(
                m_store->putSchedule(m_user, Schedule{monday, {480, 480, 480, 480, 480, 0, 0}}));

        m_page = std::make_unique<TimesheetPage>(AccountModels(*m_store), m_user);
        m_tester = new QAbstractItemModelTester(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_page->setToday(m_today);
        m_page->showWeek(m_today);
        m_page->resize(1200, 700);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QCOMPARE(m_page->weekStart(), m_monday);
    }
    void cleanup()
    {
        delete m_tester;
        m_tester = nullptr;
        m_page.reset();
        m_store.reset();
    }

    void typingADurationCommitsAndMovesDown()
    {
        QSignalSpy edited(m_page.get(), &TimesheetPage::edited);
        select(at(Backend, 2));
        type(u"1:30"_s);
        QVERIFY(view()->isEditing());
        key(Qt::Key_Return);
        QCOMPARE(text(Backend, Model::FirstDayColumn + 2), u"1:30"_s);
        QCOMPARE(text(Backend, Model::TotalColumn), u"4:00"_s);
        QCOMPARE(text(Total, Model::FirstDayColumn + 2), u"2:15"_s);
        QCOMPARE(text(Total, Model::TotalColumn), u"5:45"_s);
        const QList<OutboxEntry> pending = m_store->pendingEdits();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().payloadCell().minutes, 90);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(view()->currentIndex(), at(Design, 2)); // moved down
        QVERIFY(!view()->isEditing());
        QVERIFY(m_page->summaryText().contains(u"5:45 of 40:00 scheduled"_s));

        // Type-to-edit replaces the value; decimal hours work; Shift+Enter moves up.
        select(at(Backend, 2));
        type(u"2.5"_s);
        key(Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(text(Backend, Model::FirstDayColumn + 2), u"2:30"_s);
        QCOMPARE(view()->currentIndex().row(), Backend); // row 0 has nothing above
        QCOMPARE(m_store->pendingEdits().size(), 1); // the same cell: one entry
    }

    void invalidInputIsRefusedWithAMessage()
    {
        QSignalSpy edited(m_page.get(), &TimesheetPage::edited);
        select(at(Design, 0));
        type(u"abc"_s);
        key(Qt::Key_Return);
        QVERIFY(!m_page->messageText().isEmpty());
        QVERIFY2(m_page->messageText().contains(u"1:30"_s), qPrintable(m_page->messageText()));
        QVERIFY(view()->isEditing()); // the text is kept to fix
        QCOMPARE(at(Design, 0).data(Model::MinutesRole).toInt(), 60);
        QCOMPARE(m_store->outboxCount(), 0);
        key(Qt::Key_Escape);
        QVERIFY(!view()->isEditing());
        QCOMPARE(text(Design, Model::FirstDayColumn), u"1:00"_s);
        QCOMPARE(m_store->outboxCount(), 0);
        QCOMPARE(edited.count(), 0);

        // Over a day, with the focus moved elsewhere, is refused too: the editor stays open
        // with what was typed, and the page refuses to move on until it is fixed.
        select(at(Design, 1));
        type(u"30"_s);
        view()->setFocus();
        QVERIFY(view()->isEditing());
        QVERIFY(m_page->messageText().contains(u"24:00"_s));
        QVERIFY(!m_page->commitPendingEdits());
        QVERIFY(view()->isEditing());
        const auto *editor = qobject_cast<QLineEdit *>(view()->indexWidget(at(Design, 1)));
        QVERIFY(editor);
        QCOMPARE(editor->text(), u"30"_s);
        QCOMPARE(at(Design, 1).data(Model::MinutesRole).toInt(), 0);
        QCOMPARE(m_store->outboxCount(), 0);
    }

    void deleteClearsTheCell()
    {
        select(at(Design, 0));
        key(Qt::Key_Delete);
        QCOMPARE(text(Design, Model::FirstDayColumn), QString());
        QCOMPARE(at(Design, 0).data(Model::MinutesRole).toInt(), 0);
        QCOMPARE(at(Design, 0).data(Model::CommentRole).toString(), u"planning"_s);
        const QList<OutboxEntry> pending = m_store->pendingEdits();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().payloadCell().minutes, 0);
        QCOMPARE(at(Design, 0).data(Model::CellStateRole).toInt(), int(CellState::Pending));

        select(at(Backend, 1));
        key(Qt::Key_Backspace);
        QCOMPARE(at(Backend, 1).data(Model::MinutesRole).toInt(), 0);
        QCOMPARE(m_store->outboxCount(), 2);
    }

    void tabMovesAcrossDays()
    {
        select(at(Design, 0));
        key(Qt::Key_Tab);
        QCOMPARE(view()->currentIndex(), at(Design, 1));
        key(Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(view()->currentIndex(), at(Design, 0));
        select(at(Backend, 6));
        key(Qt::Key_Tab);
        QCOMPARE(view()->currentIndex(), at(Design, 0)); // wraps to the next row

        // While editing, Tab commits and moves right.
        type(u"2"_s);
        key(Qt::Key_Tab);
        QCOMPARE(text(Design, Model::FirstDayColumn), u"2:00"_s);
        QCOMPARE(view()->currentIndex(), at(Design, 1));
        QCOMPARE(m_store->outboxCount(), 1);
    }

    void readOnlyCellSaysWhyAndDoesNotEdit()
    {
        const QModelIndex archived = at(Archive, 2);
        QVERIFY(archived.data(Qt::ToolTipRole).toString().contains(u"completed"_s));
        QVERIFY(DurationDelegate::toolTip(archived).contains(u"completed"_s));
        select(archived);
        type(u"1"_s);
        QVERIFY(!view()->isEditing());
        QVERIFY(m_page->messageText().contains(u"completed"_s));
        key(Qt::Key_F2);
        QVERIFY(!view()->isEditing());
        key(Qt::Key_Delete);
        QCOMPARE(archived.data(Model::MinutesRole).toInt(), 45);
        QCOMPARE(m_store->outboxCount(), 0);
        // A pending cell says so on hover.
        QVERIFY(model()->setData(at(Design, 3), 30));
        QVERIFY(DurationDelegate::toolTip(at(Design, 3)).contains(u"not sent"_s));
    }

    void weekNavigation()
    {
        QSignalSpy shown(m_page.get(), &TimesheetPage::weekShown);
        const auto firstDay = [this] {
            return model()
                ->headerData(Model::FirstDayColumn, Qt::Horizontal, Model::DateRole)
                .toDate();
        };
        select(at(Design, 0));
        QVERIFY(!m_page->thisWeekAction()->isEnabled());
        key(Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(firstDay(), m_monday.addDays(7));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.last().at(0).toDate(), m_monday.addDays(7));
        QCOMPARE(shown.last().at(1).toDate(), m_monday.addDays(13));
        QVERIFY(m_page->thisWeekAction()->isEnabled());
        QCOMPARE(model()->rowCount(), 1); // nothing that week: only the Total row
        key(Qt::Key_PageUp, Qt::ControlModifier);
        key(Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(firstDay(), m_monday.addDays(-7));
        QCOMPARE(shown.count(), 3);
        key(Qt::Key_Home, Qt::AltModifier);
        QCOMPARE(firstDay(), m_monday);
        QCOMPARE(shown.count(), 4);
        QCOMPARE(model()->rowCount(), 4);
        QVERIFY(m_page->actions().contains(m_page->nextWeekAction()));
        // Week navigation, add task, copy week, comments, undo, redo, remove row.
        QCOMPARE(m_page->actions().size(), 9);
    }

    void taskPickerFiltersAndAdds()
    {
        auto *dialog = openDialog<TaskPickerDialog>(m_page->addTaskAction());
        QVERIFY(dialog);
        new QAbstractItemModelTester(
            dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, dialog);
        // Open tasks not on the week: Zeta (103), Testing (104), Zeta backups (105).
        QCOMPARE(dialog->model()->rowCount(), 3);
        QTest::keyClicks(dialog->searchField(), u"zeta"_s);
        QCOMPARE(dialog->model()->rowCount(), 2);
        QTest::keyClicks(dialog->searchField(), u" ops"_s); // every word, across the path
        QCOMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(dialog->model()->taskId(0), 105);
        dialog->searchField()->clear();
        QTest::keyClicks(dialog->searchField(), u"acme"_s);
        QCOMPARE(dialog->model()->rowCount(), 2); // Acme › Support › Zeta, Acme › Web › Testing
        QCOMPARE(dialog->list()->currentIndex().row(), 0);
        QTest::keyClick(dialog->searchField(), Qt::Key_Down);
        QCOMPARE(dialog->list()->currentIndex().row(), 1);
        QCOMPARE(dialog->selectedTaskIds(), QList<int>{104});
        QTest::keyClick(dialog->searchField(), Qt::Key_Return);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(model()->rowCount(), 5);
        int added = -1;
        for (int row = 0; row < model()->totalRow(); ++row) {
            if (model()->taskId(row) == 104)
                added = row;
        }
        QVERIFY(added >= 0);
        QCOMPARE(view()->currentIndex().row(), added);
        QVERIFY(model()->index(added, Model::FirstDayColumn).flags() & Qt::ItemIsEditable);
    }

    void copyDialogPreviewsAndCopies()
    {
        const QDate last = m_monday.addDays(-7);
        serve(last,
              {{m_user, last, 100, 60, {}}, // Design Mon: target already has time
               {m_user, last.addDays(1), 101, 120, {}}, // Backend Tue: target has time
               {m_user, last.addDays(2), 100, 90, {}}, // Design Wed: copied
               {m_user, last.addDays(3), 100, 30, {}}, // Design Thu: approved day
               {m_user, last.addDays(5), 100, 45, {}}, // Design Sat: non-working
               {m_user, last.addDays(2), 102, 45, {}}, // Archive: completed
               {m_user, last.addDays(4), 104, 240, {}}}); // Testing Fri: new row
        TimetrackDay thursday{m_user, m_monday.addDays(3), true, {}};
        QVERIFY(m_store->putServerTimetrackDays(m_user, thursday.date, thursday.date, {thursday},
                                                QDateTime::currentDateTimeUtc()));
        m_page->reload();

        auto *dialog = openDialog<CopyWeekDialog>(m_page->copyWeekAction());
        QVERIFY(dialog);
        const auto previewText = [dialog] {
            QStringList lines;
            for (QTreeWidgetItemIterator it(dialog->preview()); *it; ++it)
                lines << (*it)->text(0) + u" | "_s + (*it)->text(1) + u" | "_s + (*it)->text(2);
            return lines.join(u'\n');
        };
        QVERIFY(previewText().contains(u"Completed task"_s));
        QVERIFY(!previewText().contains(u"Approved day"_s)); // without hours: rows only
        dialog->includeHours()->setChecked(true);
        const QString preview = previewText();
        for (const QString &reason :
             {u"Completed task"_s, u"Approved day"_s, u"Non-working day"_s, u"Already has time"_s})
            QVERIFY2(preview.contains(reason), qPrintable(preview));
        QCOMPARE(dialog->plan().cellsToCopy(), 2); // Design Wed, Testing Fri
        QTest::keyClick(dialog, Qt::Key_Return);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        QCOMPARE(model()->rowCount(), 5); // Testing added
        QCOMPARE(at(Design, 2).data(Model::MinutesRole).toInt(), 90);
        QCOMPARE(at(Design, 0).data(Model::MinutesRole).toInt(), 60); // not overwritten
        QCOMPARE(at(Design, 5).data(Model::MinutesRole).toInt(), 0);
        QCOMPARE(m_store->pendingEdits().size(), 2);
        QVERIFY(m_page->messageText().contains(u"2 days"_s));
    }

    void copyDialogReadsLastWeekAgainWhenStale()
    {
        // Last week was read an hour ago: shown at once, and read again.
        const QDate last = m_monday.addDays(-7);
        QVERIFY(m_store->putServerTimetrack(m_user, last, last.addDays(6),
                                            {{m_user, last.addDays(4), 104, 240, {}}},
                                            QDateTime::currentDateTimeUtc().addSecs(-3600)));
        QSignalSpy needed(m_page.get(), &TimesheetPage::weekNeeded);
        auto *dialog = openDialog<CopyWeekDialog>(m_page->copyWeekAction());
        QVERIFY(dialog);
        QCOMPARE(dialog->source(), CopyWeekDialog::Source::Ready);
        QCOMPARE(dialog->statusText(), u"Checking last week on the server\u2026"_s);
        QCOMPARE(dialog->plan().rows().size(), 1);
        QCOMPARE(needed.count(), 1);
        QCOMPARE(needed.first().at(0).toDate(), last);
        QCOMPARE(needed.first().at(1).toDate(), last.addDays(6));
        // The answer: another row on the server now.
        QVERIFY(m_store->putServerTimetrack(
            m_user, last, last.addDays(6),
            {{m_user, last.addDays(4), 104, 240, {}}, {m_user, last, 103, 60, {}}},
            QDateTime::currentDateTimeUtc()));
        m_page->weekArrived(m_monday, m_monday.addDays(6)); // another week: not the one asked
        QCOMPARE(dialog->plan().rows().size(), 1);
        m_page->weekArrived(last, last.addDays(6));
        QCOMPARE(dialog->statusText(), QString());
        QCOMPARE(dialog->plan().rows().size(), 2);
        dialog->reject();
        QTRY_VERIFY(!m_page->copyDialog());

        // Read a minute ago: no request. Never read (the week before): reading, then a failure
        // says it is not available.
        dialog = openDialog<CopyWeekDialog>(m_page->copyWeekAction());
        QVERIFY(dialog);
        QCOMPARE(needed.count(), 1);
        QCOMPARE(dialog->statusText(), QString());
        dialog->reject();
        QTRY_VERIFY(!m_page->copyDialog());
        m_page->previousWeekAction()->trigger();
        QCOMPARE(model()->weekStart(), last);
        dialog = openDialog<CopyWeekDialog>(m_page->copyWeekAction());
        QVERIFY(dialog);
        QCOMPARE(dialog->source(), CopyWeekDialog::Source::Loading);
        QCOMPARE(needed.count(), 2);
        QVERIFY(!dialog->preview()->isVisible());
        m_page->weekFailed(last.addDays(-7), last.addDays(-1), u"No connection."_s);
        QCOMPARE(dialog->source(), CopyWeekDialog::Source::Unavailable);
        QVERIFY2(dialog->statusText().contains(u"not available offline"_s),
                 qPrintable(dialog->statusText()));
        QVERIFY(dialog->statusText().contains(u"No connection."_s));
        dialog->reject();
    }

    void commentPanelSavesTheComment()
    {
        QSignalSpy edited(m_page.get(), &TimesheetPage::edited);
        select(at(Backend, 0));
        CommentPanel *panel = m_page->commentPanel();
        QCOMPARE(panel->cell(), at(Backend, 0));
        key(Qt::Key_Return, Qt::ControlModifier); // opens the comment
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(panel->editor()));
        QTest::keyClicks(panel->editor(), u"standup"_s);
        key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(at(Backend, 0).data(Model::CommentRole).toString(), u"standup"_s);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()));
        QCOMPARE(edited.count(), 1);
        const QList<OutboxEntry> pending = m_store->pendingEdits();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().payloadCell(), (CellValue{30, u"standup"_s}));

        // Moving to another cell shows its comment; read-only cells show why.
        select(at(Design, 0));
        QCOMPARE(panel->editor()->toPlainText(), u"planning"_s);
        select(at(Archive, 2));
        QVERIFY(!panel->editor()->isEnabled());
    }

    void emptyWeekShowsAHint()
    {
        m_page->showWeek(m_monday.addDays(14));
        QCOMPARE(model()->totalRow(), 0);
        QVERIFY(view()->emptyHint().contains(u"Ctrl+T"_s));
        QVERIFY(m_page->summaryText().contains(u"schedule not known"_s));
    }

    // A realistic week rendered at 1200×700: the pending marker is painted where the cell is.
    // With ACTIDESK_SCREENSHOT=<file.png> the picture is saved for a look.
    void rendersARealisticWeek()
    {
        cleanup();
        m_store = Store::open(m_dir.filePath(u"render.sqlite"_s), nullptr);
        QVERIFY(m_store);
        QVERIFY(m_store->putServerInfo(ServerInfo{}));
        const QDate monday(2026, 11, 23);
        const auto make = [](int id, const QString &customer, const QString &project,
                             const QString &name, TaskStatus status = TaskStatus::Open) {
            Task t = task(id, customer, project, name, status);
            return t;
        };
        QVERIFY(m_store->putTasks(
            {make(1, u"Acme Corp"_s, u"Website Redesign"_s, u"Design review"_s),
             make(2, u"Acme Corp"_s, u"Website Redesign"_s, u"Frontend development"_s),
             make(3, u"Acme Corp"_s, u"Mobile App"_s, u"API integration"_s),
             make(4, u"Beta Industries"_s, u"Support"_s, u"Customer tickets"_s),
             make(5, u"Beta Industries"_s, u"Operations"_s, u"Server migration"_s,
                  TaskStatus::Completed),
             make(6, u"Internal"_s, u"Administration"_s, u"Team meetings"_s),
             make(7, u"Internal"_s, u"Administration"_s, u"Training"_s),
             make(8, u"Acme Corp"_s, u"Mobile App"_s, u"Release preparation"_s),
             make(9, u"Acme Corp"_s, u"Website Redesign"_s, u"Accessibility audit"_s),
             make(10, u"Beta Industries"_s, u"Support"_s, u"On-call"_s)}));
        QList<TimetrackRecord> records;
        const int hours[7][3] = {{90, 60, 0}, {240, 300, 180}, {120, 60, 120}, {60, 45, 30},
                                 {0, 120, 0}, {30, 30, 60},    {0, 0, 0}};
        for (int task = 0; task < 7; ++task) {
            for (int day = 0; day < 3; ++day) {
                if (hours[task][day] > 0)
                    records.append({m_user, monday.addDays(day), task + 1, hours[task][day],
                                    task == 0 && day == 0 ? u"Homepage mock-ups"_s : QString()});
            }
        }
        serve(monday, records);
        serve(monday.addDays(-7),
              {{m_user, monday.addDays(-7), 1, 120, {}},
               {m_user, monday.addDays(-6), 2, 240, {}},
               {m_user, monday.addDays(-5), 5, 60, {}},
               {m_user, monday.addDays(-3), 4, 90, {}},
               {m_user, monday.addDays(-2), 6, 30, {}}});
        TimetrackDay approved{m_user, monday, true, {}};
        for (const TimetrackRecord &record : records) {
            if (record.date == monday)
                approved.records.append(record);
        }
        QVERIFY(m_store->putServerTimetrackDays(m_user, monday, monday, {approved},
                                                QDateTime::currentDateTimeUtc()));
        QVERIFY(m_store->putSchedule(m_user, Schedule{monday, {480, 480, 480, 480, 480, 0, 0}}));
        QVERIFY(m_store->editTimetrackCell(m_user, monday.addDays(2), 2, 210, {}));
        QVERIFY(m_store->editTimetrackCell(m_user, monday.addDays(2), 4, 45, {}));
        QVERIFY(m_store->editTimetrackCell(m_user, monday.addDays(1), 3, 90, {}));
        QVERIFY(m_store->editTimetrackCell(m_user, monday.addDays(1), 7, 120, {}));
        const QList<OutboxEntry> entries = m_store->pendingEdits();
        QCOMPARE(entries.size(), 4);
        QVERIFY(m_store->markConflict(entries.at(2), CellValue{60, {}}));
        QVERIFY(m_store->markRejected(entries.at(3), u"The day is locked for changes."_s));

        m_page = std::make_unique<TimesheetPage>(AccountModels(*m_store), m_user);
        m_page->setToday(monday.addDays(2));
        m_page->showWeek(monday.addDays(2));
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->view()->setFocus();
        int row = -1;
        for (int r = 0; r < model()->totalRow(); ++r) {
            if (model()->taskId(r) == 2)
                row = r;
        }
        QVERIFY(row >= 0);
        m_page->view()->setCurrentIndex(model()->index(row, Model::FirstDayColumn + 1));

        const QImage image = m_page->grab().toImage();
        QCOMPARE(image.size(), QSize(1200, 700) * image.devicePixelRatio());
        const QModelIndex pending = model()->index(row, Model::FirstDayColumn + 2);
        QCOMPARE(pending.data(Model::CellStateRole).toInt(), int(CellState::Pending));
        const QRect rect = view()->visualRect(pending);
        const QPoint corner =
            view()->viewport()->mapTo(m_page.get(), QPoint(rect.right() - 3, rect.top() + 3));
        QCOMPARE(image.pixelColor(corner).name(),
                 timesheetpalette::pending(view()->palette()).name());
        const QString file = qEnvironmentVariable("ACTIDESK_SCREENSHOT");
        if (file.isEmpty())
            return;
        QVERIFY(image.save(file));
        const QString stem = file.chopped(4);
        m_page->showMessage(u"The day is locked for changes."_s);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b2b2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6e6e6));
        dark.setColor(QPalette::Base, QColor(0x1e1e1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x262626));
        dark.setColor(QPalette::Text, QColor(0xe6e6e6));
        dark.setColor(QPalette::Button, QColor(0x353535));
        dark.setColor(QPalette::ButtonText, QColor(0xe6e6e6));
        dark.setColor(QPalette::Highlight, QColor(0x3d7bd9));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x8a8a8a));
        m_page->setPalette(dark);
        QVERIFY(m_page->grab().save(stem + u"-dark.png"_s));
        m_page->setPalette(QPalette());
        auto *copy = openDialog<CopyWeekDialog>(m_page->copyWeekAction());
        QVERIFY(copy);
        copy->includeHours()->setChecked(true);
        QVERIFY(copy->grab().save(stem + u"-copy.png"_s));
        copy->reject();
        auto *picker = openDialog<TaskPickerDialog>(m_page->addTaskAction());
        QVERIFY(picker);
        QVERIFY(picker->grab().save(stem + u"-picker.png"_s));
        picker->reject();
    }
};

QTEST_MAIN(TestTimesheetPage)
#include "tst_timesheetpage.moc"
