// Store: edits and the outbox. Every call here is one transaction that touches the cell and its
// entry together, so the two can never disagree after a crash.
//
// Durability (store.h): what the user typed — edits, resolutions — commits with
// synchronous=FULL (writeEdit), so it also survives a power loss. The replay's records of what
// the server said (confirmations, conflicts, refusals, attempts) commit with NORMAL: in WAL mode
// that is atomic and survives the process being killed, but syncs nothing, so the UI thread
// never waits for the disk while 500 edits are confirmed. A power loss may roll back the last
// of them (a suffix of the WAL; any later FULL commit syncs them all). That is harmless because
// the record is only a summary of the server's state, which the next replay reads again before
// it writes anything: the entry is still pending with the same payload and base, the server
// holds the payload, so it is confirmed without being sent (cells, leave: SyncEngine::
// decideCell; entity updates: EntityReplay compares the fields), a create is adopted by its
// name, a delete finds the object gone; a lost conflict or refusal is found again. The one
// exception is a confirmation that rebases a newer edit of the same cell (the user typed again
// while the value was on the way): rolled back, that edit would keep its old base and show as a
// conflict with the user's own earlier value, so such a confirmation commits FULL
// (confirmDurability).
#include "storeprivate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace actidesk {

using storedetail::jsonObject;
using storedetail::jsonText;
using storedetail::kindName;

