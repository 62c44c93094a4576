#include "sessioncontroller.h"

#include "accountregistry.h"
#include "accountsession.h"
#include "credentialstore.h"
#include "store.h"

#include <QFile>
#include <QFileInfo>

#include <utility>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
// Every session made here is owned by its workspace.
AccountWorkspace *workspaceOf(AccountSession *session)
{
    return session ? qobject_cast<AccountWorkspace *>(session->parent()) : nullptr;
}

AccountSession *newSession(const Account &account, const SessionOptions &options, QObject *parent)
{
    return &(new AccountWorkspace(account, options, parent))->session();
}
} // namespace

SessionController::SessionController(AccountRegistry &registry, CredentialStore &credentials,
                                     QObject *parent)
    : QObject(parent), m_registry(registry), m_credentials(credentials)
{
}

SessionController::~SessionController() = default;

AccountSession *SessionController::current() const
{
    return m_current;
}

AccountWorkspace *SessionController::workspace() const
{
    return workspaceOf(m_current);
}

const Clock &SessionController::clock() const
{
    return m_options.clock ? *m_options.clock : Clock::system();
}

void SessionController::setStorePathResolver(std::function<QString(const Account &)> resolver)
{
    m_storePath = std::move(resolver);
}

SessionOptions SessionController::optionsFor(const Account &account) const
{
    SessionOptions options = m_options;
    options.storePath = m_storePath ? m_storePath(account) : QString();
    options.allowPlainHttp = m_registry.allowsPlainHttp(account.serverUrl);
    return options;
}

void SessionController::watch(AccountSession *session)
{
    connect(session, &AccountSession::signedIn, this,
            [this, session](const User &user) { onSignedIn(session, user); });
    connect(session, &AccountSession::signInFailed, this,
            [this, session](const SignInProblem &problem) { onSignInFailed(session, problem); });
}

void SessionController::closeCurrent()
{
    if (!m_current)
        return;
    AccountSession *old = m_current;
    Q_EMIT sessionClosing(workspaceOf(old));
    old->disconnect(this);
    old->signOut();
    workspaceOf(old)->deleteLater(); // and the session with it
    m_current = nullptr;
}

AccountSession *SessionController::open(const Account &account)
{
    const bool plainHttp = m_registry.allowsPlainHttp(account.serverUrl);
    // A session opened before the user allowed plain http for its server cannot reach it.
    if (m_current && m_current->account().isSameAs(account) && m_currentPlainHttp == plainHttp)
        return m_current;
    dropCandidate(); // the user went elsewhere meanwhile
    closeCurrent();
    m_pending = {};
    m_currentPlainHttp = plainHttp;
    AccountSession *session = newSession(account, optionsFor(account), this);
    m_current = session;
    watch(session);

    QString recovered, error;
    if (!workspaceOf(session)->openCache(&recovered, &error))
        Q_EMIT warning(error);
    else if (!recovered.isEmpty())
        Q_EMIT warning(recovered);
    Q_EMIT sessionOpened(workspaceOf(session));
    return session;
}

void SessionController::tryNewAccount(const Account &account, const QString &password,
                                      bool remember)
{
    dropCandidate(); // the user corrected the address and tried again
    SessionOptions options = optionsFor(account);
    options.cacheAfterSignIn = true;
    AccountSession *candidate = newSession(account, options, this);
    m_candidate = candidate;
    m_candidatePending = {true, remember, password};
    connect(candidate, &AccountSession::signedIn, this, &SessionController::adoptCandidate);
    connect(candidate, &AccountSession::signInFailed, this, [this](const SignInProblem &problem) {
        dropCandidate();
        Q_EMIT signInFailed(problem);
    });
    candidate->signIn(password);
}

void SessionController::adoptCandidate(const User &user)
{
    AccountSession *session = m_candidate;
    if (!session)
        return;
    m_candidate = nullptr;
    session->disconnect(this);
    closeCurrent();
    m_current = session;
    m_currentPlainHttp = m_registry.allowsPlainHttp(session->account().serverUrl);
    watch(session);
    m_pending = std::exchange(m_candidatePending, {});
    Q_EMIT sessionOpened(workspaceOf(session));
    onSignedIn(session, user);
}

void SessionController::dropCandidate()
{
    m_candidatePending = {};
    if (!m_candidate)
        return;
    AccountSession *candidate = m_candidate;
    m_candidate = nullptr;
    candidate->disconnect(this);
    // Later: this may run inside the candidate's own signal; its destructor drops its calls.
    workspaceOf(candidate)->deleteLater();
}

void SessionController::start()
{
    const std::optional<Account> last = m_registry.lastUsed();
    if (!last) {
        Q_EMIT needsSignIn({}, {});
        return;
    }
    resume(*last);
}

void SessionController::switchTo(const Account &account)
{
    resume(m_registry.find(account).value_or(account));
}

