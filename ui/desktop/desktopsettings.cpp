#include "desktopsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

QString modeName(TimerRounding::Mode mode)
{
    switch (mode) {
    case TimerRounding::Mode::Down:
        return u"down"_s;
    case TimerRounding::Mode::Up:
        return u"up"_s;
    case TimerRounding::Mode::Nearest:
        break;
    }
    return u"nearest"_s;
}

TimerRounding::Mode modeNamed(const QString &name)
{
    if (name == u"down"_s)
        return TimerRounding::Mode::Down;
    if (name == u"up"_s)
        return TimerRounding::Mode::Up;
    return TimerRounding::Mode::Nearest;
}

} // namespace

DesktopSettings DesktopSettings::load()
{
    const QSettings settings;
    DesktopSettings result;
    result.rounding.stepMinutes = qBound(1, settings.value(u"timer/roundingStep"_s, 1).toInt(), 60);
    result.rounding.mode = modeNamed(settings.value(u"timer/roundingMode"_s).toString());
    result.idleMinutes = qBound(0, settings.value(u"timer/idleMinutes"_s, 10).toInt(), 240);
    result.reminders.enabled = settings.value(u"reminders/enabled"_s, true).toBool();
    const QTime at = QTime::fromString(settings.value(u"reminders/time"_s).toString(), u"HH:mm"_s);
    result.reminders.at = at.isValid() ? at : QTime(17, 0);
    result.reminders.wholeWeek = settings.value(u"reminders/wholeWeek"_s, false).toBool();
    result.trayIcon = settings.value(u"ui/trayIcon"_s, true).toBool();
    result.language = settings.value(u"language"_s).toString();
    const QString page = settings.value(u"ui/startPage"_s).toString();
    if (QStringList{u"timesheet"_s, u"leave"_s, u"tasks"_s, u"review"_s}.contains(page))
        result.startPage = page;
    result.timeDisplay =
        TimeDisplaySetting::fromKey(settings.value(u"ui/timeDisplay"_s).toString());
    return result;
}

void DesktopSettings::save() const
{
    QSettings settings;
    settings.setValue(u"timer/roundingStep"_s, rounding.stepMinutes);
    settings.setValue(u"timer/roundingMode"_s, modeName(rounding.mode));
    settings.setValue(u"timer/idleMinutes"_s, idleMinutes);
    settings.setValue(u"reminders/enabled"_s, reminders.enabled);
    settings.setValue(u"reminders/time"_s, reminders.at.toString(u"HH:mm"_s));
    settings.setValue(u"reminders/wholeWeek"_s, reminders.wholeWeek);
    settings.setValue(u"ui/trayIcon"_s, trayIcon);
    settings.setValue(u"language"_s, language);
    settings.setValue(u"ui/startPage"_s, startPage);
    settings.setValue(u"ui/timeDisplay"_s, TimeDisplaySetting::key(timeDisplay));
}

} // namespace actidesk
