// Store: opening (checks, recovery, pragmas, migrations) and the plumbing shared by the others.
#include "schema.h"
#include "storeprivate.h"
#include "storeworker.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>
#include <QTimeZone>

#include <atomic>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

std::atomic<int> connectionCounter{0};

// Why a file cannot be used as it is.
enum class Problem {
    None,
    Corrupt, // not a database, or damaged: moved aside
    Foreign, // another application's SQLite file: moved aside
    Newer, // written by a newer ActiDesk (schema we cannot read): moved aside
    Access, // cannot open, read or write it now (permissions, locks): left alone
};

struct Probe
{
    Problem problem = Problem::None;
    QString reason; // technical, English
    StoreResult error; // Access: the user-facing error
    int foundVersion = 0;
    bool fresh = false;
};

Probe fromFailure(const sql::Failure &failure)
{
    const bool corrupt = failure.result.code == StoreResult::Code::Corrupt;
    return {corrupt ? Problem::Corrupt : Problem::Access, failure.result.detail, failure.result};
}

// An SQLite file starts with this header; anything else is not a database at all.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // let SQLite report the access problem
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// Opens `db` and brings it to a usable state; on a problem the caller closes it.
Probe prepare(QSqlDatabase &db, const QString &path)
{
    Probe probe;
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0 && !hasSqliteHeader(path))
        return {Problem::Corrupt, u"the file is not an SQLite database"_s, {}};
    if (!db.open()) {
        const StoreResult error = sql::resultFromError(db.lastError(), u"open"_s);
        return {error.code == StoreResult::Code::Corrupt ? Problem::Corrupt : Problem::Access,
                error.detail, error};
    }
    try {
        const int applicationId = sql::scalar(db, u"PRAGMA application_id"_s).toInt();
        probe.foundVersion = sql::scalar(db, u"PRAGMA user_version"_s).toInt();
        const int objects = sql::scalar(db, u"SELECT count(*) FROM sqlite_master"_s).toInt();
        probe.fresh = applicationId == 0 && objects == 0;
        const auto problem = [&](Problem kind, const QString &reason) {
            probe.problem = kind;
            probe.reason = reason;
            return probe;
        };
        if (applicationId != schema::ApplicationId && !probe.fresh)
            return problem(Problem::Foreign,
                           u"application_id %1 is not ActiDesk's"_s.arg(applicationId, 0, 16));
        if (probe.foundVersion > schema::latestVersion())
            return problem(Problem::Newer,
                           u"schema version %1 is newer than %2"_s.arg(probe.foundVersion)
                               .arg(schema::latestVersion()));
        if (!probe.fresh) {
            // quick_check reads every page (O(size), no index cross-checks): a few ms per MB.
            const QString check = sql::scalar(db, u"PRAGMA quick_check(1)"_s).toString();
            if (check != u"ok"_s)
                return problem(Problem::Corrupt, u"quick_check: "_s + check);
        }
        const QString mode = sql::scalar(db, u"PRAGMA journal_mode = WAL"_s).toString();
        if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            sql::fail(StoreResult::Code::ReadOnly,
                      Store::tr("The offline cache cannot be written. Check the permissions of "
                                "ActiDesk's data folder."),
                      u"journal_mode stayed %1"_s.arg(mode));
        sql::exec(db, u"PRAGMA synchronous = NORMAL"_s);
        sql::exec(db, u"PRAGMA foreign_keys = ON"_s);
        schema::migrate(db);
        // SQLite opens a file it may not write read-only without a word; find out now, not at
        // the user's first edit. The write is rolled back.
        sql::Transaction writeProbe(db);
        sql::exec(db, u"PRAGMA user_version = %1"_s.arg(schema::latestVersion()));
    } catch (const sql::Failure &failure) {
        Probe failed = fromFailure(failure);
        failed.foundVersion = probe.foundVersion;
        return failed;
    }
    return probe;
}

// Renames the file (and its WAL / rollback journal, which belong to it) out of the way. A stale
// -wal next to a new database would be replayed into it, so it must go too; -shm is rebuilt.
QString moveAside(const QString &path, const QString &tag, const QDateTime &now)
{
    const QString base = path + u'.' + tag + u'-' + now.toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString target = base;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + u'-' + QString::number(n);
    if (!QFile::rename(path, target))
        return {};
    for (const QString &suffix : {u"-wal"_s, u"-journal"_s}) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    QFile::remove(path + u"-shm"_s);
    return target;
}

// Moved-aside files are kept a while for a bug report, not for ever.
constexpr int KeepMovedAsideDays = 30;

