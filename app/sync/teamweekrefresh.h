#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include "apicall.h"
#include "domainjson.h"

namespace actidesk {

class ActiTimeClient;
class Store;

// Fetches the manager review of one period (a week or a month) into the Store, with the fewest
// requests the API allows:
// - who is in scope: GET /userRates (an administrator's every user, a manager's team; the
//   account's own user is added), paged by 1,000 — refused (403) means the account's own time;
// - their names, departments and time-zone groups: GET /users?ids=…, paged by 1,000;
// - the time-track and the leave of everybody in scope: GET /timetrack and GET /leavetime without
//   userIds, each paged by stopAfter (resumed from nextDateFrom);
// - the schedules: GET /users/{id}/schedule, maxBatchSize of them in one POST /batch; a member
//   whose schedule of the period is cached already is not asked again.
// A reload of a period fetched before asks again for all of it but the cached schedules. The API
// gives no cheaper way that stays right: /timetrack and /leavetime take no modified-since or
// change-log parameter (changes are announced only by REST hooks, which need a URL the server can
// reach); the `approved` filter [P] would skip approved days, but an approval can be revoked in
// the web interface and a day whose records were removed then does not come back at all; a lock
// cannot be read, only met as a refusal. Since stopAfter bounds records, not days, a month of
// 1,000 users is one /timetrack and one /leavetime answer: narrowing would save bytes, not
// requests. So a reload is the scope, the users, the time-track and the leave pages, and no
// schedule batch once every member's schedule of the period is cached (tst_teamrefresh counts).
// The time-track and leave run beside the scope reads; everything lands in one Store transaction
// once all answered (a reader never sees half a review), then the member list and the period's
// "as of" time (meta keys, see Store::teamAsOfKey()), so the review opens offline from the last
// fetch.
class TeamWeekRefresh : public QObject
{
    Q_OBJECT
public:
    TeamWeekRefresh(Store &store, ActiTimeClient &client, QObject *parent = nullptr);
    ~TeamWeekRefresh() override;

    // The signed-in user: always a member of their own review.
    void setSelfId(int userId) { m_selfId = userId; }
    // Records per /timetrack and /leavetime page (stopAfter); the server cuts at a day boundary.
    void setRecordsPerPage(int records) { m_recordsPerPage = records; }
    int recordsPerPage() const { return m_recordsPerPage; }

    // Starts a refresh of from..to; one already running is cancelled first (not reported).
    void refresh(const QDate &from, const QDate &to);
    // Stops the running refresh: nothing it fetched is stored; cancelled() follows.
    void cancel();
    bool isRunning() const { return !m_calls.isEmpty(); }
    // Progress of the running (or last) refresh, in requests' parts: done of total. The total
    // grows once the member list is known (the schedule batches).
    int done() const { return m_done; }
    int total() const { return m_total; }
    // Requests the last refresh sent (pages and batches).
    int requestCount() const { return m_requests; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

Q_SIGNALS:
    void progressChanged(int done, int total);
    void refreshed(const QDate &from, const QDate &to);
    // The server's answer did not come or could not be stored; a sentence for the user.
    void failed(const QString &message);
    void cancelled();

private:
    void track(ApiCall *call);
    void partDone(ApiCall *call);
    void fail(const QString &message);
    void onMembersKnown(const QList<int> &ids);
    void fetchSchedules(const QList<int> &ids);
    void finishIfComplete();
    void store();

    Store &m_store;
    ActiTimeClient &m_client;
    int m_selfId = 0;
    // A page bounds the answer's size (about 100 bytes a record); a month of 1,000 users fits one.
    int m_recordsPerPage = 100'000;

    QDate m_from, m_to;
    QList<QPointer<ApiCall>> m_calls; // running
    int m_done = 0;
    int m_total = 0;
    int m_requests = 0;
    bool m_membersKnown = false;

    // What arrived, stored together at the end.
    QList<int> m_memberIds;
    QList<User> m_users;
    json::TimetrackPage m_timetrack;
    json::LeavePage m_leave;
    QHash<int, Schedule> m_schedules;
};

} // namespace actidesk
