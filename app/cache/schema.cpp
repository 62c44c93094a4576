#include "schema.h"

#include "sqlutil.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace actidesk::schema {

namespace {

// Version 1: every entity the app shows, the cells, the outbox and sync metadata.
// Conventions: dates are ISO text, times are UTC milliseconds, booleans 0/1; fetched_at is when
// the row last came from the server. Entity tables have no foreign keys between them: the server
// sends entities in any order (a task may arrive before its project).
const QStringList version1 = {
    uR"(CREATE TABLE server_info (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        json TEXT NOT NULL,
        fetched_at INTEGER NOT NULL))"_s,
    uR"(CREATE TABLE users (
        id INTEGER PRIMARY KEY, username TEXT NOT NULL, email TEXT NOT NULL,
        first_name TEXT NOT NULL, middle_name TEXT NOT NULL, last_name TEXT NOT NULL,
        full_name TEXT NOT NULL, active INTEGER NOT NULL, department_id INTEGER NOT NULL,
        time_zone_group_id INTEGER NOT NULL, hired TEXT, release_date TEXT,
        can_submit INTEGER NOT NULL, fetched_at INTEGER NOT NULL))"_s,
    uR"(CREATE TABLE customers (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL,
        archived INTEGER NOT NULL, created INTEGER, url TEXT NOT NULL,
        can_modify INTEGER NOT NULL, can_delete INTEGER NOT NULL, fetched_at INTEGER NOT NULL))"_s,
    uR"(CREATE TABLE projects (
        id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, customer_name TEXT NOT NULL,
        name TEXT NOT NULL, description TEXT NOT NULL, archived INTEGER NOT NULL, created INTEGER,
        url TEXT NOT NULL, can_modify INTEGER NOT NULL, can_delete INTEGER NOT NULL,
        fetched_at INTEGER NOT NULL))"_s,
    u"CREATE INDEX projects_customer ON projects (customer_id)"_s,
    uR"(CREATE TABLE tasks (
        id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL, project_name TEXT NOT NULL,
        customer_id INTEGER NOT NULL, customer_name TEXT NOT NULL, name TEXT NOT NULL,
        description TEXT NOT NULL, created INTEGER, status INTEGER NOT NULL,
        workflow_status_id INTEGER NOT NULL, workflow_status_name TEXT NOT NULL,
        type_of_work_id INTEGER NOT NULL, type_of_work_name TEXT NOT NULL, deadline TEXT,
        estimated_minutes INTEGER, url TEXT NOT NULL, can_modify INTEGER NOT NULL,
        can_delete INTEGER NOT NULL, fetched_at INTEGER NOT NULL))"_s,
    u"CREATE INDEX tasks_project ON tasks (project_id)"_s,
    u"CREATE INDEX tasks_customer ON tasks (customer_id)"_s,
    uR"(CREATE TABLE departments (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, is_default INTEGER NOT NULL,
        fetched_at INTEGER NOT NULL))"_s,
    uR"(CREATE TABLE time_zone_groups (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, time_zone_id TEXT NOT NULL,
        is_default INTEGER NOT NULL, fetched_at INTEGER NOT NULL))"_s,
    uR"(CREATE TABLE types_of_work (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, rate REAL, archived INTEGER NOT NULL,
        billable INTEGER NOT NULL, is_default INTEGER NOT NULL, fetched_at INTEGER NOT NULL))"_s,
    uR"(CREATE TABLE workflow_statuses (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, type INTEGER NOT NULL,
        can_modify INTEGER NOT NULL, can_delete INTEGER NOT NULL, fetched_at INTEGER NOT NULL))"_s,
    uR"(CREATE TABLE leave_types (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, balance INTEGER NOT NULL,
        rate_factor REAL NOT NULL, archived INTEGER NOT NULL, fetched_at INTEGER NOT NULL))"_s,
    uR"(CREATE TABLE schedule_days (
        user_id INTEGER NOT NULL, date TEXT NOT NULL, minutes INTEGER NOT NULL,
        fetched_at INTEGER NOT NULL, PRIMARY KEY (user_id, date)) WITHOUT ROWID)"_s,
    // One row per user and day that was fetched or approved; see DayInfo.
    uR"(CREATE TABLE days (
        user_id INTEGER NOT NULL, date TEXT NOT NULL, approved INTEGER,
        timetrack_fetched_at INTEGER, leave_fetched_at INTEGER,
        PRIMARY KEY (user_id, date)) WITHOUT ROWID)"_s,
    // minutes/comment: what the user sees (their own value while an edit is unsent);
    // server_*: the last value seen on the server. The state lives in the outbox only.
    uR"(CREATE TABLE timetrack_cells (
        user_id INTEGER NOT NULL, date TEXT NOT NULL, task_id INTEGER NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes >= 0), comment TEXT NOT NULL,
        server_minutes INTEGER NOT NULL, server_comment TEXT NOT NULL, fetched_at INTEGER,
        PRIMARY KEY (user_id, date, task_id)) WITHOUT ROWID)"_s,
    uR"(CREATE TABLE leave_cells (
        user_id INTEGER NOT NULL, date TEXT NOT NULL, leave_type_id INTEGER NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes >= 0), server_minutes INTEGER NOT NULL,
        fetched_at INTEGER, PRIMARY KEY (user_id, date, leave_type_id)) WITHOUT ROWID)"_s,
    // state: 0 pending, 1 conflict, 2 rejected. AUTOINCREMENT: ids never come back, so the
    // replay order (id ascending) is the order of the edits even after entries were removed.
    uR"(CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, user_id INTEGER, date TEXT,
        target_id INTEGER NOT NULL, payload TEXT NOT NULL, base TEXT NOT NULL, server TEXT,
        state INTEGER NOT NULL DEFAULT 0 CHECK (state IN (0, 1, 2)),
        message TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0, revision INTEGER NOT NULL DEFAULT 1))"_s,
    // At most one entry per cell: later edits of a cell merge into it.
    uR"(CREATE UNIQUE INDEX outbox_timetrack_cell ON outbox (user_id, date, target_id)
        WHERE kind = 'timetrack')"_s,
    uR"(CREATE UNIQUE INDEX outbox_leave_cell ON outbox (user_id, date, target_id)
        WHERE kind = 'leave')"_s,
    uR"(CREATE TABLE sync_meta (
        key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at INTEGER NOT NULL) WITHOUT ROWID)"_s,
    u"PRAGMA application_id = %1"_s.arg(ApplicationId),
};

