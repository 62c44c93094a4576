// JSON -> domain parsing of the service layer: the documented example payloads and payloads a
// real server might send (extra fields, nulls, numbers as strings, both map spellings, both
// deadline forms). The strictness errors are in tst_domainjson_errors.cpp.

#include "domainjson.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace actidesk;
using namespace actidesk::json;

namespace {

QJsonValue value(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

class TestDomainJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Documented examples
    void customerDocumented();
    void taskFromHookEvent();
    void usersWithAndWithoutManagePermission();
    void referenceDataDocumented();
    void serverInfo();
    void scheduleAndAssignments();
    void commentsList();
    void timetrackPageRealistic();
    void leavePageRealistic();
    void userRates();
    void singleTimetrackRecord();
    void errorBody_data();
    void errorBody();
    void batchResults();

    // Tolerance
    void extraFieldsAndNullsAreDefaulted();
    void numbersAndBooleansAsStrings();
    void timeZoneGroupKeys_data();
    void timeZoneGroupKeys();
    void deadline_data();
    void deadline();
    void timestamps_data();
    void timestamps();
    void enums_data();
    void enums();
    void firstDayOfWeek_data();
    void firstDayOfWeek();
    void approvedAndComment();
    void leaveTimeAlias();
    void referencedMapValuesWithoutId();
    void envelopeEchoes();
};

void TestDomainJson::customerDocumented()
{
    ParseError error;
    const auto customer = parseCustomer(
        value(R"({"id":6,"name":"Big Bang Company","archived":false,"created":1566950400000,
                  "url":"https://x/tasks/tasklist.do?customerId=6",
                  "allowedActions":{"canModify":true,"canDelete":true},"description":null})"),
        &error);
    QVERIFY2(customer, qPrintable(error.toString()));
    QCOMPARE(customer->id, 6);
    QCOMPARE(customer->name, u"Big Bang Company"_s);
    QCOMPARE(customer->archived, false);
    QCOMPARE(customer->created, QDateTime(QDate(2019, 8, 28), QTime(0, 0), Qt::UTC));
    QCOMPARE(customer->url, u"https://x/tasks/tasklist.do?customerId=6"_s);
    QCOMPARE(customer->allowed, (AllowedActions{true, true}));
    QVERIFY(customer->description.isEmpty());
}

void TestDomainJson::taskFromHookEvent()
{
    // The task.create hook sample (PD test event), with its "event.name" extra key.
    ParseError error;
    const auto task =
        parseTask(value(R"({"event.name":"task.create","id":143,"name":"Test 10","description":null,
                  "created":1725295638000,"status":"open","workflowStatusId":1,"typeOfWorkId":1,
                  "url":"https://x/tasks/tasklist.do?taskId=143","projectName":"Spaceship building",
                  "customerName":"Big Bang Company","workflowStatusName":"New",
                  "typeOfWorkName":"engineering","deadline":null,"estimatedTime":null,
                  "customerId":6,"projectId":13})"),
                  &error);
    QVERIFY2(task, qPrintable(error.toString()));
    Task expected;
    expected.id = 143;
    expected.name = u"Test 10"_s;
    expected.created = QDateTime(QDate(2024, 9, 2), QTime(16, 47, 18), Qt::UTC);
    expected.status = TaskStatus::Open;
    expected.workflowStatusId = 1;
    expected.workflowStatusName = u"New"_s;
    expected.typeOfWorkId = 1;
    expected.typeOfWorkName = u"engineering"_s;
    expected.url = u"https://x/tasks/tasklist.do?taskId=143"_s;
    expected.projectId = 13;
    expected.projectName = u"Spaceship building"_s;
    expected.customerId = 6;
    expected.customerName = u"Big Bang Company"_s;
    QCOMPARE(task->created, expected.created);
    QVERIFY(!task->deadline.isValid());
    QVERIFY(!task->estimatedMinutes);
    QVERIFY(*task == expected);

    const auto estimated = parseTask(
        value(R"({"id":2,"estimatedTime":123490,"status":"COMPLETED","deadline":"2024-12-31"})"),
        &error);
    QVERIFY(estimated);
    QCOMPARE(estimated->estimatedMinutes, std::optional<int>(123490));
    QVERIFY(estimated->isCompleted());
    QCOMPARE(estimated->deadline, QDate(2024, 12, 31));
}

