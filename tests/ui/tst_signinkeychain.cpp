// The sign-in dialog, the controller and the real Secret Service together (run inside
//     dbus-run-session -- bash scripts/with-keyring.sh ctest -R tst_signinkeychain
// like the other keychain suites): an account whose saved password went stale signs in again
// through the dialog, and the keychain keeps the new password because the "Remember password"
// box opened checked, as the account has it. The password field is empty once signed in.
#include "accountregistry.h"
#include "credentialstore.h"
#include "emulatorfixture.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "signindialog.h"
#include "testdataset.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace actidesk;

namespace {

// Runs one keychain job to its end; nullopt when it never finished.
std::optional<CredentialResult> finish(CredentialJob *job, QString *password = nullptr)
{
    auto out = std::make_shared<std::optional<CredentialResult>>();
    auto loaded = std::make_shared<QString>();
    QObject::connect(job, &CredentialJob::finished, job,
                     [out, loaded, job](const CredentialResult &r) {
                         *out = r;
                         *loaded = job->password();
                     });
    if (!QTest::qWaitFor([out] { return out->has_value(); }, 30'000))
        return std::nullopt;
    if (password)
        *password = *loaded;
    return *out;
}

QLineEdit *passwordField(SignInDialog *d)
{
    for (QLineEdit *e : d->findChildren<QLineEdit *>()) {
        if (e->accessibleName() == u"Password"_s)
            return e;
    }
    return nullptr;
}

} // namespace

class TestSignInKeychain : public QObject
{
    Q_OBJECT

private:
    QString m_service;
    QList<Account> m_used;

private Q_SLOTS:
    void initTestCase()
    {
        m_service = u"ActiDesk-test-signin-"_s + QUuid::createUuid().toString(QUuid::Id128);
    }

    void cleanupTestCase()
    {
        CredentialStore store(m_service);
        for (const Account &a : std::as_const(m_used))
            finish(store.remove(a));
    }

    void reSignInThroughTheDialogKeepsTheSavedPassword()
    {
        emu::EmulatorOptions options;
        options.rateLimits.enabled = false;
        EmulatorFixture server(testdata::contractDataset(), options);
        const Account employee{
            QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())), u"employee"_s, {}};
        m_used << employee;

        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QSettings settings(profile.filePath(u"settings.ini"_s), QSettings::IniFormat);
        AccountRegistry registry(&settings);
        registry.add(employee);
        registry.setRemembersPassword(employee, true);
        registry.setLastUsed(employee);
        CredentialStore credentials(m_service);
        credentials.setRetryDelay(100ms);
        // The password saved earlier; the server's has changed since.
        const std::optional<CredentialResult> saved =
            finish(credentials.save(employee, u"old password"_s));
        QVERIFY(saved);
        if (!saved->ok())
            QSKIP(qPrintable(u"no Secret Service here: "_s + saved->userMessage));

        SessionController controller(registry, credentials);
        controller.setStorePathResolver([&profile](const Account &account) {
            return profile.filePath(u"cache-"_s + account.login + u".sqlite"_s);
        });
        MainWindow window(controller, registry);
        window.setToday(testdata::kToday);
        window.show();
        SignInDialog *dialog = window.signInDialog();
        QLineEdit *password = passwordField(dialog);
        QVERIFY(password);

        // The automatic sign-in with the stale password fails; the dialog asks the user.
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible() && dialog->problem().isProblem(), 10'000);
        QCOMPARE(dialog->problem().kind, SignInProblem::Kind::BadCredentials);
        QVERIFY2(dialog->remember(), "the box must open as the account has it");

        QSignalSpy signedIn(&controller, &SessionController::signedIn);
        QTest::keyClicks(password, u"employee"_s);
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(signedIn.wait(10'000));
        QVERIFY(!dialog->isVisible());
        QVERIFY(password->text().isEmpty()); // nothing left in the hidden dialog

        QVERIFY(registry.remembersPassword(employee));
        // The keychain holds the new password (an unchecked box would have deleted it).
        QString loaded;
        QTRY_VERIFY_WITH_TIMEOUT(
            finish(credentials.load(employee), &loaded).value_or(CredentialResult{}).ok()
                && loaded == u"employee"_s,
            10'000);
    }
};

QTEST_MAIN(TestSignInKeychain)
#include "tst_signinkeychain.moc"
