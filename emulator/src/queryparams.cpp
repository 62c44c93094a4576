#include "queryparams.h"

#include "httpmessage.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace emu {

namespace {
QString formDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

[[noreturn]] void badParam(const QString &name, const QString &value)
{
    throwBadRequest(u"api.error.cannot_parse_arguments"_s,
                    u"Cannot parse value '%1' of parameter '%2'"_s.arg(value, name), name);
}
} // namespace

QueryParams::QueryParams(const QByteArray &rawQuery)
{
    for (const QByteArray &part : rawQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QString key = formDecode(eq < 0 ? part : part.left(eq));
        const QString value = eq < 0 ? QString() : formDecode(part.mid(eq + 1));
        m_items.append({key, value});
    }
}

bool QueryParams::has(const QString &name) const
{
    for (const auto &item : m_items) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString QueryParams::value(const QString &name) const
{
    for (const auto &item : m_items) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

int QueryParams::integer(const QString &name, int defaultValue, int min, int max) const
{
    if (!has(name))
        return defaultValue;
    bool ok = false;
    const QString text = value(name);
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        badParam(name, text);
    return v;
}

std::optional<bool> QueryParams::boolean(const QString &name) const
{
    if (!has(name))
        return std::nullopt;
    const QString text = value(name).toLower();
    if (text == u"true"_s)
        return true;
    if (text == u"false"_s)
        return false;
    badParam(name, value(name));
}

QDate QueryParams::parseDate(const QString &text, const QDate &today, const QString &field)
{
    if (text == u"today"_s)
        return today;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10 || d < QDate(1970, 1, 1) || d > QDate(3000, 12, 31))
        badParam(field, text);
    return d;
}

std::optional<QDate> QueryParams::date(const QString &name, const QDate &today) const
{
    if (!has(name))
        return std::nullopt;
    return parseDate(value(name), today, name);
}

QList<int> QueryParams::ids(const QString &name) const
{
    QList<int> out;
    if (!has(name))
        return out;
    for (const QString &token : value(name).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int id = token.trimmed().toInt(&ok);
        if (!ok)
            badParam(name, value(name));
        out.append(id);
    }
    return out;
}

QStringList QueryParams::list(const QString &name) const
{
    QStringList out;
    for (const QString &token : value(name).split(u',', Qt::SkipEmptyParts))
        out.append(token);
    return out;
}

QSet<QString> QueryParams::includeReferenced(const QStringList &allowed) const
{
    QSet<QString> out;
    for (const QString &token : list(u"includeReferenced"_s)) {
        if (!allowed.contains(token))
            badParam(u"includeReferenced"_s, token);
        out.insert(token);
    }
    return out;
}

} // namespace emu
