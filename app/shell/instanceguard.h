#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace actidesk {

// One running ActiDesk per profile: two instances on one cache or one demo state overwrite each
// other's edits. The first start holds a lock file in the profile's folder and listens on a
// local socket named after that file; a later start finds the lock held, asks the running one to
// show its window (showRequested) and exits. A lock whose process is gone (a crash, SIGKILL) is
// stale and taken over.
class InstanceGuard : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        First, // the lock is ours; show requests arrive as showRequested()
        AlreadyRunning, // another live process holds it: askRunningToShow(), then exit
        Failed, // no lock could be made (e.g. a read-only folder); see the error
    };

    // The lock of a profile whose data lives in `folder` (the app data folder).
    static QString lockFileForFolder(const QString &folder);
    // The lock of a demo whose emulator keeps its data in `stateFile`: the same state file is the
    // same profile, whatever the data folder.
    static QString lockFileForDemoState(const QString &stateFile);

    explicit InstanceGuard(const QString &lockFile, QObject *parent = nullptr);
    ~InstanceGuard() override;

    // Takes the lock (creating its folder) and, when it is ours, starts listening. On Failed,
    // *error says why, for the user.
    Outcome acquire(QString *error);
    // The process holding the lock (AlreadyRunning), 0 when unknown.
    qint64 runningPid() const;
    // AlreadyRunning: asks the running instance to show itself and waits for its answer. False
    // when it did not confirm within the time (it may hang, or be starting up still).
    bool askRunningToShow(int timeoutMs = 5000);

    QString lockFile() const { return m_lockFile; }
    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    void showRequested();

private:
    void listen();
    void serve(QLocalSocket *socket);

    QString m_lockFile;
    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace actidesk
