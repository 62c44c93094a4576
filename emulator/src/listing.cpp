#include "listing.h"

using namespace Qt::StringLiterals;

namespace emu::listing {

bool nameMatches(const QString &name, const QString &exact)
{
    return exact.isEmpty() || name.compare(exact, Qt::CaseInsensitive) == 0;
}

bool wordsMatch(const QString &name, const QString &words)
{
    for (const QString &word : words.split(u' ', Qt::SkipEmptyParts)) {
        if (!name.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool textFiltersMatch(const RequestContext &ctx, const QString &name)
{
    return nameMatches(name, ctx.query.value(u"name"_s))
        && wordsMatch(name, ctx.query.value(u"words"_s));
}

Page page(const RequestContext &ctx)
{
    const int max = ctx.data.settings.maxQueryLimit;
    return {ctx.query.integer(u"offset"_s, 0, 0, std::numeric_limits<int>::max()),
            ctx.query.integer(u"limit"_s, std::min(1000, max), 0, max)};
}

int compareText(const QString &a, const QString &b)
{
    const int c = a.compare(b, Qt::CaseInsensitive);
    return c != 0 ? c : a.compare(b);
}

QString validName(const QJsonObject &body, bool required)
{
    const QJsonValue value = body.value(u"name"_s);
    if (value.isUndefined() && !required)
        return {};
    if (value.isUndefined() || value.isNull())
        throwBadRequest(u"api.error.mandatory_field"_s, u"Mandatory field is not specified"_s,
                        u"name"_s);
    if (!value.isString())
        throwBadRequest(u"api.error.cannot_parse_body"_s, u"Field 'name' must be a string"_s,
                        u"name"_s);
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name.size() > 255)
        throwBadRequest(u"api.error.string_length"_s, u"String length must be between 1 and 255"_s,
                        u"name"_s);
    return name;
}

} // namespace emu::listing
