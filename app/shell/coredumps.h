#pragma once

#include <QString>

namespace actidesk {

// A core file of ActiDesk would hold what is in its memory: passwords being typed or sent and
// the Authorization header. Release builds therefore write none and are not dumpable (no core,
// no ptrace attach by other processes of the user, /proc/<pid>/mem closed).

// The environment variable that asks a Debug build to do the same (tests).
inline constexpr char kDisableCoreDumpsVariable[] = "ACTIDESK_DISABLE_CORE_DUMPS";

// True in release builds, and in Debug builds when kDisableCoreDumpsVariable is set.
bool coreDumpsShouldBeDisabled();

// Sets RLIMIT_CORE to 0 (soft and hard, so a child cannot raise it again) and, on Linux, clears
// the dumpable flag. False with *error (for stderr) when the system refused; elsewhere a no-op.
bool disableCoreDumps(QString *error = nullptr);

} // namespace actidesk
