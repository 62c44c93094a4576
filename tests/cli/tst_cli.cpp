// actidesk-cli, run as a separate process against the in-process emulator: exit codes, messages
// on stderr and results on stdout, accounts, log then week, a log made offline sent exactly once
// by sync, export (what the cache lacks fetched first, offline what it lacks said; the lists
// fetched again each run) and backup, and the CLI beside a running app (its instance lock held, its
// cache open with an edit of its own). Also: the executable links no QtGui or Widgets.
#include "account.h"
#include "emulatorfixture.h"
#include "instanceguard.h"
#include "store.h"
#include "testdataset.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

const QDate kMonday = testdata::kWeekStart; // 2026-11-23

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void linksNoGuiLibraries();
    void helpAndUsageErrors();
    void speaksTheChosenLanguage();
    void addAccountChecksThePassword();
    void noPasswordIsAnAuthenticationError();
    void unreachableServerIsANetworkError();
    void logThenWeekShowsIt();
    void logOfflineThenSyncSendsItOnce();
    void taskWordsMustNameOneTask();
    void exportWritesCsvAndICalendar();
    void managerExportsTheReview();
    void exportFetchesWhatTheCacheLacks();
    void exportRefreshesTheListsEachRun();
    void exportToStandardOutputOrAnUnwritableFile();
    void keychainPasswordIsUsed();
    void backupWritesTheFile();
    void runsBesideTheApp();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {}, bool keychain = false);
    Run runWithPassword(QStringList arguments, const QByteArray &password = "employee\n");
    void addEmployee();
    int serverMinutes(const QDate &date, int taskId);
    QString serverUrl() const;
    QString cachePath() const;

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<EmulatorFixture> m_server;
    // ACTIDESK_LANGUAGE of the runs: English unless a test asks (whatever the machine's).
    QString m_language = u"en"_s;
};

void TestCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<EmulatorFixture>(testdata::contractDataset(),
                                                 emu::EmulatorOptions{}, true);
}

void TestCli::cleanup()
{
    m_language = u"en"_s;
    m_server.reset();
    m_home.reset();
}

Run TestCli::run(const QStringList &arguments, const QByteArray &input, bool keychain)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    env.insert(u"ACTIDESK_LANGUAGE"_s, m_language);
    // No keychain unless a test asks for the one of scripts/with-keyring.sh.
    if (!keychain)
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(ACTIDESK_CLI), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    // The event loop runs meanwhile: the emulator answers from this process.
    if (!finished.wait(120'000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    Run result{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    if (process.exitStatus() != QProcess::NormalExit)
        result.code = -2;
    return result;
}

Run TestCli::runWithPassword(QStringList arguments, const QByteArray &password)
{
    arguments.append(u"--password-stdin"_s);
    return run(arguments, password);
}

QString TestCli::serverUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_server->port());
}

