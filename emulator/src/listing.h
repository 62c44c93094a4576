#pragma once

#include "router.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>
#include <map>
#include <vector>

namespace emu {

// Shared behaviour of the catalogue lists: filters by name / words / ids, sort tokens
// (+field, -field, bare field = ascending; several comma-separated), offset/limit paging and the
// {"offset","limit","items"} envelope.
namespace listing {

bool nameMatches(const QString &name, const QString &exact); // case-insensitive, empty = any
bool wordsMatch(const QString &name, const QString &words); // every word contained
bool textFiltersMatch(const RequestContext &ctx, const QString &name);

struct Page
{
    int offset = 0;
    int limit = 1000;
};
Page page(const RequestContext &ctx);

template<typename T>
using Comparator = std::function<int(const T &, const T &)>; // <0, 0, >0

template<typename T>
void sort(const RequestContext &ctx, std::vector<const T *> &items,
          const std::map<QString, Comparator<T>> &fields)
{
    struct Key
    {
        const Comparator<T> *cmp;
        bool descending;
    };
    std::vector<Key> keys;
    for (const QString &token : ctx.query.list(QStringLiteral("sort"))) {
        bool descending = false;
        QString field = token;
        if (token.startsWith(u'-') || token.startsWith(u'+')) {
            descending = token.startsWith(u'-');
            field = token.mid(1);
        }
        const auto it = fields.find(field);
        if (it == fields.end())
            throwBadRequest(
                QStringLiteral("api.error.cannot_parse_arguments"),
                QStringLiteral("Cannot parse value '%1' of parameter 'sort'").arg(token),
                QStringLiteral("sort"));
        keys.push_back({&it->second, descending});
    }
    if (keys.empty())
        return; // items arrive ordered by id
    std::stable_sort(items.begin(), items.end(), [&keys](const T *a, const T *b) {
        for (const Key &k : keys) {
            const int c = (*k.cmp)(*a, *b);
            if (c != 0)
                return k.descending ? c > 0 : c < 0;
        }
        return false;
    });
}

template<typename T, typename Serialize>
QJsonObject envelope(const RequestContext &ctx, const std::vector<const T *> &items,
                     Serialize serialize)
{
    const Page p = page(ctx);
    QJsonArray array;
    const qsizetype end =
        std::min<qsizetype>(qsizetype(items.size()), qsizetype(p.offset) + p.limit);
    for (qsizetype i = p.offset; i < end; ++i)
        array.append(serialize(*items[size_t(i)]));
    return {{QStringLiteral("offset"), p.offset},
            {QStringLiteral("limit"), p.limit},
            {QStringLiteral("items"), array}};
}

int compareText(const QString &a, const QString &b);

// A name field of a create / update body: required (or absent when !required), a string of 1..255
// characters after trimming. Returns a null QString when absent and not required.
QString validName(const QJsonObject &body, bool required);

template<typename T>
std::vector<const T *> all(const std::map<int, T> &source)
{
    std::vector<const T *> out;
    out.reserve(source.size());
    for (const auto &[id, item] : source)
        out.push_back(&item);
    return out;
}

template<typename T>
T &findOr404(std::map<int, T> &source, int id, const QString &what)
{
    const auto it = source.find(id);
    if (it == source.end())
        throwNotFound(what);
    return it->second;
}

template<typename T>
void filterByIds(const RequestContext &ctx, std::vector<const T *> &items)
{
    if (!ctx.query.has(QStringLiteral("ids")))
        return;
    const QList<int> ids = ctx.query.ids(QStringLiteral("ids"));
    std::erase_if(items, [&ids](const T *item) { return !ids.contains(item->id); });
}

template<typename T>
void filterByText(const RequestContext &ctx, std::vector<const T *> &items)
{
    std::erase_if(items, [&ctx](const T *item) { return !textFiltersMatch(ctx, item->name); });
}

template<typename T, typename Getter>
void filterByBool(const RequestContext &ctx, const QString &param, std::vector<const T *> &items,
                  Getter getter)
{
    if (const std::optional<bool> wanted = ctx.query.boolean(param))
        std::erase_if(items, [&](const T *item) { return getter(*item) != *wanted; });
}

template<typename T>
Comparator<T> byName()
{
    return [](const T &a, const T &b) { return compareText(a.name, b.name); };
}

template<typename N>
int compareNumber(N a, N b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace listing
} // namespace emu
