// SyncEngine against the in-process emulator: cache-first refresh, a week of edits made offline
// then replayed on reconnect, conflicts (keep mine / take theirs), server refusals, answers lost
// after the server applied an edit, a refused account, and a Store that cannot be written.
// Engine, queue, Store and emulator share the fixture's ManualClock: retries, back-off and the
// offline probe pass by moving it (Rig::runUntil), never by sleeping.
#include "actitimeclient.h"
#include "emulatorfixture.h"
#include "requestqueue.h"
#include "store.h"
#include "syncengine.h"
#include "teamweekrefresh.h"
#include "testdataset.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace actidesk;
using Kind = emu::FaultRule::Kind;

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    struct Rig
    {
        explicit Rig(const QString &password = u"employee"_s, const QString &login = u"employee"_s)
            : fixture(testdata::contractDataset(), options())
        {
            OpenReport report;
            StoreOptions storeOptions;
            storeOptions.clock = &fixture.clock();
            store = Store::open(dir.filePath(u"cache.sqlite"_s), &report, storeOptions);
            queue = std::make_unique<RequestQueue>(&network, fixture.apiBase(), nullptr,
                                                   fixture.clock());
            queue->setCredentials(login, password);
            queue->setRetryPolicy({2, 10, 20, 0, 5});
            client = std::make_unique<ActiTimeClient>(*queue);
            engine = std::make_unique<SyncEngine>(*store, *client);
            engine->setProbeIntervalMs(100);
        }
        static emu::EmulatorOptions options()
        {
            emu::EmulatorOptions o;
            o.rateLimits.enabled = false;
            return o;
        }
        const emu::TimeRecord *serverRecord(const QDate &date, int taskId)
        {
            const auto day = fixture.data().timetrack.find(emu::dayKey(date, 3));
            if (day == fixture.data().timetrack.end())
                return nullptr;
            const auto it = day->second.find(taskId);
            return it == day->second.end() ? nullptr : &it->second;
        }
        // Runs the event loop until `done`, moving the clock over every wait (back-off, probe)
        // while no request is in flight.
        bool runUntil(const std::function<bool()> &done, int timeoutMs = 10'000)
        {
            return fixture.clock().runUntil(
                done, [this]() { return queue->inFlight() > 0; }, timeoutMs);
        }
        bool runUntil(SyncEngine::State state)
        {
            return runUntil([this, state]() { return engine->state() == state; });
        }
        bool refresh(const QDate &from, const QDate &to)
        {
            QSignalSpy done(engine.get(), &SyncEngine::weekRefreshed);
            engine->refreshWeek(3, from, to);
            return runUntil([&done]() { return done.count() > 0; });
        }
        bool syncAndWait()
        {
            QSignalSpy done(engine.get(), &SyncEngine::syncFinished);
            engine->sync();
            return runUntil([&done]() { return done.count() > 0; });
        }
        // Moves the clock a long way (every retry, back-off and probe of that time runs) to show
        // that nothing is sent meanwhile; true when no request left the queue.
        bool nothingSentDuring(qint64 ms)
        {
            const int sent = queue->sentCount();
            fixture.clock().advanceMs(ms);
            QCoreApplication::processEvents();
            return queue->sentCount() == sent && queue->inFlight() == 0;
        }

        EmulatorFixture fixture;
        QTemporaryDir dir;
        QNetworkAccessManager network;
        std::unique_ptr<Store> store;
        std::unique_ptr<RequestQueue> queue;
        std::unique_ptr<ActiTimeClient> client;
        std::unique_ptr<SyncEngine> engine;
    };

    const QDate monday = testdata::kWeekStart;

private Q_SLOTS:
    void refreshFillsTheCache()
    {
        Rig rig;
        QVERIFY(rig.store->timetrack(3, monday, monday.addDays(6)).isEmpty());
        QVERIFY(rig.refresh(monday, monday.addDays(6)));
        const QList<TimetrackCell> cells = rig.store->timetrack(3, monday, monday.addDays(6));
        QCOMPARE(cells.size(), 3);
        QCOMPARE(cells.first().minutes, 240);
        QCOMPARE(cells.first().comment, u"hull sketches"_s);
        QCOMPARE(cells.first().state, CellState::Synced);
        QVERIFY(rig.store->task(1).has_value());
        QCOMPARE(rig.store->task(1)->projectName, u"Spaceship building"_s);
        const std::optional<Schedule> schedule = rig.store->schedule(3, monday, monday.addDays(6));
        QVERIFY(schedule.has_value());
        QCOMPARE(schedule->minutesOn(monday), 480);
        QCOMPARE(schedule->minutesOn(monday.addDays(3)), 0); // the holiday
        QCOMPARE(rig.engine->state(), SyncEngine::State::Online);
        // "Data as of" and the fetched-at stamps are the account's clock's time.
        QCOMPARE(rig.engine->lastSuccess(), rig.fixture.clock().now());
        QCOMPARE(cells.first().fetchedAt, rig.fixture.clock().now());
    }

    void aWeekOfEditsOfflineThenReconnect()
    {
        Rig rig;
        QVERIFY(rig.refresh(monday, monday.addDays(6)));
        rig.fixture.emulator().faults().add({Kind::DropBeforeHandling, -1, 0, {}, {}});
        for (int d = 0; d < 5; ++d) {
            for (int task = 1; task <= 3; ++task)
                QVERIFY(rig.store->editTimetrackCell(3, monday.addDays(d), task, 60 * task + d,
                                                     u"offline %1"_s.arg(d)));
        }
        QSignalSpy states(rig.engine.get(), &SyncEngine::stateChanged);
        rig.engine->sync();
        QVERIFY(rig.runUntil(SyncEngine::State::Offline));
        QCOMPARE(rig.store->outboxCount(OutboxState::Pending), 15);
        QCOMPARE(rig.store->timetrack(3, monday, monday).first().state, CellState::Pending);
        QVERIFY(!rig.serverRecord(monday.addDays(2), 3));

        // The server comes back; the probe notices and the outbox drains in order.
        QSignalSpy finished(rig.engine.get(), &SyncEngine::syncFinished);
        rig.fixture.emulator().faults().clear();
        QVERIFY(rig.runUntil([&finished]() { return finished.count() > 0; }));
        QCOMPARE(rig.store->outboxCount(), 0);
        for (int d = 0; d < 5; ++d) {
            for (int task = 1; task <= 3; ++task) {
                const emu::TimeRecord *r = rig.serverRecord(monday.addDays(d), task);
                QVERIFY(r);
                QCOMPARE(r->time, 60 * task + d);
                QCOMPARE(r->comment, u"offline %1"_s.arg(d));
            }
        }
        QVERIFY(rig.runUntil(SyncEngine::State::Online));
        for (const TimetrackCell &c : rig.store->timetrack(3, monday, monday.addDays(4)))
            QCOMPARE(c.state, CellState::Synced);
    }

    void conflictKeepMineAndTakeTheirs()
    {
        Rig rig;
        QVERIFY(rig.refresh(monday, monday.addDays(6)));
        // Someone else changes two cells on the server after we fetched them.
        auto other = rig.fixture.client(u"manager"_s);
        QCOMPARE(other
                     ->patch(u"/timetrack/3/%1/1"_s.arg(monday.toString(Qt::ISODate)),
                             QJsonObject{{u"time"_s, 300}, {u"comment"_s, u"by manager"_s}})
                     .status,
                 200);
        QCOMPARE(other
                     ->patch(u"/timetrack/3/%1/2"_s.arg(monday.toString(Qt::ISODate)),
                             QJsonObject{{u"time"_s, 200}})
                     .status,
                 200);
        QVERIFY(rig.store->editTimetrackCell(3, monday, 1, 100, u"mine"_s));
        QVERIFY(rig.store->editTimetrackCell(3, monday, 2, 120, QString()));
        QVERIFY(rig.syncAndWait());
        // Neither side was overwritten silently.
        QCOMPARE(rig.store->outboxCount(OutboxState::Conflict), 2);
        QCOMPARE(rig.serverRecord(monday, 1)->time, 300);
        QCOMPARE(rig.serverRecord(monday, 2)->time, 200);
        QList<TimetrackCell> cells = rig.store->timetrack(3, monday, monday);
        QCOMPARE(cells.at(0).state, CellState::Conflict);
        QCOMPARE(cells.at(0).minutes, 100);
        QCOMPARE(cells.at(0).serverMinutes, 300);

        const QList<OutboxEntry> conflicts = rig.store->outboxEntries();
        QVERIFY(rig.store->resolveKeepMine(conflicts.at(0).id));
        QVERIFY(rig.store->resolveTakeTheirs(conflicts.at(1).id));
        QVERIFY(rig.syncAndWait());
        QCOMPARE(rig.store->outboxCount(), 0);
        QCOMPARE(rig.serverRecord(monday, 1)->time, 100);
        QCOMPARE(rig.serverRecord(monday, 1)->comment, u"mine"_s);
        QCOMPARE(rig.serverRecord(monday, 2)->time, 200);
        cells = rig.store->timetrack(3, monday, monday);
        QCOMPARE(cells.at(1).minutes, 200);
        QCOMPARE(cells.at(1).state, CellState::Synced);
    }

    void refusalKeepsTheUsersValueAndReplayGoesOn()
    {
        Rig rig;
        QVERIFY(rig.refresh(monday, monday.addDays(6)));
        QVERIFY(rig.store->editTimetrackCell(3, monday, 5, 60, QString())); // task 5 is completed
        QVERIFY(rig.store->editTimetrackCell(3, monday.addDays(2), 3, 90, QString()));
        QVERIFY(rig.syncAndWait());
        QCOMPARE(rig.store->outboxCount(OutboxState::Rejected), 1);
        const OutboxEntry rejected = rig.store->outboxEntries().first();
        QVERIFY(rejected.message.contains(u"completed"_s, Qt::CaseInsensitive));
        QCOMPARE(rig.store->timetrack(3, monday, monday).last().minutes, 60);
        QCOMPARE(rig.serverRecord(monday.addDays(2), 3)->time, 90);
    }

    void aDayRefusedAsLockedIsLearnedAndForgottenOnceOpen()
    {
        Rig rig;
        QVERIFY(rig.refresh(monday, monday.addDays(6)));
        const QDate tuesday = monday.addDays(1);
        rig.fixture.data().lockedDays.insert(emu::dayKey(tuesday, 3));
        QVERIFY(rig.store->editTimetrackCell(3, tuesday, 2, 60, QString()));
        QVERIFY(rig.store->editTimetrackCell(3, monday.addDays(2), 3, 90, QString()));
        QVERIFY(rig.syncAndWait());
        QCOMPARE(rig.store->outboxCount(OutboxState::Rejected), 1);
        QString reason = rig.store->days(3, tuesday, tuesday).value(0).lockedReason;
        QVERIFY2(reason.contains(u"locked"_s), qPrintable(reason));
        QCOMPARE(rig.store->days(3, monday.addDays(2), monday.addDays(2)).value(0).lockedReason,
                 QString()); // the accepted day is open
        QCOMPARE(rig.serverRecord(monday.addDays(2), 3)->time, 90);

        // Approved, not locked: learned the same way. (Friday has time on the server: the
        // server reports the approval of days with time only.)
        const QDate friday = monday.addDays(4);
        rig.fixture.data().timetrack[emu::dayKey(friday, 3)] = {{2, {60, QString()}}};
        rig.fixture.data().approvedDays.insert(emu::dayKey(friday, 3));
        QVERIFY(rig.store->editTimetrackCell(3, friday, 1, 30, QString()));
        QVERIFY(rig.syncAndWait());
        reason = rig.store->days(3, friday, friday).value(0).lockedReason;
        QVERIFY2(reason.contains(u"approved"_s), qPrintable(reason));

        // Unlocked on the server; a write accepted on the day forgets the lock. (The refused
        // cell is settled first, as the user would, by discarding it.)
        rig.fixture.data().lockedDays.clear();
        const OutboxEntry refused = rig.store->outboxEntries().first();
        QCOMPARE(refused.date, tuesday);
        QVERIFY(rig.store->resolveTakeTheirs(refused.id));
        QVERIFY(rig.store->editLeaveCell(3, tuesday, 1, 60));
        QVERIFY(rig.syncAndWait());
        QCOMPARE(rig.store->days(3, tuesday, tuesday).value(0).lockedReason, QString());
        // The refresh says Friday is no longer approved: forgotten too.
        rig.fixture.data().approvedDays.clear();
        QVERIFY(rig.refresh(monday, monday.addDays(6)));
        QCOMPARE(rig.store->days(3, friday, friday).value(0).lockedReason, QString());
    }

    void otherRefusalsTeachNoLock()
    {
        Rig rig;
        QVERIFY(rig.refresh(monday, monday.addDays(6)));
        QVERIFY(rig.store->editTimetrackCell(3, monday, 5, 60, QString())); // completed task
        QVERIFY(rig.syncAndWait());
        QCOMPARE(rig.store->outboxCount(OutboxState::Rejected), 1);
        QCOMPARE(rig.store->days(3, monday, monday).value(0).lockedReason, QString());
    }

    void anAnswerLostAfterTheServerAppliedIsNoConflict()
    {
        Rig rig;
        QVERIFY(rig.refresh(monday, monday.addDays(6)));
        // The read batch passes; every later batch (the write first) is applied but its answer
        // never arrives, until the fault is cleared.
        rig.fixture.emulator().faults().add({Kind::Delay, 1, 0, u"/batch"_s, "POST"});
        rig.fixture.emulator().faults().add({Kind::DropAfterHandling, -1, 0, u"/batch"_s, "POST"});
        QVERIFY(rig.store->editTimetrackCell(3, monday.addDays(1), 2, 45, u"lost answer"_s));
        rig.engine->sync();
        QVERIFY(rig.runUntil(SyncEngine::State::Offline));
        QCOMPARE(rig.serverRecord(monday.addDays(1), 2)->time, 45); // applied, unanswered
        QCOMPARE(rig.store->outboxCount(OutboxState::Pending), 1);
        QSignalSpy finished(rig.engine.get(), &SyncEngine::syncFinished);
        rig.fixture.emulator().faults().clear();
        QVERIFY(rig.runUntil([&finished]() { return finished.count() > 0; })); // the probe
        // The replay saw its own value on the server: confirmed, not a conflict.
        QCOMPARE(rig.store->outboxCount(), 0);
        QCOMPARE(rig.store->timetrack(3, monday.addDays(1), monday.addDays(1)).last().state,
                 CellState::Synced);
    }

    void leaveEditsAreReplayed()
    {
        Rig rig;
        QVERIFY(rig.refresh(monday, monday.addDays(6)));
        QVERIFY(rig.store->editLeaveCell(3, monday.addDays(4), 1, 480));
        QVERIFY(rig.syncAndWait());
        QCOMPARE(rig.store->outboxCount(), 0);
        const auto day = rig.fixture.data().leave.find(emu::dayKey(monday.addDays(4), 3));
        QVERIFY(day != rig.fixture.data().leave.end());
        QCOMPARE(day->second.at(1), 480);
        const QList<LeaveCell> cells = rig.store->leave(3, monday.addDays(4), monday.addDays(4));
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells.first().state, CellState::Synced);
    }

    void objectsCreatedOfflineWithTemporaryIds()
    {
        Rig rig(u"manager"_s, u"manager"_s);
        // A customer, a project in it and a task in that project, all made offline.
        QVERIFY(rig.store->enqueueChange(OutboxKind::CreateCustomer, -1,
                                         json::customerCreateBody(u"Nebula Ltd"_s, u"new"_s)));
        QVERIFY(rig.store->enqueueChange(OutboxKind::CreateProject, -2,
                                         json::projectCreateBody(-1, u"Launch site"_s)));
        json::NewTask task;
        task.projectId = -2;
        task.name = u"Pour concrete"_s;
        task.estimatedMinutes = 600;
        QVERIFY(rig.store->enqueueChange(OutboxKind::CreateTask, -3, json::taskCreateBody(task)));
        json::TaskChanges rename;
        rename.name = u"Pour the concrete"_s;
        QVERIFY(rig.store->enqueueChange(OutboxKind::UpdateTask, -3, json::taskUpdateBody(rename),
                                         QJsonObject{{u"name"_s, u"Pour concrete"_s}}));
        QVERIFY(rig.syncAndWait());
        QCOMPARE(rig.store->outboxCount(), 0);

        const emu::Dataset &server = rig.fixture.data();
        const auto customer =
            std::find_if(server.customers.begin(), server.customers.end(),
                         [](const auto &c) { return c.second.name == u"Nebula Ltd"_s; });
        QVERIFY(customer != server.customers.end());
        const auto project =
            std::find_if(server.projects.begin(), server.projects.end(),
                         [](const auto &p) { return p.second.name == u"Launch site"_s; });
        QVERIFY(project != server.projects.end());
        QCOMPARE(project->second.customerId, customer->first);
        const auto created =
            std::find_if(server.tasks.begin(), server.tasks.end(),
                         [](const auto &t) { return t.second.name == u"Pour the concrete"_s; });
        QVERIFY(created != server.tasks.end());
        QCOMPARE(created->second.projectId, project->first);
        QCOMPARE(created->second.estimatedTime, std::optional<int>(600));
    }

    void aCreateWhoseAnswerWasLostIsNotRepeated()
    {
        Rig rig(u"manager"_s, u"manager"_s);
        rig.fixture.emulator().faults().add(
            {Kind::DropAfterHandling, -1, 0, u"/customers"_s, "POST"});
        QVERIFY(rig.store->enqueueChange(OutboxKind::CreateCustomer, -7,
                                         json::customerCreateBody(u"Once Only Inc"_s)));
        rig.engine->sync();
        QVERIFY(rig.runUntil(SyncEngine::State::Offline));
        QSignalSpy finished(rig.engine.get(), &SyncEngine::syncFinished);
        rig.fixture.emulator().faults().clear();
        QVERIFY(rig.runUntil([&finished]() { return finished.count() > 0; }));
        QCOMPARE(rig.store->outboxCount(), 0);
        const auto &customers = rig.fixture.data().customers;
        QCOMPARE(std::count_if(customers.begin(), customers.end(),
                               [](const auto &c) { return c.second.name == u"Once Only Inc"_s; }),
                 1);
    }

    void updateConflictsAndRefusals()
    {
        Rig rig(u"manager"_s, u"manager"_s);
        // Someone renamed project 2 after we based our rename on "Website".
        rig.fixture.data().projects[2].name = u"Web site"_s;
        json::ProjectChanges mine;
        mine.name = u"Site"_s;
        QVERIFY(rig.store->enqueueChange(OutboxKind::UpdateProject, 2,
                                         json::projectUpdateBody(mine),
                                         QJsonObject{{u"name"_s, u"Website"_s}}));
        // A change that does not clash goes through.
        json::CustomerChanges described;
        described.description = u"Rockets and more"_s;
        QVERIFY(rig.store->enqueueChange(OutboxKind::UpdateCustomer, 1,
                                         json::customerUpdateBody(described),
                                         QJsonObject{{u"description"_s, u"Rocket makers"_s}}));
        // Deleting what is gone already is done.
        QVERIFY(rig.store->enqueueChange(OutboxKind::DeleteTask, 999, QJsonObject{}));
        // A refused change keeps its entry with the server's reason.
        QVERIFY(rig.store->enqueueChange(OutboxKind::CreateProject, -5,
                                         json::projectCreateBody(404, u"Orphan"_s)));
        QVERIFY(rig.syncAndWait());
        QCOMPARE(rig.fixture.data().projects.at(2).name, u"Web site"_s);
        QCOMPARE(rig.fixture.data().customers.at(1).description, u"Rockets and more"_s);
        QCOMPARE(rig.store->outboxCount(OutboxState::Conflict), 1);
        QCOMPARE(rig.store->outboxCount(OutboxState::Rejected), 1);
        QCOMPARE(rig.store->outboxCount(OutboxState::Pending), 0);
    }

    void anEmployeeMayNotCreateCustomers()
    {
        Rig rig;
        QVERIFY(rig.store->enqueueChange(OutboxKind::CreateCustomer, -1,
                                         json::customerCreateBody(u"Not mine"_s)));
        QVERIFY(rig.syncAndWait());
        QCOMPARE(rig.store->outboxCount(OutboxState::Rejected), 1);
        QVERIFY(!rig.store->outboxEntries().first().message.isEmpty());
    }

    void aRefusedAccountStopsTheEngine()
    {
        Rig rig(u"wrong"_s);
        QVERIFY(rig.store->editTimetrackCell(3, monday, 1, 30, QString()));
        rig.engine->sync();
        QVERIFY(rig.runUntil(SyncEngine::State::Error));
        QVERIFY(!rig.engine->lastError().isEmpty());
        QCOMPARE(rig.store->outboxCount(OutboxState::Pending), 1); // kept for later
    }

    // --- a Store that cannot be written (a full disk)

    void aFullDiskStopsReplayKeepsTheEditAndResumes()
    {
        int gets = 0; // before the rig: they outlive its observer
        int patches = 0;
        Rig rig;
        QVERIFY(rig.refresh(monday, monday.addDays(6)));
        rig.fixture.emulator().setObserver(
            [&](const emu::HttpRequest &request, const emu::HttpResponse &) {
                // Cells are read and written in batches: a write batch holds PATCHes.
                if (!request.path.endsWith(u"/batch"_s))
                    return;
                (request.body.contains("PATCH") ? patches : gets)++;
            });
        QVERIFY(rig.store->editTimetrackCell(3, monday.addDays(2), 2, 75, u"typed"_s));
        rig.store->simulateDiskFull(true);
        rig.engine->sync();
        // The server took the edit, but its confirmation cannot be written.
        QVERIFY(rig.runUntil(SyncEngine::State::StoreFailed));
        QVERIFY2(rig.engine->lastError().contains(u"disk is full"_s),
                 qPrintable(rig.engine->lastError()));
        QCOMPARE(rig.serverRecord(monday.addDays(2), 2)->time, 75);
        QCOMPARE(patches, 1);
        // No loop: nothing more is sent while the disk stays full (it used to replay the same
        // entry at the rate limit).
        const int getsAtFailure = gets;
        QVERIFY(rig.nothingSentDuring(10 * 60'000));
        QCOMPARE(gets, getsAtFailure);
        QCOMPARE(patches, 1);
        QCOMPARE(rig.engine->state(), SyncEngine::State::StoreFailed);
        // Nothing typed is lost: the cell keeps the user's value, the entry waits.
        QCOMPARE(rig.store->outboxCount(OutboxState::Pending), 1);
        const QList<TimetrackCell> cells =
            rig.store->timetrack(3, monday.addDays(2), monday.addDays(2));
        const auto typed = std::find_if(cells.begin(), cells.end(),
                                        [](const TimetrackCell &c) { return c.taskId == 2; });
        QVERIFY(typed != cells.end());
        QCOMPARE(typed->minutes, 75);
        QCOMPARE(typed->state, CellState::Pending);

        // Space is back: the next sync finds the edit on the server and confirms it, once.
        rig.store->simulateDiskFull(false);
        QVERIFY(rig.syncAndWait());
        QCOMPARE(rig.store->outboxCount(), 0);
        QCOMPARE(patches, 1);
        QCOMPARE(rig.engine->state(), SyncEngine::State::Online);
        QCOMPARE(rig.store->timetrack(3, monday.addDays(2), monday.addDays(2)).size(),
                 cells.size());
    }

    void replayResumesByItselfOnceAWriteSucceedsAgain()
    {
        Rig rig;
        QVERIFY(rig.refresh(monday, monday.addDays(6)));
        QVERIFY(rig.store->editTimetrackCell(3, monday.addDays(3), 1, 15, u"waits"_s));
        rig.store->simulateDiskFull(true);
        rig.engine->sync();
        QVERIFY(rig.runUntil(SyncEngine::State::StoreFailed));
        rig.store->simulateDiskFull(false);
        // Only a refresh (e.g. the user moves to another week): its write succeeds, and the
        // waiting edit goes out without another sync() call.
        QSignalSpy finished(rig.engine.get(), &SyncEngine::syncFinished);
        QVERIFY(rig.refresh(monday.addDays(7), monday.addDays(13)));
        QVERIFY(rig.runUntil([&]() { return rig.store->outboxCount() == 0; }));
        QVERIFY(rig.runUntil([&finished]() { return finished.count() > 0; }));
        QCOMPARE(rig.engine->state(), SyncEngine::State::Online);
    }

    void aFullDiskAfterACreateAdoptsItLater()
    {
        int posts = 0; // before the rig: it outlives its observer
        Rig rig(u"manager"_s, u"manager"_s);
        QVERIFY(rig.store->enqueueChange(OutboxKind::CreateCustomer, -9,
                                         json::customerCreateBody(u"Full Disk Ltd"_s)));
        rig.fixture.emulator().setObserver(
            [&](const emu::HttpRequest &request, const emu::HttpResponse &) {
                if (request.method == "POST")
                    ++posts;
            });
        rig.store->simulateDiskFull(true);
        rig.engine->sync();
        QVERIFY(rig.runUntil(SyncEngine::State::StoreFailed));
        QVERIFY(rig.nothingSentDuring(10 * 60'000));
        QCOMPARE(posts, 1); // created once, then stopped
        QCOMPARE(rig.store->outboxCount(OutboxState::Pending), 1);
        rig.store->simulateDiskFull(false);
        QVERIFY(rig.syncAndWait());
        QCOMPARE(rig.store->outboxCount(), 0);
        QCOMPARE(posts, 1); // found by its name and adopted, not created again
        const auto &customers = rig.fixture.data().customers;
        QCOMPARE(std::count_if(customers.begin(), customers.end(),
                               [](const auto &c) { return c.second.name == u"Full Disk Ltd"_s; }),
                 1);
    }

    void aFullDiskDuringARefreshIsReported()
    {
        Rig rig;
        rig.store->simulateDiskFull(true);
        QSignalSpy refreshed(rig.engine.get(), &SyncEngine::weekRefreshed);
        QSignalSpy reference(rig.engine.get(), &SyncEngine::referenceDataRefreshed);
        rig.engine->refreshWeek(3, monday, monday.addDays(6));
        rig.engine->refreshReferenceData();
        QVERIFY(rig.runUntil(SyncEngine::State::StoreFailed));
        QVERIFY(rig.engine->lastError().contains(u"disk is full"_s));
        // Every answer arrived (nothing is in flight any more) and none reported a landing.
        QVERIFY(rig.runUntil([&]() { return rig.queue->inFlight() == 0; }));
        QCOMPARE(refreshed.count(), 0); // the week did not land: views must not say it did
        QCOMPARE(reference.count(), 0);
        rig.store->simulateDiskFull(false);
        QVERIFY(rig.refresh(monday, monday.addDays(6)));
        QCOMPARE(rig.engine->state(), SyncEngine::State::Online);
        QCOMPARE(rig.store->timetrack(3, monday, monday.addDays(6)).size(), 3);
    }

    void aWeekRefreshIsOneTransaction()
    {
        Rig rig;
        QVERIFY(rig.refresh(monday, monday.addDays(6)));
        QCOMPARE(rig.store->timetrack(3, monday, monday).first().minutes, 240);
        // The server changed; the refresh's fifth write (its leave, after the time-track) fails.
        rig.fixture.data().timetrack[emu::dayKey(monday, 3)][1] = {300, u"changed"_s};
        rig.fixture.data().timetrack[emu::dayKey(monday.addDays(1), 3)][2] = {15, u"new"_s};
        rig.store->failNthWrite(5);
        rig.engine->refreshWeek(3, monday, monday.addDays(6));
        QVERIFY(rig.runUntil(SyncEngine::State::StoreFailed));
        // Nothing of the week changed: not the cells written before the failure either.
        QCOMPARE(rig.store->timetrack(3, monday, monday).first().minutes, 240);
        QCOMPARE(rig.store->timetrack(3, monday, monday).first().comment, u"hull sketches"_s);
        QCOMPARE(rig.store->timetrack(3, monday, monday.addDays(6)).size(), 3);
        // The next refresh lands whole.
        QVERIFY(rig.refresh(monday, monday.addDays(6)));
        QCOMPARE(rig.store->timetrack(3, monday, monday).first().minutes, 300);
        QCOMPARE(rig.store->timetrack(3, monday, monday.addDays(6)).size(), 4);
    }

    void aFailedWriteOfAnotherLayerShowsInTheState()
    {
        Rig rig;
        rig.store->simulateDiskFull(true);
        QVERIFY(!rig.engine->noteStoreResult(rig.store->setMeta(u"session.x"_s, u"1"_s)));
        QCOMPARE(rig.engine->state(), SyncEngine::State::StoreFailed);
        QVERIFY(rig.engine->lastError().contains(u"disk is full"_s));
        QVERIFY(rig.engine->noteStoreResult(StoreResult{})); // an ok result changes nothing
        QCOMPARE(rig.engine->state(), SyncEngine::State::StoreFailed);
        rig.store->simulateDiskFull(false);
        QVERIFY(rig.refresh(monday, monday.addDays(6))); // the engine's next write succeeds
        QCOMPARE(rig.engine->state(), SyncEngine::State::Online);
    }

    void aRefusedRefreshIsReported()
    {
        Rig rig; // the employee may not read the manager's (user 2) time
        QSignalSpy failed(rig.engine.get(), &SyncEngine::refreshFailed);
        QSignalSpy refreshed(rig.engine.get(), &SyncEngine::weekRefreshed);
        rig.engine->refreshWeek(2, monday, monday.addDays(6));
        QSignalSpy weekFailed(rig.engine.get(), &SyncEngine::weekRefreshFailed);
        QVERIFY(failed.wait(5000));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(refreshed.count(), 0);
        // Also for the week itself, so a view waiting on that range hears of it.
        QTRY_COMPARE(weekFailed.count(), 1);
        QCOMPARE(weekFailed.first().at(0).toInt(), 2);
        QCOMPARE(weekFailed.first().at(1).toDate(), monday);
        QCOMPARE(weekFailed.first().at(2).toDate(), monday.addDays(6));
    }

    void aTeamRefreshThatCannotBeStoredIsReported()
    {
        Rig rig(u"manager"_s, u"manager"_s);
        TeamWeekRefresh team(*rig.store, *rig.client);
        QSignalSpy failed(&team, &TeamWeekRefresh::failed);
        QSignalSpy refreshed(&team, &TeamWeekRefresh::refreshed);
        rig.store->simulateDiskFull(true);
        team.refresh(monday, monday.addDays(6));
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(u"disk is full"_s));
        QCOMPARE(refreshed.count(), 0);
        rig.store->simulateDiskFull(false);
        team.refresh(monday, monday.addDays(6));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(failed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
