#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace actidesk {

// Everything the status bar (and later the tray and the CLI) says about one account, as one
// value published by AccountWorkspace::statusChanged: a reader renders it and asks nothing else.
struct WorkspaceStatus
{
    enum class Connection {
        SignedOut, // no account, or not signed in: changes wait on this computer
        SigningIn, // the password is being checked
        Online, // the last request reached the server
        Syncing, // sending changes or fetching
        Offline, // no server: changes wait, a probe looks for it
        SignInNeeded, // the server refuses this account: nothing is sent until the user signs in
        StoreError, // the cache cannot be written (detail says why): nothing is lost, sending waits
    };

    QString userName; // the signed-in (or cached) user's name, else the login
    QString server; // the server's name
    Connection connection = Connection::SignedOut;
    QString detail; // why (offline reason, the Store's message, …), a sentence for the user
    int requestsWaiting = 0; // in the request queue
    int changesWaiting = 0; // outbox entries to send
    int conflicts = 0; // outbox entries waiting for the user (keep mine / take the server's)
    int refusals = 0; // outbox entries the server refused
    // The oldest fetch time of the shown week's days; invalid while a day was never fetched.
    QDateTime dataAsOf;
    // While the server makes the account wait (429 Retry-After, a login ban): until when and why.
    // Invalid when nothing holds the queue back.
    QDateTime pausedUntil;
    QString pauseReason;
    QString lastRefreshError; // the last refresh that failed (not offline), a sentence

    bool isPausedAt(const QDateTime &now) const
    {
        return pausedUntil.isValid() && pausedUntil > now;
    }
    friend bool operator==(const WorkspaceStatus &, const WorkspaceStatus &) = default;
};

} // namespace actidesk

Q_DECLARE_METATYPE(actidesk::WorkspaceStatus)
