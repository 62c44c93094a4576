#pragma once

#include "cellsyncstate.h"
#include "clock.h"
#include "scope.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace actidesk {

// The outcome of a Store call, as a value. `message` is a sentence for the user (translated);
// `detail` is the technical reason (the SQL error), for logs and bug reports.
// [[nodiscard]]: a write that failed unnoticed loses data or makes the sync layer loop, so the
// build refuses a call whose result is dropped.
struct [[nodiscard]] StoreResult
{
    enum class Code {
        Ok,
        Busy, // another process held the database longer than the busy timeout
        ReadOnly, // the file or its folder cannot be written
        DiskFull,
        Corrupt, // the file went bad while open: restart to rebuild it
        Invalid, // the call's arguments were refused (nothing was written)
        NotFound, // e.g. an outbox entry that no longer exists
        Failed, // any other SQL error
    };
    Code code = Code::Ok;
    QString message;
    QString detail;

    bool ok() const { return code == Code::Ok; }
    explicit operator bool() const { return ok(); }
};

// Store meta keys shared by more than one layer.
namespace metakeys {
// Comma-separated ids of the users whose time this account fetched for a review (TeamWeekRefresh
// writes it, ReviewModel reads it).
inline const QString TeamMembers = QStringLiteral("team.userIds");
// Prefix of the keys that map a temporary id (an entity created offline) to the server's id
// (the sync layer writes them). They belong with the outbox: a rescue of the outbox keeps them.
inline const QString TemporaryIdPrefix = QStringLiteral("id/");
} // namespace metakeys

// What Store::open() did with the file.
struct OpenReport
{
    enum class Outcome {
        Fresh, // a new, empty cache was created
        Existing, // the existing cache was opened (and migrated if it was older)
        Recovered, // the file was unusable: moved aside to movedTo, a new empty cache was created
        Failed, // nothing usable was opened; the file was left untouched (see message)
    };
    Outcome outcome = Outcome::Failed;
    QString movedTo; // Recovered: where the old file now is
    QString reason; // Recovered / Failed: technical reason (English)
    QString message; // Recovered / Failed: a sentence for the user (translated)
    int fromVersion = 0; // schema version found in the file (0 = none)
    int toVersion = 0; // schema version after opening
    // Recovered from a damaged file: how many unsent outbox entries were read from it and kept in
    // the new cache; rescueIncomplete when some of the outbox could not be read.
    int rescued = 0;
    bool rescueIncomplete = false;
};

struct StoreOptions
{
    // Fetched-at and created stamps, the age of moved-aside files; also the models' "today"
    // (Store::clock()). Null: Clock::system(). Must outlive the Store.
    const Clock *clock = nullptr;
    int busyTimeoutMs = 5000; // how long a call waits for a lock held by another connection
    // Test seam: called inside every write transaction with its PRAGMA synchronous (1 NORMAL,
    // 2 FULL), so a test can see which writes are made durable.
    std::function<void(int synchronous)> onWriteTransaction;
};

// The server's value of one cell, or an edit of it. Leave cells have no comment.
struct CellValue
{
    int minutes = 0;
    QString comment;
    friend bool operator==(const CellValue &, const CellValue &) = default;
};

// One time-track cell as cached: the shown value (the user's while an edit is unsent) and the
// last value seen on the server.
struct TimetrackCell
{
    int userId = 0;
    QDate date;
    int taskId = 0;
    int minutes = 0;
    QString comment;
    int serverMinutes = 0;
    QString serverComment;
    QDateTime fetchedAt; // invalid: never fetched (an offline edit of a cell not yet seen)
    CellState state = CellState::Synced;
    QString message; // why Rejected, or the last failed attempt while Pending
    qint64 outboxId = 0; // 0 when Synced
    friend bool operator==(const TimetrackCell &, const TimetrackCell &) = default;
};

struct LeaveCell
{
    int userId = 0;
    QDate date;
    int leaveTypeId = 0;
    int minutes = 0;
    int serverMinutes = 0;
    QDateTime fetchedAt;
    CellState state = CellState::Synced;
    QString message;
    qint64 outboxId = 0;
    friend bool operator==(const LeaveCell &, const LeaveCell &) = default;
};

// Per user and day: the approval flag and when the day's time-track / leave were last fetched
// (a day fetched with no records is known to be empty; a day never fetched is unknown), and
// whether the server refused a write on the day as locked (see Store::markDayLocked).
struct DayInfo
{
    int userId = 0;
    QDate date;
    std::optional<bool> approved;
    QDateTime timetrackFetchedAt;
    QDateTime leaveFetchedAt;
    QString lockedReason; // the server's refusal; empty unless the day is known locked
    friend bool operator==(const DayInfo &, const DayInfo &) = default;
};

// Filters of Store::tasks(). Unset members do not filter. Results are in id order.
struct TaskQuery
{
    QList<int> ids;
    QList<int> customerIds;
    QList<int> projectIds;
    std::optional<TaskStatus> status;
    QString words; // every word contained in the name, case-insensitive (Unicode-aware)
};

// The entity tables, e.g. for Store::lastReplaced().
enum class StoreEntity {
    Users,
    Customers,
    Projects,
    Tasks,
    Departments,
    TimeZoneGroups,
    TypesOfWork,
    WorkflowStatuses,
    LeaveTypes,
};

enum class OutboxKind {
    Timetrack, // target: (userId, date, taskId)
    Leave, // target: (userId, date, leaveTypeId)
    CreateCustomer, // target: entityId (a temporary id the sync layer maps)
    UpdateCustomer,
    DeleteCustomer,
    CreateProject,
    UpdateProject,
    DeleteProject,
    CreateTask,
    UpdateTask,
    DeleteTask,
    CreateWorkflowStatus, // payload {"name", "type": "open" | "completed"}
    UpdateWorkflowStatus,
    DeleteWorkflowStatus,
};

enum class OutboxState { Pending, Conflict, Rejected };

// One unsent edit. payload is what to send; base is the server value the edit was based on;
// server is the server value seen when a conflict was found. For cells all three are
// {"minutes": int, "comment": string} (leave without comment).
struct OutboxEntry
{
    qint64 id = 0;
    OutboxKind kind = OutboxKind::Timetrack;
    int userId = 0; // cells only
    QDate date; // cells only
    int targetId = 0; // task, leave type or entity id
    QJsonObject payload;
    QJsonObject base;
    QJsonObject server;
    OutboxState state = OutboxState::Pending;
    QString message;
    QDateTime created;
    int attempts = 0;
    // Bumped whenever the payload changes (edits of the same cell merge into one entry), so a
    // confirmation of an older payload does not discard a newer one.
    int revision = 1;

    bool isCell() const { return kind == OutboxKind::Timetrack || kind == OutboxKind::Leave; }
    CellValue payloadCell() const;
    CellValue baseCell() const;
    CellValue serverCell() const;
    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

QJsonObject cellJson(const CellValue &value, bool withComment = true);
CellValue cellFromJson(const QJsonObject &object);

} // namespace actidesk
