#pragma once

#include "accountworkspace.h"
#include "sessionoptions.h"
#include "signinproblem.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace actidesk {

class AccountRegistry;
class AccountSession;
class CredentialStore;

// The app's sign-in flow, without widgets: which account is open, auto sign-in from the
// keychain at start, explicit sign-in from the dialog (remembering the password or not),
// switching accounts and signing out. The UI listens to the signals and shows the dialog on
// needsSignIn. Every account's session lives in an AccountWorkspace (its parent) made here.
class SessionController : public QObject
{
    Q_OBJECT
public:
    SessionController(AccountRegistry &registry, CredentialStore &credentials,
                      QObject *parent = nullptr);
    ~SessionController() override;

    // Where an account's cache lives (demo mode keeps them in a folder of its own). Unset:
    // Store::defaultPath(account.key()).
    void setStorePathResolver(std::function<QString(const Account &)> resolver);
    // For every session opened from now on; storePath is ignored (see the resolver).
    void setSessionOptions(const SessionOptions &options) { m_options = options; }

    // Off: passwords are never loaded from, saved to or removed from the keychain (demo mode,
    // whose passwords are public and whose machine may have no keychain at all).
    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled; }

    AccountSession *current() const;
    // The workspace of the current account (owns current()): what windows talk to.
    AccountWorkspace *workspace() const;
    // The time of every account opened here (SessionOptions::clock, else the system's): what
    // windows ask before any account is open (e.g. the sign-in dialog's countdown).
    const Clock &clock() const;

    // Opens the last used account at once (cached data shows, offline too) and signs in with
    // its saved password; needsSignIn when that is not possible.
    void start();
    // The user asked to sign in (from the dialog). On success the account is added to the
    // registry as the last used one, and the password saved to the keychain or removed from it.
    void signIn(const Account &account, const QString &password, bool remember);
    // Opens a known account like start() does for the last used one.
    void switchTo(const Account &account);
    // forgetPassword also deletes the password from the keychain.
    void signOut(bool forgetPassword);

    // --- Known accounts (Preferences). Where an account's cache is, its size on disk, and how
    // many of its changes are not sent yet (nullopt: the cache cannot be read).
    QString cachePath(const Account &account) const;
    qint64 cacheSizeOnDisk(const Account &account) const;
    std::optional<int> unsentChanges(const Account &account) const;
    // What removeAccount did with the account's cache.
    enum class CacheOutcome {
        Deleted, // nothing was waiting: the cache files are gone
        Kept, // changes wait in it (or it could not be read): it stays for a later sign-in
    };
    // Forgets the account: closed first when it is open (sessionClosing, then signedOut), off
    // the registry, its password out of the keychain (a failure is a warning). Its cache is
    // deleted only when no change waits in it — nothing typed is ever lost by removing an
    // account; signing in to it again later sends what waits.
    CacheOutcome removeAccount(const Account &account);

Q_SIGNALS:
    // The account's workspace opened (its cache shows) / is about to go (with its cache).
    void sessionOpened(actidesk::AccountWorkspace *workspace);
    void sessionClosing(actidesk::AccountWorkspace *workspace);
    void signedIn(actidesk::AccountWorkspace *workspace, const actidesk::User &user);
    void signInFailed(const actidesk::SignInProblem &problem);
    void needsSignIn(const actidesk::Account &account, const actidesk::SignInProblem &problem);
    void signedOut();
    void warning(const QString &message);

private:
    // What the user asked for while their sign-in is being checked.
    struct Pending
    {
        bool explicitSignIn = false; // from the dialog (else: automatic, from the keychain)
        bool remember = false;
        QString password; // until saved to the keychain; memory only
    };

    AccountSession *open(const Account &account);
    SessionOptions optionsFor(const Account &account) const;
    void watch(AccountSession *session);
    void closeCurrent();
    // A sign-in to an account without a cache is tried on a session of its own: the current
    // account stays as it is until the new one signs in, and stays for good if it does not.
    void tryNewAccount(const Account &account, const QString &password, bool remember);
    void adoptCandidate(const User &user);
    void dropCandidate();
    void resume(const Account &account);
    void onSignedIn(AccountSession *session, const User &user);
    void onSignInFailed(AccountSession *session, const SignInProblem &problem);

    AccountRegistry &m_registry;
    CredentialStore &m_credentials;
    std::function<QString(const Account &)> m_storePath;
    SessionOptions m_options;
    QPointer<AccountSession> m_current;
    Pending m_pending;
    QPointer<AccountSession> m_candidate; // a new account's sign-in being checked
    Pending m_candidatePending;
    bool m_keychainEnabled = true;
    bool m_currentPlainHttp = false; // m_current was opened with plain http allowed
};

} // namespace actidesk
