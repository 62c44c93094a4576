#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace emu {

// One emulator per state file: two processes saving the same file each overwrite the other's
// edits, so the state file is claimed with a lock file beside it (FILE.lock, held until this
// object dies; a lock left by a crashed process is taken over). claim() also refuses a path
// that cannot hold a file (missing directory, a directory in the way) before any work is done.
class StateClaim
{
public:
    StateClaim();
    ~StateClaim();
    StateClaim(const StateClaim &) = delete;
    StateClaim &operator=(const StateClaim &) = delete;

    bool claim(const QString &stateFile, QString *error);
    bool claimed() const;

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace emu
