// AccountWorkspace against the in-process emulator, without widgets: a change that reaches the
// outbox — typed into a model, written by a plan — is sent without anyone asking for a sync;
// the Store's announcements make a model over the same week re-read (and one over another week
// not); the status snapshot's counts are true after an edit, a conflict and each resolution;
// "data as of" is the shown week's oldest fetch; failed refreshes appear in the snapshot.
#include "accountsession.h"
#include "accountworkspace.h"
#include "emulatorfixture.h"
#include "leaveplan.h"
#include "requestqueue.h"
#include "store.h"
#include "syncengine.h"
#include "testdataset.h"
#include "timesheetmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace actidesk;
using Fault = emu::FaultRule::Kind;

namespace {
emu::EmulatorOptions noLimits()
{
    emu::EmulatorOptions o;
    o.rateLimits.enabled = false;
    return o;
}
} // namespace

class TestAccountWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDate monday = testdata::kWeekStart;
    const int employee = 3;
    static constexpr int FirstDay = TimesheetModel::FirstDayColumn;

    std::unique_ptr<AccountWorkspace> open(EmulatorFixture &f, const QString &store)
    {
        SessionOptions options;
        options.storePath = m_dir.filePath(store);
        options.probeIntervalMs = 100;
        auto w = std::make_unique<AccountWorkspace>(
            Account{QUrl(u"http://127.0.0.1:%1"_s.arg(f.port())), u"employee"_s, {}}, options);
        QString recovered, error;
        if (!w->openCache(&recovered, &error))
            qWarning() << "openCache:" << error;
        w->session().queue()->setRetryPolicy({1, 10, 20, 0, 20});
        return w;
    }
    // Signs in and shows the employee's current week; false when its data did not arrive.
    static bool signInAndShowWeek(AccountWorkspace &w, const QDate &monday)
    {
        QSignalSpy in(&w.session(), &AccountSession::signedIn);
        w.session().signIn(u"employee"_s);
        if (!in.wait(5000))
            return false;
        QSignalSpy landed(&w, &AccountWorkspace::shownWeekRefreshed);
        w.showWeek(3, monday, monday.addDays(6));
        return landed.wait(5000);
    }
    static const emu::TimeRecord *serverRecord(EmulatorFixture &f, const QDate &date, int taskId)
    {
        const auto day = f.data().timetrack.find(emu::dayKey(date, 3));
        if (day == f.data().timetrack.end())
            return nullptr;
        const auto it = day->second.find(taskId);
        return it == day->second.end() ? nullptr : &it->second;
    }
    static int rowOfTask(const TimesheetModel &model, int taskId)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.taskId(row) == taskId)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void anEditInAModelIsSentWithoutAskingForASync()
    {
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        auto w = open(f, u"model-edit.sqlite"_s);
        QVERIFY(signInAndShowWeek(*w, monday));
        QTRY_COMPARE_WITH_TIMEOUT(w->status().connection, WorkspaceStatus::Connection::Online,
                                  5000);
        TimesheetModel model(*w->store(), employee);
        QAbstractItemModelTester tester(&model);
        model.setWeek(monday);
        const int row = rowOfTask(model, 2);
        QVERIFY(row >= 0);
        // Wednesday of task 2: nobody calls sync() or syncNow() after this.
        QVERIFY(model.setData(model.index(row, FirstDay + 2), u"1:30"_s));
        QTRY_VERIFY_WITH_TIMEOUT(serverRecord(f, monday.addDays(2), 2)
                                     && serverRecord(f, monday.addDays(2), 2)->time == 90,
                                 5000);
        QTRY_COMPARE_WITH_TIMEOUT(w->status().changesWaiting, 0, 5000);
    }

    void aPlansCellsAreSentWithoutAskingForASync()
    {
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        auto w = open(f, u"plan.sqlite"_s);
        QVERIFY(signInAndShowWeek(*w, monday));
        // Thursday and Friday of next week: the schedule is needed for the plan.
        const QDate from = monday.addDays(10), to = monday.addDays(11);
        QSignalSpy scheduled(w->session().sync(), &SyncEngine::weekRefreshed);
        w->refreshWeek(employee, monday.addDays(7), monday.addDays(13));
        QVERIFY(scheduled.wait(5000));
        const LeavePlan plan = LeavePlan::fromStore(*w->store(), employee, 1, from, to, 240);
        QVERIFY2(plan.error().isEmpty(), qPrintable(plan.error()));
        const LeavePlan::ApplyResult applied = plan.apply(*w->store(), employee);
        QVERIFY2(applied.error.isEmpty(), qPrintable(applied.error));
        const auto leaveOn = [&f](const QDate &date) {
            const auto day = f.data().leave.find(emu::dayKey(date, 3));
            return day == f.data().leave.end() || !day->second.contains(1) ? 0 : day->second.at(1);
        };
        QTRY_COMPARE_WITH_TIMEOUT(leaveOn(from), 240, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(leaveOn(to), 240, 5000);
    }

    void aChangeReloadsTheModelsOverItsWeekOnly()
    {
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        auto w = open(f, u"reload.sqlite"_s);
        QVERIFY(signInAndShowWeek(*w, monday));
        TimesheetModel editor(*w->store(), employee);
        TimesheetModel sameWeek(*w->store(), employee);
        TimesheetModel otherWeek(*w->store(), employee);
        QAbstractItemModelTester t1(&editor), t2(&sameWeek), t3(&otherWeek);
        editor.setWeek(monday);
        sameWeek.setWeek(monday);
        otherWeek.setWeek(monday.addDays(7));
        // Counts the re-reads the Store's announcements ask of each model.
        int sameReads = 0, otherReads = 0;
        sameWeek.setReloadHandler([&]() {
            ++sameReads;
            sameWeek.reload();
        });
        otherWeek.setReloadHandler([&]() {
            ++otherReads;
            otherWeek.reload();
        });
        QSignalSpy otherChanged(&otherWeek, &QAbstractItemModel::dataChanged);
        QSignalSpy otherReset(&otherWeek, &QAbstractItemModel::modelReset);
        const int row = rowOfTask(editor, 1);
        QVERIFY(row >= 0);
        const QModelIndex mondayCell = sameWeek.index(rowOfTask(sameWeek, 1), FirstDay);
        QCOMPARE(mondayCell.data(Qt::EditRole).toInt(), 240);
        QVERIFY(editor.setData(editor.index(row, FirstDay), u"2:00"_s));
        // The other model over the same week shows it without anybody telling it to re-read.
        QTRY_COMPARE(mondayCell.data(Qt::EditRole).toInt(), 120);
        QVERIFY(sameReads >= 1);
        // Its re-read and the other week's would have been delivered in the same turn of the
        // event loop: the other week was not re-read at all.
        QCOMPARE(otherReads, 0);
        QCOMPARE(otherChanged.count(), 0);
        QCOMPARE(otherReset.count(), 0);
        // Nor after the edit went to the server and came back confirmed (same days only).
        QTRY_COMPARE_WITH_TIMEOUT(serverRecord(f, monday, 1)->time, 120, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(w->status().changesWaiting, 0, 5000);
        QCOMPARE(otherReads, 0);
        QCOMPARE(otherChanged.count(), 0);
        QCOMPARE(otherReset.count(), 0);
    }

    void theStatusCountsAreTrueAfterEveryResolution()
    {
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        auto w = open(f, u"counts.sqlite"_s);
        QVERIFY(signInAndShowWeek(*w, monday));
        QSignalSpy published(w.get(), &AccountWorkspace::statusChanged);
        const auto last = [&published]() {
            return published.isEmpty() ? WorkspaceStatus{}
                                       : published.last().first().value<WorkspaceStatus>();
        };
        // Someone else changes Monday of task 1 after we fetched it; task 5 is completed.
        auto other = f.client(u"manager"_s);
        QCOMPARE(other
                     ->patch(u"/timetrack/3/%1/1"_s.arg(monday.toString(Qt::ISODate)),
                             QJsonObject{{u"time"_s, 300}})
                     .status,
                 200);
        // Offline for a moment, so the edits wait and the count says so.
        f.emulator().faults().add({Fault::DropBeforeHandling, -1, 0, {}, {}});
        Store &store = *w->store();
        QVERIFY(store.editTimetrackCell(employee, monday, 1, 100, u"mine"_s));
        QVERIFY(store.editTimetrackCell(employee, monday.addDays(1), 5, 60, QString()));
        QTRY_COMPARE_WITH_TIMEOUT(last().changesWaiting, 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(last().connection, WorkspaceStatus::Connection::Offline, 5000);

        // Back: one conflict, one refusal, nothing waiting — published, nobody pressed F5.
        f.emulator().faults().clear();
        QTRY_COMPARE_WITH_TIMEOUT(last().conflicts, 1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(last().refusals, 1, 5000);
        QCOMPARE(last().changesWaiting, 0);
        QCOMPARE(last(), w->status());

        const QList<OutboxEntry> entries = store.outboxEntries();
        QCOMPARE(entries.size(), 2);
        const OutboxEntry conflict =
            entries.at(0).state == OutboxState::Conflict ? entries.at(0) : entries.at(1);
        const OutboxEntry refused =
            entries.at(0).state == OutboxState::Rejected ? entries.at(0) : entries.at(1);
        // Keep mine: sent again by itself, then nothing is left of it.
        QVERIFY(store.resolveKeepMine(conflict.id));
        QTRY_COMPARE_WITH_TIMEOUT(last().conflicts, 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(serverRecord(f, monday, 1)->time, 100, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(last().changesWaiting, 0, 5000);
        QCOMPARE(last().refusals, 1);
        // Discarding the refused change (take the server's): no refusal left.
        QVERIFY(store.resolveTakeTheirs(refused.id));
        QTRY_COMPARE_WITH_TIMEOUT(last().refusals, 0, 5000);
        QCOMPARE(last().changesWaiting, 0);
        QCOMPARE(last().conflicts, 0);

        // A new conflict settled with the server's value.
        QCOMPARE(other
                     ->patch(u"/timetrack/3/%1/2"_s.arg(monday.toString(Qt::ISODate)),
                             QJsonObject{{u"time"_s, 200}})
                     .status,
                 200);
        QVERIFY(store.editTimetrackCell(employee, monday, 2, 120, QString()));
        QTRY_COMPARE_WITH_TIMEOUT(last().conflicts, 1, 5000);
        QVERIFY(store.resolveTakeTheirs(store.outboxEntries().first().id));
        QTRY_COMPARE_WITH_TIMEOUT(last().conflicts, 0, 5000);
        QCOMPARE(last().changesWaiting, 0);
        QCOMPARE(store.timetrack(employee, monday, monday).at(1).minutes, 200);
    }

    void dataAsOfIsTheShownWeeksOldestFetch()
    {
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        auto w = open(f, u"asof.sqlite"_s);
        QVERIFY(!w->status().dataAsOf.isValid()); // nothing shown, nothing fetched
        QVERIFY(signInAndShowWeek(*w, monday));
        const QList<DayInfo> days = w->store()->days(employee, monday, monday.addDays(6));
        QCOMPARE(days.size(), 7);
        QTRY_COMPARE(w->status().dataAsOf, days.first().timetrackFetchedAt);
        // Another week, never fetched: not "as of" anything until it arrives.
        QSignalSpy landed(w.get(), &AccountWorkspace::shownWeekRefreshed);
        f.emulator().faults().add({Fault::DropBeforeHandling, -1, 0, {}, {}});
        w->showWeek(employee, monday.addDays(14), monday.addDays(20));
        QTRY_VERIFY(!w->status().dataAsOf.isValid());
        f.emulator().faults().clear();
        w->showWeek(employee, monday.addDays(14), monday.addDays(20));
        QVERIFY(landed.wait(5000));
        QTRY_VERIFY(w->status().dataAsOf.isValid());
    }

    // Preferences → Clear Cache: the server's data goes, the outbox stays (offline), and once
    // the server is back the outbox replays and the lists and the shown week come again.
    void clearingTheCacheKeepsTheOutboxWhichStillReplays()
    {
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        auto w = open(f, u"clear.sqlite"_s);
        QVERIFY(signInAndShowWeek(*w, monday));
        QTRY_COMPARE_WITH_TIMEOUT(w->status().connection, WorkspaceStatus::Connection::Online,
                                  5000);
        Store &store = *w->store();
        const int tasks = int(store.tasks().size());
        QVERIFY(tasks > 1);
        f.emulator().faults().add({Fault::DropBeforeHandling, -1, 0, {}, {}});
        QVERIFY(store.editTimetrackCell(employee, monday.addDays(2), 2, 75, u"kept"_s));
        QTRY_COMPARE_WITH_TIMEOUT(w->status().connection, WorkspaceStatus::Connection::Offline,
                                  5000);
        QVERIFY(w->cacheSizeOnDisk() > 0);
        QVERIFY(w->clearCache().isEmpty());
        QCOMPARE(store.outboxCount(), 1);
        QCOMPARE(int(store.tasks().size()), 1);
        QVERIFY(!w->isFetched(employee, monday, monday.addDays(6)));
        f.emulator().faults().clear();
        QTRY_VERIFY_WITH_TIMEOUT(serverRecord(f, monday.addDays(2), 2)
                                     && serverRecord(f, monday.addDays(2), 2)->time == 75,
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(store.outboxCount(), 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(int(store.tasks().size()), tasks, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(w->isFetched(employee, monday, monday.addDays(6)), 10000);
    }

    void aFailedRefreshAppearsInTheStatus()
    {
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        auto w = open(f, u"refresh-error.sqlite"_s);
        QVERIFY(signInAndShowWeek(*w, monday));
        QTRY_COMPARE(w->status().connection, WorkspaceStatus::Connection::Online);
        QVERIFY(w->status().lastRefreshError.isEmpty());
        QSignalSpy published(w.get(), &AccountWorkspace::statusChanged);
        // An employee may not read another user's week: the server refuses it (403), which is
        // neither "offline" nor "sign in again" — the snapshot carries the reason.
        w->refreshWeek(4, monday, monday.addDays(6));
        QTRY_VERIFY_WITH_TIMEOUT(
            !published.isEmpty()
                && !published.last().first().value<WorkspaceStatus>().lastRefreshError.isEmpty(),
            5000);
        QVERIFY(!w->status().lastRefreshError.isEmpty());
        QCOMPARE(w->status().connection, WorkspaceStatus::Connection::Online);
    }
};

QTEST_MAIN(TestAccountWorkspace)
#include "tst_accountworkspace.moc"
