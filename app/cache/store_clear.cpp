// Store: the cache's size on disk, and clearing the copy of the server's data while keeping
// what the user typed — the outbox, the cells it edits, the entities it names and the meta keys
// that are the user's own (temporary ids, the running timer) — so the next refresh downloads
// the rest again and nothing typed is lost.
#include "storeprivate.h"

#include <QFileInfo>

#include <atomic>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

// The sync_meta keys that are a copy of the server's data (see where each is written).
bool isServerMeta(const QString &key)
{
    return key == metakeys::TeamMembers || key.startsWith(u"team.asOf/"_s)
        || key.startsWith(u"replaced:"_s) || key == u"user_rates.forbidden"_s;
}

QString kind(OutboxKind value)
{
    return u"'"_s + storedetail::kindName(value) + u"'"_s;
}

} // namespace

qint64 Store::sizeOnDisk(const QString &path)
{
    qint64 total = 0;
    for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
        const QFileInfo info(file);
        if (info.exists())
            total += info.size();
    }
    return total;
}

qint64 Store::sizeOnDisk() const
{
    return sizeOnDisk(m_path);
}

StoreResult Store::clearServerData(const QList<int> &keepUserIds)
{
    if (m_inTransaction)
        return {StoreResult::Code::Invalid, tr("The cache cannot be cleared inside another write."),
                u"clearServerData inside writeTogether"_s};
    StoreChange change;
    const StoreResult result = writeEdit([&] {
        const QSqlDatabase database = db();
        // Every user's days that had anything cached, to announce them.
        sql::Query ranges(database,
                          u"SELECT user_id, MIN(date), MAX(date) FROM ("
                          u"SELECT user_id, date FROM timetrack_cells UNION ALL "
                          u"SELECT user_id, date FROM leave_cells UNION ALL "
                          u"SELECT user_id, date FROM days UNION ALL "
                          u"SELECT user_id, date FROM schedule_days UNION ALL "
                          u"SELECT user_id, date FROM locked_days) GROUP BY user_id"_s);
        ranges.exec();
        while (ranges.next())
            change.days.append({ranges.value(0).toInt(), sql::toDate(ranges.value(1)),
                                sql::toDate(ranges.value(2))});
        sql::Query keys(database, u"SELECT key FROM sync_meta"_s);
        keys.exec();
        QStringList serverKeys;
        while (keys.next()) {
            if (const QString key = keys.value(0).toString(); isServerMeta(key))
                serverKeys.append(key);
        }

        // Cells: only those an outbox entry edits stay (with the user's value and the server
        // value the entry is based on).
        sql::exec(database,
                  u"DELETE FROM timetrack_cells WHERE (user_id, date, task_id) NOT IN "
                  u"(SELECT user_id, date, target_id FROM outbox WHERE kind = %1)"_s.arg(
                      kind(OutboxKind::Timetrack)));
        sql::exec(database,
                  u"DELETE FROM leave_cells WHERE (user_id, date, leave_type_id) NOT IN "
                  u"(SELECT user_id, date, target_id FROM outbox WHERE kind = %1)"_s.arg(
                      kind(OutboxKind::Leave)));
        for (const QString &table :
             {u"days"_s, u"schedule_days"_s, u"locked_days"_s, u"server_info"_s, u"user_rates"_s,
              u"departments"_s, u"time_zone_groups"_s, u"types_of_work"_s})
            sql::exec(database, u"DELETE FROM "_s + table);
        // Workflow statuses the outbox changes stay (with the server's values), like tasks below.
        sql::exec(database,
                  u"DELETE FROM workflow_statuses WHERE id NOT IN (SELECT target_id FROM outbox "
                  u"WHERE kind IN (%1, %2))"_s.arg(kind(OutboxKind::UpdateWorkflowStatus),
                                                   kind(OutboxKind::DeleteWorkflowStatus)));
        // Entities the outbox names stay, so its cells and changes still show with their names
        // while the lists are downloaded again (or while offline).
        sql::exec(database,
                  u"DELETE FROM tasks WHERE id NOT IN (SELECT target_id FROM outbox WHERE kind IN "
                  u"(%1, %2, %3))"_s.arg(kind(OutboxKind::Timetrack), kind(OutboxKind::UpdateTask),
                                         kind(OutboxKind::DeleteTask)));
        sql::exec(database,
                  u"DELETE FROM projects WHERE id NOT IN (SELECT project_id FROM tasks) "
                  u"AND id NOT IN (SELECT target_id FROM outbox WHERE kind IN (%1, %2)) "
                  u"AND id NOT IN (SELECT json_extract(payload, '$.projectId') FROM outbox "
                  u"WHERE kind IN (%3, %4) AND json_valid(payload) "
                  u"AND json_extract(payload, '$.projectId') IS NOT NULL)"_s.arg(
                      kind(OutboxKind::UpdateProject), kind(OutboxKind::DeleteProject),
                      kind(OutboxKind::CreateTask), kind(OutboxKind::UpdateTask)));
        sql::exec(database,
                  u"DELETE FROM customers WHERE id NOT IN (SELECT customer_id FROM projects) "
                  u"AND id NOT IN (SELECT customer_id FROM tasks) "
                  u"AND id NOT IN (SELECT target_id FROM outbox WHERE kind IN (%1, %2)) "
                  u"AND id NOT IN (SELECT json_extract(payload, '$.customerId') FROM outbox "
                  u"WHERE kind IN (%3, %4) AND json_valid(payload) "
                  u"AND json_extract(payload, '$.customerId') IS NOT NULL)"_s.arg(
                      kind(OutboxKind::UpdateCustomer), kind(OutboxKind::DeleteCustomer),
                      kind(OutboxKind::CreateProject), kind(OutboxKind::UpdateProject)));
        sql::exec(database,
                  u"DELETE FROM leave_types WHERE id NOT IN (SELECT target_id FROM outbox "
                  u"WHERE kind = %1)"_s.arg(kind(OutboxKind::Leave)));
        sql::Query users(database,
                         u"DELETE FROM users WHERE id NOT IN (SELECT value FROM json_each(?)) "
                         u"AND id NOT IN (SELECT user_id FROM outbox WHERE user_id IS NOT NULL)"_s);
        users.bind(sql::idList(keepUserIds)).exec();
        sql::Query forget(database, u"DELETE FROM sync_meta WHERE key = ?"_s);
        for (const QString &key : std::as_const(serverKeys))
            forget.bind(key).exec();

        change.entities = {
            StoreEntity::Users,       StoreEntity::Customers,        StoreEntity::Projects,
            StoreEntity::Tasks,       StoreEntity::Departments,      StoreEntity::TimeZoneGroups,
            StoreEntity::TypesOfWork, StoreEntity::WorkflowStatuses, StoreEntity::LeaveTypes};
        change.serverInfo = true;
        change.userRates = true;
        change.metaKeys = serverKeys;
    });
    if (result) {
        // Best effort, after the commit: give the space back to the file system (the figure the
        // user looks at). A failure (another connection busy) only leaves the file larger.
        QSqlQuery vacuum(db());
        if (vacuum.exec(u"VACUUM"_s))
            vacuum.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    return announce(result, change);
}

} // namespace actidesk

namespace actidesk {

std::optional<int> Store::unsentChangesIn(const QString &path)
{
    if (!QFileInfo::exists(path))
        return 0;
    static std::atomic<int> counter{0};
    const QString connection = u"actidesk-peek-%1"_s.arg(++counter);
    std::optional<int> count;
    {
        QSqlDatabase peek = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        peek.setDatabaseName(path);
        peek.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=2000"_s);
        if (peek.open()) {
            QSqlQuery query(peek);
            if (query.exec(u"SELECT COUNT(*) FROM outbox"_s) && query.next())
                count = query.value(0).toInt();
        }
        peek.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return count;
}

} // namespace actidesk
