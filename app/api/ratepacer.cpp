#include "ratepacer.h"

#include <algorithm>

namespace actidesk {

namespace {
// Given send times (oldest first), the earliest time >= t at which fewer than `limit` of them
// fall within the window (t - windowMs, t].
qint64 windowFreeAt(const std::deque<qint64> &sent, qint64 t, int limit, qint64 windowMs)
{
    if (limit <= 0)
        return t;
    const auto firstInWindow =
        std::upper_bound(sent.begin(), sent.end(), t - windowMs); // first send > t - window
    const auto inWindow = std::distance(firstInWindow, sent.end());
    if (inWindow < limit)
        return t;
    // The send that must drop out of the window before one more fits.
    const qint64 blocking = *(sent.end() - limit);
    return blocking + windowMs;
}
} // namespace

qint64 RatePacer::nextSendTime(qint64 now) const
{
    qint64 t = std::max(now, m_pausedUntil);
    if (m_serverBudget == 0 && t < m_budgetResetAt)
        t = m_budgetResetAt;
    // Moving t for one window cannot make the other one fuller, so two rounds settle it.
    for (int round = 0; round < 2; ++round) {
        t = windowFreeAt(m_sent, t, m_settings.perShortWindow,
                         m_settings.shortWindowMs + m_settings.marginMs);
        t = windowFreeAt(m_sent, t, m_settings.perLongWindow,
                         m_settings.longWindowMs + m_settings.marginMs);
    }
    return t;
}

void RatePacer::recordSend(qint64 now)
{
    m_sent.push_back(now);
    const qint64 horizon = now - m_settings.longWindowMs - m_settings.marginMs;
    while (!m_sent.empty() && m_sent.front() <= horizon)
        m_sent.pop_front();
    if (m_serverBudget > 0)
        --m_serverBudget;
    if (now >= m_budgetResetAt)
        m_serverBudget = -1;
}

void RatePacer::observeHeaders(int remaining, int resetSeconds, int inFlight, qint64 now)
{
    if (remaining < 0 || resetSeconds < 0)
        return;
    m_serverBudget = std::max(0, remaining - inFlight);
    m_budgetResetAt = now + qint64(resetSeconds) * 1000 + m_settings.marginMs;
}

void RatePacer::pauseUntil(qint64 time)
{
    m_pausedUntil = std::max(m_pausedUntil, time);
}

} // namespace actidesk
