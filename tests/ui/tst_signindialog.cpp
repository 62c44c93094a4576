// SignInDialog driven like a user: typing and Enter, address validation before anything is
// sent, a ban's live countdown that keeps "Sign in" disabled, and the busy state; the password
// dropped once the dialog hides, and the "Remember password" box as the account has it when the
// main window opens the dialog.
#include "accountregistry.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "signindialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace actidesk;

class TestSignInDialog : public QObject
{
    Q_OBJECT

private:
    struct Parts
    {
        QComboBox *server;
        QLineEdit *login;
        QLineEdit *password;
        QCheckBox *remember;
        QPushButton *signIn;

        static QCheckBox *plainHttp(SignInDialog &d)
        {
            for (QCheckBox *box : d.findChildren<QCheckBox *>()) {
                if (box->text().contains(u"plain"_s))
                    return box;
            }
            return nullptr;
        }
    };
    static Parts parts(SignInDialog &d)
    {
        Parts p{d.findChild<QComboBox *>(), nullptr, nullptr, nullptr, nullptr};
        for (QCheckBox *box : d.findChildren<QCheckBox *>()) {
            if (box->text().contains(u"keychain"_s))
                p.remember = box;
        }
        for (QLineEdit *e : d.findChildren<QLineEdit *>()) {
            if (e->accessibleName() == u"Login"_s)
                p.login = e;
            else if (e->accessibleName() == u"Password"_s)
                p.password = e;
        }
        for (QPushButton *b : d.findChildren<QPushButton *>()) {
            if (b->text() == u"Sign in"_s)
                p.signIn = b;
        }
        return p;
    }
    static void show(SignInDialog &d)
    {
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.activateWindow();
    }

private Q_SLOTS:
    void labelsAndAccessibleNames()
    {
        SignInDialog d;
        const Parts p = parts(d);
        QVERIFY(p.server && p.login && p.password && p.remember && p.signIn);
        QCOMPARE(p.password->echoMode(), QLineEdit::Password);
        QCOMPARE(p.server->accessibleName(), u"Server address"_s);
        QStringList buddies;
        for (QLabel *label : d.findChildren<QLabel *>()) {
            if (label->buddy())
                buddies << label->buddy()->accessibleName();
        }
        buddies.sort();
        QCOMPARE(buddies, (QStringList{u"Login"_s, u"Password"_s, u"Server address"_s}));
        QVERIFY(p.remember->text().contains(u"system keychain"_s));
        QVERIFY(p.signIn->isDefault());
    }