namespace {

constexpr int MaxMinutesPerDay = 24 * 60;

// Where the cell of a cell entry lives.
struct CellTable
{
    QString table;
    QString target; // the column that target_id maps to
    bool withComment;
};

CellTable cellTable(OutboxKind kind)
{
    if (kind == OutboxKind::Leave)
        return {u"leave_cells"_s, u"leave_type_id"_s, false};
    return {u"timetrack_cells"_s, u"task_id"_s, true};
}

QString cellKey(const CellTable &t)
{
    return u" WHERE user_id = ? AND date = ? AND "_s + t.target + u" = ?"_s;
}

sql::Query &bindKey(sql::Query &query, const OutboxEntry &entry)
{
    return query.bind(entry.userId).bind(sql::dateValue(entry.date)).bind(entry.targetId);
}

const QString entryColumns = u"id, kind, user_id, date, target_id, payload, base, server, state, "
                             u"message, created_at, attempts, revision"_s;

OutboxEntry entryFromRow(const sql::Query &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.kind = storedetail::kindFromName(q.value(1).toString()).value_or(OutboxKind::Timetrack);
    e.userId = q.value(2).toInt();
    e.date = sql::toDate(q.value(3));
    e.targetId = q.value(4).toInt();
    e.payload = jsonObject(q.value(5));
    e.base = jsonObject(q.value(6));
    e.server = jsonObject(q.value(7));
    const int state = q.value(8).toInt();
    e.state = state == 1 ? OutboxState::Conflict
        : state == 2     ? OutboxState::Rejected
                         : OutboxState::Pending;
    e.message = q.value(9).toString();
    e.created = sql::toTime(q.value(10));
    e.attempts = q.value(11).toInt();
    e.revision = q.value(12).toInt();
    return e;
}

QList<OutboxEntry> readEntries(const QSqlDatabase &db, const QString &where,
                               const QVariantList &values)
{
    sql::Query query(db,
                     u"SELECT "_s + entryColumns + u" FROM outbox "_s + where + u" ORDER BY id"_s);
    for (const QVariant &value : values)
        query.bind(value);
    query.exec();
    QList<OutboxEntry> entries;
    while (query.next())
        entries.append(entryFromRow(query));
    return entries;
}

// The entry as it is now; fails with NotFound when it is gone.
OutboxEntry existingEntry(const QSqlDatabase &db, qint64 id)
{
    const QList<OutboxEntry> found = readEntries(db, u"WHERE id = ?"_s, {id});
    if (found.isEmpty())
        sql::fail(StoreResult::Code::NotFound,
                  Store::tr("The change was already sent or discarded."),
                  u"no outbox entry %1"_s.arg(id));
    return found.first();
}

std::optional<OutboxEntry> currentEntry(const QSqlDatabase &db, qint64 id)
{
    const QList<OutboxEntry> found = readEntries(db, u"WHERE id = ?"_s, {id});
    return found.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(found.first());
}

// The entry of the same cell as `entry` now (possibly another one, made after it was resolved).
std::optional<OutboxEntry> cellEntry(const QSqlDatabase &db, const OutboxEntry &entry)
{
    const QList<OutboxEntry> found = readEntries(
        db, u"WHERE kind = ? AND user_id = ? AND date = ? AND target_id = ?"_s,
        {kindName(entry.kind), entry.userId, sql::dateValue(entry.date), entry.targetId});
    return found.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(found.first());
}

void setEntry(const QSqlDatabase &db, qint64 id, const QString &assignments,
              const QVariantList &values)
{
    sql::Query query(db, u"UPDATE outbox SET "_s + assignments + u" WHERE id = ?"_s);
    for (const QVariant &value : values)
        query.bind(value);
    query.bind(id).exec();
}

void removeEntry(const QSqlDatabase &db, qint64 id)
{
    sql::Query(db, u"DELETE FROM outbox WHERE id = ?"_s).bind(id).exec();
}

// The cell's last known server value (nothing: the server had no record, or it was never seen).
CellValue serverValueOf(const QSqlDatabase &db, const OutboxEntry &entry)
{
    const CellTable t = cellTable(entry.kind);
    sql::Query query(db,
                     u"SELECT server_minutes"_s + (t.withComment ? u", server_comment"_s : u""_s)
                         + u" FROM "_s + t.table + cellKey(t));
    bindKey(query, entry).exec();
    if (!query.next())
        return {};
    return {query.value(0).toInt(), t.withComment ? query.value(1).toString() : QString()};
}

// Records the server's value of the entry's cell; with `shown` the cell shows it too.
void setServerValue(const QSqlDatabase &db, const OutboxEntry &entry, const CellValue &server,
                    bool shown, const QDateTime &fetchedAt)
{
    const CellTable t = cellTable(entry.kind);
    QString sql;
    if (t.withComment) {
        sql = u"INSERT INTO timetrack_cells (user_id, date, task_id, minutes, comment, "
              u"server_minutes, server_comment, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
              u"ON CONFLICT (user_id, date, task_id) DO UPDATE SET "
              u"server_minutes = excluded.server_minutes, "
              u"server_comment = excluded.server_comment, fetched_at = excluded.fetched_at"_s;
        if (shown)
            sql += u", minutes = excluded.minutes, comment = excluded.comment"_s;
    } else {
        sql = u"INSERT INTO leave_cells (user_id, date, leave_type_id, minutes, server_minutes, "
              u"fetched_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, date, leave_type_id) "
              u"DO UPDATE SET server_minutes = excluded.server_minutes, "
              u"fetched_at = excluded.fetched_at"_s;
        if (shown)
            sql += u", minutes = excluded.minutes"_s;
    }
    sql::Query query(db, sql);
    bindKey(query, entry).bind(server.minutes);
    if (t.withComment)
        query.bind(server.comment);
    query.bind(server.minutes);
    if (t.withComment)
        query.bind(server.comment);
    query.bind(sql::timeValue(fetchedAt)).exec();
}

// The cell shows the server's value again (the user gave up their edit).
void showServerValue(const QSqlDatabase &db, const OutboxEntry &entry)
{
    const CellTable t = cellTable(entry.kind);
    sql::Query query(db,
                     u"UPDATE "_s + t.table + u" SET minutes = server_minutes"_s
                         + (t.withComment ? u", comment = server_comment"_s : u""_s) + cellKey(t));
    bindKey(query, entry).exec();
}

// A synced cell with no time and no comment is the same as no record: keep the table lean.
void dropIfEmpty(const QSqlDatabase &db, const OutboxEntry &entry)
{
    const CellTable t = cellTable(entry.kind);
    const QString comments = t.withComment ? u" AND comment = '' AND server_comment = ''"_s : u""_s;
    sql::Query query(db,
                     u"DELETE FROM "_s + t.table + cellKey(t)
                         + u" AND minutes = 0 AND server_minutes = 0"_s + comments
                         + u" AND NOT EXISTS (SELECT 1 FROM outbox WHERE kind = ? AND "
                           u"user_id = ? AND date = ? AND target_id = ?)"_s);
    bindKey(query, entry).bind(kindName(entry.kind));
    bindKey(query, entry).exec();
}

// Create, update and delete of one entity type, as stored.
QVariantList familyOf(OutboxKind kind)
{
    static const QList<QList<OutboxKind>> families = {
        {OutboxKind::CreateCustomer, OutboxKind::UpdateCustomer, OutboxKind::DeleteCustomer},
        {OutboxKind::CreateProject, OutboxKind::UpdateProject, OutboxKind::DeleteProject},
        {OutboxKind::CreateTask, OutboxKind::UpdateTask, OutboxKind::DeleteTask},
        {OutboxKind::CreateWorkflowStatus, OutboxKind::UpdateWorkflowStatus,
         OutboxKind::DeleteWorkflowStatus},
    };
    for (const QList<OutboxKind> &family : families) {
        if (family.contains(kind))
            return {kindName(family[0]), kindName(family[1]), kindName(family[2])};
    }
    return {};
}

bool isUpdate(OutboxKind kind)
{
    return kind == OutboxKind::UpdateCustomer || kind == OutboxKind::UpdateProject
        || kind == OutboxKind::UpdateTask || kind == OutboxKind::UpdateWorkflowStatus;
}

// What an outbox write changed: the entry's cell (its state and shown value) or entity list, and
// the outbox; `queued` when the entry now waits to be sent.
StoreChange entityEditChange(OutboxKind kind, bool queued)
{
    StoreChange change;
    switch (kind) {
    case OutboxKind::Timetrack:
    case OutboxKind::Leave:
        break;
    case OutboxKind::CreateCustomer:
    case OutboxKind::UpdateCustomer:
    case OutboxKind::DeleteCustomer:
        change.entities.append(StoreEntity::Customers);
        break;
    case OutboxKind::CreateProject:
    case OutboxKind::UpdateProject:
    case OutboxKind::DeleteProject:
        change.entities.append(StoreEntity::Projects);
        break;
    case OutboxKind::CreateTask:
    case OutboxKind::UpdateTask:
    case OutboxKind::DeleteTask:
        change.entities.append(StoreEntity::Tasks);
        break;
    case OutboxKind::CreateWorkflowStatus:
    case OutboxKind::UpdateWorkflowStatus:
    case OutboxKind::DeleteWorkflowStatus:
        change.entities.append(StoreEntity::WorkflowStatuses);
        break;
    }
    change.outbox = true;
    change.editsQueued = queued;
    return change;
}

StoreChange editChange(OutboxKind kind, int userId, const QDate &date, bool queued)
{
    StoreChange change = entityEditChange(kind, queued);
    if (kind == OutboxKind::Timetrack || kind == OutboxKind::Leave)
        change.days.append({userId, date, date});
    return change;
}

StoreChange outboxChange(const OutboxEntry &entry, bool queued)
{
    return editChange(entry.kind, entry.userId, entry.date, queued);
}

} // namespace

