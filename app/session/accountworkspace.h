#pragma once

#include "account.h"
#include "clock.h"
#include "user.h"
#include "workspacestatus.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace actidesk {

class AccountSession;
class Store;
class TeamWeekRefresh;
struct SessionOptions;
struct StoreChange;

// One signed-in (or cached) account as the windows, the CLI and the tray see it. It composes the
// AccountSession (network stack, sign-in, Store, SyncEngine) and orchestrates it: refreshes what a
// view shows (a user's week, the leave of a period, the team's week, tasks, reference data),
// sends every change that reaches the outbox by itself (an edit in a model, a plan's cells, "keep
// mine") and publishes one status snapshot. Views read their models over store(); they never ask
// for a sync or tell a model to re-read (the models follow the Store's announcements).
class AccountWorkspace : public QObject
{
    Q_OBJECT
public:
    AccountWorkspace(const Account &account, const SessionOptions &options,
                     QObject *parent = nullptr);
    ~AccountWorkspace() override;

    AccountSession &session() const { return *m_session; }
    const Account &account() const;
    // The account's time (SessionOptions::clock, else the system's): what its views call now
    // and today.
    const Clock &clock() const;
    // Opens the account's cache (see AccountSession::openCache).
    bool openCache(QString *recoveryMessage, QString *error);
    // The cache the models read; nullptr until it is open.
    Store *store() const;
    std::optional<User> currentUser() const;
    bool isSignedIn() const;
    bool canReviewTeam() const;

    // The week a window shows (its "data as of" is the status's): remembered and fetched.
    void showWeek(int userId, const QDate &from, const QDate &to);
    // Fetches one user's days from..to (time-track, leave, schedule) into the Store.
    void refreshWeek(int userId, const QDate &from, const QDate &to);
    // Fetches one user's leave of a period (e.g. the year) in one request.
    void refreshLeave(int userId, const QDate &from, const QDate &to);
    // --- Team review (a manager's or an administrator's). Fetches the time-track, leave and
    // schedules of everyone this account may review, for one period (a week or a month), with
    // progress and cancel; one running is replaced. The models read it from the Store.
    void refreshTeamWeek(const QDate &from, const QDate &to);
    void cancelTeamRefresh();
    bool isTeamRefreshing() const;
    // Locks (or unlocks) from..to for the users; the server decides who may (an administrator's
    // permission): teamLockFinished reports its answer.
    void lockTeamTime(const QList<int> &userIds, const QDate &from, const QDate &to, bool lock);
    // The server's web page where time is approved (the API cannot approve).
    QUrl teamApprovalUrl() const;
    void refreshTasks();
    // Fetches the comments of a customer, project or task (kind as ScopeKind) into the Store:
    // commentsRefreshFailed when they could not be fetched (offline too).
    void refreshComments(int kind, int id);
    void refreshReferenceData();
    // Sends what waits now (F5, or the server is back); edits never need it.
    void syncNow();

    // --- The account's cache (Preferences). Its size on disk (file, WAL, index); 0 before it
    // is open.
    qint64 cacheSizeOnDisk() const;
    // Deletes the cached copy of the server's data and keeps every change not yet sent (and
    // what it needs to be shown and sent), then fetches again what is shown, the tasks and the
    // reference lists. Empty when done; else a sentence for the user (nothing was deleted).
    [[nodiscard]] QString clearCache();

    // Whether a fetch asked for now would reach the server (signed in, online, not stopped).
    bool canFetch() const;
    // Whether every day from..to of the user's time-track was fetched at least once (else a view
    // of it shows "Loading…" while its first fetch runs, not its empty state).
    bool isFetched(int userId, const QDate &from, const QDate &to) const;

    // The snapshot as of now (statusChanged carries the same value when it changes).
    WorkspaceStatus status() const;

Q_SIGNALS:
    void statusChanged(const actidesk::WorkspaceStatus &status);
    // The server accepted the account's sign-in (also again after being offline): the session
    // now fetches the tasks and the reference lists, and sends what waits.
    void signedIn();
    void teamAccessChanged(bool canReviewTeam);
    // The shown week's data came from the server (a refresh landed), and the models over it
    // have read it.
    void shownWeekRefreshed();
    // A fetch of one user's days landed in the Store, or failed (a sentence for the user): for
    // views that wait on a particular week (e.g. last week, for its copy).
    void weekRefreshed(int userId, const QDate &from, const QDate &to);
    void weekRefreshFailed(int userId, const QDate &from, const QDate &to, const QString &message);
    // The other fetches landed: the team's time of a range, the tasks, the reference lists.
    void teamWeekRefreshed(const QDate &from, const QDate &to);
    // The team refresh's parts done of total; it failed (a sentence), or was cancelled.
    void teamRefreshProgress(int done, int total);
    void teamRefreshFailed(const QString &message);
    void teamRefreshCancelled();
    // The answer to lockTeamTime: ok, or the server's refusal as a sentence for the user.
    void teamLockFinished(bool lock, bool ok, const QString &message);
    void tasksRefreshed();
    void commentsRefreshFailed(int kind, int id, const QString &message);
    void referenceDataRefreshed();
    // Fetches asked for will not answer for now: one failed, or the account went offline, needs
    // sign-in or cannot write its cache.
    void fetchingStopped();

private:
    // Connects to the Store and the SyncEngine once both exist (after openCache or sign-in).
    void attach();
    void onStoreChanged(const StoreChange &change);
    void scheduleSync();
    // Publishes the status later (coalesced): several signals of one event become one snapshot.
    void schedulePublish();
    void publish();
    void noteRefreshError(const QString &message);
    void refetchAfterClear();

    AccountSession *m_session = nullptr; // a child: goes with the workspace
    QPointer<TeamWeekRefresh> m_teamRefresh;
    bool m_attached = false;
    bool m_syncScheduled = false;
    bool m_publishScheduled = false;
    bool m_refetchAfterClear = false; // the cache was cleared: fetch again once possible
    int m_shownUser = 0;
    QDate m_shownFrom, m_shownTo;
    QString m_lastRefreshError;
    std::unique_ptr<ClockTimer> m_pauseEnd; // publishes again when the server's pause is over
    WorkspaceStatus m_published;
};

} // namespace actidesk
