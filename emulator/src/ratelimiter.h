#pragma once

#include <QHash>
#include <QtGlobal>

namespace emu {

struct RateLimits
{
    bool enabled = true;
    int perSecond = 100;
    int perMinute = 1000;
    // Window lengths; tests shorten them so a storm passes in seconds, not minutes.
    qint64 shortWindowMs = 1000;
    qint64 longWindowMs = 60'000;
};

// Per-account request limits as the API overview states them: a one-second and a one-minute
// window, each starting with the first request after the previous one ran out. Refused requests
// do not count.
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int remaining = 0; // X-Ratelimit-Remaining: requests left in the binding window
        int resetSeconds = 0; // X-Ratelimit-Reset: seconds until that window starts over
        int retryAfterSeconds = 0; // Retry-After on a refusal
    };

    explicit RateLimiter(RateLimits limits = {}) : m_limits(limits) { }
    void setLimits(const RateLimits &limits) { m_limits = limits; }
    const RateLimits &limits() const { return m_limits; }

    Decision admit(int accountId, qint64 nowMs);
    void reset() { m_windows.clear(); }

private:
    struct Windows
    {
        qint64 secondStart = 0;
        int secondCount = 0;
        qint64 minuteStart = 0;
        int minuteCount = 0;
    };
    RateLimits m_limits;
    QHash<int, Windows> m_windows;
};

} // namespace emu