StoreResult Store::editCell(OutboxKind kind, int userId, const QDate &date, int targetId,
                            const CellValue &value)
{
    const StoreResult result = writeEdit([&] {
        if (!date.isValid() || value.minutes < 0 || value.minutes > MaxMinutesPerDay)
            sql::fail(
                StoreResult::Code::Invalid,
                tr("Enter a time between 0:00 and 24:00 for a valid day."),
                u"edit of %1 minutes on %2"_s.arg(value.minutes).arg(date.toString(Qt::ISODate)));
        const QSqlDatabase database = db();
        const CellTable t = cellTable(kind);
        OutboxEntry key;
        key.kind = kind;
        key.userId = userId;
        key.date = date;
        key.targetId = targetId;
        const CellValue base = serverValueOf(database, key); // read before the cell changes

        const QString sql = t.withComment
            ? u"INSERT INTO timetrack_cells (user_id, date, task_id, minutes, comment, "
              u"server_minutes, server_comment) VALUES (?, ?, ?, ?, ?, 0, '') "
              u"ON CONFLICT (user_id, date, task_id) DO UPDATE SET minutes = excluded.minutes, "
              u"comment = excluded.comment"_s
            : u"INSERT INTO leave_cells (user_id, date, leave_type_id, minutes, server_minutes) "
              u"VALUES (?, ?, ?, ?, 0) ON CONFLICT (user_id, date, leave_type_id) DO UPDATE SET "
              u"minutes = excluded.minutes"_s;
        sql::Query cell(database, sql);
        bindKey(cell, key).bind(value.minutes);
        if (t.withComment)
            cell.bind(value.comment);
        cell.exec();

        // One entry per cell: a later edit replaces the payload and keeps the first base. A
        // Rejected entry is pending again (the user changed the refused value).
        const QString payload = jsonText(cellJson(value, t.withComment));
        sql::Query merge(database, uR"(UPDATE outbox SET payload = ?, revision = revision + 1,
            message = CASE WHEN state = 2 THEN '' ELSE message END,
            state = CASE WHEN state = 2 THEN 0 ELSE state END
            WHERE kind = ? AND user_id = ? AND date = ? AND target_id = ?)"_s);
        merge.bind(payload).bind(kindName(kind));
        bindKey(merge, key).exec();
        if (merge.numRowsAffected() == 0) {
            sql::Query append(database,
                              u"INSERT INTO outbox (kind, user_id, date, target_id, "
                              u"payload, base, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
            append.bind(kindName(kind));
            bindKey(append, key).bind(payload).bind(jsonText(cellJson(base, t.withComment)));
            append.bind(sql::timeValue(now())).exec();
        }
    });
    return announce(result, editChange(kind, userId, date, true));
}

StoreResult Store::editTimetrackCell(int userId, const QDate &date, int taskId, int minutes,
                                     const QString &comment)
{
    return editCell(OutboxKind::Timetrack, userId, date, taskId, {minutes, comment});
}

StoreResult Store::editLeaveCell(int userId, const QDate &date, int leaveTypeId, int minutes)
{
    return editCell(OutboxKind::Leave, userId, date, leaveTypeId, {minutes, {}});
}

StoreResult Store::enqueueChange(OutboxKind kind, int entityId, const QJsonObject &payload,
                                 const QJsonObject &base)
{
    const StoreResult result = writeEdit([&] {
        if (kind == OutboxKind::Timetrack || kind == OutboxKind::Leave)
            sql::fail(StoreResult::Code::Invalid, tr("Invalid change."),
                      u"cells are edited with editTimetrackCell / editLeaveCell"_s);
        const QSqlDatabase database = db();
        if (isUpdate(kind)) {
            // Merge only into the entity's newest entry, and only if it is a pending update:
            // merging across a create or delete would reorder what the server sees.
            const QVariantList family = familyOf(kind);
            sql::Query last(database,
                            u"SELECT id, kind, state, payload FROM outbox WHERE kind IN "
                            u"(?, ?, ?) AND target_id = ? ORDER BY id DESC LIMIT 1"_s);
            last.bind(family[0]).bind(family[1]).bind(family[2]).bind(entityId).exec();
            if (last.next() && last.value(1).toString() == kindName(kind)
                && last.value(2).toInt() == 0) {
                QJsonObject merged = jsonObject(last.value(3));
                for (auto it = payload.begin(); it != payload.end(); ++it)
                    merged.insert(it.key(), it.value());
                setEntry(database, last.value(0).toLongLong(),
                         u"payload = ?, revision = revision + 1"_s, {jsonText(merged)});
                return;
            }
        }
        sql::Query(database,
                   u"INSERT INTO outbox (kind, target_id, payload, base, created_at) "
                   u"VALUES (?, ?, ?, ?, ?)"_s)
            .bind(kindName(kind))
            .bind(entityId)
            .bind(jsonText(payload))
            .bind(jsonText(base))
            .bind(sql::timeValue(now()))
            .exec();
    });
    return announce(result, entityEditChange(kind, true));
}

QList<OutboxEntry> Store::pendingEdits()
{
    return read<QList<OutboxEntry>>([&] { return readEntries(db(), u"WHERE state = 0"_s, {}); });
}

QList<OutboxEntry> Store::outboxEntries()
{
    return read<QList<OutboxEntry>>([&] { return readEntries(db(), {}, {}); });
}

std::optional<OutboxEntry> Store::outboxEntry(qint64 id)
{
    return read<std::optional<OutboxEntry>>([&] { return currentEntry(db(), id); });
}

int Store::outboxCount(std::optional<OutboxState> state)
{
    return read<int>([&] {
        if (!state)
            return sql::scalar(db(), u"SELECT count(*) FROM outbox"_s).toInt();
        const int value = *state == OutboxState::Conflict ? 1
            : *state == OutboxState::Rejected             ? 2
                                                          : 0;
        return sql::scalar(db(), u"SELECT count(*) FROM outbox WHERE state = %1"_s.arg(value))
            .toInt();
    });
}

Store::Durability Store::confirmDurability(const QList<OutboxEntry> &sent)
{
    if (m_inTransaction)
        return Durability::Normal; // the transaction's was decided when it opened
    QHash<qint64, int> revisions; // of the cell entries as sent
    QJsonArray ids;
    for (const OutboxEntry &entry : sent) {
        if (entry.isCell() && !revisions.contains(entry.id)) {
            revisions.insert(entry.id, entry.revision);
            ids.append(entry.id);
        }
    }
    if (revisions.isEmpty())
        return Durability::Normal; // an entity's confirmation never touches another entry
    try {
        sql::Query query(db(),
                         u"SELECT id, revision FROM outbox "
                         u"WHERE id IN (SELECT value FROM json_each(?))"_s);
        query.bind(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))).exec();
        qsizetype found = 0;
        while (query.next()) {
            ++found;
            if (query.value(1).toInt() != revisions.value(query.value(0).toLongLong()))
                return Durability::Full; // edited again while on the way: rebased
        }
        // An entry gone was settled by the user meanwhile; a new one of its cell may follow it.
        return found == revisions.size() ? Durability::Normal : Durability::Full;
    } catch (const sql::Failure &) {
        return Durability::Full; // in doubt; the write itself reports what is wrong
    }
}

