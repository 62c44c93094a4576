// Store: the entity tables (users, scope of work, reference lists, server settings).
#include "entitytables.h"
#include "storeprivate.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

using tables::Table;

namespace {

QString replacedKey(StoreEntity entity)
{
    return u"replaced:"_s + tables::tableName(entity);
}

QString selectColumns(const QStringList &columns, const QString &table)
{
    return u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + table;
}

StoreChange serverInfoChange()
{
    StoreChange change;
    change.serverInfo = true;
    return change;
}

StoreChange userRatesChange()
{
    StoreChange change;
    change.userRates = true;
    return change;
}

} // namespace

template<typename T>
StoreResult Store::putRows(const QList<T> &rows, bool replace)
{
    const StoreResult result = write([&] {
        const QSqlDatabase database = db();
        const QString table = Table<T>::name();
        QList<int> ids;
        ids.reserve(rows.size());
        for (const T &row : rows)
            ids.append(Table<T>::id(row));
        if (replace) {
            sql::Query(database,
                       u"DELETE FROM "_s + table
                           + u" WHERE id NOT IN (SELECT value FROM json_each(?))"_s)
                .bind(sql::idList(ids))
                .exec();
        }
        const QStringList columns = Table<T>::columns();
        const QString placeholders = QString(u"?, "_s.repeated(columns.size()) + u'?');
        sql::Query insert(database,
                          u"INSERT OR REPLACE INTO "_s + table + u" ("_s + columns.join(u", "_s)
                              + u", fetched_at) VALUES ("_s + placeholders + u')');
        const QVariant fetchedAt = sql::timeValue(now());
        for (const T &row : rows) {
            for (const QVariant &value : Table<T>::values(row))
                insert.bind(value);
            insert.bind(fetchedAt).exec();
        }
        // Copy the new names into the rows that show them; only rows whose name differs are
        // written.
        for (const tables::CopiedName &copy : Table<T>::copiedNames()) {
            const QString name = u"(SELECT name FROM "_s + table + u" WHERE id = "_s + copy.table
                + u'.' + copy.idColumn + u')';
            sql::Query(database,
                       u"UPDATE "_s + copy.table + u" SET "_s + copy.nameColumn + u" = "_s + name
                           + u" WHERE "_s + copy.idColumn
                           + u" IN (SELECT value FROM json_each(?)) AND "_s + copy.nameColumn
                           + u" IS NOT "_s + name)
                .bind(sql::idList(ids))
                .exec();
        }
        if (replace) {
            sql::Query(database,
                       u"INSERT OR REPLACE INTO sync_meta (key, value, updated_at) "
                       u"VALUES (?, ?, ?)"_s)
                .bind(replacedKey(Table<T>::entity))
                .bind(QString::number(fetchedAt.toLongLong()))
                .bind(fetchedAt)
                .exec();
        }
    });
    return announce(result, StoreChange::ofEntity(Table<T>::entity));
}

template<typename T>
QList<T> Store::readRows(const QString &where, const QVariantList &values)
{
    return read<QList<T>>([&] {
        QString text = selectColumns(Table<T>::columns(), Table<T>::name());
        if (!where.isEmpty())
            text += u" WHERE "_s + where;
        sql::Query query(db(), text + u" ORDER BY id"_s);
        for (const QVariant &value : values)
            query.bind(value);
        query.exec();
        QList<T> rows;
        while (query.next())
            rows.append(Table<T>::fromRow(query));
        return rows;
    });
}

StoreResult Store::putServerInfo(const ServerInfo &info)
{
    const StoreResult result = write([&] {
        sql::Query(db(),
                   u"INSERT OR REPLACE INTO server_info (id, json, fetched_at) "
                   u"VALUES (1, ?, ?)"_s)
            .bind(tables::serverInfoJson(info))
            .bind(sql::timeValue(now()))
            .exec();
    });
    return announce(result, serverInfoChange());
}

std::optional<ServerInfo> Store::serverInfo()
{
    return read<std::optional<ServerInfo>>([&]() -> std::optional<ServerInfo> {
        const QVariant json = sql::scalar(db(), u"SELECT json FROM server_info WHERE id = 1"_s);
        if (!json.isValid())
            return std::nullopt;
        return tables::serverInfoFromJson(json.toString());
    });
}

