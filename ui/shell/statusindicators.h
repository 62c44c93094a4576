#pragma once

#include "syncengine.h"

#include <QDateTime>
#include <QWidget>

#include <array>

class QLabel;
class QTimer;

namespace actidesk {

// The status bar's permanent part: who is signed in where, whether the app reaches the server,
// how many requests and edits wait, and how old the shown data is. Plain setters: the window
// feeds it from the session, so this widget knows nothing about sessions.
class StatusIndicators : public QWidget
{
    Q_OBJECT
public:
    explicit StatusIndicators(QWidget *parent = nullptr);

    void setAccount(const QString &userName, const QString &server);
    void setConnection(SyncEngine::State state, const QString &detail = {});
    void setQueueLength(int requests);
    void setOutbox(int pending, int conflicts, int rejected);
    void setDataAsOf(const QDateTime &when);
    // While the server makes the account wait, the connection says so instead of "Online":
    // "Paused: server asks to wait until 14:05 (rate limit)". An invalid or past `until` ends
    // the pause; it also ends by itself at `until`.
    void setPaused(const QDateTime &until, const QString &reason);

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

    QLabel *m_account = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_queue = nullptr;
    QWidget *m_outbox = nullptr;
    std::array<QLabel *, 3> m_counts{}; // by OutboxState
    QLabel *m_dataAsOf = nullptr;
    QDateTime m_asOf;
    bool m_needsSignIn = false;
    SyncEngine::State m_state = SyncEngine::State::Offline;
    QString m_detail;
    QDateTime m_pausedUntil;
    QString m_pauseReason;
    QTimer *m_pauseEnd = nullptr;
};

} // namespace actidesk
