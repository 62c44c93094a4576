#include "account.h"

namespace actidesk {

QString Account::key() const
{
    // Keys are visible in keyring managers, so credentials embedded in the URL must not leak
    // into them; query and fragment never select a different server.
    const QUrl server =
        serverUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                           | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    return server.toString(QUrl::FullyEncoded) + u'|' + login.trimmed().toLower();
}

QString Account::serverName() const
{
    const int port = serverUrl.port();
    const int standard = serverUrl.scheme() == u"http" ? 80
        : serverUrl.scheme() == u"https"               ? 443
                                                       : -1;
    if (port <= 0 || port == standard)
        return serverUrl.host();
    return serverUrl.host() + u':' + QString::number(port);
}

QString Account::label() const
{
    // Not translated: this layer has no translator, and keychain labels outlive a UI language.
    // Lower-cased like key(): the label is part of how the keychain item is found again.
    return login.trimmed().toLower() + QStringLiteral(" on ") + serverName();
}

bool Account::isValid() const
{
    return serverUrl.isValid() && !serverUrl.scheme().isEmpty() && !serverUrl.host().isEmpty()
        && !login.trimmed().isEmpty();
}

} // namespace actidesk
