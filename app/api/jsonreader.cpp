#include "jsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace actidesk::json {

namespace {

// Beyond 2^53 a double no longer holds every integer, and the cast to qint64 must stay defined
// for any input (UBSan in the fuzzer checks it).
constexpr double kMaxExactInteger = 9007199254740992.0;

// 9999-12-31T23:59:59.999Z: later stamps are garbage, and QDateTime arithmetic stays in range.
constexpr qint64 kMaxEpochMs = 253402300799999LL;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QString rangeMessage(qint64 value, int min, int max)
{
    if (min == std::numeric_limits<int>::min() && max == std::numeric_limits<int>::max())
        return u"integer %1 is out of range"_s.arg(value);
    return u"%1 is outside the allowed range %2..%3"_s.arg(value).arg(min).arg(max);
}

} // namespace

QString ParseError::toString() const
{
    return path.isEmpty() ? message : QString(path + u": "_s + message);
}

bool fail(ParseError *error, const QString &path, const QString &message)
{
    if (error) {
        error->path = path;
        error->message = message;
    }
    return false;
}

QString joinPath(const QString &prefix, const QString &path)
{
    if (path.isEmpty())
        return prefix;
    if (prefix.isEmpty())
        return path;
    // An index continues its container's path without a dot: "items" + "[3]" -> "items[3]".
    return path.startsWith(u'[') ? QString(prefix + path) : QString(prefix + u'.' + path);
}

void prefixPath(ParseError *error, const QString &prefix)
{
    if (error)
        error->path = joinPath(prefix, error->path);
}

QString indexPath(const QString &arrayPath, qsizetype index)
{
    return QString(arrayPath + u'[' + QString::number(index) + u']');
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return u"nothing"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String: {
        const QString s = value.toString();
        constexpr qsizetype maxShown = 40;
        return s.size() <= maxShown ? QString(u'"' + s + u'"')
                                    : QString(u'"' + s.left(maxShown) + u"…\""_s);
    }
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    }
    return u"an unknown value"_s;
}

