// SessionController with the real Secret Service (a unique service name per run) and the
// in-process emulator. Run inside
//     dbus-run-session -- bash scripts/with-keyring.sh ctest -R tst_sessioncontroller
// like tst_credentialstore. The keychain-less scenario needs a process of its own (the session
// bus is fixed at first use): the test starts itself with ACTIDESK_SESSIONCONTROLLER_CHILD set.
#include "accountregistry.h"
#include "accountsession.h"
#include "credentialstore.h"
#include "emulatorfixture.h"
#include "sessioncontroller.h"
#include "store.h"
#include "testdataset.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace actidesk;
using Kind = SignInProblem::Kind;

namespace {
constexpr auto childVariable = "ACTIDESK_SESSIONCONTROLLER_CHILD";

emu::EmulatorOptions noLimits()
{
    emu::EmulatorOptions o;
    o.rateLimits.enabled = false;
    return o;
}

struct Loaded
{
    bool finished = false;
    CredentialResult result;
    QString password;
};

Loaded load(CredentialStore &store, const Account &account)
{
    auto out = std::make_shared<Loaded>();
    CredentialJob *job = store.load(account);
    QObject::connect(job, &CredentialJob::finished, job, [out, job](const CredentialResult &r) {
        out->finished = true;
        out->result = r;
        out->password = job->password();
    });
    if (!QTest::qWaitFor([out] { return out->finished; }, 30'000))
        qWarning("keychain load did not finish"); // result stays Failed: the caller's check fails
    return *out;
}

bool saved(CredentialStore &store, const Account &account, const QString &password)
{
    auto ok = std::make_shared<std::optional<bool>>();
    CredentialJob *job = store.save(account, password);
    QObject::connect(job, &CredentialJob::finished, job,
                     [ok](const CredentialResult &r) { *ok = r.ok(); });
    return QTest::qWaitFor([ok] { return ok->has_value(); }, 30'000) && ok->value_or(false);
}
} // namespace

class TestSessionController : public QObject
{
    Q_OBJECT

private:
    // One app "installation": settings file, keychain service, cache folder.
    struct App
    {
        explicit App(const QString &service, const QString &settingsPath, const QString &cacheDir)
            : settings(settingsPath, QSettings::IniFormat), registry(&settings),
              credentials(service), controller(registry, credentials)
        {
            credentials.setRetryDelay(100ms);
            controller.setStorePathResolver([cacheDir](const Account &a) -> QString {
                const QByteArray hash =
                    QCryptographicHash::hash(a.key().toUtf8(), QCryptographicHash::Sha1).toHex();
                return cacheDir + u'/' + QString::fromLatin1(hash) + u".sqlite"_s;
            });
            SessionOptions options;
            options.probeIntervalMs = 100;
            controller.setSessionOptions(options);
        }
        QSettings settings;
        AccountRegistry registry;
        CredentialStore credentials;
        SessionController controller;
    };

    std::unique_ptr<App> app() const
    {
        return std::make_unique<App>(m_service, m_dir.filePath(u"settings.ini"_s), m_dir.path());
    }
    static Account accountOf(EmulatorFixture &f, const QString &login)
    {
        return Account{QUrl(u"http://127.0.0.1:%1"_s.arg(f.port())), login, {}};
    }
    bool isChild() const { return qEnvironmentVariableIsSet(childVariable); }

    QString m_service;
    QTemporaryDir m_dir;
    QList<Account> m_used;

private Q_SLOTS:
    void initTestCase()
    {
        m_service = u"ActiDesk-test-session-"_s + QUuid::createUuid().toString(QUuid::Id128);
    }

    void init()
    {
        // Every test starts as a fresh installation.
        QFile::remove(m_dir.filePath(u"settings.ini"_s));
    }

    void cleanupTestCase()
    {
        if (isChild())
            return;
        CredentialStore store(m_service);
        for (const Account &a : std::as_const(m_used)) {
            CredentialJob *job = store.remove(a);
            QSignalSpy done(job, &CredentialJob::finished);
            done.wait(30'000);
        }
    }

    void nothingKnownAsksForSignIn()
    {
        if (isChild())
            QSKIP("parent only");
        auto a = app();
        QSignalSpy needs(&a->controller, &SessionController::needsSignIn);
        QSignalSpy opened(&a->controller, &SessionController::sessionOpened);
        a->controller.start();
        QCOMPARE(needs.count(), 1);
        QVERIFY(!needs.first().at(0).value<Account>().isValid());
        QCOMPARE(needs.first().at(1).value<SignInProblem>().kind, Kind::None);
        QCOMPARE(opened.count(), 0);
        QVERIFY(!a->controller.current());
    }

    void rememberSavesAndStartSignsInAutomatically()
    {
        if (isChild())
            QSKIP("parent only");
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        const Account employee = accountOf(f, u"employee"_s);
        m_used << employee;
        {
            auto a = app();
            QSignalSpy in(&a->controller, &SessionController::signedIn);
            QSignalSpy warnings(&a->controller, &SessionController::warning);
            a->controller.signIn(employee, u"employee"_s, true);
            QVERIFY(in.wait(5000));
            QCOMPARE(in.first().at(1).value<User>().id, 3);
            QCOMPARE(a->registry.accounts().size(), 1);
            QCOMPARE(a->registry.lastUsed()->login, u"employee"_s);
            QCOMPARE(a->registry.lastUsed()->displayName, u"Emma J. Employee"_s);
            QVERIFY(a->registry.remembersPassword(employee));
            QTRY_COMPARE_WITH_TIMEOUT(load(a->credentials, employee).password, u"employee"_s,
                                      10'000);
            QCOMPARE(warnings.count(), 0);
            // The refreshes landed in the cache (the next start shows its tasks).
            QTRY_VERIFY_WITH_TIMEOUT(!a->controller.current()->store()->tasks().isEmpty(), 5000);
        }
        // Next start: the cached session opens at once, then signs in with the saved password.
        auto a = app();
        QSignalSpy opened(&a->controller, &SessionController::sessionOpened);
        QSignalSpy in(&a->controller, &SessionController::signedIn);
        QSignalSpy needs(&a->controller, &SessionController::needsSignIn);
        a->controller.start();
        QCOMPARE(opened.count(), 1); // synchronously, before any network or keychain answer
        AccountWorkspace *workspace = opened.first().first().value<AccountWorkspace *>();
        QCOMPARE(workspace, a->controller.workspace());
        AccountSession *session = &workspace->session();
        QVERIFY(session->currentUser());
        QCOMPARE(session->currentUser()->id, 3);
        QVERIFY(!session->store()->tasks().isEmpty());
        QVERIFY(in.wait(10'000));
        QCOMPARE(needs.count(), 0);
        QVERIFY(session->isSignedIn());
    }

    void staleSavedPasswordStaysRememberedForTheRetry()
    {
        // The dialog opens "Remember password" as the registry says; a failed automatic sign-in
        // must therefore leave that flag (and the keychain entry) alone, and the retry that
        // passes it on replaces the stale password instead of deleting it.
        if (isChild())
            QSKIP("parent only");
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        const Account employee = accountOf(f, u"employee"_s);
        m_used << employee;
        auto a = app();
        a->registry.add(employee);
        a->registry.setRemembersPassword(employee, true);
        a->registry.setLastUsed(employee);
        QVERIFY(saved(a->credentials, employee, u"stale"_s));

        QSignalSpy needs(&a->controller, &SessionController::needsSignIn);
        a->controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(needs.count(), 1, 10'000);
        QCOMPARE(needs.first().at(1).value<SignInProblem>().kind, Kind::BadCredentials);
        QVERIFY(a->registry.remembersPassword(employee));
        QCOMPARE(load(a->credentials, employee).password, u"stale"_s);

        QSignalSpy in(&a->controller, &SessionController::signedIn);
        a->controller.signIn(employee, u"employee"_s, a->registry.remembersPassword(employee));
        QVERIFY(in.wait(10'000));
        QVERIFY(a->registry.remembersPassword(employee));
        QTRY_COMPARE_WITH_TIMEOUT(load(a->credentials, employee).password, u"employee"_s, 10'000);
    }

    void plainHttpConsentInTheRegistryReachesTheSession()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("needs Linux, where 0.0.0.0 reaches the loopback listener");
#endif
        if (isChild())
            QSKIP("parent only");
        // http://0.0.0.0 counts as a remote server, and Linux connects it to the emulator.
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        const Account remote{QUrl(u"http://0.0.0.0:%1"_s.arg(f.port())), u"employee"_s, {}};
        m_used << remote;
        auto a = app();
        QSignalSpy in(&a->controller, &SessionController::signedIn);
        QSignalSpy failed(&a->controller, &SessionController::signInFailed);
        a->controller.signIn(remote, u"employee"_s, false);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        QCOMPARE(failed.first().first().value<SignInProblem>().kind, Kind::Tls);
        QCOMPARE(in.count(), 0);

        // Allowed for this server (the sign-in dialog records it): the same session reopens.
        a->registry.setAllowsPlainHttp(remote.serverUrl, true);
        a->controller.signIn(remote, u"employee"_s, false);
        QVERIFY(in.count() == 1 || in.wait(10'000));
        QCOMPARE(in.first().at(1).value<User>().id, 3);
    }

    void signOutForgettingThePassword()
    {
        if (isChild())
            QSKIP("parent only");
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        const Account employee = accountOf(f, u"employee"_s);
        m_used << employee;
        auto a = app();
        QSignalSpy in(&a->controller, &SessionController::signedIn);
        a->controller.signIn(employee, u"employee"_s, true);
        QVERIFY(in.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(load(a->credentials, employee).password, u"employee"_s, 10'000);

        QSignalSpy out(&a->controller, &SessionController::signedOut);
        a->controller.signOut(true);
        QVERIFY(out.count() == 1 || out.wait(10'000));
        QVERIFY(!a->controller.current()->isSignedIn());
        QCOMPARE(load(a->credentials, employee).result.status, CredentialStatus::NotFound);
        QVERIFY(!a->registry.remembersPassword(employee));
        QVERIFY(a->registry.contains(employee)); // still listed, just without a password

        auto next = app();
        QSignalSpy needs(&next->controller, &SessionController::needsSignIn);
        next->controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(needs.count(), 1, 10'000);
        QVERIFY(needs.first().at(0).value<Account>().isSameAs(employee));
        QCOMPARE(needs.first().at(1).value<SignInProblem>().kind, Kind::None);
    }

    void signOutKeepingThePassword()
    {
        if (isChild())
            QSKIP("parent only");
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        const Account employee = accountOf(f, u"employee"_s);
        m_used << employee;
        auto a = app();
        QSignalSpy in(&a->controller, &SessionController::signedIn);
        a->controller.signIn(employee, u"employee"_s, true);
        QVERIFY(in.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(load(a->credentials, employee).password, u"employee"_s, 10'000);
        QSignalSpy out(&a->controller, &SessionController::signedOut);
        a->controller.signOut(false);
        QCOMPARE(out.count(), 1);
        QCOMPARE(load(a->credentials, employee).password, u"employee"_s);
        QVERIFY(a->registry.remembersPassword(employee));
    }

    void notRememberingRemovesAStoredPassword()
    {
        if (isChild())
            QSKIP("parent only");
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        const Account employee = accountOf(f, u"employee"_s);
        m_used << employee;
        auto a = app();
        QVERIFY(saved(a->credentials, employee, u"old password"_s));
        QSignalSpy in(&a->controller, &SessionController::signedIn);
        a->controller.signIn(employee, u"employee"_s, false);
        QVERIFY(in.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(load(a->credentials, employee).result.status,
                                  CredentialStatus::NotFound, 10'000);
        QVERIFY(!a->registry.remembersPassword(employee));
    }

    void failedSignInSavesNothing()
    {
        if (isChild())
            QSKIP("parent only");
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        const Account employee = accountOf(f, u"employee"_s);
        auto a = app();
        QSignalSpy failed(&a->controller, &SessionController::signInFailed);
        QSignalSpy needs(&a->controller, &SessionController::needsSignIn);
        a->controller.signIn(employee, u"wrong"_s, true);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<SignInProblem>().kind, Kind::BadCredentials);
        QCOMPARE(needs.count(), 0); // the dialog is already showing
        QVERIFY(a->registry.accounts().isEmpty());
        QVERIFY(!a->registry.lastUsed());
        // Nothing was asked of the keychain (its jobs are the store's children until done).
        QVERIFY(a->credentials.findChildren<CredentialJob *>().isEmpty());
        QCOMPARE(load(a->credentials, employee).result.status, CredentialStatus::NotFound);
    }

    void switchingAccounts()
    {
        if (isChild())
            QSKIP("parent only");
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        const Account employee = accountOf(f, u"employee"_s);
        const Account manager = accountOf(f, u"manager"_s);
        m_used << employee << manager;
        auto a = app();
        QSignalSpy opened(&a->controller, &SessionController::sessionOpened);
        QSignalSpy closing(&a->controller, &SessionController::sessionClosing);
        QSignalSpy in(&a->controller, &SessionController::signedIn);
        a->controller.signIn(employee, u"employee"_s, true);
        QVERIFY(in.wait(5000));
        QPointer<AccountSession> first = a->controller.current();
        QCOMPARE(opened.count(), 1);
        QCOMPARE(closing.count(), 0);

        // A new account (no cache yet) is tried aside: the employee stays until it signed in.
        a->controller.signIn(manager, u"manager"_s, false);
        QCOMPARE(closing.count(), 0);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(a->controller.current(), first.data());
        QVERIFY(in.wait(5000));
        QCOMPARE(closing.count(), 1);
        QCOMPARE(&closing.first().first().value<AccountWorkspace *>()->session(), first.data());
        QCOMPARE(opened.count(), 2);
        QCOMPARE(in.last().at(1).value<User>().id, 2);
        QVERIFY(a->controller.current()->account().isSameAs(manager));
        QTRY_VERIFY(first.isNull()); // deleted once the event loop ran
        QCOMPARE(a->registry.accounts().size(), 2);
        QVERIFY(a->registry.lastUsed()->isSameAs(manager));

        // Back to the employee: the remembered password signs in without the dialog.
        QTRY_COMPARE_WITH_TIMEOUT(load(a->credentials, employee).password, u"employee"_s, 10'000);
        QSignalSpy needs(&a->controller, &SessionController::needsSignIn);
        a->controller.switchTo(employee);
        QCOMPARE(closing.count(), 2);
        QCOMPARE(opened.count(), 3);
        QVERIFY(in.wait(10'000));
        QCOMPARE(in.last().at(1).value<User>().id, 3);
        QCOMPARE(needs.count(), 0);
        QVERIFY(a->registry.lastUsed()->isSameAs(employee));
        // ...and to the manager, whose password was not remembered: the dialog is needed.
        a->controller.switchTo(manager);
        QCOMPARE(needs.count(), 1);
        QVERIFY(needs.first().first().value<Account>().isSameAs(manager));
    }

    void noKeychain()
    {
        if (isChild())
            QSKIP("runs in the parent process only");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(childVariable), u"1"_s);
        // Nothing listens there: a desktop session without D-Bus, so without a keychain.
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
        QProcess child;
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"childNoKeychain"_s});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        if (!child.waitForFinished(120'000)) {
            child.kill();
            child.waitForFinished();
            QFAIL("the child test process did not finish");
        }
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 output.constData());
        QVERIFY2(output.contains("PASS   : TestSessionController::childNoKeychain()"),
                 output.constData());
    }

    void childNoKeychain()
    {
        if (!isChild())
            QSKIP("runs only in the child process started by noKeychain()");
        EmulatorFixture f(testdata::contractDataset(), noLimits());
        const Account employee = accountOf(f, u"employee"_s);
        {
            auto a = app();
            QSignalSpy in(&a->controller, &SessionController::signedIn);
            QSignalSpy warnings(&a->controller, &SessionController::warning);
            a->controller.signIn(employee, u"employee"_s, true);
            QVERIFY(in.wait(5000)); // the sign-in counts...
            QVERIFY(warnings.count() > 0 || warnings.wait(10'000)); // ...with a warning
            QVERIFY2(warnings.first().first().toString().contains(u"Secret Service"_s),
                     qPrintable(warnings.first().first().toString()));
            QVERIFY(a->registry.contains(employee));
        }
        // Next start: the cache opens, and the dialog is asked for with the keychain's reason.
        auto a = app();
        QSignalSpy opened(&a->controller, &SessionController::sessionOpened);
        QSignalSpy needs(&a->controller, &SessionController::needsSignIn);
        a->controller.start();
        QCOMPARE(opened.count(), 1);
        QVERIFY(needs.wait(10'000));
        QCOMPARE(needs.first().at(1).value<SignInProblem>().kind, Kind::Keychain);
        QVERIFY(!needs.first().at(1).value<SignInProblem>().message.isEmpty());
        QCOMPARE(a->controller.current()->currentUser()->id, 3);
    }
};

QTEST_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
