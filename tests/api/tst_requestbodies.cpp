// Request bodies of the writes (domainjson_write.h): which fields are sent, null to clear, the
// wire spellings, and a rates body that parses back to what was written.

#include "domainjson.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace actidesk;
using namespace actidesk::json;

class TestRequestBodies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void customerAndProjectBodies();
    void taskBodies();
    void timeBodies();
    void workflowStatusBodies();
    void userRatesBodyRoundTrip();
};

void TestRequestBodies::customerAndProjectBodies()
{
    QCOMPARE(customerCreateBody(u"ACME"_s),
             (QJsonObject{{u"name"_s, u"ACME"_s}, {u"archived"_s, false}}));
    QCOMPARE(customerCreateBody(u"ACME"_s, u"Rockets"_s, true),
             (QJsonObject{
                 {u"name"_s, u"ACME"_s}, {u"description"_s, u"Rockets"_s}, {u"archived"_s, true}}));
    CustomerChanges changes;
    QCOMPARE(customerUpdateBody(changes), QJsonObject());
    changes.description = QString();
    changes.archived = true;
    QCOMPARE(customerUpdateBody(changes),
             (QJsonObject{{u"description"_s, QJsonValue::Null}, {u"archived"_s, true}}));

    QCOMPARE(
        projectCreateBody(6, u"Spaceship"_s),
        (QJsonObject{{u"customerId"_s, 6}, {u"name"_s, u"Spaceship"_s}, {u"archived"_s, false}}));
    ProjectChanges move;
    move.customerId = 7;
    move.name = u"Rocket"_s;
    QCOMPARE(projectUpdateBody(move),
             (QJsonObject{{u"customerId"_s, 7}, {u"name"_s, u"Rocket"_s}}));
}

void TestRequestBodies::taskBodies()
{
    NewTask task;
    task.projectId = 13;
    task.name = u"Design"_s;
    task.status = TaskStatus::Completed;
    task.deadline = QDate(2024, 12, 31);
    task.estimatedMinutes = 600;
    QCOMPARE(taskCreateBody(task),
             (QJsonObject{{u"projectId"_s, 13},
                          {u"name"_s, u"Design"_s},
                          {u"status"_s, u"completed"_s},
                          {u"deadline"_s, u"2024-12-31"_s},
                          {u"estimatedTime"_s, 600}}));
    task.workflowStatusId = 4; // a workflow status replaces the status
    task.typeOfWorkId = 2;
    const QJsonObject withWorkflow = taskCreateBody(task);
    QVERIFY(!withWorkflow.contains(u"status"_s));
    QCOMPARE(withWorkflow.value(u"workflowStatusId"_s).toInt(), 4);
    QCOMPARE(withWorkflow.value(u"typeOfWorkId"_s).toInt(), 2);

    TaskChanges changes;
    QCOMPARE(taskUpdateBody(changes), QJsonObject());
    changes.deadline = QDate();
    changes.estimatedMinutes = std::optional<int>();
    changes.description = QString();
    QCOMPARE(taskUpdateBody(changes),
             (QJsonObject{{u"deadline"_s, QJsonValue::Null},
                          {u"estimatedTime"_s, QJsonValue::Null},
                          {u"description"_s, QJsonValue::Null}}));
    changes = {};
    changes.deadline = QDate(2025, 1, 2);
    changes.estimatedMinutes = 90;
    changes.status = TaskStatus::Open;
    changes.projectId = 14;
    QCOMPARE(taskUpdateBody(changes),
             (QJsonObject{{u"deadline"_s, u"2025-01-02"_s},
                          {u"estimatedTime"_s, 90},
                          {u"status"_s, u"open"_s},
                          {u"projectId"_s, 14}}));
}

void TestRequestBodies::timeBodies()
{
    QCOMPARE(timetrackSetBody(90, u"Review"_s),
             (QJsonObject{{u"time"_s, 90}, {u"comment"_s, u"Review"_s}}));
    // The comment is sent even when empty, so the server never keeps or drops it by accident.
    const QJsonObject noComment = timetrackSetBody(0, QString());
    QVERIFY(noComment.contains(u"comment"_s));
    QCOMPARE(noComment.value(u"comment"_s), QJsonValue(QString()));
    QCOMPARE(leaveSetBody(480), (QJsonObject{{u"leaveTime"_s, 480}}));
    QCOMPARE(timeDeltaBody(-15), (QJsonObject{{u"delta"_s, -15}}));
}

void TestRequestBodies::workflowStatusBodies()
{
    QCOMPARE(workflowStatusCreateBody(u"Done"_s, WorkflowStatusType::Completed),
             (QJsonObject{{u"name"_s, u"Done"_s}, {u"type"_s, u"completed"_s}}));
    WorkflowStatusChanges changes;
    changes.type = WorkflowStatusType::Open;
    QCOMPARE(workflowStatusUpdateBody(changes), (QJsonObject{{u"type"_s, u"open"_s}}));
}

void TestRequestBodies::userRatesBodyRoundTrip()
{
    const QList<RatePeriod> periods{
        {QDate(), 20.0, std::nullopt, {}},
        {QDate(2024, 1, 1), 25.5, 30.0, {LeaveRate{2, 25.5}}},
    };
    QJsonObject body = userRatesBody(periods);
    QCOMPARE(body.value(u"rates"_s).toArray().at(0).toObject().value(u"dateFrom"_s),
             QJsonValue(QJsonValue::Null));
    QCOMPARE(body.value(u"rates"_s).toArray().at(1).toObject().value(u"dateFrom"_s).toString(),
             u"2024-01-01"_s);
    body.insert(u"userId"_s, 3); // the GET answer carries the user as well
    ParseError error;
    const auto parsed = parseUserRates(body, &error);
    QVERIFY2(parsed, qPrintable(error.toString()));
    QCOMPARE(*parsed, (UserRates{3, periods}));
}

QTEST_GUILESS_MAIN(TestRequestBodies)
#include "tst_requestbodies.moc"
