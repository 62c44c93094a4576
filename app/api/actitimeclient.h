#pragma once

#include "apicall.h"
#include "domainjson.h"
#include "requestqueue.h"

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace actidesk {

// Filters of the catalogue lists (see shared/actitime-api.md). Unset members are not sent.
struct ListFilter
{
    QList<int> ids;
    QString name; // exact name, case-insensitive
    QString words; // every word contained
    std::optional<bool> archived;
    QStringList sort; // "+name", "-created", … ('+' is encoded on the wire)
    int pageSize = 1000;
};

struct UserFilter
{
    QList<int> ids;
    QList<int> departmentIds;
    QList<int> timeZoneGroupIds;
    QString name;
    std::optional<bool> active;
    QStringList sort;
    int pageSize = 1000;
};

struct TaskFilter
{
    ListFilter list; // ids, name, words, sort, pageSize (archived does not apply to tasks)
    QList<int> customerIds;
    QList<int> projectIds;
    QList<int> typeOfWorkIds;
    QList<int> workflowStatusIds;
    std::optional<TaskStatus> status;
};

struct TimetrackFilter
{
    QDate from;
    QDate to;
    QList<int> userIds;
    QList<int> taskIds;
    QList<int> projectIds;
    QList<int> customerIds;
    std::optional<bool> approved;
    // includeReferenced: what arrives with the records in the same request.
    bool withComments = true;
    bool withApprovalStatus = true;
    bool withTasks = true; // tasks, projects, customers
    bool withUsers = false;
    int stopAfter = 0; // 0 = let the server decide; otherwise resumed via nextDateFrom
};

struct LeaveFilter
{
    QDate from;
    QDate to;
    QList<int> userIds;
    QList<int> leaveTypeIds;
    bool withLeaveTypes = true;
    int stopAfter = 0; // 0 = let the server decide; otherwise resumed via nextDateFrom
};

enum class ScopeKind { Customer, Project, Task }; // for comments and assigned users

// What one user's timesheet week needs, fetched in one batch request.
struct WeekBundle
{
    json::TimetrackPage timetrack;
    json::LeavePage leave;
    Schedule schedule;
};

// The typed actiTIME API: one call per endpoint. Every request goes through the account's
// RequestQueue; lists are paged for the caller (offset += limit until a short page) and
// date-range reads are resumed from nextDateFrom, with progress() and cancel().
// Each call returns a new ApiCall the caller owns (or sets to auto-delete). A call that fails
// or is cancelled has a default value(): never part of a list or range.
class ActiTimeClient : public QObject
{
    Q_OBJECT
public:
    explicit ActiTimeClient(RequestQueue &queue, QObject *parent = nullptr);
    RequestQueue &queue() { return m_queue; }
    void setDefaultPriority(Priority priority) { m_priority = priority; }

    // Where paging a list gives up: a server that keeps answering full pages would otherwise be
    // asked forever. Far above any real account (a list of a million tasks is not one).
    struct PagingLimits
    {
        int maxPages = 2000;
        qsizetype maxItems = 1'000'000;
    };
    void setPagingLimits(const PagingLimits &limits) { m_paging = limits; }
    const PagingLimits &pagingLimits() const { return m_paging; }

    // Settings and users
    ValueCall<ServerInfo> *info();
    ValueCall<User> *me();
    ValueCall<User> *user(const QString &idOrUsername);
    ValueCall<QList<User>> *users(const UserFilter &filter = {});
    ValueCall<Schedule> *schedule(const QString &idOrUsername, const QDate &from, const QDate &to);
    ValueCall<WorkAssignments> *workAssignments(const QString &idOrUsername);

    // Time-track and leave
    ValueCall<json::TimetrackPage> *timetrack(const TimetrackFilter &filter);
    ValueCall<TimetrackRecord> *timetrackRecord(int userId, const QDate &date, int taskId);
    ValueCall<TimetrackRecord> *setTime(int userId, const QDate &date, int taskId, int minutes,
                                        const QString &comment);
    ValueCall<TimetrackRecord> *addTime(int userId, const QDate &date, int taskId,
                                        int deltaMinutes);
    // An empty userIds locks (unlocks) every user.
    ValueCall<bool> *lockTimetrack(const QList<int> &userIds, const QDate &from, const QDate &to,
                                   bool lock);
    ValueCall<json::LeavePage> *leave(const LeaveFilter &filter);
    ValueCall<LeaveRecord> *setLeave(int userId, const QDate &date, int leaveTypeId, int minutes);
    ValueCall<LeaveRecord> *addLeave(int userId, const QDate &date, int leaveTypeId,
                                     int deltaMinutes);
    // The timesheet's week of one user in one request (POST /batch): time-track with tasks,
    // projects, customers, comments and approval; leave; schedule.
    ValueCall<WeekBundle> *week(int userId, const QDate &from, const QDate &to);

    // Scope of work
    ValueCall<QList<Customer>> *customers(const ListFilter &filter = {});
    ValueCall<Customer> *customer(int id);
    ValueCall<Customer> *createCustomer(const QString &name, const QString &description = {});
    ValueCall<Customer> *updateCustomer(int id, const json::CustomerChanges &changes);
    ValueCall<bool> *deleteCustomer(int id);
    ValueCall<QList<Project>> *projects(const ListFilter &filter = {},
                                        const QList<int> &customerIds = {});
    ValueCall<Project> *project(int id);
    ValueCall<Project> *createProject(int customerId, const QString &name,
                                      const QString &description = {});
    ValueCall<Project> *updateProject(int id, const json::ProjectChanges &changes);
    ValueCall<bool> *deleteProject(int id);
    ValueCall<QList<Task>> *tasks(const TaskFilter &filter = {});
    ValueCall<Task> *task(int id);
    ValueCall<Task> *createTask(const json::NewTask &task);
    ValueCall<Task> *updateTask(int id, const json::TaskChanges &changes);
    ValueCall<bool> *deleteTask(int id);
    ValueCall<QList<Comment>> *comments(ScopeKind kind, int id);
    ValueCall<QList<int>> *assignedUsers(ScopeKind kind, int id);

    // Reference lists
    ValueCall<QList<Department>> *departments(const ListFilter &filter = {});
    ValueCall<Department> *department(int id);
    ValueCall<QList<TimeZoneGroup>> *timeZoneGroups(const ListFilter &filter = {});
    ValueCall<TimeZoneGroup> *timeZoneGroup(int id); // -1 or any id
    ValueCall<TimeZoneGroup> *defaultTimeZoneGroup();
    ValueCall<QList<TypeOfWork>> *typesOfWork(const ListFilter &filter = {});
    ValueCall<TypeOfWork> *typeOfWork(int id);
    ValueCall<TypeOfWork> *defaultTypeOfWork();
    ValueCall<QList<LeaveType>> *leaveTypes(const ListFilter &filter = {});
    ValueCall<LeaveType> *leaveType(int id);
    ValueCall<QList<WorkflowStatus>> *workflowStatuses(const ListFilter &filter = {});
    ValueCall<WorkflowStatus> *workflowStatus(int id);
    ValueCall<WorkflowStatus> *createWorkflowStatus(const QString &name, WorkflowStatusType type);
    ValueCall<WorkflowStatus> *updateWorkflowStatus(int id, const std::optional<QString> &name,
                                                    const std::optional<WorkflowStatusType> &type);
    ValueCall<bool> *deleteWorkflowStatus(int id);

    // Cost-of-work rates
    ValueCall<QList<UserRates>> *userRates(const QList<int> &userIds = {});
    ValueCall<UserRates> *userRatesOf(const QString &idOrUsername);
    ValueCall<UserRates> *setUserRates(const QString &idOrUsername,
                                       const QList<RatePeriod> &periods);

    // POST /batch: several operations in one request (at most ServerInfo::maxBatchSize).
    struct BatchOperation
    {
        QByteArray method; // GET, POST, PATCH, PUT, DELETE
        QString relativeUrl; // "/customers?limit=10"
        QJsonValue body; // for POST/PATCH/PUT
        QString id;
    };
    ValueCall<QList<json::BatchItemResult>> *batch(const QList<BatchOperation> &operations);

private:
    // Paging, resumption and parsing shared by the actitimeclient*.cpp files
    // (actitimeclient_p.h). A nested class, so it shares the client's access to ValueCall.
    struct Impl;

    RequestQueue &m_queue;
    Priority m_priority = Priority::Normal;
    PagingLimits m_paging;
};

} // namespace actidesk
