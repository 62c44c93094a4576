#include "syncengine.h"

#include "actitimeclient.h"
#include "store.h"

#include <QNetworkInformation>

#include <memory>

namespace actidesk {

namespace {
// A failure that says nothing about this entry: the server was not reached, or it is busy.
bool isTransient(const ApiError &error)
{
    using K = ApiError::Kind;
    return error.kind == K::Network || error.kind == K::Timeout || error.kind == K::Server
        || error.kind == K::RateLimited || error.kind == K::Banned || error.kind == K::Cancelled
        || error.kind == K::Tls || error.kind == K::InvalidResponse;
}

bool isAccountProblem(const ApiError &error)
{
    return error.kind == ApiError::Kind::Unauthorized;
}
} // namespace

SyncEngine::SyncEngine(Store &store, ActiTimeClient &client, QObject *parent)
    : QObject(parent), m_store(store), m_client(client), m_entities(store, client)
{
    m_probe.setInterval(5000);
    connect(&m_probe, &QTimer::timeout, this, &SyncEngine::probe);
    // Where the platform tells about reachability, a change triggers a probe at once; the timer
    // remains the fallback (and the only way on platforms without a backend).
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (m_state == State::Offline
                        && reachability == QNetworkInformation::Reachability::Online)
                        probe();
                });
    }
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::track(ApiCall *call)
{
    call->setAutoDelete(true);
    call->setParent(this); // dropped with the engine
}

void SyncEngine::refreshWeek(int userId, const QDate &from, const QDate &to)
{
    if (m_stopped)
        return;
    auto *call = m_client.week(userId, from, to);
    track(call);
    ++m_busy;
    if (m_state == State::Online)
        setState(State::Syncing);
    connect(call, &ApiCall::finished, this, [this, call, userId, from, to]() {
        --m_busy;
        if (!call->isOk()) {
            refreshCallFailed(call->error());
            return;
        }
        wentOnline();
        const WeekBundle &week = call->value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Task> tasks = week.timetrack.tasks.values();
        // The first write that fails ends the refresh: the others would fail alike.
        const bool written = stored(m_store.putCustomers(week.timetrack.customers.values()))
            && stored(m_store.putProjects(week.timetrack.projects.values()))
            && stored(m_store.putTasks(tasks))
            && stored(m_store.putServerTimetrackDays(userId, from, to, week.timetrack.days, now))
            && stored(m_store.putServerLeave(userId, from, to, week.leave.records, now))
            && stored(m_store.putLeaveTypes(week.leave.leaveTypes.values()))
            && stored(m_store.putSchedule(userId, week.schedule));
        if (written)
            Q_EMIT weekRefreshed(userId, from, to);
    });
}

void SyncEngine::refreshReferenceData()
{
    if (m_stopped)
        return;
    // Six small lists; the queue sends them in parallel under its limits.
    auto left = std::make_shared<int>(6);
    auto failed = std::make_shared<bool>(false);
    auto done = [this, left, failed]() {
        if (--*left == 0 && !*failed)
            Q_EMIT referenceDataRefreshed();
    };
    auto handle = [this, done, failed](auto *call, auto store) {
        track(call);
        connect(call, &ApiCall::finished, this, [this, call, store, done, failed]() {
            if (call->isOk()) {
                wentOnline();
                if (!stored(store(call->value())))
                    *failed = true;
            } else {
                *failed = true;
                refreshCallFailed(call->error());
            }
            done();
        });
    };
    handle(m_client.info(), [this](const ServerInfo &v) { return m_store.putServerInfo(v); });
    handle(m_client.leaveTypes(),
           [this](const QList<LeaveType> &v) { return m_store.replaceLeaveTypes(v); });
    handle(m_client.typesOfWork(),
           [this](const QList<TypeOfWork> &v) { return m_store.replaceTypesOfWork(v); });
    handle(m_client.workflowStatuses(),
           [this](const QList<WorkflowStatus> &v) { return m_store.replaceWorkflowStatuses(v); });
    handle(m_client.departments(),
           [this](const QList<Department> &v) { return m_store.replaceDepartments(v); });
    handle(m_client.timeZoneGroups(),
           [this](const QList<TimeZoneGroup> &v) { return m_store.replaceTimeZoneGroups(v); });
}

