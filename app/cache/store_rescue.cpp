// Store: rescuing the unsent edits of a damaged cache file before it is set aside for good. The
// rest of a cache is a copy of the server's data and is downloaded again; the outbox is not.
#include "storeprivate.h"

#include <QFile>

#include <atomic>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

std::atomic<int> rescueCounter{0};

const QStringList outboxColumns = {
    u"id"_s,     u"kind"_s,  u"user_id"_s, u"date"_s,       u"target_id"_s, u"payload"_s, u"base"_s,
    u"server"_s, u"state"_s, u"message"_s, u"created_at"_s, u"attempts"_s,  u"revision"_s};

// One outbox row as found in the damaged file, in outboxColumns' order.
struct RawEntry
{
    QVariantList values;
    OutboxKind kind = OutboxKind::Timetrack;
    int userId = 0;
    QDate date;
    int targetId = 0;
    QJsonObject payload;
    QJsonObject base;
    QJsonObject server;
    int state = 0;
};

// A row is kept only if it still makes sense: a damaged page may yield rows of garbage.
std::optional<RawEntry> parseRow(const QSqlQuery &query)
{
    RawEntry e;
    for (int i = 0; i < outboxColumns.size(); ++i) {
        const QVariant value = query.value(i);
        e.values.append(value.isNull() ? QVariant() : value); // NULL stays NULL when bound
    }
    const std::optional<OutboxKind> kind = storedetail::kindFromName(e.values[1].toString());
    if (!kind || e.values[0].toLongLong() <= 0)
        return std::nullopt;
    e.kind = *kind;
    e.userId = e.values[2].toInt();
    e.date = sql::toDate(e.values[3]);
    e.targetId = e.values[4].toInt();
    e.payload = storedetail::jsonObject(e.values[5]);
    e.base = storedetail::jsonObject(e.values[6]);
    e.server = storedetail::jsonObject(e.values[7]);
    e.state = e.values[8].toInt();
    const bool cell = e.kind == OutboxKind::Timetrack || e.kind == OutboxKind::Leave;
    if (e.state < 0 || e.state > 2
        || (e.payload.isEmpty() && e.kind != OutboxKind::DeleteCustomer
            && e.kind != OutboxKind::DeleteProject && e.kind != OutboxKind::DeleteTask
            && e.kind != OutboxKind::DeleteWorkflowStatus))
        return std::nullopt;
    if (cell && (!e.date.isValid() || !e.payload.value(u"minutes"_s).isDouble()))
        return std::nullopt;
    return e;
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

struct Rescued
{
    QList<RawEntry> entries;
    QList<std::pair<QString, QString>> idMappings; // sync_meta rows of temporary ids
    bool incomplete = false;
};

// Reads what can be read; stops at the first damaged page of a table.
Rescued readDamaged(const QString &path)
{
    Rescued rescued;
    const QString connection = u"actidesk-rescue-%1"_s.arg(++rescueCounter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        // Read-only: the file stays as it was for a bug report (a read-write connection would
        // checkpoint its WAL into it and delete the WAL on closing).
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!hasSqliteHeader(path) || !db.open()) {
            rescued.incomplete = true;
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(u"SELECT "_s + outboxColumns.join(u", "_s)
                            + u" FROM outbox ORDER BY id"_s)) {
                rescued.incomplete = true;
            } else {
                while (query.next()) {
                    if (std::optional<RawEntry> entry = parseRow(query))
                        rescued.entries.append(*entry);
                    else
                        rescued.incomplete = true;
                }
                if (query.lastError().isValid())
                    rescued.incomplete = true;
            }
            QSqlQuery meta(db);
            meta.setForwardOnly(true);
            if (meta.prepare(u"SELECT key, value FROM sync_meta WHERE substr(key, 1, ?) = ?"_s)) {
                meta.addBindValue(metakeys::TemporaryIdPrefix.size());
                meta.addBindValue(metakeys::TemporaryIdPrefix);
                if (meta.exec()) {
                    while (meta.next())
                        rescued.idMappings.append(
                            {meta.value(0).toString(), meta.value(1).toString()});
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return rescued;
}

} // namespace

void Store::rescueOutbox(const QString &damagedPath, OpenReport &report)
{
    const Rescued rescued = readDamaged(damagedPath);
    report.rescueIncomplete = rescued.incomplete;
    if (rescued.entries.isEmpty() && rescued.idMappings.isEmpty())
        return;
    const StoreResult result = writeEdit([&] {
        const QSqlDatabase database = db();
        QStringList marks;
        for (int i = 0; i < outboxColumns.size(); ++i)
            marks.append(u"?"_s);
        sql::Query insert(database,
                          u"INSERT OR IGNORE INTO outbox ("_s + outboxColumns.join(u", "_s)
                              + u") VALUES ("_s + marks.join(u", "_s) + u")"_s);
        sql::Query timetrack(database,
                             u"INSERT OR REPLACE INTO timetrack_cells (user_id, date, task_id, "
                             u"minutes, comment, server_minutes, server_comment) "
                             u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        sql::Query leave(database,
                         u"INSERT OR REPLACE INTO leave_cells (user_id, date, leave_type_id, "
                         u"minutes, server_minutes) VALUES (?, ?, ?, ?, ?)"_s);
        for (const RawEntry &e : rescued.entries) {
            for (const QVariant &value : e.values)
                insert.bind(value);
            insert.exec();
            if (insert.numRowsAffected() == 0)
                continue; // a duplicate row of a damaged index: the first one counts
            ++report.rescued;
            // The cell shows the user's value; its server side is the newest server value the
            // entry knew (seen in a conflict, or else the base), so a conflict stays one.
            const CellValue mine = cellFromJson(e.payload);
            const CellValue server =
                cellFromJson(e.state == 1 && !e.server.isEmpty() ? e.server : e.base);
            if (e.kind == OutboxKind::Timetrack) {
                timetrack.bind(e.userId).bind(sql::dateValue(e.date)).bind(e.targetId);
                timetrack.bind(mine.minutes).bind(mine.comment).bind(server.minutes);
                timetrack.bind(server.comment).exec();
            } else if (e.kind == OutboxKind::Leave) {
                leave.bind(e.userId).bind(sql::dateValue(e.date)).bind(e.targetId);
                leave.bind(mine.minutes).bind(server.minutes).exec();
            }
        }
        sql::Query meta(database,
                        u"INSERT OR REPLACE INTO sync_meta (key, value, updated_at) "
                        u"VALUES (?, ?, ?)"_s);
        for (const auto &[key, value] : rescued.idMappings)
            meta.bind(key).bind(value).bind(sql::timeValue(now())).exec();
    });
    if (!result) {
        report.rescued = 0;
        report.rescueIncomplete = true;
    }
}

} // namespace actidesk
