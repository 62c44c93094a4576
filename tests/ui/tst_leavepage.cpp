// LeavePage offscreen, driven with the keyboard and mouse as a user would: typing into a cell,
// Delete, the week/month switch and navigation, and the range dialog's preview and OK.
#include "dayheaderview.h"
#include "leavecelldelegate.h"
#include "leavepage.h"
#include "leaverangedialog.h"
#include "manualclock.h"
#include "store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace actidesk;
using namespace Qt::StringLiterals;

class TestLeavePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<LeavePage> m_page;
    QAbstractItemModelTester *m_tester = nullptr;
    const int m_user = 7;
    const QDate m_monday = QDate(2026, 11, 23);
    enum { Vacation = 1, Sick = 2 };

    QModelIndex cell(int leaveTypeId, const QDate &date) const
    {
        LeaveModel *model = m_page->model();
        for (int row = 0; row < model->totalRow(); ++row) {
            if (model->leaveTypeId(row) == leaveTypeId)
                return model->index(
                    row, LeaveModel::FirstDayColumn + int(model->periodStart().daysTo(date)));
        }
        return {};
    }
    QString totalOf(const QDate &date) const
    {
        LeaveModel *model = m_page->model();
        return model
            ->index(model->totalRow(),
                    LeaveModel::FirstDayColumn + int(model->periodStart().daysTo(date)))
            .data()
            .toString();
    }
    int pendingLeave() const
    {
        int count = 0;
        for (const OutboxEntry &entry : m_store->pendingEdits())
            count += entry.kind == OutboxKind::Leave ? 1 : 0;
        return count;
    }
    void saveShot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("ACTIDESK_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(widget->grab().save(folder + u'/' + name));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int count = 0;
        m_store = Store::open(m_dir.filePath(u"page-%1.sqlite"_s.arg(++count)), nullptr);
        QVERIFY(m_store);
        QVERIFY(m_store->putServerInfo(ServerInfo{}));
        User user;
        user.id = m_user;
        user.username = u"ann"_s;
        user.canSubmitTimetrack = true;
        QVERIFY(m_store->putUsers({user}));
        LeaveType vacation{Vacation, u"Vacation"_s, LeaveBalance::Pto, 1.0, false};
        LeaveType sick{Sick, u"Sick leave"_s, LeaveBalance::Sick, 1.0, false};
        LeaveType old{3, u"Old leave"_s, LeaveBalance::None, 1.0, true};
        QVERIFY(m_store->putLeaveTypes({vacation, sick, old}));
        // Three weeks of 8-hour weekdays around the week shown.
        Schedule schedule{m_monday.addDays(-7), {}};
        for (int day = 0; day < 21; ++day)
            schedule.minutes.append(schedule.from.addDays(day).dayOfWeek() <= 5 ? 480 : 0);
        QVERIFY(m_store->putSchedule(m_user, schedule));
        QVERIFY(m_store->putServerLeave(m_user, m_monday, m_monday.addDays(6),
                                        {{m_user, m_monday, Sick, 480}},
                                        QDateTime::currentDateTimeUtc()));

        m_page = std::make_unique<LeavePage>(AccountModels(*m_store), m_user);
        m_tester = new QAbstractItemModelTester(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_page->setToday(m_monday.addDays(2));
        m_page->showPeriod(LeaveModel::Period::Week, m_monday.addDays(2));
        m_page->resize(900, 480);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup()
    {
        delete m_tester;
        m_tester = nullptr;
        m_page.reset();
        m_store.reset();
    }

    void typingIntoACellSavesIt()
    {
        QSignalSpy edited(m_page.get(), &LeavePage::edited);
        const QModelIndex target = cell(Sick, m_monday.addDays(1));
        QVERIFY(target.isValid());
        QTableView *view = m_page->view();
        view->setFocus();
        view->setCurrentIndex(target);
        QTest::keyClick(view, Qt::Key_4);
        auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(target));
        QVERIFY(editor);
        QCOMPARE(editor->text(), u"4"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(target.data().toString(), u"4:00"_s); // the delegate commits queued
        QCOMPARE(totalOf(m_monday.addDays(1)), u"4:00"_s);
        QCOMPARE(m_page->model()
                     ->index(m_page->model()->totalRow(), m_page->model()->totalColumn())
                     .data()
                     .toString(),
                 u"12:00"_s);
        QCOMPARE(pendingLeave(), 1);
        QCOMPARE(m_store->pendingEdits().first().payloadCell().minutes, 240);
        QCOMPARE(edited.count(), 1);
        QVERIFY(LeaveCellDelegate::toolTip(target).contains(u"not sent to the server yet"_s));

        // Garbage is refused with a visible message; nothing is queued.
        const QModelIndex other = cell(Sick, m_monday.addDays(2));
        view->setCurrentIndex(other);
        QTest::keyClicks(view, u"x"_s);
        QTest::keyClick(view->indexWidget(other), Qt::Key_Return);
        const auto labels = m_page->findChildren<QLabel *>();
        QTRY_VERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisible() && label->text().startsWith(u"Not saved"_s);
        }));
        QCOMPARE(pendingLeave(), 1);
    }

    void deleteClearsTheSelectedCell()
    {
        QSignalSpy edited(m_page.get(), &LeavePage::edited);
        const QModelIndex target = cell(Sick, m_monday);
        QTableView *view = m_page->view();
        view->setFocus();
        view->setCurrentIndex(target);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(target.data().toString(), QString());
        QCOMPARE(totalOf(m_monday), QString());
        QCOMPARE(pendingLeave(), 1);
        QCOMPARE(m_store->pendingEdits().first().payloadCell().minutes, 0);
        QCOMPARE(edited.count(), 1);
    }

    void weekMonthAndNavigation()
    {
        QSignalSpy shown(m_page.get(), &LeavePage::periodShown);
        const auto buttons = m_page->findChildren<QToolButton *>();
        const auto monthButton =
            std::find_if(buttons.cbegin(), buttons.cend(),
                         [](const QToolButton *b) { return b->text() == u"&Month"_s; });
        QVERIFY(monthButton != buttons.cend());
        QTest::mouseClick(*monthButton, Qt::LeftButton);
        QCOMPARE(m_page->model()->period(), LeaveModel::Period::Month);
        QCOMPARE(m_page->model()->dayCount(), 30); // November 2026
        QCOMPARE(m_page->model()->columnCount(), 32);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.last().at(0).toDate(), QDate(2026, 11, 1));
        QCOMPARE(shown.last().at(1).toDate(), QDate(2026, 11, 30));
        const auto labels = m_page->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text() == u"November 2026"_s;
        }));
        saveShot(m_page.get(), u"leave-month.png"_s);

        m_page->nextAction()->trigger();
        QCOMPARE(m_page->model()->dayCount(), 31); // December
        m_page->nextAction()->trigger();
        m_page->nextAction()->trigger();
        QCOMPARE(m_page->model()->periodStart(), QDate(2027, 2, 1));
        QCOMPARE(m_page->model()->dayCount(), 28);
        QCOMPARE(m_page->model()->columnCount(), 30);
        QTest::keyClick(m_page->view(), Qt::Key_Home, Qt::AltModifier);
        QCOMPARE(m_page->model()->periodStart(), QDate(2026, 11, 1));
        m_page->previousAction()->trigger();
        QCOMPARE(m_page->model()->periodStart(), QDate(2026, 10, 1));

        m_page->showPeriod(LeaveModel::Period::Week, m_monday);
        QTest::keyClick(m_page->view(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(m_page->model()->periodStart(), m_monday.addDays(7));
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text() == u"30 Nov \u2013 6 Dec 2026"_s;
        }));
    }

    void rangeDialogPreviewAndOk()
    {
        QSignalSpy edited(m_page.get(), &LeavePage::edited);
        LeaveRangeDialog *dialog = m_page->openRangeDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->setLeaveType(Vacation);
        dialog->setRange(m_monday, m_monday.addDays(6));
        QTreeWidget *preview = dialog->preview();
        QCOMPARE(preview->topLevelItemCount(), 7);
        int adds = 0;
        int skips = 0;
        for (int i = 0; i < preview->topLevelItemCount(); ++i) {
            const QString what = preview->topLevelItem(i)->text(3);
            adds += what == u"Add"_s ? 1 : 0;
            skips += what.startsWith(u"Skip"_s) ? 1 : 0;
        }
        QCOMPARE(adds, 5);
        QCOMPARE(skips, 2);
        QCOMPARE(preview->topLevelItem(5)->text(3), u"Skip \u2014 Non-working day"_s);
        QCOMPARE(preview->topLevelItem(0)->text(2), u"8:00"_s);
        saveShot(dialog, u"leave-dialog.png"_s);

        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_page->rangeDialog());
        QCOMPARE(pendingLeave(), 5);
        QCOMPARE(edited.count(), 1);
        for (int day = 0; day < 5; ++day)
            QCOMPARE(cell(Vacation, m_monday.addDays(day)).data().toString(), u"8:00"_s);
        QCOMPARE(cell(Vacation, m_monday.addDays(5)).data().toString(), QString());

        // The server refuses one day later: the cell says so after a reload.
        const OutboxEntry first = m_store->pendingEdits().first();
        QVERIFY(m_store->markRejected(first, u"The day is locked."_s));
        m_page->reload();
        const QModelIndex rejected = cell(Vacation, first.date);
        QCOMPARE(rejected.data(LeaveModel::CellStateRole).toInt(), int(CellState::Rejected));
        QVERIFY(LeaveCellDelegate::toolTip(rejected).contains(u"refused"_s));
        QVERIFY(LeaveCellDelegate::toolTip(rejected).contains(u"The day is locked."_s));
        saveShot(m_page.get(), u"leave-week.png"_s);
    }

    void rangeDialogAsksForAMissingSchedule()
    {
        QSignalSpy needed(m_page.get(), &LeavePage::scheduleNeeded);
        LeaveRangeDialog *dialog = m_page->openRangeDialog();
        dialog->setRange(m_monday.addDays(14), m_monday.addDays(20)); // not cached
        QVERIFY(needed.wait());
        QCOMPARE(needed.count(), 1); // once for the range, not for each date on the way
        QCOMPARE(needed.first().at(0).toDate(), m_monday.addDays(14));
        QCOMPARE(needed.first().at(1).toDate(), m_monday.addDays(20));
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->preview()->topLevelItem(0)->text(3),
                 u"Skip \u2014 Schedule not known for this day"_s);

        // The window fetched it and reloads the page: the open preview follows.
        QVERIFY(m_store->putSchedule(
            m_user, Schedule{m_monday.addDays(14), {480, 480, 480, 480, 480, 0, 0}}));
        m_page->reload();
        QCOMPARE(dialog->plan().writeCount(), 5);
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::qWait(300);
        QCOMPARE(needed.count(), 1);
        dialog->reject();
    }

    // The header marks today like the timesheet's: the account's clock's day (a ManualClock
    // here, a day after the pinned one of the other tests), and the day a test pins.
    void headerMarksTodayOnTheAccountsClock()
    {
        ManualClock clock(ManualClock::kDefaultStartMs + 24 * 3600 * 1000); // Thu 26 Nov, noon
        StoreOptions options;
        options.clock = &clock;
        std::unique_ptr<Store> store =
            Store::open(m_dir.filePath(u"clock.sqlite"_s), nullptr, options);
        QVERIFY(store);
        QVERIFY(store->putServerInfo(ServerInfo{}));
        QVERIFY(store->putLeaveTypes({{Vacation, u"Vacation"_s, LeaveBalance::Pto, 1.0, false}}));
        LeavePage page(AccountModels(*store), m_user);
        page.resize(900, 480);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        const QDate thursday(2026, 11, 26);
        QCOMPARE(page.today(), thursday);
        QCOMPARE(page.model()->periodStart(), m_monday);
        QVERIFY(!page.todayAction()->isEnabled()); // today's week is shown
        auto *header = qobject_cast<DayHeaderView *>(page.view()->horizontalHeader());
        QVERIFY(header);
        const auto marked = [&page, header]() {
            QList<QDate> days;
            for (int column = 0; column < page.model()->columnCount(); ++column) {
                if (header->isToday(column))
                    days.append(page.model()->dateOf(column));
            }
            return days;
        };
        QCOMPARE(marked(), QList<QDate>{thursday});

        page.setToday(m_monday); // pinned, as the window does for tests and screenshots
        QCOMPARE(marked(), QList<QDate>{m_monday});
        page.showPeriod(LeaveModel::Period::Week, m_monday.addDays(7));
        QVERIFY(marked().isEmpty());
        QVERIFY(page.todayAction()->isEnabled());
    }
};

QTEST_MAIN(TestLeavePage)
#include "tst_leavepage.moc"