namespace {
const auto kUserRatesForbidden = u"user_rates.forbidden"_s;
} // namespace

StoreResult Store::replaceUserRates(const QList<UserRates> &rates)
{
    const StoreResult result = write([&] {
        sql::exec(db(), u"DELETE FROM user_rates"_s);
        const qint64 fetched = sql::timeValue(now()).toLongLong();
        for (const UserRates &r : rates) {
            sql::Query(db(),
                       u"INSERT INTO user_rates (user_id, json, fetched_at) VALUES (?, ?, ?)"_s)
                .bind(r.userId)
                .bind(tables::userRatesJson(r))
                .bind(fetched)
                .exec();
        }
        sql::Query(
            db(), u"INSERT OR REPLACE INTO sync_meta (key, value, updated_at) VALUES (?, '0', ?)"_s)
            .bind(kUserRatesForbidden)
            .bind(fetched)
            .exec();
    });
    return announce(result, userRatesChange());
}

StoreResult Store::setUserRatesForbidden()
{
    const StoreResult result = write([&] {
        // What the account could read before it lost the permission is not shown any more.
        sql::exec(db(), u"DELETE FROM user_rates"_s);
        sql::Query(
            db(), u"INSERT OR REPLACE INTO sync_meta (key, value, updated_at) VALUES (?, '1', ?)"_s)
            .bind(kUserRatesForbidden)
            .bind(sql::timeValue(now()))
            .exec();
    });
    return announce(result, userRatesChange());
}

QList<UserRates> Store::userRates()
{
    return read<QList<UserRates>>([&]() {
        sql::Query query(db(), u"SELECT user_id, json FROM user_rates ORDER BY user_id"_s);
        query.exec();
        QList<UserRates> rows;
        while (query.next())
            rows.append(
                tables::userRatesFromJson(query.value(0).toInt(), query.value(1).toString()));
        return rows;
    });
}

bool Store::userRatesForbidden()
{
    return meta(kUserRatesForbidden).value_or(QString()) == u"1"_s;
}

// clang-format off
StoreResult Store::putUsers(const QList<User> &rows) { return putRows(rows, false); }
StoreResult Store::replaceUsers(const QList<User> &rows) { return putRows(rows, true); }
StoreResult Store::putCustomers(const QList<Customer> &rows) { return putRows(rows, false); }
StoreResult Store::replaceCustomers(const QList<Customer> &rows) { return putRows(rows, true); }
StoreResult Store::putProjects(const QList<Project> &rows) { return putRows(rows, false); }
StoreResult Store::replaceProjects(const QList<Project> &rows) { return putRows(rows, true); }
StoreResult Store::putTasks(const QList<Task> &rows) { return putRows(rows, false); }
StoreResult Store::replaceTasks(const QList<Task> &rows) { return putRows(rows, true); }
StoreResult Store::putDepartments(const QList<Department> &rows) { return putRows(rows, false); }
StoreResult Store::replaceDepartments(const QList<Department> &rows) { return putRows(rows, true); }
StoreResult Store::putTimeZoneGroups(const QList<TimeZoneGroup> &rows) { return putRows(rows, false); }
StoreResult Store::replaceTimeZoneGroups(const QList<TimeZoneGroup> &rows) { return putRows(rows, true); }
StoreResult Store::putTypesOfWork(const QList<TypeOfWork> &rows) { return putRows(rows, false); }
StoreResult Store::replaceTypesOfWork(const QList<TypeOfWork> &rows) { return putRows(rows, true); }
StoreResult Store::putWorkflowStatuses(const QList<WorkflowStatus> &rows) { return putRows(rows, false); }
StoreResult Store::replaceWorkflowStatuses(const QList<WorkflowStatus> &rows) { return putRows(rows, true); }
StoreResult Store::putLeaveTypes(const QList<LeaveType> &rows) { return putRows(rows, false); }
StoreResult Store::replaceLeaveTypes(const QList<LeaveType> &rows) { return putRows(rows, true); }

