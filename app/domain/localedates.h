#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace actidesk::localedates {

// Short dates in the locale's own order and words, from its long date format: the weekday and
// the year left out or shortened, the month abbreviated. English (US) "Dec 2", "Wed, Dec 2",
// "Dec 2, 2026"; German "2. Dez.", "Mi., 2. Dez."; Russian "2 дек.", "ср, 2 дек.".
QString dayMonthFormat(const QLocale &locale, bool weekday = false, bool year = false);
// The long date without the year, names in full: "Wednesday, December 2", "Mittwoch, 2.
// Dezember", "среда, 2 декабря" (what a screen reader says for a day).
QString longDayMonth(const QDate &date, const QLocale &locale = {});

inline QString dayMonth(const QDate &date, const QLocale &locale = {})
{
    return locale.toString(date, dayMonthFormat(locale));
}
inline QString weekdayDayMonth(const QDate &date, const QLocale &locale = {})
{
    return locale.toString(date, dayMonthFormat(locale, true));
}
inline QString dayMonthYear(const QDate &date, const QLocale &locale = {})
{
    return locale.toString(date, dayMonthFormat(locale, false, true));
}
inline QString weekdayDayMonthYear(const QDate &date, const QLocale &locale = {})
{
    return locale.toString(date, dayMonthFormat(locale, true, true));
}

} // namespace actidesk::localedates
