#pragma once

// Internal: how each entity maps to its table. Table<T> gives the table name, the columns (the
// first is always id; fetched_at is added by the Store), the values of one entity in column
// order, the entity from one row read in the same order, and the names other tables copy from it.

#include "reference.h"
#include "scope.h"
#include "sqlutil.h"
#include "storetypes.h"
#include "user.h"

#include <QStringList>

namespace actidesk::tables {

template<typename T>
struct Table;

// A name copied into another table's rows (e.g. tasks.customer_name): refreshed whenever the
// named entity is put, so lists read one table instead of joining four.
struct CopiedName
{
    QString table; // tasks
    QString idColumn; // customer_id
    QString nameColumn; // customer_name
};

#define ACTIDESK_DECLARE_TABLE(Type)                                                               \
    template<>                                                                                     \
    struct Table<Type>                                                                             \
    {                                                                                              \
        static const StoreEntity entity;                                                           \
        static QString name();                                                                     \
        static QStringList columns();                                                              \
        static QVariantList values(const Type &row);                                               \
        static Type fromRow(const sql::Query &query);                                              \
        static QList<CopiedName> copiedNames();                                                    \
        static int id(const Type &row) { return row.id; }                                          \
    }

ACTIDESK_DECLARE_TABLE(User);
ACTIDESK_DECLARE_TABLE(Customer);
ACTIDESK_DECLARE_TABLE(Project);
ACTIDESK_DECLARE_TABLE(Task);
ACTIDESK_DECLARE_TABLE(Department);
ACTIDESK_DECLARE_TABLE(TimeZoneGroup);
ACTIDESK_DECLARE_TABLE(TypeOfWork);
ACTIDESK_DECLARE_TABLE(WorkflowStatus);
ACTIDESK_DECLARE_TABLE(LeaveType);

#undef ACTIDESK_DECLARE_TABLE

QString tableName(StoreEntity entity);

// ServerInfo is one row of JSON: nothing filters on it.
QString serverInfoJson(const ServerInfo &info);
ServerInfo serverInfoFromJson(const QString &json);

// UserRates (the periods of one user) likewise.
QString userRatesJson(const UserRates &rates);
UserRates userRatesFromJson(int userId, const QString &json);

} // namespace actidesk::tables
