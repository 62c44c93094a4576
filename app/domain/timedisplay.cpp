#include "timedisplay.h"

using namespace Qt::StringLiterals;

namespace actidesk {

TimeDisplaySetting &TimeDisplaySetting::instance()
{
    static TimeDisplaySetting setting;
    return setting;
}

void TimeDisplaySetting::setValue(TimeDisplay display)
{
    if (m_value.exchange(display) != display)
        Q_EMIT changed(display);
}

QString TimeDisplaySetting::key(TimeDisplay display)
{
    switch (display) {
    case TimeDisplay::HoursMinutes:
        return u"hmm"_s;
    case TimeDisplay::DecimalHours:
        return u"decimal"_s;
    case TimeDisplay::AsServer:
        break;
    }
    return u"server"_s;
}

TimeDisplay TimeDisplaySetting::fromKey(const QString &key)
{
    if (key == u"hmm"_s)
        return TimeDisplay::HoursMinutes;
    if (key == u"decimal"_s)
        return TimeDisplay::DecimalHours;
    return TimeDisplay::AsServer;
}

} // namespace actidesk