void SyncEngine::refreshTasks()
{
    if (m_stopped)
        return;
    // Without a status filter the server lists open and completed tasks alike.
    auto left = std::make_shared<int>(3);
    auto failed = std::make_shared<bool>(false);
    auto done = [this, left, failed]() {
        if (--*left == 0 && !*failed)
            Q_EMIT tasksRefreshed();
    };
    auto handle = [this, done, failed](auto *call, auto store) {
        track(call);
        ++m_busy;
        if (m_state == State::Online)
            setState(State::Syncing);
        connect(call, &ApiCall::finished, this, [this, call, store, done, failed]() {
            --m_busy;
            if (call->isOk()) {
                wentOnline();
                if (!stored(store(call->value())))
                    *failed = true;
            } else {
                *failed = true;
                refreshCallFailed(call->error());
            }
            done();
        });
    };
    handle(m_client.customers(),
           [this](const QList<Customer> &v) { return m_store.replaceCustomers(v); });
    handle(m_client.projects(),
           [this](const QList<Project> &v) { return m_store.replaceProjects(v); });
    handle(m_client.tasks(), [this](const QList<Task> &v) { return m_store.replaceTasks(v); });
}

void SyncEngine::sync()
{
    if (m_replaying || m_state == State::Error || m_stopped)
        return;
    m_replaying = true;
    replayNext();
}

void SyncEngine::replayNext()
{
    emitOutbox();
    const QList<OutboxEntry> pending = m_store.pendingEdits();
    if (!m_store.lastError().ok()) {
        stored(m_store.lastError()); // a read failed: stop, as for a write
        return;
    }
    if (pending.isEmpty()) {
        m_replaying = false;
        if (m_state == State::Syncing)
            setState(State::Online);
        Q_EMIT syncFinished();
        return;
    }
    setState(State::Syncing);
    const OutboxEntry &entry = pending.first();
    if (entry.isCell()) {
        replayCell(entry);
        return;
    }
    m_entities.replay(entry, [this, entry](EntityReplay::Outcome outcome, const ApiError *error) {
        switch (outcome) {
        case EntityReplay::Outcome::Confirmed:
            wentOnline();
            replayNext();
            return;
        case EntityReplay::Outcome::Conflict:
            replayNext();
            return;
        case EntityReplay::Outcome::Rejected:
            if (stored(m_store.markRejected(entry,
                                            error && !error->message.isEmpty() ? error->message
                                                : error ? error->userMessage()
                                                        : QString())))
                replayNext();
            return;
        case EntityReplay::Outcome::Failed:
            if (handleFailure(entry, *error))
                replayNext();
            return;
        case EntityReplay::Outcome::StoreFailed:
            stored(m_entities.lastStoreError()); // not ok: stops replay
            return;
        }
    });
}

void SyncEngine::replayCell(const OutboxEntry &entry)
{
    // Read the server's value first: it decides between sent already, send, and conflict.
    if (entry.kind == OutboxKind::Timetrack) {
        auto *current = m_client.timetrackRecord(entry.userId, entry.date, entry.targetId);
        track(current);
        connect(current, &ApiCall::finished, this, [this, current, entry]() {
            CellValue server;
            if (current->isOk())
                server = {current->value().minutes, current->value().comment};
            else if (current->error().kind != ApiError::Kind::NotFound) {
                if (handleFailure(entry, current->error()))
                    replayNext();
                return;
            }
            const CellValue mine = entry.payloadCell();
            if (server == mine) {
                if (stored(m_store.confirmEdit(entry, server)))
                    replayNext();
            } else if (server == entry.baseCell()) {
                sendCell(entry);
            } else if (stored(m_store.markConflict(entry, server))) {
                replayNext();
            }
        });
        return;
    }
    auto *current =
        m_client.leave({entry.date, entry.date, {entry.userId}, {entry.targetId}, false});
    track(current);
    connect(current, &ApiCall::finished, this, [this, current, entry]() {
        if (!current->isOk()) {
            if (handleFailure(entry, current->error()))
                replayNext();
            return;
        }
        CellValue server;
        for (const LeaveRecord &r : current->value().records) {
            if (r.userId == entry.userId && r.date == entry.date && r.leaveTypeId == entry.targetId)
                server.minutes = r.minutes;
        }
        const CellValue mine{entry.payloadCell().minutes, {}};
        if (server.minutes == mine.minutes) {
            if (stored(m_store.confirmEdit(entry, server)))
                replayNext();
        } else if (server.minutes == entry.baseCell().minutes) {
            sendCell(entry);
        } else if (stored(m_store.markConflict(entry, server))) {
            replayNext();
        }
    });
}

