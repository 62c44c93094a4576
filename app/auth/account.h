#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace actidesk {

// One actiTIME sign-in: which server and which login. This is all the app may keep in QSettings;
// the password is never part of it and lives only in the system keychain (see CredentialStore).
struct Account
{
    QUrl serverUrl; // base URL of the server, normalised by the caller (scheme, host, path)
    QString login; // as the user typed it; actiTIME compares logins case-insensitively
    QString displayName; // for menus and titles only; not part of the identity

    // The keychain key, "<server>|<login>", e.g. "https://host/path|jsmith". Stable across
    // sessions: user info, query, fragment and a trailing slash of the URL are dropped, and the
    // login is trimmed and lower-cased because "JSmith" and "jsmith" are the same actiTIME user.
    // Unambiguous: '|' is percent-encoded in the fully encoded URL, so the first '|' splits.
    QString key() const;

    // The server as people name it: the host, with ":port" when the port is not the scheme's
    // default ("actitime.example.com", "127.0.0.1:8080"), so two servers on one host differ.
    QString serverName() const;

    // "employee on actitime.example.com" (login, not display name): which account a keychain
    // item belongs to, for people looking at it in a keychain manager.
    QString label() const;

    // A server with scheme and host, and a non-empty login: enough to address a keychain entry.
    bool isValid() const;

    // Same keychain entry (server and login); the display name does not matter.
    bool isSameAs(const Account &other) const { return key() == other.key(); }

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace actidesk

Q_DECLARE_METATYPE(actidesk::Account)
