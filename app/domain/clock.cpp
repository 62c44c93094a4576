#include "clock.h"

#include <QTimer>

#include <chrono>
#include <limits>

namespace actidesk {

namespace {
qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

SystemClock::SystemClock() : m_startNs(steadyNs()) { }

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    return (steadyNs() - m_startNs) / 1'000'000;
}

void SystemClock::singleShot(qint64 delayMs, QObject *context, std::function<void()> function) const
{
    // QTimer counts in int milliseconds: a longer wait wakes up early and waits again.
    constexpr qint64 kMaxMs = std::numeric_limits<int>::max();
    if (delayMs > kMaxMs) {
        const qint64 rest = delayMs - kMaxMs;
        QTimer::singleShot(int(kMaxMs), context, [this, rest, context, function]() {
            singleShot(rest, context, function);
        });
        return;
    }
    QTimer::singleShot(int(std::max<qint64>(0, delayMs)), context, std::move(function));
}

void ClockTimer::start(qint64 delayMs)
{
    delayMs = std::max<qint64>(0, delayMs);
    const quint64 generation = ++m_generation;
    m_active = true;
    m_dueAt = m_clock->monotonicMs() + delayMs;
    m_clock->singleShot(delayMs, m_context, [this, generation]() {
        if (generation != m_generation)
            return; // restarted or stopped since
        m_active = false;
        m_onTimeout();
    });
}

qint64 ClockTimer::remainingMs() const
{
    if (!m_active)
        return -1;
    return std::max<qint64>(0, m_dueAt - m_clock->monotonicMs());
}

} // namespace actidesk
