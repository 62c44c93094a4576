#include "entityreplay.h"

#include "actitimeclient.h"
#include "scopefields.h"
#include "store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
enum class Entity { Customer, Project, Task, WorkflowStatus };

Entity entityOf(OutboxKind kind)
{
    switch (kind) {
    case OutboxKind::CreateCustomer:
    case OutboxKind::UpdateCustomer:
    case OutboxKind::DeleteCustomer:
        return Entity::Customer;
    case OutboxKind::CreateProject:
    case OutboxKind::UpdateProject:
    case OutboxKind::DeleteProject:
        return Entity::Project;
    case OutboxKind::CreateWorkflowStatus:
    case OutboxKind::UpdateWorkflowStatus:
    case OutboxKind::DeleteWorkflowStatus:
        return Entity::WorkflowStatus;
    default:
        return Entity::Task;
    }
}

QString metaKey(Entity entity, int temporaryId)
{
    static const char *names[] = {"customer", "project", "task", "workflowStatus"};
    return metakeys::TemporaryIdPrefix
        + u"%1/%2"_s.arg(QLatin1StringView(names[int(entity)])).arg(temporaryId);
}

// "" and null both mean "no text" on the wire.
QJsonValue normalised(const QJsonValue &v)
{
    return v.isString() && v.toString().isEmpty() ? QJsonValue(QJsonValue::Null) : v;
}

std::optional<QString> optText(const QJsonObject &o, const QString &key)
{
    if (!o.contains(key))
        return std::nullopt;
    return o.value(key).toString(); // null -> "" -> the body builders send null (clears)
}

std::optional<int> optInt(const QJsonObject &o, const QString &key)
{
    if (!o.contains(key) || o.value(key).isNull())
        return std::nullopt;
    return o.value(key).toInt();
}

std::optional<TaskStatus> optStatus(const QJsonObject &o)
{
    if (!o.contains(u"status"_s) || o.value(u"status"_s).isNull())
        return std::nullopt;
    return o.value(u"status"_s).toString() == u"completed"_s ? TaskStatus::Completed
                                                             : TaskStatus::Open;
}

json::TaskChanges taskChanges(const QJsonObject &p)
{
    json::TaskChanges c;
    c.projectId = optInt(p, u"projectId"_s);
    c.name = optText(p, u"name"_s);
    c.description = optText(p, u"description"_s);
    c.workflowStatusId = optInt(p, u"workflowStatusId"_s);
    c.status = optStatus(p);
    c.typeOfWorkId = optInt(p, u"typeOfWorkId"_s);
    if (p.contains(u"deadline"_s))
        c.deadline = QDate::fromString(p.value(u"deadline"_s).toString(), Qt::ISODate);
    if (p.contains(u"estimatedTime"_s))
        c.estimatedMinutes = optInt(p, u"estimatedTime"_s);
    return c;
}

json::NewTask newTask(const QJsonObject &p)
{
    json::NewTask t;
    t.projectId = p.value(u"projectId"_s).toInt();
    t.name = p.value(u"name"_s).toString();
    t.description = p.value(u"description"_s).toString();
    t.workflowStatusId = optInt(p, u"workflowStatusId"_s);
    t.status = optStatus(p);
    t.typeOfWorkId = optInt(p, u"typeOfWorkId"_s);
    t.deadline = QDate::fromString(p.value(u"deadline"_s).toString(), Qt::ISODate);
    t.estimatedMinutes = optInt(p, u"estimatedTime"_s);
    return t;
}

// The fields of a workflow status as the outbox holds them: {"name", "type"}.
QJsonObject statusFieldsOf(const WorkflowStatus &status)
{
    return {{u"name"_s, status.name}, {u"type"_s, json::workflowStatusTypeToWire(status.type)}};
}

WorkflowStatusType statusType(const QJsonValue &type)
{
    return type.toString() == u"completed"_s ? WorkflowStatusType::Completed
                                             : WorkflowStatusType::Open;
}

bool isDuplicateName(const ApiError &e)
{
    return e.kind == ApiError::Kind::Rejected && e.key.endsWith(u"_exists"_s);
}