std::optional<qint64> toInteger(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::trunc(d) || d > kMaxExactInteger
            || d < -kMaxExactInteger)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (value.isString()) {
        const QString s = value.toString();
        const qsizetype start = s.startsWith(u'-') ? 1 : 0;
        // 18 digits always fit in a qint64; longer strings are not plausible ids or minutes.
        if (s.size() == start || s.size() - start > 18)
            return std::nullopt;
        for (qsizetype i = start; i < s.size(); ++i) {
            if (!isAsciiDigit(s.at(i)))
                return std::nullopt;
        }
        bool ok = false;
        const qint64 n = s.toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<double> toNumber(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().toDouble(&ok);
        return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<bool> toBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString s = value.toString();
        if (s.compare(u"true"_s, Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(u"false"_s, Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

std::optional<QDate> toDate(const QString &text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return std::nullopt;
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isAsciiDigit(text.at(i)))
            return std::nullopt;
    }
    const QDate date(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<QDate> toDate(const QJsonValue &value)
{
    return value.isString() ? toDate(value.toString()) : std::nullopt;
}

std::optional<QDateTime> toTimestamp(const QJsonValue &value)
{
    if (const auto ms = toInteger(value)) {
        if (*ms > kMaxEpochMs || *ms < -kMaxEpochMs)
            return std::nullopt;
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    }
    if (!value.isString())
        return std::nullopt;
    QDateTime stamp = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!stamp.isValid())
        return std::nullopt;
    // A stamp without an offset is read as UTC, not as the local zone, so that the result does
    // not depend on the machine the client runs on.
    if (stamp.timeSpec() == Qt::LocalTime)
        stamp.setTimeSpec(Qt::UTC);
    return stamp.toUTC();
}

std::optional<QJsonValue> parseBody(const QByteArray &body, ParseError *error)
{
    if (body.trimmed().isEmpty()) {
        fail(error, {}, u"body is empty"_s);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, {},
             u"body is not valid JSON (%1 at offset %2)"_s.arg(parseError.errorString())
                 .arg(parseError.offset));
        return std::nullopt;
    }
    if (document.isObject())
        return QJsonValue(document.object());
    if (document.isArray())
        return QJsonValue(document.array());
    fail(error, {}, u"body is neither a JSON object nor an array"_s);
    return std::nullopt;
}

std::optional<QJsonObject> parseObjectBody(const QByteArray &body, ParseError *error)
{
    const auto value = parseBody(body, error);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        fail(error, {}, u"expected a JSON object, got %1"_s.arg(describe(*value)));
        return std::nullopt;
    }
    return value->toObject();
}

std::optional<QJsonArray> parseArrayBody(const QByteArray &body, ParseError *error)
{
    const auto value = parseBody(body, error);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        fail(error, {}, u"expected a JSON array, got %1"_s.arg(describe(*value)));
        return std::nullopt;
    }
    return value->toArray();
}

ObjectReader::ObjectReader(const QJsonValue &value, ParseError *error)
    : m_object(value.toObject()), m_error(error)
{
    if (!value.isObject())
        fail({}, u"expected an object, got %1"_s.arg(describe(value)));
}

bool ObjectReader::fail(const QString &path, const QString &message)
{
    if (m_ok) {
        m_ok = false;
        json::fail(m_error, path, message);
    }
    return false;
}

bool ObjectReader::present(QLatin1StringView key, const QJsonValue &value)
{
    if (value.isUndefined())
        return fail(QString(key), u"required field is missing"_s);
    if (value.isNull())
        return fail(QString(key), u"required field is null"_s);
    return true;
}

int ObjectReader::requiredInt(QLatin1StringView key, int min, int max)
{
    const QJsonValue v = m_object.value(key);
    if (!present(key, v))
        return 0;
    const auto n = toInteger(v);
    if (!n) {
        fail(QString(key), u"expected an integer, got %1"_s.arg(describe(v)));
        return 0;
    }
    if (*n < min || *n > max) {
        fail(QString(key), rangeMessage(*n, min, max));
        return 0;
    }
    return static_cast<int>(*n);
}

QDate ObjectReader::requiredDate(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (!present(key, v))
        return QDate();
    const auto date = toDate(v);
    if (!date) {
        fail(QString(key), u"expected a date YYYY-MM-DD, got %1"_s.arg(describe(v)));
        return QDate();
    }
    return *date;
}

QJsonArray ObjectReader::requiredArray(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (!present(key, v))
        return QJsonArray();
    if (!v.isArray()) {
        fail(QString(key), u"expected an array, got %1"_s.arg(describe(v)));
        return QJsonArray();
    }
    return v.toArray();
}

int ObjectReader::optionalInt(QLatin1StringView key, int fallback)
{
    return maybeInt(key).value_or(fallback);
}

std::optional<int> ObjectReader::maybeInt(QLatin1StringView key, int min, int max)
{
    const auto n = toInteger(m_object.value(key));
    if (!n || *n < min || *n > max)
        return std::nullopt;
    return static_cast<int>(*n);
}

QString ObjectReader::string(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    return v.isString() ? v.toString() : QString();
}

bool ObjectReader::boolean(QLatin1StringView key, bool fallback)
{
    return toBool(m_object.value(key)).value_or(fallback);
}

std::optional<bool> ObjectReader::maybeBool(QLatin1StringView key)
{
    return toBool(m_object.value(key));
}

std::optional<double> ObjectReader::maybeNumber(QLatin1StringView key)
{
    return toNumber(m_object.value(key));
}

QDate ObjectReader::optionalDate(QLatin1StringView key)
{
    return toDate(m_object.value(key)).value_or(QDate());
}

QDateTime ObjectReader::timestamp(QLatin1StringView key)
{
    return toTimestamp(m_object.value(key)).value_or(QDateTime());
}

QJsonObject ObjectReader::optionalObject(QLatin1StringView key)
{
    return m_object.value(key).toObject();
}

QDate ObjectReader::strictOptionalDate(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (isAbsent(v))
        return {};
    const auto date = toDate(v);
    if (!date) {
        fail(QString(key), u"expected a date YYYY-MM-DD, got %1"_s.arg(describe(v)));
        return QDate();
    }
    return *date;
}

QJsonArray ObjectReader::dataArray(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (isAbsent(v))
        return {};
    if (!v.isArray()) {
        fail(QString(key), u"expected an array, got %1"_s.arg(describe(v)));
        return QJsonArray();
    }
    return v.toArray();
}

QList<int> ObjectReader::intList(QLatin1StringView key)
{
    const QJsonArray array = dataArray(key);
    QList<int> ids;
    ids.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        const auto n = toInteger(v);
        if (!n || *n < std::numeric_limits<int>::min() || *n > std::numeric_limits<int>::max()) {
            fail(indexPath(QString(key), i), u"expected an integer id, got %1"_s.arg(describe(v)));
            return {};
        }
        ids.append(static_cast<int>(*n));
    }
    return ids;
}

} // namespace actidesk::json