// Removes the files moved aside from `path` (tags of problemTag, with their -wal / -journal /
// -shm) that were moved aside more than KeepMovedAsideDays before `now`. When that was is in the
// name (moveAside's stamp); a rename keeps the modification time of the file's last write, which
// may be long before it was set aside. A name without a stamp falls back to that time.
void removeOldMovedAside(const QString &path, const QDateTime &now)
{
    const QFileInfo info(path);
    const QDateTime cutoff = now.addDays(-KeepMovedAsideDays);
    for (const QString &tag : {u"corrupt"_s, u"foreign"_s, u"newer"_s}) {
        const QString prefix = info.fileName() + u'.' + tag + u'-';
        for (const QFileInfo &file :
             info.absoluteDir().entryInfoList({prefix + u'*'}, QDir::Files | QDir::Hidden)) {
            QDateTime movedAt = QDateTime::fromString(file.fileName().mid(prefix.size(), 16),
                                                      u"yyyyMMdd'T'HHmmss'Z'"_s);
            movedAt.setTimeZone(QTimeZone::utc());
            if (!movedAt.isValid())
                movedAt = file.lastModified().toUTC();
            if (movedAt < cutoff)
                QFile::remove(file.absoluteFilePath()); // best effort: tried again next time
        }
    }
}

// The cache holds the account's data: only its owner may read it. SQLite gives the -wal and
// -shm it creates the mode of the database file, so the file is made private before SQLite
// opens it (created empty if need be: SQLite starts a new database in an empty file).
void makePrivate(const QString &path)
{
#ifdef Q_OS_UNIX
    // Only a folder of our own: never a shared one such as /tmp (sticky) that a caller chose.
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    struct stat status;
    if (::stat(folder.constData(), &status) == 0 && status.st_uid == ::geteuid()
        && !(status.st_mode & S_ISVTX) && (status.st_mode & 07777) != 0700)
        ::chmod(folder.constData(), 0700);
#endif
    if (!QFileInfo::exists(path)) {
        QFile create(path);
        if (create.open(QIODevice::WriteOnly))
            create.close();
    }
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFileInfo::exists(path + suffix))
            QFile::setPermissions(path + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
}

QString problemTag(Problem problem)
{
    switch (problem) {
    case Problem::Foreign:
        return u"foreign"_s;
    case Problem::Newer:
        return u"newer"_s;
    default:
        return u"corrupt"_s;
    }
}

QString problemForUser(Problem problem)
{
    switch (problem) {
    case Problem::Foreign:
        return Store::tr("the file does not belong to ActiDesk");
    case Problem::Newer:
        return Store::tr("it was written by a newer version of ActiDesk");
    default:
        return Store::tr("it is damaged");
    }
}

// What the user learns about their unsent changes after a rescue. Two source texts per plural,
// so English reads right without a translation loaded; both take %n for translators.
QString rescueSentence(const OpenReport &report)
{
    const int n = report.rescued;
    if (n > 0 && report.rescueIncomplete)
        return n == 1
            ? Store::tr("%n change not yet sent was kept; others could not be read.", nullptr, n)
            : Store::tr("%n changes not yet sent were kept; others could not be read.", nullptr, n);
    if (n > 0)
        return n == 1
            ? Store::tr("%n change not yet sent was kept and will be sent.", nullptr, n)
            : Store::tr("%n changes not yet sent were kept and will be sent.", nullptr, n);
    if (report.rescueIncomplete)
        return Store::tr("Changes that had not been sent yet could not be kept.");
    return Store::tr("No change was waiting to be sent.");
}

} // namespace

