// CredentialStore against the real Secret Service. Run inside
//     dbus-run-session -- bash scripts/with-keyring.sh tst_credentialstore
// (scripts/test.sh does), with XDG_RUNTIME_DIR set to a private 0700 directory.
// The keychain-less scenarios need a process of their own, because the session bus a process
// talks to is fixed at its first use: this binary starts itself with ACTIDESK_CREDENTIALSTORE_CHILD
// set and runs childScenario() there.
#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using actidesk::Account;
using actidesk::CredentialJob;
using actidesk::CredentialResult;
using actidesk::CredentialStatus;
using actidesk::CredentialStore;

namespace {

constexpr auto childVariable = "ACTIDESK_CREDENTIALSTORE_CHILD";
constexpr int jobTimeoutMs = 30000;

// What a job reported, captured inside the finished() slot as a sign-in dialog would.
struct Outcome
{
    int emissions = 0;
    CredentialResult result;
    QString password;
};

// Captures what the job reports, as a sign-in dialog would: connect right after the call, since
// the job deletes itself once it has finished.
std::shared_ptr<Outcome> watch(CredentialJob *job)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(job, &CredentialJob::finished, job,
                     [outcome, job](const CredentialResult &result) {
                         ++outcome->emissions;
                         outcome->result = result;
                         outcome->password = job->password();
                     });
    return outcome;
}

// Waits for a watched job; emissions stays 0 if it never finishes (callers assert on it).
Outcome wait(const std::shared_ptr<Outcome> &outcome)
{
    if (QTest::qWaitFor([&] { return outcome->emissions > 0; }, jobTimeoutMs))
        QTest::qWait(10); // a second finished() would arrive from the event loop
    return *outcome;
}

Outcome waitFor(CredentialJob *job)
{
    return wait(watch(job));
}

QByteArray describe(const Outcome &outcome)
{
    return "emissions " + QByteArray::number(outcome.emissions) + ", status "
        + QByteArray::number(int(outcome.result.status))
        + ", message: " + outcome.result.userMessage.toUtf8();
}

Account account(const QString &server, const QString &login)
{
    return Account{QUrl(server), login, login + u" (display)"_s};
}

// A session bus that offers nothing to activate: a system where no keychain is installed.
QString writeBareBusConfig(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"bare-session.conf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    // No <standard_session_servicedirs/>: nothing can be activated on this bus.
    file.write("<busconfig>\n"
               "  <type>session</type>\n"
               "  <listen>unix:tmpdir=/tmp</listen>\n"
               "  <auth>EXTERNAL</auth>\n"
               "  <policy context=\"default\">\n"
               "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
               "    <allow eavesdrop=\"true\"/>\n"
               "    <allow own=\"*\"/>\n"
               "  </policy>\n"
               "</busconfig>\n");
    return path;
}

} // namespace

#define COMPARE_STATUS(outcome, expected)                                                          \
    do {                                                                                           \
        const Outcome &o_ = (outcome);                                                             \
        QVERIFY2(o_.emissions == 1, describe(o_).constData());                                     \
        QVERIFY2(o_.result.status == (expected), describe(o_).constData());                        \
    } while (false)

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void accountKey_data();
    void accountKey();
    void accountValidity();
    void accountServerNameAndLabel_data();
    void accountServerNameAndLabel();
    void debugLinesOffUnlessAsked();
    void itemLabelNamesLoginAndServer();
    void entryOfEarlierVersionsIsLoadedAndRemoved();

    void roundTrip();
    void removeMissingIsOk();
    void passwords_data();
    void passwords();
    void twoAccounts();
    void loginIsCaseInsensitive();
    void emptyPasswordRefused();
    void incompleteAccountRefused();
    void jobDeletesItself();

    void noKeychain_data();
    void noKeychain();
    void keychainStartingLate();
    void childScenario();