void SessionController::resume(const Account &account)
{
    AccountSession *session = open(account);
    if (session->isSignedIn())
        return;
    if (!m_keychainEnabled || !m_registry.remembersPassword(account)) {
        Q_EMIT needsSignIn(account, {});
        return;
    }
    CredentialJob *job = m_credentials.load(account);
    QPointer<AccountSession> guard = session;
    connect(job, &CredentialJob::finished, this,
            [this, guard, job, account](const CredentialResult &result) {
                if (!guard || guard != m_current)
                    return; // the user switched meanwhile
                if (result.ok()) {
                    m_pending = {};
                    guard->signIn(job->password());
                } else if (result.status == CredentialStatus::NotFound) {
                    Q_EMIT needsSignIn(account, {});
                } else {
                    Q_EMIT needsSignIn(
                        account,
                        SignInProblem::make(SignInProblem::Kind::Keychain, result.userMessage));
                }
            });
}

void SessionController::signIn(const Account &account, const QString &password, bool remember)
{
    const bool isCurrent = m_current && m_current->account().isSameAs(account)
        && m_currentPlainHttp == m_registry.allowsPlainHttp(account.serverUrl);
    if (!isCurrent && !QFileInfo::exists(cachePath(account))) {
        tryNewAccount(account, password, remember);
        return;
    }
    AccountSession *session = open(account);
    m_pending = {true, remember, password};
    session->signIn(password);
}

void SessionController::onSignedIn(AccountSession *session, const User &user)
{
    const Pending pending = std::exchange(m_pending, {});
    Account account = session->account();
    if (!user.displayName().isEmpty())
        account.displayName = user.displayName();
    m_registry.add(account);
    m_registry.setLastUsed(account);
    if (pending.explicitSignIn && m_keychainEnabled) {
        m_registry.setRemembersPassword(account, pending.remember);
        CredentialJob *job = pending.remember ? m_credentials.save(account, pending.password)
                                              : m_credentials.remove(account);
        // The sign-in counts either way; a keychain failure only costs the automatic sign-in.
        connect(job, &CredentialJob::finished, this, [this](const CredentialResult &result) {
            if (!result.ok())
                Q_EMIT warning(result.userMessage);
        });
    }
    Q_EMIT signedIn(workspaceOf(session), user);
}

void SessionController::onSignInFailed(AccountSession *session, const SignInProblem &problem)
{
    const Pending pending = std::exchange(m_pending, {});
    if (pending.explicitSignIn) {
        Q_EMIT signInFailed(problem);
        return;
    }
    // An automatic sign-in that finds no server but a cache keeps showing the cache: the
    // session signs in by itself once the server is back, so the dialog would only be in the way.
    if (problem.kind == SignInProblem::Kind::Unreachable && session->currentUser()) {
        Q_EMIT signInFailed(problem);
        return;
    }
    Q_EMIT needsSignIn(session->account(), problem);
}

void SessionController::signOut(bool forgetPassword)
{
    if (!m_current) {
        Q_EMIT signedOut();
        return;
    }
    m_pending = {};
    m_current->signOut();
    const Account account = m_current->account();
    if (!forgetPassword) {
        Q_EMIT signedOut();
        return;
    }
    m_registry.setRemembersPassword(account, false);
    if (!m_keychainEnabled) {
        Q_EMIT signedOut();
        return;
    }
    CredentialJob *job = m_credentials.remove(account);
    // signedOut once the password is really gone, so nothing can load it in between.
    connect(job, &CredentialJob::finished, this, [this](const CredentialResult &result) {
        if (!result.ok())
            Q_EMIT warning(result.userMessage);
        Q_EMIT signedOut();
    });
}

QString SessionController::cachePath(const Account &account) const
{
    const QString path = m_storePath ? m_storePath(account) : QString();
    return path.isEmpty() ? Store::defaultPath(account.key()) : path;
}

qint64 SessionController::cacheSizeOnDisk(const Account &account) const
{
    return Store::sizeOnDisk(cachePath(account));
}

std::optional<int> SessionController::unsentChanges(const Account &account) const
{
    return Store::unsentChangesIn(cachePath(account));
}

SessionController::CacheOutcome SessionController::removeAccount(const Account &account)
{
    const QString path = cachePath(account);
    const std::optional<int> waiting = unsentChanges(account);
    const bool deleteCache = waiting && *waiting == 0;
    const auto deleteFiles = [path]() {
        for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s})
            QFile::remove(file);
    };
    const bool wasCurrent = m_current && m_current->account().isSameAs(account);
    if (m_candidate && m_candidate->account().isSameAs(account))
        dropCandidate();
    if (wasCurrent) {
        AccountSession *session = m_current;
        m_pending = {};
        closeCurrent();
        // The files go once the Store closed them: the session is deleted later, with its
        // workspace, and signals destroyed() after its members (the Store) are gone.
        if (deleteCache)
            connect(session, &QObject::destroyed, this, deleteFiles);
    } else if (deleteCache) {
        deleteFiles();
    }
    m_registry.remove(account);
    if (m_keychainEnabled) {
        CredentialJob *job = m_credentials.remove(account);
        connect(job, &CredentialJob::finished, this, [this](const CredentialResult &result) {
            if (!result.ok())
                Q_EMIT warning(result.userMessage);
        });
    }
    if (wasCurrent)
        Q_EMIT signedOut();
    return deleteCache ? CacheOutcome::Deleted : CacheOutcome::Kept;
}

} // namespace actidesk
