#pragma once

#include "clock.h"
#include "entityreplay.h"
#include "storetypes.h"

#include <QDate>
#include <QDateTime>
#include <QObject>

namespace actidesk {

namespace json {
struct BatchItemResult;
}
class ActiTimeClient;
class ApiCall;
class Store;
struct ApiError;

// Keeps one account's Store and the server in step. Reads are cache-first: views paint from the
// Store at once and ask the engine to refresh what they show; the answers land in the Store and
// the engine says which range changed. Edits go to the Store (cell + outbox entry in one
// transaction); the engine replays the outbox in order and an entry leaves it only after the
// server confirmed it. Cell edits (time-track, leave) travel in POST /batch requests of up to
// the server's maxBatchSize: one batch reads the server's values of a run of edited cells, one
// batch writes those still safe to write, so N edits cost about 2 × N / maxBatchSize requests.
// Entity edits (customers, projects, tasks) are replayed one at a time, in outbox order.
//
// Conflicts: before an edit is sent, the server's current value is read. Equal to the edit →
// it already arrived (e.g. before a crash): confirmed. Equal to the edit's base → sent.
// Anything else → held as a conflict for the user (keep mine / take theirs); never silently
// applied either way. A 4xx refusal keeps the user's value, marked with the server's message.
//
// Time (probe intervals, "data as of", fetched-at stamps) is the Store's clock().
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Online, // the last request reached the server
        Syncing, // replaying the outbox or refreshing
        Offline, // no server: edits wait; a probe checks for it every probeIntervalMs
        Error, // the server refuses this account (sign-in needed); nothing is sent
        // The Store could not be written (disk full, damaged file, …; lastError() says why):
        // replay stopped with every entry kept. The next sync() or refresh tries again; the
        // first Store write that succeeds ends this state and starts a replay.
        StoreFailed,
    };
    Q_ENUM(State)

    SyncEngine(Store &store, ActiTimeClient &client, QObject *parent = nullptr);
    ~SyncEngine() override;

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    QDateTime lastSuccess() const { return m_lastSuccess; } // "data as of"
    void setProbeIntervalMs(int ms) { m_probeIntervalMs = ms; }

    // Fetches one user's week (time-track, leave, schedule, its tasks/projects/customers) into
    // the Store; emits weekRefreshed when it landed.
    void refreshWeek(int userId, const QDate &from, const QDate &to);
    // Fetches one user's leave of a period (e.g. the year so far) in one ranged request into the
    // Store, so figures over it do not depend on which weeks were browsed; emits leaveRefreshed.
    void refreshLeave(int userId, const QDate &from, const QDate &to);
    // Fetches settings and the reference lists (leave types, types of work, workflow statuses,
    // departments, time-zone groups, users, user rates) into the Store; emits
    // referenceDataRefreshed when every list landed.
    void refreshReferenceData();
    // Fetches every task the account can see (open and completed, all pages) with the projects
    // and customers it sees, replacing their lists in the Store; emits tasksRefreshed.
    void refreshTasks();
    // Fetches the comments of one object (kind as ScopeKind; read-only in the API) into the
    // Store; emits
    // commentsRefreshed, or commentsRefreshFailed with a sentence for the user.
    void refreshComments(int kind, int id);
    // Replays pending outbox entries until none is left or the server cannot be reached.
    void sync();
    // Asks the server whether it is reachable again (also done by the probe timer).
    void probe();
    // The caller found the server unreachable itself (e.g. at sign-in): go Offline and probe.
    void reportOffline(const QString &reason);
    // Signed out: drops every request in flight, stops probing and sends nothing until resume().
    // Outbox entries stay in the Store for the next session.
    void stop();
    void resume();
    bool isStopped() const { return m_stopped; }
    // Others that write this account's Store (the session's metadata) report their results
    // here, so a failed write shows as StoreFailed like the engine's own. Returns result.ok().
    bool noteStoreResult(const StoreResult &result);

Q_SIGNALS:
    void stateChanged(actidesk::SyncEngine::State state);
    void weekRefreshed(int userId, const QDate &from, const QDate &to);
    // refreshWeek() got no week (offline, refused, unreadable); `message` is a sentence for the
    // user. For a view that waits on that very range (e.g. the copy of last week).
    void weekRefreshFailed(int userId, const QDate &from, const QDate &to, const QString &message);
    void leaveRefreshed(int userId, const QDate &from, const QDate &to);
    void referenceDataRefreshed();
    void tasksRefreshed();
    void commentsRefreshed(int kind, int id);
    void commentsRefreshFailed(int kind, int id, const QString &message);
    void outboxChanged(int pending, int conflicts, int rejected);
    void syncFinished(); // the outbox holds no pending entry any more (conflicts may remain)
    // A refresh (week, reference data, tasks) failed for a reason other than the server being
    // out of reach or refusing the account (those change state()): e.g. an answer it could not
    // read. `message` is a sentence for the user.
    void refreshFailed(const QString &message);

private:
    void replayNext();
    // Reads the server's values of the run of cell entries at the head of `pending` (one batch)
    // and decides each cell: arrived already, conflict, refused, or to be written.
    void replayCells(const QList<OutboxEntry> &pending);
    // Writes the cells whose server value still equals their base (one batch).
    void writeCells(const QList<OutboxEntry> &entries);
    int batchLimit();
    // One cell of a read batch: confirms it, marks a conflict or refusal, or adds it to
    // toWrite. False when replay must stop (offline, account refused, Store failed).
    bool decideCell(const OutboxEntry &entry, const json::BatchItemResult &result,
                    QList<OutboxEntry> *toWrite);
    // One cell of a write batch: confirmed with the server's answer, or refused.
    bool confirmWritten(const OutboxEntry &entry, const json::BatchItemResult &result);
    bool handleFailure(const OutboxEntry &entry, const ApiError &error);
    void wentOnline();
    void wentOffline(const QString &reason);
    void setState(State state);
    void emitOutbox();
    void track(ApiCall *call);
    // True when `result` is ok (and ends StoreFailed); otherwise stops replay and enters
    // StoreFailed with the Store's message.
    bool stored(const StoreResult &result);
    // Reports a failed refresh call (state change or refreshFailed); see isTransient.
    void refreshCallFailed(const ApiError &error);

    Store &m_store;
    ActiTimeClient &m_client;
    EntityReplay m_entities;
    State m_state = State::Online;
    QString m_lastError;
    QDateTime m_lastSuccess;
    int m_probeIntervalMs = 5000;
    ClockTimer m_probe; // while Offline: probes every m_probeIntervalMs
    bool m_replaying = false;
    bool m_stopped = false;
    bool m_storeFailed = false;
    int m_busy = 0; // refreshes in flight
};

} // namespace actidesk
