#pragma once

#include "reference.h"
#include "scope.h"
#include "storechanges.h"
#include "storetypes.h"
#include "timetrack.h"
#include "user.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

namespace actidesk {

class StoreWorker;

// The offline cache of one account: an SQLite file holding every entity the app shows, the
// time-track and leave cells, and the outbox of edits not yet confirmed by the server.
//
// Threads: a Store belongs to the thread that opened it (QtSql connections are per thread). Keep
// it off the UI thread; another thread opens its own Store on the same file (WAL lets readers
// run beside one writer; a writer waits up to StoreOptions::busyTimeoutMs for another).
//
// Errors are values: writers return a StoreResult; readers return their value (empty on failure)
// and leave the outcome in lastError(). Every call resets lastError(). Nothing here throws.
//
// Durability: the file runs in WAL mode. A call that returned ok has committed: its data
// survives the process crashing or being killed (SIGKILL included). What the user typed (edits,
// resolutions of conflicts) commits with synchronous=FULL (the WAL is synced before the call
// returns), so it survives a power loss or an OS crash too. Everything else commits with
// synchronous=NORMAL, which syncs nothing (a commit costs no fsync on the caller's thread):
// refreshes from the server, and the replay's records of what the server said about a sent
// edit (confirmEdit, markConflict, markRejected, recordAttempt, recordReplay). After a power
// loss the last NORMAL commits may be rolled back — only a suffix: the WAL keeps commits in
// order and the next FULL commit (or checkpoint) syncs all before it, so a kept user edit never
// misses a record it came after. A lost refresh is downloaded again; a lost record of the replay
// is settled again by the next replay, which reads the server's value before it writes: a value
// already there is confirmed without being sent again (cells with their comments, leave, entity
// updates), a create is adopted by its name, a delete finds the object gone. The one record
// that changes a user's edit — a confirmation that rebases a newer edit of the same cell — is
// FULL, so a power loss cannot turn that edit into a false conflict.
//
// Files: the folder is made private (0700) and the cache files 0600. A damaged file is moved
// aside (its unsent outbox entries rescued into the new cache first); moved-aside files older
// than a month are removed when a Store is opened in that folder.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(actidesk::Store)
public:
    // Opens (creating, migrating or, when unusable, moving aside and recreating) the cache at
    // `path`. Returns nullptr only when report->outcome is Failed; `report` may be null.
    [[nodiscard]] static std::unique_ptr<Store> open(const QString &path, OpenReport *report,
                                                     const StoreOptions &options = {});
    // <AppDataLocation>/accounts/<sha1 of accountKey>.sqlite; accountKey is e.g. server + login.
    static QString defaultPath(const QString &accountKey);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; }
    // The account's clock (StoreOptions::clock): the Store's stamps, the models' "today".
    const Clock &clock() const { return m_options.clock ? *m_options.clock : Clock::system(); }
    int schemaVersion() const;
    QString journalMode() const;
    const StoreResult &lastError() const { return m_lastError; }
    // Says what every committed write changed (cells of a user's days, entity lists, the
    // outbox, …), so readers re-read only what overlaps what they show.
    StoreChanges &changes() const { return *m_changes; }

    // --- Entities. put… inserts or updates the given rows (one transaction); replace… does the
    // same for a complete list from the server and also deletes the rows not in it.
    StoreResult putServerInfo(const ServerInfo &info);
    StoreResult putUsers(const QList<User> &users);
    StoreResult replaceUsers(const QList<User> &users);
    StoreResult putCustomers(const QList<Customer> &customers);
    StoreResult replaceCustomers(const QList<Customer> &customers);
    StoreResult putProjects(const QList<Project> &projects);
    StoreResult replaceProjects(const QList<Project> &projects);
    StoreResult putTasks(const QList<Task> &tasks);
    StoreResult replaceTasks(const QList<Task> &tasks);
    StoreResult putDepartments(const QList<Department> &departments);
    StoreResult replaceDepartments(const QList<Department> &departments);
    StoreResult putTimeZoneGroups(const QList<TimeZoneGroup> &groups);
    StoreResult replaceTimeZoneGroups(const QList<TimeZoneGroup> &groups);
    StoreResult putTypesOfWork(const QList<TypeOfWork> &types);
    StoreResult replaceTypesOfWork(const QList<TypeOfWork> &types);
    StoreResult putWorkflowStatuses(const QList<WorkflowStatus> &statuses);
    StoreResult replaceWorkflowStatuses(const QList<WorkflowStatus> &statuses);
    StoreResult putLeaveTypes(const QList<LeaveType> &types);
    StoreResult replaceLeaveTypes(const QList<LeaveType> &types);
    // Removes single entities (e.g. after a confirmed delete).
    StoreResult removeEntities(StoreEntity entity, const QList<int> &ids);

    std::optional<ServerInfo> serverInfo();
    // Cost-of-work rates: the complete list the server showed this account (replacing the
    // cached one), or — when the server refuses them (403) — none and the note that this account
    // may not read them. userRatesForbidden() is false until a refusal was recorded.
    StoreResult replaceUserRates(const QList<UserRates> &rates);
    StoreResult setUserRatesForbidden();
    QList<UserRates> userRates(); // in user id order
    bool userRatesForbidden();
    // Readers return rows in id order; an empty `ids` means all.
    QList<User> users(const QList<int> &ids = {});
    QList<Customer> customers(const QList<int> &ids = {});
    QList<Project> projects(const QList<int> &ids = {}, const QList<int> &customerIds = {});
    QList<Task> tasks(const TaskQuery &query = {});
    std::optional<Task> task(int id);
    QList<Department> departments();
    QList<TimeZoneGroup> timeZoneGroups();
    QList<TypeOfWork> typesOfWork();
    QList<WorkflowStatus> workflowStatuses();
    QList<LeaveType> leaveTypes();
    // --- Task browser (the tasks helper's block). The tasks as the tree shows them, without
    // descriptions, links or copied names (100,000 of them fit in a few MB), in id order; and
    // the projects that tasks name but that are not cached themselves (id, name, customer id,
    // customer name), so a task never goes missing for want of its parent.
    struct TaskTreeRow
    {
        int id = 0;
        int projectId = 0;
        QString name;
        bool completed = false;
        int workflowStatusId = 0;
        int typeOfWorkId = 0;
        QDate deadline;
        int estimatedMinutes = -1; // -1: none
        AllowedActions allowed;
    };
    QList<TaskTreeRow> taskTreeRows();
    QList<Project> projectsNamedByTasksOnly();
    // The time tracked on a task as far as the cache knows it (the API gives a task no such
    // figure): the sum of its cached cells (every user whose weeks were fetched; unsent edits
    // included), over how many users and which days.
    struct TrackedTime
    {
        int minutes = 0;
        int users = 0;
        QDate from, to; // invalid: no time cached
    };
    TrackedTime trackedOnTask(int taskId);
    // The comments of one object (kind: 0 customer, 1 project, 2 task; read-only in the API),
    // fetched when the object is shown and kept for offline use with the time they were fetched (as
    // sync_meta "comments/<kind>/<id>"; a write is announced as that meta key). Null when never
    // fetched.
    struct CachedComments
    {
        QList<Comment> comments;
        QDateTime fetchedAt;
    };
    StoreResult putComments(int kind, int id, const QList<Comment> &comments);
    std::optional<CachedComments> comments(int kind, int id);
    static QString commentsKey(int kind, int id);
    // --- End of the task browser's block.

    // When the entity's list last came complete from the server (replace…), or invalid.
    QDateTime lastReplaced(StoreEntity entity);
    // When any entity of the kind was last fetched (the newest fetched_at), or invalid.
    QDateTime lastFetched(StoreEntity entity);

    // --- Schedule: minutes per day.
    StoreResult putSchedule(int userId, const Schedule &schedule);
    // nullopt unless every day from..to is cached.
    std::optional<Schedule> schedule(int userId, const QDate &from, const QDate &to);

    // --- Cells. putServer… replaces the server's view of userId's days from..to (one
    // transaction): cells the server no longer has are removed, others take the server's value
    // — except cells with an outbox entry, which keep the user's value and only record the
    // server's (so the sync layer can tell a conflict). Records outside the user or range are
    // refused (Invalid; nothing written).
    StoreResult putServerTimetrack(int userId, const QDate &from, const QDate &to,
                                   const QList<TimetrackRecord> &records,
                                   const QDateTime &fetchedAt);
    // The same from the days of a timetrack page; also records each day's approval flag.
    StoreResult putServerTimetrackDays(int userId, const QDate &from, const QDate &to,
                                       const QList<TimetrackDay> &days, const QDateTime &fetchedAt);
    // The same for several users at once (a team's week): every user of `userIds` has from..to
    // replaced — one without days in `days` has no time there; a day of a user not in the list
    // is refused (Invalid; nothing written). One transaction, each statement prepared once.
    StoreResult putServerTimetrackOfUsers(const QList<int> &userIds, const QDate &from,
                                          const QDate &to, const QList<TimetrackDay> &days,
                                          const QDateTime &fetchedAt);
    StoreResult putServerLeave(int userId, const QDate &from, const QDate &to,
                               const QList<LeaveRecord> &records, const QDateTime &fetchedAt);
    // In (date, task / leave type) order.
    QList<TimetrackCell> timetrack(int userId, const QDate &from, const QDate &to);
    QList<LeaveCell> leave(int userId, const QDate &from, const QDate &to);
    // The days that were ever fetched or learned locked, in date order.
    QList<DayInfo> days(int userId, const QDate &from, const QDate &to);
    // The same for several users in one query each (a grid of a whole team): in (user, date,
    // task) and (user, date) order.
    QList<TimetrackCell> timetrackOfUsers(const QList<int> &userIds, const QDate &from,
                                          const QDate &to);
    QList<DayInfo> daysOfUsers(const QList<int> &userIds, const QDate &from, const QDate &to);

    // --- Locked days. The API cannot read a lock: a day is learned locked when the server
    // refuses a write on it as locked or approved (the sync layer calls markDayLocked with the
    // server's message), and days() reports it in DayInfo::lockedReason so every cell of the day
    // is read-only, across restarts. It is forgotten when the server shows the day open again:
    // - it accepted a write on the day (the sync layer calls forgetLockedDay);
    // - a refresh (putServerTimetrackDays) reports the day not approved, for a day learned from
    //   an approval refusal (the server reports approval only for days with time);
    // - a refresh fetched LockedDayTrustMs or more after the refusal: the API cannot tell a lock
    //   lifted on the server otherwise, and a day still locked is simply learned again at the
    //   next refused write (the typed value is kept with the server's reason, never lost).
    static constexpr qint64 LockedDayTrustMs = 12 * 60 * 60 * 1000;
    StoreResult markDayLocked(int userId, const QDate &date, const QString &reason, bool approval);
    StoreResult forgetLockedDay(int userId, const QDate &date);

    // --- Edits: the cell and its outbox entry in one transaction, committed before returning.
    // A cell with an entry already keeps one entry: the payload is replaced, the original base
    // kept; a Rejected entry becomes Pending again (the user corrected it), a Conflict stays one.
    StoreResult editTimetrackCell(int userId, const QDate &date, int taskId, int minutes,
                                  const QString &comment);
    StoreResult editLeaveCell(int userId, const QDate &date, int leaveTypeId, int minutes);
    // A customer/project/task create, update or delete. An update merges into a pending create or
    // update of the same entity (payload keys overwritten, base kept); anything else appends.
    StoreResult enqueueChange(OutboxKind kind, int entityId, const QJsonObject &payload,
                              const QJsonObject &base = {});

    // --- Replay (for the sync layer). Confirmations take the entry as it was sent: if the user
    // edited the cell meanwhile (revision changed), the newer edit stays pending, rebased on the
    // confirmed server value. The records below commit with synchronous=NORMAL (see Durability),
    // except a confirmation that rebases a newer edit (FULL); inside recordReplay they take its
    // transaction's.
    QList<OutboxEntry> pendingEdits(); // state Pending, in order (id ascending)
    QList<OutboxEntry> outboxEntries(); // every state, in order
    std::optional<OutboxEntry> outboxEntry(qint64 id);
    int outboxCount(std::optional<OutboxState> state = {});
    // The server accepted the edit. For cells `server` is the value it now holds (default: the
    // payload as sent); the cell becomes Synced with it. The entry is removed.
    StoreResult confirmEdit(const OutboxEntry &sent, const std::optional<CellValue> &server = {});
    // The server's value changed since the base: the entry waits for the user (Conflict); the
    // cell keeps the user's value and records the server's.
    StoreResult markConflict(const OutboxEntry &sent, const CellValue &server);
    StoreResult markConflict(const OutboxEntry &sent, const QJsonObject &server);
    // The server refused the edit (4xx): kept with the message until the user acts.
    StoreResult markRejected(const OutboxEntry &sent, const QString &message);
    // A try failed without an answer (network): stays pending; attempts + 1, message kept.
    StoreResult recordAttempt(const OutboxEntry &sent, const QString &message);
    // The user keeps their value: Pending again, based on the server value now known.
    StoreResult resolveKeepMine(qint64 id);
    // The user takes the server's value: the cell shows it again; the entry is removed.
    StoreResult resolveTakeTheirs(qint64 id);
    // The same for several entries (an object's refused changes, a create with its children's):
    // all in one transaction, committed durably, or none when one fails.
    StoreResult resolveKeepMine(const QList<qint64> &ids);
    StoreResult resolveTakeTheirs(const QList<qint64> &ids);

    // --- Team review: many users' days of one period, one query per kind whatever the number
    // of users (the manager review of 1,000 users reads in four queries, not 4,000).
    struct TeamDayMinutes
    {
        int userId = 0;
        QDate date;
        int minutes = 0;
    };
    struct TeamLeave
    {
        int userId = 0;
        QDate date;
        int leaveTypeId = 0;
        int minutes = 0;
    };
    struct TeamDayState
    {
        int userId = 0;
        QDate date;
        std::optional<bool> approved;
        bool fetched = false; // the day's time-track came from the server at least once
    };
    struct TeamPeriod
    {
        QList<TeamDayMinutes> tracked; // time-track per user and day (shown values summed)
        QList<TeamLeave> leave; // per user, day and leave type
        QList<TeamDayMinutes> scheduled; // the cached schedule days
        QList<TeamDayState> days; // the days fetched or with an approval flag
    };
    // Rows of the users in userIds from..to, each list in (user, date) order.
    TeamPeriod teamPeriod(const QList<int> &userIds, const QDate &from, const QDate &to);
    // Minutes per user and task from..to, with the task's project and customer (as cached).
    struct TeamTaskMinutes
    {
        int userId = 0;
        int taskId = 0;
        int projectId = 0;
        QString projectName;
        int customerId = 0;
        QString customerName;
        int minutes = 0;
    };
    QList<TeamTaskMinutes> teamTaskMinutes(const QList<int> &userIds, const QDate &from,
                                           const QDate &to);
    // The users of userIds whose schedule is cached for every day from..to.
    QSet<int> teamUsersWithSchedule(const QList<int> &userIds, const QDate &from, const QDate &to);
    // The meta key of when the review of from..to was last fetched (ISO date-time, UTC); the
    // member list is metakeys::TeamMembers.
    static QString teamAsOfKey(const QDate &from, const QDate &to);

    // --- Sync metadata (key/value), e.g. the signed-in user or a refresh cursor.
    StoreResult setMeta(const QString &key, const QString &value);
    std::optional<QString> meta(const QString &key);

    // Several writes as one transaction: `writes` calls put…/replace… methods of this Store and
    // returns the first failure (or ok); then every one of them is rolled back, so a reader
    // never sees part of them (e.g. half a refreshed week). The writes take the transaction's
    // durability: NORMAL (data from the server), or FULL when `userEdits` (what the user did:
    // edits, the timer). The replay's records use recordReplay().
    StoreResult writeTogether(const std::function<StoreResult()> &writes, bool userEdits = false);
    // The replay's records of one batch of `sent` entries (confirmEdit, markConflict,
    // markRejected, recordAttempt and the cells' locks, called by `writes`) as one writeTogether
    // transaction, committed with synchronous=NORMAL: a batch of 100 confirmations costs no
    // fsync on the UI thread. FULL when one of `sent` was edited again (or settled by the user)
    // after it was read for sending: its confirmation may rebase what the user typed. See
    // "Durability" above for why a lost record is harmless.
    StoreResult recordReplay(const QList<OutboxEntry> &sent,
                             const std::function<StoreResult()> &writes);

    // Heavy writes of data from the server (a team's week: thousands of rows) off this thread:
    // `writes` runs on a worker thread of this Store, against a Store of its own on the same file
    // (another SQLite connection; WAL lets this one read meanwhile), inside one writeTogether
    // transaction with durability Normal. Once it committed, what it changed is announced by
    // changes() here, then `done` gets the result — both on this Store's thread, from the event
    // loop. `writes` must use only the Store it is given and data it owns (copies: it runs on
    // another thread); its now() is this clock's at the call. Jobs run one at a time, in order.
    // `done` is not called when `context` is destroyed first (the writes may still commit), nor
    // after this Store is destroyed (jobs not yet started are dropped, a running one finishes).
    // Never for what the user typed (the outbox): those writes stay on this thread.
    // While a writer holds the file (this thread or the worker), the other waits for it up to
    // StoreOptions::busyTimeoutMs. The test seams (failNthWrite, simulateDiskFull) apply: the
    // whole job counts as one write.
    void writeInBackground(std::function<StoreResult(Store &)> writes, QObject *context,
                           std::function<void(const StoreResult &)> done);

    // --- The cache as a whole (Preferences). Its size on disk: the file, its WAL and its
    // shared-memory index.
    static qint64 sizeOnDisk(const QString &path);
    qint64 sizeOnDisk() const;
    // How many outbox entries the cache at `path` holds, read without opening it as a Store
    // (no migration, nothing moved aside): 0 when there is no file, nullopt when unreadable.
    static std::optional<int> unsentChangesIn(const QString &path);
    // Deletes the copy of the server's data (one transaction, durability Full) and keeps what
    // the user typed: the outbox; the cells it edits (user's value and base); the tasks,
    // projects, customers, leave types and users it names (and the users of keepUserIds, e.g.
    // the signed-in one); the meta keys that are not server data (temporary ids, the timer,
    // the session's own). Every day becomes "never fetched", so views refetch what they show.
    // Then the file is compacted (best effort). Announces every list, the server's settings
    // and every user's days that had data. Refused (Invalid) inside writeTogether.
    StoreResult clearServerData(const QList<int> &keepUserIds = {});

    // Test seam: the nth write from now (writes inside writeTogether count one each) fails as
    // on a full disk, before it changes anything; 0 turns it off.
    void failNthWrite(int n) { m_failNthWrite = n; }

    // Test seam: while set, every write fails as SQLite fails on a full disk (SQLITE_FULL:
    // Code::DiskFull and its message), before it changes anything. Layers above use it to prove
    // that nothing is lost and nothing loops when the disk fills up.
    void simulateDiskFull(bool full) { m_simulateDiskFull = full; }