// Version 2: the replay query (pending entries in id order) reads an index instead of the table.
const QStringList version2 = {
    u"CREATE INDEX outbox_replay ON outbox (state, id)"_s,
};

// Version 3: cost-of-work rates, one row of JSON per user (the list is only ever shown whole).
// The account's permission to read them is the sync_meta key "user_rates.forbidden".
const QStringList version3 = {
    uR"(CREATE TABLE user_rates (
        user_id INTEGER PRIMARY KEY, json TEXT NOT NULL, fetched_at INTEGER NOT NULL))"_s,
};

// Version 4: days the server refused a write on as locked or approved, learned from the refusal
// (the API has no way to read a lock). approval: 1 when the refusal said "approved" (a refresh
// that reports the day not approved forgets it), 0 for a lock. reason is the server's message;
// learned_at (UTC ms) lets a refresh long after the refusal forget it (see Store::markDayLocked).
const QStringList version4 = {
    uR"(CREATE TABLE locked_days (
        user_id INTEGER NOT NULL, date TEXT NOT NULL, approval INTEGER NOT NULL,
        reason TEXT NOT NULL, learned_at INTEGER NOT NULL,
        PRIMARY KEY (user_id, date)) WITHOUT ROWID)"_s,
};

// Step i brings the schema from version i to version i + 1. Append only: never edit a step that
// has shipped; a released file must be upgradable by replaying the steps after its version.
const QList<QStringList> &steps()
{
    static const QList<QStringList> list = {version1, version2, version3, version4};
    return list;
}

} // namespace

int latestVersion()
{
    return int(steps().size());
}

int migrate(const QSqlDatabase &db, int target)
{
    const int found = sql::scalar(db, u"PRAGMA user_version"_s).toInt();
    for (int version = found; version < target && version < latestVersion(); ++version) {
        sql::Transaction transaction(db);
        for (const QString &statement : steps().at(version))
            sql::exec(db, statement);
        // PRAGMA user_version writes the file header inside the transaction: it commits or rolls
        // back together with the step.
        sql::exec(db, u"PRAGMA user_version = %1"_s.arg(version + 1));
        transaction.commit();
    }
    return found;
}

} // namespace actidesk::schema
