#pragma once

#include "router.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace emu {

// What GET /timetrack and GET /leavetime share (shared/actitime-api.md §1.6): the date-range query
// (dateFrom required, dateTo defaulting to the last day with data, stopAfter / nextDateFrom), the
// caller's user selection, the walk over day-keyed data, referenced maps keyed by string ids, and
// the path / body checks of their PATCH endpoints.
namespace daterange {

struct Query
{
    QDate from;
    std::optional<QDate> to; // as requested; absent = up to the last day with data
    int stopAfter = 0; // 0 = no cap
    std::vector<int> userIds; // sorted, unique; every one's time is visible to the caller
};

// Parses dateFrom, dateTo, stopAfter and userIds; 400 on bad values, 403 when userIds names a user
// whose time the caller may not see. Without userIds: every user whose time the caller may see.
Query parseQuery(const RequestContext &ctx);

struct Window
{
    QDate from;
    QDate to;
    std::optional<QDate> nextFrom; // set when stopAfter cut the answer short
};

// The last day on or after `from` that has data of one of `userIds`; `from` if there is none.
template<typename V>
QDate lastDataDate(const std::map<DayKey, V> &days, const std::vector<int> &userIds,
                   const QDate &from)
{
    const qint64 fromJd = from.toJulianDay();
    for (auto it = days.rbegin(); it != days.rend() && it->first.first >= fromJd; ++it) {
        if (!it->second.empty()
            && std::binary_search(userIds.begin(), userIds.end(), it->first.second))
            return QDate::fromJulianDay(it->first.first);
    }
    return from;
}

// Calls visit(key, value, dayOffset) for every day of a selected user in the window, in key order
// (date, then user); visit answers how many records it output. Days are found by lower_bound on the
// day key — a merge of the day's keys with the sorted user selection — so a few users among
// thousands, or thousands of users over a few days, both cost about the data returned.
// stopAfter: once a day is complete and at least that many records were output, the walk stops if
// calendar days of the window remain; the window then ends on that day and nextFrom is the day
// after.
template<typename V, typename Visit>
Window walk(const std::map<DayKey, V> &days, const Query &q, Visit visit)
{
    constexpr int kFirstUser = std::numeric_limits<int>::min();
    Window w{q.from, q.to ? *q.to : lastDataDate(days, q.userIds, q.from), std::nullopt};
    const qint64 fromJd = q.from.toJulianDay();
    const qint64 toJd = w.to.toJulianDay();
    int count = 0;
    qint64 day = fromJd - 1; // the day being walked
    const auto capReached = [&] {
        if (q.stopAfter <= 0 || count < q.stopAfter || day < fromJd || day >= toJd)
            return false;
        w.to = QDate::fromJulianDay(day);
        w.nextFrom = w.to.addDays(1);
        return true;
    };
    auto user = q.userIds.begin();
    auto it = days.lower_bound({fromJd, kFirstUser});
    const auto end = days.upper_bound({toJd, std::numeric_limits<int>::max()});
    while (it != end) {
        const auto [jd, userId] = it->first;
        if (jd != day) {
            if (capReached())
                return w;
            day = jd;
            user = q.userIds.begin();
        }
        user = std::lower_bound(user, q.userIds.end(), userId);
        if (user == q.userIds.end()) {
            it = days.lower_bound({jd + 1, kFirstUser});
            continue;
        }
        if (*user != userId) {
            it = days.lower_bound({jd, *user});
            continue;
        }
        count += visit(it->first, it->second, int(jd - fromJd));
        ++it;
    }
    capReached();
    return w;
}

// {"dateFrom","dateTo","nextDateFrom"?,"data"}
QJsonObject envelope(const Window &window, const QJsonArray &data);

// A referenced map: {"<id>": object} for the ids found in source.
template<typename T, typename Serialize>
QJsonObject idMap(const std::set<int> &ids, const std::map<int, T> &source, Serialize serialize)
{
    QJsonObject out;
    for (const int id : ids) {
        const auto it = source.find(id);
        if (it != source.end())
            out.insert(QString::number(id), serialize(it->second));
    }
    return out;
}

// The "users", "departments" and time-zone-group maps of the users in the answer, as requested by
// includeReferenced; the group map's key differs between the two resources.
void addUserMaps(const RequestContext &ctx, QJsonObject &body, const std::set<int> &userIds,
                 const QSet<QString> &include, const QString &timeZoneGroupKey);

// {userId} of a path: a numeric id or a username; 404 if no such user.
const User &pathUser(const RequestContext &ctx, int index);
// {date} of a path: YYYY-MM-DD or `today`; 400 otherwise.
QDate pathDate(const RequestContext &ctx, int index);
// A mandatory integer body field within [min, max]; 400 when missing, not an integer or out of
// range.
int integerField(const QJsonObject &body, const QString &name, int min, int max);
// 403 unless the caller may modify this user's time.
void requireModifiable(const RequestContext &ctx, const User &user);
// 403 when the user's day is locked or approved (both time-track and leave time).
void requireOpenDay(const RequestContext &ctx, const User &user, const QDate &date);
// 400 when a day's total would exceed 24 hours.
void requireDayTotal(int total, const QString &field);

} // namespace daterange
} // namespace emu