bool isTransient(const ApiError &e)
{
    using K = ApiError::Kind;
    return e.kind != K::Rejected && e.kind != K::NotFound && e.kind != K::Forbidden;
}
} // namespace

EntityReplay::EntityReplay(Store &store, ActiTimeClient &client, QObject *parent)
    : QObject(parent), m_store(store), m_client(client)
{
}

bool EntityReplay::stored(const StoreResult &result, const Done &done)
{
    if (result)
        return true;
    m_storeError = result;
    done(Outcome::StoreFailed, nullptr);
    return false;
}

void EntityReplay::track(ApiCall *call)
{
    call->setAutoDelete(true);
    call->setParent(this);
}

int EntityReplay::realId(OutboxKind kind, int id)
{
    if (id >= 0)
        return id;
    return m_store.meta(metaKey(entityOf(kind), id)).value_or(u"0"_s).toInt();
}

// Parent ids in a payload may be temporary too (a task in a project created offline).
QJsonObject EntityReplay::mapIds(const QJsonObject &payload)
{
    QJsonObject mapped = payload;
    if (payload.contains(u"customerId"_s))
        mapped[u"customerId"_s] =
            realId(OutboxKind::CreateCustomer, payload.value(u"customerId"_s).toInt());
    if (payload.contains(u"projectId"_s))
        mapped[u"projectId"_s] =
            realId(OutboxKind::CreateProject, payload.value(u"projectId"_s).toInt());
    return mapped;
}

void EntityReplay::replay(const OutboxEntry &entry, Done finish)
{
    m_storeError = {};
    // The user may drop the entry while its requests run (an object created and deleted before
    // it reached the server): a failure of what is no longer wanted is nothing to record.
    Done done = [this, entry, finish](Outcome outcome, const ApiError *error) {
        if ((outcome == Outcome::Failed || outcome == Outcome::Rejected)
            && !m_store.outboxEntry(entry.id) && m_store.lastError().ok()) {
            finish(Outcome::Confirmed, nullptr);
            return;
        }
        finish(outcome, error);
    };
    const QJsonObject payload = mapIds(entry.payload);
    if (payload.value(u"customerId"_s).toInt(1) == 0
        || payload.value(u"projectId"_s).toInt(1) == 0) {
        const ApiError e = ApiError::make(
            ApiError::Kind::Rejected,
            QCoreApplication::translate("EntityReplay", "its parent could not be created"));
        done(Outcome::Rejected, &e);
        return;
    }
    switch (entry.kind) {
    case OutboxKind::CreateCustomer:
    case OutboxKind::CreateProject:
    case OutboxKind::CreateTask:
    case OutboxKind::CreateWorkflowStatus:
        create(entry, payload, std::move(done));
        return;
    case OutboxKind::DeleteCustomer:
    case OutboxKind::DeleteProject:
    case OutboxKind::DeleteTask:
    case OutboxKind::DeleteWorkflowStatus:
        remove(entry, std::move(done));
        return;
    default:
        update(entry, payload, std::move(done));
        return;
    }
}

void EntityReplay::lookUpByName(const OutboxEntry &entry, const QJsonObject &payload,
                                std::function<void(int, const ApiError *)> found)
{
    const QString name = payload.value(u"name"_s).toString();
    auto finish = [this, found](ApiCall *call, auto idOf) {
        track(call);
        connect(call, &ApiCall::finished, this, [call, found, idOf]() {
            if (!call->isOk())
                found(0, &call->error());
            else
                found(idOf(), nullptr);
        });
    };
    ListFilter filter;
    filter.name = name;
    // The object found is cached at once, so it shows in place of the one created offline.
    switch (entityOf(entry.kind)) {
    case Entity::Customer: {
        auto *call = m_client.customers(filter);
        finish(call, [this, call]() {
            if (call->value().isEmpty())
                return 0;
            m_storeError = m_store.putCustomers({call->value().first()});
            return call->value().first().id;
        });
        return;
    }
    case Entity::Project: {
        auto *call = m_client.projects(filter, {payload.value(u"customerId"_s).toInt()});
        finish(call, [this, call]() {
            if (call->value().isEmpty())
                return 0;
            m_storeError = m_store.putProjects({call->value().first()});
            return call->value().first().id;
        });
        return;
    }
    case Entity::Task: {
        TaskFilter taskFilter;
        taskFilter.list = filter;
        taskFilter.projectIds = {payload.value(u"projectId"_s).toInt()};
        auto *call = m_client.tasks(taskFilter);
        finish(call, [this, call]() {
            if (call->value().isEmpty())
                return 0;
            m_storeError = m_store.putTasks({call->value().first()});
            return call->value().first().id;
        });
        return;
    }
    case Entity::WorkflowStatus: {
        auto *call = m_client.workflowStatuses(filter);
        finish(call, [this, call, name]() {
            // `name` matches case-insensitively: take the one spelt as ours if there is one.
            const QList<WorkflowStatus> &found = call->value();
            if (found.isEmpty())
                return 0;
            const WorkflowStatus *match = &found.first();
            for (const WorkflowStatus &status : found) {
                if (status.name == name)
                    match = &status;
            }
            m_storeError = m_store.putWorkflowStatuses({*match});
            return match->id;
        });
        return;
    }
    }
}