    void typingAndEnterRequestsSignIn()
    {
        SignInDialog d;
        show(d);
        const Parts p = parts(d);
        QSignalSpy requested(&d, &SignInDialog::signInRequested);
        p.server->setFocus();
        QTest::keyClicks(p.server, u"acme.actitime.com/"_s);
        QTest::keyClick(p.server, Qt::Key_Tab);
        QTest::keyClicks(p.login, u" jsmith "_s);
        QTest::keyClick(p.login, Qt::Key_Tab);
        QTest::keyClicks(p.password, u"s3cret pass"_s);
        QTest::keyClick(p.password, Qt::Key_Tab);
        QTest::keyClick(p.remember, Qt::Key_Space);
        p.password->setFocus();
        QTest::keyClick(p.password, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        const Account account = requested.first().at(0).value<Account>();
        QCOMPARE(account.serverUrl, QUrl(u"https://acme.actitime.com"_s));
        QCOMPARE(account.login, u"jsmith"_s);
        QCOMPARE(requested.first().at(1).toString(), u"s3cret pass"_s);
        QCOMPARE(requested.first().at(2).toBool(), true);
        QVERIFY(d.problemText().isEmpty());
        QVERIFY(d.isVisible()); // the owner closes it once signed in
    }

    void invalidUrlShowsTheMessageAndSendsNothing()
    {
        SignInDialog d;
        show(d);
        const Parts p = parts(d);
        QSignalSpy requested(&d, &SignInDialog::signInRequested);
        QTest::keyClicks(p.server, u"ftp://files.example.com"_s);
        QTest::keyClicks(p.login, u"jsmith"_s);
        QTest::keyClicks(p.password, u"pw"_s);
        QTest::keyClick(p.password, Qt::Key_Return);
        QCOMPARE(requested.count(), 0);
        QVERIFY2(d.problemText().contains(u"https://"_s), qPrintable(d.problemText()));
        QVERIFY(p.server->hasFocus() || p.server->lineEdit()->hasFocus());

        // Plain http to a remote server is refused the same way; loopback is allowed.
        p.server->setEditText(u"http://actitime.example.com"_s);
        QTest::mouseClick(p.signIn, Qt::LeftButton);
        QCOMPARE(requested.count(), 0);
        QVERIFY2(d.problemText().contains(u"unencrypted"_s), qPrintable(d.problemText()));
        // The option the message names is there, right under the address.
        QVERIFY2(d.problemText().contains(u"Allow plain http for this server"_s),
                 qPrintable(d.problemText()));
        QVERIFY(p.plainHttp(d) && p.plainHttp(d)->isVisible());
        p.server->setEditText(u"http://127.0.0.1:8080"_s);
        QTest::mouseClick(p.signIn, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);

        // A missing login is said, not sent.
        p.login->clear();
        QTest::mouseClick(p.signIn, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QVERIFY(d.problemText().contains(u"login"_s));
    }

    void setAccountFocusesThePassword()
    {
        SignInDialog d;
        d.setKnownServers({QUrl(u"https://a.example"_s), QUrl(u"https://b.example/"_s),
                           QUrl(u"https://a.example"_s)});
        show(d);
        const Parts p = parts(d);
        QCOMPARE(p.server->count(), 2);
        d.setAccount(Account{QUrl(u"https://b.example"_s), u"bob"_s, {}});
        QCOMPARE(p.server->currentText(), u"https://b.example"_s);
        QCOMPARE(p.login->text(), u"bob"_s);
        QTRY_VERIFY(p.password->hasFocus());
        QSignalSpy requested(&d, &SignInDialog::signInRequested);
        QTest::keyClicks(p.password, u"pw"_s);
        QTest::keyClick(p.password, Qt::Key_Enter);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).value<Account>().login, u"bob"_s);
    }

