// libFuzzer target: the emulator's query-string parsing. The bytes are a raw query string; the
// first byte also picks one of the list endpoints, which then parse it as the server would
// (offset/limit, sort, ids, dates, includeReferenced, …). QueryParams' accessors must either
// return a value or refuse with a 400 that names the parameter; the endpoints must answer with
// their contract (see emulatorharness.h).

#include "emulatorharness.h"
#include "queryparams.h"

#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

template<class F>
void accessor(const char *what, F read)
{
    try {
        read();
    } catch (const emu::ApiException &e) {
        fuzz::require(e.status == 400, what, u"status %1"_s.arg(e.status));
        fuzz::require(!e.key.isEmpty() && !e.message.isEmpty(), what, u"refusal without text"_s);
        fuzz::require(!e.fields.isEmpty(), what, u"refusal names no parameter"_s);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QString endpoints[] = {u"/users"_s,
                                        u"/customers"_s,
                                        u"/projects"_s,
                                        u"/tasks"_s,
                                        u"/timetrack"_s,
                                        u"/leavetime"_s,
                                        u"/departments"_s,
                                        u"/userRates"_s,
                                        u"/leaveTypes"_s,
                                        u"/typesOfWork"_s,
                                        u"/workflowStatuses"_s,
                                        u"/users/3/schedule"_s,
                                        u"/users/3/workAssignments"_s,
                                        u"/timeZoneGroups"_s};
    const QString endpoint = endpoints[data[0] % std::size(endpoints)];
    const QByteArray raw(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const emu::QueryParams query(raw);
    const QDate today(2026, 11, 23);
    for (const QString &name : {u"offset"_s, u"limit"_s, u"ids"_s, u"dateFrom"_s, u"dateTo"_s,
                                u"archived"_s, u"includeReferenced"_s, u"sort"_s}) {
        (void)query.has(name);
        (void)query.value(name);
        (void)query.list(name);
        accessor("integer", [&] {
            const int v = query.integer(name, -1, 0, 1000);
            fuzz::require(v == -1 || (v >= 0 && v <= 1000), "integer out of range");
        });
        accessor("boolean", [&] { (void)query.boolean(name); });
        accessor("date", [&] {
            const std::optional<QDate> d = query.date(name, today);
            fuzz::require(!d || d->isValid(), "invalid date accepted");
        });
        accessor("ids", [&] { (void)query.ids(name); });
    }
    accessor("includeReferenced", [&] {
        (void)query.includeReferenced({u"customers"_s, u"projects"_s});
    });

    fuzz::askEmulator("GET", u"/api/v1"_s + endpoint, raw, {});
    return 0;
}
