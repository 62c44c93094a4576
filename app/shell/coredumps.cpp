#include "coredumps.h"

#include <cerrno>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace actidesk {

bool coreDumpsShouldBeDisabled()
{
#if defined(QT_NO_DEBUG)
    return true;
#else
    return qEnvironmentVariableIsSet(kDisableCoreDumpsVariable);
#endif
}

bool disableCoreDumps(QString *error)
{
    auto fail = [error](const char *what) {
        if (error)
            *error = u"%1: %2"_s.arg(QLatin1String(what), QString::fromLocal8Bit(strerror(errno)));
        return false;
    };
#if defined(Q_OS_UNIX)
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        return fail("setrlimit(RLIMIT_CORE)");
#endif
#if defined(Q_OS_LINUX)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return fail("prctl(PR_SET_DUMPABLE)");
#endif
    return true;
}

} // namespace actidesk