std::unique_ptr<Store> Store::open(const QString &path, OpenReport *report,
                                   const StoreOptions &options)
{
    OpenReport local;
    OpenReport &r = report ? *report : local;
    r = {};
    const auto failed = [&](const QString &reason, const QString &why) {
        r.outcome = OpenReport::Outcome::Failed;
        r.reason = reason;
        r.message = tr("The offline cache %1 could not be opened. %2").arg(path, why);
        return nullptr;
    };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return failed(u"cannot create "_s + info.absolutePath(),
                      tr("Its folder cannot be created."));
    if (info.exists() && !info.isFile())
        return failed(u"not a file"_s, tr("Something else is in its place."));

    const QDateTime now = (options.clock ? *options.clock : Clock::system()).now();
    removeOldMovedAside(path, now);
    QString movedAside; // a damaged file whose outbox is rescued once the new cache is open
    for (int attempt = 0; attempt < 2; ++attempt) {
        makePrivate(path);
        const QString connection = u"actidesk-store-%1"_s.arg(++connectionCounter);
        Probe probe;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs));
            probe = prepare(db, path);
            if (probe.problem != Problem::None)
                db.close();
        }
        if (probe.problem == Problem::None) {
            if (r.outcome != OpenReport::Outcome::Recovered) {
                r.outcome =
                    probe.fresh ? OpenReport::Outcome::Fresh : OpenReport::Outcome::Existing;
                r.fromVersion = probe.foundVersion; // Recovered: the moved file's version
            }
            r.toVersion = schema::latestVersion();
            makePrivate(path); // the -wal and -shm SQLite created meanwhile
            std::unique_ptr<Store> store(new Store(path, connection, options));
            if (!movedAside.isEmpty()) {
                store->rescueOutbox(movedAside, r);
                r.message += u' ' + rescueSentence(r);
            }
            return store;
        }
        QSqlDatabase::removeDatabase(connection);
        if (probe.problem == Problem::Access || attempt > 0)
            return failed(probe.reason,
                          probe.error.message.isEmpty() ? probe.reason : probe.error.message);
        const QString movedTo = moveAside(path, problemTag(probe.problem), now);
        if (movedTo.isEmpty())
            return failed(probe.reason + u"; cannot move it aside"_s,
                          tr("It is unusable and cannot be moved aside."));
        r.outcome = OpenReport::Outcome::Recovered;
        r.movedTo = movedTo;
        r.reason = probe.reason;
        r.fromVersion = probe.foundVersion;
        r.message = tr("The offline cache could not be used (%1). It was set aside as %2 and a "
                       "new one was started: your data will be downloaded again from the "
                       "server.")
                        .arg(problemForUser(probe.problem), movedTo);
        // Only a damaged ActiDesk file of this schema has an outbox worth reading.
        if (probe.problem == Problem::Corrupt)
            movedAside = movedTo;
        else
            r.message += u' ' + tr("Changes that had not been sent yet could not be kept.");
    }
    return nullptr; // not reached: the second attempt either opens or fails above
}

QString Store::defaultPath(const QString &accountKey)
{
    const QByteArray hash =
        QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/accounts/"_s
        + QString::fromLatin1(hash) + u".sqlite"_s;
}

Store::Store(const QString &path, const QString &connection, const StoreOptions &options)
    : m_path(path), m_connection(connection), m_options(options)
{
}

std::unique_ptr<Store> Store::attach(const QString &path, const StoreOptions &options,
                                     StoreResult *error)
{
    const QString connection = u"actidesk-store-%1"_s.arg(++connectionCounter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs));
        try {
            if (!db.open())
                throw sql::Failure{sql::resultFromError(db.lastError(), u"open"_s)};
            // The file is in WAL mode already (open() saw to it); these are per connection.
            sql::exec(db, u"PRAGMA synchronous = NORMAL"_s);
            sql::exec(db, u"PRAGMA foreign_keys = ON"_s);
        } catch (const sql::Failure &failure) {
            if (error)
                *error = failure.result;
            db.close();
            db = {};
            QSqlDatabase::removeDatabase(connection);
            return nullptr;
        }
    }
    return std::unique_ptr<Store>(new Store(path, connection, options));
}

Store::~Store()
{
    m_worker.reset(); // its connection closes first; a job still running commits or rolls back
    {
        QSqlDatabase connection = db();
        connection.close(); // the last connection to close checkpoints and removes the WAL
    }
    QSqlDatabase::removeDatabase(m_connection);
}

int Store::schemaVersion() const
{
    QSqlQuery query(db());
    return query.exec(u"PRAGMA user_version"_s) && query.next() ? query.value(0).toInt() : -1;
}

QString Store::journalMode() const
{
    QSqlQuery query(db());
    return query.exec(u"PRAGMA journal_mode"_s) && query.next() ? query.value(0).toString()
                                                                : QString();
}

QDateTime Store::now() const
{
    return clock().now();
}

StoreResult Store::write(const std::function<void()> &body, Durability durability)
{
    m_lastError = {};
    if (m_failNthWrite > 0 && --m_failNthWrite == 0) {
        m_lastError = sql::resultFromCode(sql::SqliteFull, u"simulated failure of a write"_s);
        if (m_inTransaction && !m_nestedFailure)
            m_nestedFailure = m_lastError;
        return m_lastError;
    }
    if (m_inTransaction) {
        // Part of writeTogether's transaction: its commit or rollback decides.
        try {
            if (m_simulateDiskFull)
                throw sql::Failure{sql::resultFromCode(sql::SqliteFull, u"simulated full disk"_s)};
            body();
        } catch (const sql::Failure &failure) {
            m_lastError = failure.result;
            if (!m_nestedFailure)
                m_nestedFailure = m_lastError;
        }
        return m_lastError;
    }
    // SQLite refuses to change synchronous inside a transaction, so it is switched around one.
    const bool full = durability == Durability::Full;
    try {
        if (full)
            sql::exec(db(), u"PRAGMA synchronous = FULL"_s);
        sql::Transaction transaction(db());
        if (m_options.onWriteTransaction)
            m_options.onWriteTransaction(sql::scalar(db(), u"PRAGMA synchronous"_s).toInt());
        // writeTogether's own transaction changes nothing by itself (an empty one commits on a
        // full disk too): its writes fail.
        if (m_simulateDiskFull && !m_startingTogether)
            throw sql::Failure{sql::resultFromCode(sql::SqliteFull, u"simulated full disk"_s)};
        m_startingTogether = false;
        body();
        transaction.commit();
    } catch (const sql::Failure &failure) {
        m_lastError = failure.result;
    }
    if (full) {
        // Best effort: should it fail, later writes are merely more durable than needed.
        QSqlQuery restore(db());
        restore.exec(u"PRAGMA synchronous = NORMAL"_s);
    }
    return m_lastError;
}

