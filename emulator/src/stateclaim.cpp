#include "stateclaim.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace emu {

StateClaim::StateClaim() = default;
StateClaim::~StateClaim() = default;

bool StateClaim::claimed() const
{
    return m_lock && m_lock->isLocked();
}

bool StateClaim::claim(const QString &stateFile, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo file(stateFile);
    const QString directory = file.absolutePath();
    const QFileInfo directoryInfo(directory);
    if (!directoryInfo.exists())
        return fail(u"the directory %1 does not exist"_s.arg(QDir::toNativeSeparators(directory)));
    if (!directoryInfo.isDir())
        return fail(u"%1 is not a directory"_s.arg(QDir::toNativeSeparators(directory)));
    if (file.exists() && !file.isFile())
        return fail(u"%1 is not a regular file"_s.arg(QDir::toNativeSeparators(stateFile)));

    auto lock = std::make_unique<QLockFile>(file.absoluteFilePath() + u".lock"_s);
    // Never stale by age (a server runs for days); only when its process is gone.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return true;
    }
    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        if (lock->getLockInfo(&pid, &host, &application))
            return fail(u"%1 is in use by another emulator (process %2 on %3)"_s.arg(
                QDir::toNativeSeparators(stateFile), QString::number(pid), host));
        return fail(u"%1 is in use by another emulator"_s.arg(QDir::toNativeSeparators(stateFile)));
    }
    case QLockFile::PermissionError:
        return fail(u"cannot create the lock file %1.lock: permission denied"_s.arg(
            QDir::toNativeSeparators(file.absoluteFilePath())));
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return fail(u"cannot create the lock file %1.lock"_s.arg(
        QDir::toNativeSeparators(file.absoluteFilePath())));
}

} // namespace emu
