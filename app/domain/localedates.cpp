#include "localedates.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace actidesk::localedates {

namespace {

QString withoutYear(QString format)
{
    // The year with what joins it to the rest: ", yyyy", " yyyy 'г'.", "yyyy年".
    static const QRegularExpression years(u"[\\s,]*y+(?:\\s*'[^']*'\\.?|[^\\sdMy',.]+)?\\.?"_s);
    format.remove(years);
    static const QRegularExpression edges(u"^[\\s,]+|[\\s,]+$"_s);
    format.remove(edges);
    return format;
}

} // namespace

QString longDayMonth(const QDate &date, const QLocale &locale)
{
    const QString format = withoutYear(locale.dateFormat(QLocale::LongFormat));
    return locale.toString(
        date, format.contains(u'M') && format.contains(u'd') ? format : u"dddd d MMMM"_s);
}

QString dayMonthFormat(const QLocale &locale, bool weekday, bool year)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    if (!year)
        format = withoutYear(format);
    static const QRegularExpression longWeekday(u"d{4}"_s);
    if (weekday) {
        format.replace(longWeekday, u"ddd"_s);
    } else {
        static const QRegularExpression leading(u"^\\s*d{4}[\\s,.]*"_s);
        static const QRegularExpression trailing(u"[\\s,]*d{4}\\s*$"_s);
        format.remove(leading);
        format.remove(trailing);
    }
    static const QRegularExpression longMonth(u"M{4}"_s);
    format.replace(longMonth, u"MMM"_s);
    static const QRegularExpression edges(u"^[\\s,]+|[\\s,]+$"_s);
    format.remove(edges);
    if (format.isEmpty() || !format.contains(u'M') || !format.contains(u'd'))
        return year ? u"d MMM yyyy"_s : u"d MMM"_s; // a locale this does not understand
    return format;
}

} // namespace actidesk::localedates
