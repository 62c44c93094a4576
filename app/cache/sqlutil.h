#pragma once

// Internal to the cache layer: small helpers over QtSql that throw sql::Failure, so the Store's
// code reads straight through; Store catches at its public boundary and returns a StoreResult.

#include "storetypes.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace actidesk::sql {

struct Failure
{
    StoreResult result;
};

// SQLite's primary result code of an error (extended codes folded), 0 when there is none.
int sqliteCode(const QSqlError &error);
// Maps an SQL error to a result with a user message; `what` names the operation for the detail.
StoreResult resultFromError(const QSqlError &error, const QString &what);
// The same for a primary SQLite result code (e.g. 13, SQLITE_FULL) and a technical detail.
StoreResult resultFromCode(int sqliteCode, const QString &detail);
inline constexpr int SqliteFull = 13;
[[noreturn]] void fail(StoreResult::Code code, const QString &message, const QString &detail = {});

// A prepared statement; every failure throws.
class Query
{
public:
    Query(const QSqlDatabase &db, const QString &sql);
    // A null QString binds as an empty string: QtSql would store NULL, and columns of texts are
    // NOT NULL (the domain types do not tell null from empty).
    Query &bind(const QVariant &value);
    // Runs with the values bound since the last exec() (positional, in order).
    Query &exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }

private:
    QSqlQuery m_query;
    QString m_sql;
};

// Runs statement(s) that take no parameters.
void exec(const QSqlDatabase &db, const QString &sql);
// The first column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &sql);

// BEGIN IMMEDIATE … COMMIT; rolls back when destroyed uncommitted (an exception passed through).
// IMMEDIATE takes the write lock up front, so the busy timeout applies instead of a deadlock
// between two connections that both read first and then try to write.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    void commit();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// Values as stored: dates as ISO text (readable, sorts), times as UTC milliseconds.
QVariant dateValue(const QDate &date);
QDate toDate(const QVariant &value);
QVariant timeValue(const QDateTime &time);
QDateTime toTime(const QVariant &value);
// A JSON array of ids for `IN (SELECT value FROM json_each(?))`: any number of ids in one
// parameter.
QString idList(const QList<int> &ids);

} // namespace actidesk::sql