void TestDomainJson::usersWithAndWithoutManagePermission()
{
    ParseError error;
    const auto users = parseListBody<User>(
        R"({"offset":0,"limit":1000,"items":[
             {"id":1,"departmentId":5,"timeZoneGroupId":2,"fullName":"Jane K. Doe",
              "firstName":"Jane","middleName":"K","lastName":"Doe","active":true,
              "allowedActions":{"canSubmitTimetrack":true},"username":"jdoe",
              "email":"jane@example.com","hired":"2020-01-15","releaseDate":null},
             {"id":2,"firstName":"Bob","lastName":"Roe","active":false,
              "allowedActions":{"canSubmitTimetrack":false}}]})",
        parseUser, &error);
    QVERIFY2(users, qPrintable(error.toString()));
    QCOMPARE(users->size(), 2);
    const User &jane = users->at(0);
    QCOMPARE(jane.username, u"jdoe"_s);
    QCOMPARE(jane.email, u"jane@example.com"_s);
    QCOMPARE(jane.fullName, u"Jane K. Doe"_s);
    QCOMPARE(jane.departmentId, 5);
    QCOMPARE(jane.timeZoneGroupId, 2);
    QCOMPARE(jane.hired, QDate(2020, 1, 15));
    QVERIFY(!jane.releaseDate.isValid());
    QVERIFY(jane.canSubmitTimetrack);
    // Hidden fields: absent is not an error; the full name is composed from the parts.
    const User &bob = users->at(1);
    QVERIFY(bob.username.isEmpty());
    QVERIFY(bob.email.isEmpty());
    QVERIFY(!bob.hired.isValid());
    QCOMPARE(bob.fullName, u"Bob Roe"_s);
    QCOMPARE(bob.displayName(), u"Bob Roe"_s);
    QCOMPARE(bob.active, false);
    QCOMPARE(bob.departmentId, -1);
    QCOMPARE(bob.timeZoneGroupId, -1);

    const auto middle = parseUser(value(R"({"id":3,"firstName":"A","middleName":"B.",
                                            "lastName":"C","fullName":null})"),
                                  &error);
    QVERIFY(middle);
    QCOMPARE(middle->fullName, u"A B. C"_s);
}

void TestDomainJson::referenceDataDocumented()
{
    ParseError error;
    const auto department = parseDepartment(
        value(R"({"id":-1,"name":"Users without department","default":true})"), &error);
    QVERIFY(department);
    QCOMPARE(*department, (Department{-1, u"Users without department"_s, true}));

    const auto group = parseTimeZoneGroup(
        value(R"({"id":2,"name":"London","timeZoneId":"Europe/London","default":false})"), &error);
    QVERIFY(group);
    QCOMPARE(*group, (TimeZoneGroup{2, u"London"_s, u"Europe/London"_s, false}));

    const auto types = parseListBody<TypeOfWork>(
        R"({"offset":0,"limit":1000,"items":[
             {"id":15,"name":"management","rate":null,"archived":false,"billable":false,"default":false},
             {"id":16,"name":"engineering","rate":110,"archived":false,"billable":true,"default":true}]})",
        parseTypeOfWork, &error);
    QVERIFY2(types, qPrintable(error.toString()));
    QCOMPARE(types->at(0).rate, std::optional<double>());
    QCOMPARE(types->at(1).rate, std::optional<double>(110));
    QVERIFY(types->at(1).billable && types->at(1).isDefault);

    const auto status = parseWorkflowStatus(value(R"({"id":1,"name":"New","type":"open",
                  "allowedActions":{"canModify":true,"canDelete":false}})"),
                                            &error);
    QVERIFY(status);
    QCOMPARE(*status, (WorkflowStatus{1, u"New"_s, WorkflowStatusType::Open, true, false}));

    const auto leaveType = parseLeaveType(
        value(R"({"id":1,"name":"Sick Leave","balance":"Sick","rateFactor":1,"archived":false})"),
        &error);
    QVERIFY(leaveType);
    QCOMPARE(*leaveType, (LeaveType{1, u"Sick Leave"_s, LeaveBalance::Sick, 1.0, false}));
    const auto half = parseLeaveType(value(R"({"id":4,"balance":"pto","rateFactor":0.5})"), &error);
    QVERIFY(half);
    QCOMPARE(half->balance, LeaveBalance::Pto);
    QCOMPARE(half->rateFactor, 0.5);
}

