#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QPair>

#include <optional>

namespace actidesk {

// Parsing of the response headers that make the client wait or stop reading. They come from a
// server we do not control, so every value is checked and clamped here, in free functions that
// are unit-tested and fuzzed (tests/fuzz/fuzz_serverheaders.cpp).
namespace headers {

// The longest wait a server may impose through Retry-After: after this the request is simply
// tried again (a ban or a 429 that outlasts it answers again with a fresh wait).
inline constexpr int kMaxRetryAfterSeconds = 300;
// X-Ratelimit-Reset counts seconds until the current window ends; actiTIME's longest window is
// one minute, so a larger value is not a window we know of.
inline constexpr int kMaxRateLimitResetSeconds = 60;

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// The value of the first header named `name` (case-insensitive); empty when absent.
QByteArray value(const HeaderList &headers, QByteArrayView name);
bool has(const HeaderList &headers, QByteArrayView name);

// A non-negative decimal integer with optional surrounding whitespace (nothing else: no sign, no
// fraction); nullopt for anything else. Values beyond qint64 saturate at its maximum.
std::optional<qint64> parseNonNegative(QByteArrayView value);

// Retry-After in either form of RFC 9110: delay-seconds or an HTTP-date (IMF-fixdate, the
// obsolete RFC 850 form or asctime), as seconds from `now` (a date in the past gives 0), capped
// at kMaxRetryAfterSeconds. nullopt when the value is neither.
std::optional<int> parseRetryAfter(QByteArrayView value, const QDateTime &now);

// X-Ratelimit-Reset: seconds until the server's window resets; nullopt (unknown) when it is not
// a number or lies beyond kMaxRateLimitResetSeconds.
std::optional<int> parseRateLimitReset(QByteArrayView value);

// X-Ratelimit-Remaining: nullopt when it is not a number; absurdly large values are clamped to
// INT_MAX (a budget that large never holds anything back).
std::optional<int> parseRateLimitRemaining(QByteArrayView value);

// Content-Length; nullopt when absent or unreadable.
std::optional<qint64> parseContentLength(QByteArrayView value);

} // namespace headers
} // namespace actidesk
