// Store: opening (schema, WAL, migrations, recovery from corrupt / foreign / newer files, access
// problems) and the entity tables and server cells. The outbox is in tst_outbox; a full disk,
// rescue and file modes in tst_store_disk.
#include "cachetestutil.h"
#include "schema.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;
using cachetest::RawDb;

namespace {

Task sampleTask(int id, int projectId, int customerId, const QString &name)
{
    Task t;
    t.id = id;
    t.projectId = projectId;
    t.projectName = u"Project %1"_s.arg(projectId);
    t.customerId = customerId;
    t.customerName = u"Customer %1"_s.arg(customerId);
    t.name = name;
    t.description = u"About "_s + name;
    t.created = QDateTime(QDate(2023, 5, 1), QTime(8, 0), Qt::UTC);
    t.workflowStatusId = 2;
    t.workflowStatusName = u"In progress"_s;
    t.typeOfWorkId = 3;
    t.typeOfWorkName = u"Engineering"_s;
    t.url = u"https://example.com/tasks/%1"_s.arg(id);
    t.allowed = {true, false};
    return t;
}

QString fileSuffixes(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name).join(u',');
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    cachetest::PinnedClock m_clock;
    const QDate m_monday = QDate(2024, 3, 4);

    std::unique_ptr<Store> openStore(OpenReport *report = nullptr)
    {
        return Store::open(m_path, report, m_clock.options());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path =
            m_dir.filePath(u"case-%1/account.sqlite"_s.arg(QRandomGenerator::global()->generate()));
    }

    // --- opening

    void freshOpenCreatesTheSchema()
    {
        OpenReport report;
        auto store = openStore(&report);
        QVERIFY(store);
        QCOMPARE(report.outcome, OpenReport::Outcome::Fresh);
        QCOMPARE(report.toVersion, schema::latestVersion());
        QVERIFY(report.message.isEmpty());
        QCOMPARE(store->schemaVersion(), schema::latestVersion());
        RawDb raw(m_path);
        QCOMPARE(raw.scalar(u"PRAGMA application_id"_s).toInt(), schema::ApplicationId);
        QCOMPARE(cachetest::tableList(raw),
                 u"customers,days,departments,leave_cells,leave_types,locked_days,outbox,projects,"
                 u"schedule_days,server_info,sqlite_sequence,sync_meta,tasks,time_zone_groups,"
                 u"timetrack_cells,types_of_work,user_rates,users,workflow_statuses"_s);
    }

