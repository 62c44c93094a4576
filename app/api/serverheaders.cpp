#include "serverheaders.h"

#include <QLocale>
#include <QString>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace actidesk::headers {

namespace {
// HTTP-dates are always in English and GMT, whatever the user's locale.
std::optional<QDateTime> parseHttpDate(QByteArrayView value)
{
    QString text = QString::fromLatin1(value.data(), value.size()).simplified();
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    // The weekday is redundant and not checked (Qt would refuse a date whose weekday disagrees,
    // and a two-digit RFC 850 year is read in the wrong century before the check).
    const qsizetype comma = text.indexOf(u',');
    const qsizetype space = text.indexOf(u' ');
    if (comma >= 0)
        text = text.mid(comma + 1).trimmed();
    else if (space >= 0)
        text = text.mid(space + 1);
    const QLocale c = QLocale::c();
    // IMF-fixdate, RFC 850 and asctime (RFC 9110 §5.6.7); recipients must accept all three.
    static const char *const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'",
        "dd-MMM-yy HH:mm:ss 'GMT'",
        "MMM d HH:mm:ss yyyy",
    };
    for (const char *format : formats) {
        QDateTime parsed = c.toDateTime(text, QString::fromLatin1(format));
        if (!parsed.isValid())
            continue;
        // Qt reads a two-digit year as 19xx; RFC 9110 has it mean the nearest matching year,
        // which for any realistic server clock is 20xx.
        if (parsed.date().year() < 1970)
            parsed = parsed.addYears(100);
        return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    }
    return std::nullopt;
}
} // namespace

QByteArray value(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, v] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool has(const HeaderList &headers, QByteArrayView name)
{
    return std::any_of(headers.begin(), headers.end(), [name](const auto &pair) {
        return QByteArrayView(pair.first).compare(name, Qt::CaseInsensitive) == 0;
    });
}

std::optional<qint64> parseNonNegative(QByteArrayView value)
{
    const QByteArrayView digits = value.trimmed();
    if (digits.isEmpty())
        return std::nullopt;
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    qint64 result = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const int digit = c - '0';
        // Saturates instead of overflowing: an absurd number is still a number, just huge.
        result = result > (max - digit) / 10 ? max : result * 10 + digit;
    }
    return result;
}

std::optional<int> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    if (const std::optional<qint64> seconds = parseNonNegative(value))
        return int(std::min<qint64>(*seconds, kMaxRetryAfterSeconds));
    const std::optional<QDateTime> date = parseHttpDate(value);
    if (!date)
        return std::nullopt;
    const qint64 seconds = now.secsTo(*date);
    return int(std::clamp<qint64>(seconds, 0, kMaxRetryAfterSeconds));
}

std::optional<int> parseRateLimitReset(QByteArrayView value)
{
    const std::optional<qint64> seconds = parseNonNegative(value);
    if (!seconds || *seconds > kMaxRateLimitResetSeconds)
        return std::nullopt;
    return int(*seconds);
}

std::optional<int> parseRateLimitRemaining(QByteArrayView value)
{
    const std::optional<qint64> remaining = parseNonNegative(value);
    if (!remaining)
        return std::nullopt;
    return int(std::min<qint64>(*remaining, std::numeric_limits<int>::max()));
}

std::optional<qint64> parseContentLength(QByteArrayView value)
{
    return parseNonNegative(value);
}

} // namespace actidesk::headers
