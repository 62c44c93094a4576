// Store: time-track and leave cells as the server has them, days and schedules.
#include "storeprivate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

void checkRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        sql::fail(StoreResult::Code::Invalid, Store::tr("Invalid date range."),
                  u"range %1..%2"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
}

void checkRecord(int userId, const QDate &date, int recordUser, const QDate &from, const QDate &to)
{
    if (recordUser != userId || date < from || date > to)
        sql::fail(StoreResult::Code::Invalid, Store::tr("Invalid time-track data."),
                  u"record of user %1 on %2 is outside user %3, %4..%5"_s.arg(recordUser)
                      .arg(date.toString(Qt::ISODate))
                      .arg(userId)
                      .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
}

CellState cellState(const QVariant &outboxId, const QVariant &state)
{
    if (outboxId.isNull())
        return CellState::Synced;
    switch (state.toInt()) {
    case 1:
        return CellState::Conflict;
    case 2:
        return CellState::Rejected;
    default:
        return CellState::Pending;
    }
}

} // namespace

void Store::markDaysFetched(int userId, const QDate &from, const QDate &to, const char *column,
                            const QDateTime &fetchedAt)
{
    const QString name = QString::fromLatin1(column);
    sql::Query upsert(db(),
                      u"INSERT INTO days (user_id, date, "_s + name
                          + u") VALUES (?, ?, ?) ON CONFLICT (user_id, date) DO UPDATE SET "_s
                          + name + u" = excluded."_s + name);
    for (QDate date = from; date <= to; date = date.addDays(1))
        upsert.bind(userId).bind(sql::dateValue(date)).bind(sql::timeValue(fetchedAt)).exec();
}

void Store::writeServerTimetrack(const QList<int> &userIds, const QDate &from, const QDate &to,
                                 const QList<TimetrackDay> &days, bool approvals,
                                 const QDateTime &fetchedAt)
{
    checkRange(from, to);
    const QSet<int> users(userIds.cbegin(), userIds.cend());
    for (const TimetrackDay &day : days) {
        if (!users.contains(day.userId))
            sql::fail(StoreResult::Code::Invalid, Store::tr("Invalid time-track data."),
                      u"day of user %1 is not of the users written"_s.arg(day.userId));
        checkRecord(day.userId, day.date, day.userId, from, to);
        for (const TimetrackRecord &record : day.records)
            checkRecord(day.userId, record.date, record.userId, from, to);
    }
    const QSqlDatabase database = db();
    const QVariant fetched = sql::timeValue(fetchedAt);
    const QVariant ids = sql::idList(QList<int>(users.cbegin(), users.cend()));
    const QVariant first = sql::dateValue(from);
    const QVariant last = sql::dateValue(to);
    // Set-based: each statement is prepared once, whether for one user or a thousand.
    // Every cell in the range goes, except those with an outbox entry: they keep the user's value
    // and learn that the server has nothing there unless a record below says otherwise.
    sql::Query(database, uR"(DELETE FROM timetrack_cells
        WHERE user_id IN (SELECT value FROM json_each(?)) AND date BETWEEN ? AND ?
        AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'timetrack'
            AND o.user_id = timetrack_cells.user_id AND o.date = timetrack_cells.date
            AND o.target_id = timetrack_cells.task_id))"_s)
        .bind(ids)
        .bind(first)
        .bind(last)
        .exec();
    sql::Query(database, uR"(UPDATE timetrack_cells SET server_minutes = 0, server_comment = '',
        fetched_at = ? WHERE user_id IN (SELECT value FROM json_each(?)) AND date BETWEEN ? AND ?)"_s)
        .bind(fetched)
        .bind(ids)
        .bind(first)
        .bind(last)
        .exec();
    // Only cells with an entry are left in the range, so a key conflict means "keep the user's
    // value, record the server's".
    sql::Query upsert(database, uR"(INSERT INTO timetrack_cells (user_id, date, task_id, minutes,
        comment, server_minutes, server_comment, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (user_id, date, task_id) DO UPDATE SET server_minutes = excluded.server_minutes,
        server_comment = excluded.server_comment, fetched_at = excluded.fetched_at)"_s);
    for (const TimetrackDay &day : days) {
        for (const TimetrackRecord &r : day.records) {
            upsert.bind(r.userId).bind(sql::dateValue(r.date)).bind(r.taskId).bind(r.minutes);
            upsert.bind(r.comment).bind(r.minutes).bind(r.comment).bind(fetched).exec();
        }
    }
    // Every user's every day of the range was fetched now.
    QJsonArray dates;
    for (QDate date = from; date <= to; date = date.addDays(1))
        dates.append(date.toString(Qt::ISODate));
    sql::Query(database, uR"(INSERT INTO days (user_id, date, timetrack_fetched_at)
        SELECT u.value, d.value, ? FROM json_each(?) u, json_each(?) d WHERE true
        ON CONFLICT (user_id, date) DO UPDATE SET
        timetrack_fetched_at = excluded.timetrack_fetched_at)"_s)
        .bind(fetched)
        .bind(ids)
        .bind(QString::fromUtf8(QJsonDocument(dates).toJson(QJsonDocument::Compact)))
        .exec();
    if (!approvals)
        return;
    sql::Query approve(database, u"UPDATE days SET approved = ? WHERE user_id = ? AND date = ?"_s);
    sql::Query unapproved(database, uR"(DELETE FROM locked_days WHERE user_id = ? AND date = ?
        AND approval = 1)"_s);
    for (const TimetrackDay &day : days) {
        if (!day.approved)
            continue;
        approve.bind(*day.approved).bind(day.userId).bind(sql::dateValue(day.date)).exec();
        if (!*day.approved) // the server says the approval is gone
            unapproved.bind(day.userId).bind(sql::dateValue(day.date)).exec();
    }
    // A lock learned long enough ago is checked again by the next write (see store.h).
    sql::Query(database,
               uR"(DELETE FROM locked_days WHERE user_id IN (SELECT value FROM json_each(?))
        AND date BETWEEN ? AND ? AND learned_at <= ?)"_s)
        .bind(ids)
        .bind(first)
        .bind(last)
        .bind(fetchedAt.isValid() ? fetchedAt.toMSecsSinceEpoch() - LockedDayTrustMs : 0)
        .exec();
}

