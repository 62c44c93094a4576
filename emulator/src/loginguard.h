#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace emu {

struct LoginBanPolicy
{
    bool enabled = true;
    int failures = 3; // failed logins ...
    qint64 windowMs = 10'000; // ... within this window ...
    qint64 banMs = 60'000; // ... ban the client address this long
};

// Tracks failed logins per client address and bans an address that fails too often.
class LoginGuard
{
public:
    explicit LoginGuard(LoginBanPolicy policy = {}) : m_policy(policy) { }
    void setPolicy(const LoginBanPolicy &policy) { m_policy = policy; }
    const LoginBanPolicy &policy() const { return m_policy; }

    // Milliseconds the address stays banned; 0 when it is not banned.
    qint64 bannedFor(const QString &address, qint64 nowMs) const;
    void recordFailure(const QString &address, qint64 nowMs);
    void reset() { m_state.clear(); }
    // Addresses with a record (failures within the window or a ban); expired ones are forgotten.
    qsizetype recordCount() const { return m_state.size(); }

private:
    void prune(qint64 nowMs);

    struct State
    {
        QList<qint64> failures;
        qint64 bannedUntil = 0;
    };
    LoginBanPolicy m_policy;
    QHash<QString, State> m_state;
    qsizetype m_pruneAt = kMinPruneSize;
    static constexpr qsizetype kMinPruneSize = 64;
};

} // namespace emu