void TestDomainJson::serverInfo()
{
    ParseError error;
    const auto info =
        parseServerInfo(value(R"({"company":{"logoUri":"https://x/logo.png","name":"ACME"},
                  "customNames":{"firstLevel":{"singular":"Client","plural":"Clients"}},
                  "format":{"currency":"€","decimalSeparator":",","timeFormat":"hours",
                            "clockFormat":"clock_format_12","dayOfWeekStart":0},
                  "features":{"overtimeRegistration":false,"departments":true,"timeZoneGroups":false,
                              "taskEstimates":true,"taskWorkflow":false,"workAssignments":true,
                              "typesOfWork":false,"leavetimeRegistration":false},
                  "urls":{"actiTime":"https://x"},
                  "limits":{"maxBatchSize":50,"maxQueryLimit":500},
                  "serverUUID":"0b1c"})"),
                        &error);
    QVERIFY2(info, qPrintable(error.toString()));
    QCOMPARE(info->companyName, u"ACME"_s);
    QCOMPARE(info->currency, u"€"_s);
    QCOMPARE(info->decimalSeparator, u","_s);
    QVERIFY(info->timeAsDecimalHours);
    QVERIFY(info->clock12h);
    QCOMPARE(info->firstDayOfWeek, Qt::Sunday);
    QVERIFY(!info->overtimeRegistration);
    QVERIFY(!info->leaveRegistration);
    QVERIFY(!info->taskWorkflow);
    QVERIFY(!info->typesOfWork);
    QVERIFY(info->departments);
    QVERIFY(!info->timeZoneGroups);
    QCOMPARE(info->maxBatchSize, 50);
    QCOMPARE(info->maxQueryLimit, 500);
    QCOMPARE(info->serverUuid, u"0b1c"_s);

    // An empty object keeps every default; a zero limit is not taken.
    const auto defaults = parseServerInfo(value(R"({"limits":{"maxBatchSize":0},
                                                    "format":{"timeFormat":"minutes",
                                                              "clockFormat":"clock_format_24"}})"),
                                          &error);
    QVERIFY(defaults);
    QCOMPARE(*defaults, ServerInfo());
}

void TestDomainJson::scheduleAndAssignments()
{
    ParseError error;
    const auto schedule = parseSchedule(value(R"({"dateFrom":"2024-07-01","dateTo":"2024-07-07",
                  "schedule":[480,480,480,480,"240",0,0]})"),
                                        &error);
    QVERIFY2(schedule, qPrintable(error.toString()));
    QCOMPARE(schedule->from, QDate(2024, 7, 1));
    QCOMPARE(schedule->minutes, (QList<int>{480, 480, 480, 480, 240, 0, 0}));
    QCOMPARE(schedule->to(), QDate(2024, 7, 7));
    QCOMPARE(schedule->minutesOn(QDate(2024, 7, 5)), 240);

    const auto assignments = parseWorkAssignments(
        value(R"({"allScope":false,"customerIds":[6],"projectIds":[13,"14"],"taskIds":null})"),
        &error);
    QVERIFY2(assignments, qPrintable(error.toString()));
    QCOMPARE(*assignments, (WorkAssignments{false, {6}, {13, 14}, {}}));
}

void TestDomainJson::commentsList()
{
    ParseError error;
    const auto envelope = parseListEnvelope(
        R"({"offset":0,"limit":1000,"items":[{"id":7,"userId":1,"created":1554220372034,
            "updated":1554220372034,"updatingUserId":2,"text":"Looks good"}],
            "users":{"1":{"id":1,"firstName":"Jane","lastName":"Doe"}}})",
        &error);
    QVERIFY(envelope);
    const auto comments = parseItems<Comment>(envelope->items, parseComment, &error);
    QVERIFY2(comments, qPrintable(error.toString()));
    QCOMPARE(comments->size(), 1);
    QCOMPARE(comments->at(0),
             (Comment{7, 1, utc(1554220372034), utc(1554220372034), 2, u"Looks good"_s}));
    const auto users = parseReferencedMap<User>(envelope->whole, u"users"_s, parseUser, &error);
    QVERIFY2(users, qPrintable(error.toString()));
    QCOMPARE(users->value(1).fullName, u"Jane Doe"_s);
}

