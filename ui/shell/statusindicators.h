#pragma once

#include "clock.h"
#include "outboxcell.h" // OutboxState: which count was clicked
#include "workspacestatus.h"

#include <QDateTime>
#include <QWidget>

#include <array>
#include <memory>

class QLabel;

namespace actidesk {

// The status bar's permanent part: who is signed in where, whether the app reaches the server,
// how many requests and edits wait, and how old the shown data is. It renders one
// WorkspaceStatus (AccountWorkspace::statusChanged) and asks nothing else.
class StatusIndicators : public QWidget
{
    Q_OBJECT
public:
    explicit StatusIndicators(QWidget *parent = nullptr);
    ~StatusIndicators() override;

    // The time pauses end on and "today" is (the account's clock); the system's until set. Must
    // outlive this widget or be replaced first.
    void setClock(const Clock &clock);

    // Shows `status`. While the server makes the account wait, the connection says so instead
    // of "Online": "Paused: server asks to wait until 14:05 (rate limit)"; the pause ends by
    // itself at its time. SignedOut and SignInNeeded read "Sign-in needed" and are clickable.
    void setStatus(const WorkspaceStatus &status);
    // No account is open.
    void showNoAccount(const QString &text);

    // For tests and accessibility: the texts as shown.
    QString connectionText() const;
    QString outboxText() const;
    QString dataAsOfText() const;
    // The connection state's label; while it says "Sign-in needed" a click on it asks for the
    // sign-in dialog (signInRequested).
    QWidget *connectionIndicator() const;
    // The label of one count (changes to send, conflicts, refused); a click on it asks to go to
    // the first such cell (outboxCellRequested).
    QWidget *outboxIndicator(OutboxState state) const;

Q_SIGNALS:
    void signInRequested();
    void outboxCellRequested(actidesk::OutboxState state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshAge();
    void showConnection();
    void showAccount(const QString &userName, const QString &server);
    void showQueueLength(int requests);
    void showOutbox(int pending, int conflicts, int rejected);

    QLabel *m_account = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_queue = nullptr;
    QWidget *m_outbox = nullptr;
    std::array<QLabel *, 3> m_counts{}; // by OutboxState
    QLabel *m_dataAsOf = nullptr;
    WorkspaceStatus m_status;
    bool m_needsSignIn = false;
    const Clock *m_clock = &Clock::system();
    std::unique_ptr<ClockTimer> m_pauseEnd;
};

} // namespace actidesk