StoreResult Store::confirmEdit(const OutboxEntry &sent, const std::optional<CellValue> &server)
{
    const StoreResult result = write(
        [&] {
            const QSqlDatabase database = db();
            if (!sent.isCell()) {
                const std::optional<OutboxEntry> current = currentEntry(database, sent.id);
                if (current && current->revision == sent.revision)
                    removeEntry(database, sent.id);
                return;
            }
            // The server holds `confirmed` now. If the user edited the cell again meanwhile (the
            // same entry with a newer revision, or a new entry after a resolution), that edit stays
            // pending, rebased on the confirmed value: the server moved because of our own write,
            // which is no conflict. Otherwise the cell is synced with what the server has.
            const CellValue confirmed = server.value_or(sent.payloadCell());
            const std::optional<OutboxEntry> live = cellEntry(database, sent);
            const bool same = live && live->id == sent.id && live->revision == sent.revision;
            setServerValue(database, sent, confirmed, !live || same, now());
            if (same)
                removeEntry(database, sent.id);
            else if (live)
                setEntry(database, live->id, u"base = ?"_s,
                         {jsonText(cellJson(confirmed, sent.kind == OutboxKind::Timetrack))});
            dropIfEmpty(database, sent);
        },
        confirmDurability({sent}));
    return announce(result, outboxChange(sent, false));
}

