// Signing in and out as a user meets it in the real MainWindow, against the in-process emulator:
// signing out leaves nothing of the account on screen and nothing to edit; "Sign-in needed" in
// the status bar opens the dialog; a first start whose dialog is cancelled shows a welcome page
// whose buttons work; a failed sign-in to a new address leaves the account in use as it was.
#include "appfixture.h"
#include "emulatorfixture.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "sessionview.h"
#include "signindialog.h"
#include "signinproblem.h"
#include "statusindicators.h"
#include "testdataset.h"
#include "timesheetmodel.h"
#include "timesheetpage.h"
#include "welcomepage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace actidesk;
using namespace Qt::StringLiterals;

namespace {

QLineEdit *field(SignInDialog *dialog, const QString &accessibleName)
{
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QAction *action(QMainWindow *window, const QString &text)
{
    for (QAction *a : window->menuBar()->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

// Types the address, login and password into the dialog as a user would and clicks Sign in.
void typeAndSubmit(SignInDialog *dialog, const QString &server, const QString &login,
                   const QString &password)
{
    auto *serverBox = dialog->findChild<QComboBox *>();
    QVERIFY(serverBox);
    serverBox->lineEdit()->selectAll();
    QTest::keyClicks(serverBox->lineEdit(), server);
    QLineEdit *loginEdit = field(dialog, u"Login"_s);
    QLineEdit *passwordEdit = field(dialog, u"Password"_s);
    QVERIFY(loginEdit && passwordEdit);
    loginEdit->selectAll();
    QTest::keyClicks(loginEdit, login);
    QTest::keyClicks(passwordEdit, password);
    QPushButton *signIn = button(dialog, u"Sign in"_s);
    QVERIFY(signIn && signIn->isEnabled());
    QTest::mouseClick(signIn, Qt::LeftButton);
}

} // namespace

class TestSignInOut : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_server;

    QString serverText() const { return u"http://127.0.0.1:%1"_s.arg(m_server->port()); }
    Account account(const QString &login) const { return AppFixture::accountOn(*m_server, login); }

    void signInAndWait(AppFixture &app, const QString &login)
    {
        QVERIFY(app.signIn(account(login)));
        QVERIFY(app.model()->totalRow() > 0);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<EmulatorFixture>(testdata::contractDataset(),
                                                     emu::EmulatorOptions{}, true);
    }
    void cleanup() { m_server.reset(); }

    void signOutClearsTheWindowAndTheStatusOpensSignIn()
    {
        QTemporaryDir profile;
        AppFixture app(profile.path());
        signInAndWait(app, u"employee"_s);

        // File → Sign Out…, confirmed in the question box.
        QAction *signOut = action(app.window.get(), u"Sign &Out…"_s);
        QVERIFY(signOut);
        bool answered = false;
        QTimer::singleShot(0, this, [&answered]() {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QPushButton *confirm = button(box, u"Sign Out"_s);
            QVERIFY(confirm);
            QTest::mouseClick(confirm, Qt::LeftButton);
            answered = true;
        });
        signOut->trigger();
        QVERIFY(answered);

        // Nothing of the account is shown, and nothing can be edited: no pages, no page
        // shortcuts, no refresh; the welcome page says what happened.
        QVERIFY(!app.window->sessionView());
        QVERIFY(app.window->findChildren<TimesheetPage *>().isEmpty());
        QVERIFY(app.window->welcomePage());
        QTRY_VERIFY(app.window->welcomePage()->isVisible());
        QVERIFY(app.window->welcomePage()->message().contains(u"signed out"_s));
        for (QAction *a : app.window->menuBar()->findChildren<QAction *>()) {
            // Quit and Preferences belong to the application, not to an account.
            if (!a->shortcut().isEmpty() && a->shortcut() != QKeySequence(QKeySequence::Quit)
                && a->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_Comma))
                QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        }
        QVERIFY(app.controller.workspace() && !app.controller.workspace()->isSignedIn());

        // The dialog offered after signing out is cancelled: the welcome page stays.
        QTRY_VERIFY(app.window->signInDialog()->isVisible());
        QTest::keyClick(app.window->signInDialog(), Qt::Key_Escape);
        QTRY_VERIFY(!app.window->signInDialog()->isVisible());
        QVERIFY(app.window->welcomePage() && app.window->welcomePage()->isVisible());
        QVERIFY(!app.window->sessionView());

        // "Sign-in needed" in the status bar is the way back.
        QTRY_VERIFY(app.window->statusIndicators()->connectionText().contains(u"Sign-in needed"_s));
        QTest::mouseClick(app.window->statusIndicators()->connectionIndicator(), Qt::LeftButton);
        QTRY_VERIFY(app.window->signInDialog()->isVisible());
        QLineEdit *password = field(app.window->signInDialog(), u"Password"_s);
        QVERIFY(password);
        QTest::keyClicks(password, u"employee"_s);
        QSignalSpy refreshed(app.window.get(), &MainWindow::timesheetRefreshed);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->sessionView(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 10000);
        QVERIFY(app.window->sessionView()->timesheet()->model()->totalRow() > 0);
        QVERIFY(!app.window->welcomePage());
    }

    void statusIsNotClickableWhileSignedIn()
    {
        QTemporaryDir profile;
        AppFixture app(profile.path());
        signInAndWait(app, u"employee"_s);
        app.window->signInDialog()->hide();
        QTest::mouseClick(app.window->statusIndicators()->connectionIndicator(), Qt::LeftButton);
        QTest::qWait(50);
        QVERIFY(!app.window->signInDialog()->isVisible());
    }

    void firstStartCancelledShowsAWelcomePageWhoseButtonsWork()
    {
        QTemporaryDir profile;
        AppFixture app(profile.path());
        app.controller.start(); // nothing known yet: the dialog asks
        QTRY_VERIFY(app.window->signInDialog()->isVisible());
        QVERIFY(app.window->welcomePage());
        QTest::keyClick(app.window->signInDialog(), Qt::Key_Escape);
        QTRY_VERIFY(!app.window->signInDialog()->isVisible());
        WelcomePage *welcome = app.window->welcomePage();
        QVERIFY(welcome);
        QTRY_VERIFY(welcome->isVisible());
        QVERIFY(welcome->demoButton()->isVisible());

        // "Try the demo" outside demo mode asks the app to start its demo.
        QSignalSpy demo(app.window.get(), &MainWindow::demoRequested);
        QTest::mouseClick(welcome->demoButton(), Qt::LeftButton);
        QCOMPARE(demo.count(), 1);

        // "Sign in…" opens the dialog; signing in there replaces the welcome page.
        QTest::mouseClick(welcome->signInButton(), Qt::LeftButton);
        QTRY_VERIFY(app.window->signInDialog()->isVisible());
        typeAndSubmit(app.window->signInDialog(), serverText(), u"employee"_s, u"employee"_s);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->sessionView(), 10000);
        QVERIFY(!app.window->welcomePage());
        QTRY_VERIFY(!app.window->signInDialog()->isVisible());
    }

