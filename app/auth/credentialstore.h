#pragma once

#include "account.h"

#include <QLoggingCategory>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <chrono>

namespace QKeychain {
class Job;
}

namespace actidesk {

// Keychain jobs (debug lines off by default: see credentialstore.cpp).
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)

// Passwords live only in the system keychain (Secret Service / KWallet on Linux, Keychain on
// macOS, Credential Manager on Windows). Nothing in this file logs a password, writes one to
// QSettings or a file, or puts one into a CredentialResult; QtKeychain's plain-text fallback is
// never enabled.

enum class CredentialStatus {
    Ok, // done; after load() the password is available from CredentialJob::password()
    NotFound, // load(): nothing saved for this account. Ask the user; not an error to show
    Denied, // the keychain is locked or the user refused access
    NoBackend, // no keychain service on this system (e.g. no Secret Service provider)
    Invalid, // refused by the store itself: empty password or incomplete account
    Failed, // anything else the keychain reported
};

// What became of one operation. Errors are values: the caller shows userMessage or acts on status.
struct CredentialResult
{
    CredentialStatus status = CredentialStatus::Failed;
    QString userMessage; // translated; says what to do. Empty when status is Ok

    bool ok() const { return status == CredentialStatus::Ok; }
};

// One keychain operation for one account (one QtKeychain job per secret). Created by
// CredentialStore; emits finished() exactly once, always from the event loop (never inside
// save()/load()/remove()), so connecting right after the call is safe. The job deletes itself
// after finished(); its accessors are valid inside slots connected to finished().
class CredentialJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Save, Load, Remove };
    Q_ENUM(Operation)

    Operation operation() const { return m_operation; }
    const Account &account() const { return m_account; }
    bool isFinished() const { return m_finished; }
    CredentialResult result() const { return m_result; }
    // The loaded password once load() finished with Ok; empty otherwise. Never log it.
    QString password() const;

Q_SIGNALS:
    void finished(const actidesk::CredentialResult &result);

private:
    friend class CredentialStore;
    CredentialJob(Operation operation, const Account &account, const QString &service,
                  std::chrono::milliseconds retryDelay, QObject *parent);

    void start();
    void startAttempt();
    void onKeychainFinished(QKeychain::Job *job);
    void finishAfterLookingForBackend(const CredentialResult &failure);
    void finishLater(const CredentialResult &result);
    void finish(const CredentialResult &result);

    const Operation m_operation;
    const Account m_account;
    const QString m_service;
    const std::chrono::milliseconds m_retryDelay;
    QString m_password; // to write (Save) or as read (Load); kept in memory only
    int m_attempts = 0;
    bool m_legacyEntry = false; // now trying the entry under the bare service name
    bool m_finished = false;
    CredentialResult m_result;
};

// Saves, loads and removes account passwords in the system keychain, one entry per
// Account::key() under one service name. Typical use from a sign-in dialog:
//
//     CredentialJob *job = m_store->load(account);
//     connect(job, &CredentialJob::finished, this, [this, job](const CredentialResult &result) {
//         if (result.ok())
//             m_passwordEdit->setText(job->password());
//         else if (result.status != CredentialStatus::NotFound)
//             showWarning(result.userMessage); // NotFound just means "ask the user"
//     });
//
// On Linux a keychain that is not up yet (e.g. right after login) is retried once after
// retryDelay() before a failure is reported. Jobs are children of the store: destroying the store
// abandons unfinished jobs, which then never emit finished().
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);
    // serviceName groups the entries in the keychain; tests pass a unique one.
    explicit CredentialStore(const QString &serviceName, QObject *parent = nullptr);

    static QString defaultServiceName();
    // The keychain item of an account: "ActiDesk: employee on actitime.example.com". Secret
    // Service shows it as the item's label (and looks the item up by it and the account key).
    static QString itemService(const QString &serviceName, const Account &account);
    QString serviceName() const { return m_serviceName; }

    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // Replaces any saved password of the account. An empty password is refused (Invalid).
    [[nodiscard]] CredentialJob *save(const Account &account, const QString &password);
    // NotFound when nothing is saved for the account.
    [[nodiscard]] CredentialJob *load(const Account &account);
    // Removing an entry that does not exist is Ok.
    [[nodiscard]] CredentialJob *remove(const Account &account);

private:
    CredentialJob *createJob(CredentialJob::Operation operation, const Account &account);

    const QString m_serviceName;
    std::chrono::milliseconds m_retryDelay{1000};
};

} // namespace actidesk

Q_DECLARE_METATYPE(actidesk::CredentialResult)
