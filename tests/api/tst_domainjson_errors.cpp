// The strict side of the parsers: every refusal with the path and message it reports (a list
// without items, a time that is not a number, truncated JSON ...), and the error contract
// (failure fills the error, success leaves it alone).

#include "domainjson.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace actidesk;
using namespace actidesk::json;

namespace {

const ParseError kUntouched{u"<untouched>"_s, u"<untouched>"_s};

struct Outcome
{
    bool ok = false;
    ParseError error; // starts as kUntouched
};

// Runs the parser named `kind` over a whole body.
Outcome parseAs(const QString &kind, const QByteArray &body)
{
    ParseError error = kUntouched;
    auto object = [&](auto parseOne) {
        const auto v = parseObjectBody(body, &error);
        return v && parseOne(QJsonValue(*v), &error).has_value();
    };
    bool ok = false;
    if (kind == u"customers")
        ok = parseListBody<Customer>(body, parseCustomer, &error).has_value();
    else if (kind == u"tasks")
        ok = parseListBody<Task>(body, parseTask, &error).has_value();
    else if (kind == u"users")
        ok = parseListBody<User>(body, parseUser, &error).has_value();
    else if (kind == u"rates")
        ok = parseListBody<UserRates>(body, parseUserRates, &error).has_value();
    else if (kind == u"usersWithMaps") {
        const auto envelope = parseListEnvelope(body, &error);
        ok = envelope && parseItems<User>(envelope->items, parseUser, &error)
            && parseReferencedMap<Department>(envelope->whole, u"departments"_s, parseDepartment,
                                              &error);
    } else if (kind == u"timetrack")
        ok = parseTimetrackPage(body, &error).has_value();
    else if (kind == u"leave")
        ok = parseLeavePage(body, &error).has_value();
    else if (kind == u"schedule")
        ok = object(parseSchedule);
    else if (kind == u"assignments")
        ok = object(parseWorkAssignments);
    else if (kind == u"info")
        ok = object(parseServerInfo);
    else if (kind == u"record")
        ok = object([](const QJsonValue &v, ParseError *e) {
            return parseTimetrackRecord(v, 28, QDate(2024, 7, 1), e);
        });
    else if (kind == u"batch")
        ok = parseBatchResults(body, &error).has_value();
    else
        qFatal("unknown parser kind");
    return {ok, error};
}

} // namespace

class TestDomainJsonErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strictErrors_data();
    void strictErrors();
    void validBodiesLeaveErrorUntouched_data();
    void validBodiesLeaveErrorUntouched();
    void errorToString();
};

