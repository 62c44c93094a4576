// Store: set-based reads of the manager review (many users' days of one period).
#include "storeprivate.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace actidesk {

QString Store::teamAsOfKey(const QDate &from, const QDate &to)
{
    return u"team.asOf/"_s + from.toString(Qt::ISODate) + u'/' + to.toString(Qt::ISODate);
}

namespace {
// The users as one JSON array parameter: one statement for any number of them.
QString userList(const QList<int> &userIds)
{
    QJsonArray ids;
    for (const int id : userIds)
        ids.append(id);
    return QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
}
} // namespace

QSet<int> Store::teamUsersWithSchedule(const QList<int> &userIds, const QDate &from,
                                       const QDate &to)
{
    return read<QSet<int>>([&] {
        QSet<int> users;
        if (userIds.isEmpty() || !from.isValid() || to < from)
            return users;
        sql::Query query(db(), uR"(SELECT user_id FROM schedule_days
            WHERE user_id IN (SELECT value FROM json_each(?)) AND date BETWEEN ? AND ?
            GROUP BY user_id HAVING COUNT(*) = ?)"_s);
        query.bind(userList(userIds)).bind(sql::dateValue(from)).bind(sql::dateValue(to));
        query.bind(from.daysTo(to) + 1).exec();
        while (query.next())
            users.insert(query.value(0).toInt());
        return users;
    });
}

QList<Store::TeamTaskMinutes> Store::teamTaskMinutes(const QList<int> &userIds, const QDate &from,
                                                     const QDate &to)
{
    return read<QList<TeamTaskMinutes>>([&] {
        QList<TeamTaskMinutes> rows;
        if (userIds.isEmpty() || !from.isValid() || to < from)
            return rows;
        sql::Query query(db(), uR"(SELECT c.user_id, c.task_id, t.project_id, t.project_name,
            t.customer_id, t.customer_name, SUM(c.minutes) FROM timetrack_cells c
            LEFT JOIN tasks t ON t.id = c.task_id
            WHERE c.user_id IN (SELECT value FROM json_each(?)) AND c.date BETWEEN ? AND ?
            GROUP BY c.user_id, c.task_id HAVING SUM(c.minutes) > 0
            ORDER BY c.user_id, c.task_id)"_s);
        query.bind(userList(userIds)).bind(sql::dateValue(from)).bind(sql::dateValue(to)).exec();
        while (query.next())
            rows.append({query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt(),
                         query.value(3).toString(), query.value(4).toInt(),
                         query.value(5).toString(), query.value(6).toInt()});
        return rows;
    });
}

Store::TeamPeriod Store::teamPeriod(const QList<int> &userIds, const QDate &from, const QDate &to)
{
    return read<TeamPeriod>([&] {
        if (!from.isValid() || !to.isValid() || from > to)
            sql::fail(StoreResult::Code::Invalid, tr("Invalid date range."),
                      u"range %1..%2"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        TeamPeriod period;
        if (userIds.isEmpty())
            return period;
        // One row per user, its days packed as "day:value[:value]" tokens (the day counted from
        // `from`): a thousand rows instead of tens of thousands, which QtSql hands over slowly.
        const QString users = userList(userIds);
        const auto run = [&](const QString &inner,
                             const std::function<void(int, const QList<int> &)> &take) {
            sql::Query query(db(),
                             u"SELECT user_id, group_concat(token, ',') FROM ("_s + inner
                                 + u") GROUP BY user_id"_s);
            query.bind(sql::dateValue(from)).bind(users).bind(sql::dateValue(from));
            query.bind(sql::dateValue(to)).exec();
            // Parsed in place: a month of a thousand users is some 100,000 tokens, and a split
            // into views would allocate two lists for each.
            QList<int> values;
            values.reserve(4);
            while (query.next()) {
                const int userId = query.value(0).toInt();
                const QString packed = query.value(1).toString();
                values.clear();
                int value = 0;
                bool negative = false;
                for (qsizetype i = 0, n = packed.size(); i <= n; ++i) {
                    const char16_t c = i < n ? packed.at(i).unicode() : u',';
                    if (c == u',' || c == u':') {
                        values.append(negative ? -value : value);
                        value = 0;
                        negative = false;
                        if (c == u',') {
                            take(userId, values);
                            values.clear();
                        }
                    } else if (c == u'-') {
                        negative = true;
                    } else if (c >= u'0' && c <= u'9') {
                        value = value * 10 + int(c - u'0');
                    }
                }
            }
        };
        const QString day = u"CAST(julianday(date) - julianday(?) AS INTEGER)"_s;
        const QString where =
            u" WHERE user_id IN (SELECT value FROM json_each(?)) AND date BETWEEN ? AND ?"_s;
        run(u"SELECT user_id, "_s + day + u" || ':' || SUM(minutes) AS token FROM timetrack_cells"_s
                + where + u" GROUP BY user_id, date"_s,
            [&](int userId, const QList<int> &v) {
                if (v.size() == 2)
                    period.tracked.append({userId, from.addDays(v.at(0)), v.at(1)});
            });
        run(u"SELECT user_id, "_s + day
                + u" || ':' || leave_type_id || ':' || minutes AS token FROM leave_cells"_s + where
                + u" AND minutes > 0"_s,
            [&](int userId, const QList<int> &v) {
                if (v.size() == 3)
                    period.leave.append({userId, from.addDays(v.at(0)), v.at(1), v.at(2)});
            });
        run(u"SELECT user_id, "_s + day + u" || ':' || minutes AS token FROM schedule_days"_s
                + where,
            [&](int userId, const QList<int> &v) {
                if (v.size() == 2)
                    period.scheduled.append({userId, from.addDays(v.at(0)), v.at(1)});
            });
        run(u"SELECT user_id, "_s + day
                + u" || ':' || COALESCE(approved, -1) || ':' || (timetrack_fetched_at IS NOT NULL) "
                  u"AS token FROM days"_s
                + where,
            [&](int userId, const QList<int> &v) {
                if (v.size() != 3)
                    return;
                TeamDayState state{userId, from.addDays(v.at(0)), std::nullopt, v.at(2) != 0};
                if (v.at(1) >= 0)
                    state.approved = v.at(1) != 0;
                period.days.append(state);
            });
        return period;
    });
}

} // namespace actidesk
