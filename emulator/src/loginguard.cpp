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
}

} // namespace emu
