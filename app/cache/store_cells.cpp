// Store: time-track and leave cells as the server has them, days and schedules.
#include "storeprivate.h"

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

void Store::writeServerTimetrack(int userId, const QDate &from, const QDate &to,
                                 const QList<TimetrackRecord> &records, const QDateTime &fetchedAt)
{
    checkRange(from, to);
    for (const TimetrackRecord &record : records)
        checkRecord(userId, record.date, record.userId, from, to);
    const QSqlDatabase database = db();
    const QVariant fetched = sql::timeValue(fetchedAt);
    // Every cell in the range goes, except those with an outbox entry: they keep the user's value
    // and learn that the server has nothing there unless a record below says otherwise.
    sql::Query(database, uR"(DELETE FROM timetrack_cells WHERE user_id = ? AND date BETWEEN ? AND ?
        AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'timetrack'
            AND o.user_id = timetrack_cells.user_id AND o.date = timetrack_cells.date
            AND o.target_id = timetrack_cells.task_id))"_s)
        .bind(userId)
        .bind(sql::dateValue(from))
        .bind(sql::dateValue(to))
        .exec();
    sql::Query(database, uR"(UPDATE timetrack_cells SET server_minutes = 0, server_comment = '',
        fetched_at = ? WHERE user_id = ? AND date BETWEEN ? AND ?)"_s)
        .bind(fetched)
        .bind(userId)
        .bind(sql::dateValue(from))
        .bind(sql::dateValue(to))
        .exec();
    // Only cells with an entry are left in the range, so a key conflict means "keep the user's
    // value, record the server's".
    sql::Query upsert(database, uR"(INSERT INTO timetrack_cells (user_id, date, task_id, minutes,
        comment, server_minutes, server_comment, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (user_id, date, task_id) DO UPDATE SET server_minutes = excluded.server_minutes,
        server_comment = excluded.server_comment, fetched_at = excluded.fetched_at)"_s);
    for (const TimetrackRecord &r : records) {
        upsert.bind(userId).bind(sql::dateValue(r.date)).bind(r.taskId).bind(r.minutes);
        upsert.bind(r.comment).bind(r.minutes).bind(r.comment).bind(fetched).exec();
    }
    markDaysFetched(userId, from, to, "timetrack_fetched_at", fetchedAt);
}

StoreResult Store::putServerTimetrack(int userId, const QDate &from, const QDate &to,
                                      const QList<TimetrackRecord> &records,
                                      const QDateTime &fetchedAt)
{
    const StoreResult result =
        write([&] { writeServerTimetrack(userId, from, to, records, fetchedAt); });
    return announce(result, StoreChange::ofDays(userId, from, to));
}

StoreResult Store::putServerTimetrackDays(int userId, const QDate &from, const QDate &to,
                                          const QList<TimetrackDay> &days,
                                          const QDateTime &fetchedAt)
{
    const StoreResult result = write([&] {
        QList<TimetrackRecord> records;
        for (const TimetrackDay &day : days) {
            checkRecord(userId, day.date, day.userId, from, to);
            records.append(day.records);
        }
        writeServerTimetrack(userId, from, to, records, fetchedAt);
        sql::Query approve(db(), u"UPDATE days SET approved = ? WHERE user_id = ? AND date = ?"_s);
        sql::Query unapproved(db(), uR"(DELETE FROM locked_days WHERE user_id = ? AND date = ?
            AND approval = 1)"_s);
        for (const TimetrackDay &day : days) {
            if (!day.approved)
                continue;
            approve.bind(*day.approved).bind(userId).bind(sql::dateValue(day.date)).exec();
            if (!*day.approved) // the server says the approval is gone
                unapproved.bind(userId).bind(sql::dateValue(day.date)).exec();
        }
        // A lock learned long enough ago is checked again by the next write (see store.h).
        sql::Query(db(), uR"(DELETE FROM locked_days WHERE user_id = ? AND date BETWEEN ? AND ?
            AND learned_at <= ?)"_s)
            .bind(userId)
            .bind(sql::dateValue(from))
            .bind(sql::dateValue(to))
            .bind(fetchedAt.isValid() ? fetchedAt.toMSecsSinceEpoch() - LockedDayTrustMs : 0)
            .exec();
    });
    return announce(result, StoreChange::ofDays(userId, from, to));
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
    return read<QList<TimetrackCell>>([&] {
        sql::Query query(db(), uR"(SELECT c.date, c.task_id, c.minutes, c.comment,
            c.server_minutes, c.server_comment, c.fetched_at, o.id, o.state, o.message
            FROM timetrack_cells c LEFT JOIN outbox o ON o.kind = 'timetrack'
                AND o.user_id = c.user_id AND o.date = c.date AND o.target_id = c.task_id
            WHERE c.user_id = ? AND c.date BETWEEN ? AND ? ORDER BY c.date, c.task_id)"_s);
        query.bind(userId).bind(sql::dateValue(from)).bind(sql::dateValue(to)).exec();
        QList<TimetrackCell> cells;
        while (query.next()) {
            cells.append({userId, sql::toDate(query.value(0)), query.value(1).toInt(),
                          query.value(2).toInt(), query.value(3).toString(), query.value(4).toInt(),
                          query.value(5).toString(), sql::toTime(query.value(6)),
                          cellState(query.value(7), query.value(8)), query.value(9).toString(),
                          query.value(7).toLongLong()});
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
    return read<QList<DayInfo>>([&] {
        // A day learned locked may never have been fetched (an offline edit of a week not seen).
        sql::Query query(db(), uR"(SELECT d.date, d.approved, d.timetrack_fetched_at,
            d.leave_fetched_at, l.reason FROM days d LEFT JOIN locked_days l
                ON l.user_id = d.user_id AND l.date = d.date
            WHERE d.user_id = ? AND d.date BETWEEN ? AND ?
            UNION ALL SELECT l.date, NULL, NULL, NULL, l.reason FROM locked_days l
            WHERE l.user_id = ? AND l.date BETWEEN ? AND ? AND NOT EXISTS (
                SELECT 1 FROM days d WHERE d.user_id = l.user_id AND d.date = l.date)
            ORDER BY 1)"_s);
        for (int part = 0; part < 2; ++part)
            query.bind(userId).bind(sql::dateValue(from)).bind(sql::dateValue(to));
        query.exec();
        QList<DayInfo> days;
        while (query.next()) {
            DayInfo day{userId,
                        sql::toDate(query.value(0)),
                        std::nullopt,
                        sql::toTime(query.value(2)),
                        sql::toTime(query.value(3)),
                        query.value(4).toString()};
            if (!query.value(1).isNull())
                day.approved = query.value(1).toBool();
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