    void banCountsDownAndKeepsSignInDisabled()
    {
        SignInDialog d;
        show(d);
        const Parts p = parts(d);
        d.setAccount(Account{QUrl(u"https://a.example"_s), u"ann"_s, {}});
        QTest::keyClicks(p.password, u"pw"_s);
        QSignalSpy requested(&d, &SignInDialog::signInRequested);
        const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(1800);
        d.showProblem(SignInProblem::waitUntil(SignInProblem::Kind::Banned, until));
        QVERIFY2(d.problemText().contains(u"The server accepts new attempts in 2 seconds"_s),
                 qPrintable(d.problemText()));
        QVERIFY(!p.signIn->isEnabled());
        QTest::keyClick(p.password, Qt::Key_Return);
        QCOMPARE(requested.count(), 0);
        // The text counts down while waiting...
        QTRY_VERIFY_WITH_TIMEOUT(d.problemText().contains(u"in 1 second."_s), 2000);
        QVERIFY(!p.signIn->isEnabled());
        // ...and once the ban is over, signing in is possible again.
        QTRY_VERIFY_WITH_TIMEOUT(p.signIn->isEnabled(), 3000);
        QVERIFY(QDateTime::currentDateTimeUtc() >= until);
        QVERIFY(d.problemText().contains(u"again now"_s));
        QTest::keyClick(p.password, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
    }

    void wrongPasswordIsSelectedForRetyping()
    {
        SignInDialog d;
        show(d);
        const Parts p = parts(d);
        d.setAccount(Account{QUrl(u"https://a.example"_s), u"ann"_s, {}});
        QTest::keyClicks(p.password, u"wrong"_s);
        d.showProblem(SignInProblem::make(SignInProblem::Kind::BadCredentials,
                                          u"Wrong login or password."_s));
        QCOMPARE(d.problemText(), u"Wrong login or password."_s);
        QVERIFY(p.signIn->isEnabled());
        QCOMPARE(p.password->selectedText(), u"wrong"_s);
        d.showProblem({});
        QVERIFY(d.problemText().isEmpty());
    }

    void busyDisablesInputs()
    {
        SignInDialog d;
        show(d);
        const Parts p = parts(d);
        d.setAccount(Account{QUrl(u"https://a.example"_s), u"ann"_s, {}});
        QTest::keyClicks(p.password, u"pw"_s);
        QSignalSpy requested(&d, &SignInDialog::signInRequested);
        d.setBusy(true);
        QVERIFY(d.isBusy());
        QVERIFY(!p.server->isEnabled());
        QVERIFY(!p.login->isEnabled());
        QVERIFY(!p.password->isEnabled());
        QVERIFY(!p.remember->isEnabled());
        QVERIFY(!Parts::plainHttp(d)->isEnabled());
        QVERIFY(!p.signIn->isEnabled());
        QCOMPARE(p.signIn->text(), u"Signing in…"_s);
        QTest::keyClick(&d, Qt::Key_Return);
        QCOMPARE(requested.count(), 0);
        d.setBusy(false);
        QVERIFY(p.password->isEnabled());
        QVERIFY(p.signIn->isEnabled());
        QCOMPARE(p.signIn->text(), u"Sign in"_s);
        QVERIFY(p.signIn->isDefault()); // Enter works again
        QTest::keyClick(p.password, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
    }

    void plainHttpNeedsAnExplicitConfirmationPerServer()
    {
        SignInDialog d;
        show(d);
        const Parts p = parts(d);
        QCheckBox *allow = Parts::plainHttp(d);
        QVERIFY(allow);
        QList<QUrl> asked;
        bool answer = false;
        d.setPlainHttpConfirmation([&asked, &answer](const QUrl &server) {
            asked << server;
            return answer;
        });
        QSignalSpy requested(&d, &SignInDialog::signInRequested);
        QSignalSpy consent(&d, &SignInDialog::plainHttpConsent);

        // Only a remote http:// address has the option.
        for (const QString &address : {u"https://actitime.example.com"_s, u"actitime.example.com"_s,
                                       u"http://127.0.0.1:8080"_s, u"http://localhost/at"_s}) {
            p.server->setEditText(address);
            QVERIFY2(!allow->isVisible(), qPrintable(address));
        }
        p.server->setEditText(u"http://actitime.example.com/at/"_s);
        QVERIFY(allow->isVisible());
        QVERIFY(!allow->isChecked());
        d.setAccount(Account{QUrl(u"http://actitime.example.com/at"_s), u"ann"_s, {}});
        QTest::keyClicks(p.password, u"pw"_s);

        // Without consent: refused, nothing sent.
        QTest::mouseClick(p.signIn, Qt::LeftButton);
        QCOMPARE(requested.count(), 0);
        QVERIFY2(d.problemText().contains(u"unencrypted"_s), qPrintable(d.problemText()));

        // Ticking asks, naming the server; "no" leaves it unticked and still refused.
        QTest::mouseClick(allow, Qt::LeftButton);
        QCOMPARE(asked, (QList<QUrl>{QUrl(u"http://actitime.example.com/at"_s)}));
        QVERIFY(!allow->isChecked());
        QTest::mouseClick(p.signIn, Qt::LeftButton);
        QCOMPARE(requested.count(), 0);

        // "Yes": the sign-in goes out with the http address, and the consent is reported.
        answer = true;
        QTest::mouseClick(allow, Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QVERIFY(allow->isChecked());
        QTest::mouseClick(p.signIn, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).value<Account>().serverUrl,
                 QUrl(u"http://actitime.example.com/at"_s));
        QCOMPARE(consent.count(), 1);
        QCOMPARE(consent.first().at(0).toUrl(), QUrl(u"http://actitime.example.com/at"_s));
        QCOMPARE(consent.first().at(1).toBool(), true);

        // Another server needs its own confirmation.
        p.server->setEditText(u"http://other.example.com"_s);
        QVERIFY(allow->isVisible());
        QVERIFY(!allow->isChecked());
        QTest::mouseClick(p.signIn, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);

        // A server allowed before opens ticked, without asking again; unticking takes it back.
        d.setPlainHttpServers({QUrl(u"http://other.example.com/"_s)});
        QVERIFY(allow->isChecked());
        QTest::mouseClick(p.signIn, Qt::LeftButton);
        QCOMPARE(requested.count(), 2);
        QCOMPARE(asked.size(), 2);
        QTest::mouseClick(allow, Qt::LeftButton);
        QVERIFY(!allow->isChecked());
        QCOMPARE(consent.last().at(0).toUrl(), QUrl(u"http://other.example.com"_s));
        QCOMPARE(consent.last().at(1).toBool(), false);
        QTest::mouseClick(p.signIn, Qt::LeftButton);
        QCOMPARE(requested.count(), 2);
    }

    void passwordIsDroppedWhenTheDialogHides()
    {
        SignInDialog d;
        show(d);
        const Parts p = parts(d);
        d.setAccount(Account{QUrl(u"https://a.example"_s), u"ann"_s, {}});
        QTest::keyClicks(p.password, u"s3cret"_s);
        QCOMPARE(p.password->text(), u"s3cret"_s);
        // The owner hides the dialog once signed in (or the user cancels).
        d.hide();
        QVERIFY(p.password->text().isEmpty());
        // Not even in the undo history.
        QVERIFY(!p.password->isUndoAvailable());
        p.password->undo();
        QVERIFY(p.password->text().isEmpty());
        // Shown again, nothing of the old password is there to be sent.
        show(d);
        QSignalSpy requested(&d, &SignInDialog::signInRequested);
        QTest::keyClick(p.password, Qt::Key_Return);
        QCOMPARE(requested.count(), 0);
        QVERIFY(d.problemText().contains(u"password"_s));

        QTest::keyClicks(p.password, u"again"_s);
        auto *buttons = d.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!d.isVisible());
        QVERIFY(p.password->text().isEmpty());
    }

    void rememberOpensAsTheAccountHasIt()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QSettings settings(profile.filePath(u"settings.ini"_s), QSettings::IniFormat);
        AccountRegistry registry(&settings);
        const Account kept{QUrl(u"https://a.example"_s), u"ann"_s, u"Ann"_s};
        const Account notKept{QUrl(u"https://a.example"_s), u"bob"_s, u"Bob"_s};
        registry.add(kept);
        registry.add(notKept);
        registry.setRemembersPassword(kept, true);
        registry.setLastUsed(kept);
        CredentialStore credentials(u"actidesk-test-signindialog"_s);
        SessionController controller(registry, credentials);
        // The keychain is not read here: the dialog opens for the account at once.
        controller.setKeychainEnabled(false);
        controller.setStorePathResolver([&profile](const Account &account) {
            return profile.filePath(u"cache-"_s + account.login + u".sqlite"_s);
        });
        MainWindow window(controller, registry);
        window.show();
        SignInDialog *d = window.signInDialog();
        const Parts p = parts(*d);

        controller.start();
        QTRY_VERIFY(d->isVisible());
        QCOMPARE(p.login->text(), u"ann"_s);
        QVERIFY(d->remember());
        QVERIFY(p.remember->isChecked());

        d->hide();
        controller.switchTo(notKept);
        QTRY_VERIFY(d->isVisible());
        QCOMPARE(p.login->text(), u"bob"_s);
        QVERIFY(!d->remember());

        d->hide();
        controller.switchTo(kept);
        QTRY_VERIFY(d->isVisible());
        QCOMPARE(p.login->text(), u"ann"_s);
        QVERIFY(d->remember());
    }

