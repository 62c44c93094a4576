// State persistence: lossless JSON round trips, clear rejection of foreign or damaged files, and
// an emulator with a state file that writes every change and comes back with it.
#include "datasetjson.h"
#include "emulatorfixture.h"
#include "seedgenerator.h"
#include "testdataset.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

emu::Dataset seeded()
{
    emu::SeedOptions o;
    o.today = testdata::kToday;
    return emu::generateDataset(o);
}

// Loads a document expected to be rejected; returns the error.
QString rejection(const QJsonObject &json)
{
    emu::Dataset d = testdata::contractDataset();
    QString error;
    if (emu::datasetjson::load(json, &d, &error))
        return u"<accepted>"_s;
    // A rejected document leaves the dataset as it was.
    if (d.users.size() != 5 || d.tasks.size() != 6)
        return u"<dataset changed>"_s;
    return error;
}

QJsonObject withFirst(QJsonObject json, const QString &list, const QString &key,
                      const QJsonValue &value)
{
    QJsonArray items = json.value(list).toArray();
    QJsonObject first = items.at(0).toObject();
    if (value.isUndefined())
        first.remove(key);
    else
        first.insert(key, value);
    items.replace(0, first);
    json.insert(list, items);
    return json;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestEmulatorState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsLossless_data()
    {
        QTest::addColumn<bool>("generated");
        QTest::newRow("contract") << false;
        QTest::newRow("seeded") << true;
    }
    void roundTripIsLossless()
    {
        QFETCH(bool, generated);
        const emu::Dataset original = generated ? seeded() : testdata::contractDataset();
        const QJsonObject json = emu::datasetjson::save(original);
        QCOMPARE(json.value(u"format"_s).toString(), u"actidesk-emulator-state"_s);
        QCOMPARE(json.value(u"version"_s).toInt(), 1);
        emu::Dataset loaded;
        QString error;
        QVERIFY2(emu::datasetjson::load(json, &loaded, &error), qPrintable(error));
        QCOMPARE(emu::datasetjson::save(loaded), json);

        // Spot checks that every collection really came back, not just an equal empty document.
        QCOMPARE(loaded.users.size(), original.users.size());
        QCOMPARE(loaded.timetrack.size(), original.timetrack.size());
        QCOMPARE(loaded.leave.size(), original.leave.size());
        QCOMPARE(loaded.approvedDays, original.approvedDays);
        QCOMPARE(loaded.lockedDays, original.lockedDays);
        QCOMPARE(loaded.holidays, original.holidays);
        QCOMPARE(loaded.lastId, original.lastId);
        QCOMPARE(loaded.userRates.size(), original.userRates.size());
        QCOMPARE(loaded.users.at(3).assignedTaskIds, original.users.at(3).assignedTaskIds);
        QCOMPARE(loaded.users.at(3).password, u"employee"_s);
        QCOMPARE(loaded.users.at(1).role, emu::Role::Admin);
        QCOMPARE(loaded.users.at(3).weeklySchedule, original.users.at(3).weeklySchedule);
        QVERIFY(!loaded.timetrack.empty() && !loaded.leave.empty() && !loaded.comments.empty());
    }

    void nullAndEmptyStaySeparate()
    {
        emu::Dataset d = testdata::contractDataset();
        d.customers[2].description = u""_s;
        d.customers[1].description = QString();
        d.timetrack[emu::dayKey(testdata::kWeekStart, 3)][1].comment = u""_s;
        d.users[4].email = QString();
        d.users[4].weeklySchedule = {240, 240, 240, 240, 0, 0, 0};
        d.settings.companyName = u"Renamed Ltd"_s;
        d.settings.maxBatchSize = 7;
        d.tasks[2].estimatedTime = 0;
        emu::Dataset loaded;
        QString error;
        QVERIFY2(emu::datasetjson::load(emu::datasetjson::save(d), &loaded, &error),
                 qPrintable(error));
        QVERIFY(!loaded.customers[2].description.isNull());
        QVERIFY(loaded.customers[2].description.isEmpty());
        QVERIFY(loaded.customers[1].description.isNull());
        QVERIFY(!loaded.timetrack[emu::dayKey(testdata::kWeekStart, 3)][1].comment.isNull());
        QVERIFY(loaded.timetrack[emu::dayKey(testdata::kWeekStart, 3)][2].comment.isNull());
        QVERIFY(loaded.users[4].email.isNull());
        QCOMPARE(loaded.users[4].weeklySchedule, (std::array<int, 7>{240, 240, 240, 240, 0, 0, 0}));
        QCOMPARE(loaded.settings.companyName, u"Renamed Ltd"_s);
        QCOMPARE(loaded.settings.maxBatchSize, 7);
        QCOMPARE(loaded.tasks[2].estimatedTime, std::optional<int>(0));
        QCOMPARE(loaded.tasks[3].estimatedTime, std::optional<int>());
        QCOMPARE(loaded.tasks[1].deadline, QDate(2026, 12, 31));
        QCOMPARE(loaded.userRates[4].at(0).overtimeRate, std::optional<double>());
        QCOMPARE(loaded.userRates[3].at(0).leaveRates.at(0).rate, 50.0);
    }

    void fileRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state.json"_s);
        const emu::Dataset d = seeded();
        QString error;
        QVERIFY2(emu::datasetjson::saveFile(d, path, &error), qPrintable(error));
        emu::Dataset loaded;
        QVERIFY2(emu::datasetjson::loadFile(path, &loaded, &error), qPrintable(error));
        QCOMPARE(emu::datasetjson::save(loaded), emu::datasetjson::save(d));
    }

    void foreignOrDamagedDocumentsAreRejected()
    {
        const QJsonObject good = emu::datasetjson::save(testdata::contractDataset());
        QVERIFY(rejection(QJsonObject{{u"hello"_s, 1}}).contains(u"not an emulator state file"_s));
        QJsonObject json = good;
        json.insert(u"format"_s, u"something-else"_s);
        QVERIFY(rejection(json).contains(u"not an emulator state file"_s));
        json = good;
        json.insert(u"version"_s, 2);
        QCOMPARE(rejection(json),
                 u"unsupported state file version 2 (this emulator reads version 1)"_s);
        json.insert(u"version"_s, u"1"_s);
        QVERIFY(rejection(json).startsWith(u"unsupported state file version"_s));
        json = good;
        json.remove(u"timetrack"_s);
        QCOMPARE(rejection(json), u"state.timetrack: missing"_s);
        json = good;
        json.insert(u"users"_s, u"none"_s);
        QCOMPARE(rejection(json), u"state.users: expected an array"_s);
        QCOMPARE(rejection(
                     withFirst(good, u"users"_s, u"username"_s, QJsonValue(QJsonValue::Undefined))),
                 u"state.users[0].username: missing"_s);
        QCOMPARE(rejection(withFirst(good, u"users"_s, u"username"_s, QJsonValue::Null)),
                 u"state.users[0].username: expected a string"_s);
        QCOMPARE(rejection(withFirst(good, u"users"_s, u"role"_s, u"boss"_s)),
                 u"state.users[0].role: expected one of employee, manager, admin"_s);
        QCOMPARE(
            rejection(withFirst(good, u"users"_s, u"weeklySchedule"_s, QJsonArray{480})),
            u"state.users[0].weeklySchedule: expected 7 numbers of minutes, Monday to Sunday"_s);
        QCOMPARE(rejection(withFirst(good, u"tasks"_s, u"created"_s, u"yesterday"_s)),
                 u"state.tasks[0].created: expected an integer"_s);
        QCOMPARE(rejection(withFirst(good, u"tasks"_s, u"estimatedTime"_s, 1.5)),
                 u"state.tasks[0].estimatedTime: expected an integer"_s);
        QCOMPARE(rejection(withFirst(good, u"tasks"_s, u"deadline"_s, u"2026-13-01"_s)),
                 u"state.tasks[0].deadline: expected a date as YYYY-MM-DD"_s);
        QCOMPARE(rejection(withFirst(good, u"customers"_s, u"archived"_s, u"no"_s)),
                 u"state.customers[0].archived: expected true or false"_s);
        QCOMPARE(rejection(withFirst(good, u"projects"_s, u"id"_s, 2)),
                 u"state.projects[1].id: duplicate id 2"_s);
        QCOMPARE(rejection(withFirst(good, u"leave"_s, u"date"_s, QJsonValue::Null)),
                 u"state.leave[0].date: expected a date as YYYY-MM-DD"_s);
        json = good;
        QJsonArray items = json.value(u"timetrack"_s).toArray();
        items.append(u"x"_s);
        json.insert(u"timetrack"_s, items);
        QCOMPARE(rejection(json),
                 u"state.timetrack[%1]: expected an object"_s.arg(items.size() - 1));
        json = good;
        QJsonObject settings = json.value(u"settings"_s).toObject();
        settings.remove(u"serverUUID"_s);
        json.insert(u"settings"_s, settings);
        QCOMPARE(rejection(json), u"state.settings.serverUUID: missing"_s);
    }

    void unreadableFilesAreReportedClearly()
    {
        QTemporaryDir dir;
        emu::Dataset d;
        QString error;
        const QString missing = dir.filePath(u"missing.json"_s);
        QVERIFY(!emu::datasetjson::loadFile(missing, &d, &error));
        QVERIFY2(error.startsWith(u"cannot read "_s + missing), qPrintable(error));

        const QString broken = dir.filePath(u"broken.json"_s);
        writeFile(broken, R"({"format": "actidesk-emulator-state", "version": 1,)");
        QVERIFY(!emu::datasetjson::loadFile(broken, &d, &error));
        QVERIFY2(error.contains(u"is not valid JSON"_s), qPrintable(error));

        const QString array = dir.filePath(u"array.json"_s);
        writeFile(array, "[1, 2]");
        QVERIFY(!emu::datasetjson::loadFile(array, &d, &error));
        QVERIFY2(error.contains(u"does not hold a JSON object"_s), qPrintable(error));

        const QString foreign = dir.filePath(u"foreign.json"_s);
        writeFile(foreign, R"({"name": "some other program"})");
        QVERIFY(!emu::datasetjson::loadFile(foreign, &d, &error));
        QCOMPARE(error, foreign + u": not an emulator state file (no \"format\" key)"_s);
        QVERIFY(d.users.empty());

        // Writing into a directory that does not exist fails with the path in the message.
        const QString nowhere = dir.filePath(u"no/such/dir/state.json"_s);
        QVERIFY(!emu::datasetjson::saveFile(testdata::contractDataset(), nowhere, &error));
        QVERIFY2(error.startsWith(u"cannot write "_s + nowhere), qPrintable(error));
    }

    void editsArePersisted()
    {
        QTemporaryDir dir;
        emu::EmulatorOptions options;
        options.stateFile = dir.filePath(u"state.json"_s);
        {
            EmulatorFixture fixture(seeded(), options);
            auto admin = fixture.client(u"admin"_s, u"manager"_s);
            QCOMPARE(admin->get(u"/workflowStatuses"_s).status, 200);
            QVERIFY2(!QFile::exists(options.stateFile), "a read wrote the state file");
            // A refused write changes nothing and writes nothing.
            QCOMPARE(fixture.client(u"employee"_s)
                         ->post(u"/workflowStatuses"_s,
                                QJsonObject{{u"name"_s, u"Blocked"_s}, {u"type"_s, u"open"_s}})
                         .status,
                     403);
            QVERIFY(!QFile::exists(options.stateFile));
            const TestReply created = admin->post(
                u"/workflowStatuses"_s,
                QJsonObject{{u"name"_s, u"Waiting for client"_s}, {u"type"_s, u"open"_s}});
            QCOMPARE(created.status, 200);
            // Saved once the debounce window (saveDelayMs) has passed.
            QTRY_VERIFY(QFile::exists(options.stateFile));
        }

        emu::Dataset restored;
        QString error;
        QVERIFY2(emu::datasetjson::loadFile(options.stateFile, &restored, &error),
                 qPrintable(error));
        QCOMPARE(restored.workflowStatuses.size(), size_t(6));
        QCOMPARE(restored.lastId, seeded().lastId + 1); // the new id is not handed out twice
        EmulatorFixture again(std::move(restored), options);
        const TestReply statuses =
            again.client(u"manager"_s)->get(u"/workflowStatuses?name=waiting%20for%20client"_s);
        QCOMPARE(statuses.status, 200);
        QCOMPARE(statuses.items().size(), 1);
        QCOMPARE(statuses.items().at(0).toObject().value(u"type"_s).toString(), u"open"_s);
        // The rest of the generated state came back too.
        QCOMPARE(again.client(u"employee"_s)->get(u"/leaveTypes"_s).items().size(), 5);
        QCOMPARE(again.data().timetrack.size(), seeded().timetrack.size());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorState)
#include "tst_emulator_state.moc"