QList<User> Store::users(const QList<int> &ids) { return readRows<User>(ids.isEmpty() ? QString() : u"id IN (SELECT value FROM json_each(?))"_s, ids.isEmpty() ? QVariantList() : QVariantList{sql::idList(ids)}); }
QList<Customer> Store::customers(const QList<int> &ids) { return readRows<Customer>(ids.isEmpty() ? QString() : u"id IN (SELECT value FROM json_each(?))"_s, ids.isEmpty() ? QVariantList() : QVariantList{sql::idList(ids)}); }
QList<Department> Store::departments() { return readRows<Department>({}, {}); }
QList<TimeZoneGroup> Store::timeZoneGroups() { return readRows<TimeZoneGroup>({}, {}); }
QList<TypeOfWork> Store::typesOfWork() { return readRows<TypeOfWork>({}, {}); }
QList<WorkflowStatus> Store::workflowStatuses() { return readRows<WorkflowStatus>({}, {}); }
QList<LeaveType> Store::leaveTypes() { return readRows<LeaveType>({}, {}); }
// clang-format on

QList<Project> Store::projects(const QList<int> &ids, const QList<int> &customerIds)
{
    QStringList where;
    QVariantList values;
    if (!ids.isEmpty()) {
        where.append(u"id IN (SELECT value FROM json_each(?))"_s);
        values.append(sql::idList(ids));
    }
    if (!customerIds.isEmpty()) {
        where.append(u"customer_id IN (SELECT value FROM json_each(?))"_s);
        values.append(sql::idList(customerIds));
    }
    return readRows<Project>(where.join(u" AND "_s), values);
}

QList<Task> Store::tasks(const TaskQuery &query)
{
    QStringList where;
    QVariantList values;
    const auto inList = [&](const QString &column, const QList<int> &ids) {
        if (ids.isEmpty())
            return;
        where.append(column + u" IN (SELECT value FROM json_each(?))"_s);
        values.append(sql::idList(ids));
    };
    inList(u"id"_s, query.ids);
    inList(u"customer_id"_s, query.customerIds);
    inList(u"project_id"_s, query.projectIds);
    if (query.status) {
        where.append(u"status = ?"_s);
        values.append(*query.status == TaskStatus::Completed ? 1 : 0);
    }
    QList<Task> rows = readRows<Task>(where.join(u" AND "_s), values);
    // Words are matched here, not with LIKE: SQLite folds case for ASCII only.
    const QStringList words = query.words.split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        rows.removeIf([&](const Task &task) {
            return !std::all_of(words.begin(), words.end(), [&](const QString &word) {
                return task.name.contains(word, Qt::CaseInsensitive);
            });
        });
    }
    return rows;
}

std::optional<Task> Store::task(int id)
{
    const QList<Task> rows = readRows<Task>(u"id = ?"_s, {id});
    return rows.isEmpty() ? std::nullopt : std::optional<Task>(rows.first());
}

QString Store::commentsKey(int kind, int id)
{
    const QString kinds[] = {u"customer"_s, u"project"_s, u"task"_s};
    return u"comments/%1/%2"_s.arg(kinds[std::clamp(kind, 0, 2)]).arg(id);
}

