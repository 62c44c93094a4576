// Exactly once across crashes: a child process replays the outbox (timetrack and leave cells,
// creates of a customer → project → task chain with temporary ids, deletes) and is killed with
// SIGKILL many times: at random moments, and right after the emulator applied one of its writes
// (before the answer leaves, the "lost answer" case). Cell edits are replayed in POST /batch
// requests (a read batch, then a write batch of PATCH items), so a write may be a whole batch.
// After it finally finishes, every edit is on the server exactly as typed, written exactly once, no
// object was created twice, nothing became a conflict or a refusal, and the cache equals the
// server.
// The replay's records (confirmations) commit with synchronous=NORMAL: a SIGKILL cannot lose
// them, a power loss can roll back the last ones. A second case rolls them back as a power loss
// would (the cache files put back as they were after the edits, or after a kill mid-replay) and
// replays again: nothing is written twice.
#include "domainjson_write.h"
#include "emulatorfixture.h"
#include "store.h"
#include "testdataset.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace actidesk;

namespace {
struct Edit
{
    QDate date;
    int taskId;
    int minutes;
    QString comment;
};

struct LeaveEdit
{
    QDate date;
    int leaveTypeId;
    int minutes;
};

constexpr int kUser = 3; // the employee; the manager (their team lead) replays for them
constexpr int kChains = 3; // customer → project → task chains created offline
constexpr int kMinKillsDuringReplay = 5;
// Cell edits are replayed in batches of at most this many (a read batch, then a write batch):
// small, so that the 35 cell edits take several write batches and kills land between them.
constexpr int kBatchSize = 2;

QString customerName(int k)
{
    return u"Crash Customer %1"_s.arg(k);
}
QString projectName(int k)
{
    return u"Crash Project %1"_s.arg(k);
}
QString taskName(int k)
{
    return u"Crash Task %1"_s.arg(k);
}

// What reached the emulator: the writes it applied, when, and per target. Cell edits travel as
// PATCH items of POST /batch requests; entity creates and deletes as top-level requests. Both
// are counted per target under the same key, "METHOD /api/v1/path[ name]".
struct ServerLog
{
    QMap<QString, int> applied; // key -> successful writes
    QMap<QString, QStringList> patchedValues; // PATCH key -> the bodies it was applied with
    QList<qint64> writeTimes; // ms since the test started, every write that reached the server
    int writesThisRound = 0;
    int writeBatches = 0; // POST /batch requests with at least one write item
    int transportResends = 0;
    QByteArray lastRequestThisRound; // method, path and body of the round's previous request

