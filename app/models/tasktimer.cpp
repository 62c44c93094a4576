#include "tasktimer.h"

#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

// The Store's meta key of the running timer; per user, as one cache may hold several (a
// manager's cache holds the team's cells too, but only the signed-in user runs a timer).
QString timerKey(int userId)
{
    return u"timer.running/%1"_s.arg(userId);
}

} // namespace

int TimerRounding::apply(qint64 seconds) const
{
    if (seconds <= 0)
        return 0;
    const qint64 step = qMax(1, stepMinutes) * 60;
    qint64 steps = 0;
    switch (mode) {
    case Mode::Down:
        steps = seconds / step;
        break;
    case Mode::Up:
        steps = (seconds + step - 1) / step;
        break;
    case Mode::Nearest:
        steps = (seconds + step / 2) / step;
        break;
    }
    return int(qMin<qint64>(steps * step / 60, 24 * 60));
}

TaskTimer::TaskTimer(Store &store, int userId, QObject *parent)
    : QObject(parent), m_store(store), m_userId(userId)
{
}

std::optional<RunningTimer> TaskTimer::running() const
{
    const std::optional<QString> saved = m_store.meta(timerKey(m_userId));
    if (!saved || saved->isEmpty())
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(saved->toUtf8()).object();
    RunningTimer timer;
    timer.taskId = object.value(u"taskId"_s).toInt();
    timer.startedAt =
        QDateTime::fromString(object.value(u"startedAt"_s).toString(), Qt::ISODateWithMs);
    if (timer.taskId <= 0 || !timer.startedAt.isValid())
        return std::nullopt; // damaged: treated as no timer (nothing to book safely)
    return timer;
}

qint64 TaskTimer::elapsedSeconds() const
{
    const std::optional<RunningTimer> timer = running();
    if (!timer)
        return 0;
    return qMax<qint64>(0, timer->startedAt.secsTo(m_store.clock().now()));
}

QString TaskTimer::taskName(int taskId) const
{
    const std::optional<Task> task = m_store.task(taskId);
    return task ? task->name : tr("Task %1").arg(taskId);
}

StoreResult TaskTimer::start(int taskId)
{
    const QDateTime now = m_store.clock().now();
    const std::optional<RunningTimer> previous = running();
    if (previous && previous->taskId == taskId)
        return {};
    const StoreResult result = m_store.writeTogether(
        [&] {
            if (previous) {
                if (StoreResult booked = book(*previous, now, nullptr); !booked.ok())
                    return booked;
            }
            return save(RunningTimer{taskId, now});
        },
        true);
    if (result.ok())
        Q_EMIT runningChanged();
    return result;
}

StoreResult TaskTimer::stop(QList<TimerShare> *booked)
{
    return stopAt(m_store.clock().now(), booked);
}

StoreResult TaskTimer::stopAt(const QDateTime &end, QList<TimerShare> *booked)
{
    const std::optional<RunningTimer> timer = running();
    if (!timer)
        return {};
    const StoreResult result = m_store.writeTogether(
        [&] {
            if (StoreResult written = book(*timer, end, booked); !written.ok())
                return written;
            return save(std::nullopt);
        },
        true);
    if (result.ok())
        Q_EMIT runningChanged();
    return result;
}

StoreResult TaskTimer::dropGap(const QDateTime &end, const QDateTime &restartAt)
{
    const std::optional<RunningTimer> timer = running();
    if (!timer)
        return {};
    const StoreResult result = m_store.writeTogether(
        [&] {
            if (StoreResult written = book(*timer, end, nullptr); !written.ok())
                return written;
            return save(RunningTimer{timer->taskId, restartAt});
        },
        true);
    if (result.ok())
        Q_EMIT runningChanged();
    return result;
}

StoreResult TaskTimer::moveGap(const QDateTime &since, const QDateTime &until, int otherTaskId)
{
    const std::optional<RunningTimer> timer = running();
    if (!timer)
        return {};
    const StoreResult result = m_store.writeTogether(
        [&] {
            if (StoreResult written = book(*timer, since, nullptr); !written.ok())
                return written;
            const QDateTime from = qMax(since, timer->startedAt);
            if (StoreResult written = book(RunningTimer{otherTaskId, from}, until, nullptr);
                !written.ok())
                return written;
            return save(RunningTimer{timer->taskId, until});
        },
        true);
    if (result.ok())
        Q_EMIT runningChanged();
    return result;
}

QList<Task> TaskTimer::recentTasks(int max) const
{
    const QDate today = m_store.clock().today();
    QList<TimetrackCell> cells = m_store.timetrack(m_userId, today.addDays(-13), today);
    std::stable_sort(
        cells.begin(), cells.end(),
        [](const TimetrackCell &a, const TimetrackCell &b) { return a.date > b.date; });
    QList<int> ids;
    for (const TimetrackCell &cell : cells) {
        if (cell.minutes > 0 && !ids.contains(cell.taskId))
            ids.append(cell.taskId);
    }
    QList<Task> tasks;
    for (const int id : ids) {
        const std::optional<Task> task = m_store.task(id);
        if (task && !task->isCompleted())
            tasks.append(*task);
        if (tasks.size() >= max)
            break;
    }
    return tasks;
}

StoreResult TaskTimer::discard()
{
    if (!running())
        return {};
    const StoreResult result = save(std::nullopt);
    if (result.ok())
        Q_EMIT runningChanged();
    return result;
}

QList<TimerShare> TaskTimer::split(const QDateTime &start, const QDateTime &end,
                                   const TimerRounding &rounding)
{
    QList<TimerShare> shares;
    if (!start.isValid() || !end.isValid() || end <= start)
        return shares;
    QDateTime from = start.toLocalTime();
    const QDateTime until = end.toLocalTime();
    while (from < until) {
        const QDate day = from.date();
        const QDateTime midnight = day.addDays(1).startOfDay();
        const QDateTime to = qMin(midnight, until);
        if (const int minutes = rounding.apply(from.secsTo(to)); minutes > 0)
            shares.append({day, minutes});
        from = to;
    }
    return shares;
}

StoreResult TaskTimer::book(const RunningTimer &timer, const QDateTime &end,
                            QList<TimerShare> *booked)
{
    const QList<TimerShare> shares = split(timer.startedAt, end, m_rounding);
    for (const TimerShare &share : shares) {
        int minutes = share.minutes;
        QString comment;
        for (const TimetrackCell &cell : m_store.timetrack(m_userId, share.date, share.date)) {
            if (cell.taskId == timer.taskId) {
                minutes += cell.minutes;
                comment = cell.comment;
            }
        }
        minutes = qMin(minutes, 24 * 60);
        if (StoreResult written =
                m_store.editTimetrackCell(m_userId, share.date, timer.taskId, minutes, comment);
            !written.ok())
            return written;
    }
    if (booked)
        *booked = shares;
    return {};
}

StoreResult TaskTimer::save(const std::optional<RunningTimer> &timer)
{
    if (!timer)
        return m_store.setMeta(timerKey(m_userId), QString());
    const QJsonObject object{
        {u"taskId"_s, timer->taskId},
        {u"startedAt"_s, timer->startedAt.toUTC().toString(Qt::ISODateWithMs)}};
    return m_store.setMeta(timerKey(m_userId),
                           QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace actidesk
