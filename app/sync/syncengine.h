#pragma once

#include "entityreplay.h"
#include "storetypes.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace actidesk {

class ActiTimeClient;
class ApiCall;
class Store;
struct ApiError;

// Keeps one account's Store and the server in step. Reads are cache-first: views paint from the
// Store at once and ask the engine to refresh what they show; the answers land in the Store and
// the engine says which range changed. Edits go to the Store (cell + outbox entry in one
// transaction); the engine replays the outbox in order, one entry at a time, and an entry
// leaves it only after the server confirmed it.
//
// Conflicts: before an edit is sent, the server's current value is read. Equal to the edit →
// it already arrived (e.g. before a crash): confirmed. Equal to the edit's base → sent.
// Anything else → held as a conflict for the user (keep mine / take theirs); never silently
// applied either way. A 4xx refusal keeps the user's value, marked with the server's message.
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
    void setProbeIntervalMs(int ms) { m_probe.setInterval(ms); }

    // Fetches one user's week (time-track, leave, schedule, its tasks/projects/customers) into
    // the Store; emits weekRefreshed when it landed.
    void refreshWeek(int userId, const QDate &from, const QDate &to);
    // Fetches settings and the reference lists (leave types, types of work, workflow statuses,
    // departments, time-zone groups) into the Store; emits referenceDataRefreshed when every
    // list landed.
    void refreshReferenceData();
    // Fetches every task the account can see (open and completed, all pages) with the projects
    // and customers it sees, replacing their lists in the Store; emits tasksRefreshed.
    void refreshTasks();
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
    void referenceDataRefreshed();
    void tasksRefreshed();
    void outboxChanged(int pending, int conflicts, int rejected);
    void syncFinished(); // the outbox holds no pending entry any more (conflicts may remain)
    // A refresh (week, reference data, tasks) failed for a reason other than the server being
    // out of reach or refusing the account (those change state()): e.g. an answer it could not
    // read. `message` is a sentence for the user.
    void refreshFailed(const QString &message);

private:
    void replayNext();
    void replayCell(const OutboxEntry &entry);
    void sendCell(const OutboxEntry &entry);
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
    QTimer m_probe;
    bool m_replaying = false;
    bool m_stopped = false;
    bool m_storeFailed = false;
    int m_busy = 0; // refreshes in flight
};

} // namespace actidesk
