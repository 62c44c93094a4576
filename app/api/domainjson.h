#pragma once

// JSON -> domain values for the actiTIME REST API v1 (shared/actitime-api.md), and the request
// bodies of the writes (domainjson_write.h). The tolerance rules are those of jsonreader.h: unknown
// fields are ignored, optional fields default, required ones (ids, items, data, days' dates and
// users, record times ...) fail with a ParseError whose path is relative to the value passed in.
// Every parser returns std::nullopt exactly when it has filled the error.

#include "domainjson_write.h"
#include "jsonreader.h"
#include "reference.h"
#include "scope.h"
#include "timetrack.h"
#include "user.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>
#include <utility>

namespace actidesk::json {

// --- single entities (the object of a GET /x/{id}, a list item, a referenced-map value) -------

std::optional<User> parseUser(const QJsonValue &value, ParseError *error);
std::optional<Department> parseDepartment(const QJsonValue &value, ParseError *error);
std::optional<TimeZoneGroup> parseTimeZoneGroup(const QJsonValue &value, ParseError *error);
std::optional<Customer> parseCustomer(const QJsonValue &value, ParseError *error);
std::optional<Project> parseProject(const QJsonValue &value, ParseError *error);
std::optional<Task> parseTask(const QJsonValue &value, ParseError *error);
std::optional<Comment> parseComment(const QJsonValue &value, ParseError *error);
std::optional<TypeOfWork> parseTypeOfWork(const QJsonValue &value, ParseError *error);
std::optional<WorkflowStatus> parseWorkflowStatus(const QJsonValue &value, ParseError *error);
std::optional<LeaveType> parseLeaveType(const QJsonValue &value, ParseError *error);
// One user's rates, {"userId", "rates": [{dateFrom, regularRate, overtimeRate, leaveRates}]}.
std::optional<UserRates> parseUserRates(const QJsonValue &value, ParseError *error);
// GET /users/{uid}/schedule: {"dateFrom", "dateTo", "schedule": [minutes per day]}.
std::optional<Schedule> parseSchedule(const QJsonValue &value, ParseError *error);
// GET /users/{uid}/workAssignments: {"allScope", "customerIds", "projectIds", "taskIds"}.
std::optional<WorkAssignments> parseWorkAssignments(const QJsonValue &value, ParseError *error);
// GET /info. Nothing in it is required; absent settings keep ServerInfo's defaults.
std::optional<ServerInfo> parseServerInfo(const QJsonValue &value, ParseError *error);
// The answer of GET/PATCH /timetrack/{userId}/{date}/{taskId}: {taskId, time, comment}; the
// record's user and date are the ones of the request.
std::optional<TimetrackRecord> parseTimetrackRecord(const QJsonValue &value, int userId,
                                                    const QDate &date, ParseError *error);
// One element of a /timetrack page's `data`: {userId, date, approved?, records: [...]}.
std::optional<TimetrackDay> parseTimetrackDay(const QJsonValue &value, ParseError *error);
// One element of a /leavetime page's `data`: {userId, date, leaveTypeId, leaveTime}.
std::optional<LeaveRecord> parseLeaveRecord(const QJsonValue &value, ParseError *error);

// allowedActions {canModify, canDelete} of customers, projects, tasks and workflow statuses;
// missing means "not allowed".
AllowedActions parseAllowedActions(const QJsonValue &value);

// Task deadline: "YYYY-MM-DD" or epoch milliseconds (the reference is unsure which the server
// sends). nullopt when absent or unreadable.
std::optional<QDate> parseDeadline(const QJsonValue &value);

// Wire spellings of the enums, case-insensitive; unknown values fall back to the first
// enumerator (Open, Open, None) because a new server-side state must not hide the object.
TaskStatus taskStatusFromWire(const QString &text);
WorkflowStatusType workflowStatusTypeFromWire(const QString &text);
LeaveBalance leaveBalanceFromWire(const QString &text);

// --- catalogue lists: {"offset", "limit", "items": [...], <referenced maps>} -----------------

struct ListEnvelope
{
    int offset = 0;
    int limit = 0; // as echoed by the server; 0 when absent (rely on the limit you asked for)
    QJsonArray items;
    QJsonObject whole; // the body, for includeReferenced maps
};

// Fails for a body that is not a JSON object or has no `items` array.
std::optional<ListEnvelope> parseListEnvelope(const QByteArray &body, ParseError *error);

// Parses every element with parseOne (std::optional<T>(const QJsonValue &, ParseError *)); the
// first failure is reported with its index, e.g. "items[3].time".
template<class T, class F>
std::optional<QList<T>> parseItems(const QJsonArray &items, F parseOne, ParseError *error,
                                   const QString &arrayPath = QStringLiteral("items"))
{
    QList<T> result;
    result.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        std::optional<T> item = parseOne(items.at(i), error);
        if (!item) {
            prefixPath(error, indexPath(arrayPath, i));
            return std::nullopt;
        }
        result.append(std::move(*item));
    }
    return result;
}