StoreResult Store::writeTogether(const std::function<StoreResult()> &writes, bool userEdits)
{
    return together(writes, userEdits ? Durability::Full : Durability::Normal);
}

StoreResult Store::recordReplay(const QList<OutboxEntry> &sent,
                                const std::function<StoreResult()> &writes)
{
    // Decided before the transaction opens: SQLite cannot switch synchronous inside one.
    return together(writes, confirmDurability(sent));
}

StoreResult Store::together(const std::function<StoreResult()> &writes, Durability durability)
{
    if (m_inTransaction) { // already inside one: simply part of it
        return writes();
    }
    m_nestedFailure.reset();
    if (m_failNthWrite > 0)
        ++m_failNthWrite; // the transaction itself is not one of the writes counted
    m_startingTogether = true;
    m_unannounced = {};
    const StoreResult result = write(
        [&] {
            m_inTransaction = true;
            StoreResult outcome;
            try {
                outcome = writes();
            } catch (...) {
                m_inTransaction = false;
                throw;
            }
            m_inTransaction = false;
            // Any failed write rolls back all of them, even one whose result the caller ignored.
            if (m_nestedFailure)
                throw sql::Failure{*std::exchange(m_nestedFailure, std::nullopt)};
            if (!outcome)
                throw sql::Failure{outcome};
        },
        durability);
    m_inTransaction = false;
    m_startingTogether = false;
    m_nestedFailure.reset();
    // Rolled back: nothing changed, nothing is announced.
    const StoreChange change = std::exchange(m_unannounced, {});
    if (result && !change.isEmpty())
        Q_EMIT m_changes->changed(change);
    return result;
}

void Store::writeInBackground(std::function<StoreResult(Store &)> writes, QObject *context,
                              std::function<void(const StoreResult &)> done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto finish = [this, guard, hasContext, done = std::move(done)](const StoreResult &result,
                                                                    const StoreChange &change) {
        if (result && !change.isEmpty())
            Q_EMIT m_changes->changed(change);
        if (done && (!hasContext || guard))
            done(result);
    };
    // The test seam counts the whole job as one write.
    if (m_failNthWrite > 0 && --m_failNthWrite == 0) {
        const StoreResult failed =
            sql::resultFromCode(sql::SqliteFull, u"simulated failure of a write"_s);
        QMetaObject::invokeMethod(
            m_changes.get(), [finish, failed]() { finish(failed, {}); }, Qt::QueuedConnection);
        return;
    }
    if (!m_worker)
        m_worker = std::make_unique<StoreWorker>(m_path, m_options);
    m_worker->submit({std::move(writes), now(), clock().today(), m_simulateDiskFull},
                     std::move(finish));
}

StoreResult Store::announce(const StoreResult &result, const StoreChange &change)
{
    if (!result)
        return result;
    if (m_inTransaction)
        m_unannounced.merge(change);
    else
        Q_EMIT m_changes->changed(change);
    return result;
}

StoreResult Store::setMeta(const QString &key, const QString &value)
{
    StoreChange change;
    change.metaKeys.append(key);
    return announce(write([&] {
                        sql::Query(db(),
                                   u"INSERT OR REPLACE INTO sync_meta (key, value, updated_at) "
                                   u"VALUES (?, ?, ?)"_s)
                            .bind(key)
                            .bind(value)
                            .bind(sql::timeValue(now()))
                            .exec();
                    }),
                    change);
}

std::optional<QString> Store::meta(const QString &key)
{
    return read<std::optional<QString>>([&]() -> std::optional<QString> {
        sql::Query query(db(), u"SELECT value FROM sync_meta WHERE key = ?"_s);
        query.bind(key).exec();
        if (!query.next())
            return std::nullopt;
        return query.value(0).toString();
    });
}

} // namespace actidesk
