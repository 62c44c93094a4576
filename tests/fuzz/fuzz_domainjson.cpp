// libFuzzer entry point: every top-level parser of domainjson.h gets the same bytes, as a server
// (or anything between it and us) might send them. Besides crashes and sanitizer reports, the
// fuzzer checks the parsers' contract: a failure always comes with an error message, a success
// never leaves one behind.

#include "domainjson.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace actidesk;
using namespace actidesk::json;

namespace {

const ParseError kUntouched{u"<untouched>"_s, u"<untouched>"_s};

// Runs one parser with a fresh error and checks the contract.
template<class Parse>
void run(const char *what, Parse parse)
{
    ParseError error = kUntouched;
    const bool ok = parse(&error);
    const bool touched = error.path != kUntouched.path || error.message != kUntouched.message;
    if (ok == touched || (!ok && error.message.isEmpty())) {
        std::fprintf(stderr, "%s broke the contract: ok=%d error=\"%s\"\n", what, int(ok),
                     qPrintable(error.toString()));
        std::abort();
    }
    (void)error.toString();
}

template<class T, class F>
void runItems(const char *what, const QJsonArray &items, F parseOne)
{
    run(what, [&](ParseError *e) { return parseItems<T>(items, parseOne, e).has_value(); });
}

template<class T, class F>
void runMap(const char *what, const QJsonObject &whole, const QString &key, F parseOne)
{
    run(what,
        [&](ParseError *e) { return parseReferencedMap<T>(whole, key, parseOne, e).has_value(); });
}

template<class F>
void runOne(const char *what, const QJsonValue &value, F parseOne)
{
    run(what, [&](ParseError *e) { return parseOne(value, e).has_value(); });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy, not fromRawData(): the parsers may rely on QByteArray's terminating zero.
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    // Catalogue lists: envelope, then the items as every entity type, then the referenced maps.
    std::optional<ListEnvelope> envelope;
    run("parseListEnvelope", [&](ParseError *e) {
        envelope = parseListEnvelope(body, e);
        return envelope.has_value();
    });
    if (envelope) {
        const QJsonArray &items = envelope->items;
        runItems<User>("users", items, parseUser);
        runItems<Department>("departments", items, parseDepartment);
        runItems<TimeZoneGroup>("timeZoneGroups", items, parseTimeZoneGroup);
        runItems<Customer>("customers", items, parseCustomer);
        runItems<Project>("projects", items, parseProject);
        runItems<Task>("tasks", items, parseTask);
        runItems<Comment>("comments", items, parseComment);
        runItems<TypeOfWork>("typesOfWork", items, parseTypeOfWork);
        runItems<WorkflowStatus>("workflowStatuses", items, parseWorkflowStatus);
        runItems<LeaveType>("leaveTypes", items, parseLeaveType);
        runItems<UserRates>("userRates", items, parseUserRates);
        const QJsonObject &whole = envelope->whole;
        runMap<User>("users map", whole, u"users"_s, parseUser);
        runMap<Department>("departments map", whole, u"departments"_s, parseDepartment);
        runMap<TimeZoneGroup>("tzg map", whole, u"timeZoneGroups"_s, parseTimeZoneGroup);
        runMap<Customer>("customers map", whole, u"customers"_s, parseCustomer);
        runMap<Project>("projects map", whole, u"projects"_s, parseProject);
        runMap<Task>("tasks map", whole, u"tasks"_s, parseTask);
        runMap<TypeOfWork>("typesOfWork map", whole, u"typesOfWork"_s, parseTypeOfWork);
        runMap<WorkflowStatus>("workflowStatuses map", whole, u"workflowStatuses"_s,
                               parseWorkflowStatus);
        runMap<LeaveType>("leaveTypes map", whole, u"leaveTypes"_s, parseLeaveType);
    }

    // Date-range pages.
    run("parseTimetrackPage",
        [&](ParseError *e) { return parseTimetrackPage(body, e).has_value(); });
    run("parseLeavePage", [&](ParseError *e) { return parseLeavePage(body, e).has_value(); });

    // Single objects: /info, schedules, work assignments, single records and every entity.
    std::optional<QJsonObject> object;
    run("parseObjectBody", [&](ParseError *e) {
        object = parseObjectBody(body, e);
        return object.has_value();
    });
    if (object) {
        const QJsonValue value(*object);
        runOne("info", value, parseServerInfo);
        runOne("schedule", value, parseSchedule);
        runOne("workAssignments", value, parseWorkAssignments);
        runOne("timetrackDay", value, parseTimetrackDay);
        runOne("leaveRecord", value, parseLeaveRecord);
        runOne("user", value, parseUser);
        runOne("task", value, parseTask);
        runOne("customer", value, parseCustomer);
        runOne("project", value, parseProject);
        runOne("comment", value, parseComment);
        runOne("userRates", value, parseUserRates);
        run("timetrackRecord", [&](ParseError *e) {
            return parseTimetrackRecord(value, 1, QDate(2024, 7, 1), e).has_value();
        });
        (void)parseDeadline(object->value(u"deadline"_s));
    }

    // Error answers and batch answers.
    (void)parseErrorBody(body);
    run("parseBatchResults", [&](ParseError *e) { return parseBatchResults(body, e).has_value(); });
    return 0;
}
