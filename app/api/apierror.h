#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace actidesk {

// Why a request failed, as a value: the HTTP status and the server's error key and message when
// there was an answer, and a sentence for the user in every case.
struct ApiError
{
    enum class Kind {
        None,
        Cancelled, // the caller cancelled, or the request went stale
        Network, // no answer: refused, unreachable, connection lost
        Timeout, // no progress for too long
        Tls, // certificate or handshake problem; never ignored
        InsecureUrl, // plain http to a non-loopback server without the user's consent
        Unauthorized, // 401: wrong login or password, or the account cannot sign in
        Banned, // 403 after too many failed logins: wait retryAfterSeconds
        Forbidden, // 403: no permission
        NotFound, // 404
        RateLimited, // 429 (only reaches a caller when retries are exhausted)
        Rejected, // other 4xx: the server refused this input
        Server, // 5xx
        InvalidResponse, // an answer that could not be understood
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString key; // api.error.… from the server, when it sent one
    QString message; // the server's message or a technical detail (English)
    QString fields; // the offending field(s), when the server named them
    int retryAfterSeconds = 0;

    // The key of the server's login ban (403 before credentials are checked).
    static constexpr QLatin1StringView kBanKey{"api.error.ip_blocked"};

    bool isError() const { return kind != Kind::None; }
    // A complete sentence for the user, in their language, saying what happened and what to do.
    QString userMessage() const;

    // Classifies an HTTP answer (status >= 400) with its body and headers. `now` (UTC) counts
    // the wait of a Retry-After given as a date; invalid = the system clock's.
    static ApiError fromHttp(int status, const QByteArray &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers,
                             const QDateTime &now = {});
    static ApiError make(Kind kind, const QString &message);
};

} // namespace actidesk
