#include "syncengine.h"

#include "actitimeclient.h"
#include "domainjson_write.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInformation>

#include <algorithm>

#include <memory>

using namespace Qt::StringLiterals;

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

// The error of one failed batch operation, as if it had been sent alone.
ApiError itemError(const json::BatchItemResult &result)
{
    const QByteArray body = result.body.isObject()
        ? QJsonDocument(result.body.toObject()).toJson(QJsonDocument::Compact)
        : QByteArray();
    return ApiError::fromHttp(result.status, body, {});
}

ApiError unreadable(const json::ParseError &error)
{
    return ApiError::make(ApiError::Kind::InvalidResponse, error.toString());
}

// Whether a refusal says the day is closed to changes: locked, or approved. actiTIME publishes no
// error keys, so this is tolerant: the emulator's api.error.timetrack_locked / _approved, other
// spellings of the same (day_locked, period_locked, timesheet_approved, …) and, failing a key,
// the server's message. Only refusals of the request itself count (4xx other than the ones
// that say nothing about the day: not found, too many requests).
enum class DayClosed { No, Locked, Approved };
DayClosed dayClosedBy(const ApiError &error)
{
    if (error.httpStatus < 400 || error.httpStatus > 499 || error.httpStatus == 404
        || error.httpStatus == 429)
        return DayClosed::No;
    const auto says = [&error](QLatin1StringView word) {
        return error.key.contains(word, Qt::CaseInsensitive)
            || (error.key.isEmpty() && error.message.contains(word, Qt::CaseInsensitive));
    };
    if (says("approved"_L1) || says("approval"_L1))
        return DayClosed::Approved;
    if (says("locked"_L1) || says("_lock"_L1))
        return DayClosed::Locked;
    return DayClosed::No;
}
} // namespace

SyncEngine::SyncEngine(Store &store, ActiTimeClient &client, QObject *parent)
    : QObject(parent), m_store(store), m_client(client), m_entities(store, client),
      m_probe(store.clock(), this, [this]() {
          m_probe.start(m_probeIntervalMs); // again, until the server is back
          probe();
      })
{
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
            Q_EMIT weekRefreshFailed(userId, from, to, call->error().userMessage());
            return;
        }
        wentOnline();
        const WeekBundle &week = call->value();
        const QDateTime now = m_store.clock().now();
        QList<Task> tasks = week.timetrack.tasks.values();
        // One transaction: a crash or a failed write never leaves half a week in the Store.
        const bool written = stored(m_store.writeTogether([&]() -> StoreResult {
            for (const StoreResult &result :
                 {m_store.putCustomers(week.timetrack.customers.values()),
                  m_store.putProjects(week.timetrack.projects.values()), m_store.putTasks(tasks),
                  m_store.putServerTimetrackDays(userId, from, to, week.timetrack.days, now),
                  m_store.putServerLeave(userId, from, to, week.leave.records, now),
                  m_store.putLeaveTypes(week.leave.leaveTypes.values()),
                  m_store.putSchedule(userId, week.schedule)}) {
                if (!result)
                    return result;
            }
            return {};
        }));
        if (written)
            Q_EMIT weekRefreshed(userId, from, to);
    });
}

void SyncEngine::refreshLeave(int userId, const QDate &from, const QDate &to)
{
    if (m_stopped)
        return;
    auto *call = m_client.leave({from, to, {userId}, {}, true});
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
        const json::LeavePage &leave = call->value();
        const QDateTime now = m_store.clock().now();
        // Unsent edits keep the user's value: putServerLeave updates only the server's side.
        if (stored(m_store.putServerLeave(userId, from, to, leave.records, now))
            && stored(m_store.putLeaveTypes(leave.leaveTypes.values())))
            Q_EMIT leaveRefreshed(userId, from, to);
    });
}

