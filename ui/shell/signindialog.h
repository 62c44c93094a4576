#pragma once

#include "account.h"
#include "clock.h"
#include "signinproblem.h"

#include <QDialog>
#include <QList>
#include <QTimer>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace actidesk {

// Asks for server, login and password. It never talks to the network: it checks the address
// (ServerAddress decides https/http), then emits signInRequested; the owner signs in through
// SessionController and reports back with setBusy() and showProblem(). A ban or a 429 shows a
// live countdown, and "Sign in" stays disabled until the server accepts attempts again.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);

    // The time a ban or a 429 wait is counted down on (the accounts' clock); the system's until
    // set. Must outlive the dialog.
    void setClock(const Clock &clock) { m_clock = &clock; }

    // Servers offered in the drop-down (those of known accounts), without duplicates.
    void setKnownServers(const QList<QUrl> &servers);
    // Prefills server and login; the password gets the focus when both are known.
    void setAccount(const Account &account);
    void setRemember(bool remember);
    bool remember() const;

    // Plain http:// to a remote server sends the password readable by anyone on the way. The
    // "Allow plain http for this server" box appears only for such an address; ticking it asks
    // for an explicit confirmation naming the server. Servers allowed before open ticked.
    void setPlainHttpServers(const QList<QUrl> &servers);
    bool allowsPlainHttp() const; // the box is shown and ticked for the typed server
    // The question asked before plain http is allowed (tests answer it); true: allowed.
    void setPlainHttpConfirmation(std::function<bool(const QUrl &server)> confirm);

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // Shows what went wrong (None hides the area). Keeps the typed password for a retry, except
    // after a wrong password, when it is selected to be typed over.
    void showProblem(const actidesk::SignInProblem &problem);
    SignInProblem problem() const { return m_problem; }
    QString problemText() const; // as shown, for tests and accessibility
    // For an address typed without a scheme (so https:// was tried) on a loopback or LAN host
    // that did not answer as an https actiTIME: a hint to type http://. Empty otherwise.
    static QString httpHint(const SignInProblem &problem, const QUrl &httpsAssumed);

Q_SIGNALS:
    void signInRequested(const actidesk::Account &account, const QString &password, bool remember);
    // Allowed: right before signInRequested for a remote http:// server ticked and confirmed.
    // Not allowed: as soon as the user unticks the box.
    void plainHttpConsent(const QUrl &server, bool allowed);

protected:
    // Hidden (signed in, cancelled, the window closed): the typed password is dropped.
    void hideEvent(QHideEvent *event) override;

private:
    void clearPassword();
    void updatePlainHttpOption();
    void onPlainHttpClicked(bool checked);
    bool confirmPlainHttp(const QUrl &server);
    void submit();
    void showMessage(const QString &text);
    void hideMessage();
    void growToFit();
    void tick();
    void updateButtons();

    QComboBox *m_server = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QCheckBox *m_plainHttp = nullptr;
    QStringList m_plainHttpServers; // as ServerAddress spells their installation URLs
    std::function<bool(const QUrl &)> m_confirmPlainHttp;
    QFrame *m_problemFrame = nullptr;
    QLabel *m_problemIcon = nullptr;
    QLabel *m_problemText = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signIn = nullptr;
    QTimer m_countdown; // repaints the countdown every second; the clock says what it reads
    const Clock *m_clock = &Clock::system();
    SignInProblem m_problem;
    QUrl m_httpsAssumed; // https:// was added to what the user typed (for the http:// hint)
    bool m_busy = false;
};

} // namespace actidesk