    static bool isBatch(const emu::HttpRequest &r)
    {
        return r.method == "POST"
            && (r.path == u"/api/v1/batch"_s || r.path == u"/api/v1/batch/"_s);
    }
    // A batch is a write when one of its items is; a batch of GETs (the replay's read of the
    // server values) is not.
    static bool isWrite(const emu::HttpRequest &r)
    {
        if (r.method == "GET")
            return false;
        if (!isBatch(r))
            return true;
        const QJsonArray items = QJsonDocument::fromJson(r.body).array();
        return std::any_of(items.begin(), items.end(), [](const QJsonValue &item) {
            return item.toObject().value(u"method"_s).toString() != u"GET"_s;
        });
    }
    static QString key(const QByteArray &method, const QString &path, const QJsonObject &body)
    {
        QString k = QString::fromLatin1(method) + u' ' + path;
        if (method == "POST") // creates: per name, the path is the collection
            k += u' ' + body.value(u"name"_s).toString();
        return k;
    }
    void count(const QByteArray &method, const QString &path, const QJsonObject &body)
    {
        const QString k = key(method, path, body);
        ++applied[k];
        if (method == "PATCH")
            patchedValues[k].append(
                QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }

    void startRound()
    {
        writesThisRound = 0;
        lastRequestThisRound.clear();
    }
    void record(const emu::HttpRequest &r, const emu::HttpResponse &a, qint64 now)
    {
        const QByteArray request = r.method + ' ' + r.path.toUtf8() + ' ' + r.body;
        // Qt resends a request whose connection closed before any answer byte arrived, so the
        // server may apply the same batch twice in a row, with the same absolute values: that is
        // the transport, not the engine writing again. Any rewrite by the engine comes after a
        // new read batch, so it is never the very request just before it, and is counted.
        const bool resent = request == lastRequestThisRound;
        lastRequestThisRound = request;
        if (!isWrite(r))
            return;
        writeTimes.append(now);
        ++writesThisRound;
        if (a.status < 200 || a.status >= 300)
            return;
        if (resent) {
            ++transportResends;
            return;
        }
        if (!isBatch(r)) {
            count(r.method, r.path, QJsonDocument::fromJson(r.body).object());
            return;
        }
        ++writeBatches;
        // The answer array is aligned with the request's items; each item has its own status.
        const QJsonArray items = QJsonDocument::fromJson(r.body).array();
        const QJsonArray results = QJsonDocument::fromJson(a.body).array();
        for (qsizetype i = 0; i < items.size() && i < results.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            const int status = results.at(i).toObject().value(u"status"_s).toInt();
            const QByteArray method = item.value(u"method"_s).toString().toLatin1();
            if (method == "GET" || status < 200 || status >= 300)
                continue;
            QString relative = item.value(u"relativeUrl"_s).toString();
            relative.truncate(relative.indexOf(u'?') < 0 ? relative.size()
                                                         : relative.indexOf(u'?'));
            if (!relative.startsWith(u'/'))
                relative.prepend(u'/');
            count(method, u"/api/v1"_s + relative, item.value(u"body"_s).toObject());
        }
    }
};
// The cache's files (the database and its WAL; the -shm index is rebuilt from them), as a power
// loss leaves them: copied while no process has the cache open.
bool copyCache(const QString &from, const QString &to)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile::remove(to + suffix);
        if (suffix != u"-shm"_s && QFile::exists(from + suffix)
            && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

// The server values of the employee's days from..to, as the cache knew them before the edits.
bool seedServerValues(Store &store, const emu::Dataset &server, const QDate &from, const QDate &to)
{
    QList<TimetrackRecord> known;
    for (auto it = server.timetrack.lower_bound(emu::dayKey(from, 0));
         it != server.timetrack.end() && it->first.first <= to.toJulianDay(); ++it) {
        if (it->first.second != kUser)
            continue;
        for (const auto &[taskId, record] : it->second)
            known.append({kUser, QDate::fromJulianDay(it->first.first), taskId, record.time,
                          record.comment});
    }
    QList<LeaveRecord> knownLeave;
    for (auto it = server.leave.lower_bound(emu::dayKey(from, 0));
         it != server.leave.end() && it->first.first <= to.toJulianDay(); ++it) {
        if (it->first.second != kUser)
            continue;
        for (const auto &[typeId, minutes] : it->second)
            knownLeave.append({kUser, QDate::fromJulianDay(it->first.first), typeId, minutes});
    }
    return store.putServerTimetrack(kUser, from, to, known, QDateTime::currentDateTimeUtc())
        && store.putServerLeave(kUser, from, to, knownLeave, QDateTime::currentDateTimeUtc());
}
} // namespace

class TestOutboxCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomPointsManyTimes()
    {
        emu::EmulatorOptions options;
        options.rateLimits.enabled = false;
        emu::Dataset dataset = testdata::contractDataset();
        dataset.settings.maxBatchSize = kBatchSize; // a larger batch is refused with a 400
        EmulatorFixture fixture(std::move(dataset), options, true);
        const emu::Dataset &server = fixture.data();
        QElapsedTimer clock;
        clock.start();
        ServerLog log;
        // Set per round: kill the child as soon as the server applied this many of its writes
        // (0: no such kill this round). The kill lands before the answer is sent.
        QProcess *running = nullptr;
        int killAtWrite = 0;
        QList<qint64> killTimes;
        fixture.emulator().setObserver([&](const emu::HttpRequest &r, const emu::HttpResponse &a) {
            log.record(r, a, clock.elapsed());
            if (running && ServerLog::isWrite(r) && killAtWrite > 0
                && log.writesThisRound >= killAtWrite) {
                running->kill(); // SIGKILL: no destructors, no flushing, no answer read
                killTimes.append(clock.elapsed());
                killAtWrite = 0;
            }
        });

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"cache.sqlite"_s);

