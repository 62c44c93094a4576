#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace actidesk {

// Why signing in did not work, as the sign-in dialog shows it: one kind the UI can act on (e.g.
// keep "Sign in" disabled during a ban) and one translated message saying what happened and
// what to do.
struct SignInProblem
{
    enum class Kind {
        None,
        Unreachable, // no answer: wrong address, no network, server down
        Tls, // the connection cannot be trusted (certificate, or plain http refused)
        BadCredentials, // 401
        Banned, // too many failed sign-ins: wait until retryAt
        RateLimited, // 429: wait until retryAt
        ServerError, // 5xx or an unexpected refusal
        NotActiTime, // something answers at the address, but not the actiTIME API
        NoPermission, // the account may not use the API
        Keychain, // the system keychain failed (the password was not loaded or saved)
        LocalStorage, // the offline cache of the account cannot be opened
    };

    Kind kind = Kind::None;
    QString message;
    std::optional<QDateTime> retryAt; // Banned and RateLimited (UTC)

    bool isProblem() const { return kind != Kind::None; }
    // The message with the seconds left counted from `now` (for a live countdown); the plain
    // message for kinds without a wait.
    QString messageAt(const QDateTime &now) const;

    static SignInProblem make(Kind kind, const QString &message);
    // A ban or a 429 wait ending at `until`, its message counted from `now` (UTC; invalid = the
    // system clock's).
    static SignInProblem waitUntil(Kind kind, const QDateTime &until, const QDateTime &now = {});
};

} // namespace actidesk

Q_DECLARE_METATYPE(actidesk::SignInProblem)
