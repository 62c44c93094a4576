#pragma once

#include "clock.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

namespace actidesk {

class IdleSource;

// Watches the user's idle time while something (a running timer) needs it: after
// `thresholdMinutes` without input it says when the idle time began; when input comes back it
// says the idle period (begin, end), so the timer can ask what to do with it. Polls its source
// on the given clock (every few seconds), and only while started.
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    // `source` null: no idle source works here (isAvailable() false; the setting says so).
    IdleMonitor(std::unique_ptr<IdleSource> source, const Clock &clock, QObject *parent = nullptr);
    ~IdleMonitor() override;

    // Looks for this desktop's best source without blocking (IdleSources::detect) and uses it
    // once found (sourceChanged()). Meanwhile isAvailable() is false, and a start() takes effect
    // when the source is there; when none is found, the monitor stops.
    void detectSource();
    bool isDetecting() const { return m_detecting; }

    bool isAvailable() const { return m_source != nullptr; }
    QString sourceName() const;
    void setThresholdMinutes(int minutes) { m_thresholdMs = qint64(qMax(1, minutes)) * 60 * 1000; }
    int thresholdMinutes() const { return int(m_thresholdMs / 60000); }
    void setPollIntervalMs(qint64 ms) { m_pollMs = qMax<qint64>(100, ms); }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Idle since (valid while the user is away past the threshold).
    QDateTime idleSince() const { return m_idleSince; }

Q_SIGNALS:
    // detectSource() is done: isAvailable() and sourceName() tell what it found.
    void sourceChanged();
    void becameIdle(const QDateTime &since);
    // The user is back: idle from `since` until `until` (UTC).
    void cameBack(const QDateTime &since, const QDateTime &until);

private:
    void poll();
    void onAnswer(std::optional<qint64> idleMs);

    std::unique_ptr<IdleSource> m_source;
    const Clock &m_clock;
    ClockTimer m_timer;
    qint64 m_thresholdMs = 10 * 60 * 1000;
    qint64 m_pollMs = 5000;
    bool m_running = false; // watching (once the source is found, while detecting)
    bool m_querying = false;
    bool m_detecting = false;
    QDateTime m_idleSince;
};

} // namespace actidesk