private:
    bool isChild() const { return qEnvironmentVariableIsSet(childVariable); }
    void runChild(const QString &program, const QStringList &arguments, const QString &scenario);
    void childNoBackend();
    void childLateStart();

    std::unique_ptr<CredentialStore> m_store;
    QList<Account> m_used; // removed again in cleanupTestCase
};

void TestCredentialStore::initTestCase()
{
    // A unique service per run: entries of other runs or of a real ActiDesk never interfere.
    const QString service =
        u"ActiDesk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store = std::make_unique<CredentialStore>(service);
    m_store->setRetryDelay(100ms);
    QCOMPARE(m_store->serviceName(), service);
    QCOMPARE(CredentialStore(nullptr).serviceName(), u"ActiDesk"_s);
}

void TestCredentialStore::cleanupTestCase()
{
    if (isChild())
        return;
    for (const Account &used : std::as_const(m_used))
        COMPARE_STATUS(waitFor(m_store->remove(used)), CredentialStatus::Ok);
}

void TestCredentialStore::accountKey_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("key");

    QTest::newRow("plain") << u"https://acme.actitime.com/api/v1"_s << u"jsmith"_s
                           << u"https://acme.actitime.com/api/v1|jsmith"_s;
    QTest::newRow("login lower-cased and trimmed")
        << u"https://acme.actitime.com"_s << u"  JSmith "_s
        << u"https://acme.actitime.com|jsmith"_s;
    QTest::newRow("trailing slash") << u"https://host/at/"_s << u"a"_s << u"https://host/at|a"_s;
    QTest::newRow("user info, query and fragment dropped")
        << u"https://bob:pw@host:8443/at?x=1#f"_s << u"a"_s << u"https://host:8443/at|a"_s;
    QTest::newRow("host lower-cased by QUrl")
        << u"http://LOCALHOST:8080"_s << u"a"_s << u"http://localhost:8080|a"_s;
    QTest::newRow("unicode login") << u"https://host"_s << u"ÄRGER"_s << u"https://host|ärger"_s;
    QTest::newRow("pipe in path is encoded")
        << u"https://host/a|b"_s << u"c"_s << u"https://host/a%7Cb|c"_s;
}

void TestCredentialStore::accountKey()
{
    QFETCH(QString, server);
    QFETCH(QString, login);
    QFETCH(QString, key);
    const Account a = account(server, login);
    QCOMPARE(a.key(), key);
    // The display name is not part of the identity.
    Account renamed = a;
    renamed.displayName = u"Someone else"_s;
    QCOMPARE(renamed.key(), key);
    QVERIFY(renamed.isSameAs(a));
    QVERIFY(!(renamed == a));
}

void TestCredentialStore::accountServerNameAndLabel_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("name");
    QTest::newRow("no port") << u"https://actitime.example.com/at"_s << u"actitime.example.com"_s;
    QTest::newRow("https default port")
        << u"https://actitime.example.com:443"_s << u"actitime.example.com"_s;
    QTest::newRow("http default port") << u"http://10.0.0.5:80"_s << u"10.0.0.5"_s;
    QTest::newRow("other port") << u"http://127.0.0.1:8080"_s << u"127.0.0.1:8080"_s;
    QTest::newRow("https on 80 is not default") << u"https://host:80"_s << u"host:80"_s;
}

void TestCredentialStore::accountServerNameAndLabel()
{
    QFETCH(QString, server);
    QFETCH(QString, name);
    const Account a{QUrl(server), u" Employee "_s, u"Emma Wilson"_s};
    QCOMPARE(a.serverName(), name);
    QCOMPARE(a.label(), u"employee on "_s + name);
    QCOMPARE(CredentialStore::itemService(u"ActiDesk"_s, a), u"ActiDesk: employee on "_s + name);
}

void TestCredentialStore::debugLinesOffUnlessAsked()
{
    // A release run prints no line per keychain job; QT_LOGGING_RULES can still ask for them.
    QVERIFY(!actidesk::lcCredentials().isDebugEnabled());
    QVERIFY(!actidesk::lcCredentials().isInfoEnabled());
    QVERIFY(actidesk::lcCredentials().isWarningEnabled());
    QLoggingCategory::setFilterRules(u"actidesk.auth.credentials.debug=true"_s);
    QVERIFY(actidesk::lcCredentials().isDebugEnabled());
    QLoggingCategory::setFilterRules({});
    QVERIFY(!actidesk::lcCredentials().isDebugEnabled());
}