void EntityReplay::adopt(const OutboxEntry &entry, int id, Done done)
{
    if (!stored(m_storeError, done))
        return;
    // The user deleted the object while its create was on the way: it exists on the server
    // now, so the delete is sent after all.
    if (!m_store.outboxEntry(entry.id)) {
        static const OutboxKind deletes[] = {OutboxKind::DeleteCustomer, OutboxKind::DeleteProject,
                                             OutboxKind::DeleteTask,
                                             OutboxKind::DeleteWorkflowStatus};
        if (stored(m_store.enqueueChange(deletes[int(entityOf(entry.kind))], id, {}), done))
            done(Outcome::Confirmed, nullptr);
        return;
    }
    if (entry.targetId < 0
        && !stored(
            m_store.setMeta(metaKey(entityOf(entry.kind), entry.targetId), QString::number(id)),
            done))
        return;
    if (stored(m_store.confirmEdit(entry), done))
        done(Outcome::Confirmed, nullptr);
}

void EntityReplay::create(const OutboxEntry &entry, const QJsonObject &payload, Done done)
{
    // Created already (before a crash, or the answer was lost)? Then adopt it.
    lookUpByName(entry, payload, [this, entry, payload, done](int existing, const ApiError *error) {
        if (error) {
            done(isTransient(*error) ? Outcome::Failed : Outcome::Rejected, error);
            return;
        }
        if (existing) {
            adopt(entry, existing, done);
            return;
        }
        // Dropped while the look-up ran (created and deleted before it reached the server):
        // nothing to create.
        if (!m_store.outboxEntry(entry.id)) {
            done(Outcome::Confirmed, nullptr);
            return;
        }
        ApiCall *call = nullptr;
        std::function<int()> createdId;
        const QString name = payload.value(u"name"_s).toString();
        const QString description = payload.value(u"description"_s).toString();
        switch (entityOf(entry.kind)) {
        // The created object is cached at once, so it shows in place of the one created offline.
        case Entity::Customer: {
            auto *c = m_client.createCustomer(name, description);
            createdId = [this, c]() {
                m_storeError = m_store.putCustomers({c->value()});
                return c->value().id;
            };
            call = c;
            break;
        }
        case Entity::Project: {
            auto *c =
                m_client.createProject(payload.value(u"customerId"_s).toInt(), name, description);
            createdId = [this, c]() {
                m_storeError = m_store.putProjects({c->value()});
                return c->value().id;
            };
            call = c;
            break;
        }
        case Entity::Task: {
            auto *c = m_client.createTask(newTask(payload));
            createdId = [this, c]() {
                m_storeError = m_store.putTasks({c->value()});
                return c->value().id;
            };
            call = c;
            break;
        }
        case Entity::WorkflowStatus: {
            auto *c = m_client.createWorkflowStatus(name, statusType(payload.value(u"type"_s)));
            createdId = [this, c]() {
                m_storeError = m_store.putWorkflowStatuses({c->value()});
                return c->value().id;
            };
            call = c;
            break;
        }
        }
        track(call);
        connect(call, &ApiCall::finished, this, [this, call, createdId, entry, payload, done]() {
            if (call->isOk()) {
                adopt(entry, createdId(), done);
            } else if (isDuplicateName(call->error())) {
                // A resend of our own create got there first: find it and adopt it.
                const ApiError first = call->error();
                lookUpByName(entry, payload, [this, entry, done, first](int id, const ApiError *e) {
                    if (id)
                        adopt(entry, id, done);
                    else
                        done(e && isTransient(*e) ? Outcome::Failed : Outcome::Rejected,
                             e ? e : &first);
                });
            } else {
                done(isTransient(call->error()) ? Outcome::Failed : Outcome::Rejected,
                     &call->error());
            }
        });
    });
}

