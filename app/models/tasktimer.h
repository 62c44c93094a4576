#pragma once

#include "storetypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

#include <optional>

namespace actidesk {

class Store;

// How a timer's elapsed time becomes minutes on the timesheet: to a step (1 = exact minutes,
// e.g. 5, 6 or 15), down, to the nearest or up. Applied to each day's share on its own.
struct TimerRounding
{
    enum class Mode { Down, Nearest, Up };
    int stepMinutes = 1;
    Mode mode = Mode::Nearest;

    int apply(qint64 seconds) const;
    friend bool operator==(const TimerRounding &, const TimerRounding &) = default;
};

// One day's part of a timer run: the local calendar day and the minutes booked on it.
struct TimerShare
{
    QDate date;
    int minutes = 0;
    friend bool operator==(const TimerShare &, const TimerShare &) = default;
};

// A running timer, as it is kept in the cache.
struct RunningTimer
{
    int taskId = 0;
    QDateTime startedAt; // UTC
};

// The timer on a task: start() notes the task and the start time in the account's cache (so it
// survives a restart and a crash), stop() adds the elapsed time to that task's cell of each day
// it covers (split at local midnight, rounded per TimerRounding) through the outbox — sent like
// any edit, exactly once — and clears the timer, all in one transaction. Time comes from the
// Store's clock.
class TaskTimer : public QObject
{
    Q_OBJECT
public:
    TaskTimer(Store &store, int userId, QObject *parent = nullptr);

    std::optional<RunningTimer> running() const;
    bool isRunning() const { return running().has_value(); }
    // Seconds since the running timer started (0 when none).
    qint64 elapsedSeconds() const;
    QString taskName(int taskId) const;

    void setRounding(const TimerRounding &rounding) { m_rounding = rounding; }
    TimerRounding rounding() const { return m_rounding; }

    // Starts on `taskId`; a timer already running on another task is stopped and booked first.
    [[nodiscard]] StoreResult start(int taskId);
    // Books the time from the start until now (or until `end`, e.g. when idle time began) and
    // clears the timer. *booked (optional) receives what was added per day.
    [[nodiscard]] StoreResult stop(QList<TimerShare> *booked = nullptr);
    [[nodiscard]] StoreResult stopAt(const QDateTime &end, QList<TimerShare> *booked = nullptr);
    // Books the time up to `end` and runs on from `restartAt` (the idle time between is dropped).
    [[nodiscard]] StoreResult dropGap(const QDateTime &end, const QDateTime &restartAt);
    // The idle time [since, until) goes to `otherTaskId` instead; the timer runs on from
    // `until` on its own task (what came before `since` is booked on it).
    [[nodiscard]] StoreResult moveGap(const QDateTime &since, const QDateTime &until,
                                      int otherTaskId);
    // Clears the timer without booking anything.
    [[nodiscard]] StoreResult discard();

    // Open tasks with time in the last two weeks, the most recently tracked first: what the
    // tray offers to start a timer on.
    QList<Task> recentTasks(int max = 10) const;

    // The shares of [start, end): one per local day touched, rounded; days that round to 0 are
    // left out.
    static QList<TimerShare> split(const QDateTime &start, const QDateTime &end,
                                   const TimerRounding &rounding);

Q_SIGNALS:
    // Started, stopped or discarded (here or, seen at the next call, by another process).
    void runningChanged();

private:
    StoreResult book(const RunningTimer &timer, const QDateTime &end, QList<TimerShare> *booked);
    StoreResult save(const std::optional<RunningTimer> &timer);

    Store &m_store;
    int m_userId;
    TimerRounding m_rounding;
};

} // namespace actidesk