void TestCredentialStore::itemLabelNamesLoginAndServer()
{
    if (isChild())
        QSKIP("runs in the parent process only");
    const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (secretTool.isEmpty())
        QSKIP("secret-tool is not installed");
    const Account a = account(u"http://actitime.example.com:8080/at"_s, u"Employee"_s);
    m_used << a;
    COMPARE_STATUS(waitFor(m_store->save(a, u"pw-label"_s)), CredentialStatus::Ok);
    const QString label = m_store->serviceName() + u": employee on actitime.example.com:8080"_s;
    // As a keychain manager lists it: the item's label names the login and the server.
    QProcess search;
    search.start(secretTool, {u"search"_s, u"--all"_s, u"user"_s, a.key()});
    QVERIFY(search.waitForFinished(jobTimeoutMs));
    const QString listed =
        QString::fromUtf8(search.readAllStandardOutput() + search.readAllStandardError());
    QVERIFY2(listed.contains(u"label = "_s + label), qPrintable(listed));
    COMPARE_STATUS(waitFor(m_store->load(a)), CredentialStatus::Ok);
}

void TestCredentialStore::entryOfEarlierVersionsIsLoadedAndRemoved()
{
    if (isChild())
        QSKIP("runs in the parent process only");
    // Saved as earlier versions did: under the bare service name, without an account label.
    const Account a = account(u"https://legacy.example.com"_s, u"old"_s);
    m_used << a;
    auto *write = new QKeychain::WritePasswordJob(m_store->serviceName());
    write->setKey(a.key());
    write->setTextData(u"pw-legacy"_s);
    write->setInsecureFallback(false);
    bool written = false;
    QKeychain::Error writeError = QKeychain::OtherError;
    connect(write, &QKeychain::Job::finished, this, [&](QKeychain::Job *job) {
        writeError = job->error();
        written = true;
    });
    write->start();
    QTRY_VERIFY_WITH_TIMEOUT(written, jobTimeoutMs);
    QCOMPARE(writeError, QKeychain::NoError);

    const Outcome loaded = waitFor(m_store->load(a));
    COMPARE_STATUS(loaded, CredentialStatus::Ok);
    QCOMPARE(loaded.password, u"pw-legacy"_s);
    COMPARE_STATUS(waitFor(m_store->remove(a)), CredentialStatus::Ok);
    COMPARE_STATUS(waitFor(m_store->load(a)), CredentialStatus::NotFound);
}

void TestCredentialStore::accountValidity()
{
    QVERIFY(account(u"https://host"_s, u"a"_s).isValid());
    QVERIFY(!account(u"https://host"_s, u"  "_s).isValid());
    QVERIFY(!account(QString(), u"a"_s).isValid());
    QVERIFY(!account(u"host-without-scheme"_s, u"a"_s).isValid());
    QVERIFY(!account(u"https://host"_s, u"a"_s).isSameAs(account(u"https://other"_s, u"a"_s)));
    QVERIFY(!account(u"https://host"_s, u"a"_s).isSameAs(account(u"https://host"_s, u"b"_s)));
}