StoreResult Store::putComments(int kind, int id, const QList<Comment> &comments)
{
    QJsonArray items;
    for (const Comment &c : comments) {
        items.append(QJsonObject{{u"id"_s, c.id},
                                 {u"userId"_s, c.userId},
                                 {u"created"_s, c.created.toMSecsSinceEpoch()},
                                 {u"updated"_s, c.updated.toMSecsSinceEpoch()},
                                 {u"updatingUserId"_s, c.updatingUserId},
                                 {u"text"_s, c.text}});
    }
    const QJsonObject value{{u"fetchedAt"_s, now().toMSecsSinceEpoch()}, {u"items"_s, items}};
    return setMeta(commentsKey(kind, id),
                   QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
}

std::optional<Store::CachedComments> Store::comments(int kind, int id)
{
    const std::optional<QString> text = meta(commentsKey(kind, id));
    if (!text)
        return std::nullopt;
    const QJsonObject value = QJsonDocument::fromJson(text->toUtf8()).object();
    CachedComments cached;
    cached.fetchedAt =
        QDateTime::fromMSecsSinceEpoch(qint64(value.value(u"fetchedAt"_s).toDouble()), Qt::UTC);
    const auto time = [](const QJsonValue &ms) {
        return QDateTime::fromMSecsSinceEpoch(qint64(ms.toDouble()), Qt::UTC);
    };
    for (const QJsonValue &item : value.value(u"items"_s).toArray()) {
        const QJsonObject o = item.toObject();
        Comment comment;
        comment.id = o.value(u"id"_s).toInt();
        comment.userId = o.value(u"userId"_s).toInt();
        comment.created = time(o.value(u"created"_s));
        comment.updated = time(o.value(u"updated"_s));
        comment.updatingUserId = o.value(u"updatingUserId"_s).toInt();
        comment.text = o.value(u"text"_s).toString();
        cached.comments.append(comment);
    }
    return cached;
}

Store::TrackedTime Store::trackedOnTask(int taskId)
{
    return read<TrackedTime>([&] {
        sql::Query query(db(),
                         u"SELECT coalesce(sum(minutes), 0), count(DISTINCT user_id), "
                         u"min(date), max(date) FROM timetrack_cells "
                         u"WHERE task_id = ? AND minutes > 0"_s);
        query.bind(taskId).exec();
        TrackedTime tracked;
        if (query.next()) {
            tracked.minutes = query.value(0).toInt();
            tracked.users = query.value(1).toInt();
            tracked.from = sql::toDate(query.value(2));
            tracked.to = sql::toDate(query.value(3));
        }
        return tracked;
    });
}

QList<Store::TaskTreeRow> Store::taskTreeRows()
{
    return read<QList<TaskTreeRow>>([&] {
        sql::Query query(db(),
                         u"SELECT id, project_id, name, status, workflow_status_id, "
                         u"type_of_work_id, deadline, estimated_minutes, can_modify, can_delete "
                         u"FROM tasks ORDER BY id"_s);
        query.exec();
        QList<TaskTreeRow> rows;
        // Sized first: grown row by row, 100,000 rows cost more in copies and fresh pages than
        // in reading them.
        rows.reserve(sql::scalar(db(), u"SELECT count(*) FROM tasks"_s).toInt());
        while (query.next()) {
            TaskTreeRow row;
            row.id = query.value(0).toInt();
            row.projectId = query.value(1).toInt();
            row.name = query.value(2).toString();
            row.completed = query.value(3).toInt() != 0;
            row.workflowStatusId = query.value(4).toInt();
            row.typeOfWorkId = query.value(5).toInt();
            row.deadline = sql::toDate(query.value(6));
            const QVariant estimate = query.value(7);
            row.estimatedMinutes = estimate.isNull() ? -1 : estimate.toInt();
            row.allowed = {query.value(8).toBool(), query.value(9).toBool()};
            rows.append(std::move(row));
        }
        return rows;
    });
}

QList<Project> Store::projectsNamedByTasksOnly()
{
    return read<QList<Project>>([&] {
        sql::Query query(db(),
                         u"SELECT project_id, max(project_name), max(customer_id), "
                         u"max(customer_name) FROM tasks WHERE project_id NOT IN "
                         u"(SELECT id FROM projects) GROUP BY project_id ORDER BY project_id"_s);
        query.exec();
        QList<Project> rows;
        while (query.next()) {
            Project project;
            project.id = query.value(0).toInt();
            project.name = query.value(1).toString();
            project.customerId = query.value(2).toInt();
            project.customerName = query.value(3).toString();
            rows.append(project);
        }
        return rows;
    });
}

StoreResult Store::removeEntities(StoreEntity entity, const QList<int> &ids)
{
    const StoreResult result = write([&] {
        sql::Query(db(),
                   u"DELETE FROM "_s + tables::tableName(entity)
                       + u" WHERE id IN (SELECT value FROM json_each(?))"_s)
            .bind(sql::idList(ids))
            .exec();
    });
    return announce(result, StoreChange::ofEntity(entity));
}

QDateTime Store::lastReplaced(StoreEntity entity)
{
    return read<QDateTime>([&] {
        sql::Query query(db(), u"SELECT value FROM sync_meta WHERE key = ?"_s);
        query.bind(replacedKey(entity)).exec();
        return query.next() ? sql::toTime(query.value(0).toLongLong()) : QDateTime();
    });
}

QDateTime Store::lastFetched(StoreEntity entity)
{
    return read<QDateTime>([&] {
        return sql::toTime(
            sql::scalar(db(), u"SELECT max(fetched_at) FROM "_s + tables::tableName(entity)));
    });
}

} // namespace actidesk
