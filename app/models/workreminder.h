#pragma once

#include "clock.h"

#include <QDate>
#include <QObject>
#include <QTime>

#include <optional>

namespace actidesk {

class Store;

struct ReminderSettings
{
    bool enabled = true;
    QTime at = QTime(17, 0); // local time, on working days
    bool wholeWeek = false; // compare the week so far (from Monday) instead of today
    friend bool operator==(const ReminderSettings &, const ReminderSettings &) = default;
};

// Time tracked (leave counts, as in the overtime rule) against the schedule.
struct Shortfall
{
    QDate from;
    QDate to;
    int trackedMinutes = 0;
    int scheduledMinutes = 0; // -1: the schedule is not known (a weekday with nothing tracked)
};

// "Your timesheet is missing time": once a working day, at the set time (or at start-up when
// that time has passed and today's reminder was not given yet), when the time tracked today —
// or this week so far — is below the schedule, remind() is emitted for the desktop to show. A
// day off (schedule 0) never reminds; a day whose schedule is not cached reminds only on a
// weekday with nothing tracked. The day of the last reminder is kept in the cache, so a
// restart does not repeat it.
class WorkReminder : public QObject
{
    Q_OBJECT
public:
    WorkReminder(Store &store, int userId, QObject *parent = nullptr);

    void setSettings(const ReminderSettings &settings);
    ReminderSettings settings() const { return m_settings; }
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    // What is missing now (nullopt: nothing, or a day off).
    std::optional<Shortfall> shortfall() const;

Q_SIGNALS:
    void remind(const actidesk::Shortfall &shortfall);

private:
    void check();
    void scheduleNext();
    std::optional<int> scheduledOn(const QDate &date) const;
    int trackedOn(const QDate &from, const QDate &to) const;

    Store &m_store;
    int m_userId;
    ReminderSettings m_settings;
    ClockTimer m_timer;
};

} // namespace actidesk
