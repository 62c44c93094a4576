#pragma once

#include "tasktimer.h"
#include "timedisplay.h"
#include "workreminder.h"

#include <QString>

namespace actidesk {

// The preferences of the desktop side (timer, idle, reminders, tray, language), kept with
// QSettings: one place that knows the keys and the defaults.
struct DesktopSettings
{
    TimerRounding rounding{1, TimerRounding::Mode::Nearest};
    int idleMinutes = 10; // 0: do not watch idle time
    ReminderSettings reminders;
    bool trayIcon = true;
    QString language; // empty: the system's; else "en", "de", "ru"
    QString startPage = QStringLiteral("timesheet"); // timesheet, leave, tasks or review
    TimeDisplay timeDisplay = TimeDisplay::AsServer; // how every duration reads

    static DesktopSettings load();
    void save() const;
    friend bool operator==(const DesktopSettings &, const DesktopSettings &) = default;
};

} // namespace actidesk