void TestDomainJson::timetrackPageRealistic()
{
    ParseError error;
    const auto page = parseTimetrackPage(
        QByteArray(R"({"dateFrom":"2024-07-01","dateTo":"2024-07-05","nextDateFrom":"2024-07-06",
            "data":[
             {"userId":28,"date":"2024-07-01","dayOffset":0,"approved":false,
              "records":[{"taskId":213,"time":120,"comment":"Design review"},
                         {"taskId":214,"time":45}]},
             {"userId":28,"date":"2024-07-02","dayOffset":1,"records":[]}],
            "users":{"28":{"id":28,"firstName":"Jane","lastName":"Doe"}},
            "tasks":{"213":{"id":213,"name":"Review","projectId":13},"214":{"id":214}},
            "projects":{"13":{"id":13,"name":"Spaceship building","customerId":6}},
            "customers":{"6":{"id":6,"name":"Big Bang Company"}},
            "departments":{"-1":{"id":-1,"name":"Users without department","default":true}},
            "timeZoneGroup":{"-1":{"id":-1,"name":"New York","timeZoneId":"America/New_York"}},
            "typesOfWork":{"1":{"id":1,"name":"engineering"}},
            "workflowStatuses":{"1":{"id":1,"name":"New","type":"open"}}})"),
        &error);
    QVERIFY2(page, qPrintable(error.toString()));
    QCOMPARE(page->dateFrom, QDate(2024, 7, 1));
    QCOMPARE(page->dateTo, QDate(2024, 7, 5));
    QCOMPARE(page->nextDateFrom, QDate(2024, 7, 6));
    QCOMPARE(page->days.size(), 2);
    const TimetrackDay &first = page->days.at(0);
    QCOMPARE(first.userId, 28);
    QCOMPARE(first.approved, std::optional<bool>(false));
    QCOMPARE(first.records.size(), 2);
    QCOMPARE(first.records.at(0),
             (TimetrackRecord{28, QDate(2024, 7, 1), 213, 120, u"Design review"_s}));
    QCOMPARE(first.records.at(1), (TimetrackRecord{28, QDate(2024, 7, 1), 214, 45, {}}));
    QCOMPARE(page->days.at(1).date, QDate(2024, 7, 2));
    QVERIFY(page->days.at(1).records.isEmpty());
    QCOMPARE(page->users.value(28).fullName, u"Jane Doe"_s);
    QCOMPARE(page->tasks.size(), 2);
    QCOMPARE(page->tasks.value(213).projectId, 13);
    QCOMPARE(page->projects.value(13).customerId, 6);
    QCOMPARE(page->customers.value(6).name, u"Big Bang Company"_s);
    QVERIFY(page->departments.value(-1).isDefault);
    QCOMPARE(page->timeZoneGroups.value(-1).timeZoneId, u"America/New_York"_s);
    QCOMPARE(page->typesOfWork.value(1).name, u"engineering"_s);
    QCOMPARE(page->workflowStatuses.value(1).name, u"New"_s);

    // The minimal shape (MC's example): no maps, no comment, no approval, no dateTo.
    const auto minimal = parseTimetrackPage(
        QByteArray(R"({"dateFrom":"2024-07-01","data":[{"date":"2024-07-01","dayOffset":0,
                       "records":[{"taskId":1,"time":60}],"userId":1}]})"),
        &error);
    QVERIFY2(minimal, qPrintable(error.toString()));
    QVERIFY(!minimal->dateTo.isValid());
    QVERIFY(!minimal->nextDateFrom.isValid());
    QVERIFY(!minimal->days.at(0).approved);
    QVERIFY(minimal->users.isEmpty());
}

void TestDomainJson::leavePageRealistic()
{
    ParseError error;
    const auto page = parseLeavePage(
        QByteArray(R"({"dateFrom":"2024-07-01","dateTo":"2024-07-31","nextDateFrom":null,
            "data":[{"userId":1,"dayOffset":0,"date":"2024-07-01","leaveTypeId":2,"leaveTime":480},
                    {"userId":1,"dayOffset":1,"date":"2024-07-02","leaveTypeId":2,"leaveTime":240}],
            "users":{"1":{"id":1,"fullName":"Jane Doe"}},
            "departments":{},
            "timeZoneGroups":{"-1":{"id":-1,"name":"New York"}},
            "leaveTypes":{"2":{"id":2,"name":"Vacation","balance":"PTO"}}})"),
        &error);
    QVERIFY2(page, qPrintable(error.toString()));
    QVERIFY(!page->nextDateFrom.isValid());
    QCOMPARE(page->records.size(), 2);
    QCOMPARE(page->records.at(0), (LeaveRecord{1, QDate(2024, 7, 1), 2, 480}));
    QCOMPARE(page->records.at(1), (LeaveRecord{1, QDate(2024, 7, 2), 2, 240}));
    QCOMPARE(page->users.value(1).fullName, u"Jane Doe"_s);
    QCOMPARE(page->timeZoneGroups.size(), 1);
    QCOMPARE(page->leaveTypes.value(2).balance, LeaveBalance::Pto);
}

