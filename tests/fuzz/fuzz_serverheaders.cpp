// libFuzzer entry point for the response-header parsers that decide how long the client waits
// and how much it reads (app/api/serverheaders.h). Besides crashes and sanitizer reports, it
// aborts when a parser leaves its documented range: a wait beyond the cap, a negative number, a
// rate-limit reset beyond the window.

#include "fuzzcontract.h"
#include "serverheaders.h"

#include <cstdint>

using namespace actidesk;
using fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView value(reinterpret_cast<const char *>(data), qsizetype(size));
    // A fixed clock keeps runs reproducible; a second one far in the past covers large spans.
    static const QDateTime now(QDate(2026, 12, 2), QTime(14, 0), Qt::UTC);
    static const QDateTime epoch(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    for (const QDateTime &at : {now, epoch}) {
        if (const std::optional<int> wait = headers::parseRetryAfter(value, at))
            require(*wait >= 0 && *wait <= headers::kMaxRetryAfterSeconds, "Retry-After range");
    }
    if (const std::optional<int> reset = headers::parseRateLimitReset(value))
        require(*reset >= 0 && *reset <= headers::kMaxRateLimitResetSeconds, "X-Ratelimit-Reset");
    if (const std::optional<int> remaining = headers::parseRateLimitRemaining(value))
        require(*remaining >= 0, "X-Ratelimit-Remaining");
    if (const std::optional<qint64> length = headers::parseContentLength(value))
        require(*length >= 0, "Content-Length");
    // The same bytes as a header name and as a value in a list.
    const QByteArray bytes = value.toByteArray();
    const headers::HeaderList list{{bytes, bytes}};
    require(headers::has(list, value), "lookup by its own name");
    require(headers::value(list, value) == value, "value by its own name");
    return 0;
}