void TestDomainJsonErrors::strictErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QString &kind, const QByteArray &body,
                        const QString &path, const QString &message) {
        QTest::newRow(name) << kind << body << path << message;
    };
    // Whole bodies
    row("list without items", u"customers"_s, R"({"offset":0,"limit":1000})", u"items"_s,
        u"required field is missing"_s);
    row("items null", u"customers"_s, R"({"items":null})", u"items"_s, u"required field is null"_s);
    row("items not an array", u"customers"_s, R"({"items":{"0":{"id":1}}})", u"items"_s,
        u"expected an array, got an object"_s);
    row("array body", u"customers"_s, R"([{"id":1}])", QString(),
        u"expected a JSON object, got an array"_s);
    row("empty body", u"customers"_s, "", QString(), u"body is empty"_s);
    row("whitespace body", u"timetrack"_s, " \n ", QString(), u"body is empty"_s);
    row("scalar body", u"customers"_s, "42", QString(), u"body is not valid JSON"_s);
    row("html body", u"leave"_s, "<html>502</html>", QString(), u"body is not valid JSON"_s);
    row("truncated", u"customers"_s, R"({"offset":0,"limit":1000,"items":[{"id":1,"name":"trunc)",
        QString(), u"body is not valid JSON"_s);
    row("batch not an array", u"batch"_s, R"({"status":200})", QString(),
        u"expected a JSON array, got an object"_s);
    // Entities in lists
    row("item not an object", u"customers"_s, R"({"items":[{"id":1},2]})", u"items[1]"_s,
        u"expected an object, got 2"_s);
    row("missing id", u"customers"_s, R"({"items":[{"id":1},{"name":"No id"}]})", u"items[1].id"_s,
        u"required field is missing"_s);
    row("null id", u"tasks"_s, R"({"items":[{"id":null}]})", u"items[0].id"_s,
        u"required field is null"_s);
    row("fractional id", u"users"_s, R"({"items":[{"id":"12.5"}]})", u"items[0].id"_s,
        u"expected an integer, got \"12.5\""_s);
    row("bool id", u"users"_s, R"({"items":[{"id":true}]})", u"items[0].id"_s,
        u"expected an integer, got true"_s);
    row("huge id", u"users"_s, R"({"items":[{"id":3000000000}]})", u"items[0].id"_s,
        u"integer 3000000000 is out of range"_s);
    row("rates without userId", u"rates"_s, R"({"items":[{"rates":[]}]})", u"items[0].userId"_s,
        u"required field is missing"_s);
    row("leave rate without type", u"rates"_s,
        R"({"items":[{"userId":1,"rates":[{"leaveRates":[{"rate":1}]}]}]})",
        u"items[0].rates[0].leaveRates[0].leaveTypeId"_s, u"required field is missing"_s);
    row("rate period bad date", u"rates"_s,
        R"({"items":[{"userId":1,"rates":[{"dateFrom":"01.01.2024"}]}]})",
        u"items[0].rates[0].dateFrom"_s, u"expected a date YYYY-MM-DD, got \"01.01.2024\""_s);
    // Referenced maps
    row("map key not an id", u"usersWithMaps"_s, R"({"items":[],"departments":{"abc":{"id":1}}})",
        u"departments.abc"_s, u"key \"abc\" is not an integer id"_s);
    row("map id differs", u"usersWithMaps"_s, R"({"items":[],"departments":{"5":{"id":6}}})",
        u"departments.5.id"_s, u"id 6 differs from its map key 5"_s);
    row("map not an object", u"usersWithMaps"_s, R"({"items":[],"departments":[1]})",
        u"departments"_s, u"expected an object of id -> entity, got an array"_s);
    row("map value not an object", u"timetrack"_s,
        R"({"dateFrom":"2024-07-01","data":[],"tasks":{"1":"Task"}})", u"tasks.1"_s,
        u"expected an object, got \"Task\""_s);
    // Time-track pages
    const QByteArray day = R"({"dateFrom":"2024-07-01","data":[{"userId":1,"date":"2024-07-01",
                              "records":[{"taskId":1,"time":)";
    row("time abc", u"timetrack"_s, day + R"("abc"}]}]})", u"data[0].records[0].time"_s,
        u"expected an integer, got \"abc\""_s);
    row("time 12.5", u"timetrack"_s, day + "12.5}]}]}", u"data[0].records[0].time"_s,
        u"expected an integer, got 12.5"_s);
    row("time negative", u"timetrack"_s, day + "-30}]}]}", u"data[0].records[0].time"_s,
        u"-30 is outside the allowed range 0..100000"_s);
    row("time too large", u"timetrack"_s, day + "7200000}]}]}", u"data[0].records[0].time"_s,
        u"7200000 is outside the allowed range 0..100000"_s);
    row("time null", u"timetrack"_s, day + "null}]}]}", u"data[0].records[0].time"_s,
        u"required field is null"_s);
    row("time missing", u"timetrack"_s,
        R"({"dateFrom":"2024-07-01","data":[{"userId":1,"date":"2024-07-01","records":[
            {"taskId":1,"time":5},{"taskId":2}]}]})",
        u"data[0].records[1].time"_s, u"required field is missing"_s);
    row("taskId missing", u"timetrack"_s,
        R"({"dateFrom":"2024-07-01","data":[{"userId":1,"date":"2024-07-01","records":[{"time":5}]}]})",
        u"data[0].records[0].taskId"_s, u"required field is missing"_s);
    row("records not an array", u"timetrack"_s,
        R"({"dateFrom":"2024-07-01","data":[{"userId":1,"date":"2024-07-01","records":5}]})",
        u"data[0].records"_s, u"expected an array, got 5"_s);
    row("day without date", u"timetrack"_s, R"({"dateFrom":"2024-07-01","data":[{"userId":1}]})",
        u"data[0].date"_s, u"required field is missing"_s);
    row("day without user", u"timetrack"_s,
        R"({"dateFrom":"2024-07-01","data":[{"date":"2024-07-01"}]})", u"data[0].userId"_s,
        u"required field is missing"_s);
    row("page without data", u"timetrack"_s, R"({"dateFrom":"2024-07-01"})", u"data"_s,
        u"required field is missing"_s);
    row("page without dateFrom", u"timetrack"_s, R"({"data":[]})", u"dateFrom"_s,
        u"required field is missing"_s);
    row("dateFrom not strict", u"timetrack"_s, R"({"dateFrom":"2024-7-1","data":[]})",
        u"dateFrom"_s, u"expected a date YYYY-MM-DD, got \"2024-7-1\""_s);
    row("dateFrom impossible", u"leave"_s, R"({"dateFrom":"2024-02-30","data":[]})", u"dateFrom"_s,
        u"expected a date YYYY-MM-DD, got \"2024-02-30\""_s);
    row("dateFrom with time", u"leave"_s, R"({"dateFrom":"2024-07-01T00:00:00Z","data":[]})",
        u"dateFrom"_s, u"expected a date YYYY-MM-DD, got \"2024-07-01T00:00:00Z\""_s);
    row("nextDateFrom malformed", u"timetrack"_s,
        R"({"dateFrom":"2024-07-01","nextDateFrom":20240706,"data":[]})", u"nextDateFrom"_s,
        u"expected a date YYYY-MM-DD, got 20240706"_s);
    row("nextDateFrom not ahead", u"leave"_s,
        R"({"dateFrom":"2024-07-01","nextDateFrom":"2024-07-01","data":[]})", u"nextDateFrom"_s,
        u"2024-07-01 does not lie after dateFrom 2024-07-01"_s);
    // Leave pages
    row("leave without type", u"leave"_s,
        R"({"dateFrom":"2024-07-01","data":[{"userId":1,"date":"2024-07-01","leaveTime":480}]})",
        u"data[0].leaveTypeId"_s, u"required field is missing"_s);
    row("leave without time", u"leave"_s,
        R"({"dateFrom":"2024-07-01","data":[{"userId":1,"date":"2024-07-01","leaveTypeId":2}]})",
        u"data[0].leaveTime"_s, u"required field is missing"_s);
    row("leave time abc", u"leave"_s,
        R"({"dateFrom":"2024-07-01","data":[{"userId":1,"date":"2024-07-01","leaveTypeId":2,
            "leaveTime":"abc"}]})",
        u"data[0].leaveTime"_s, u"expected an integer, got \"abc\""_s);
    row("leave alias negative", u"leave"_s,
        R"({"dateFrom":"2024-07-01","data":[{"userId":1,"date":"2024-07-01","leaveTypeId":2,
            "time":-1}]})",
        u"data[0].time"_s, u"-1 is outside the allowed range 0..100000"_s);
    // Single objects
    row("record time abc", u"record"_s, R"({"taskId":1,"time":"abc"})", u"time"_s,
        u"expected an integer, got \"abc\""_s);
    row("schedule missing", u"schedule"_s, R"({"dateFrom":"2024-07-01"})", u"schedule"_s,
        u"required field is missing"_s);
    row("schedule entry abc", u"schedule"_s,
        R"({"dateFrom":"2024-07-01","schedule":[480,480,"abc"]})", u"schedule[2]"_s,
        u"expected minutes, got \"abc\""_s);
    row("schedule entry null", u"schedule"_s, R"({"dateFrom":"2024-07-01","schedule":[null]})",
        u"schedule[0]"_s, u"expected minutes, got null"_s);
    row("schedule entry negative", u"schedule"_s,
        R"({"dateFrom":"2024-07-01","schedule":[480,-480]})", u"schedule[1]"_s,
        u"-480 is outside the allowed range 0..100000"_s);
    row("schedule without dateFrom", u"schedule"_s, R"({"schedule":[480]})", u"dateFrom"_s,
        u"required field is missing"_s);
    row("assignment id abc", u"assignments"_s, R"({"customerIds":[1,"x"]})", u"customerIds[1]"_s,
        u"expected an integer id, got \"x\""_s);
    row("assignment ids not a list", u"assignments"_s, R"({"taskIds":"1,2"})", u"taskIds"_s,
        u"expected an array, got \"1,2\""_s);
    row("info not an object", u"info"_s, R"([])", QString(),
        u"expected a JSON object, got an array"_s);
    // Batch answers
    row("batch without status", u"batch"_s, R"([{"status":200},{"body":{}}])", u"[1].status"_s,
        u"required field is missing"_s);
    row("batch status abc", u"batch"_s, R"([{"status":"OK"}])", u"[0].status"_s,
        u"expected an integer, got \"OK\""_s);
    row("batch status absurd", u"batch"_s, R"([{"status":42}])", u"[0].status"_s,
        u"42 is outside the allowed range 100..599"_s);
    row("batch item not an object", u"batch"_s, R"([null])", u"[0]"_s,
        u"expected an object, got null"_s);
}

