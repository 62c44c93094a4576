#pragma once

#include "account.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;

namespace actidesk {

// The accounts this computer knows, in the order the user added them, kept in QSettings:
// server, login and display name only (never a password; see CredentialStore), plus whether
// the user asked to remember the password and which account was used last. A garbled settings
// file costs the entries that cannot be read, nothing more.
class AccountRegistry : public QObject
{
    Q_OBJECT
public:
    // `settings` is not owned; nullptr uses the application's default QSettings.
    explicit AccountRegistry(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~AccountRegistry() override;

    QList<Account> accounts() const { return m_accounts; }
    bool contains(const Account &account) const { return indexOf(account) >= 0; }
    // The stored entry with the same key (its display name may be newer than `account`'s).
    std::optional<Account> find(const Account &account) const;

    // Adds the account, or replaces the one with the same key() where it stands.
    void add(const Account &account);
    void remove(const Account &account);

    std::optional<Account> lastUsed() const;
    void setLastUsed(const Account &account); // must be known; others are ignored

    bool remembersPassword(const Account &account) const;
    void setRemembersPassword(const Account &account, bool remember); // known accounts only

    // Servers whose plain http:// address the user explicitly allowed (after a warning in the
    // sign-in dialog), by installation URL. Only http:// URLs are kept; loopback needs no entry.
    QList<QUrl> plainHttpServers() const;
    bool allowsPlainHttp(const QUrl &server) const;
    void setAllowsPlainHttp(const QUrl &server, bool allow);

Q_SIGNALS:
    void accountsChanged();

private:
    int indexOf(const Account &account) const;
    void load();
    void save();

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
    QList<Account> m_accounts;
    QSet<QString> m_remembered; // keys
    QString m_lastUsed; // key
    QStringList m_plainHttp; // server URLs, as plainHttpKey() spells them
};

} // namespace actidesk