void TestDomainJson::userRates()
{
    ParseError error;
    const auto rates = parseListBody<UserRates>(
        R"({"offset":0,"limit":1000,"items":[{"userId":3,"rates":[
             {"dateFrom":null,"regularRate":20,"overtimeRate":null,"leaveRates":[]},
             {"dateFrom":"2024-01-01","regularRate":25.5,"overtimeRate":"30",
              "leaveRates":[{"leaveTypeId":2,"rate":25.5},{"leaveTypeId":3,"rate":null}]}]},
             {"id":4}]})",
        parseUserRates, &error);
    QVERIFY2(rates, qPrintable(error.toString()));
    QCOMPARE(rates->size(), 2);
    const UserRates &three = rates->at(0);
    QCOMPARE(three.userId, 3);
    QCOMPARE(three.periods.size(), 2);
    QCOMPARE(three.periods.at(0),
             (RatePeriod{QDate(), std::optional<double>(20), std::nullopt, {}}));
    QCOMPARE(three.periods.at(1),
             (RatePeriod{QDate(2024, 1, 1), 25.5, 30.0, {LeaveRate{2, 25.5}, LeaveRate{3, 0}}}));
    QCOMPARE(rates->at(1), (UserRates{4, {}})); // "id" read as the user, no rates
}

void TestDomainJson::singleTimetrackRecord()
{
    ParseError error;
    const auto record = parseTimetrackRecord(value(R"({"taskId":213,"time":120,"comment":null})"),
                                             28, QDate(2024, 7, 1), &error);
    QVERIFY2(record, qPrintable(error.toString()));
    QCOMPARE(*record, (TimetrackRecord{28, QDate(2024, 7, 1), 213, 120, {}}));
}

void TestDomainJson::errorBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isApiError");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fields");

    QTest::newRow("documented") << QByteArray(R"({"key":"api.error.customer_exists",
        "message":"Customer with specified name already exists"})")
                                << true << u"api.error.customer_exists"_s
                                << u"Customer with specified name already exists"_s << QString();
    QTest::newRow("fields+stackTrace")
        << QByteArray(R"({"key":"k","message":"Mandatory field is not specified",
                         "fields":"name","stackTrace":"at ..."})")
        << true << u"k"_s << u"Mandatory field is not specified"_s << u"name"_s;
    QTest::newRow("fields as list") << QByteArray(R"({"key":"k","message":"m","fields":["a","b"]})")
                                    << true << u"k"_s << u"m"_s << u"a, b"_s;
    QTest::newRow("no key") << QByteArray(R"({"message":"m"})") << false << QString() << QString()
                            << QString();
    QTest::newRow("no message") << QByteArray(R"({"key":"k"})") << false << QString() << QString()
                                << QString();
    QTest::newRow("key not a string")
        << QByteArray(R"({"key":1,"message":"m"})") << false << QString() << QString() << QString();
    QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>") << false
                          << QString() << QString() << QString();
    QTest::newRow("empty") << QByteArray() << false << QString() << QString() << QString();
    QTest::newRow("array") << QByteArray(R"([{"key":"k","message":"m"}])") << false << QString()
                           << QString() << QString();
}

void TestDomainJson::errorBody()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, isApiError);
    const auto parsed = parseErrorBody(body);
    QCOMPARE(parsed.has_value(), isApiError);
    if (!parsed)
        return;
    QTEST(parsed->key, "key");
    QTEST(parsed->message, "message");
    QTEST(parsed->fields, "fields");
}

void TestDomainJson::batchResults()
{
    ParseError error;
    const auto results = parseBatchResults(
        R"([{"status":200,"body":{"id":12,"name":"Test","created":1554220372034}},
            {"status":"204","id":"op2"},
            {"status":400,"body":{"key":"k","message":"m"},"id":3}])",
        &error);
    QVERIFY2(results, qPrintable(error.toString()));
    QCOMPARE(results->size(), 3);
    QCOMPARE(results->at(0).status, 200);
    const auto created = parseCustomer(results->at(0).body, &error);
    QVERIFY(created);
    QCOMPARE(created->id, 12);
    QCOMPARE(results->at(1).status, 204);
    QVERIFY(results->at(1).body.isNull());
    QCOMPARE(results->at(1).id, u"op2"_s);
    QCOMPARE(results->at(2).id, u"3"_s);
    QCOMPARE(results->at(2).body[u"key"_s].toString(), u"k"_s);
}