void EntityReplay::update(const OutboxEntry &entry, const QJsonObject &payload, Done done)
{
    const int id = realId(entry.kind, entry.targetId);
    const Entity entity = entityOf(entry.kind);
    // Read the server's current values: a field changed by someone else since our base is a
    // conflict for the user to decide.
    auto compareThenPatch = [this, entry, payload, done, id, entity](const QJsonObject &current) {
        // Every field already as the user wants it (our own update arrived before a crash, or a
        // power loss rolled back its confirmation, or someone made the same change): confirmed
        // without sending it again.
        bool arrived = !payload.isEmpty();
        for (auto it = payload.begin(); arrived && it != payload.end(); ++it)
            arrived = current.contains(it.key())
                && normalised(current.value(it.key())) == normalised(it.value());
        if (arrived) {
            if (stored(m_store.confirmEdit(entry), done))
                done(Outcome::Confirmed, nullptr);
            return;
        }
        for (auto it = payload.begin(); it != payload.end(); ++it) {
            const QJsonValue now = normalised(current.value(it.key()));
            if (entry.base.contains(it.key()) && now != normalised(entry.base.value(it.key()))
                && now != normalised(it.value())) {
                if (stored(m_store.markConflict(entry, current), done))
                    done(Outcome::Conflict, nullptr);
                return;
            }
        }
        ApiCall *call = nullptr;
        switch (entity) {
        case Entity::Customer: {
            json::CustomerChanges c;
            c.name = optText(payload, u"name"_s);
            c.description = optText(payload, u"description"_s);
            if (payload.contains(u"archived"_s))
                c.archived = payload.value(u"archived"_s).toBool();
            auto *u = m_client.updateCustomer(id, c);
            connect(u, &ApiCall::finished, this, [this, u]() {
                if (u->isOk())
                    m_storeError = m_store.putCustomers({u->value()});
            });
            call = u;
            break;
        }
        case Entity::Project: {
            json::ProjectChanges c;
            c.customerId = optInt(payload, u"customerId"_s);
            c.name = optText(payload, u"name"_s);
            c.description = optText(payload, u"description"_s);
            if (payload.contains(u"archived"_s))
                c.archived = payload.value(u"archived"_s).toBool();
            auto *u = m_client.updateProject(id, c);
            connect(u, &ApiCall::finished, this, [this, u]() {
                if (u->isOk())
                    m_storeError = m_store.putProjects({u->value()});
            });
            call = u;
            break;
        }
        case Entity::Task: {
            auto *u = m_client.updateTask(id, taskChanges(payload));
            connect(u, &ApiCall::finished, this, [this, u]() {
                if (u->isOk())
                    m_storeError = m_store.putTasks({u->value()});
            });
            call = u;
            break;
        }
        case Entity::WorkflowStatus: {
            std::optional<WorkflowStatusType> type;
            if (payload.contains(u"type"_s))
                type = statusType(payload.value(u"type"_s));
            auto *u = m_client.updateWorkflowStatus(id, optText(payload, u"name"_s), type);
            connect(u, &ApiCall::finished, this, [this, u]() {
                if (u->isOk())
                    m_storeError = m_store.putWorkflowStatuses({u->value()});
            });
            call = u;
            break;
        }
        }
        track(call);
        connect(call, &ApiCall::finished, this, [this, call, entry, done]() {
            if (call->isOk()) {
                // The updated object was written by the handler connected before this one.
                if (stored(m_storeError, done) && stored(m_store.confirmEdit(entry), done))
                    done(Outcome::Confirmed, nullptr);
            } else {
                done(isTransient(call->error()) ? Outcome::Failed : Outcome::Rejected,
                     &call->error());
            }
        });
    };
    auto read = [this, done, compareThenPatch](ApiCall *call, std::function<QJsonObject()> fields) {
        track(call);
        connect(call, &ApiCall::finished, this, [call, done, compareThenPatch, fields]() {
            if (call->isOk())
                compareThenPatch(fields());
            else
                done(isTransient(call->error()) ? Outcome::Failed : Outcome::Rejected,
                     &call->error());
        });
    };
    if (id == 0) {
        const ApiError e =
            ApiError::make(ApiError::Kind::Rejected,
                           QCoreApplication::translate("EntityReplay", "it was never created"));
        done(Outcome::Rejected, &e);
        return;
    }
    switch (entity) {
    case Entity::Customer: {
        auto *c = m_client.customer(id);
        read(c, [c]() { return scopeFieldsOf(c->value()); });
        return;
    }
    case Entity::Project: {
        auto *c = m_client.project(id);
        read(c, [c]() { return scopeFieldsOf(c->value()); });
        return;
    }
    case Entity::Task: {
        auto *c = m_client.task(id);
        read(c, [c]() { return scopeFieldsOf(c->value()); });
        return;
    }
    case Entity::WorkflowStatus: {
        auto *c = m_client.workflowStatus(id);
        read(c, [c]() { return statusFieldsOf(c->value()); });
        return;
    }
    }
}

