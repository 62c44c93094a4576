#pragma once

#include <QObject>

#include <atomic>

namespace actidesk {

// How the user wants durations to read (Preferences → Time display): as the server shows them
// (its time format and decimal separator), always as hours and minutes ("1:30"), or always as
// decimal hours in the user's locale ("1.50", "1,50"). One choice for the whole app: every
// DurationFormat made without an explicit display follows it, and the models showing durations
// re-format when it changes.
enum class TimeDisplay { AsServer, HoursMinutes, DecimalHours };

class TimeDisplaySetting : public QObject
{
    Q_OBJECT
public:
    static TimeDisplaySetting &instance();

    TimeDisplay value() const { return m_value.load(); }
    // Announces changed() when the value differs.
    void setValue(TimeDisplay display);

    // The names kept in the settings file ("server", "hmm", "decimal"); unknown: AsServer.
    static QString key(TimeDisplay display);
    static TimeDisplay fromKey(const QString &key);

Q_SIGNALS:
    void changed(actidesk::TimeDisplay display);

private:
    TimeDisplaySetting() = default;
    std::atomic<TimeDisplay> m_value{TimeDisplay::AsServer};
};

} // namespace actidesk