void TestDomainJson::extraFieldsAndNullsAreDefaulted()
{
    ParseError error;
    const auto customer =
        parseCustomer(value(R"({"id":9,"name":null,"archived":null,"created":null,"url":null,
                  "allowedActions":null,"description":null,"somethingNew":{"a":[1,2]},
                  "tags":["x"]})"),
                      &error);
    QVERIFY2(customer, qPrintable(error.toString()));
    Customer expected;
    expected.id = 9;
    QCOMPARE(*customer, expected);

    // Ill-typed optional fields read as their defaults (documented in jsonreader.h).
    const auto task = parseTask(value(R"({"id":1,"projectId":"x","estimatedTime":-5,
                                          "deadline":"soon","created":"yesterday",
                                          "status":42,"allowedActions":[true]})"),
                                &error);
    QVERIFY2(task, qPrintable(error.toString()));
    QCOMPARE(task->projectId, 0);
    QVERIFY(!task->estimatedMinutes);
    QVERIFY(!task->deadline.isValid());
    QVERIFY(!task->created.isValid());
    QCOMPARE(task->status, TaskStatus::Open);
    QCOMPARE(task->allowed, AllowedActions());
}

void TestDomainJson::numbersAndBooleansAsStrings()
{
    ParseError error;
    const auto page = parseTimetrackPage(
        QByteArray(R"({"dateFrom":"2024-07-01","data":[{"userId":"28","date":"2024-07-01",
                       "approved":"true","records":[{"taskId":"213","time":"90"}]}]})"),
        &error);
    QVERIFY2(page, qPrintable(error.toString()));
    QCOMPARE(page->days.at(0).userId, 28);
    QCOMPARE(page->days.at(0).approved, std::optional<bool>(true));
    QCOMPARE(page->days.at(0).records.at(0).taskId, 213);
    QCOMPARE(page->days.at(0).records.at(0).minutes, 90);

    const auto customer =
        parseCustomer(value(R"({"id":"-7","archived":"FALSE","created":"1566950400000"})"), &error);
    QVERIFY2(customer, qPrintable(error.toString()));
    QCOMPARE(customer->id, -7);
    QCOMPARE(customer->archived, false);
    QCOMPARE(customer->created, utc(1566950400000));

    const auto integralDouble = parseDepartment(value(R"({"id":5.0})"), &error);
    QVERIFY(integralDouble);
    QCOMPARE(integralDouble->id, 5);
}

void TestDomainJson::timeZoneGroupKeys_data()
{
    QTest::addColumn<QByteArray>("maps");
    QTest::addColumn<QList<int>>("ids");

    QTest::newRow("singular") << QByteArray(R"("timeZoneGroup":{"-1":{"id":-1}})")
                              << QList<int>{-1};
    QTest::newRow("plural") << QByteArray(R"("timeZoneGroups":{"2":{"id":2}})") << QList<int>{2};
    QTest::newRow("both") << QByteArray(R"("timeZoneGroup":{"-1":{"id":-1}},
                                           "timeZoneGroups":{"2":{"id":2}})")
                          << QList<int>{-1, 2};
    QTest::newRow("null") << QByteArray(R"("timeZoneGroups":null)") << QList<int>{};
}

void TestDomainJson::timeZoneGroupKeys()
{
    QFETCH(QByteArray, maps);
    QFETCH(QList<int>, ids);
    const QByteArray head = R"({"dateFrom":"2024-07-01","data":[],)";
    for (bool leave : {false, true}) {
        ParseError error;
        QList<int> keys;
        if (leave) {
            const auto page = parseLeavePage(QByteArray(head + maps + '}'), &error);
            QVERIFY2(page, qPrintable(error.toString()));
            keys = page->timeZoneGroups.keys();
        } else {
            const auto page = parseTimetrackPage(QByteArray(head + maps + '}'), &error);
            QVERIFY2(page, qPrintable(error.toString()));
            keys = page->timeZoneGroups.keys();
        }
        std::sort(keys.begin(), keys.end());
        QCOMPARE(keys, ids);
    }
}