void TestCredentialStore::roundTrip()
{
    const Account a = account(u"https://roundtrip.example/at"_s, u"employee"_s);
    m_used << a;

    COMPARE_STATUS(waitFor(m_store->save(a, u"first secret"_s)), CredentialStatus::Ok);
    Outcome loaded = waitFor(m_store->load(a));
    COMPARE_STATUS(loaded, CredentialStatus::Ok);
    QCOMPARE(loaded.password, u"first secret"_s);
    QVERIFY(loaded.result.userMessage.isEmpty());

    // Saving again replaces the entry.
    COMPARE_STATUS(waitFor(m_store->save(a, u"second secret"_s)), CredentialStatus::Ok);
    loaded = waitFor(m_store->load(a));
    COMPARE_STATUS(loaded, CredentialStatus::Ok);
    QCOMPARE(loaded.password, u"second secret"_s);

    COMPARE_STATUS(waitFor(m_store->remove(a)), CredentialStatus::Ok);
    loaded = waitFor(m_store->load(a));
    COMPARE_STATUS(loaded, CredentialStatus::NotFound);
    QVERIFY(loaded.password.isEmpty());
    // Not an error, but still tells the user what to do.
    QVERIFY2(loaded.result.userMessage.contains(u"employee"_s),
             qPrintable(loaded.result.userMessage));
}

void TestCredentialStore::removeMissingIsOk()
{
    const Account never = account(u"https://never.example"_s, u"ghost"_s);
    COMPARE_STATUS(waitFor(m_store->load(never)), CredentialStatus::NotFound);
    const Outcome removed = waitFor(m_store->remove(never));
    COMPARE_STATUS(removed, CredentialStatus::Ok);
    QVERIFY(removed.result.userMessage.isEmpty());
}

void TestCredentialStore::passwords_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("unicode") << u"pässwörd ✓ 密码 🔑 Ελληνικά"_s;
    QTest::newRow("whitespace kept") << u"  spaced out \t"_s;
    QTest::newRow("separators and quotes") << u"a|b\"c'd\\e\nf;g=h"_s;
    QString longPassword;
    for (int i = 0; longPassword.size() < 10000; ++i)
        longPassword += QString::number(i) + u"ß🔑"_s;
    QTest::newRow("10k characters") << longPassword;
}

void TestCredentialStore::passwords()
{
    QFETCH(QString, password);
    const Account a = account(u"https://passwords.example"_s, u"user"_s);
    m_used << a;
    COMPARE_STATUS(waitFor(m_store->save(a, password)), CredentialStatus::Ok);
    const Outcome loaded = waitFor(m_store->load(a));
    COMPARE_STATUS(loaded, CredentialStatus::Ok);
    QCOMPARE(loaded.password.size(), password.size());
    QCOMPARE(loaded.password, password);
}

void TestCredentialStore::twoAccounts()
{
    const Account first = account(u"https://multi.example"_s, u"first"_s);
    const Account second = account(u"https://multi.example"_s, u"second"_s);
    const Account otherServer = account(u"https://other.example"_s, u"first"_s);
    m_used << first << second << otherServer;

    COMPARE_STATUS(waitFor(m_store->save(first, u"one"_s)), CredentialStatus::Ok);
    COMPARE_STATUS(waitFor(m_store->save(second, u"two"_s)), CredentialStatus::Ok);
    COMPARE_STATUS(waitFor(m_store->save(otherServer, u"three"_s)), CredentialStatus::Ok);

    QCOMPARE(waitFor(m_store->load(first)).password, u"one"_s);
    QCOMPARE(waitFor(m_store->load(second)).password, u"two"_s);
    QCOMPARE(waitFor(m_store->load(otherServer)).password, u"three"_s);

    COMPARE_STATUS(waitFor(m_store->remove(first)), CredentialStatus::Ok);
    COMPARE_STATUS(waitFor(m_store->load(first)), CredentialStatus::NotFound);
    const Outcome stays = waitFor(m_store->load(second));
    COMPARE_STATUS(stays, CredentialStatus::Ok);
    QCOMPARE(stays.password, u"two"_s);
    QCOMPARE(waitFor(m_store->load(otherServer)).password, u"three"_s);

    // Several jobs in flight at once each report their own account.
    CredentialJob *loadSecond = m_store->load(second);
    CredentialJob *loadOther = m_store->load(otherServer);
    QCOMPARE(loadSecond->account(), second);
    QCOMPARE(loadOther->operation(), CredentialJob::Operation::Load);
    const auto watchSecond = watch(loadSecond);
    const auto watchOther = watch(loadOther);
    const Outcome a = wait(watchSecond);
    const Outcome b = wait(watchOther);
    COMPARE_STATUS(a, CredentialStatus::Ok);
    COMPARE_STATUS(b, CredentialStatus::Ok);
    QCOMPARE(a.password, u"two"_s);
    QCOMPARE(b.password, u"three"_s);
}

