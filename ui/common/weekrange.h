#pragma once

#include "localedates.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace actidesk {

// "23 Nov – 29 Nov 2026" or "28 Dec 2026 – 3 Jan 2027" for the week from `start`, in the
// locale's order ("Nov 23 – Nov 29, 2026" in the US, "23. Nov. – 29. Nov. 2026" in German).
inline QString weekRange(const QDate &start, const QLocale &locale = {})
{
    const QDate end = start.addDays(6);
    const QString to = localedates::dayMonthYear(end, locale);
    const QString from = start.year() != end.year() ? localedates::dayMonthYear(start, locale)
                                                    : localedates::dayMonth(start, locale);
    return QCoreApplication::translate("actidesk::weekRange", "%1 \u2013 %2").arg(from, to);
}

// ISO week number of the week from `start` (taken mid-week, so Sunday-first weeks count right).
inline int weekNumber(const QDate &start)
{
    return start.addDays(3).weekNumber();
}

} // namespace actidesk
