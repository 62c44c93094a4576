#include "apierror.h"

#include "clock.h"
#include "domainjson.h"
#include "serverheaders.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
QString tr(const char *text)
{
    // The context lupdate gives tr() in ApiError's members (translations/README.md).
    return QCoreApplication::translate("actidesk::ApiError", text);
}

// A 403 is a login ban only when the server says so: by its ban key, or by a Retry-After (a
// permission error has none; RequestQueue then accepts it only for a sign-in). The wording of
// the message decides nothing: a permission error may well mention "blocked" items.
bool isBan(const ApiError &e, bool hasRetryAfter)
{
    return e.key == ApiError::kBanKey || hasRetryAfter;
}
} // namespace

ApiError ApiError::make(Kind kind, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    return e;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers,
                            const QDateTime &now)
{
    ApiError e;
    e.httpStatus = status;
    if (const std::optional<json::ServerErrorBody> server = json::parseErrorBody(body)) {
        e.key = server->key;
        e.message = server->message;
        e.fields = server->fields;
    }
    if (e.message.isEmpty())
        e.message = u"HTTP %1"_s.arg(status);
    const QByteArray retryAfter = headers::value(headers, "Retry-After");
    const std::optional<int> wait =
        headers::parseRetryAfter(retryAfter, now.isValid() ? now : Clock::system().now());
    e.retryAfterSeconds = wait.value_or(0);

    if (status == 401)
        e.kind = Kind::Unauthorized;
    else if (status == 403)
        e.kind = isBan(e, wait.has_value()) ? Kind::Banned : Kind::Forbidden;
    else if (status == 404)
        e.kind = Kind::NotFound;
    else if (status == 429)
        e.kind = Kind::RateLimited;
    else if (status >= 500)
        e.kind = Kind::Server;
    else if (status >= 400)
        e.kind = Kind::Rejected;
    else
        e.kind = Kind::InvalidResponse;
    if (e.kind == Kind::Banned && e.retryAfterSeconds == 0)
        e.retryAfterSeconds = 60; // the documented ban length
    return e;
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Network:
        return tr("The server cannot be reached. Check the server address and your network "
                  "connection. (%1)")
            .arg(message);
    case Kind::Timeout:
        return tr("The server stopped answering. Try again later.");
    case Kind::Tls:
        return tr("The secure connection to the server could not be verified: %1. If the "
                  "server uses a private certificate authority, add its certificate in the "
                  "account settings.")
            .arg(message);
    case Kind::InsecureUrl:
        return tr("The address uses plain http, which would send your password unencrypted. "
                  "Use the server's https:// address.");
    case Kind::Unauthorized:
        return tr("The login or password is wrong, or the account cannot sign in (disabled or "
                  "not yet active). Note: three failed attempts block sign-in for a minute.");
    case Kind::Banned:
        return retryAfterSeconds == 1
            ? QCoreApplication::translate("ApiError",
                                          "Too many failed sign-in attempts. The server blocks "
                                          "this computer for %n more second.",
                                          nullptr, retryAfterSeconds)
            : QCoreApplication::translate("ApiError",
                                          "Too many failed sign-in attempts. The server blocks "
                                          "this computer for %n more seconds.",
                                          nullptr, retryAfterSeconds);
    case Kind::Forbidden:
        return tr("You do not have permission to do this in actiTIME. (%1)").arg(message);
    case Kind::NotFound:
        return tr("The item no longer exists on the server. (%1)").arg(message);
    case Kind::RateLimited:
        return tr("The server is busy with too many requests. Try again in %1 seconds.")
            .arg(qMax(1, retryAfterSeconds));
    case Kind::Rejected:
        return tr("The server refused the change: %1").arg(message);
    case Kind::Server:
        return tr("The server had an internal error (%1). Try again later.").arg(httpStatus);
    case Kind::InvalidResponse:
        return tr("The server sent an answer ActiDesk does not understand: %1").arg(message);
    }
    return message;
}

} // namespace actidesk