StoreResult Store::putServerTimetrack(int userId, const QDate &from, const QDate &to,
                                      const QList<TimetrackRecord> &records,
                                      const QDateTime &fetchedAt)
{
    const StoreResult result = write([&] {
        // Records of one day after another, as pages hold them; order does not matter.
        checkRange(from, to);
        QList<TimetrackDay> days;
        for (const TimetrackRecord &record : records) {
            checkRecord(userId, record.date, record.userId, from, to);
            if (days.isEmpty() || days.last().date != record.date)
                days.append({userId, record.date, std::nullopt, {}});
            days.last().records.append(record);
        }
        writeServerTimetrack({userId}, from, to, days, false, fetchedAt);
    });
    return announce(result, StoreChange::ofDays(userId, from, to));
}

StoreResult Store::putServerTimetrackDays(int userId, const QDate &from, const QDate &to,
                                          const QList<TimetrackDay> &days,
                                          const QDateTime &fetchedAt)
{
    const StoreResult result =
        write([&] { writeServerTimetrack({userId}, from, to, days, true, fetchedAt); });
    return announce(result, StoreChange::ofDays(userId, from, to));
}

StoreResult Store::putServerTimetrackOfUsers(const QList<int> &userIds, const QDate &from,
                                             const QDate &to, const QList<TimetrackDay> &days,
                                             const QDateTime &fetchedAt)
{
    if (userIds.isEmpty() && days.isEmpty())
        return {};
    const StoreResult result =
        write([&] { writeServerTimetrack(userIds, from, to, days, true, fetchedAt); });
    StoreChange change;
    QSet<int> seen;
    for (const int userId : userIds) {
        if (!seen.contains(userId)) {
            seen.insert(userId);
            change.days.append({userId, from, to});
        }
    }
    return announce(result, change);
}