void TestDomainJson::deadline_data()
{
    QTest::addColumn<QByteArray>("deadline");
    QTest::addColumn<QDate>("expected");

    const QDate newYearsEve(2024, 12, 31);
    QTest::newRow("date string") << QByteArray(R"("2024-12-31")") << newYearsEve;
    QTest::newRow("epoch ms, UTC midnight") << QByteArray("1735603200000") << newYearsEve;
    QTest::newRow("epoch ms, New York midnight") << QByteArray("1735621200000") << newYearsEve;
    QTest::newRow("epoch ms, Moscow midnight") << QByteArray("1735592400000") << newYearsEve;
    QTest::newRow("epoch ms, Tokyo midnight") << QByteArray("1735570800000") << newYearsEve;
    QTest::newRow("epoch ms, UTC-11 midnight") << QByteArray("1735642800000") << newYearsEve;
    QTest::newRow("epoch ms as string") << QByteArray(R"("1735603200000")") << newYearsEve;
    QTest::newRow("null") << QByteArray("null") << QDate();
    QTest::newRow("garbage") << QByteArray(R"("next week")") << QDate();
    QTest::newRow("bad date") << QByteArray(R"("2024-02-30")") << QDate();
    QTest::newRow("bool") << QByteArray("true") << QDate();
    QTest::newRow("fractional") << QByteArray("1735603200000.5") << QDate();
}

void TestDomainJson::deadline()
{
    QFETCH(QByteArray, deadline);
    QFETCH(QDate, expected);
    ParseError error;
    const auto task =
        parseTask(value(QByteArray(R"({"id":1,"deadline":)" + deadline + '}')), &error);
    QVERIFY2(task, qPrintable(error.toString()));
    QCOMPARE(task->deadline, expected);
}

void TestDomainJson::timestamps_data()
{
    QTest::addColumn<QByteArray>("created");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime stamp(QDate(2019, 4, 2), QTime(15, 52, 52, 34), Qt::UTC);
    QTest::newRow("epoch ms") << QByteArray("1554220372034") << stamp;
    QTest::newRow("epoch ms string") << QByteArray(R"("1554220372034")") << stamp;
    QTest::newRow("ISO UTC") << QByteArray(R"("2019-04-02T15:52:52.034Z")") << stamp;
    QTest::newRow("ISO offset") << QByteArray(R"("2019-04-02T17:52:52.034+02:00")") << stamp;
    QTest::newRow("ISO no zone = UTC") << QByteArray(R"("2019-04-02T15:52:52.034")") << stamp;
    QTest::newRow("null") << QByteArray("null") << QDateTime();
    QTest::newRow("garbage") << QByteArray(R"("last tuesday")") << QDateTime();
    QTest::newRow("absurd") << QByteArray("1e300") << QDateTime();
}

void TestDomainJson::timestamps()
{
    QFETCH(QByteArray, created);
    QFETCH(QDateTime, expected);
    ParseError error;
    const auto comment =
        parseComment(value(QByteArray(R"({"id":1,"created":)" + created + '}')), &error);
    QVERIFY2(comment, qPrintable(error.toString()));
    QCOMPARE(comment->created, expected);
    if (expected.isValid())
        QCOMPARE(comment->created.timeSpec(), Qt::UTC);
}

void TestDomainJson::enums_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<int>("taskStatus");
    QTest::addColumn<int>("leaveBalance");

    QTest::newRow("open") << u"open"_s << int(TaskStatus::Open) << int(LeaveBalance::None);
    QTest::newRow("Completed") << u"Completed"_s << int(TaskStatus::Completed)
                               << int(LeaveBalance::None);
    QTest::newRow("PTO") << u"PTO"_s << int(TaskStatus::Open) << int(LeaveBalance::Pto);
    QTest::newRow("pto") << u"pto"_s << int(TaskStatus::Open) << int(LeaveBalance::Pto);
    QTest::newRow("SICK") << u"SICK"_s << int(TaskStatus::Open) << int(LeaveBalance::Sick);
    QTest::newRow("None") << u"None"_s << int(TaskStatus::Open) << int(LeaveBalance::None);
    QTest::newRow("unknown") << u"archived"_s << int(TaskStatus::Open) << int(LeaveBalance::None);
    QTest::newRow("empty") << QString() << int(TaskStatus::Open) << int(LeaveBalance::None);
}

void TestDomainJson::enums()
{
    QFETCH(QString, wire);
    QFETCH(int, taskStatus);
    QFETCH(int, leaveBalance);
    QCOMPARE(int(taskStatusFromWire(wire)), taskStatus);
    QCOMPARE(int(workflowStatusTypeFromWire(wire)), taskStatus); // same two groups
    QCOMPARE(int(leaveBalanceFromWire(wire)), leaveBalance);
}

