#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

namespace actidesk {

// The one source of time for everything under app/: "now" for stamps, "today" for the figures
// that depend on it, a monotonic count for waits, and timers that fire on the same clock. Code
// that needs time takes a Clock (the system clock by default), so a test moves a ManualClock
// forward instead of sleeping; nothing under app/ reads the system time any other way (a ctest,
// tst_clockcalls, refuses it).
class Clock
{
public:
    virtual ~Clock() = default;

    // The current time, in UTC.
    virtual QDateTime now() const = 0;
    // The user's calendar day (local time): which days are past, today, or still to come.
    virtual QDate today() const { return now().toLocalTime().date(); }
    // Milliseconds of a clock that never goes back (wall time can jump); only differences mean
    // anything.
    virtual qint64 monotonicMs() const = 0;
    // Calls `function` once, `delayMs` of this clock's time from now, on `context`'s thread,
    // unless `context` is destroyed first. A delay <= 0 still returns first (the call comes from
    // the event loop), as with QTimer.
    virtual void singleShot(qint64 delayMs, QObject *context,
                            std::function<void()> function) const = 0;

    // The clock of the real world, shared by everyone who is not given another one.
    static const Clock &system();
};

// Real time: QDateTime, QElapsedTimer and QTimer. The one place under app/ that reads them.
class SystemClock final : public Clock
{
public:
    SystemClock();
    QDateTime now() const override;
    qint64 monotonicMs() const override;
    void singleShot(qint64 delayMs, QObject *context,
                    std::function<void()> function) const override;

private:
    qint64 m_startNs; // of the steady clock, so monotonicMs() starts near 0
};

// A restartable single-shot wake-up on a Clock (the clock's counterpart of a single-shot
// QTimer): start() moves it earlier or later, stop() cancels it. Callbacks of earlier starts
// that the clock still delivers are ignored.
class ClockTimer
{
public:
    ClockTimer(const Clock &clock, QObject *context, std::function<void()> onTimeout)
        : m_clock(&clock), m_context(context), m_onTimeout(std::move(onTimeout))
    {
    }
    Q_DISABLE_COPY_MOVE(ClockTimer)

    void start(qint64 delayMs);
    void stop()
    {
        ++m_generation;
        m_active = false;
    }
    bool isActive() const { return m_active; }
    // Milliseconds until it fires (0 when due); -1 when not active.
    qint64 remainingMs() const;
    // Another clock (only while stopped: a pending wake-up would belong to the old one).
    void setClock(const Clock &clock) { m_clock = &clock; }

private:
    const Clock *m_clock;
    QObject *m_context;
    std::function<void()> m_onTimeout;
    quint64 m_generation = 0;
    qint64 m_dueAt = 0; // monotonicMs() of the clock
    bool m_active = false;
};

} // namespace actidesk
