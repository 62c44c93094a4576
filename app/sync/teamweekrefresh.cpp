#include "teamweekrefresh.h"

#include "actitimeclient.h"
#include "jsonreader.h"
#include "store.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
constexpr int kIdsPerUserPage = 1000;
} // namespace

TeamWeekRefresh::TeamWeekRefresh(Store &store, ActiTimeClient &client, QObject *parent)
    : QObject(parent), m_store(store), m_client(client)
{
}

TeamWeekRefresh::~TeamWeekRefresh()
{
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls)
        delete call.data();
}

void TeamWeekRefresh::track(ApiCall *call)
{
    call->setParent(this);
    m_calls.append(call);
    ++m_total;
    connect(call, &ApiCall::finished, this, [this, call]() { partDone(call); });
}

void TeamWeekRefresh::partDone(ApiCall *call)
{
    m_calls.removeAll(call);
    m_requests += call->requestCount();
    call->deleteLater();
    ++m_done;
    Q_EMIT progressChanged(m_done, m_total);
}

void TeamWeekRefresh::refresh(const QDate &from, const QDate &to)
{
    if (isRunning()) {
        const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
        for (const QPointer<ApiCall> &call : calls) {
            if (call) {
                call->disconnect(this);
                call->cancel();
                call->deleteLater();
            }
        }
    }
    m_from = from;
    m_to = to;
    m_done = 0;
    m_total = 0;
    m_requests = 0;
    m_membersKnown = false;
    m_memberIds.clear();
    m_users.clear();
    m_timetrack = {};
    m_leave = {};
    m_schedules.clear();

    // Who is in scope. Refused: this account reviews only itself (and whoever has time it sees).
    auto *rates = m_client.userRates();
    track(rates);
    connect(rates, &ApiCall::finished, this, [this, rates]() {
        QList<int> ids;
        if (rates->isOk()) {
            for (const UserRates &rate : rates->value())
                ids.append(rate.userId);
        } else if (rates->error().kind != ApiError::Kind::Forbidden) {
            fail(rates->error().userMessage());
            return;
        }
        onMembersKnown(ids);
    });

    TimetrackFilter timetrack;
    timetrack.from = from;
    timetrack.to = to;
    timetrack.withUsers = true;
    timetrack.stopAfter = m_recordsPerPage;
    auto *days = m_client.timetrack(timetrack); // no userIds: everyone this account may see
    track(days);
    connect(days, &ApiCall::finished, this, [this, days]() {
        if (!days->isOk())
            return fail(days->error().userMessage());
        m_timetrack = days->value();
        finishIfComplete();
    });

    LeaveFilter leaveFilter;
    leaveFilter.from = from;
    leaveFilter.to = to;
    leaveFilter.stopAfter = m_recordsPerPage;
    auto *leave = m_client.leave(leaveFilter);
    track(leave);
    connect(leave, &ApiCall::finished, this, [this, leave]() {
        if (!leave->isOk())
            return fail(leave->error().userMessage());
        m_leave = leave->value();
        finishIfComplete();
    });
    // The users and schedule parts are counted once the members are known: two at least.
    m_total += 2;
    Q_EMIT progressChanged(m_done, m_total);
}

void TeamWeekRefresh::onMembersKnown(const QList<int> &ids)
{
    QList<int> members = ids;
    if (m_selfId && !members.contains(m_selfId))
        members.append(m_selfId);
    std::sort(members.begin(), members.end());
    m_memberIds = members;
    m_total -= 2; // the placeholders of refresh()
    // Names, departments and time-zone groups of the members, a page of ids at a time.
    for (qsizetype first = 0; first < members.size(); first += kIdsPerUserPage) {
        UserFilter filter;
        filter.ids = members.mid(first, kIdsPerUserPage);
        auto *users = m_client.users(filter);
        track(users);
        connect(users, &ApiCall::finished, this, [this, users]() {
            if (!users->isOk())
                return fail(users->error().userMessage());
            m_users.append(users->value());
            finishIfComplete();
        });
    }
    fetchSchedules(members);
    m_membersKnown = true;
    Q_EMIT progressChanged(m_done, m_total);
    finishIfComplete();
}