    void mainWindowKeepsThePlainHttpConsent()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QSettings settings(profile.filePath(u"settings.ini"_s), QSettings::IniFormat);
        AccountRegistry registry(&settings);
        CredentialStore credentials(u"actidesk-test-signindialog"_s);
        SessionController controller(registry, credentials);
        controller.setKeychainEnabled(false);
        controller.setStorePathResolver([&profile](const Account &account) {
            return profile.filePath(u"cache-"_s + account.login + u".sqlite"_s);
        });
        MainWindow window(controller, registry);
        window.show();
        SignInDialog *d = window.signInDialog();
        d->setPlainHttpConfirmation([](const QUrl &) { return true; });
        const Parts p = parts(*d);
        QCheckBox *allow = Parts::plainHttp(*d);
        QVERIFY(allow);

        controller.start(); // nothing known: the dialog opens
        QTRY_VERIFY(d->isVisible());
        // 0.0.0.0 is no loopback address to ServerAddress; on a closed port the sign-in fails
        // at once, but the consent was given and is kept.
        const QUrl server(u"http://0.0.0.0:1"_s);
        p.server->setEditText(server.toString());
        QTest::keyClicks(p.login, u"ann"_s);
        QTest::keyClicks(p.password, u"pw"_s);
        QTest::mouseClick(allow, Qt::LeftButton);
        QVERIFY(allow->isChecked());
        QTest::mouseClick(p.signIn, Qt::LeftButton);
        QVERIFY(registry.allowsPlainHttp(server));

