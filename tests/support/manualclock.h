#pragma once

#include "clock.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <map>

// A Clock that stands still until the test moves it: advanceMs() sets the time forward and runs,
// in order of their time, the callbacks that fall due (each at its own time, so a callback that
// schedules another one within the step sees it run too). Callbacks already due when scheduled
// (a delay <= 0) run from the event loop, as with QTimer, so "deferred" code stays deferred.
class ManualClock final : public actidesk::Clock
{
public:
    // Noon, Wednesday 2026-11-25 UTC: the test datasets' "today".
    static constexpr qint64 kDefaultStartMs = 1'795'608'000'000;

    explicit ManualClock(qint64 startMs = kDefaultStartMs) : m_nowMs(startMs) { }
    Q_DISABLE_COPY_MOVE(ManualClock)

    QDateTime now() const override;
    qint64 monotonicMs() const override { return m_nowMs; }
    void singleShot(qint64 delayMs, QObject *context,
                    std::function<void()> function) const override;

    // Milliseconds since the epoch (UTC).
    qint64 nowMs() const { return m_nowMs; }
    // Moves time forward by `ms` and runs every callback that falls due on the way.
    void advanceMs(qint64 ms);
    // Moves time to `ms` (forward: runs what falls due; backward: nothing runs — only for tests
    // of a wall clock set back).
    void setMs(qint64 ms);
    // Moves time forward to the next callback and runs it (and whatever else is due then); false
    // when nothing is scheduled.
    bool advanceToNext();
    // Callbacks waiting (whose context still lives).
    int pending() const;
    // Milliseconds until the next callback; -1 when none.
    qint64 nextDueInMs() const;
    // Runs the callbacks due by now (the event loop does this too); returns how many ran.
    int runDue();
    // Runs the event loop until done(). Whenever busy() is false (e.g. no request in flight) and
    // the next callback lies ahead, time jumps to it: what waits on this clock (a back-off, a
    // Retry-After, a probe) passes at once, while real I/O (loopback HTTP) gets real time.
    // False when done() is still false after `timeoutMs` of real time.
    bool runUntil(const std::function<bool()> &done, const std::function<bool()> &busy,
                  int timeoutMs = 5000);

private:
    struct Entry
    {
        QPointer<QObject> context;
        std::function<void()> function;
    };

    qint64 m_nowMs;
    // (due time, order of scheduling) → callback: equal times run in the order they were asked.
    mutable std::multimap<qint64, Entry> m_entries;
    mutable bool m_flushPosted = false;
    mutable QObject m_flushContext; // ends a posted flush when the clock goes first
};