StoreResult Store::markConflict(const OutboxEntry &sent, const CellValue &server)
{
    const StoreResult result = write([&] {
        const QSqlDatabase database = db();
        existingEntry(database, sent.id);
        setServerValue(database, sent, server, false, now());
        setEntry(database, sent.id, u"state = 1, server = ?, message = ''"_s,
                 {jsonText(cellJson(server, sent.kind == OutboxKind::Timetrack))});
    }); // Normal: a record of the replay
    return announce(result, outboxChange(sent, false));
}

StoreResult Store::markConflict(const OutboxEntry &sent, const QJsonObject &server)
{
    if (sent.isCell())
        return markConflict(sent, cellFromJson(server));
    const StoreResult result = write([&] {
        existingEntry(db(), sent.id);
        setEntry(db(), sent.id, u"state = 1, server = ?, message = ''"_s, {jsonText(server)});
    }); // Normal: a record of the replay
    return announce(result, outboxChange(sent, false));
}

StoreResult Store::markRejected(const OutboxEntry &sent, const QString &message)
{
    const StoreResult result = write([&] { // Normal: a record of the replay
        const OutboxEntry current = existingEntry(db(), sent.id);
        // A newer edit of the same cell replaced the refused value: send that one instead.
        if (current.revision != sent.revision)
            return;
        setEntry(db(), sent.id, u"state = 2, message = ?, attempts = attempts + 1"_s, {message});
    });
    return announce(result, outboxChange(sent, false));
}

