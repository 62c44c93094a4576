// What coming back online costs: requests and wall time for the SyncEngine to replay 20, 200 and
// 2,000 offline time-track edits against the actitime-emulator run as its own process (rate
// limits on, maxBatchSize 100 as the server reports it), and the longest gap of the event loop
// (a 1 ms QTimer) while 500 edits are replayed. Target: ≤ 2 × ceil(N / maxBatchSize) + 2
// requests when nothing conflicts; a gap ≤ 50 ms. Also the replay's commits with
// synchronous=FULL (each an fsync on the UI thread, 100s of ms when the disk is busy): 0 when
// nothing was edited during it (the replay's records commit NORMAL).
//   bench_replay
#include "actitimeclient.h"
#include "store.h"
#include "syncengine.h"

#include "emulatorprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace actidesk;

namespace {

const QString kToday = u"2026-11-25"_s;
const QDate kFirstDay(2026, 11, 26); // after the generated history: the server holds nothing
constexpr int kTasks = 10; // cells per day

// Runs the event loop until `signal` of `sender` or the timeout; false on timeout.
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs = 300'000)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(sender, signal, &loop, [&]() {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done;
}

// One signed-in account with a fresh cache.
struct Account
{
    explicit Account(const QUrl &apiUrl) : queue(&network, apiUrl), client(queue)
    {
        queue.setCredentials(u"employee"_s, u"employee"_s);
        OpenReport report;
        StoreOptions options;
        options.onWriteTransaction = [this](int synchronous) {
            if (synchronous >= 2)
                ++fullCommits;
        };
        store = Store::open(dir.filePath(u"cache.sqlite"_s), &report, options);
        if (store)
            engine = std::make_unique<SyncEngine>(*store, client);
    }
    QTemporaryDir dir;
    QNetworkAccessManager network;
    RequestQueue queue;
    ActiTimeClient client;
    std::unique_ptr<Store> store;
    std::unique_ptr<SyncEngine> engine;
    int fullCommits = 0; // write transactions with synchronous=FULL (or EXTRA)
};

struct Setup
{
    int userId = 0;
    QList<int> taskIds;
};

bool discover(const QUrl &apiUrl, Setup *setup)
{
    Account account(apiUrl);
    std::unique_ptr<ValueCall<User>> me(account.client.me());
    if (!waitFor(me.get(), &ApiCall::finished) || !me->isOk())
        return false;
    setup->userId = me->value().id;
    TaskFilter filter;
    filter.status = TaskStatus::Open;
    std::unique_ptr<ValueCall<QList<Task>>> tasks(account.client.tasks(filter));
    if (!waitFor(tasks.get(), &ApiCall::finished) || !tasks->isOk())
        return false;
    for (const Task &task : tasks->value()) {
        if (setup->taskIds.size() < kTasks)
            setup->taskIds.append(task.id);
    }
    return setup->taskIds.size() == kTasks;
}

// Replays `edits` offline edits on days starting at `firstDay`; prints the figures.
bool replay(const QUrl &apiUrl, const Setup &setup, int edits, const QDate &firstDay,
            bool measureGaps)
{
    Account account(apiUrl);
    if (!account.engine) {
        std::fprintf(stderr, "bench: cannot open a cache\n");
        return false;
    }
    // /info first, as a signed-in session has it: the engine learns maxBatchSize.
    account.engine->probe();
    if (!waitFor(account.engine.get(), &SyncEngine::syncFinished, 30'000))
        return false;
    for (int i = 0; i < edits; ++i) {
        if (!account.store->editTimetrackCell(setup.userId, firstDay.addDays(i / kTasks),
                                              setup.taskIds.at(i % kTasks), 15 + i % 60,
                                              u"offline %1"_s.arg(i))) {
            std::fprintf(stderr, "bench: edit %d: %s\n", i,
                         qPrintable(account.store->lastError().message));
            return false;
        }
    }
    const int sentBefore = account.queue.sentCount();
    const int fullBefore = account.fullCommits;
    qint64 longestGapNs = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(1);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&]() {
        longestGapNs = std::max(longestGapNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });
    if (measureGaps) {
        sinceTick.start();
        ticker.start();
    }
    QElapsedTimer timer;
    timer.start();
    account.engine->sync();
    const bool finished = waitFor(account.engine.get(), &SyncEngine::syncFinished);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    ticker.stop();
    if (!finished) {
        std::fprintf(stderr, "bench: the replay of %d edits did not finish\n", edits);
        return false;
    }
    const int requests = account.queue.sentCount() - sentBefore;
    const int budget = 2 * ((edits + 99) / 100) + 2;
    std::printf("replay %5d edits: %3d requests (target <= %d), %8.1f ms, %.2f ms per edit; "
                "left: %d conflicts, %d refused, %d pending\n",
                edits, requests, budget, ms, ms / edits,
                account.store->outboxCount(OutboxState::Conflict),
                account.store->outboxCount(OutboxState::Rejected),
                account.store->outboxCount(OutboxState::Pending));
    std::printf("  commits with an fsync (synchronous=FULL) during the replay: %d\n",
                account.fullCommits - fullBefore);
    if (measureGaps)
        std::printf("  longest event-loop gap during the replay: %.1f ms (target <= 50 ms)\n",
                    double(longestGapNs) / 1e6);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    EmulatorProcess emulator({u"--today"_s, kToday});
    if (emulator.apiUrl().isEmpty()) {
        std::fprintf(stderr, "bench: the emulator did not start\n");
        return 1;
    }
    Setup setup;
    if (!discover(emulator.apiUrl(), &setup)) {
        std::fprintf(stderr, "bench: no employee with %d open tasks\n", kTasks);
        return 1;
    }
    // Each run books days of its own, so the server holds nothing there yet (no conflicts).
    QDate day = kFirstDay;
    for (const int edits : {20, 200, 2000}) {
        if (!replay(emulator.apiUrl(), setup, edits, day, false))
            return 1;
        day = day.addDays(edits / kTasks + 1);
    }
    if (!replay(emulator.apiUrl(), setup, 500, day, true))
        return 1;
    return 0;
}
