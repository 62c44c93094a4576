#include "accountregistry.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
const QString kAccounts = u"accounts"_s;
const QString kLastUsed = u"lastUsedAccount"_s;
const QString kServer = u"serverUrl"_s;
const QString kLogin = u"login"_s;
const QString kDisplayName = u"displayName"_s;
const QString kRemember = u"rememberPassword"_s;
const QString kPlainHttp = u"plainHttpServers"_s;

// One spelling per server: "http://Host:8080/at/" and "http://host:8080/at" are the same.
QString plainHttpKey(const QUrl &server)
{
    if (!server.isValid() || server.scheme().compare(u"http"_s, Qt::CaseInsensitive) != 0
        || server.host().isEmpty())
        return {};
    return server
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                  | QUrl::StripTrailingSlash)
        .toString();
}
} // namespace

AccountRegistry::AccountRegistry(QSettings *settings, QObject *parent)
    : QObject(parent), m_ownSettings(settings ? nullptr : std::make_unique<QSettings>()),
      m_settings(settings ? settings : m_ownSettings.get())
{
    load();
}

AccountRegistry::~AccountRegistry() = default;

int AccountRegistry::indexOf(const Account &account) const
{
    const QString key = account.key();
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).key() == key)
            return int(i);
    }
    return -1;
}

std::optional<Account> AccountRegistry::find(const Account &account) const
{
    const int i = indexOf(account);
    return i < 0 ? std::nullopt : std::optional<Account>(m_accounts.at(i));
}

void AccountRegistry::load()
{
    // Values are read as variants and checked: a hand-edited or truncated file may hold lists
    // or numbers where strings belong.
    const int size = m_settings->beginReadArray(kAccounts);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        const QVariant server = m_settings->value(kServer);
        const QVariant login = m_settings->value(kLogin);
        if (server.typeId() != QMetaType::QString || login.typeId() != QMetaType::QString)
            continue;
        Account account{QUrl(server.toString(), QUrl::StrictMode), login.toString().trimmed(),
                        m_settings->value(kDisplayName).toString()};
        if (!account.isValid() || indexOf(account) >= 0)
            continue;
        m_accounts.append(account);
        const QVariant remember = m_settings->value(kRemember);
        if ((remember.typeId() == QMetaType::Bool && remember.toBool())
            || remember.toString() == u"true"_s || remember.toString() == u"1"_s)
            m_remembered.insert(account.key());
    }
    m_settings->endArray();
    const QVariant plainHttp = m_settings->value(kPlainHttp);
    const QStringList servers = plainHttp.typeId() == QMetaType::QString
        ? QStringList{plainHttp.toString()}
        : plainHttp.toStringList();
    for (const QString &server : servers) {
        const QString key = plainHttpKey(QUrl(server, QUrl::StrictMode));
        if (!key.isEmpty() && !m_plainHttp.contains(key))
            m_plainHttp.append(key);
    }
    const QString last = m_settings->value(kLastUsed).toString();
    for (const Account &a : std::as_const(m_accounts)) {
        if (a.key() == last)
            m_lastUsed = last;
    }
}

void AccountRegistry::save()
{
    m_settings->remove(kAccounts);
    m_settings->beginWriteArray(kAccounts, int(m_accounts.size()));
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        const Account &a = m_accounts.at(i);
        m_settings->setArrayIndex(int(i));
        m_settings->setValue(kServer, a.serverUrl.toString(QUrl::RemoveUserInfo));
        m_settings->setValue(kLogin, a.login);
        m_settings->setValue(kDisplayName, a.displayName);
        m_settings->setValue(kRemember, m_remembered.contains(a.key()));
    }
    m_settings->endArray();
    if (m_plainHttp.isEmpty())
        m_settings->remove(kPlainHttp);
    else
        m_settings->setValue(kPlainHttp, m_plainHttp);
    if (m_lastUsed.isEmpty())
        m_settings->remove(kLastUsed);
    else
        m_settings->setValue(kLastUsed, m_lastUsed);
    m_settings->sync();
}

void AccountRegistry::add(const Account &account)
{
    if (!account.isValid())
        return;
    Account stored = account;
    stored.serverUrl = account.serverUrl.adjusted(QUrl::RemoveUserInfo);
    stored.login = account.login.trimmed();
    const int i = indexOf(stored);
    if (i >= 0) {
        if (m_accounts.at(i) == stored)
            return;
        m_accounts[i] = stored;
    } else {
        m_accounts.append(stored);
    }
    save();
    Q_EMIT accountsChanged();
}

void AccountRegistry::remove(const Account &account)
{
    const int i = indexOf(account);
    if (i < 0)
        return;
    const QString key = m_accounts.at(i).key();
    m_accounts.removeAt(i);
    m_remembered.remove(key);
    if (m_lastUsed == key)
        m_lastUsed.clear();
    save();
    Q_EMIT accountsChanged();
}

std::optional<Account> AccountRegistry::lastUsed() const
{
    for (const Account &a : m_accounts) {
        if (a.key() == m_lastUsed)
            return a;
    }
    return std::nullopt;
}

void AccountRegistry::setLastUsed(const Account &account)
{
    if (!contains(account) || m_lastUsed == account.key())
        return;
    m_lastUsed = account.key();
    save();
}

bool AccountRegistry::remembersPassword(const Account &account) const
{
    return m_remembered.contains(account.key());
}

void AccountRegistry::setRemembersPassword(const Account &account, bool remember)
{
    if (!contains(account) || remembersPassword(account) == remember)
        return;
    if (remember)
        m_remembered.insert(account.key());
    else
        m_remembered.remove(account.key());
    save();
}

QList<QUrl> AccountRegistry::plainHttpServers() const
{
    QList<QUrl> servers;
    for (const QString &key : m_plainHttp)
        servers.append(QUrl(key));
    return servers;
}

bool AccountRegistry::allowsPlainHttp(const QUrl &server) const
{
    const QString key = plainHttpKey(server);
    return !key.isEmpty() && m_plainHttp.contains(key);
}

void AccountRegistry::setAllowsPlainHttp(const QUrl &server, bool allow)
{
    const QString key = plainHttpKey(server);
    if (key.isEmpty() || m_plainHttp.contains(key) == allow)
        return;
    if (allow)
        m_plainHttp.append(key);
    else
        m_plainHttp.removeAll(key);
    save();
}

} // namespace actidesk
