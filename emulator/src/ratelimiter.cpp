#include "ratelimiter.h"

#include <algorithm>

namespace emu {

namespace {
int secondsUntil(qint64 endMs, qint64 nowMs)
{
    return int(std::max<qint64>(1, (endMs - nowMs + 999) / 1000));
}
} // namespace

RateLimiter::Decision RateLimiter::admit(int accountId, qint64 nowMs)
{
    Decision d;
    if (!m_limits.enabled) {
        d.remaining = m_limits.perMinute;
        d.resetSeconds = 60;
        return d;
    }
    auto it = m_windows.find(accountId);
    if (it == m_windows.end())
        it = m_windows.insert(accountId, Windows{nowMs, 0, nowMs, 0});
    Windows &w = *it;
    if (nowMs >= w.secondStart + m_limits.shortWindowMs) {
        w.secondStart = nowMs;
        w.secondCount = 0;
    }
    if (nowMs >= w.minuteStart + m_limits.longWindowMs) {
        w.minuteStart = nowMs;
        w.minuteCount = 0;
    }
    const qint64 secondEnd = w.secondStart + m_limits.shortWindowMs;
    const qint64 minuteEnd = w.minuteStart + m_limits.longWindowMs;

    const bool secondFull = w.secondCount >= m_limits.perSecond;
    const bool minuteFull = w.minuteCount >= m_limits.perMinute;
    if (secondFull || minuteFull) {
        d.allowed = false;
        d.remaining = 0;
        const qint64 end = minuteFull ? std::max(minuteEnd, secondFull ? secondEnd : 0) : secondEnd;
        d.retryAfterSeconds = secondsUntil(end, nowMs);
        d.resetSeconds = d.retryAfterSeconds;
        return d;
    }
    ++w.secondCount;
    ++w.minuteCount;
    const int secondLeft = m_limits.perSecond - w.secondCount;
    const int minuteLeft = m_limits.perMinute - w.minuteCount;
    if (minuteLeft <= secondLeft) {
        d.remaining = minuteLeft;
        d.resetSeconds = secondsUntil(minuteEnd, nowMs);
    } else {
        d.remaining = secondLeft;
        d.resetSeconds = secondsUntil(secondEnd, nowMs);
    }
    return d;
}

} // namespace emu
