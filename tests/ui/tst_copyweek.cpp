// Copy of an uncached week, previews that warn and locked days learned, through the real main
// window with real key events against the in-process emulator: Ctrl+Shift+C on a week whose
// previous week was never read says it is reading it, then previews the server's rows with the
// day totals and the over-schedule warning, and copies to the server; offline it says last week
// is not available; the leave range preview names the days that already have time; a write the
// server refuses as locked makes the day's other cells read-only, also after a restart.
#include "appfixture.h"
#include "copyweekdialog.h"
#include "emulatorfixture.h"
#include "leavepage.h"
#include "leaverangedialog.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "sessionview.h"
#include "store.h"
#include "testdataset.h"
#include "timesheetmodel.h"
#include "timesheetpage.h"
#include "timesheetview.h"

#include <QApplication>
#include <QCheckBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int Employee = 3;
constexpr int DesignHull = 1; // tasks of the contract dataset assigned to the employee
constexpr int BuildEngine = 2;
constexpr int LandingPage = 3;
const QDate kLastMonday = testdata::kWeekStart.addDays(-7);

QString treeText(const QTreeWidget *tree)
{
    QStringList lines;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        QStringList cells;
        for (int column = 0; column < item->columnCount(); ++column)
            cells << item->text(column);
        lines << cells.join(u" | "_s);
        for (int child = 0; child < item->childCount(); ++child) {
            QStringList childCells;
            for (int column = 0; column < item->child(child)->columnCount(); ++column)
                childCells << item->child(child)->text(column);
            lines << u"  "_s + childCells.join(u" | "_s);
        }
    }
    return lines.join(u'\n');
}

} // namespace