StoreResult Store::putServerLeave(int userId, const QDate &from, const QDate &to,
                                  const QList<LeaveRecord> &records, const QDateTime &fetchedAt)
{
    const StoreResult result = write([&] {
        checkRange(from, to);
        for (const LeaveRecord &record : records)
            checkRecord(userId, record.date, record.userId, from, to);
        const QSqlDatabase database = db();
        const QVariant fetched = sql::timeValue(fetchedAt);
        // The same three steps as writeServerTimetrack().
        sql::Query(database, uR"(DELETE FROM leave_cells WHERE user_id = ? AND date BETWEEN ? AND ?
            AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'leave'
                AND o.user_id = leave_cells.user_id AND o.date = leave_cells.date
                AND o.target_id = leave_cells.leave_type_id))"_s)
            .bind(userId)
            .bind(sql::dateValue(from))
            .bind(sql::dateValue(to))
            .exec();
        sql::Query(database, uR"(UPDATE leave_cells SET server_minutes = 0, fetched_at = ?
            WHERE user_id = ? AND date BETWEEN ? AND ?)"_s)
            .bind(fetched)
            .bind(userId)
            .bind(sql::dateValue(from))
            .bind(sql::dateValue(to))
            .exec();
        sql::Query upsert(database, uR"(INSERT INTO leave_cells (user_id, date, leave_type_id,
            minutes, server_minutes, fetched_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (user_id, date, leave_type_id) DO UPDATE SET
            server_minutes = excluded.server_minutes, fetched_at = excluded.fetched_at)"_s);
        for (const LeaveRecord &r : records) {
            upsert.bind(userId).bind(sql::dateValue(r.date)).bind(r.leaveTypeId).bind(r.minutes);
            upsert.bind(r.minutes).bind(fetched).exec();
        }
        markDaysFetched(userId, from, to, "leave_fetched_at", fetchedAt);
    });
    return announce(result, StoreChange::ofDays(userId, from, to));
}

QList<TimetrackCell> Store::timetrack(int userId, const QDate &from, const QDate &to)
{
    return timetrackOfUsers({userId}, from, to);
}

QList<TimetrackCell> Store::timetrackOfUsers(const QList<int> &userIds, const QDate &from,
                                             const QDate &to)
{
    return read<QList<TimetrackCell>>([&] {
        sql::Query query(db(), uR"(SELECT c.user_id, c.date, c.task_id, c.minutes, c.comment,
            c.server_minutes, c.server_comment, c.fetched_at, o.id, o.state, o.message
            FROM timetrack_cells c LEFT JOIN outbox o ON o.kind = 'timetrack'
                AND o.user_id = c.user_id AND o.date = c.date AND o.target_id = c.task_id
            WHERE c.user_id IN (SELECT value FROM json_each(?)) AND c.date BETWEEN ? AND ?
            ORDER BY c.user_id, c.date, c.task_id)"_s);
        query.bind(sql::idList(userIds)).bind(sql::dateValue(from)).bind(sql::dateValue(to));
        query.exec();
        QList<TimetrackCell> cells;
        while (query.next()) {
            cells.append({query.value(0).toInt(), sql::toDate(query.value(1)),
                          query.value(2).toInt(), query.value(3).toInt(), query.value(4).toString(),
                          query.value(5).toInt(), query.value(6).toString(),
                          sql::toTime(query.value(7)), cellState(query.value(8), query.value(9)),
                          query.value(10).toString(), query.value(8).toLongLong()});
        }
        return cells;
    });
}

QList<LeaveCell> Store::leave(int userId, const QDate &from, const QDate &to)
{
    return read<QList<LeaveCell>>([&] {
        sql::Query query(db(), uR"(SELECT c.date, c.leave_type_id, c.minutes, c.server_minutes,
            c.fetched_at, o.id, o.state, o.message
            FROM leave_cells c LEFT JOIN outbox o ON o.kind = 'leave'
                AND o.user_id = c.user_id AND o.date = c.date AND o.target_id = c.leave_type_id
            WHERE c.user_id = ? AND c.date BETWEEN ? AND ? ORDER BY c.date, c.leave_type_id)"_s);
        query.bind(userId).bind(sql::dateValue(from)).bind(sql::dateValue(to)).exec();
        QList<LeaveCell> cells;
        while (query.next()) {
            cells.append({userId, sql::toDate(query.value(0)), query.value(1).toInt(),
                          query.value(2).toInt(), query.value(3).toInt(),
                          sql::toTime(query.value(4)), cellState(query.value(5), query.value(6)),
                          query.value(7).toString(), query.value(5).toLongLong()});
        }
        return cells;
    });
}

QList<DayInfo> Store::days(int userId, const QDate &from, const QDate &to)
{
    return daysOfUsers({userId}, from, to);
}