void EntityReplay::remove(const OutboxEntry &entry, Done done)
{
    const int id = realId(entry.kind, entry.targetId);
    if (id == 0) { // created and deleted offline: nothing to tell the server
        if (stored(m_store.confirmEdit(entry), done))
            done(Outcome::Confirmed, nullptr);
        return;
    }
    ValueCall<bool> *call = nullptr;
    StoreEntity table = StoreEntity::Tasks;
    switch (entityOf(entry.kind)) {
    case Entity::Customer:
        call = m_client.deleteCustomer(id);
        table = StoreEntity::Customers;
        break;
    case Entity::Project:
        call = m_client.deleteProject(id);
        table = StoreEntity::Projects;
        break;
    case Entity::Task:
        call = m_client.deleteTask(id);
        break;
    case Entity::WorkflowStatus:
        call = m_client.deleteWorkflowStatus(id);
        table = StoreEntity::WorkflowStatuses;
        break;
    }
    track(call);
    connect(call, &ApiCall::finished, this, [this, call, entry, done, id, table]() {
        // Gone already (deleted before a crash, or by someone else) is as good as deleted.
        if (call->isOk() || call->error().kind == ApiError::Kind::NotFound) {
            // What the server deleted with it goes from the cache too, in the same transaction.
            const StoreResult removed = m_store.writeTogether([this, table, id]() -> StoreResult {
                if (table == StoreEntity::Customers) {
                    QList<int> projects;
                    for (const Project &project : m_store.projects({}, {id}))
                        projects.append(project.id);
                    TaskQuery query;
                    query.customerIds = {id};
                    QList<int> tasks;
                    for (const Task &task : m_store.tasks(query))
                        tasks.append(task.id);
                    if (const StoreResult r = m_store.removeEntities(StoreEntity::Tasks, tasks); !r)
                        return r;
                    if (const StoreResult r =
                            m_store.removeEntities(StoreEntity::Projects, projects);
                        !r)
                        return r;
                } else if (table == StoreEntity::Projects) {
                    TaskQuery query;
                    query.projectIds = {id};
                    QList<int> tasks;
                    for (const Task &task : m_store.tasks(query))
                        tasks.append(task.id);
                    if (const StoreResult r = m_store.removeEntities(StoreEntity::Tasks, tasks); !r)
                        return r;
                }
                return m_store.removeEntities(table, {id});
            });
            if (stored(removed, done) && stored(m_store.confirmEdit(entry), done))
                done(Outcome::Confirmed, nullptr);
        } else {
            done(isTransient(call->error()) ? Outcome::Failed : Outcome::Rejected, &call->error());
        }
    });
}

} // namespace actidesk
