// libFuzzer target: the emulator's request-body parsing. The first byte picks one of the write
// endpoints (creates, updates, timetrack and leave cells, rates, users, locks), the rest is the
// JSON body. Whatever the body holds, the answer keeps the server's contract (emulatorharness.h):
// a 2xx with JSON, or a 4xx error with a key and a message — never a crash, an exception that
// escapes, or a 5xx.

#include "emulatorharness.h"

#include <cstdint>

using namespace Qt::StringLiterals;

namespace {
struct Endpoint
{
    const char *method;
    QString path;
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const Endpoint endpoints[] = {
        {"POST", u"/customers"_s},
        {"PATCH", u"/customers/1"_s},
        {"POST", u"/projects"_s},
        {"PATCH", u"/projects/2"_s},
        {"POST", u"/tasks"_s},
        {"PATCH", u"/tasks/1"_s},
        {"PATCH", u"/timetrack/3/2026-11-23/1"_s},
        {"PATCH", u"/timetrack/3/2026-11-24/2/time"_s},
        {"PATCH", u"/leavetime/3/2026-11-25/1"_s},
        {"PATCH", u"/leavetime/3/2026-11-26/2/time"_s},
        {"PUT", u"/userRates/3"_s},
        {"POST", u"/users"_s},
        {"PATCH", u"/users/3"_s},
        {"POST", u"/workflowStatuses"_s},
        {"PATCH", u"/workflowStatuses/2"_s},
        {"POST", u"/timetrack/lock"_s},
        {"POST", u"/timetrack/unlock"_s},
    };
    const Endpoint &endpoint = endpoints[data[0] % std::size(endpoints)];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    fuzz::askEmulator(endpoint.method, u"/api/v1"_s + endpoint.path, {}, body);
    return 0;
}