class TestCopyWeek : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile; // one per test: each starts with no cache
    std::unique_ptr<EmulatorFixture> m_server;
    std::unique_ptr<AppFixture> m_app;

    // Last week on the server: Landing page Mon 2:00 (the contract dataset's), Build engine
    // Tue 1:30 and Wed 4:00.
    void start()
    {
        emu::Dataset data = testdata::contractDataset();
        data.timetrack[emu::dayKey(kLastMonday.addDays(1), Employee)] = {
            {BuildEngine, {90, QString()}}};
        data.timetrack[emu::dayKey(kLastMonday.addDays(2), Employee)] = {
            {BuildEngine, {240, QString()}}};
        m_server = std::make_unique<EmulatorFixture>(data, emu::EmulatorOptions{}, true);
        m_app = std::make_unique<AppFixture>(m_profile->path());
        QVERIFY(m_app->signIn(AppFixture::accountOn(*m_server, u"employee"_s)));
        QCOMPARE(m_app->model()->weekStart(), testdata::kWeekStart);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_app->model()
                ->index(m_app->model()->totalRow(), TimesheetModel::TotalColumn)
                .data(TimesheetModel::ScheduledRole)
                .isValid(),
            10000);
        // Last week was never read: nothing of it is on this computer.
        for (const DayInfo &day :
             m_app->store()->days(Employee, kLastMonday, kLastMonday.addDays(6)))
            QVERIFY(!day.timetrackFetchedAt.isValid());
    }
    CopyWeekDialog *pressCopy()
    {
        TimesheetView *view = m_app->page()->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        return m_app->page()->copyDialog();
    }
    const emu::TimeRecord *serverRecord(const QDate &date, int taskId)
    {
        const auto day = m_server->data().timetrack.find(emu::dayKey(date, Employee));
        if (day == m_server->data().timetrack.end())
            return nullptr;
        const auto it = day->second.find(taskId);
        return it == day->second.end() ? nullptr : &it->second;
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

    void copyOfAnUncachedWeekReadsItFirst()
    {
        start();
        CopyWeekDialog *dialog = pressCopy();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        // At once: reading, never "no time to copy" about a week not read.
        QCOMPARE(dialog->source(), CopyWeekDialog::Source::Loading);
        QCOMPARE(dialog->statusText(), u"Reading last week from the server\u2026"_s);
        QVERIFY(dialog->preview()->isHidden());
        QVERIFY(!dialog->summaryText().contains(u"no time"_s));

        QTRY_COMPARE_WITH_TIMEOUT(dialog->source(), CopyWeekDialog::Source::Ready, 10000);
        QCOMPARE(dialog->statusText(), QString());
        QVERIFY(dialog->preview()->isVisible());
        QString preview = treeText(dialog->preview());
        QVERIFY2(preview.contains(u"Landing page | 2:00 | Row added"_s), qPrintable(preview));
        QVERIFY2(preview.contains(u"Build engine | 5:30 | Already on this week"_s),
                 qPrintable(preview));

        // Include hours (Alt+H): Monday gets 2:00 on top of its 8:00, Tuesday 1:30 on top of
        // 8:00 — both beyond their 8:00; Wednesday's 4:00 stays within.
        QTest::keyClick(dialog, Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY(dialog->includeHours()->isChecked()); // a mnemonic clicks animated
        const QString totals = treeText(dialog->totals());
        QVERIFY2(totals.contains(u"Mon, 23 Nov | 8:00 | 2:00 | 10:00 | 8:00"_s),
                 qPrintable(totals));
        QVERIFY2(totals.contains(u"Tue, 24 Nov | 8:00 | 1:30 | 9:30 | 8:00"_s), qPrintable(totals));
        QVERIFY2(totals.contains(u"Wed, 25 Nov | 0:00 | 4:00 | 4:00 | 8:00"_s), qPrintable(totals));
        QVERIFY2(totals.contains(u"Thu, 26 Nov | 0:00 | \u2014 | 0:00 | 0:00"_s),
                 qPrintable(totals));
        // (The list separator is the locale's.)
        const QString warning = dialog->warningText();
        QVERIFY2(warning.startsWith(u"After the copy 2 days are over their schedule: Mon, 23 Nov "
                                    u"10:00 of 8:00 scheduled"_s),
                 qPrintable(warning));
        QVERIFY2(warning.endsWith(u"Tue, 24 Nov 9:30 of 8:00 scheduled."_s), qPrintable(warning));

        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!m_app->page()->copyDialog());
        QCOMPARE(m_app->model()
                     ->index(m_app->rowOf(LandingPage), TimesheetModel::FirstDayColumn)
                     .data(TimesheetModel::MinutesRole)
                     .toInt(),
                 120);
        QTRY_VERIFY_WITH_TIMEOUT(serverRecord(testdata::kWeekStart, LandingPage), 10000);
        QCOMPARE(serverRecord(testdata::kWeekStart, LandingPage)->time, 120);
        QTRY_VERIFY_WITH_TIMEOUT(serverRecord(testdata::kWeekStart.addDays(1), BuildEngine), 10000);
        QCOMPARE(serverRecord(testdata::kWeekStart.addDays(1), BuildEngine)->time, 90);
        QTRY_VERIFY_WITH_TIMEOUT(serverRecord(testdata::kToday, BuildEngine), 10000);
        QCOMPARE(serverRecord(testdata::kToday, BuildEngine)->time, 240);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->store()->outboxCount(), 0, 10000);
    }

    void offlineWithAnUncachedWeekSaysSo()
    {
        start();
        m_server.reset(); // the server goes away
        CopyWeekDialog *dialog = pressCopy();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(dialog->source(), CopyWeekDialog::Source::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->source(), CopyWeekDialog::Source::Unavailable, 30000);
        QVERIFY2(dialog->statusText().startsWith(u"Last week is not available offline"_s),
                 qPrintable(dialog->statusText()));
        QVERIFY(dialog->preview()->isHidden());
        QVERIFY(!dialog->summaryText().contains(u"no time"_s));
        QVERIFY(!dialog->includeHours()->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!m_app->page()->copyDialog());
        QCOMPARE(m_app->store()->outboxCount(), 0);
    }

    void leaveRangeOverDaysWithTimeWarns()
    {
        start();
        QTest::keyClick(m_app->page()->view(), Qt::Key_2, Qt::ControlModifier);
        LeavePage *leave = m_app->window->sessionView()->leave();
        QTRY_VERIFY(leave->isVisible());
        leave->view()->setFocus();
        QTest::keyClick(leave->view(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(leave->rangeDialog()); // the button's shortcut clicks animated
        LeaveRangeDialog *dialog = leave->rangeDialog();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->setRange(testdata::kWeekStart, testdata::kWeekStart.addDays(4));
        // Mon and Tue have 8:00 on tasks; Thursday is a holiday (no leave); Wed and Fri are empty.
        QTRY_VERIFY(!dialog->trackedTimeWarning().isEmpty());
        const QString warning = dialog->trackedTimeWarning();
        QVERIFY2(warning.startsWith(u"Time is already tracked on 2 days: Mon, 23 Nov (8:00)"_s),
                 qPrintable(warning));
        QVERIFY2(warning.contains(u"Tue, 24 Nov (8:00). The leave is added beside it"_s),
                 qPrintable(warning));
        QCOMPARE(dialog->preview()->topLevelItem(0)->text(3),
                 u"Add (8:00 of time tracked already)"_s);
        QCOMPARE(dialog->preview()->topLevelItem(2)->text(3), u"Add"_s);
        // A range without time: no warning.
        dialog->setRange(testdata::kToday, testdata::kToday);
        QCOMPARE(dialog->trackedTimeWarning(), QString());
        QTest::keyClick(dialog, Qt::Key_Escape);
    }

    void aDayRefusedAsLockedIsReadOnlyAcrossRestarts()
    {
        start();
        const QDate tuesday = testdata::kWeekStart.addDays(1);
        m_server->data().lockedDays.insert(emu::dayKey(tuesday, Employee));
        TimesheetModel *model = m_app->model();
        const int engine = m_app->rowOf(BuildEngine);
        const int hull = m_app->rowOf(DesignHull);
        QVERIFY(engine >= 0 && hull >= 0);
        const QModelIndex typed = model->index(engine, TimesheetModel::FirstDayColumn + 1);
        const QModelIndex other = model->index(hull, TimesheetModel::FirstDayColumn + 1);
        QVERIFY(other.flags() & Qt::ItemIsEditable);

        TimesheetView *view = m_app->page()->view();
        view->setFocus();
        view->setCurrentIndex(typed);
        QTest::keyClick(view, '1');
        QVERIFY(view->isEditing());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        // Refused: the cell keeps the value with the reason, and Tuesday's other cells close.
        QTRY_COMPARE_WITH_TIMEOUT(typed.data(TimesheetModel::CellStateRole).toInt(),
                                  int(CellState::Rejected), 10000);
        QTRY_VERIFY(!(other.flags() & Qt::ItemIsEditable));
        QString tip = other.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"locked"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"is locked"_s), qPrintable(tip)); // the server's own words
        // Typing there does nothing: the day is read-only, nothing is queued.
        view->setCurrentIndex(other);
        QTest::keyClick(view, '2');
        QVERIFY(!view->isEditing());
        QCOMPARE(m_app->store()->outboxCount(OutboxState::Pending), 0);
        // Wednesday is untouched.
        QVERIFY(model->index(hull, TimesheetModel::FirstDayColumn + 2).flags()
                & Qt::ItemIsEditable);

        // A restart: the Store reopened knows the day is locked.
        m_app.reset();
        std::unique_ptr<Store> store =
            Store::open(AppFixture::cachePath(m_profile->path(), u"employee"_s), nullptr);
        QVERIFY(store);
        QVERIFY(
            store->days(Employee, tuesday, tuesday).value(0).lockedReason.contains(u"locked"_s));
        TimesheetModel reopened(*store, Employee);
        reopened.setWeek(tuesday);
        int row = -1;
        for (int r = 0; r < reopened.totalRow(); ++r) {
            if (reopened.taskId(r) == DesignHull)
                row = r;
        }
        QVERIFY(row >= 0);
        const QModelIndex cell = reopened.index(row, TimesheetModel::FirstDayColumn + 1);
        QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"locked"_s));
        QVERIFY(reopened.index(row, TimesheetModel::FirstDayColumn + 2).flags()
                & Qt::ItemIsEditable);
    }
};

QTEST_MAIN(TestCopyWeek)
#include "tst_copyweek.moc"