void TestCredentialStore::loginIsCaseInsensitive()
{
    const Account lower = account(u"https://case.example"_s, u"jsmith"_s);
    const Account upper = account(u"https://case.example"_s, u"JSmith"_s);
    m_used << lower;
    COMPARE_STATUS(waitFor(m_store->save(upper, u"secret"_s)), CredentialStatus::Ok);
    QCOMPARE(waitFor(m_store->load(lower)).password, u"secret"_s);
}

void TestCredentialStore::emptyPasswordRefused()
{
    const Account a = account(u"https://empty.example"_s, u"user"_s);
    m_used << a;
    COMPARE_STATUS(waitFor(m_store->save(a, u"kept"_s)), CredentialStatus::Ok);

    const Outcome refused = waitFor(m_store->save(a, QString()));
    COMPARE_STATUS(refused, CredentialStatus::Invalid);
    QVERIFY2(refused.result.userMessage.contains(u"empty"_s),
             qPrintable(refused.result.userMessage));

    // The refused save did not touch the saved password.
    const Outcome loaded = waitFor(m_store->load(a));
    COMPARE_STATUS(loaded, CredentialStatus::Ok);
    QCOMPARE(loaded.password, u"kept"_s);
}

void TestCredentialStore::incompleteAccountRefused()
{
    const Account noLogin = account(u"https://host"_s, QString());
    const Account noServer = account(QString(), u"user"_s);
    const auto jobs = {watch(m_store->save(noLogin, u"pw"_s)), watch(m_store->load(noServer)),
                       watch(m_store->remove(noLogin))};
    for (const auto &watched : jobs) {
        const Outcome outcome = wait(watched);
        COMPARE_STATUS(outcome, CredentialStatus::Invalid);
        QVERIFY(!outcome.result.userMessage.isEmpty());
    }
}

void TestCredentialStore::jobDeletesItself()
{
    const Account a = account(u"https://lifetime.example"_s, u"user"_s);
    QPointer<CredentialJob> job = m_store->load(a);
    QVERIFY(!job->isFinished());
    const Outcome outcome = waitFor(job);
    COMPARE_STATUS(outcome, CredentialStatus::NotFound);
    QTRY_VERIFY(job.isNull());

    // finished() also arrives when the failure is known at once (never inside the call).
    QPointer<CredentialJob> refused = m_store->save(a, QString());
    QVERIFY(!refused->isFinished());
    COMPARE_STATUS(waitFor(refused), CredentialStatus::Invalid);
    QTRY_VERIFY(refused.isNull());
}

void TestCredentialStore::noKeychain_data()
{
    QTest::addColumn<bool>("sessionBus");
    QTest::newRow("no session bus") << false;
    QTest::newRow("session bus without keychain provider") << true;
}

void TestCredentialStore::noKeychain()
{
    if (isChild())
        QSKIP("runs in the parent process only");
    QFETCH(bool, sessionBus);
    if (!sessionBus) {
        runChild(QCoreApplication::applicationFilePath(), {}, u"nobackend"_s);
        return;
    }
    const QString dbusRunSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
    if (dbusRunSession.isEmpty())
        QSKIP("dbus-run-session is not installed");
    QTemporaryDir dir;
    const QString config = writeBareBusConfig(dir);
    QVERIFY(!config.isEmpty());
    runChild(dbusRunSession,
             {u"--config-file="_s + config, u"--"_s, QCoreApplication::applicationFilePath()},
             u"nobackend"_s);
}

