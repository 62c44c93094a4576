#include "credentialstore.h"

#include <QLoggingCategory>
#include <QStringList>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <functional>

#if defined(Q_OS_LINUX)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

using namespace Qt::StringLiterals;

namespace actidesk {

// Logs operations, keys and keychain error codes only. Never add a password to a log line.
// Quiet unless asked (QT_LOGGING_RULES="actidesk.auth.credentials.debug=true"): a released app
// must not print a line per keychain job.
Q_LOGGING_CATEGORY(lcCredentials, "actidesk.auth.credentials", QtWarningMsg)

namespace {

#if defined(Q_OS_LINUX)
// Secret Service providers and KWallet may start after the app (autostart races at login), and
// the first call may also be what D-Bus-activates them; one late retry covers both.
constexpr bool retryWhenKeychainStarting = true;
#else
constexpr bool retryWhenKeychainStarting = false;
#endif

bool mayBeStarting(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

CredentialResult okResult()
{
    return {CredentialStatus::Ok, {}};
}

CredentialResult noBackendResult()
{
#if defined(Q_OS_LINUX)
    return {CredentialStatus::NoBackend,
            CredentialStore::tr("No keychain is available. Install and start a Secret Service "
                                "provider such as GNOME Keyring or KWallet, or sign in without "
                                "remembering the password.")};
#else
    return {CredentialStatus::NoBackend,
            CredentialStore::tr("No keychain is available on this system. Sign in without "
                                "remembering the password.")};
#endif
}

CredentialResult deniedResult()
{
    return {CredentialStatus::Denied,
            CredentialStore::tr("The keychain refused access. Unlock your keyring or allow "
                                "ActiDesk to use it, then try again, or sign in without "
                                "remembering the password.")};
}

QString describe(const Account &account)
{
    return CredentialStore::tr("%1 on %2").arg(account.login, account.serverUrl.toDisplayString());
}

CredentialResult notFoundResult(const Account &account)
{
    return {CredentialStatus::NotFound,
            CredentialStore::tr("No password is saved for %1. Enter it to sign in.")
                .arg(describe(account))};
}

CredentialResult failedResult(CredentialJob::Operation operation, const Account &account,
                              const QString &detail)
{
    // The backend's text helps support; it never contains the secret.
    const QString reason = detail.isEmpty() ? CredentialStore::tr("unknown error") : detail;
    switch (operation) {
    case CredentialJob::Operation::Save:
        return {CredentialStatus::Failed,
                CredentialStore::tr("The password could not be saved in the keychain (%1). You "
                                    "can still sign in, but you will have to enter the password "
                                    "next time.")
                    .arg(reason)};
    case CredentialJob::Operation::Load:
        return {CredentialStatus::Failed,
                CredentialStore::tr("The saved password could not be read from the keychain "
                                    "(%1). Enter the password to sign in.")
                    .arg(reason)};
    case CredentialJob::Operation::Remove:
        break;
    }
    return {CredentialStatus::Failed,
            CredentialStore::tr("The saved password could not be removed from the keychain (%1). "
                                "Remove the entry \u201c%2\u201d with your keyring manager, for "
                                "example Seahorse or KWalletManager.")
                .arg(reason, account.key())};
}

CredentialResult classify(CredentialJob::Operation operation, const Account &account,
                          QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoError:
        return okResult();
    case QKeychain::EntryNotFound:
        // Missing on load means "ask the user"; missing on remove is what the caller wanted.
        if (operation == CredentialJob::Operation::Load)
            return notFoundResult(account);
        if (operation == CredentialJob::Operation::Remove)
            return okResult();
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return deniedResult();
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return noBackendResult();
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return failedResult(operation, account, detail);
}

#if defined(Q_OS_LINUX)
bool hasKeychainProvider(const QStringList &busNames)
{
    static const QStringList providers{u"org.freedesktop.secrets"_s, u"org.kde.kwalletd6"_s,
                                       u"org.kde.kwalletd5"_s, u"org.kde.kwalletd"_s};
    for (const QString &provider : providers) {
        if (busNames.contains(provider))
            return true;
    }
    return false;
}

// Asks the bus daemon for a list of names (ListNames / ListActivatableNames) without blocking;
// `then` gets an empty list when the bus does not answer.
void listBusNames(QObject *context, const QString &method,
                  std::function<void(const QStringList &)> then)
{
    const QDBusMessage call = QDBusMessage::createMethodCall(
        u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s, method);
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 5000), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, then = std::move(then)] {
                         watcher->deleteLater();
                         const QDBusPendingReply<QStringList> reply = *watcher;
                         then(reply.isValid() ? reply.value() : QStringList{});
                     });
}
#endif

} // namespace

CredentialJob::CredentialJob(Operation operation, const Account &account, const QString &service,
                             std::chrono::milliseconds retryDelay, QObject *parent)
    : QObject(parent), m_operation(operation), m_account(account), m_service(service),
      m_retryDelay(retryDelay)
{
}

QString CredentialJob::password() const
{
    return m_operation == Operation::Load && m_finished && m_result.ok() ? m_password : QString();
}

