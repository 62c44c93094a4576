#pragma once

#include <QtGlobal>

#include <deque>

namespace actidesk {

struct RateLimitSettings
{
    int perShortWindow = 100; // actiTIME: 100 requests ...
    qint64 shortWindowMs = 1000; // ... per second
    int perLongWindow = 1000; // and 1000 ...
    qint64 longWindowMs = 60'000; // ... per minute, per account
    // Requests may arrive at the server later or sooner than they leave here; keeping the
    // windows this much longer keeps the server's count under its limit anyway.
    qint64 marginMs = 50;
};

// Decides when the next request of one account may leave so that the server never counts more
// than its limits: sliding windows over what was sent, the server's own X-Ratelimit headers, and
// pauses ordered by a 429's Retry-After. Pure arithmetic on times passed in (milliseconds of a
// monotonic clock), so it is tested without waiting.
class RatePacer
{
public:
    explicit RatePacer(RateLimitSettings settings = {}) : m_settings(settings) { }
    void setSettings(const RateLimitSettings &settings) { m_settings = settings; }
    const RateLimitSettings &settings() const { return m_settings; }

    // The earliest time one more request may be sent (now, when it may go at once).
    qint64 nextSendTime(qint64 now) const;
    void recordSend(qint64 now);
    // X-Ratelimit-Remaining / -Reset of an answer; `inFlight` requests were sent after the
    // server counted this one, so they come off the budget it announces.
    void observeHeaders(int remaining, int resetSeconds, int inFlight, qint64 now);
    void pauseUntil(qint64 time);
    qint64 pausedUntil() const { return m_pausedUntil; }

private:
    RateLimitSettings m_settings;
    std::deque<qint64> m_sent; // send times within the long window, oldest first
    qint64 m_pausedUntil = 0;
    int m_serverBudget =
        -1; // requests the server still allows before m_budgetResetAt; -1 = unknown
    qint64 m_budgetResetAt = 0;
};

} // namespace actidesk
