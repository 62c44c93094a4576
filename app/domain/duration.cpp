#include "duration.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace actidesk {

DurationFormat::DurationFormat(const ServerInfo &server, const QLocale &locale,
                               std::optional<TimeDisplay> display)
    : m_decimalHours(server.timeAsDecimalHours),
      m_separator(server.decimalSeparator.isEmpty() ? u"."_s : server.decimalSeparator),
      m_localeSeparator(locale.decimalPoint()), m_locale(locale)
{
    switch (display.value_or(TimeDisplaySetting::instance().value())) {
    case TimeDisplay::HoursMinutes:
        m_decimalHours = false;
        break;
    case TimeDisplay::DecimalHours:
        m_decimalHours = true;
        m_localeDecimals = true;
        m_separator = locale.decimalPoint();
        m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
        break;
    case TimeDisplay::AsServer:
        break;
    }
}

// A regex character class of every accepted decimal separator.
QString DurationFormat::separatorClass() const
{
    return u"[\\.,%1%2]"_s.arg(QRegularExpression::escape(m_separator),
                               QRegularExpression::escape(m_localeSeparator));
}

DurationFormat::Parsed DurationFormat::parse(const QString &text) const
{
    const QString input = text.trimmed().toLower();
    if (input.isEmpty())
        return {0, {}};

    const QString formats = tr("Type hours as 8 or 1.5, hours and minutes as 1:30 or 1h 30m, or "
                               "minutes as 90m.");
    if (input.startsWith(u'-') || input.startsWith(u'\u2212'))
        return {std::nullopt, tr("A duration cannot be negative. %1").arg(formats)};

    const QString number = u"(\\d+(?:%1\\d*)?|%1\\d+)"_s.arg(separatorClass());
    const QString hourUnit = u"(?:h|hr|hrs|hour|hours)"_s;
    const QString minuteUnit = u"(?:m|min|mins|minute|minutes)"_s;
    static const QRegularExpression colon(u"^(\\d{0,2}):(\\d{1,2})$"_s);

    // Doubles keep "1.5" exact enough; everything ends as whole minutes.
    const auto hoursOf = [](QString digits) {
        for (QChar &c : digits) {
            if (!c.isDigit())
                c = u'.';
        }
        return QLocale::c().toDouble(digits.startsWith(u'.') ? QString(u'0' + digits) : digits);
    };

    // Built per call: the separators depend on this format's server and locale.
    const QRegularExpression decimal(u"^%1$"_s.arg(number));
    const QRegularExpression minutesOnly(u"^(\\d+)\\s*%1$"_s.arg(minuteUnit));
    const QRegularExpression withUnits(
        u"^%1\\s*%2\\s*(?:(\\d+)\\s*%3?)?$"_s.arg(number, hourUnit, minuteUnit));

    std::optional<double> minutes;
    if (const auto m = colon.match(input); m.hasMatch()) {
        const int mins = m.captured(2).toInt();
        if (mins < 60)
            minutes = m.captured(1).toInt() * 60.0 + mins;
    } else if (const auto m = decimal.match(input); m.hasMatch()) {
        minutes = hoursOf(m.captured(1)) * 60;
    } else if (const auto m = minutesOnly.match(input); m.hasMatch()) {
        minutes = m.captured(1).toDouble();
    } else if (const auto m = withUnits.match(input); m.hasMatch()) {
        // As a double: a minutes part too long for an int must count as huge (refused below),
        // not as the 0 a failed toInt() gives.
        minutes = hoursOf(m.captured(1)) * 60 + m.captured(2).toDouble();
    }

    if (!minutes)
        return {std::nullopt,
                tr("\u201c%1\u201d is not a duration. %2").arg(text.trimmed(), formats)};
    // Checked before rounding: std::lround of a value beyond long (e.g. 10^20 hours) is
    // unspecified and wrapped to 0 minutes.
    if (!std::isfinite(*minutes) || *minutes >= MaxMinutes + 0.5) {
        return {std::nullopt,
                tr("%1 is more than a day (24:00). A number without a unit means hours; type 45m "
                   "for minutes.")
                    .arg(text.trimmed())};
    }
    return {int(std::lround(*minutes)), {}};
}

QString DurationFormat::format(int minutes) const
{
    const QString sign = minutes < 0 ? u"-"_s : QString();
    const int value = std::abs(minutes);
    if (m_decimalHours && m_localeDecimals)
        return sign + m_locale.toString(value / 60.0, 'f', 2);
    if (m_decimalHours) {
        QString hours = QLocale::c().toString(value / 60.0, 'f', 2);
        hours.replace(u'.', m_separator);
        return sign + hours;
    }
    return sign + u"%1:%2"_s.arg(value / 60).arg(value % 60, 2, 10, QLatin1Char('0'));
}

DurationFormat::Parsed DurationFormat::parseValue(const QVariant &value) const
{
    if (value.typeId() == QMetaType::QString)
        return parse(value.toString());
    bool ok = false;
    const int minutes = value.toInt(&ok);
    if (!ok || minutes < 0 || minutes > MaxMinutes)
        return {std::nullopt, tr("A day's time must be between 0:00 and 24:00.")};
    return {minutes, {}};
}

} // namespace actidesk