        // The employee's tasks 1..3 over ten days (none of those days approved or locked), leave
        // on the first weekdays, three customer → project → task chains made offline, and deletes:
        // two existing tasks, then the project of one of them, and one task created above.
        QList<Edit> edits;
        const QDate from = testdata::kWeekStart;
        const QDate to = from.addDays(9);
        for (int d = 0; d < 10; ++d) {
            for (int task = 1; task <= 3; ++task) {
                const int k = int(edits.size());
                edits.append({from.addDays(d), task, 15 * (k % 20 + 1), u"edit %1"_s.arg(k)});
            }
        }
        QList<LeaveEdit> leaves;
        for (int d = 0; d < 5; ++d)
            leaves.append({from.addDays(d), d % 2 ? 1 : 2, 30 * (d + 1)});
        {
            OpenReport report;
            std::unique_ptr<Store> store = Store::open(path, &report);
            QVERIFY(store);
            // The server's limit as the app last read it from /info: the engine batches by it.
            ServerInfo info;
            info.maxBatchSize = kBatchSize;
            QVERIFY(store->putServerInfo(info));
            // The cache knows the server's values the edits are based on.
            QVERIFY(seedServerValues(*store, server, from, to));

            for (const Edit &e : edits)
                QVERIFY(store->editTimetrackCell(kUser, e.date, e.taskId, e.minutes, e.comment));
            for (const LeaveEdit &e : leaves)
                QVERIFY(store->editLeaveCell(kUser, e.date, e.leaveTypeId, e.minutes));
            for (int k = 0; k < kChains; ++k) {
                QVERIFY(store->enqueueChange(OutboxKind::CreateCustomer, -(10 + k),
                                             json::customerCreateBody(customerName(k))));
                QVERIFY(store->enqueueChange(OutboxKind::CreateProject, -(20 + k),
                                             json::projectCreateBody(-(10 + k), projectName(k))));
                json::NewTask task;
                task.projectId = -(20 + k);
                task.name = taskName(k);
                QVERIFY(store->enqueueChange(OutboxKind::CreateTask, -(30 + k),
                                             json::taskCreateBody(task)));
            }
            QVERIFY(store->enqueueChange(OutboxKind::DeleteTask, 4, {}));
            QVERIFY(store->enqueueChange(OutboxKind::DeleteTask, 6, {}));
            QVERIFY(store->enqueueChange(OutboxKind::DeleteProject, 3, {}));
            QVERIFY(store->enqueueChange(OutboxKind::DeleteTask, -30, {})); // created above
            QCOMPARE(store->outboxCount(OutboxState::Pending),
                     int(edits.size() + leaves.size()) + 3 * kChains + 4);
        }
        QVERIFY(server.tasks.count(4) && server.tasks.count(6) && server.projects.count(3));

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed: %u", seed);
        QRandomGenerator random(seed);
        int kills = 0;
        int rounds = 0;
        bool finished = false;
        while (!finished && rounds < 300) {
            ++rounds;
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            log.startRound();
            // Every other round dies right after one of its first writes reached the server;
            // the others at a random moment, in a window that grows with the rounds so that a
            // slow build (sanitizers) still gets past the child's start-up and makes progress.
            killAtWrite = rounds % 2 ? int(random.bounded(1, 5)) : 0;
            const int killAfter = killAtWrite ? 30'000 : int(random.bounded(20, 400 + rounds * 20));
            running = &child;
            const qsizetype killsBefore = killTimes.size();
            child.start(QStringLiteral(OUTBOX_CRASH_CHILD),
                        {path, fixture.apiBase().toString(), u"manager"_s, u"manager"_s});
            QVERIFY(child.waitForStarted(10'000));
            const bool ended = QTest::qWaitFor(
                [&child]() { return child.state() == QProcess::NotRunning; }, killAfter);
            if (!ended) {
                child.kill();
                killTimes.append(clock.elapsed());
            }
            if (child.state() != QProcess::NotRunning)
                QVERIFY(child.waitForFinished(10'000));
            running = nullptr;
            if (killTimes.size() > killsBefore) {
                ++kills;
                continue;
            }
            // Not killed by us: it must have finished the replay on its own, not crashed.
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(child.exitCode(), 0);
            finished = true;
        }
        running = nullptr;
        QVERIFY2(finished, "the child never finished the replay");
        QVERIFY(!log.writeTimes.isEmpty());
        // Kills that landed while the outbox was being replayed (between the first and the last
        // write the server saw), not only during start-up or after the work was done.
        const qint64 firstWrite = log.writeTimes.first();
        const qint64 lastWrite = log.writeTimes.last();
        const int during = int(std::count_if(killTimes.begin(), killTimes.end(), [&](qint64 t) {
            return t >= firstWrite && t <= lastWrite;
        }));
        qInfo("rounds: %d, killed: %d, during replay: %d, writes: %d (write batches: %d, resent "
              "by the transport: %d)",
              rounds, kills, during, int(log.writeTimes.size()), log.writeBatches,
              log.transportResends);
        QVERIFY2(during >= kMinKillsDuringReplay,
                 qPrintable(u"only %1 kills landed during the replay"_s.arg(during)));

        // Every cell edit is on the server exactly as typed, written exactly once (one successful
        // PATCH item): a replay after a lost answer reads the server's value first and confirms
        // instead of resending. The cells travelled in write batches of at most kBatchSize.
        const int cellEdits = int(edits.size() + leaves.size());
        QVERIFY2(log.writeBatches >= (cellEdits + kBatchSize - 1) / kBatchSize,
                 qPrintable(u"write batches: %1"_s.arg(log.writeBatches)));
        for (const Edit &e : edits) {
            const auto day = server.timetrack.find(emu::dayKey(e.date, kUser));
            QVERIFY(day != server.timetrack.end());
            const auto record = day->second.find(e.taskId);
            QVERIFY(record != day->second.end());
            QCOMPARE(record->second.time, e.minutes);
            QCOMPARE(record->second.comment, e.comment);
            const QString key = u"PATCH /api/v1/timetrack/%1/%2/%3"_s.arg(kUser)
                                    .arg(e.date.toString(Qt::ISODate))
                                    .arg(e.taskId);
            QVERIFY2(log.applied.value(key) == 1,
                     qPrintable(key + u": "_s + log.patchedValues.value(key).join(u", "_s)));
        }
        for (const LeaveEdit &e : leaves) {
            const auto day = server.leave.find(emu::dayKey(e.date, kUser));
            QVERIFY(day != server.leave.end());
            QCOMPARE(day->second.at(e.leaveTypeId), e.minutes);
            const QString key = u"PATCH /api/v1/leavetime/%1/%2/%3"_s.arg(kUser)
                                    .arg(e.date.toString(Qt::ISODate))
                                    .arg(e.leaveTypeId);
            QVERIFY2(log.applied.value(key) == 1,
                     qPrintable(key + u": "_s + log.patchedValues.value(key).join(u", "_s)));
        }

        // Each object was created exactly once (a create whose answer was lost is adopted by
        // name), in the object created before it; the created task that was then deleted is gone.
        const auto countNamed = [](const auto &map, const QString &name) {
            return std::count_if(map.begin(), map.end(),
                                 [&name](const auto &kv) { return kv.second.name == name; });
        };
        for (int k = 0; k < kChains; ++k) {
            for (const auto &[collection, name] :
                 {std::pair{u"customers"_s, customerName(k)},
                  std::pair{u"projects"_s, projectName(k)}, std::pair{u"tasks"_s, taskName(k)}}) {
                const QString key = u"POST /api/v1/%1 %2"_s.arg(collection, name);
                QVERIFY2(log.applied.value(key) == 1,
                         qPrintable(key + u": %1"_s.arg(log.applied.value(key))));
            }
            QCOMPARE(countNamed(server.customers, customerName(k)), 1);
            QCOMPARE(countNamed(server.projects, projectName(k)), 1);
            QCOMPARE(countNamed(server.tasks, taskName(k)), k == 0 ? 0 : 1);
            const auto customer =
                std::find_if(server.customers.begin(), server.customers.end(),
                             [&](const auto &kv) { return kv.second.name == customerName(k); });
            const auto project =
                std::find_if(server.projects.begin(), server.projects.end(),
                             [&](const auto &kv) { return kv.second.name == projectName(k); });
            QCOMPARE(project->second.customerId, customer->first);
            if (k > 0) {
                const auto task =
                    std::find_if(server.tasks.begin(), server.tasks.end(),
                                 [&](const auto &kv) { return kv.second.name == taskName(k); });
                QCOMPARE(task->second.projectId, project->first);
            }
        }
        // Deleted, and each delete that succeeded did so once (a repeated one finds nothing).
        QVERIFY(!server.tasks.count(4) && !server.tasks.count(6) && !server.projects.count(3));
        for (const QString &key : {u"DELETE /api/v1/tasks/4"_s, u"DELETE /api/v1/tasks/6"_s,
                                   u"DELETE /api/v1/projects/3"_s})
            QVERIFY2(log.applied.value(key) == 1, qPrintable(key));

        // Nothing is left, nothing became a conflict or a refusal, and the cache equals the server.
        OpenReport report;
        std::unique_ptr<Store> store = Store::open(path, &report);
        QVERIFY(store);
        QCOMPARE(store->outboxCount(), 0);
        const QList<TimetrackCell> cells = store->timetrack(kUser, from, to);
        for (const Edit &e : edits) {
            const auto cell =
                std::find_if(cells.begin(), cells.end(), [&e](const TimetrackCell &c) {
                    return c.date == e.date && c.taskId == e.taskId;
                });
            QVERIFY(cell != cells.end());
            QCOMPARE(cell->state, CellState::Synced);
            QCOMPARE(cell->minutes, e.minutes);
            QCOMPARE(cell->serverMinutes, e.minutes);
            QCOMPARE(cell->comment, e.comment);
        }
        const QList<LeaveCell> leaveCells = store->leave(kUser, from, to);
        for (const LeaveEdit &e : leaves) {
            const auto cell =
                std::find_if(leaveCells.begin(), leaveCells.end(), [&e](const LeaveCell &c) {
                    return c.date == e.date && c.leaveTypeId == e.leaveTypeId;
                });
            QVERIFY(cell != leaveCells.end());
            QCOMPARE(cell->state, CellState::Synced);
            QCOMPARE(cell->minutes, e.minutes);
            QCOMPARE(cell->serverMinutes, e.minutes);
        }

        // A further run finds nothing to do and sends nothing.
        log.applied.clear();
        log.writeTimes.clear();
        QProcess last;
        last.start(QStringLiteral(OUTBOX_CRASH_CHILD),
                   {path, fixture.apiBase().toString(), u"manager"_s, u"manager"_s});
        QVERIFY(
            QTest::qWaitFor([&last]() { return last.state() == QProcess::NotRunning; }, 10'000));
        QCOMPARE(last.exitCode(), 0);
        QVERIFY(log.writeTimes.isEmpty());
    }

    // A power loss may roll back the last records of the replay (NORMAL commits), never what
    // the user typed (FULL). Simulated by putting the cache's files back as they were at an
    // earlier moment — right after the edits (every confirmation lost), or after the replay was
    // killed mid-way (the later ones lost) — once the replay had finished. The replay after the
    // "power loss" finds every value on the server already: it writes no cell, creates and
    // updates nothing again, and ends with an empty outbox, no conflict and no refusal.
    void aPowerLossRollsBackOnlyConfirmations_data()
    {
        QTest::addColumn<int>("killAtWrite");
        QTest::newRow("every confirmation lost") << 0;
        QTest::newRow("those after a kill mid-replay lost") << 3;
    }
    void aPowerLossRollsBackOnlyConfirmations()
    {
        QFETCH(int, killAtWrite);
        emu::EmulatorOptions options;
        options.rateLimits.enabled = false;
        emu::Dataset dataset = testdata::contractDataset();
        dataset.settings.maxBatchSize = kBatchSize;
        EmulatorFixture fixture(std::move(dataset), options, true);
        const emu::Dataset &server = fixture.data();
        QElapsedTimer clock;
        clock.start();
        ServerLog log;
        QProcess *running = nullptr;
        fixture.emulator().setObserver([&](const emu::HttpRequest &r, const emu::HttpResponse &a) {
            log.record(r, a, clock.elapsed());
            if (running && ServerLog::isWrite(r) && killAtWrite > 0
                && log.writesThisRound >= killAtWrite) {
                running->kill(); // before the answer leaves: the write applied, unconfirmed
                killAtWrite = 0;
            }
        });
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"cache.sqlite"_s);
        const QString snapshot = dir.filePath(u"before-power-loss.sqlite"_s);

        // Cells with comments and leave, a customer → project → task chain made offline, an
        // update of an existing customer and a delete.
        QList<Edit> edits;
        const QDate from = testdata::kWeekStart;
        const QDate to = from.addDays(2);
        for (int d = 0; d < 3; ++d) {
            for (int task = 1; task <= 2; ++task) {
                const int k = int(edits.size());
                edits.append({from.addDays(d), task, 30 * (k + 1), u"typed %1"_s.arg(k)});
            }
        }
        const QList<LeaveEdit> leaves = {{from, 2, 60}, {from.addDays(1), 1, 90}};
        const QString description = u"Rockets, and now satellites"_s;
        {
            std::unique_ptr<Store> store = Store::open(path, nullptr);
            QVERIFY(store);
            ServerInfo info;
            info.maxBatchSize = kBatchSize;
            QVERIFY(store->putServerInfo(info));
            QVERIFY(seedServerValues(*store, server, from, to));
            for (const Edit &e : edits)
                QVERIFY(store->editTimetrackCell(kUser, e.date, e.taskId, e.minutes, e.comment));
            for (const LeaveEdit &e : leaves)
                QVERIFY(store->editLeaveCell(kUser, e.date, e.leaveTypeId, e.minutes));
            QVERIFY(store->enqueueChange(OutboxKind::CreateCustomer, -10,
                                         json::customerCreateBody(customerName(0))));
            QVERIFY(store->enqueueChange(OutboxKind::CreateProject, -20,
                                         json::projectCreateBody(-10, projectName(0))));
            json::NewTask task;
            task.projectId = -20;
            task.name = taskName(0);
            QVERIFY(store->enqueueChange(OutboxKind::CreateTask, -30, json::taskCreateBody(task)));
            json::CustomerChanges described;
            described.description = description;
            QVERIFY(store->enqueueChange(OutboxKind::UpdateCustomer, 1,
                                         json::customerUpdateBody(described),
                                         QJsonObject{{u"description"_s, u"Rocket makers"_s}}));
            QVERIFY(store->enqueueChange(OutboxKind::DeleteTask, 4, {}));
        }
        const auto replay = [&](bool mayBeKilled) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            log.startRound();
            running = &child;
            child.start(QStringLiteral(OUTBOX_CRASH_CHILD),
                        {path, fixture.apiBase().toString(), u"manager"_s, u"manager"_s});
            const bool ended = child.waitForStarted(10'000)
                && QTest::qWaitFor([&child] { return child.state() == QProcess::NotRunning; },
                                   60'000);
            running = nullptr;
            return ended
                && (mayBeKilled
                    || (child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0));
        };
        if (killAtWrite > 0) {
            QVERIFY(replay(true)); // killed after the server applied its 3rd write
            QVERIFY2(killAtWrite == 0, "the replay ended before its 3rd write");
        }
        QVERIFY(copyCache(path, snapshot)); // a moment the disk holds for sure
        QVERIFY(replay(false)); // to the end: every entry confirmed (NORMAL commits)
        {
            std::unique_ptr<Store> store = Store::open(path, nullptr);
            QVERIFY(store);
            QCOMPARE(store->outboxCount(), 0);
        }
        const QMap<QString, int> appliedBefore = log.applied;
        QVERIFY(copyCache(snapshot, path)); // the power loss: back to the moment above
        {
            std::unique_ptr<Store> store = Store::open(path, nullptr);
            QVERIFY(store);
            QVERIFY(store->outboxCount(OutboxState::Pending) > 0); // confirmations were lost
        }
        QVERIFY(replay(false));

        // Nothing was applied twice: the writes of the replay after the power loss, if any,
        // found their value on the server (or the object gone) and were not sent again.
        QVERIFY2(log.applied == appliedBefore,
                 qPrintable(QStringList(log.applied.keys()).join(u", "_s)));
        for (const Edit &e : edits) {
            const QString key = u"PATCH /api/v1/timetrack/%1/%2/%3"_s.arg(kUser)
                                    .arg(e.date.toString(Qt::ISODate))
                                    .arg(e.taskId);
            QCOMPARE(log.applied.value(key), 1);
        }
        for (const LeaveEdit &e : leaves) {
            const QString key = u"PATCH /api/v1/leavetime/%1/%2/%3"_s.arg(kUser)
                                    .arg(e.date.toString(Qt::ISODate))
                                    .arg(e.leaveTypeId);
            QCOMPARE(log.applied.value(key), 1);
        }
        QCOMPARE(log.applied.value(u"PATCH /api/v1/customers/1"_s), 1);
        QCOMPARE(log.applied.value(u"POST /api/v1/customers %1"_s.arg(customerName(0))), 1);
        QCOMPARE(log.applied.value(u"POST /api/v1/tasks %1"_s.arg(taskName(0))), 1);
        QCOMPARE(log.applied.value(u"DELETE /api/v1/tasks/4"_s), 1);
        QCOMPARE(server.customers.at(1).description, description);

        std::unique_ptr<Store> store = Store::open(path, nullptr);
        QVERIFY(store);
        QCOMPARE(store->outboxCount(), 0); // no conflict, no refusal, nothing pending
        const QList<TimetrackCell> cells = store->timetrack(kUser, from, to);
        for (const Edit &e : edits) {
            const auto cell =
                std::find_if(cells.begin(), cells.end(), [&e](const TimetrackCell &c) {
                    return c.date == e.date && c.taskId == e.taskId;
                });
            QVERIFY(cell != cells.end());
            QCOMPARE(cell->state, CellState::Synced);
            QCOMPARE(cell->serverMinutes, e.minutes);
            QCOMPARE(cell->comment, e.comment);
        }
    }
};

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outbox_crash.moc"