void TestDomainJsonErrors::strictErrors()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const Outcome outcome = parseAs(kind, body);
    QVERIFY2(!outcome.ok, "the parser accepted a body it must refuse");
    QCOMPARE(outcome.error.path, path);
    QVERIFY2(outcome.error.message.startsWith(message),
             qPrintable(u"message \"%1\" does not start with \"%2\""_s.arg(outcome.error.message,
                                                                           message)));
}

void TestDomainJsonErrors::validBodiesLeaveErrorUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("customers") << u"customers"_s << QByteArray(R"({"items":[{"id":1}]})");
    QTest::newRow("tasks") << u"tasks"_s << QByteArray(R"({"items":[]})");
    QTest::newRow("users") << u"users"_s << QByteArray(R"({"items":[{"id":"2"}]})");
    QTest::newRow("rates") << u"rates"_s << QByteArray(R"({"items":[{"userId":1,"rates":null}]})");
    QTest::newRow("usersWithMaps")
        << u"usersWithMaps"_s << QByteArray(R"({"items":[],"departments":{"-1":{"id":-1}}})");
    QTest::newRow("timetrack") << u"timetrack"_s
                               << QByteArray(R"({"dateFrom":"2024-07-01","data":[]})");
    QTest::newRow("leave") << u"leave"_s << QByteArray(R"({"dateFrom":"2024-07-01","data":[]})");
    QTest::newRow("schedule") << u"schedule"_s
                              << QByteArray(R"({"dateFrom":"2024-07-01","schedule":[]})");
    QTest::newRow("assignments") << u"assignments"_s << QByteArray("{}");
    QTest::newRow("info") << u"info"_s << QByteArray("{}");
    QTest::newRow("record") << u"record"_s << QByteArray(R"({"taskId":1,"time":0})");
    QTest::newRow("batch") << u"batch"_s << QByteArray(R"([{"status":204}])");
}

