// libFuzzer target: the duration parser (what the user types in a timesheet cell), for both time
// formats and both decimal separators. A refusal always has a sentence for the user; an accepted
// text is 0..24:00; and every accepted duration, formatted and parsed again, is the same minutes.

#include "duration.h"
#include "fuzzcontract.h"

#include <cstdint>
#include <cstring>

using namespace Qt::StringLiterals;
using actidesk::DurationFormat;
using actidesk::ServerInfo;

namespace {

DurationFormat formatOf(bool decimalHours, const QString &separator, const QLocale &locale)
{
    ServerInfo server;
    server.timeAsDecimalHours = decimalHours;
    server.decimalSeparator = separator;
    return DurationFormat(server, locale);
}

// No duration of a day or less has a whole number of more than four digits ("1440m"); only a
// fraction after a decimal separator may be longer. A text with one must be refused, not read as
// something else (an overflow that wraps, a part that fails to convert and counts as 0).
bool hasHugeNumber(const QString &typed)
{
    for (qsizetype i = 0; i < typed.size();) {
        if (typed.at(i) < u'0' || typed.at(i) > u'9') {
            ++i;
            continue;
        }
        const bool fraction = i > 0 && (typed.at(i - 1) == u'.' || typed.at(i - 1) == u',');
        qsizetype significant = 0;
        for (; i < typed.size() && typed.at(i) >= u'0' && typed.at(i) <= u'9'; ++i) {
            if (significant > 0 || typed.at(i) != u'0')
                ++significant;
        }
        if (!fraction && significant > 4)
            return true;
    }
    return false;
}

void check(const DurationFormat &format, const QString &typed)
{
    const DurationFormat::Parsed parsed = format.parse(typed);
    if (!parsed.ok()) {
        fuzz::require(!parsed.error.isEmpty(), "a refusal without a message", typed);
        return;
    }
    fuzz::require(parsed.error.isEmpty(), "accepted with an error", typed);
    fuzz::require(!hasHugeNumber(typed), "a number beyond a day accepted",
                  typed + u" -> "_s + QString::number(*parsed.minutes));
    const int minutes = *parsed.minutes;
    fuzz::require(minutes >= 0 && minutes <= DurationFormat::MaxMinutes, "out of range",
                  typed + u" -> "_s + QString::number(minutes));
    const QString shown = format.format(minutes);
    const DurationFormat::Parsed again = format.parse(shown);
    fuzz::require(again.ok() && *again.minutes == minutes, "format/parse round trip",
                  typed + u" -> "_s + shown + u" -> "_s
                      + (again.ok() ? QString::number(*again.minutes) : again.error));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const DurationFormat formats[] = {
        formatOf(false, u"."_s, QLocale::c()),
        formatOf(true, u"."_s, QLocale::c()),
        formatOf(true, u","_s, QLocale(QLocale::German, QLocale::Germany)),
    };
    const QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const DurationFormat &format : formats)
        check(format, typed);

    // parseValue() takes minutes as a number too (a model's setData): within 0..24:00 only.
    if (size >= 4) {
        int minutes = 0;
        std::memcpy(&minutes, data, sizeof minutes);
        const DurationFormat::Parsed parsed = formats[0].parseValue(QVariant(minutes));
        fuzz::require(parsed.ok() == (minutes >= 0 && minutes <= DurationFormat::MaxMinutes),
                      "parseValue range", QString::number(minutes));
        fuzz::require(parsed.ok() || !parsed.error.isEmpty(), "parseValue refusal without text");
    }
    return 0;
}
