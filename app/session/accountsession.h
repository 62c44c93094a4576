#pragma once

#include "account.h"
#include "clock.h"
#include "sessionoptions.h"
#include "signinproblem.h"
#include "user.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace actidesk {

class ActiTimeClient;
class ApiCall;
class RequestQueue;
class Store;
class SyncEngine;

// One account, signed in or shown from its cache: the network stack (queue, typed client), the
// offline Store and the SyncEngine over them, and the sign-in. The cache can be opened and shown
// before — and without — signing in, so the app paints the last known data at once, offline too.
// Windows do not talk to it: AccountWorkspace composes it and orchestrates refreshes and syncs.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    AccountSession(const Account &account, const SessionOptions &options,
                   QObject *parent = nullptr);
    ~AccountSession() override;

    const Account &account() const { return m_account; }
    // The account's time: the options' clock, else the system's.
    const Clock &clock() const { return m_options.clock ? *m_options.clock : Clock::system(); }
    // Opens the Store (once). recoveryMessage is set when the file was unusable and was moved
    // aside and rebuilt (the UI says so); false with `error` when no cache could be opened.
    bool openCache(QString *recoveryMessage, QString *error);

    Store *store() const { return m_store.get(); } // nullptr before openCache()
    SyncEngine *sync() const { return m_sync.get(); } // nullptr before openCache()
    ActiTimeClient *client() const { return m_client.get(); }
    RequestQueue *queue() const { return m_queue.get(); }

    // The signed-in user: from the server once signed in, from the cache before that.
    std::optional<User> currentUser() const;
    bool isSignedIn() const { return m_signedIn; }
    bool isSigningIn() const;
    // May this account see other users' time (a manager or administrator)? The last answer is
    // kept in the cache, so it is known offline.
    bool canReviewTeam() const { return m_canReviewTeam; }

    // While the server makes the whole account wait (a 429's Retry-After, a login ban), until
    // when and why — for the status bar; an invalid time when nothing holds the queue back.
    QDateTime pausedUntil() const;
    QString pauseReason() const;

    // Checks the password with GET /users/me. Success: signedIn, then reference data, tasks and
    // the outbox are brought up to date. A wrong password costs exactly one request (the queue
    // never retries a 401). No server but a cached user: signInFailed(Unreachable) and
    // workingOffline(); once the sync engine finds the server again the check is repeated.
    void signIn(const QString &password);
    // Forgets the credentials and stops syncing; the outbox stays in the Store.
    void signOut();

Q_SIGNALS:
    void signedIn(const actidesk::User &user);
    void signInFailed(const actidesk::SignInProblem &problem);
    void workingOffline();
    void signedOut();
    void teamAccessChanged(bool canReviewTeam);
    void tasksRefreshed();
    // pausedUntil() or pauseReason() changed.
    void pauseChanged();

private:
    bool openCacheForSignIn();
    void checkCredentials();
    void onChecked();
    void fail(const SignInProblem &problem);
    void succeed(const User &user);
    void checkTeamAccess();
    void setCanReviewTeam(bool canReview);

    Account m_account;
    SessionOptions m_options;
    SignInProblem m_addressProblem; // the address or CA file is unusable: nothing is sent
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RequestQueue> m_queue;
    std::unique_ptr<ActiTimeClient> m_client;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncEngine> m_sync;
    QPointer<ApiCall> m_check; // GET /users/me in flight
    std::optional<User> m_user; // from the server, this run
    bool m_signedIn = false;
    bool m_waitingForServer = false; // offline with a cached user: re-check when it is back
    bool m_canReviewTeam = false;
};

} // namespace actidesk
