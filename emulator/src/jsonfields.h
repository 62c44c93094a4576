#pragma once

#include "dataset.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <limits>
#include <optional>

namespace emu::datasetjson {

// Typed, validating access to one JSON object of the emulator's state file. The first problem found
// anywhere is kept in *error (with the field's path); later reads then return defaults and callers
// stop at ok().
class Fields
{
public:
    Fields(const QJsonValue &value, const QString &path, QString *error)
        : m_object(value.toObject()), m_path(path), m_error(error)
    {
        if (!value.isObject())
            fail({}, QStringLiteral("expected an object"));
    }

    bool ok() const { return m_error->isEmpty(); }
    const QString &path() const { return m_path; }

    void fail(QStringView key, const QString &what)
    {
        if (!m_error->isEmpty())
            return;
        QString where = m_path;
        if (!key.isEmpty())
            where += u'.' + key.toString();
        *m_error = where + QStringLiteral(": ") + what;
    }

    QJsonValue value(QStringView key)
    {
        const auto it = m_object.constFind(key);
        if (it == m_object.constEnd()) {
            fail(key, QStringLiteral("missing"));
            return {};
        }
        return *it;
    }

    qint64 int64(QStringView key, qint64 min = std::numeric_limits<qint64>::min(),
                 qint64 max = std::numeric_limits<qint64>::max())
    {
        const QJsonValue v = value(key);
        const qint64 i = v.toInteger();
        if (!v.isDouble() || double(i) != v.toDouble() || i < min || i > max) {
            if (!v.isUndefined())
                fail(key, QStringLiteral("expected an integer"));
            return 0;
        }
        return i;
    }
    int integer(QStringView key)
    {
        return int(int64(key, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    }
    double number(QStringView key)
    {
        const QJsonValue v = value(key);
        if (!v.isDouble() && !v.isUndefined())
            fail(key, QStringLiteral("expected a number"));
        return v.toDouble();
    }
    std::optional<double> nullableNumber(QStringView key)
    {
        if (value(key).isNull())
            return std::nullopt;
        return number(key);
    }
    std::optional<int> nullableInteger(QStringView key)
    {
        if (value(key).isNull())
            return std::nullopt;
        return integer(key);
    }
    bool boolean(QStringView key)
    {
        const QJsonValue v = value(key);
        if (!v.isBool() && !v.isUndefined())
            fail(key, QStringLiteral("expected true or false"));
        return v.toBool();
    }
    QString string(QStringView key)
    {
        const QJsonValue v = value(key);
        if (!v.isString() && !v.isUndefined())
            fail(key, QStringLiteral("expected a string"));
        QString s = v.toString();
        return s.isNull() ? QStringLiteral("") : s; // "" stays distinct from null
    }
    QString nullableString(QStringView key)
    {
        return value(key).isNull() ? QString() : string(key);
    }
    QString oneOf(QStringView key, const QStringList &allowed)
    {
        const QString s = string(key);
        if (ok() && !allowed.contains(s))
            fail(key, QStringLiteral("expected one of %1").arg(allowed.join(QStringLiteral(", "))));
        return s;
    }
    QDate date(QStringView key)
    {
        const QJsonValue v = value(key);
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid() && !v.isUndefined())
            fail(key, QStringLiteral("expected a date as YYYY-MM-DD"));
        return d;
    }
    QDate nullableDate(QStringView key) { return value(key).isNull() ? QDate() : date(key); }
    QJsonArray array(QStringView key)
    {
        const QJsonValue v = value(key);
        if (!v.isArray() && !v.isUndefined())
            fail(key, QStringLiteral("expected an array"));
        return v.toArray();
    }
    // Each element of an array field as a Fields of its own, path "key[i]".
    template<typename Fn>
    void each(QStringView key, Fn fn)
    {
        const QJsonArray items = array(key);
        for (qsizetype i = 0; i < items.size() && ok(); ++i) {
            Fields item(items.at(i), QStringLiteral("%1.%2[%3]").arg(m_path, key).arg(i), m_error);
            if (item.ok())
                fn(item);
        }
    }
    DayKey day()
    {
        const QDate d = date(u"date");
        return {d.toJulianDay(), integer(u"userId")};
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

} // namespace emu::datasetjson
