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
        const QString users = userList(userIds);
        const QString inUsers = u"user_id IN (SELECT value FROM json_each(?))"_s;
        const auto run = [&](const QString &text) {
            sql::Query query(db(), text);
            query.bind(users).bind(sql::dateValue(from)).bind(sql::dateValue(to)).exec();
            return query;
        };

        sql::Query tracked =
            run(u"SELECT user_id, date, SUM(minutes) FROM timetrack_cells WHERE "_s + inUsers
                + u" AND date BETWEEN ? AND ? GROUP BY user_id, date "
                  u"ORDER BY user_id, date"_s);
        while (tracked.next())
            period.tracked.append({tracked.value(0).toInt(), sql::toDate(tracked.value(1)),
                                   tracked.value(2).toInt()});

        sql::Query leave = run(u"SELECT user_id, date, leave_type_id, minutes FROM leave_cells "
                               u"WHERE "_s
                               + inUsers
                               + u" AND date BETWEEN ? AND ? AND minutes > 0 "
                                 u"ORDER BY user_id, date, leave_type_id"_s);
        while (leave.next())
            period.leave.append({leave.value(0).toInt(), sql::toDate(leave.value(1)),
                                 leave.value(2).toInt(), leave.value(3).toInt()});

        sql::Query schedule =
            run(u"SELECT user_id, date, minutes FROM schedule_days WHERE "_s + inUsers
                + u" AND date BETWEEN ? AND ? ORDER BY user_id, date"_s);
        while (schedule.next())
            period.scheduled.append({schedule.value(0).toInt(), sql::toDate(schedule.value(1)),
                                     schedule.value(2).toInt()});

        sql::Query days = run(u"SELECT user_id, date, approved, timetrack_fetched_at, "
                              u"leave_fetched_at FROM days WHERE "_s
                              + inUsers + u" AND date BETWEEN ? AND ? ORDER BY user_id, date"_s);
        while (days.next()) {
            DayInfo day{days.value(0).toInt(),      sql::toDate(days.value(1)), std::nullopt,
                        sql::toTime(days.value(3)), sql::toTime(days.value(4)), {}};
            if (!days.value(2).isNull())
                day.approved = days.value(2).toBool();
            period.days.append(day);
        }
        return period;
    });
}

} // namespace actidesk
