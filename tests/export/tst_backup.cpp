// The backup: of the emulator's default dataset, loaded into a fresh emulator (--load-backup's
// loader), backed up again: equal. Also the requests it costs, a resumed backup, what an
// employee may not read, and files the loader refuses.
#include "actitimeclient.h"
#include "backup.h"
#include "backupload.h"
#include "clock.h"
#include "emulatorfixture.h"
#include "requestqueue.h"
#include "seedgenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace actidesk;

namespace {

const QDate kToday(2026, 11, 25);
const QDate kFrom = kToday.addDays(-70); // the seeded history is 8 weeks
const QDate kTo = kToday.addDays(14);

emu::Dataset defaultDataset()
{
    emu::SeedOptions options;
    options.today = kToday;
    return emu::generateDataset(options);
}

// One account's network stack against a fixture, with the real clock.
struct Client
{
    Client(const EmulatorFixture &server, const QString &login, const QString &password)
        : queue(&network, server.apiBase()), client(queue)
    {
        queue.setCredentials(login, password);
    }
    QNetworkAccessManager network;
    RequestQueue queue;
    ActiTimeClient client;
};

Backup::Options optionsFor(const QString &path, const QString &account,
                           const QString &login = u"admin"_s)
{
    Backup::Options options;
    options.path = path;
    options.account = account;
    options.login = login;
    options.from = kFrom;
    options.to = kTo;
    return options;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// What two backups of the same data share: everything but when and from where they were made.
QJsonObject comparable(QJsonObject backup)
{
    backup.remove(u"createdAt"_s);
    backup.remove(u"account"_s);
    return backup;
}

bool runBackup(Backup &backup)
{
    QSignalSpy finished(&backup, &Backup::finished);
    backup.start();
    if (!finished.wait(120'000))
        return false;
    if (!backup.isOk())
        qWarning("backup failed: %s", qPrintable(backup.errorMessage()));
    return backup.isOk();
}

// The first difference between two JSON values, for a readable failure.
QString firstDifference(const QJsonValue &a, const QJsonValue &b, const QString &path = u"$"_s)
{
    if (a.type() != b.type())
        return path + u": types differ"_s;
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        for (const QString &key : keys)
            if (const QString d = firstDifference(x.value(key), y.value(key), path + u'.' + key);
                !d.isEmpty())
                return d;
        return {};
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return path + u": %1 items against %2"_s.arg(x.size()).arg(y.size());
        for (qsizetype i = 0; i < x.size(); ++i)
            if (const QString d = firstDifference(x.at(i), y.at(i), u"%1[%2]"_s.arg(path).arg(i));
                !d.isEmpty())
                return d;
        return {};
    }
    if (a == b)
        return {};
    return path + u": "_s
        + QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact))
        + u" against "_s
        + QString::fromUtf8(QJsonDocument(QJsonArray{b}).toJson(QJsonDocument::Compact));
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripThroughAFreshEmulator();
    void resumesAfterAnInterruption();
    void anEmployeeBacksUpWhatItMayRead();
    void loaderRefusesOtherFiles();
};

void TestBackup::roundTripThroughAFreshEmulator()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(u"first.json"_s);
    const QString second = dir.filePath(u"second.json"_s);
    int operations = 0;
    int requests = 0;
    {
        EmulatorFixture server(defaultDataset(), {}, true);
        Client admin(server, u"admin"_s, u"manager"_s);
        Backup backup(admin.client, Clock::system(), optionsFor(first, u"server|admin"_s));
        QVERIFY(runBackup(backup));
        operations = backup.operationCount();
        requests = backup.requestCount();
    }
    QVERIFY(!QFile::exists(Backup::partialPath(first)));
    QCOMPARE(QFile::permissions(first) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const QJsonObject backup = readJson(first);
    QCOMPARE(backup.value(u"format"_s).toString(), u"actidesk-backup"_s);
    QCOMPARE(backup.value(u"version"_s).toInt(), 1);
    QCOMPARE(backup.value(u"users"_s).toArray().size(), 25);
    QCOMPARE(backup.value(u"tasks"_s).toArray().size(), 120);
    QCOMPARE(backup.value(u"projects"_s).toArray().size(), 24);
    QCOMPARE(backup.value(u"customers"_s).toArray().size(), 8);
    QCOMPARE(backup.value(u"schedules"_s).toObject().size(), 25);
    QCOMPARE(backup.value(u"workAssignments"_s).toObject().size(), 25);
    QVERIFY(!backup.value(u"timetrack"_s).toArray().isEmpty());
    QVERIFY(!backup.value(u"leavetime"_s).toArray().isEmpty());
    QVERIFY(!backup.value(u"userRates"_s).toArray().isEmpty());
    QVERIFY(!backup.value(u"comments"_s).toObject().isEmpty());
    QVERIFY(!backup.contains(u"unavailable"_s));
    QVERIFY(!QJsonDocument(backup).toJson().contains("\"url\""));
    // Fewest requests: the sub-requests in batches of the server's maxBatchSize (100), plus the
    // first, smaller batch sent before /info told the size, and a batch per round of answers
    // that the next requests depend on (lists -> schedules and comments).
    qInfo("backup: %d operations in %d requests", operations, requests);
    QVERIFY2(requests <= (operations + 99) / 100 + 3,
             qPrintable(u"%1 requests for %2 operations"_s.arg(requests).arg(operations)));

    emu::Dataset loaded;
    QString error;
    QVERIFY2(emu::backupload::loadFile(first, &loaded, &error), qPrintable(error));
    {
        EmulatorFixture fresh(std::move(loaded), {}, true);
        // Every password of a loaded backup is the username.
        Client admin(fresh, u"admin"_s, u"admin"_s);
        Backup again(admin.client, Clock::system(), optionsFor(second, u"other|admin"_s));
        QVERIFY(runBackup(again));
    }
    const QString difference = firstDifference(comparable(backup), comparable(readJson(second)));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestBackup::resumesAfterAnInterruption()
{
    QTemporaryDir dir;
    const QString whole = dir.filePath(u"whole.json"_s);
    const QString resumed = dir.filePath(u"resumed.json"_s);
    EmulatorFixture server(defaultDataset(), {}, true);
    Client admin(server, u"admin"_s, u"manager"_s);
    {
        Backup backup(admin.client, Clock::system(), optionsFor(whole, u"k"_s));
        QVERIFY(runBackup(backup));
    }
    int requestsBefore = 0;
    {
        Backup::Options options = optionsFor(resumed, u"k"_s);
        options.saveIntervalMs = 0;
        Backup interrupted(admin.client, Clock::system(), options);
        QSignalSpy progress(&interrupted, &Backup::progress);
        QSignalSpy finished(&interrupted, &Backup::finished);
        interrupted.start();
        QVERIFY(progress.wait(60'000));
        interrupted.cancel(); // as a killed process: the progress file stays
        QVERIFY(finished.wait(10'000));
        QVERIFY(!interrupted.isOk());
        requestsBefore = interrupted.requestCount();
        QVERIFY(QFile::exists(Backup::partialPath(resumed)));
        QVERIFY(!QFile::exists(resumed));
    }
    Backup rest(admin.client, Clock::system(), optionsFor(resumed, u"k"_s));
    QVERIFY(runBackup(rest));
    QVERIFY(rest.wasResumed());
    QVERIFY(requestsBefore >= 1);
    QVERIFY(!QFile::exists(Backup::partialPath(resumed)));
    const QString difference =
        firstDifference(comparable(readJson(whole)), comparable(readJson(resumed)));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // Progress of another account or range is not taken over.
    QFile::copy(whole, Backup::partialPath(dir.filePath(u"other.json"_s)));
    Backup other(admin.client, Clock::system(), optionsFor(dir.filePath(u"other.json"_s), u"k"_s));
    QVERIFY(runBackup(other));
    QVERIFY(!other.wasResumed());
}

void TestBackup::anEmployeeBacksUpWhatItMayRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"employee.json"_s);
    EmulatorFixture server(defaultDataset(), {}, true);
    Client employee(server, u"employee"_s, u"employee"_s);
    Backup backup(employee.client, Clock::system(), optionsFor(path, u"k"_s, u"employee"_s));
    QVERIFY(runBackup(backup));
    const QJsonObject json = readJson(path);
    QVERIFY(json.value(u"unavailable"_s).toArray().contains(u"userRates"_s));
    const int me = json.value(u"me"_s).toObject().value(u"id"_s).toInt();
    for (const QJsonValue &day : json.value(u"timetrack"_s).toArray())
        QCOMPARE(day.toObject().value(u"userId"_s).toInt(), me);
    QVERIFY(json.value(u"tasks"_s).toArray().size() < 120);

    // Loaded, the employee signs in as itself and sees the same.
    emu::Dataset loaded;
    QString error;
    QVERIFY2(emu::backupload::loadFile(path, &loaded, &error), qPrintable(error));
    EmulatorFixture fresh(std::move(loaded), {}, true);
    Client again(fresh, u"employee"_s, u"employee"_s);
    Backup second(again.client, Clock::system(),
                  optionsFor(dir.filePath(u"2.json"_s), u"k"_s, u"employee"_s));
    QVERIFY(runBackup(second));
    const QJsonObject json2 = readJson(dir.filePath(u"2.json"_s));
    QCOMPARE(json2.value(u"timetrack"_s), json.value(u"timetrack"_s));
    QCOMPARE(json2.value(u"tasks"_s).toArray().size(), json.value(u"tasks"_s).toArray().size());
}

void TestBackup::loaderRefusesOtherFiles()
{
    emu::Dataset data;
    QString error;
    QVERIFY(!emu::backupload::load(QJsonObject{{u"format"_s, u"something"_s}}, &data, &error));
    QVERIFY(error.contains(u"not an ActiDesk backup"_s));
    QVERIFY(!emu::backupload::load(
        QJsonObject{{u"format"_s, u"actidesk-backup"_s}, {u"version"_s, 2}}, &data, &error));
    QVERIFY(error.contains(u"version 2"_s));
    QVERIFY(!emu::backupload::loadFile(u"/nonexistent/backup.json"_s, &data, &error));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
