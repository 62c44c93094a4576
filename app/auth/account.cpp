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

bool Account::isValid() const
{
    return serverUrl.isValid() && !serverUrl.scheme().isEmpty() && !serverUrl.host().isEmpty()
        && !login.trimmed().isEmpty();
}

} // namespace actidesk
