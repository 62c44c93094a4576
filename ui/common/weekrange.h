#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace actidesk {

// "23 – 29 Nov 2026", "30 Nov – 6 Dec 2026" or "28 Dec 2026 – 3 Jan 2027" for the week from
// `start`.
inline QString weekRange(const QDate &start, const QLocale &locale = {})
{
    const QDate end = start.addDays(6);
    const QString to = locale.toString(end, QStringLiteral("d MMM yyyy"));
    QString from;
    if (start.year() != end.year())
        from = locale.toString(start, QStringLiteral("d MMM yyyy"));
    else if (start.month() != end.month())
        from = locale.toString(start, QStringLiteral("d MMM"));
    else
        from = locale.toString(start, QStringLiteral("d"));
    return QCoreApplication::translate("actidesk::weekRange", "%1 \u2013 %2").arg(from, to);
}

// ISO week number of the week from `start` (taken mid-week, so Sunday-first weeks count right).
inline int weekNumber(const QDate &start)
{
    return start.addDays(3).weekNumber();
}

} // namespace actidesk