    void walModeIsOn()
    {
        auto store = openStore();
        QCOMPARE(store->journalMode(), u"wal"_s);
        QVERIFY(store->putDepartments({{1, u"Sales"_s, false}}));
        QVERIFY(QFile::exists(m_path + u"-wal"_s));
        RawDb raw(m_path);
        QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s); // persistent
    }

    void reopenKeepsData()
    {
        const User ann{
            7, u"ann"_s, u"ann@example.com"_s, u"Ann"_s, {},  u"Lee"_s, u"Ann Lee"_s, true,
            2, -1,       QDate(2020, 1, 6),    {},       true};
        {
            auto store = openStore();
            QVERIFY(store->putUsers({ann}));
        }
        OpenReport report;
        auto store = openStore(&report);
        QCOMPARE(report.outcome, OpenReport::Outcome::Existing);
        QCOMPARE(report.fromVersion, schema::latestVersion());
        QCOMPARE(store->users(), QList<User>{ann});
        QCOMPARE(store->lastError().ok(), true);
    }

    void twoStoresOnOneFileUseTheirOwnConnections()
    {
        auto first = openStore();
        auto second = openStore();
        QVERIFY(first && second);
        QVERIFY(first->putDepartments({{1, u"Sales"_s, false}}));
        QCOMPARE(second->departments().size(), 1);
        first.reset(); // closing one leaves the other working
        QVERIFY(second->putDepartments({{2, u"Support"_s, true}}));
        QCOMPARE(second->departments().size(), 2);
    }

    void defaultPathIsPerAccountUnderAppData()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        const QString a = Store::defaultPath(u"https://a.example.com|ann"_s);
        QVERIFY2(a.startsWith(base + u"/accounts/"_s), qPrintable(a));
        QVERIFY(a.endsWith(u".sqlite"_s));
        QCOMPARE(QFileInfo(a).completeBaseName().size(), 40); // hex SHA-1: no login in the name
        QCOMPARE(Store::defaultPath(u"https://a.example.com|ann"_s), a);
        QVERIFY(Store::defaultPath(u"https://a.example.com|bob"_s) != a);
        auto store = Store::open(a, nullptr);
        QVERIFY(store);
        store.reset();
        QFile::remove(a);
    }

    void migrationFromVersion1KeepsData()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        {
            RawDb raw(m_path);
            QVERIFY(raw.isOpen());
            const QString name = u"v1-maker"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(m_path);
                QVERIFY(db.open());
                QCOMPARE(schema::migrate(db, 1), 0);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
            QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 1);
            QVERIFY(raw.exec(u"INSERT INTO departments (id, name, is_default, fetched_at) "
                             u"VALUES (4, 'Legal', 0, 1000)"_s));
            QVERIFY(raw.exec(u"INSERT INTO outbox (kind, user_id, date, target_id, payload, "
                             u"base, created_at) VALUES ('timetrack', 1, '2024-03-04', 9, "
                             u"'{\"minutes\":30,\"comment\":\"\"}', '{\"minutes\":0}', 1000)"_s));
            QVERIFY(!raw.scalar(u"SELECT 1 FROM sqlite_master WHERE name = 'outbox_replay'"_s)
                         .isValid());
        }
        OpenReport report;
        auto store = openStore(&report);
        QVERIFY(store);
        QCOMPARE(report.outcome, OpenReport::Outcome::Existing);
        QCOMPARE(report.fromVersion, 1);
        QCOMPARE(report.toVersion, schema::latestVersion());
        QCOMPARE(store->schemaVersion(), schema::latestVersion());
        QCOMPARE(store->departments(), (QList<Department>{{4, u"Legal"_s, false}}));
        QCOMPARE(store->pendingEdits().size(), 1);
        RawDb raw(m_path);
        QVERIFY(
            raw.scalar(u"SELECT 1 FROM sqlite_master WHERE name = 'outbox_replay'"_s).isValid());
    }

    void migrationFromVersion3AddsLockedDays()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        {
            const QString name = u"v3-maker"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(m_path);
                QVERIFY(db.open());
                QCOMPARE(schema::migrate(db, 3), 0);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
            RawDb raw(m_path);
            QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 3);
            QVERIFY(raw.exec(u"INSERT INTO days (user_id, date, approved, timetrack_fetched_at) "
                             u"VALUES (1, '2024-03-04', 0, 1000)"_s));
            QVERIFY(
                !raw.scalar(u"SELECT 1 FROM sqlite_master WHERE name = 'locked_days'"_s).isValid());
        }
        OpenReport report;
        auto store = openStore(&report);
        QVERIFY(store);
        QCOMPARE(report.fromVersion, 3);
        QCOMPARE(store->schemaVersion(), schema::latestVersion());
        QCOMPARE(store->days(1, QDate(2024, 3, 4), QDate(2024, 3, 10)).size(), 1);
        QVERIFY(store->markDayLocked(1, QDate(2024, 3, 4), u"locked"_s, false));
        store.reset();
        // Kept across a restart.
        store = openStore();
        QCOMPARE(store->days(1, QDate(2024, 3, 4), QDate(2024, 3, 4)).value(0).lockedReason,
                 u"locked"_s);
    }

    void garbageFileIsMovedAsideWithItsWal()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QByteArray garbage(8192, '\0');
        for (char &c : garbage)
            c = char(QRandomGenerator::global()->bounded(256));
        for (const QString &file : {m_path, QString(m_path + u"-wal"_s)}) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(garbage);
        }
        OpenReport report;
        auto store = openStore(&report);
        QVERIFY(store);
        QCOMPARE(report.outcome, OpenReport::Outcome::Recovered);
        QCOMPARE(report.movedTo, m_path + u".corrupt-20240304T093000Z"_s);
        QVERIFY2(report.reason.contains(u"not an SQLite database"_s), qPrintable(report.reason));
        QVERIFY(report.message.contains(report.movedTo));
        QFile moved(report.movedTo);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), garbage); // kept as it was, for a bug report
        QVERIFY(QFile::exists(report.movedTo + u"-wal"_s)); // never replayed into the new file
        QVERIFY(store->putDepartments({{1, u"Sales"_s, false}}));
        QCOMPARE(store->departments().size(), 1);
    }

    void damagedDatabaseIsMovedAside()
    {
        {
            auto store = openStore();
            QList<Task> tasks;
            for (int i = 1; i <= 3000; ++i)
                tasks.append(sampleTask(i, i % 40, i % 7, u"Task %1"_s.arg(i)));
            QVERIFY(store->putTasks(tasks));
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 64 * 4096);
        file.seek(size / 2 / 4096 * 4096); // whole pages in the middle of the tasks table
        file.write(QByteArray(8 * 4096, '\xa5'));
        file.close();

        OpenReport report;
        auto store = openStore(&report);
        QVERIFY(store);
        QCOMPARE(report.outcome, OpenReport::Outcome::Recovered);
        QVERIFY(report.movedTo.contains(u".corrupt-"_s));
        QVERIFY(!report.reason.isEmpty());
        QCOMPARE(store->tasks().size(), 0); // rebuilt empty, to be filled from the server
    }

    void foreignSqliteFileIsMovedAside_data()
    {
        QTest::addColumn<int>("applicationId");
        QTest::newRow("another application") << 0x12345678;
        QTest::newRow("no application id, has tables") << 0;
    }

    void foreignSqliteFileIsMovedAside()
    {
        QFETCH(int, applicationId);
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        {
            RawDb raw(m_path);
            QVERIFY(raw.exec(u"PRAGMA application_id = %1"_s.arg(applicationId)));
            QVERIFY(raw.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s));
            QVERIFY(raw.exec(u"INSERT INTO notes (text) VALUES ('keep me')"_s));
        }
        OpenReport report;
        auto store = openStore(&report);
        QVERIFY(store);
        QCOMPARE(report.outcome, OpenReport::Outcome::Recovered);
        QCOMPARE(report.movedTo, m_path + u".foreign-20240304T093000Z"_s);
        QVERIFY(report.message.contains(u"does not belong to ActiDesk"_s));
        RawDb moved(report.movedTo);
        QCOMPARE(moved.scalar(u"SELECT text FROM notes"_s).toString(), u"keep me"_s);
        QCOMPARE(store->schemaVersion(), schema::latestVersion());
    }

    void newerSchemaIsMovedAside()
    {
        openStore().reset();
        {
            RawDb raw(m_path);
            QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s));
        }
        OpenReport report;
        auto store = openStore(&report);
        QVERIFY(store);
        QCOMPARE(report.outcome, OpenReport::Outcome::Recovered);
        QCOMPARE(report.fromVersion, 99);
        QVERIFY(report.movedTo.contains(u".newer-"_s));
        QVERIFY(report.message.contains(u"newer version"_s));
    }

    void secondRecoveryTheSameSecondGetsItsOwnName()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QStringList moved;
        for (int i = 0; i < 2; ++i) {
            QFile out(m_path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write("definitely not a database, long enough to have a header");
            out.close();
            OpenReport report;
            QVERIFY(openStore(&report));
            moved.append(report.movedTo);
        }
        QCOMPARE(moved.at(1), moved.at(0) + u"-2"_s);
    }

    void lockedFileFailsAndIsLeftAlone()
    {
        {
            auto store = openStore();
            QVERIFY(store->putDepartments({{1, u"Sales"_s, false}}));
        }
        RawDb holder(m_path); // another process holding the file exclusively
        QVERIFY(holder.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(holder.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(holder.exec(u"INSERT INTO sync_meta VALUES ('k', 'v', 0)"_s));

        OpenReport report;
        StoreOptions options = m_clock.options();
        options.busyTimeoutMs = 50;
        QVERIFY(!Store::open(m_path, &report, options));
        QCOMPARE(report.outcome, OpenReport::Outcome::Failed);
        QVERIFY2(report.message.contains(u"in use"_s), qPrintable(report.message));
        QVERIFY(report.movedTo.isEmpty());
        QVERIFY(holder.exec(u"COMMIT"_s));
        QVERIFY2(!fileSuffixes(QFileInfo(m_path).absolutePath()).contains(u".sqlite."_s),
                 qPrintable(fileSuffixes(QFileInfo(m_path).absolutePath()))); // nothing moved
        QCOMPARE(holder.scalar(u"SELECT name FROM departments"_s).toString(), u"Sales"_s);
    }

    void busyWriteIsAnErrorValue()
    {
        StoreOptions options = m_clock.options();
        options.busyTimeoutMs = 50;
        auto store = Store::open(m_path, nullptr, options);
        QVERIFY(store);
        RawDb holder(m_path);
        QVERIFY(holder.exec(u"BEGIN IMMEDIATE"_s)); // another writer holds the lock
        const StoreResult result = store->putDepartments({{1, u"Sales"_s, false}});
        QCOMPARE(result.code, StoreResult::Code::Busy);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(store->lastError().code, StoreResult::Code::Busy);
        QCOMPARE(store->departments().size(), 0); // readers still read (WAL)
        QVERIFY(store->lastError().ok());
        QVERIFY(holder.exec(u"ROLLBACK"_s));
        QVERIFY(store->putDepartments({{1, u"Sales"_s, false}}));
    }

    void directoryInPlaceOfTheFileFails()
    {
        QVERIFY(QDir().mkpath(m_path));
        OpenReport report;
        QVERIFY(!openStore(&report));
        QCOMPARE(report.outcome, OpenReport::Outcome::Failed);
        QVERIFY(report.message.contains(m_path));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