void TestDomainJson::firstDayOfWeek_data()
{
    QTest::addColumn<QByteArray>("dayOfWeekStart");
    QTest::addColumn<int>("expected");

    QTest::newRow("0 = Sunday") << QByteArray("0") << int(Qt::Sunday);
    QTest::newRow("1 = Monday") << QByteArray("1") << int(Qt::Monday);
    QTest::newRow("6 = Saturday") << QByteArray("6") << int(Qt::Saturday);
    QTest::newRow("string 0") << QByteArray(R"("0")") << int(Qt::Sunday);
    QTest::newRow("7 out of range") << QByteArray("7") << int(Qt::Monday);
    QTest::newRow("-1 out of range") << QByteArray("-1") << int(Qt::Monday);
    QTest::newRow("null") << QByteArray("null") << int(Qt::Monday);
}

void TestDomainJson::firstDayOfWeek()
{
    QFETCH(QByteArray, dayOfWeekStart);
    QFETCH(int, expected);
    ParseError error;
    const auto info = parseServerInfo(
        value(QByteArray(R"({"format":{"dayOfWeekStart":)" + dayOfWeekStart + "}}")), &error);
    QVERIFY(info);
    QCOMPARE(int(info->firstDayOfWeek), expected);
}

void TestDomainJson::approvedAndComment()
{
    ParseError error;
    const auto page = parseTimetrackPage(QByteArray(R"({"dateFrom":"2024-07-01","data":[
            {"userId":1,"date":"2024-07-01","approved":true,"records":[{"taskId":1,"time":1,"comment":"c"}]},
            {"userId":1,"date":"2024-07-02","approved":null,"records":[{"taskId":1,"time":1,"comment":null}]},
            {"userId":1,"date":"2024-07-03","records":[{"taskId":1,"time":0}]},
            {"userId":1,"date":"2024-07-04"}]})"),
                                         &error);
    QVERIFY2(page, qPrintable(error.toString()));
    QCOMPARE(page->days.at(0).approved, std::optional<bool>(true));
    QCOMPARE(page->days.at(0).records.at(0).comment, u"c"_s);
    QCOMPARE(page->days.at(1).approved, std::optional<bool>());
    QVERIFY(page->days.at(1).records.at(0).comment.isEmpty());
    QCOMPARE(page->days.at(2).approved, std::optional<bool>());
    QCOMPARE(page->days.at(2).records.at(0).minutes, 0);
    QVERIFY(page->days.at(3).records.isEmpty()); // a day without "records" is an empty day
}

void TestDomainJson::leaveTimeAlias()
{
    ParseError error;
    const auto alias = parseLeaveRecord(
        value(R"({"userId":1,"date":"2024-07-01","leaveTypeId":2,"time":480})"), &error);
    QVERIFY2(alias, qPrintable(error.toString()));
    QCOMPARE(alias->minutes, 480);
    const auto both = parseLeaveRecord(
        value(R"({"userId":1,"date":"2024-07-01","leaveTypeId":2,"leaveTime":240,"time":480})"),
        &error);
    QVERIFY(both);
    QCOMPARE(both->minutes, 240);
}

void TestDomainJson::referencedMapValuesWithoutId()
{
    ParseError error;
    const auto map = parseIdMap<Project>(value(R"({"13":{"name":"Spaceship"},"14":{"id":"14"}})"),
                                         parseProject, &error);
    QVERIFY2(map, qPrintable(error.toString()));
    QCOMPARE(map->size(), 2);
    QCOMPARE(map->value(13).id, 13);
    QCOMPARE(map->value(13).name, u"Spaceship"_s);
    QCOMPARE(map->value(14).id, 14);
}

void TestDomainJson::envelopeEchoes()
{
    ParseError error;
    auto envelope = parseListEnvelope(R"({"offset":4,"limit":1000,"items":[]})", &error);
    QVERIFY(envelope);
    QCOMPARE(envelope->offset, 4);
    QCOMPARE(envelope->limit, 1000);
    QVERIFY(envelope->items.isEmpty());
    envelope =
        parseListEnvelope(R"({"items":[{"id":1}],"offset":"x","limit":-3,"total":9})", &error);
    QVERIFY(envelope);
    QCOMPARE(envelope->offset, 0);
    QCOMPARE(envelope->limit, 0);
    QCOMPARE(envelope->items.size(), 1);
    QCOMPARE(envelope->whole.value(u"total"_s).toInt(), 9);
}

QTEST_GUILESS_MAIN(TestDomainJson)
#include "tst_domainjson.moc"