// Body -> envelope -> items in one call, for list answers without referenced maps.
template<class T, class F>
std::optional<QList<T>> parseListBody(const QByteArray &body, F parseOne, ParseError *error)
{
    const auto envelope = parseListEnvelope(body, error);
    if (!envelope)
        return std::nullopt;
    return parseItems<T>(envelope->items, parseOne, error);
}

// --- includeReferenced maps: {"28": {...}, "-1": {...}} ---------------------------------------

namespace detail {
// The map's JSON object: absent/null -> empty, other non-objects -> error at `path`.
std::optional<QJsonObject> referencedMapObject(const QJsonValue &map, const QString &path,
                                               ParseError *error);
// A key must be a string of an integer ("28", "-1"); otherwise an error at `path`.
std::optional<int> referencedKey(const QString &key, const QString &path, ParseError *error);
// Map values may leave out their id (the key carries it); put it back so parseOne sees it.
QJsonValue withId(const QJsonValue &value, int id);
bool idMatchesKey(int id, int key, const QString &path, ParseError *error);
} // namespace detail

// Parses a referenced map given as a JSON value (absent/null -> empty). Errors: a value that is not
// an object, a non-integer key, an entity that fails parseOne, an entity id differing from its key.
template<class T, class F>
std::optional<QHash<int, T>> parseIdMap(const QJsonValue &map, F parseOne, ParseError *error,
                                        const QString &path = {})
{
    const auto object = detail::referencedMapObject(map, path, error);
    if (!object)
        return std::nullopt;
    QHash<int, T> result;
    result.reserve(object->size());
    for (auto it = object->begin(); it != object->end(); ++it) {
        const QString entryPath = joinPath(path, it.key());
        const auto key = detail::referencedKey(it.key(), entryPath, error);
        if (!key)
            return std::nullopt;
        std::optional<T> entity = parseOne(detail::withId(it.value(), *key), error);
        if (!entity) {
            prefixPath(error, entryPath);
            return std::nullopt;
        }
        if (!detail::idMatchesKey(entity->id, *key, entryPath, error))
            return std::nullopt;
        result.insert(*key, std::move(*entity));
    }
    return result;
}

// The map under `key` of a whole answer, e.g. parseReferencedMap<User>(page, u"users"_s, ...).
template<class T, class F>
std::optional<QHash<int, T>> parseReferencedMap(const QJsonObject &whole, const QString &key,
                                                F parseOne, ParseError *error)
{
    return parseIdMap<T>(whole.value(key), parseOne, error, key);
}

// --- date-range pages: GET /timetrack and GET /leavetime --------------------------------------

struct TimetrackPage
{
    QDate dateFrom;
    QDate dateTo; // invalid when the server did not say
    QDate nextDateFrom; // valid only when the page was cut by stopAfter: resume from here
    QList<TimetrackDay> days;
    QHash<int, User> users;
    QHash<int, Task> tasks;
    QHash<int, Project> projects;
    QHash<int, Customer> customers;
    QHash<int, Department> departments;
    QHash<int, TimeZoneGroup> timeZoneGroups;
    QHash<int, TypeOfWork> typesOfWork;
    QHash<int, WorkflowStatus> workflowStatuses;
};

// Requires `dateFrom` and a `data` array; the time-zone groups may come under "timeZoneGroup"
// (as in the swagger-derived clients) or "timeZoneGroups" — both are read and merged.
std::optional<TimetrackPage> parseTimetrackPage(const QByteArray &body, ParseError *error);
std::optional<TimetrackPage> parseTimetrackPage(const QJsonValue &value, ParseError *error);

struct LeavePage
{
    QDate dateFrom;
    QDate dateTo;
    QDate nextDateFrom;
    QList<LeaveRecord> records;
    QHash<int, User> users;
    QHash<int, Department> departments;
    QHash<int, TimeZoneGroup> timeZoneGroups;
    QHash<int, LeaveType> leaveTypes;
};

std::optional<LeavePage> parseLeavePage(const QByteArray &body, ParseError *error);
std::optional<LeavePage> parseLeavePage(const QJsonValue &value, ParseError *error);

// --- errors and batch ---------------------------------------------------------------------------

// The ApiError body {"key", "message", "fields"?, "stackTrace"?}.
struct ServerErrorBody
{
    QString key;
    QString message;
    QString fields; // the offending field(s), when the server names them
};

// nullopt unless the body is an object with string `key` and `message` (as real clients do: any
// other body of an error answer is not an ApiError, e.g. a proxy's HTML page).
std::optional<ServerErrorBody> parseErrorBody(const QByteArray &body);

// One element of the POST /batch answer, aligned with the request's operations.
struct BatchItemResult
{
    int status = 0;
    QJsonValue body; // null when the server left it out (includeResponseBody)
    QString id; // echo of the operation's "id", if any
};

// The answer must be a JSON array of objects, each with an HTTP `status` (100..599).
std::optional<QList<BatchItemResult>> parseBatchResults(const QByteArray &body, ParseError *error);

} // namespace actidesk::json
