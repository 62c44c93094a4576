// Shared by the libFuzzer targets: a contract violation aborts with a line saying what broke, so
// libFuzzer keeps the input as a crash (plain assert() would vanish in a release build).
#pragma once

#include <QString>

#include <cstdio>
#include <cstdlib>

namespace fuzz {

[[noreturn]] inline void broken(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "contract broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

inline void require(bool ok, const char *what, const QString &detail = {})
{
    if (!ok)
        broken(what, detail);
}

} // namespace fuzz
