#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace emu {

// The query string as a Java servlet sees it: '+' decodes to a space, so an unencoded "+name"
// sort token arrives as " name" and is refused, as on the real server. Every accessor validates
// and throws an ApiException (400) for a value it cannot parse.
class QueryParams
{
public:
    QueryParams() = default;
    explicit QueryParams(const QByteArray &rawQuery);

    bool has(const QString &name) const;
    QString value(const QString &name) const; // empty if absent

    int integer(const QString &name, int defaultValue, int min, int max) const;
    std::optional<bool> boolean(const QString &name) const;
    std::optional<QDate> date(const QString &name, const QDate &today) const;
    QList<int> ids(const QString &name) const; // csv of integers; empty if absent
    QStringList list(const QString &name) const; // csv of tokens
    // Validated against allowed tokens; throws on anything else.
    QSet<QString> includeReferenced(const QStringList &allowed) const;

    static QDate parseDate(const QString &text, const QDate &today, const QString &field);

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace emu