    void welcomeDemoButtonSignsInToTheDemoInDemoMode()
    {
        QTemporaryDir profile;
        AppFixture app(profile.path());
        app.window->setDemoSignIns({{account(u"employee"_s), u"employee"_s, u"Employee"_s}});
        app.controller.start();
        QTRY_VERIFY(app.window->signInDialog()->isVisible());
        QTest::keyClick(app.window->signInDialog(), Qt::Key_Escape);
        QTRY_VERIFY(app.window->welcomePage() && app.window->welcomePage()->isVisible());
        QSignalSpy demo(app.window.get(), &MainWindow::demoRequested);
        QTest::mouseClick(app.window->welcomePage()->demoButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->sessionView(), 10000);
        QCOMPARE(demo.count(), 0);
    }

    void failedSignInToANewAddressLeavesTheAccountInUse()
    {
        QTemporaryDir profile;
        AppFixture app(profile.path());
        signInAndWait(app, u"employee"_s);
        AccountWorkspace *before = app.controller.workspace();
        SessionView *viewBefore = app.window->sessionView();

        // A port nobody listens on: refused at once.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 deadPort = closed.serverPort();
        closed.close();

        QAction *another = action(app.window.get(), u"Sign &In to Another Account…"_s);
        QVERIFY(another);
        another->trigger();
        QTRY_VERIFY(app.window->signInDialog()->isVisible());
        typeAndSubmit(app.window->signInDialog(), u"http://127.0.0.1:%1"_s.arg(deadPort),
                      u"nobody"_s, u"secret"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!app.window->signInDialog()->isBusy(), 10000);
        QVERIFY(app.window->signInDialog()->isVisible());
        QVERIFY(!app.window->signInDialog()->problemText().isEmpty());

        // The account in use is untouched: same session, still signed in, its view still shown.
        QCOMPARE(app.controller.workspace(), before);
        QVERIFY(before->isSignedIn());
        QCOMPARE(app.window->sessionView(), viewBefore);
        QVERIFY(!app.window->statusIndicators()->connectionText().contains(u"Sign-in needed"_s));
        // No cache was made for an address that never answered as actiTIME.
        QVERIFY(!QFileInfo::exists(app.cachePath(u"nobody"_s)));
        QVERIFY(app.registry.accounts().size() == 1);

        // A wrong password on the real server is the same: nothing changes hands.
        app.window->signInDialog()->setAccount({});
        typeAndSubmit(app.window->signInDialog(), serverText(), u"manager"_s, u"wrong"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!app.window->signInDialog()->isBusy(), 10000);
        QCOMPARE(app.controller.workspace(), before);
        QVERIFY(before->isSignedIn());
        QVERIFY(!QFileInfo::exists(app.cachePath(u"manager"_s)));

        // And the right one switches to it, with its cache.
        QLineEdit *password = field(app.window->signInDialog(), u"Password"_s);
        password->selectAll();
        QTest::keyClicks(password, u"manager"_s);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(app.controller.workspace() != before, 10000);
        QTRY_VERIFY(app.controller.workspace()->isSignedIn());
        QCOMPARE(app.controller.workspace()->account().login, u"manager"_s);
        QVERIFY(QFileInfo::exists(app.cachePath(u"manager"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(app.window->sessionView()
                                     && &app.window->sessionView()->workspace()
                                         == app.controller.workspace(),
                                 10000);
        QTRY_VERIFY(!app.window->signInDialog()->isVisible());
    }

    void addressWithoutSchemeOnALoopbackHostGetsTheHttpHint()
    {
        QTemporaryDir profile;
        AppFixture app(profile.path());
        app.controller.start();
        QTRY_VERIFY(app.window->signInDialog()->isVisible());
        // The emulator speaks plain http: https:// (added to the typed address) fails.
        const QString typed = u"127.0.0.1:%1"_s.arg(m_server->port());
        typeAndSubmit(app.window->signInDialog(), typed, u"employee"_s, u"employee"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!app.window->signInDialog()->isBusy(), 10000);
        const QString shown = app.window->signInDialog()->problemText();
        QVERIFY2(shown.contains(u"type http://"_s + typed), qPrintable(shown));
        QVERIFY(!app.window->sessionView());
        QVERIFY(!QFileInfo::exists(app.cachePath(u"employee"_s)));

        // Typed with its scheme, https:// was the user's choice: no hint.
        typeAndSubmit(app.window->signInDialog(), u"https://"_s + typed, u"employee"_s,
                      u"employee"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!app.window->signInDialog()->isBusy(), 10000);
        QVERIFY(!app.window->signInDialog()->problemText().isEmpty());
        QVERIFY2(!app.window->signInDialog()->problemText().contains(u"http://"_s),
                 qPrintable(app.window->signInDialog()->problemText()));
    }

    void httpHintOnlyForLocalHosts_data()
    {
        QTest::addColumn<QString>("assumed");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("hint");
        using Kind = SignInProblem::Kind;
        QTest::newRow("loopback") << u"https://127.0.0.1:8080"_s << int(Kind::Unreachable) << true;
        QTest::newRow("LAN address") << u"https://192.168.1.20"_s << int(Kind::Tls) << true;
        QTest::newRow("10/8") << u"https://10.1.2.3/at"_s << int(Kind::NotActiTime) << true;
        QTest::newRow("single-label name") << u"https://timeserver"_s << int(Kind::Tls) << true;
        QTest::newRow("localhost") << u"https://localhost:9000"_s << int(Kind::Unreachable) << true;
        QTest::newRow("public name")
            << u"https://actitime.example.com"_s << int(Kind::Unreachable) << false;
        QTest::newRow("public address") << u"https://8.8.8.8"_s << int(Kind::Tls) << false;
        QTest::newRow("wrong password")
            << u"https://127.0.0.1"_s << int(Kind::BadCredentials) << false;
        QTest::newRow("scheme typed") << QString() << int(Kind::Unreachable) << false;
    }

    void httpHintOnlyForLocalHosts()
    {
        QFETCH(QString, assumed);
        QFETCH(int, kind);
        QFETCH(bool, hint);
        const SignInProblem problem = SignInProblem::make(SignInProblem::Kind(kind), u"x"_s);
        const QString text = SignInDialog::httpHint(problem, QUrl(assumed));
        QCOMPARE(!text.isEmpty(), hint);
        if (hint)
            QVERIFY(text.contains(u"http://"_s + QUrl(assumed).authority()));
    }

    void accountNamesShowTheirPort()
    {
        QTemporaryDir profile;
        AppFixture app(profile.path());
        signInAndWait(app, u"employee"_s);
        const QString server = u"127.0.0.1:%1"_s.arg(m_server->port());
        bool inStatus = false;
        for (QLabel *label : app.window->statusIndicators()->findChildren<QLabel *>())
            inStatus = inStatus || label->text().contains(server);
        QVERIFY(inStatus);

        QMenu *accounts = nullptr;
        for (QMenu *menu : app.window->menuBar()->findChildren<QMenu *>()) {
            if (menu->title() == u"S&witch Account"_s)
                accounts = menu;
        }
        QVERIFY(accounts);
        Q_EMIT accounts->aboutToShow();
        QCOMPARE(accounts->actions().size(), 1);
        QVERIFY2(accounts->actions().constFirst()->text().endsWith(u" on "_s + server),
                 qPrintable(accounts->actions().constFirst()->text()));
    }
};

QTEST_MAIN(TestSignInOut)
#include "tst_signinout.moc"