void SyncEngine::sendCell(const OutboxEntry &entry)
{
    const CellValue mine = entry.payloadCell();
    if (entry.kind == OutboxKind::Timetrack) {
        auto *call =
            m_client.setTime(entry.userId, entry.date, entry.targetId, mine.minutes, mine.comment);
        track(call);
        connect(call, &ApiCall::finished, this, [this, call, entry]() {
            if (!call->isOk()) {
                if (handleFailure(entry, call->error()))
                    replayNext();
                return;
            }
            wentOnline();
            // Should this fail, the entry stays: the next replay reads the server's value, finds
            // the edit there and confirms it without sending it again.
            if (stored(m_store.confirmEdit(
                    entry, CellValue{call->value().minutes, call->value().comment})))
                replayNext();
        });
        return;
    }
    auto *call = m_client.setLeave(entry.userId, entry.date, entry.targetId, mine.minutes);
    track(call);
    connect(call, &ApiCall::finished, this, [this, call, entry]() {
        if (!call->isOk()) {
            if (handleFailure(entry, call->error()))
                replayNext();
            return;
        }
        wentOnline();
        if (stored(m_store.confirmEdit(entry, CellValue{call->value().minutes, {}})))
            replayNext();
    });
}

// Returns true when replay may go on with the next entry.
bool SyncEngine::handleFailure(const OutboxEntry &entry, const ApiError &error)
{
    if (isAccountProblem(error)) {
        m_lastError = error.userMessage();
        m_replaying = false;
        setState(State::Error);
        return false;
    }
    if (isTransient(error)) {
        m_replaying = false;
        // A Store that cannot be written is the bigger problem: it is what the user sees.
        if (stored(m_store.recordAttempt(entry, error.userMessage())))
            wentOffline(error.userMessage());
        return false;
    }
    // The server refused this edit (4xx): keep the user's value, marked with the reason.
    return stored(
        m_store.markRejected(entry, error.message.isEmpty() ? error.userMessage() : error.message));
}

void SyncEngine::probe()
{
    if (m_stopped)
        return;
    auto *call = m_client.info();
    track(call);
    connect(call, &ApiCall::finished, this, [this, call]() {
        if (call->isOk()) {
            wentOnline();
            if (stored(m_store.putServerInfo(call->value())))
                sync();
        } else if (isAccountProblem(call->error())) {
            m_lastError = call->error().userMessage();
            setState(State::Error);
        }
    });
}

void SyncEngine::reportOffline(const QString &reason)
{
    if (!m_stopped)
        wentOffline(reason);
}

void SyncEngine::stop()
{
    m_stopped = true;
    m_probe.stop();
    // Deleting a call drops its request without running its finished() handlers, so nothing
    // that was in flight is recorded as a failure or starts the probe.
    qDeleteAll(findChildren<ApiCall *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(m_entities.findChildren<ApiCall *>(Qt::FindDirectChildrenOnly));
    m_busy = 0;
    m_replaying = false;
    if (m_state == State::Syncing)
        setState(State::Online);
}

void SyncEngine::resume()
{
    m_stopped = false;
    if (m_state == State::Error)
        setState(State::Online); // new credentials: the refusal no longer applies
}

void SyncEngine::wentOnline()
{
    m_lastSuccess = QDateTime::currentDateTimeUtc();
    m_probe.stop();
    if (m_state == State::Offline || m_state == State::Error)
        setState(m_replaying || m_busy > 0 ? State::Syncing : State::Online);
    else if (m_state == State::Syncing && !m_replaying && m_busy == 0)
        setState(State::Online);
}

void SyncEngine::wentOffline(const QString &reason)
{
    if (m_stopped)
        return;
    m_lastError = reason;
    setState(State::Offline);
    if (!m_probe.isActive())
        m_probe.start();
}

bool SyncEngine::stored(const StoreResult &result)
{
    if (result) {
        if (m_storeFailed) {
            m_storeFailed = false;
            setState(m_replaying || m_busy > 0 ? State::Syncing : State::Online);
            // Space is back (e.g. a refresh could write): replay what waited, without waiting
            // for the next edit or F5. Queued: the caller finishes its own work first.
            if (!m_replaying)
                QMetaObject::invokeMethod(this, &SyncEngine::sync, Qt::QueuedConnection);
        }
        return true;
    }
    m_storeFailed = true;
    m_lastError = result.message;
    m_replaying = false;
    setState(State::StoreFailed);
    return false;
}

bool SyncEngine::noteStoreResult(const StoreResult &result)
{
    if (result)
        return true;
    // Unlike stored(), replay is left alone: its own next write meets the same Store.
    m_storeFailed = true;
    m_lastError = result.message;
    setState(State::StoreFailed);
    return false;
}

void SyncEngine::refreshCallFailed(const ApiError &error)
{
    if (isAccountProblem(error)) {
        m_lastError = error.userMessage();
        setState(State::Error);
    } else if (isTransient(error)) {
        wentOffline(error.userMessage());
    } else {
        Q_EMIT refreshFailed(error.userMessage());
    }
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncEngine::emitOutbox()
{
    Q_EMIT outboxChanged(m_store.outboxCount(OutboxState::Pending),
                         m_store.outboxCount(OutboxState::Conflict),
                         m_store.outboxCount(OutboxState::Rejected));
}

} // namespace actidesk
