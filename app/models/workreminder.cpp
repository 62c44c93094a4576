#include "workreminder.h"

#include "store.h"

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

QString lastReminderKey(int userId)
{
    return u"reminder.lastDay/%1"_s.arg(userId);
}

bool isWeekday(const QDate &date)
{
    return date.dayOfWeek() <= 5;
}

} // namespace

WorkReminder::WorkReminder(Store &store, int userId, QObject *parent)
    : QObject(parent), m_store(store), m_userId(userId),
      m_timer(store.clock(), this, [this] { check(); })
{
}

void WorkReminder::setSettings(const ReminderSettings &settings)
{
    m_settings = settings;
    if (m_timer.isActive() || !settings.enabled) {
        stop();
        if (settings.enabled)
            start();
    }
}

void WorkReminder::start()
{
    if (!m_settings.enabled)
        return;
    const QDateTime now = m_store.clock().now().toLocalTime();
    const QString today = now.date().toString(Qt::ISODate);
    const bool remindedToday = m_store.meta(lastReminderKey(m_userId)).value_or(QString()) == today;
    if (!remindedToday && now.time() >= m_settings.at)
        m_timer.start(0); // the time passed while the app was not running: remind now
    else
        scheduleNext();
}

void WorkReminder::stop()
{
    m_timer.stop();
}

void WorkReminder::scheduleNext()
{
    const QDateTime now = m_store.clock().now().toLocalTime();
    QDateTime next(now.date(), m_settings.at);
    if (next <= now)
        next = QDateTime(now.date().addDays(1), m_settings.at);
    m_timer.start(qMax<qint64>(0, now.msecsTo(next)));
}

void WorkReminder::check()
{
    const QDate today = m_store.clock().today();
    const QString day = today.toString(Qt::ISODate);
    if (m_store.meta(lastReminderKey(m_userId)).value_or(QString()) != day) {
        if (const std::optional<Shortfall> missing = shortfall()) {
            // Noted before it is shown; should noting fail (a full disk), the reminder is still
            // shown and merely risks coming once more after a restart.
            [[maybe_unused]] const bool noted =
                m_store.setMeta(lastReminderKey(m_userId), day).ok();
            Q_EMIT remind(*missing);
        }
    }
    scheduleNext();
}

std::optional<int> WorkReminder::scheduledOn(const QDate &date) const
{
    const std::optional<Schedule> schedule = m_store.schedule(m_userId, date, date);
    if (!schedule)
        return std::nullopt;
    return schedule->minutesOn(date);
}

int WorkReminder::trackedOn(const QDate &from, const QDate &to) const
{
    int minutes = 0;
    for (const TimetrackCell &cell : m_store.timetrack(m_userId, from, to)) {
        if (cell.state != CellState::Rejected)
            minutes += cell.minutes;
    }
    for (const LeaveCell &cell : m_store.leave(m_userId, from, to)) {
        if (cell.state != CellState::Rejected)
            minutes += cell.minutes;
    }
    return minutes;
}

std::optional<Shortfall> WorkReminder::shortfall() const
{
    const QDate today = m_store.clock().today();
    const std::optional<int> todayScheduled = scheduledOn(today);
    if (todayScheduled && *todayScheduled == 0)
        return std::nullopt; // a day off
    if (!todayScheduled && !isWeekday(today))
        return std::nullopt;
    Shortfall result;
    result.to = today;
    result.from = m_settings.wholeWeek ? today.addDays(1 - today.dayOfWeek()) : today;
    result.trackedMinutes = trackedOn(result.from, result.to);
    int scheduled = 0;
    for (QDate date = result.from; date <= result.to; date = date.addDays(1)) {
        const std::optional<int> minutes = scheduledOn(date);
        if (!minutes) {
            scheduled = -1;
            break;
        }
        scheduled += *minutes;
    }
    result.scheduledMinutes = scheduled;
    if (scheduled < 0)
        return result.trackedMinutes == 0 ? std::optional(result) : std::nullopt;
    return result.trackedMinutes < scheduled ? std::optional(result) : std::nullopt;
}

} // namespace actidesk
