#include "instanceguard.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
const QByteArray kShow = QByteArrayLiteral("show\n");
const QByteArray kShown = QByteArrayLiteral("shown\n");
constexpr qint64 kMaxLine = 64;

// The same file reached through another spelling (relative, a symlinked folder) is the same
// profile: the folder is resolved once it exists.
QString canonicalLockPath(const QString &lockFile)
{
    const QFileInfo info(lockFile);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QString(folder + u'/' + info.fileName());
}
} // namespace

QString InstanceGuard::lockFileForFolder(const QString &folder)
{
    return folder + u"/actidesk.lock"_s;
}

QString InstanceGuard::lockFileForDemoState(const QString &stateFile)
{
    // Not the state file's own name plus ".lock": the emulator may lock that one itself.
    return stateFile + u".instance.lock"_s;
}

InstanceGuard::InstanceGuard(const QString &lockFile, QObject *parent)
    : QObject(parent), m_lockFile(lockFile)
{
}

InstanceGuard::~InstanceGuard() = default; // the lock file is removed with m_lock

InstanceGuard::Outcome InstanceGuard::acquire(QString *error)
{
    const QString folder = QFileInfo(m_lockFile).absolutePath();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QCoreApplication::translate("InstanceGuard", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(folder));
        return Outcome::Failed;
    }
    m_lockFile = canonicalLockPath(m_lockFile);
    // A local socket name, short enough for the socket path limit, the same for every start of
    // this profile.
    m_serverName = u"actidesk-"_s
        + QString::fromLatin1(
                       QCryptographicHash::hash(m_lockFile.toUtf8(), QCryptographicHash::Sha256)
                           .toHex()
                           .left(24));
    m_lock = std::make_unique<QLockFile>(m_lockFile);
    // Only a dead owner makes the lock stale (QLockFile checks its pid), never its age: a
    // session may run for weeks.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        listen();
        return Outcome::First;
    }
    if (m_lock->error() == QLockFile::LockFailedError)
        return Outcome::AlreadyRunning;
    if (error)
        *error = QCoreApplication::translate("InstanceGuard", "Cannot create the lock file %1.")
                     .arg(QDir::toNativeSeparators(m_lockFile));
    return Outcome::Failed;
}

qint64 InstanceGuard::runningPid() const
{
    qint64 pid = 0;
    QString host, app;
    if (m_lock && m_lock->getLockInfo(&pid, &host, &app))
        return pid;
    return 0;
}

void InstanceGuard::listen()
{
    m_server = new QLocalServer(this);
    // Only this user may ask for the window.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // A socket file left by a crashed owner: the lock is ours now, so nobody listens on it.
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName)) {
        // The app runs without it; a second start then only says that this one runs.
        qWarning("actidesk: cannot listen for other starts: %s",
                 qPrintable(m_server->errorString()));
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this]() {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
}

void InstanceGuard::serve(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    // A client that connects and never speaks does not stay forever.
    QTimer::singleShot(5000, socket, &QLocalSocket::abort);
    auto read = [this, socket]() {
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() > kMaxLine)
                socket->abort();
            return;
        }
        const QByteArray line = socket->readLine(kMaxLine + 1);
        if (line == kShow) {
            socket->write(kShown);
            socket->flush();
            Q_EMIT showRequested();
        }
        socket->disconnectFromServer();
    };
    connect(socket, &QLocalSocket::readyRead, this, read);
    read(); // the request may have arrived with the connection
}

bool InstanceGuard::askRunningToShow(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    // The owner listens right after taking the lock; a start in that instant retries briefly.
    for (;;) {
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    socket.write(kShow);
    if (!socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime()))))
        return false;
    while (!socket.canReadLine()) {
        if (deadline.hasExpired()
            || !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            return false;
    }
    return socket.readLine(kMaxLine + 1) == kShown;
}

} // namespace actidesk