        // Opened again for that server, the box is ticked as before.
        d->hide();
        settings.sync();
        AccountRegistry reloaded(&settings);
        QVERIFY(reloaded.allowsPlainHttp(server));
        Q_EMIT controller.needsSignIn(Account{server, u"ann"_s, {}}, {});
        QTRY_VERIFY(d->isVisible());
        QVERIFY(allow->isVisible());
        QVERIFY(allow->isChecked());
    }

    void anotherStartBringsTheWindowBackWithTheDialog()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QSettings settings(profile.filePath(u"settings.ini"_s), QSettings::IniFormat);
        AccountRegistry registry(&settings);
        CredentialStore credentials(u"actidesk-test-signindialog"_s);
        SessionController controller(registry, credentials);
        controller.setKeychainEnabled(false);
        MainWindow window(controller, registry);
        window.show();
        controller.start(); // nothing known: the dialog opens
        SignInDialog *d = window.signInDialog();
        QTRY_VERIFY(d->isVisible());
        window.hide();
        window.setWindowState(Qt::WindowMinimized);
        QVERIFY(window.isMinimized());

        window.bringToFront();
        QVERIFY(window.isVisible());
        QVERIFY(!window.isMinimized());
        QVERIFY(d->isVisible()); // still there to be answered
    }

    void screenshot()
    {
        SignInDialog d;
        d.setKnownServers({QUrl(u"https://acme.actitime.com"_s)});
        d.setAccount(Account{QUrl(u"https://acme.actitime.com"_s), u"emma"_s, {}});
        d.setRemember(true);
        d.showProblem(SignInProblem::waitUntil(SignInProblem::Kind::Banned,
                                               QDateTime::currentDateTimeUtc().addSecs(52)));
        show(d);
        const QString dir = qEnvironmentVariable("ACTIDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            d.grab().save(dir + u"/signindialog-ban.png"_s);
            d.showProblem(SignInProblem::make(
                SignInProblem::Kind::Tls,
                u"The server's certificate is not trusted: The certificate is self-signed, and "
                "untrusted. Check the address; if your company uses its own certificate "
                "authority, ask your administrator for it."_s));
            d.grab().save(dir + u"/signindialog-tls.png"_s);
            d.showProblem({});
            d.grab().save(dir + u"/signindialog-plain.png"_s);
        }
        // A long message grows the dialog rather than being cut off.
        d.showProblem(
            SignInProblem::make(SignInProblem::Kind::Tls, QString(u"word "_s).repeated(80)));
        QVERIFY(d.height() >= d.layout()->totalHeightForWidth(d.width()));
        // Nothing is clipped: the dialog is at least as large as its layout asks for.
        QVERIFY(d.width() >= d.minimumSizeHint().width());
        QVERIFY(d.height() >= d.minimumSizeHint().height());
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
