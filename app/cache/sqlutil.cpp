#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace actidesk::sql {

namespace {

// SQLite primary result codes (sqlite3.h), so the cache layer needs no SQLite headers.
enum : int {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteCorrupt = 11,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
};

QString tr(const char *text)
{
    // The context lupdate gives tr() in namespace sql (translations/README.md).
    return QCoreApplication::translate("actidesk::sql", text);
}

} // namespace

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : 0;
}

StoreResult resultFromError(const QSqlError &error, const QString &what)
{
    return resultFromCode(sqliteCode(error), what + u": "_s + error.text());
}

StoreResult resultFromCode(int sqliteCode, const QString &detail)
{
    StoreResult result;
    result.detail = detail;
    switch (sqliteCode) {
    case SqliteBusy:
    case SqliteLocked:
        result.code = StoreResult::Code::Busy;
        result.message = tr("The offline cache is in use by another ActiDesk window. Close it "
                            "and try again.");
        break;
    case SqliteReadOnly:
    case SqliteCantOpen:
        result.code = StoreResult::Code::ReadOnly;
        result.message = tr("The offline cache cannot be written. Check the permissions of "
                            "ActiDesk's data folder.");
        break;
    case SqliteFull:
        result.code = StoreResult::Code::DiskFull;
        result.message = tr("The disk is full: the change could not be saved. Free some space "
                            "and try again.");
        break;
    case SqliteCorrupt:
    case SqliteNotADb:
        result.code = StoreResult::Code::Corrupt;
        result.message = tr("The offline cache is damaged. Restart ActiDesk to rebuild it from "
                            "the server.");
        break;
    default:
        result.code = StoreResult::Code::Failed;
        result.message = tr("The offline cache could not be read or written.");
        break;
    }
    return result;
}

void fail(StoreResult::Code code, const QString &message, const QString &detail)
{
    throw Failure{StoreResult{code, message, detail.isEmpty() ? message : detail}};
}

Query::Query(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw Failure{resultFromError(m_query.lastError(), u"prepare "_s + sql)};
}

Query &Query::bind(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.addBindValue(QString(u""_s));
    else
        m_query.addBindValue(value);
    return *this;
}

Query &Query::exec()
{
    if (!m_query.exec())
        throw Failure{resultFromError(m_query.lastError(), m_sql)};
    return *this;
}

void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw Failure{resultFromError(query.lastError(), sql)};
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        throw Failure{resultFromError(query.lastError(), sql)};
    return query.next() ? query.value(0) : QVariant();
}

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    exec(m_db, u"BEGIN IMMEDIATE"_s);
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery query(m_db);
        query.exec(u"ROLLBACK"_s); // best effort: a failed COMMIT may already have ended it
    }
}

void Transaction::commit()
{
    exec(m_db, u"COMMIT"_s);
    m_open = false;
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime toTime(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString idList(const QList<int> &ids)
{
    QJsonArray array;
    for (int id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace actidesk::sql
