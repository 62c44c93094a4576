#include "manualclock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>

#include <algorithm>

QDateTime ManualClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC);
}

void ManualClock::singleShot(qint64 delayMs, QObject *context, std::function<void()> function) const
{
    const qint64 due = m_nowMs + std::max<qint64>(0, delayMs);
    m_entries.emplace(due, Entry{context, std::move(function)});
    if (due <= m_nowMs && !m_flushPosted) {
        // Due already: delivered from the event loop, like QTimer::singleShot(0, …).
        m_flushPosted = true;
        QTimer::singleShot(0, &m_flushContext, [this]() {
            m_flushPosted = false;
            const_cast<ManualClock *>(this)->runDue();
        });
    }
}

int ManualClock::runDue()
{
    int ran = 0;
    while (!m_entries.empty() && m_entries.begin()->first <= m_nowMs) {
        Entry entry = std::move(m_entries.begin()->second);
        m_entries.erase(m_entries.begin());
        if (!entry.context)
            continue; // its receiver is gone, as a QTimer's would be
        entry.function();
        ++ran;
    }
    return ran;
}

void ManualClock::advanceMs(qint64 ms)
{
    setMs(m_nowMs + std::max<qint64>(0, ms));
}

void ManualClock::setMs(qint64 ms)
{
    if (ms <= m_nowMs) {
        m_nowMs = ms;
        return;
    }
    // Step from one due time to the next, so each callback sees the time it was due at.
    while (!m_entries.empty() && m_entries.begin()->first <= ms) {
        m_nowMs = std::max(m_nowMs, m_entries.begin()->first);
        runDue();
    }
    m_nowMs = ms;
}

bool ManualClock::advanceToNext()
{
    while (!m_entries.empty() && !m_entries.begin()->second.context)
        m_entries.erase(m_entries.begin());
    if (m_entries.empty())
        return false;
    setMs(std::max(m_nowMs, m_entries.begin()->first));
    runDue();
    return true;
}

int ManualClock::pending() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [](const auto &e) { return !e.second.context.isNull(); }));
}

qint64 ManualClock::nextDueInMs() const
{
    for (const auto &[due, entry] : m_entries) {
        if (entry.context)
            return std::max<qint64>(0, due - m_nowMs);
    }
    return -1;
}

bool ManualClock::runUntil(const std::function<bool()> &done, const std::function<bool()> &busy,
                           int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (!busy() && nextDueInMs() > 0) {
            advanceToNext();
            continue;
        }
        if (deadline.hasExpired())
            return false;
        // As QTest::qWait does: events (loopback I/O, zero-delay callbacks), deferred deletes
        // (a finished reply's timers must not count as waiting), then a short rest.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (!done() && (busy() || nextDueInMs() <= 0))
            QThread::msleep(1);
    }
    return true;
}
