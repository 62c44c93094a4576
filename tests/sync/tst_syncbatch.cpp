// Batched cell replay against the in-process emulator: time-track and leave edits travel in
// POST /batch requests (one read batch, one write batch per maxBatchSize cells), conflicts,
// refusals and values that arrived already are still decided per cell, and a write batch whose
// answer is lost is settled by the next read without writing anything twice.
#include "actitimeclient.h"
#include "emulatorfixture.h"
#include "requestqueue.h"
#include "store.h"
#include "syncengine.h"
#include "testdataset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace actidesk;
using Kind = emu::FaultRule::Kind;

namespace {

// What the emulator saw, counted outside the rig: the counters outlive its observer.
struct Traffic
{
    int requests = 0;
    int readBatches = 0;
    int writeBatches = 0;
    int largestBatch = 0;
    QByteArrayList log;
};

// 2 × ceil(n / batch) + 2: the target of issue 10 when nothing conflicts.
int requestBudget(int edits, int batch)
{
    return 2 * ((edits + batch - 1) / batch) + 2;
}

} // namespace

class TestSyncBatch : public QObject
{
    Q_OBJECT

private:
    struct Rig
    {
        explicit Rig(Traffic *traffic) : fixture(testdata::contractDataset(), options())
        {
            OpenReport report;
            store = Store::open(dir.filePath(u"cache.sqlite"_s), &report);
            queue = std::make_unique<RequestQueue>(&network, fixture.apiBase());
            queue->setCredentials(u"employee"_s, u"employee"_s);
            queue->setRetryPolicy({2, 10, 20, 0, 5});
            client = std::make_unique<ActiTimeClient>(*queue);
            engine = std::make_unique<SyncEngine>(*store, *client);
            engine->setProbeIntervalMs(100);
            fixture.emulator().setObserver([traffic](const emu::HttpRequest &request,
                                                     const emu::HttpResponse &) {
                ++traffic->requests;
                traffic->log.append(request.method + ' ' + request.path.toUtf8() + ' '
                                    + request.body.left(100));
                if (!request.path.endsWith(u"/batch"_s))
                    return;
                const QJsonArray ops = QJsonDocument::fromJson(request.body).array();
                traffic->largestBatch = std::max(traffic->largestBatch, int(ops.size()));
                (request.body.contains("PATCH") ? traffic->writeBatches : traffic->readBatches)++;
            });
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
        // Reads /info (so the engine knows maxBatchSize) and replays the outbox.
        bool probeAndSync()
        {
            QSignalSpy done(engine.get(), &SyncEngine::syncFinished);
            engine->probe();
            return done.wait(20'000);
        }
        // n distinct cells of user 3 on open tasks 1..3, on unlocked past days.
        QList<std::pair<QDate, int>> editCells(int n)
        {
            QList<std::pair<QDate, int>> cells;
            for (int i = 0; i < n; ++i) {
                const std::pair<QDate, int> cell{QDate(2026, 3, 2).addDays(i / 3), 1 + i % 3};
                if (!store->editTimetrackCell(3, cell.first, cell.second, 10 + i % 50,
                                              u"edit %1"_s.arg(i)))
                    return {};
                cells.append(cell);
            }
            return cells;
        }

        EmulatorFixture fixture;
        QTemporaryDir dir;
        QNetworkAccessManager network;
        std::unique_ptr<Store> store;
        std::unique_ptr<RequestQueue> queue;
        std::unique_ptr<ActiTimeClient> client;
        std::unique_ptr<SyncEngine> engine;
    };

    void replayCosts(int edits, int maxBatchSize)
    {
        Traffic traffic;
        Rig rig(&traffic);
        rig.fixture.data().settings.maxBatchSize = maxBatchSize;
        const QList<std::pair<QDate, int>> cells = rig.editCells(edits);
        QCOMPARE(cells.size(), edits);
        QVERIFY(rig.probeAndSync());
        QCOMPARE(rig.store->outboxCount(), 0);
        const int batches = (edits + maxBatchSize - 1) / maxBatchSize;
        QVERIFY2(traffic.requests <= requestBudget(edits, maxBatchSize),
                 qPrintable(u"%1 requests"_s.arg(traffic.requests)));
        QCOMPARE(traffic.readBatches, batches);
        QCOMPARE(traffic.writeBatches, batches);
        QVERIFY(traffic.largestBatch <= maxBatchSize);
        for (int i = 0; i < edits; ++i) {
            const emu::TimeRecord *r = rig.serverRecord(cells.at(i).first, cells.at(i).second);
            QVERIFY(r);
            QCOMPARE(r->time, 10 + i % 50);
            QCOMPARE(r->comment, u"edit %1"_s.arg(i));
        }
        for (const TimetrackCell &c :
             rig.store->timetrack(3, QDate(2026, 3, 2), QDate(2026, 6, 30)))
            QCOMPARE(c.state, CellState::Synced);
    }

private Q_SLOTS:
    void twentyEditsCostTwoBatches() { replayCosts(20, 100); }

    void twoHundredEditsRespectASmallMaxBatchSize() { replayCosts(200, 30); }

    void mixedBatchIsDecidedPerCell()
    {
        Traffic traffic;
        Rig rig(&traffic);
        const QDate monday = testdata::kWeekStart;
        QSignalSpy refreshed(rig.engine.get(), &SyncEngine::weekRefreshed);
        rig.engine->refreshWeek(3, monday, monday.addDays(6));
        QVERIFY(refreshed.wait(5000));
        const QDate tuesday = monday.addDays(1);
        // Safe to write.
        QVERIFY(rig.store->editTimetrackCell(3, tuesday, 1, 30, u"plain"_s));
        QVERIFY(rig.store->editLeaveCell(3, monday.addDays(4), 1, 480));
        // Someone else books the same cell meanwhile: conflict.
        QVERIFY(rig.store->editTimetrackCell(3, tuesday, 2, 50, u"mine"_s));
        rig.fixture.data().timetrack[emu::dayKey(tuesday, 3)][2] = {70, u"theirs"_s};
        // The server holds the edit already (e.g. sent before a crash): confirmed, not sent.
        QVERIFY(rig.store->editTimetrackCell(3, tuesday, 3, 20, u"there"_s));
        rig.fixture.data().timetrack[emu::dayKey(tuesday, 3)][3] = {20, u"there"_s};
        // Refused: a completed task and a locked day.
        QVERIFY(rig.store->editTimetrackCell(3, monday, 5, 60, QString()));
        QVERIFY(rig.store->editTimetrackCell(3, QDate(2026, 11, 2), 1, 15, QString()));
        traffic = {};
        QVERIFY(rig.probeAndSync());
        QCOMPARE(traffic.readBatches, 1);
        QCOMPARE(traffic.writeBatches, 1);
        QCOMPARE(rig.store->outboxCount(OutboxState::Pending), 0);
        QCOMPARE(rig.store->outboxCount(OutboxState::Conflict), 1);
        QCOMPARE(rig.store->outboxCount(OutboxState::Rejected), 2);
        QCOMPARE(rig.store->outboxCount(), 3);
        for (const OutboxEntry &e : rig.store->outboxEntries()) {
            if (e.state == OutboxState::Conflict) {
                QCOMPARE(e.targetId, 2);
                QCOMPARE(e.serverCell().minutes, 70);
            } else {
                QCOMPARE(e.state, OutboxState::Rejected);
                QVERIFY(!e.message.isEmpty());
                if (e.targetId == 5)
                    QVERIFY2(e.message.contains(u"completed"_s, Qt::CaseInsensitive),
                             qPrintable(e.message));
                else
                    QCOMPARE(e.date, QDate(2026, 11, 2));
            }
        }
        QCOMPARE(rig.serverRecord(tuesday, 1)->time, 30);
        QCOMPARE(rig.serverRecord(tuesday, 2)->time, 70); // theirs, untouched
        QCOMPARE(rig.fixture.data().leave[emu::dayKey(monday.addDays(4), 3)].at(1), 480);
        QVERIFY(!rig.serverRecord(monday, 5) || rig.serverRecord(monday, 5)->time != 60);
        for (const TimetrackCell &c : rig.store->timetrack(3, tuesday, tuesday)) {
            if (c.taskId == 1 || c.taskId == 3)
                QCOMPARE(c.state, CellState::Synced);
        }
        QCOMPARE(traffic.largestBatch, 6); // every cell was read in the one read batch
    }

    void aLostWriteAnswerIsSettledByTheNextReadExactlyOnce()
    {
        Traffic traffic;
        Rig rig(&traffic);
        const QList<std::pair<QDate, int>> cells = rig.editCells(20);
        QCOMPARE(cells.size(), 20);
        QVERIFY(rig.store->editLeaveCell(3, QDate(2026, 3, 4), 1, 240));
        // The read batch passes; the write batch and every later one are applied, but their
        // answers never arrive until the fault is cleared.
        rig.fixture.emulator().faults().add({Kind::Delay, 1, 0, u"/batch"_s, "POST"});
        rig.fixture.emulator().faults().add({Kind::DropAfterHandling, -1, 0, u"/batch"_s, "POST"});
        rig.engine->probe();
        QTRY_COMPARE_WITH_TIMEOUT(rig.engine->state(), SyncEngine::State::Offline, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(traffic.writeBatches > 0, 5000);
        QCOMPARE(rig.serverRecord(cells.first().first, cells.first().second)->time, 10);
        QCOMPARE(rig.store->outboxCount(OutboxState::Pending), 21); // unconfirmed: all kept
        // Qt may resend a request once by itself when a kept-alive connection closes without an
        // answer; that is below the engine (and harmless: a cell write sets an absolute value).
        const int writesWhileLost = traffic.writeBatches;
        QVERIFY(writesWhileLost <= 2);
        const int readsWhileLost = traffic.readBatches;
        // The server is answered again: the probe brings the engine back, the next read finds
        // every value on the server and confirms it without writing anything again.
        rig.fixture.emulator().faults().clear();
        QTRY_COMPARE_WITH_TIMEOUT(rig.store->outboxCount(), 0, 15'000);
        QVERIFY2(traffic.writeBatches == writesWhileLost, traffic.log.join('\n').constData());
        QVERIFY(traffic.readBatches > readsWhileLost);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(rig.serverRecord(cells.at(i).first, cells.at(i).second)->time, 10 + i % 50);
        QCOMPARE(rig.fixture.data().leave[emu::dayKey(QDate(2026, 3, 4), 3)].at(1), 240);
        QTRY_COMPARE_WITH_TIMEOUT(rig.engine->state(), SyncEngine::State::Online, 5000);
    }
};

QTEST_GUILESS_MAIN(TestSyncBatch)
#include "tst_syncbatch.moc"