void TestDomainJsonErrors::validBodiesLeaveErrorUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    const Outcome outcome = parseAs(kind, body);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.toString()));
    QCOMPARE(outcome.error.path, kUntouched.path);
    QCOMPARE(outcome.error.message, kUntouched.message);
}

void TestDomainJsonErrors::errorToString()
{
    QCOMPARE((ParseError{u"items[3].time"_s, u"expected an integer, got \"abc\""_s}).toString(),
             u"items[3].time: expected an integer, got \"abc\""_s);
    QCOMPARE((ParseError{QString(), u"body is empty"_s}).toString(), u"body is empty"_s);
    QCOMPARE(joinPath(u"data[0]"_s, u"records[1].time"_s), u"data[0].records[1].time"_s);
    QCOMPARE(joinPath(QString(), u"[2]"_s), u"[2]"_s);
    QCOMPARE(joinPath(u"items"_s, u"[2].id"_s), u"items[2].id"_s);

    // The truncated body's message names the position.
    const Outcome truncated =
        parseAs(u"customers"_s, R"({"offset":0,"limit":1000,"items":[{"id":1)");
    QVERIFY(!truncated.ok);
    QVERIFY2(truncated.error.message.contains(u"at offset"_s), qPrintable(truncated.error.message));
    // A long string is cut in the message.
    const Outcome longText =
        parseAs(u"record"_s, QByteArray(R"({"taskId":1,"time":")") + QByteArray(500, 'x') + "\"}");
    QVERIFY(!longText.ok);
    QVERIFY2(longText.error.message.size() < 100, qPrintable(longText.error.message));
}

QTEST_GUILESS_MAIN(TestDomainJsonErrors)
#include "tst_domainjson_errors.moc"