void SyncEngine::refreshReferenceData()
{
    if (m_stopped)
        return;
    // Small lists; the queue sends them in parallel under its limits. Every call counts itself
    // in (answers arrive from the event loop, after all of them were made), so adding a list
    // needs no hand-kept total.
    auto left = std::make_shared<int>(0);
    auto failed = std::make_shared<bool>(false);
    auto done = [this, left, failed]() {
        if (--*left == 0 && !*failed)
            Q_EMIT referenceDataRefreshed();
    };
    auto handle = [this, done, failed, left](auto *call, auto store) {
        ++*left;
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
    // The users' directory. put, not replace: rows written by the sign-in and the team refresh
    // stay even when this account sees a shorter list.
    handle(m_client.users(), [this](const QList<User> &v) { return m_store.putUsers(v); });

    // Cost-of-work rates are for managers and administrators: a 403 is what this account may
    // see (recorded so the list can say so offline too), not a failed refresh.
    auto *rates = m_client.userRates();
    ++*left;
    track(rates);
    connect(rates, &ApiCall::finished, this, [this, rates, done, failed]() {
        if (rates->isOk()) {
            wentOnline();
            if (!stored(m_store.replaceUserRates(rates->value())))
                *failed = true;
        } else if (rates->error().kind == ApiError::Kind::Forbidden) {
            wentOnline();
            if (!stored(m_store.setUserRatesForbidden()))
                *failed = true;
        } else {
            *failed = true;
            refreshCallFailed(rates->error());
        }
        done();
    });
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

void SyncEngine::refreshComments(int kind, int id)
{
    if (m_stopped) {
        Q_EMIT commentsRefreshFailed(kind, id, tr("Signed out: the comments are not fetched."));
        return;
    }
    auto *call = m_client.comments(ScopeKind(kind), id);
    track(call);
    connect(call, &ApiCall::finished, this, [this, call, kind, id]() {
        if (call->isOk()) {
            wentOnline();
            if (stored(m_store.putComments(kind, id, call->value())))
                Q_EMIT commentsRefreshed(kind, id);
            else
                Q_EMIT commentsRefreshFailed(kind, id, m_lastError);
            return;
        }
        // Out of reach or signed out changes the state; a refusal (e.g. the object is gone)
        // concerns these comments only.
        if (isAccountProblem(call->error()) || isTransient(call->error()))
            refreshCallFailed(call->error());
        else
            wentOnline();
        Q_EMIT commentsRefreshFailed(kind, id, call->error().userMessage());
    });
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
        replayCells(pending);
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

int SyncEngine::batchLimit()
{
    // The server's limit as last read from /info; the API's documented default before that.
    const std::optional<ServerInfo> info = m_store.serverInfo();
    return std::max(1, info ? info->maxBatchSize : ServerInfo{}.maxBatchSize);
}

void SyncEngine::replayCells(const QList<OutboxEntry> &pending)
{
    // The run of cell entries at the head of the outbox: an entity entry after it (e.g. a task
    // created offline that later cells book on) keeps its place in the order.
    QList<OutboxEntry> run;
    const int limit = batchLimit();
    for (const OutboxEntry &entry : pending) {
        if (!entry.isCell() || run.size() >= limit)
            break;
        run.append(entry);
    }
    QList<ActiTimeClient::BatchOperation> reads;
    reads.reserve(run.size());
    for (const OutboxEntry &entry : run) {
        const QString date = json::dateToWire(entry.date);
        if (entry.kind == OutboxKind::Timetrack) {
            reads.append({"GET",
                          u"/timetrack/%1/%2/%3"_s.arg(entry.userId).arg(date).arg(entry.targetId),
                          {},
                          {}});
        } else {
            reads.append({"GET",
                          u"/leavetime?dateFrom=%1&dateTo=%1&userIds=%2&leaveTypeIds=%3"_s.arg(date)
                              .arg(entry.userId)
                              .arg(entry.targetId),
                          {},
                          {}});
        }
    }
    auto *call = m_client.batch(reads);
    track(call);
    connect(call, &ApiCall::finished, this, [this, call, run]() {
        if (!call->isOk()) {
            if (handleFailure(run.first(), call->error()))
                replayNext();
            return;
        }
        wentOnline();
        const QList<json::BatchItemResult> &results = call->value();
        QList<OutboxEntry> toWrite;
        bool goOn = true; // false once a failure stopped replay
        // The decisions of the whole batch commit together, one short commit without an fsync
        // (Store::recordReplay): should it fail, or a power loss roll it back, every entry
        // stays pending and the next read settles it.
        const StoreResult decided = m_store.recordReplay(run, [&]() -> StoreResult {
            for (qsizetype i = 0; goOn && i < run.size(); ++i)
                goOn = decideCell(run.at(i), results.at(i), &toWrite);
            return {};
        });
        if (!stored(decided) || !goOn)
            return;
        if (toWrite.isEmpty())
            replayNext();
        else
            writeCells(toWrite);
    });
}

void SyncEngine::writeCells(const QList<OutboxEntry> &entries)
{
    QList<ActiTimeClient::BatchOperation> writes;
    writes.reserve(entries.size());
    for (const OutboxEntry &entry : entries) {
        const CellValue mine = entry.payloadCell();
        const QString date = json::dateToWire(entry.date);
        if (entry.kind == OutboxKind::Timetrack) {
            // The comment is always sent: a PATCH without it clears the stored one.
            writes.append({"PATCH",
                           u"/timetrack/%1/%2/%3"_s.arg(entry.userId).arg(date).arg(entry.targetId),
                           json::timetrackSetBody(mine.minutes, mine.comment),
                           {}});
        } else {
            writes.append({"PATCH",
                           u"/leavetime/%1/%2/%3"_s.arg(entry.userId).arg(date).arg(entry.targetId),
                           json::leaveSetBody(mine.minutes),
                           {}});
        }
    }
    auto *call = m_client.batch(writes);
    track(call);
    connect(call, &ApiCall::finished, this, [this, call, entries]() {
        if (!call->isOk()) {
            // Without an answer nobody knows which writes were applied: every entry stays, and
            // the next replay's read finds those that arrived (confirmed, never sent twice).
            if (handleFailure(entries.first(), call->error()))
                replayNext();
            return;
        }
        wentOnline();
        const QList<json::BatchItemResult> &results = call->value();
        bool goOn = true; // false once a failure stopped replay
        // One commit for the batch, without an fsync on this thread (Store::recordReplay): a
        // confirmation that a power loss rolls back leaves its entry pending, and the next
        // replay finds its value on the server and confirms it without sending it again.
        const StoreResult confirmed = m_store.recordReplay(entries, [&]() -> StoreResult {
            for (qsizetype i = 0; goOn && i < entries.size(); ++i)
                goOn = confirmWritten(entries.at(i), results.at(i));
            return {};
        });
        if (!stored(confirmed) || !goOn)
            return;
        replayNext();
    });
}

bool SyncEngine::decideCell(const OutboxEntry &entry, const json::BatchItemResult &result,
                            QList<OutboxEntry> *toWrite)
{
    const bool ok = result.status >= 200 && result.status <= 299;
    CellValue server;
    json::ParseError parseError;
    if (entry.kind == OutboxKind::Timetrack) {
        if (ok) {
            const std::optional<TimetrackRecord> record =
                json::parseTimetrackRecord(result.body, entry.userId, entry.date, &parseError);
            if (!record) {
                handleFailure(entry, unreadable(parseError));
                return false;
            }
            server = {record->minutes, record->comment};
        } else if (result.status != 404) { // 404: no record, i.e. nothing booked
            return handleFailure(entry, itemError(result));
        }
    } else {
        if (!ok)
            return handleFailure(entry, itemError(result));
        const std::optional<json::LeavePage> page = json::parseLeavePage(result.body, &parseError);
        if (!page) {
            handleFailure(entry, unreadable(parseError));
            return false;
        }
        for (const LeaveRecord &r : page->records) {
            if (r.userId == entry.userId && r.date == entry.date && r.leaveTypeId == entry.targetId)
                server.minutes = r.minutes;
        }
    }
    CellValue mine = entry.payloadCell();
    CellValue base = entry.baseCell();
    if (entry.kind == OutboxKind::Leave) { // leave has no comment
        mine.comment.clear();
        base.comment.clear();
        server.comment.clear();
    }
    if (server == mine) // arrived already (e.g. a lost answer, a crash)
        return stored(m_store.confirmEdit(entry, server));
    if (server == base) {
        toWrite->append(entry);
        return true;
    }
    return stored(m_store.markConflict(entry, server));
}

bool SyncEngine::confirmWritten(const OutboxEntry &entry, const json::BatchItemResult &result)
{
    if (result.status < 200 || result.status > 299) {
        // A refusal concerns this cell only; the others of the batch go on.
        return handleFailure(entry, itemError(result));
    }
    CellValue server = entry.payloadCell();
    if (entry.kind == OutboxKind::Timetrack) {
        json::ParseError parseError;
        const std::optional<TimetrackRecord> record =
            json::parseTimetrackRecord(result.body, entry.userId, entry.date, &parseError);
        if (!record) {
            // Applied, but unreadable: the next read settles it.
            handleFailure(entry, unreadable(parseError));
            return false;
        }
        server = {record->minutes, record->comment};
    } else {
        // The leave answer's shape is not published; its time, if any, is the server's.
        server.comment.clear();
        const QJsonObject answer = result.body.toObject();
        const QJsonValue time = answer.contains("leaveTime"_L1) ? answer.value("leaveTime"_L1)
                                                                : answer.value("time"_L1);
        if (time.isDouble())
            server.minutes = time.toInt();
    }
    // Should this fail, the entry stays: the next replay reads the server's value, finds the
    // edit there and confirms it without sending it again. A write accepted on a day shows the
    // day open: a lock learned on it is gone.
    return stored(m_store.confirmEdit(entry, server))
        && stored(m_store.forgetLockedDay(entry.userId, entry.date));
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
    const QString reason = error.message.isEmpty() ? error.userMessage() : error.message;
    if (!stored(m_store.markRejected(entry, reason)))
        return false;
    // Refused as locked or approved: the day's other cells are closed too; learn it so they are
    // read-only rather than refused one by one.
    if (const DayClosed closed = dayClosedBy(error); entry.isCell() && closed != DayClosed::No)
        return stored(
            m_store.markDayLocked(entry.userId, entry.date, reason, closed == DayClosed::Approved));
    return true;
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
    m_lastSuccess = m_store.clock().now();
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
        m_probe.start(m_probeIntervalMs);
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
        // The server answered (it refused this refresh): reachable, and not Syncing for ever.
        wentOnline();
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
