#include "signinproblem.h"

#include "clock.h"
#include "signinproblemfrom.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
// The context lupdate gives tr() in SignInProblem's members; the three arguments of a plural
// (text, disambiguation, n) are what lupdate recognises as one (translations/README.md).
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("actidesk::SignInProblem", text, disambiguation, n);
}

int secondsLeft(const QDateTime &until, const QDateTime &now)
{
    // Rounded up: "in 0 seconds" while the wait is not over would invite a failed attempt.
    const qint64 ms = now.msecsTo(until);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}
} // namespace

SignInProblem SignInProblem::make(Kind kind, const QString &message)
{
    SignInProblem p;
    p.kind = kind;
    p.message = message;
    return p;
}

SignInProblem SignInProblem::waitUntil(Kind kind, const QDateTime &until, const QDateTime &now)
{
    SignInProblem p;
    p.kind = kind;
    p.retryAt = until.toUTC();
    p.message = p.messageAt(now.isValid() ? now : Clock::system().now());
    return p;
}

QString SignInProblem::messageAt(const QDateTime &now) const
{
    if (!retryAt)
        return message;
    const int seconds = secondsLeft(*retryAt, now);
    // Two source texts, so English reads right without a translation loaded; both take %n, so
    // translators still get every plural form.
    if (kind == Kind::Banned) {
        if (seconds == 0)
            return tr("Too many failed sign-ins from this computer. The server accepts new "
                      "attempts again now.");
        return seconds == 1 ? tr("Too many failed sign-ins from this computer. The server "
                                 "accepts new attempts in %n second.",
                                 nullptr, 1)
                            : tr("Too many failed sign-ins from this computer. The server "
                                 "accepts new attempts in %n seconds.",
                                 nullptr, seconds);
    }
    if (kind == Kind::RateLimited) {
        if (seconds == 0)
            return tr("The server is busy (too many requests). Try again now.");
        return seconds == 1
            ? tr("The server is busy (too many requests). Try again in %n second.", nullptr, 1)
            : tr("The server is busy (too many requests). Try again in %n seconds.", nullptr,
                 seconds);
    }
    return message;
}

SignInProblem signInProblemFrom(const ApiError &error, const QUrl &server,
                                const QDateTime &nowOrInvalid)
{
    using K = ApiError::Kind;
    using P = SignInProblem::Kind;
    // lupdate files the tr() of this free function under the context "actidesk".
    const auto tr = [](const char *text) { return QCoreApplication::translate("actidesk", text); };
    const QString address = server.toDisplayString(QUrl::RemoveUserInfo);
    const QDateTime now = nowOrInvalid.isValid() ? nowOrInvalid : Clock::system().now();
    switch (error.kind) {
    case K::None:
    case K::Cancelled:
        return {};
    case K::Network:
    case K::Timeout:
        return SignInProblem::make(P::Unreachable,
                                   tr("Cannot reach %1: %2. Check the address and your connection.")
                                       .arg(address,
                                            error.kind == K::Timeout
                                                ? tr("the server stopped answering")
                                                : error.message));
    case K::Tls:
        return SignInProblem::make(
            P::Tls,
            tr("The server's certificate is not trusted: %1. Check the address; if your "
               "company uses its own certificate authority, ask your administrator for it.")
                .arg(error.message));
    case K::InsecureUrl:
        return SignInProblem::make(P::Tls, error.userMessage());
    case K::Unauthorized:
        return SignInProblem::make(P::BadCredentials,
                                   tr("Wrong login or password. Note: three failed attempts "
                                      "block sign-in from this computer for a minute."));
    case K::Banned:
        return SignInProblem::waitUntil(
            P::Banned, now.addSecs(error.retryAfterSeconds > 0 ? error.retryAfterSeconds : 60),
            now);
    case K::RateLimited:
        return SignInProblem::waitUntil(P::RateLimited,
                                        now.addSecs(qMax(1, error.retryAfterSeconds)), now);
    case K::Forbidden:
        return SignInProblem::make(P::NoPermission,
                                   tr("This account may not use actiTIME from ActiDesk (%1). "
                                      "Ask your actiTIME administrator.")
                                       .arg(error.message));
    case K::NotFound:
    case K::InvalidResponse:
        return SignInProblem::make(P::NotActiTime,
                                   tr("This address answers, but not as an actiTIME server. "
                                      "Check the URL (for example https://company.actitime.com)."));
    case K::Rejected:
        return SignInProblem::make(P::ServerError,
                                   tr("The server refused to sign in: %1").arg(error.message));
    case K::Server:
        return SignInProblem::make(P::ServerError,
                                   tr("The server had an internal error (HTTP %1). Try again "
                                      "later; if it persists, tell your administrator.")
                                       .arg(error.httpStatus));
    }
    return SignInProblem::make(P::ServerError, error.userMessage());
}

std::optional<SignInProblem> signInProblemFrom(RequestQueue::State state,
                                               const QDateTime &pausedUntil, const QDateTime &now)
{
    if (state == RequestQueue::State::Banned)
        return SignInProblem::waitUntil(SignInProblem::Kind::Banned, pausedUntil, now);
    if (state == RequestQueue::State::RateLimited)
        return SignInProblem::waitUntil(SignInProblem::Kind::RateLimited, pausedUntil, now);
    return std::nullopt;
}

} // namespace actidesk
