#include "loginguard.h"

namespace emu {

qint64 LoginGuard::bannedFor(const QString &address, qint64 nowMs) const
{
    if (!m_policy.enabled)
        return 0;
    const auto it = m_state.constFind(address);
    if (it == m_state.constEnd() || it->bannedUntil <= nowMs)
        return 0;
    return it->bannedUntil - nowMs;
}

void LoginGuard::recordFailure(const QString &address, qint64 nowMs)
{
    if (!m_policy.enabled)
        return;
    State &s = m_state[address];
    s.failures.append(nowMs);
    while (!s.failures.isEmpty() && s.failures.first() <= nowMs - m_policy.windowMs)
        s.failures.removeFirst();
    if (s.failures.size() >= m_policy.failures) {
        s.bannedUntil = nowMs + m_policy.banMs;
        s.failures.clear();
    }
    // Every address that ever failed would otherwise stay forever (a scan from many addresses
    // grows the map without bound); sweeping when the map doubled keeps the cost amortised O(1).
    if (m_state.size() >= m_pruneAt) {
        prune(nowMs);
        m_pruneAt = qMax(kMinPruneSize, 2 * m_state.size());
    }
}

void LoginGuard::prune(qint64 nowMs)
{
    for (auto it = m_state.begin(); it != m_state.end();) {
        const bool banOver = it->bannedUntil <= nowMs;
        const bool windowOver =
            it->failures.isEmpty() || it->failures.last() <= nowMs - m_policy.windowMs;
        if (banOver && windowOver)
            it = m_state.erase(it);
        else
            ++it;
    }
}

} // namespace emu