private:
    enum class Durability {
        Normal, // synchronous=NORMAL: lost on a power loss at worst (data from the server)
        Full, // synchronous=FULL: what the user typed
    };
    friend class StoreWorker;
    Store(const QString &path, const QString &connection, const StoreOptions &options);
    // Another connection to a cache that open() already checked, for a worker thread: no checks,
    // no migration, nothing moved aside. Called on the thread that will use it.
    static std::unique_ptr<Store> attach(const QString &path, const StoreOptions &options,
                                         StoreResult *error);
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    QDateTime now() const; // clock().now()
    StoreResult write(const std::function<void()> &body,
                      Durability durability = Durability::Normal);
    // A write of what the user typed (edits, the outbox and its replay): Durability::Full.
    StoreResult writeEdit(const std::function<void()> &body)
    {
        return write(body, Durability::Full);
    }
    // writeTogether with the given durability.
    StoreResult together(const std::function<StoreResult()> &writes, Durability durability);
    // Full when confirming `sent` could rebase a newer edit of the user: a cell entry of it was
    // edited again (another revision) or is gone (settled by the user, maybe edited anew) since
    // it was read. Normal otherwise, and inside a transaction (which decided already).
    Durability confirmDurability(const QList<OutboxEntry> &sent);
    template<typename T>
    T read(const std::function<T()> &body);
    template<typename T>
    StoreResult putRows(const QList<T> &rows, bool replace);
    template<typename T>
    QList<T> readRows(const QString &where, const QVariantList &values);
    // Replaces the server's time-track of userIds' days from..to with `days` (see
    // putServerTimetrackDays); `approvals` also records each day's approval flag and forgets
    // the locks learned long ago (a page of days, not single records).
    void writeServerTimetrack(const QList<int> &userIds, const QDate &from, const QDate &to,
                              const QList<TimetrackDay> &days, bool approvals,
                              const QDateTime &fetchedAt);
    void markDaysFetched(int userId, const QDate &from, const QDate &to, const char *column,
                         const QDateTime &fetchedAt);
    // Copies the readable outbox entries (and temporary-id mappings) of a damaged file into
    // this, new, cache; fills report.rescued / rescueIncomplete.
    void rescueOutbox(const QString &damagedPath, OpenReport &report);
    StoreResult editCell(OutboxKind kind, int userId, const QDate &date, int targetId,
                         const CellValue &value);
    // Passes `result` through; when it is ok, announces `change` — at once, or (inside
    // writeTogether) with the transaction's other changes once it committed.
    StoreResult announce(const StoreResult &result, const StoreChange &change);

    QString m_path;
    QString m_connection;
    StoreOptions m_options;
    StoreResult m_lastError;
    bool m_simulateDiskFull = false;
    int m_failNthWrite = 0;
    // Inside writeTogether: writes join its transaction, and the first failure is kept here.
    bool m_inTransaction = false;
    bool m_startingTogether = false; // writeTogether is opening its transaction
    std::optional<StoreResult> m_nestedFailure;
    std::unique_ptr<StoreChanges> m_changes = std::make_unique<StoreChanges>();
    StoreChange m_unannounced; // inside writeTogether: what it changed so far
    std::unique_ptr<StoreWorker> m_worker; // writeInBackground's thread, started on first use
};

} // namespace actidesk