void TeamWeekRefresh::fetchSchedules(const QList<int> &ids)
{
    // A schedule cached for the whole period is not asked again: schedules change rarely, and
    // the member's own timesheet refreshes theirs.
    const QSet<int> cached = m_store.teamUsersWithSchedule(ids, m_from, m_to);
    QList<int> missing;
    for (const int id : ids) {
        if (!cached.contains(id))
            missing.append(id);
    }
    const int batchSize = std::max(1, m_store.serverInfo().value_or(ServerInfo{}).maxBatchSize);
    const QString dates =
        u"?dateFrom=%1&dateTo=%2"_s.arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
    for (qsizetype first = 0; first < missing.size(); first += batchSize) {
        const QList<int> chunk = missing.mid(first, batchSize);
        QList<ActiTimeClient::BatchOperation> operations;
        for (const int id : chunk)
            operations.append({"GET", u"/users/%1/schedule"_s.arg(id) + dates, {}, {}});
        auto *batch = m_client.batch(operations);
        track(batch);
        connect(batch, &ApiCall::finished, this, [this, batch, chunk]() {
            if (!batch->isOk())
                return fail(batch->error().userMessage());
            const QList<json::BatchItemResult> &results = batch->value();
            for (qsizetype i = 0; i < chunk.size() && i < results.size(); ++i) {
                if (results.at(i).status != 200)
                    continue; // out of this account's scope after all: no schedule shown
                json::ParseError error;
                if (std::optional<Schedule> schedule =
                        json::parseSchedule(results.at(i).body, &error))
                    m_schedules.insert(chunk.at(i), *schedule);
            }
            finishIfComplete();
        });
    }
}

void TeamWeekRefresh::cancel()
{
    if (!isRunning())
        return;
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
            call->deleteLater();
        }
    }
    Q_EMIT cancelled();
}

void TeamWeekRefresh::fail(const QString &message)
{
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
            call->deleteLater();
        }
    }
    Q_EMIT failed(message);
}

void TeamWeekRefresh::finishIfComplete()
{
    if (!m_membersKnown || isRunning())
        return;
    store();
}

void TeamWeekRefresh::store()
{
    const QDateTime now = m_store.clock().now();
    // Everybody in scope, and whoever else the server showed time or leave of.
    QSet<int> members(m_memberIds.cbegin(), m_memberIds.cend());
    for (const TimetrackDay &day : std::as_const(m_timetrack.days))
        members.insert(day.userId);
    QMap<int, QList<LeaveRecord>> leaveByUser;
    for (const LeaveRecord &record : std::as_const(m_leave.records)) {
        leaveByUser[record.userId].append(record);
        members.insert(record.userId);
    }
    QHash<int, User> users = m_timetrack.users;
    for (const User &user : std::as_const(m_leave.users))
        users.insert(user.id, user);
    for (const User &user : std::as_const(m_users))
        users.insert(user.id, user);
    QList<int> ids(members.cbegin(), members.cend());
    std::sort(ids.begin(), ids.end());
    QStringList idTexts;
    for (const int id : std::as_const(ids))
        idTexts.append(QString::number(id));

    // One transaction, written on the Store's worker thread so a team of a thousand does not
    // stall the window: the review re-reads once, when it is committed, and never sees half of
    // it. The job works on copies (implicitly shared) of what was fetched.
    auto writes = [users = users.values(), customers = m_timetrack.customers.values(),
                   projects = m_timetrack.projects.values(), tasks = m_timetrack.tasks.values(),
                   leaveTypes = m_leave.leaveTypes.values(), days = m_timetrack.days, leaveByUser,
                   schedules = m_schedules, ids, members = idTexts.join(u','), from = m_from,
                   to = m_to, now](Store &store) -> StoreResult {
        StoreResult r = store.putUsers(users);
        if (r)
            r = store.putCustomers(customers);
        if (r)
            r = store.putProjects(projects);
        if (r)
            r = store.putTasks(tasks);
        if (r && !leaveTypes.isEmpty())
            r = store.putLeaveTypes(leaveTypes);
        if (r)
            r = store.putServerTimetrackOfUsers(ids, from, to, days, now);
        for (const int id : ids) {
            if (r)
                r = store.putServerLeave(id, from, to, leaveByUser.value(id), now);
            if (r && schedules.contains(id))
                r = store.putSchedule(id, schedules.value(id));
        }
        if (r)
            r = store.setMeta(metakeys::TeamMembers, members);
        if (r)
            r = store.setMeta(Store::teamAsOfKey(from, to),
                              now.toUTC().toString(Qt::ISODateWithMs));
        return r;
    };
    m_store.writeInBackground(writes, this,
                              [this, from = m_from, to = m_to](const StoreResult &result) {
                                  if (!result)
                                      Q_EMIT failed(result.message);
                                  else
                                      Q_EMIT refreshed(from, to);
                              });
}

} // namespace actidesk