void CredentialJob::start()
{
    if (m_operation == Operation::Save && m_password.isEmpty()) {
        // An empty entry would later "load" as a valid password and sign in with nothing.
        finishLater({CredentialStatus::Invalid,
                     CredentialStore::tr("The password is empty, so it was not saved. Enter the "
                                         "password and try again.")});
        return;
    }
    if (!m_account.isValid()) {
        finishLater({CredentialStatus::Invalid,
                     CredentialStore::tr("The account is incomplete: it needs a server address "
                                         "and a login name.")});
        return;
    }
    startAttempt();
}

void CredentialJob::startAttempt()
{
    ++m_attempts;
    // QtKeychain 0.13 has no label of its own: the Secret Service item's label is the service
    // name. Naming the account there lets a keychain manager tell accounts apart.
    const QString service =
        m_legacyEntry ? m_service : CredentialStore::itemService(m_service, m_account);
    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Save: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(m_password);
        job = write;
        break;
    }
    case Operation::Load:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(m_account.key());
    // Never fall back to QtKeychain's plain-text store: without a keychain the user re-enters
    // the password instead of it landing unencrypted on disk.
    job->setInsecureFallback(false);
    // Not parented to this job and never deleted by us: backend callbacks in flight still point
    // at it, so it deletes itself after finished(). If we are gone by then, the connection is.
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, &CredentialJob::onKeychainFinished);
    qCDebug(lcCredentials) << m_operation << m_account.key() << "attempt" << m_attempts;
    job->start();
}

void CredentialJob::onKeychainFinished(QKeychain::Job *job)
{
    const QKeychain::Error error = job->error();
    const QString detail = job->errorString();
    if (error != QKeychain::NoError) {
        qCInfo(lcCredentials) << m_operation << m_account.key() << "attempt" << m_attempts
                              << "keychain error" << error << detail;
    }

    if (retryWhenKeychainStarting && m_attempts == 1 && mayBeStarting(error)) {
        QTimer::singleShot(m_retryDelay, this, &CredentialJob::startAttempt);
        return;
    }
    // Entries saved before items were labelled per account live under the bare service name:
    // loaded from there (no new password asked for) and removed from there too.
    const bool lookForLegacy = m_operation == Operation::Remove
        ? (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
        : (m_operation == Operation::Load && error == QKeychain::EntryNotFound);
    if (!m_legacyEntry && lookForLegacy) {
        m_legacyEntry = true;
        startAttempt();
        return;
    }
    if (error == QKeychain::NoError && m_operation == Operation::Load) {
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            m_password = read->textData();
    }

    const CredentialResult result = classify(m_operation, m_account, error, detail);
    if (error == QKeychain::OtherError)
        finishAfterLookingForBackend(result);
    else
        finish(result);
}

// QtKeychain's libsecret backend reports a missing session bus or a bus without any keychain
// provider as OtherError with a GLib message. Asking the bus tells "no keychain here" (NoBackend,
// with advice) from a real failure of a present keychain, independent of message language.
void CredentialJob::finishAfterLookingForBackend(const CredentialResult &failure)
{
#if defined(Q_OS_LINUX)
    if (!QDBusConnection::sessionBus().isConnected()) {
        finish(noBackendResult());
        return;
    }
    listBusNames(this, u"ListNames"_s, [this, failure](const QStringList &running) {
        if (hasKeychainProvider(running)) {
            finish(failure);
            return;
        }
        listBusNames(this, u"ListActivatableNames"_s, [this, failure](const QStringList &names) {
            finish(hasKeychainProvider(names) ? failure : noBackendResult());
        });
    });
#else
    finish(failure);
#endif
}

void CredentialJob::finishLater(const CredentialResult &result)
{
    // Keeps the contract that finished() never fires inside save()/load()/remove().
    QMetaObject::invokeMethod(
        this, [this, result] { finish(result); }, Qt::QueuedConnection);
}

void CredentialJob::finish(const CredentialResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    if (m_operation != Operation::Load || !result.ok())
        m_password.clear(); // hold a secret no longer than needed
    Q_EMIT finished(m_result);
    deleteLater();
}

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(defaultServiceName(), parent) { }

CredentialStore::CredentialStore(const QString &serviceName, QObject *parent)
    : QObject(parent), m_serviceName(serviceName)
{
}

QString CredentialStore::itemService(const QString &serviceName, const Account &account)
{
    return serviceName + u": "_s + account.label();
}

QString CredentialStore::defaultServiceName()
{
    return u"ActiDesk"_s;
}

CredentialJob *CredentialStore::save(const Account &account, const QString &password)
{
    CredentialJob *job = createJob(CredentialJob::Operation::Save, account);
    job->m_password = password;
    job->start();
    return job;
}

CredentialJob *CredentialStore::load(const Account &account)
{
    CredentialJob *job = createJob(CredentialJob::Operation::Load, account);
    job->start();
    return job;
}

CredentialJob *CredentialStore::remove(const Account &account)
{
    CredentialJob *job = createJob(CredentialJob::Operation::Remove, account);
    job->start();
    return job;
}

CredentialJob *CredentialStore::createJob(CredentialJob::Operation operation,
                                          const Account &account)
{
    return new CredentialJob(operation, account, m_serviceName, m_retryDelay, this);
}

} // namespace actidesk