void TestCredentialStore::keychainStartingLate()
{
    if (isChild())
        QSKIP("runs in the parent process only");
    const QString dbusRunSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
    if (dbusRunSession.isEmpty()
        || QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s).isEmpty()) {
        QSKIP("needs dbus-run-session and gnome-keyring-daemon");
    }
    QTemporaryDir dir;
    const QString config = writeBareBusConfig(dir);
    QVERIFY(!config.isEmpty());
    runChild(dbusRunSession,
             {u"--config-file="_s + config, u"--"_s, QCoreApplication::applicationFilePath()},
             u"latestart"_s);
}

void TestCredentialStore::runChild(const QString &program, const QStringList &arguments,
                                   const QString &scenario)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childVariable), scenario);
    if (program == QCoreApplication::applicationFilePath()) {
        // Nothing listens there: the same as a desktop session without D-Bus.
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    }
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(program, arguments + QStringList{u"childScenario"_s});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    if (!child.waitForFinished(2 * jobTimeoutMs)) {
        child.kill();
        child.waitForFinished();
        QFAIL("the child test process did not finish");
    }
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit, output.constData());
    QVERIFY2(child.exitCode() == 0, output.constData());
    // The child really ran its checks rather than skipping them.
    QVERIFY2(output.contains("PASS   : TestCredentialStore::childScenario()"), output.constData());
}

void TestCredentialStore::childScenario()
{
    const QByteArray scenario = qgetenv(childVariable);
    if (scenario == "nobackend")
        childNoBackend();
    else if (scenario == "latestart")
        childLateStart();
    else
        QSKIP("runs only in a child process started by noKeychain() or keychainStartingLate()");
}

void TestCredentialStore::childNoBackend()
{
    CredentialStore store(u"ActiDesk-test-nobackend"_s);
    store.setRetryDelay(300ms);
    const Account a = account(u"https://nobackend.example"_s, u"user"_s);

    QElapsedTimer elapsed;
    elapsed.start();
    const Outcome saved = waitFor(store.save(a, u"secret"_s));
    // One retry after the delay before giving up: the keychain might just be starting.
    QVERIFY2(elapsed.elapsed() >= 300, QByteArray::number(elapsed.elapsed()).constData());
    COMPARE_STATUS(saved, CredentialStatus::NoBackend);
    QVERIFY2(saved.result.userMessage.contains(u"Secret Service"_s)
                 && saved.result.userMessage.contains(u"without remembering the password"_s),
             qPrintable(saved.result.userMessage));

    const Outcome loaded = waitFor(store.load(a));
    COMPARE_STATUS(loaded, CredentialStatus::NoBackend);
    QVERIFY(loaded.password.isEmpty());
    COMPARE_STATUS(waitFor(store.remove(a)), CredentialStatus::NoBackend);
}

// Simulates login: the app asks before the keyring runs; the keyring comes up during the retry
// delay, and the retry succeeds.
void TestCredentialStore::childLateStart()
{
    CredentialStore store(u"ActiDesk-test-latestart"_s);
    store.setRetryDelay(3s);
    const Account a = account(u"https://latestart.example"_s, u"user"_s);

    const auto save = watch(store.save(a, u"late secret"_s));
    QTest::qWait(300); // the first attempt fails: nothing provides org.freedesktop.secrets
    QCOMPARE(save->emissions, 0); // not reported yet: waiting to retry

    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(u".local/share/keyrings"_s));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u".local/share"_s));
    QProcess keyring;
    keyring.setProcessEnvironment(environment);
    keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    keyring.start(u"gnome-keyring-daemon"_s,
                  {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
    QVERIFY2(keyring.waitForStarted(), qPrintable(keyring.errorString()));
    keyring.write("actidesk-test"); // --unlock reads the new keyring's password from stdin
    keyring.closeWriteChannel();

    const Outcome saved = wait(save);
    COMPARE_STATUS(saved, CredentialStatus::Ok);
    const Outcome loaded = waitFor(store.load(a));
    COMPARE_STATUS(loaded, CredentialStatus::Ok);
    QCOMPARE(loaded.password, u"late secret"_s);

    keyring.terminate();
    QVERIFY(keyring.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