QString TestCli::cachePath() const
{
    const actidesk::Account account{QUrl(serverUrl()), u"employee"_s, {}};
    const QByteArray hash =
        QCryptographicHash::hash(account.key().toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_home->filePath(u"data/ActiDesk/ActiDesk/accounts/"_s) + QString::fromLatin1(hash)
        + u".sqlite"_s;
}

void TestCli::addEmployee()
{
    const Run added = runWithPassword({u"accounts"_s, u"add"_s, serverUrl(), u"employee"_s});
    QVERIFY2(added.code == 0, added.err.constData());
}

int TestCli::serverMinutes(const QDate &date, int taskId)
{
    const auto day = m_server->data().timetrack.find(emu::dayKey(date, 3));
    if (day == m_server->data().timetrack.end())
        return 0;
    const auto record = day->second.find(taskId);
    return record == day->second.end() ? 0 : record->second.time;
}

void TestCli::linksNoGuiLibraries()
{
    QProcess ldd;
    ldd.start(u"ldd"_s, {QStringLiteral(ACTIDESK_CLI)});
    QVERIFY(ldd.waitForFinished());
    const QByteArray libraries = ldd.readAllStandardOutput();
    QVERIFY(libraries.contains("libQt6Core"));
    QVERIFY2(!libraries.contains("libQt6Gui"), libraries.constData());
    QVERIFY2(!libraries.contains("libQt6Widgets"), libraries.constData());
}

void TestCli::helpAndUsageErrors()
{
    const Run help = run({u"--help"_s});
    QCOMPARE(help.code, 0);
    for (const char *command : {"accounts", "status", "week", "log", "sync", "export", "backup"})
        QVERIFY2(help.out.contains(command), command);
    QVERIFY(help.out.contains("Exit codes"));
    QCOMPARE(run({}).code, 1);
    const Run unknown = run({u"frobnicate"_s});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY(unknown.err.contains("unknown command"));
    const Run weekHelp = run({u"week"_s, u"--help"_s});
    QCOMPARE(weekHelp.code, 0);
    QVERIFY(weekHelp.out.contains("--date"));
    QVERIFY(weekHelp.out.contains("--password-stdin"));
    QCOMPARE(run({u"week"_s, u"--bogus"_s}).code, 1);
    QCOMPARE(run({u"log"_s, u"--task"_s, u"x"_s}).code, 1); // no duration
    // No account yet: a usage error that says how to add one.
    const Run none = run({u"week"_s});
    QCOMPARE(none.code, 1);
    QVERIFY(none.err.contains("accounts add"));
}

void TestCli::speaksTheChosenLanguage()
{
    m_language = u"de"_s;
    const Run help = run({u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY2(help.out.startsWith("Aufruf: actidesk-cli COMMAND [Optionen]"), help.out.constData());
    // A command's own texts (a file-local tr() whose context must be the one lupdate files).
    const Run month = run({u"export"_s, u"timesheet"_s, u"--month"_s, u"2026-13"_s});
    QCOMPARE(month.code, 1);
    QVERIFY2(month.err.contains("--month erwartet JJJJ-MM."), month.err.constData());
    // Its help: the description in German, Qt's own "Options:" too when Qt's German is installed.
    const Run exportHelp = run({u"export"_s, u"--help"_s});
    QCOMPARE(exportHelp.code, 0);
    QVERIFY2(exportHelp.out.contains("timesheet"), exportHelp.out.constData());
    QVERIFY2(!exportHelp.out.contains("Writes a file from the account's data"),
             exportHelp.out.constData());
    m_language = u"ru"_s;
    const Run unknown = run({u"frobnicate"_s});
    QCOMPARE(unknown.code, 1);
    QVERIFY2(!unknown.err.contains("unknown command"), unknown.err.constData());
    QVERIFY2(unknown.err.contains("frobnicate"), unknown.err.constData());
}

void TestCli::addAccountChecksThePassword()
{
    const Run wrong = runWithPassword({u"accounts"_s, u"add"_s, serverUrl(), u"employee"_s},
                                      "not-the-password\n");
    QCOMPARE(wrong.code, 2);
    QVERIFY(!wrong.err.isEmpty());
    QCOMPARE(run({u"accounts"_s}).out, QByteArray());

    addEmployee();
    const Run list = run({u"accounts"_s});
    QCOMPARE(list.code, 0);
    QVERIFY2(list.out.contains("* employee@127.0.0.1:"), list.out.constData());
    const Run json = run({u"accounts"_s, u"--json"_s});
    const QJsonArray accounts = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.at(0)[u"login"_s].toString(), u"employee"_s);
    QVERIFY(accounts.at(0)[u"lastUsed"_s].toBool());
}

void TestCli::noPasswordIsAnAuthenticationError()
{
    addEmployee();
    const Run sync = run({u"sync"_s});
    QCOMPARE(sync.code, 2);
    QVERIFY2(sync.err.contains("--password-stdin"), sync.err.constData());
    // What needs only the cache still works.
    QCOMPARE(run({u"status"_s, u"--offline"_s}).code, 0);
}

void TestCli::unreachableServerIsANetworkError()
{
    addEmployee();
    const QString url = serverUrl();
    m_server.reset(); // the server goes away
    const Run sync = runWithPassword({u"sync"_s});
    QCOMPARE(sync.code, 3);
    QVERIFY(!sync.err.isEmpty());
    // week falls back to the cache (nothing fetched yet, but it answers).
    const Run week = runWithPassword({u"week"_s, u"--date"_s, kMonday.toString(Qt::ISODate)});
    QCOMPARE(week.code, 0);
    QVERIFY(week.out.contains("from the cache"));
    Q_UNUSED(url);
}

void TestCli::logThenWeekShowsIt()
{
    addEmployee();
    const int before = serverMinutes(kMonday, 3);
    const Run log =
        runWithPassword({u"log"_s, u"2:30"_s, u"--task"_s, u"landing"_s, u"--date"_s,
                         kMonday.toString(Qt::ISODate), u"--comment"_s, u"Copy, \"final\" – ü"_s});
    QVERIFY2(log.code == 0, log.err.constData());
    QVERIFY(log.out.contains("Landing page"));
    QCOMPARE(serverMinutes(kMonday, 3), before + 150);

    const Run week = runWithPassword(
        {u"week"_s, u"--json"_s, u"--date"_s, kMonday.addDays(2).toString(Qt::ISODate)});
    QVERIFY2(week.code == 0, week.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(week.out).object();
    QCOMPARE(json[u"from"_s].toString(), kMonday.toString(Qt::ISODate));
    bool found = false;
    for (const QJsonValue &row : json[u"tasks"_s].toArray()) {
        if (row[u"taskId"_s].toInt() != 3)
            continue;
        found = true;
        QCOMPARE(row[u"minutes"_s].toArray().at(0).toInt(), before + 150);
        QCOMPARE(row[u"comments"_s].toArray().at(0).toString(), u"Copy, \"final\" – ü"_s);
        QCOMPARE(row[u"pending"_s].toArray().at(0).toBool(), false);
    }
    QVERIFY(found);
    // Design hull has 4:00 on Monday in the dataset: the day total adds both.
    QCOMPARE(json[u"dayTotals"_s].toArray().at(0).toInt(), 240 + 240 + before + 150);
    // The table form.
    const Run table = runWithPassword({u"week"_s, u"--date"_s, kMonday.toString(Qt::ISODate)});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains("Landing page"));
    QVERIFY(table.out.contains("Total"));
}

void TestCli::logOfflineThenSyncSendsItOnce()
{
    addEmployee();
    const QDate thursday = kMonday.addDays(3);
    QCOMPARE(serverMinutes(thursday, 1), 0);
    // Offline: it waits in the outbox.
    const Run log = run({u"log"_s, u"1h"_s, u"--task"_s, u"design hull"_s, u"--date"_s,
                         thursday.toString(Qt::ISODate), u"--offline"_s});
    QVERIFY2(log.code == 0, log.err.constData());
    QVERIFY(log.err.contains("sync"));
    QCOMPARE(serverMinutes(thursday, 1), 0);
    const Run waiting = run({u"status"_s, u"--offline"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(waiting.out)[u"changesWaiting"_s].toInt(), 1);

    const Run sync = runWithPassword({u"sync"_s});
    QVERIFY2(sync.code == 0, sync.err.constData());
    QCOMPARE(serverMinutes(thursday, 1), 60);
    // Once: the server's value changes again, another sync sends nothing.
    m_server->data().timetrack[emu::dayKey(thursday, 3)][1].time = 75;
    const Run again = runWithPassword({u"sync"_s});
    QCOMPARE(again.code, 0);
    QCOMPARE(serverMinutes(thursday, 1), 75);
    const Run status = runWithPassword({u"status"_s, u"--json"_s});
    QCOMPARE(status.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(json[u"changesWaiting"_s].toInt(), 0);
    QCOMPARE(json[u"connection"_s].toString(), u"online"_s);

    // Offline, on a cell this computer never saw that holds time on the server: replacing it
    // blindly would lose that time, so the sync holds it as a conflict (exit code 4).
    const QDate tuesday = kMonday.addDays(1);
    QCOMPARE(serverMinutes(tuesday, 1), 480);
    QCOMPARE(run({u"log"_s, u"1h"_s, u"--task"_s, u"design hull"_s, u"--date"_s,
                  tuesday.toString(Qt::ISODate), u"--offline"_s, u"--set"_s})
                 .code,
             0);
    const Run conflict = runWithPassword({u"sync"_s});
    QCOMPARE(conflict.code, 4);
    QVERIFY(conflict.err.contains("Conflict"));
    QCOMPARE(serverMinutes(tuesday, 1), 480);
}

void TestCli::taskWordsMustNameOneTask()
{
    addEmployee();
    const Run several = runWithPassword({u"log"_s, u"1"_s, u"--task"_s, u"e"_s});
    QCOMPARE(several.code, 1);
    QVERIFY(several.err.contains("several tasks"));
    QVERIFY(several.out.isEmpty());
    const Run none = runWithPassword({u"log"_s, u"1"_s, u"--task"_s, u"no such words"_s});
    QCOMPARE(none.code, 1);
    const Run badDuration = runWithPassword({u"log"_s, u"25:00"_s, u"--task"_s, u"hull"_s});
    QCOMPARE(badDuration.code, 1);
}

void TestCli::exportWritesCsvAndICalendar()
{
    addEmployee();
    const QString csvPath = m_home->filePath(u"week.csv"_s);
    const Run csv = runWithPassword({u"export"_s, u"timesheet"_s, u"--week"_s,
                                     kMonday.toString(Qt::ISODate), u"-o"_s, csvPath});
    QVERIFY2(csv.code == 0, csv.err.constData());
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    const QList<QByteArray> lines = content.split('\n');
    QVERIFY(lines.first().startsWith("account,period,date,user"));
    // Monday: hull 4:00 with a comment, engine 4:00; Tuesday: hull 8:00.
    QCOMPARE(lines.size(), 1 + 3 + 1); // header, three records, the empty rest after the last CRLF
    QVERIFY(lines.at(1).contains("2026-11-23..2026-11-29"));
    QVERIFY(lines.at(1).contains("employee on 127.0.0.1:"));
    QVERIFY(content.contains(",hull sketches\r\n"));

    const Run ics =
        runWithPassword({u"export"_s, u"timesheet"_s, u"--from"_s, kMonday.toString(Qt::ISODate),
                         u"--to"_s, kMonday.addDays(6).toString(Qt::ISODate), u"-f"_s, u"ics"_s});
    QCOMPARE(ics.code, 0);
    QCOMPARE(ics.out.count("BEGIN:VEVENT"), 3);
    const Run tasks = runWithPassword({u"export"_s, u"tasks"_s});
    QCOMPARE(tasks.code, 0);
    QVERIFY(tasks.out.contains("Landing page"));
    const Run review = runWithPassword({u"export"_s, u"review"_s});
    QCOMPARE(review.code, 4); // an employee reviews nobody
    QCOMPARE(run({u"export"_s, u"timesheet"_s, u"-f"_s, u"pdf"_s}).code, 1);
}

void TestCli::managerExportsTheReview()
{
    const Run added =
        runWithPassword({u"accounts"_s, u"add"_s, serverUrl(), u"manager"_s}, "manager\n");
    QVERIFY2(added.code == 0, added.err.constData());
    const Run review = runWithPassword(
        {u"export"_s, u"review"_s, u"--week"_s, kMonday.toString(Qt::ISODate)}, "manager\n");
    QVERIFY2(review.code == 0, review.err.constData());
    // The manager's team is Emma: her Monday and Tuesday records.
    QVERIFY2(review.out.contains("Emma J. Employee"),
             QByteArray(review.out + review.err).constData());
    QCOMPARE(review.out.count("Emma J. Employee"), 3);
    QVERIFY(!review.out.contains("Oscar Other"));
}

void TestCli::exportFetchesWhatTheCacheLacks()
{
    addEmployee();
    // Two months, two fetches of a month each: a record early in October, one early in November
    // (the dataset has November 16th and three records in the week of the 23rd).
    const QDate october5(2026, 10, 5);
    const QDate november2(2026, 11, 2);
    m_server->data().timetrack[emu::dayKey(october5, 3)][3] = {75, u"october copy"_s};
    m_server->data().timetrack[emu::dayKey(november2, 3)][1] = {30, {}};
    const QStringList period{u"export"_s,     u"timesheet"_s, u"--from"_s,
                             u"2026-10-01"_s, u"--to"_s,      u"2026-11-29"_s};
    const QString path = m_home->filePath(u"two-months.csv"_s);
    const auto lines = [&path]() {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll().split('\n') : QList<QByteArray>();
    };

    // Offline, nothing of it cached: the file is the header, and stderr says what it lacks.
    const Run offline = run(period + QStringList{u"--offline"_s, u"-o"_s, path});
    QCOMPARE(offline.code, 0);
    QVERIFY2(offline.err.contains("Some days of 2026-10-01..2026-11-29 were never fetched"),
             offline.err.constData());
    QVERIFY2(offline.err.contains("0 records written to"), offline.err.constData());
    QCOMPARE(lines().size(), 1 + 1);

    // Online: both months fetched first, then written; nothing lacks.
    const Run online = runWithPassword(period + QStringList{u"-o"_s, path});
    QVERIFY2(online.code == 0, online.err.constData());
    QVERIFY2(!online.err.contains("never fetched"), online.err.constData());
    QVERIFY2(online.err.contains("6 records written to"), online.err.constData());
    const QList<QByteArray> fetched = lines();
    QCOMPARE(fetched.size(), 1 + 6 + 1);
    QVERIFY(fetched.at(1).contains("2026-10-05"));
    QVERIFY(fetched.at(1).contains(",75,"));
    QVERIFY(fetched.at(1).contains("october copy"));
    QVERIFY(fetched.at(2).contains("2026-11-02"));

    // Offline again: the cache has it all now.
    const Run cached = run(period + QStringList{u"--offline"_s, u"-o"_s, path});
    QCOMPARE(cached.code, 0);
    QVERIFY2(!cached.err.contains("never fetched"), cached.err.constData());
    QCOMPARE(lines(), fetched);
}

void TestCli::exportRefreshesTheListsEachRun()
{
    // A run's cache is as old as the last run: the task list and the team's time are fetched
    // again even when cached.
    addEmployee();
    QVERIFY(runWithPassword({u"export"_s, u"tasks"_s}).out.contains("Landing page"));
    m_server->data().tasks[3].name = u"Landing page, second draft"_s;
    const Run tasks = runWithPassword({u"export"_s, u"tasks"_s});
    QVERIFY2(tasks.code == 0, tasks.err.constData());
    QVERIFY2(tasks.out.contains("\"Landing page, second draft\""), tasks.out.constData());
    // Offline: the cached list, no complaint.
    const Run offline = run({u"export"_s, u"tasks"_s, u"--offline"_s});
    QCOMPARE(offline.code, 0);
    QVERIFY(offline.out.contains("\"Landing page, second draft\""));
    QVERIFY2(offline.err.isEmpty(), offline.err.constData());

    const Run added =
        runWithPassword({u"accounts"_s, u"add"_s, serverUrl(), u"manager"_s}, "manager\n");
    QVERIFY2(added.code == 0, added.err.constData());
    const QStringList review{u"export"_s,    u"review"_s,
                             u"--week"_s,    kMonday.toString(Qt::ISODate),
                             u"--account"_s, u"manager"_s};
    QVERIFY(runWithPassword(review, "manager\n").out.contains(",240,"));
    // Emma's Monday on the hull changes on the server: the second review has it.
    m_server->data().timetrack[emu::dayKey(kMonday, 3)][1].time = 270;
    const Run again = runWithPassword(review, "manager\n");
    QVERIFY2(again.code == 0, again.err.constData());
    QVERIFY2(again.out.contains(",270,"), again.out.constData());
}

void TestCli::exportToStandardOutputOrAnUnwritableFile()
{
    addEmployee();
    const QStringList week{u"export"_s, u"timesheet"_s, u"--week"_s, kMonday.toString(Qt::ISODate)};
    const Run dash = runWithPassword(week + QStringList{u"-o"_s, u"-"_s});
    QVERIFY2(dash.code == 0, dash.err.constData());
    QVERIFY(dash.out.startsWith("account,period,date,user"));
    QCOMPARE(dash.out.count("\r\n"), 1 + 3);
    QVERIFY2(!dash.err.contains("written to"), dash.err.constData());
    // A file that cannot be written: exit code 5, and nothing on stdout.
    const QString nowhere = m_home->filePath(u"no-such-folder/week.csv"_s);
    const Run unwritable = run(week + QStringList{u"--offline"_s, u"-o"_s, nowhere});
    QCOMPARE(unwritable.code, 5);
    QVERIFY2(unwritable.err.contains("no-such-folder"), unwritable.err.constData());
    QVERIFY(unwritable.out.isEmpty());
    QVERIFY(!QFile::exists(nowhere));
}

void TestCli::keychainPasswordIsUsed()
{
    // scripts/with-keyring.sh: a session bus and a throw-away home with the keyring in it (a
    // developer's own keychain is never written to).
    const QString home = qEnvironmentVariable("HOME");
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS") || !home.startsWith(QDir::tempPath())
        || !QDir(home).exists(u".local/share/keyrings"_s))
        QSKIP("needs the keyring of scripts/with-keyring.sh");
    const Run added = run({u"accounts"_s, u"add"_s, serverUrl(), u"employee"_s,
                           u"--password-stdin"_s, u"--remember"_s},
                          "employee\n", true);
    QVERIFY2(added.code == 0, added.err.constData());
    // No password given: the keychain's is used.
    const Run status = run({u"status"_s, u"--json"_s}, {}, true);
    QVERIFY2(status.code == 0, status.err.constData());
    QCOMPARE(QJsonDocument::fromJson(status.out)[u"connection"_s].toString(), u"online"_s);
    const Run sync = run({u"sync"_s}, {}, true);
    QCOMPARE(sync.code, 0);
}

void TestCli::backupWritesTheFile()
{
    addEmployee();
    const QString path = m_home->filePath(u"backup.json"_s);
    const Run backup = runWithPassword(
        {u"backup"_s, path, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s});
    QVERIFY2(backup.code == 0, backup.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json[u"format"_s].toString(), u"actidesk-backup"_s);
    QCOMPARE(json[u"login"_s].toString(), u"employee"_s);
    QVERIFY(!json[u"timetrack"_s].toArray().isEmpty());
}

void TestCli::runsBesideTheApp()
{
    addEmployee();
    // The app holds its single-instance lock of the profile...
    actidesk::InstanceGuard guard(
        actidesk::InstanceGuard::lockFileForFolder(m_home->filePath(u"data/ActiDesk/ActiDesk"_s)));
    QString error;
    QCOMPARE(guard.acquire(&error), actidesk::InstanceGuard::Outcome::First);
    // ...and has the account's cache open, with an edit of its own waiting.
    actidesk::OpenReport report;
    std::unique_ptr<actidesk::Store> app = actidesk::Store::open(cachePath(), &report);
    QVERIFY(app);
    const QDate wednesday = kMonday.addDays(2);
    QVERIFY(app->editTimetrackCell(3, wednesday, 2, 90, u"from the app"_s).ok());

    const Run log = runWithPassword({u"log"_s, u"0:30"_s, u"--task"_s, u"landing page"_s,
                                     u"--date"_s, wednesday.toString(Qt::ISODate)});
    QVERIFY2(log.code == 0, log.err.constData());
    // The CLI sent the app's edit too (the outbox is one), and the app's Store reads the result.
    QCOMPARE(serverMinutes(wednesday, 3), 30);
    QCOMPARE(serverMinutes(wednesday, 2), 90);
    QCOMPARE(app->outboxCount(actidesk::OutboxState::Pending), 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
