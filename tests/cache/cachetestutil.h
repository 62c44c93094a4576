#pragma once

// Helpers for the cache suites: a raw second connection to a Store's file (to look at what is
// really on disk, or to interfere as another process would) and a pinned clock.

#include "store.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace cachetest {

class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        m_open = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_open; }
    // Runs one statement; returns false (and keeps the error) when it fails.
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        const bool ok = query.exec(sql);
        m_error = ok ? QString() : query.lastError().text();
        return ok;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next()) {
            m_error = query.lastError().text();
            return {};
        }
        return query.value(0);
    }
    QString error() const { return m_error; }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// A clock the test sets by hand (`now`), backwards too; the Store reads it as its Clock. The
// Store never waits, so its timers are plain ones.
struct PinnedClock
{
    QDateTime now = QDateTime(QDate(2024, 3, 4), QTime(9, 30), Qt::UTC);

    PinnedClock() = default;
    PinnedClock(const PinnedClock &other) : now(other.now) { }
    PinnedClock &operator=(const PinnedClock &other)
    {
        now = other.now; // the view keeps pointing at this object
        return *this;
    }
    actidesk::StoreOptions options()
    {
        actidesk::StoreOptions options;
        options.clock = &m_view;
        return options;
    }

private:
    class View final : public actidesk::Clock
    {
    public:
        explicit View(const PinnedClock &pinned) : m_pinned(pinned) { }
        QDateTime now() const override { return m_pinned.now; }
        qint64 monotonicMs() const override { return m_pinned.now.toMSecsSinceEpoch(); }
        void singleShot(qint64 delayMs, QObject *context,
                        std::function<void()> function) const override
        {
            QTimer::singleShot(int(delayMs), context, std::move(function));
        }

    private:
        const PinnedClock &m_pinned;
    };
    View m_view{*this};
};

inline QString tableList(RawDb &raw)
{
    return raw
        .scalar(QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM "
                               "sqlite_master WHERE type = 'table' ORDER BY name)"))
        .toString();
}

} // namespace cachetest