StoreResult Store::recordAttempt(const OutboxEntry &sent, const QString &message)
{
    const StoreResult result = write([&] { // Normal: a record of the replay
        existingEntry(db(), sent.id);
        setEntry(db(), sent.id, u"attempts = attempts + 1, message = ?"_s, {message});
    });
    return announce(result, outboxChange(sent, false));
}

StoreResult Store::resolveKeepMine(qint64 id)
{
    OutboxEntry entry;
    const StoreResult result = writeEdit([&] {
        const QSqlDatabase database = db();
        entry = existingEntry(database, id);
        const QJsonObject base = entry.isCell()
            ? cellJson(serverValueOf(database, entry), entry.kind == OutboxKind::Timetrack)
            : entry.server.isEmpty() ? entry.base
                                     : entry.server;
        setEntry(database, id, u"state = 0, base = ?, server = NULL, message = ''"_s,
                 {jsonText(base)});
    });
    return announce(result, outboxChange(entry, true)); // Pending again: to be sent
}

StoreResult Store::resolveTakeTheirs(qint64 id)
{
    OutboxEntry entry;
    const StoreResult result = writeEdit([&] {
        const QSqlDatabase database = db();
        entry = existingEntry(database, id);
        removeEntry(database, id);
        if (entry.isCell()) {
            showServerValue(database, entry);
            dropIfEmpty(database, entry);
        }
    });
    return announce(result, outboxChange(entry, false));
}

namespace {
// `settle` for each of `ids` in one durable transaction: all, or none when one fails.
template<typename Settle>
StoreResult settleTogether(Store &store, const QList<qint64> &ids, Settle settle)
{
    return store.writeTogether(
        [&]() -> StoreResult {
            for (const qint64 id : ids) {
                if (const StoreResult r = settle(id); !r)
                    return r;
            }
            return {};
        },
        true);
}
} // namespace

StoreResult Store::resolveKeepMine(const QList<qint64> &ids)
{
    return settleTogether(*this, ids, [this](qint64 id) { return resolveKeepMine(id); });
}

StoreResult Store::resolveTakeTheirs(const QList<qint64> &ids)
{
    return settleTogether(*this, ids, [this](qint64 id) { return resolveTakeTheirs(id); });
}

} // namespace actidesk