QList<DayInfo> Store::daysOfUsers(const QList<int> &userIds, const QDate &from, const QDate &to)
{
    return read<QList<DayInfo>>([&] {
        // A day learned locked may never have been fetched (an offline edit of a week not seen).
        sql::Query query(db(), uR"(SELECT d.user_id, d.date, d.approved, d.timetrack_fetched_at,
            d.leave_fetched_at, l.reason FROM days d LEFT JOIN locked_days l
                ON l.user_id = d.user_id AND l.date = d.date
            WHERE d.user_id IN (SELECT value FROM json_each(?)) AND d.date BETWEEN ? AND ?
            UNION ALL SELECT l.user_id, l.date, NULL, NULL, NULL, l.reason FROM locked_days l
            WHERE l.user_id IN (SELECT value FROM json_each(?)) AND l.date BETWEEN ? AND ?
            AND NOT EXISTS (SELECT 1 FROM days d WHERE d.user_id = l.user_id AND d.date = l.date)
            ORDER BY 1, 2)"_s);
        const QString ids = sql::idList(userIds);
        for (int part = 0; part < 2; ++part)
            query.bind(ids).bind(sql::dateValue(from)).bind(sql::dateValue(to));
        query.exec();
        QList<DayInfo> days;
        while (query.next()) {
            DayInfo day{query.value(0).toInt(),
                        sql::toDate(query.value(1)),
                        std::nullopt,
                        sql::toTime(query.value(3)),
                        sql::toTime(query.value(4)),
                        query.value(5).toString()};
            if (!query.value(2).isNull())
                day.approved = query.value(2).toBool();
            days.append(day);
        }
        return days;
    });
}

StoreResult Store::markDayLocked(int userId, const QDate &date, const QString &reason,
                                 bool approval)
{
    return write([&] {
        if (!date.isValid())
            sql::fail(StoreResult::Code::Invalid, tr("Invalid date range."), u"no date"_s);
        sql::Query(db(), uR"(INSERT OR REPLACE INTO locked_days (user_id, date, approval, reason,
            learned_at) VALUES (?, ?, ?, ?, ?))"_s)
            .bind(userId)
            .bind(sql::dateValue(date))
            .bind(approval ? 1 : 0)
            .bind(reason)
            .bind(sql::timeValue(now()))
            .exec();
    });
}

StoreResult Store::forgetLockedDay(int userId, const QDate &date)
{
    return write([&] {
        sql::Query(db(), u"DELETE FROM locked_days WHERE user_id = ? AND date = ?"_s)
            .bind(userId)
            .bind(sql::dateValue(date))
            .exec();
    });
}

StoreResult Store::putSchedule(int userId, const Schedule &schedule)
{
    const StoreResult result = write([&] {
        if (!schedule.from.isValid())
            sql::fail(StoreResult::Code::Invalid, tr("Invalid schedule."), u"no start date"_s);
        sql::Query upsert(db(),
                          u"INSERT OR REPLACE INTO schedule_days (user_id, date, minutes, "
                          u"fetched_at) VALUES (?, ?, ?, ?)"_s);
        const QVariant fetched = sql::timeValue(now());
        for (qsizetype i = 0; i < schedule.minutes.size(); ++i) {
            upsert.bind(userId).bind(sql::dateValue(schedule.from.addDays(i)));
            upsert.bind(schedule.minutes.at(i)).bind(fetched).exec();
        }
    });
    return announce(result, StoreChange::ofDays(userId, schedule.from, schedule.to()));
}

std::optional<Schedule> Store::schedule(int userId, const QDate &from, const QDate &to)
{
    return read<std::optional<Schedule>>([&]() -> std::optional<Schedule> {
        checkRange(from, to);
        sql::Query query(db(),
                         u"SELECT minutes FROM schedule_days WHERE user_id = ? AND date "
                         u"BETWEEN ? AND ? ORDER BY date"_s);
        query.bind(userId).bind(sql::dateValue(from)).bind(sql::dateValue(to)).exec();
        Schedule schedule{from, {}};
        while (query.next())
            schedule.minutes.append(query.value(0).toInt());
        if (schedule.minutes.size() != from.daysTo(to) + 1)
            return std::nullopt; // some day is not cached
        return schedule;
    });
}

} // namespace actidesk
