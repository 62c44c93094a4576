#pragma once

// Low-level, defensive reading of JSON values for the service layer. The rules live here once, so
// every entity parser applies the same tolerance:
//  - required fields: missing, null or ill-typed -> a ParseError naming the field; never a default;
//  - optional scalar fields: missing, null or ill-typed -> the default, without an error (a server
//    that hides or reshapes a cosmetic field must not make a whole page unreadable);
//  - arrays that carry data: missing or null -> empty, anything else that is not an array -> error
//    (ignoring it would silently drop the user's data);
//  - integers: an integral JSON number or a string of digits with an optional leading '-';
//  - dates: strictly "YYYY-MM-DD"; timestamps: epoch milliseconds (number or digit string) or an
//    ISO 8601 date-time, always returned in UTC.
// Nothing here throws or asserts on input: any byte sequence yields a value or a ParseError.

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <limits>
#include <optional>

namespace actidesk::json {

// Where (a path like "data[2].records[0].time", empty = the whole body) and what went wrong.
struct ParseError
{
    QString path;
    QString message;

    // "path: message", or the message alone for the whole body.
    QString toString() const;
};

// Upper bound for any duration in minutes (records, leave, schedule entries). A day has 1440
// minutes; the margin tolerates odd server data but rejects seconds or milliseconds sent by
// mistake.
inline constexpr int kMaxMinutes = 100000;

// Records the error (if the caller asked for one) and returns false, so parsers can write
// `return fail(error, path, message)` style code.
bool fail(ParseError *error, const QString &path, const QString &message);

// Makes an error found inside a nested value relative to its container: ("items[3]", "time")
// gives "items[3].time"; ("data[0]", "") gives "data[0]".
QString joinPath(const QString &prefix, const QString &path);
void prefixPath(ParseError *error, const QString &prefix);

// "items[3]"
QString indexPath(const QString &arrayPath, qsizetype index);

// A short, printable rendering of a value for error messages ("\"abc\"", "12.5", "true", "an
// object").
QString describe(const QJsonValue &value);

// Strict conversions: nullopt when the value is not of that kind (null and undefined included).
std::optional<qint64> toInteger(const QJsonValue &value);
std::optional<double> toNumber(const QJsonValue &value); // finite number or numeric string
std::optional<bool> toBool(const QJsonValue &value); // true/false or "true"/"false"
std::optional<QDate> toDate(const QJsonValue &value); // "YYYY-MM-DD" only
std::optional<QDate> toDate(const QString &text);
std::optional<QDateTime> toTimestamp(const QJsonValue &value); // UTC

inline bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

// Parses a whole response body. An empty or malformed body, or one of the wrong JSON kind, is an
// error with an empty path.
std::optional<QJsonValue> parseBody(const QByteArray &body, ParseError *error);
std::optional<QJsonObject> parseObjectBody(const QByteArray &body, ParseError *error);
std::optional<QJsonArray> parseArrayBody(const QByteArray &body, ParseError *error);

// Reads the fields of one JSON object. The first error wins and is kept; later calls still return
// defaults, so a parser can read every field and check ok() once at the end. Error paths are the
// field names, relative to this object (callers prefix them with prefixPath()).
class ObjectReader
{
public:
    // A value that is not an object fails the reader at once ("expected an object").
    ObjectReader(const QJsonValue &value, ParseError *error);

    bool ok() const { return m_ok; }
    const QJsonObject &object() const { return m_object; }
    QJsonValue value(QLatin1StringView key) const { return m_object.value(key); }
    bool has(QLatin1StringView key) const { return !isAbsent(m_object.value(key)); }

    // Records an error at `path` (relative to this object) unless one is already recorded.
    bool fail(const QString &path, const QString &message);

    // Required fields. On failure they record an error and return 0 / an invalid date / {}.
    int requiredInt(QLatin1StringView key, int min = std::numeric_limits<int>::min(),
                    int max = std::numeric_limits<int>::max());
    int requiredMinutes(QLatin1StringView key) { return requiredInt(key, 0, kMaxMinutes); }
    QDate requiredDate(QLatin1StringView key);
    QJsonArray requiredArray(QLatin1StringView key);

    // Optional fields: missing, null or ill-typed -> the fallback, never an error.
    int optionalInt(QLatin1StringView key, int fallback = 0);
    std::optional<int> maybeInt(QLatin1StringView key, int min = std::numeric_limits<int>::min(),
                                int max = std::numeric_limits<int>::max());
    QString string(QLatin1StringView key);
    bool boolean(QLatin1StringView key, bool fallback);
    std::optional<bool> maybeBool(QLatin1StringView key);
    std::optional<double> maybeNumber(QLatin1StringView key);
    QDate optionalDate(QLatin1StringView key);
    QDateTime timestamp(QLatin1StringView key);
    QJsonObject optionalObject(QLatin1StringView key);

    // A date that drives further requests (nextDateFrom): missing/null -> invalid date, but a
    // present, malformed value is an error, since ignoring it would end paging early.
    QDate strictOptionalDate(QLatin1StringView key);

    // An array of data: missing/null -> empty; any other non-array -> error.
    QJsonArray dataArray(QLatin1StringView key);

    // An array of integer ids: as dataArray(), and every element must be an integer
    // (error path "key[i]").
    QList<int> intList(QLatin1StringView key);

private:
    // Records "missing" or "null" for a required field; true when the value is there.
    bool present(QLatin1StringView key, const QJsonValue &value);

    QJsonObject m_object;
    ParseError *m_error = nullptr;
    bool m_ok = true;
};

} // namespace actidesk::json
