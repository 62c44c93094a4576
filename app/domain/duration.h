#pragma once

#include "reference.h"
#include "timedisplay.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QVariant>

#include <optional>

namespace actidesk {

// Durations as the user types and reads them, per the server's time format.
//
// Input (case-insensitive, spaces allowed between number and unit):
//   "8", "1.5", "1,5"       a bare number is HOURS (as in actiTIME's timesheet, where "8" is a
//   day);
//                           '.' and ',' are both decimal separators (a day has no thousands), and
//                           so are the locale's and the server's separator
//   "1:30", ":45"           hours and minutes
//   "90m", "90 min"         minutes need a unit (or the colon form)
//   "2h", "2h 15m", "1h30"  hours with an optional minutes part
//   "" or "0"               0 (clears the cell)
// Refused, with a sentence saying which forms work: negative values, more than 24:00, anything
// else.
//
// Output, per the user's TimeDisplay: as the server shows time (H:MM, or decimal hours with two
// decimals and the server's separator, "1.50"), always H:MM, or always decimal hours through the
// locale ("1.50", in German "1,50"). Input accepts every form whatever the display. Negative
// values (overtime) get a leading '-'.
class DurationFormat
{
    Q_DECLARE_TR_FUNCTIONS(actidesk::DurationFormat)
public:
    static constexpr int MaxMinutes = 24 * 60;

    struct Parsed
    {
        std::optional<int> minutes; // set when the text was understood
        QString error; // a sentence for the user otherwise
        bool ok() const { return minutes.has_value(); }
    };

    // `display` unset: the app's TimeDisplaySetting at construction.
    explicit DurationFormat(const ServerInfo &server = {}, const QLocale &locale = {},
                            std::optional<TimeDisplay> display = std::nullopt);

    Parsed parse(const QString &text) const;
    // What a model's setData() receives: text (parsed as above) or a number of minutes (0..24:00).
    Parsed parseValue(const QVariant &value) const;
    QString format(int minutes) const;

    bool decimalHours() const { return m_decimalHours; }
    QString decimalSeparator() const { return m_separator; }

private:
    QString separatorClass() const;

    bool m_decimalHours = false;
    QString m_separator; // the server's, used for output
    QString m_localeSeparator;
    QLocale m_locale; // set when decimals follow the locale rather than the server
    bool m_localeDecimals = false;
};

} // namespace actidesk
