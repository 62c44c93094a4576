#pragma once

#include "syncengine.h"

#include <QDateTime>
#include <QWidget>

class QLabel;

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

    // For tests and accessibility: the texts as shown.
    QString connectionText() const;
    QString outboxText() const;
    QString dataAsOfText() const;
    // The connection state's label; while it says "Sign-in needed" a click on it asks for the
    // sign-in dialog (signInRequested).
    QWidget *connectionIndicator() const;

Q_SIGNALS:
    void signInRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshAge();

    QLabel *m_account = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_queue = nullptr;
    QLabel *m_outbox = nullptr;
    QLabel *m_dataAsOf = nullptr;
    QDateTime m_asOf;
    bool m_needsSignIn = false;
};

} // namespace actidesk
