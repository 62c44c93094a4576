#include "scopeeditor.h"

#include "scopefields.h"
#include "store.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
const auto kLastTemporaryId = u"scope.lastTemporaryId"_s;

OutboxKind outboxKind(ScopeTreeModel::Kind kind, int step) // 0 create, 1 update, 2 delete
{
    static const OutboxKind kinds[3][3] = {
        {OutboxKind::CreateCustomer, OutboxKind::UpdateCustomer, OutboxKind::DeleteCustomer},
        {OutboxKind::CreateProject, OutboxKind::UpdateProject, OutboxKind::DeleteProject},
        {OutboxKind::CreateTask, OutboxKind::UpdateTask, OutboxKind::DeleteTask},
    };
    return kinds[kind][step];
}

// One whole sentence per kind: German and Russian inflect the noun (and what goes with it), so
// a kind word is never put into a sentence.
QString perKind(ScopeTreeModel::Kind kind, const QString &customer, const QString &project,
                const QString &task)
{
    switch (kind) {
    case ScopeTreeModel::CustomerItem:
        return customer;
    case ScopeTreeModel::ProjectItem:
        return project;
    case ScopeTreeModel::TaskItem:
        break;
    }
    return task;
}
} // namespace

ScopeEditor::ScopeEditor(Store &store, ScopeTreeModel &model, QObject *parent)
    : QObject(parent), m_store(store), m_model(model)
{
}

QString ScopeEditor::whyNot(Action action, Kind kind, int id) const
{
    const AllowedActions *allowed = nullptr;
    bool archived = false;
    QString name;
    if (kind == ScopeTreeModel::CustomerItem) {
        if (action == Action::Create && id == 0) {
            // The API has no permission flag for creating customers: an account that may change
            // the customers it sees may add some (none cached: the server decides).
            bool any = false, mayModify = false;
            for (const int customerId : m_model.customerIds()) {
                const Customer *c = m_model.customer(customerId);
                // A customer only named by a task (not fetched itself) says nothing.
                if (c && c->id > 0 && c->created.isValid()) {
                    any = true;
                    mayModify = mayModify || c->allowed.canModify;
                }
            }
            return !any || mayModify ? QString() : tr("Your account may not create customers.");
        }
        const Customer *c = m_model.customer(id);
        if (!c)
            return tr("This customer is not in the cache.");
        allowed = &c->allowed;
        archived = c->archived;
        name = c->name;
    } else if (kind == ScopeTreeModel::ProjectItem) {
        const Project *p = m_model.project(id);
        if (!p)
            return tr("This project is not in the cache.");
        allowed = &p->allowed;
        archived = p->archived;
        name = p->name;
        if (const Customer *c = m_model.customer(p->customerId))
            archived = archived || c->archived;
    } else {
        const Task *t = m_model.task(id);
        if (!t)
            return tr("This task is not in the cache.");
        allowed = &t->allowed;
        name = t->name;
        if (action == Action::Create)
            return tr("Tasks have no children: select a project to add a task.");
    }
    switch (action) {
    case Action::Create:
        if (!allowed->canModify)
            return tr("Your account may not add to \u201c%1\u201d.").arg(name);
        if (archived)
            return tr("\u201c%1\u201d is archived: restore it first.").arg(name);
        return {};
    case Action::Complete:
        if (kind != ScopeTreeModel::TaskItem)
            return tr("Only tasks are completed; customers and projects are archived.");
        [[fallthrough]];
    case Action::Edit:
        return allowed->canModify ? QString()
                                  : perKind(kind, tr("Your account may not change this customer."),
                                            tr("Your account may not change this project."),
                                            tr("Your account may not change this task."));
    case Action::Move:
        if (kind != ScopeTreeModel::TaskItem)
            return tr("Only tasks can be moved to another project.");
        return allowed->canModify ? QString() : tr("Your account may not move this task.");
    case Action::Delete:
        return allowed->canDelete ? QString()
                                  : perKind(kind, tr("Your account may not delete this customer."),
                                            tr("Your account may not delete this project."),
                                            tr("Your account may not delete this task."));
    }
    return {};
}

QString ScopeEditor::nameProblem(Kind kind, int parentId, const QString &name, int selfId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Type a name.");
    if (trimmed.size() > 255)
        return tr("The name is too long: at most 255 characters.");
    // A second object of the same name would be taken for the first when a create is adopted by
    // name; the server refuses it anyway.
    QList<int> siblings;
    if (kind == ScopeTreeModel::CustomerItem) {
        siblings = m_model.customerIds();
    } else if (kind == ScopeTreeModel::ProjectItem) {
        siblings = m_model.projectsOf(parentId);
    } else {
        siblings = m_model.tasksOf(parentId);
    }
    for (const int sibling : std::as_const(siblings)) {
        if (sibling == selfId)
            continue;
        QString other;
        if (kind == ScopeTreeModel::CustomerItem)
            other = m_model.customer(sibling) ? m_model.customer(sibling)->name : QString();
        else if (kind == ScopeTreeModel::ProjectItem)
            other = m_model.project(sibling) ? m_model.project(sibling)->name : QString();
        else
            other = m_model.task(sibling) ? m_model.task(sibling)->name : QString();
        if (other.compare(trimmed, Qt::CaseInsensitive) == 0)
            return perKind(kind, tr("A customer named \u201c%1\u201d already exists."),
                           tr("A project named \u201c%1\u201d already exists in this customer."),
                           tr("A task named \u201c%1\u201d already exists in this project."))
                .arg(trimmed);
    }
    return {};
}

int nextTemporaryEntityId(Store &store)
{
    // Never reused: a temporary id names its server id for good once the create is confirmed.
    int next = std::min(-1, store.meta(kLastTemporaryId).value_or(u"0"_s).toInt() - 1);
    for (const OutboxEntry &entry : store.outboxEntries()) {
        if (!entry.isCell())
            next = std::min(next, entry.targetId - 1);
    }
    const auto used = [&store](int id) {
        for (const char *name : {"customer", "project", "task", "workflowStatus"}) {
            if (store.meta(metakeys::TemporaryIdPrefix
                           + u"%1/%2"_s.arg(QLatin1StringView(name)).arg(id)))
                return true;
        }
        return false;
    };
    while (used(next))
        --next;
    return next;
}

ScopeEditResult enqueueEntityEdit(Store &store, OutboxKind kind, int id, const QJsonObject &payload,
                                  const QJsonObject &base, bool create)
{
    const StoreResult result = store.writeTogether(
        [&]() -> StoreResult {
            if (create && id < 0) {
                if (const StoreResult r = store.setMeta(kLastTemporaryId, QString::number(id)); !r)
                    return r;
            }
            return store.enqueueChange(kind, id, payload, base);
        },
        true);
    if (!result)
        return {result.message, 0};
    return {{}, id};
}

int ScopeEditor::nextTemporaryId()
{
    return nextTemporaryEntityId(m_store);
}

ScopeEditResult ScopeEditor::enqueue(int kind, int id, const QJsonObject &payload,
                                     const QJsonObject &base)
{
    const bool create = kind == int(OutboxKind::CreateCustomer)
        || kind == int(OutboxKind::CreateProject) || kind == int(OutboxKind::CreateTask);
    return enqueueEntityEdit(m_store, OutboxKind(kind), id, payload, base, create);
}

ScopeEditResult ScopeEditor::createCustomer(const QString &name, const QString &description)
{
    if (const QString why = whyNot(Action::Create, ScopeTreeModel::CustomerItem, 0); !why.isEmpty())
        return {why, 0};
    if (const QString problem = nameProblem(ScopeTreeModel::CustomerItem, 0, name);
        !problem.isEmpty())
        return {problem, 0};
    return enqueue(int(OutboxKind::CreateCustomer), nextTemporaryId(),
                   {{u"name"_s, name.trimmed()}, {u"description"_s, description}});
}

ScopeEditResult ScopeEditor::createProject(int customerId, const QString &name,
                                           const QString &description)
{
    if (const QString why = whyNot(Action::Create, ScopeTreeModel::CustomerItem, customerId);
        !why.isEmpty())
        return {why, 0};
    if (const QString problem = nameProblem(ScopeTreeModel::ProjectItem, customerId, name);
        !problem.isEmpty())
        return {problem, 0};
    return enqueue(int(OutboxKind::CreateProject), nextTemporaryId(),
                   {{u"customerId"_s, customerId},
                    {u"name"_s, name.trimmed()},
                    {u"description"_s, description}});
}

ScopeEditResult ScopeEditor::createTask(int projectId, const QString &name,
                                        const QJsonObject &fields)
{
    if (const QString why = whyNot(Action::Create, ScopeTreeModel::ProjectItem, projectId);
        !why.isEmpty())
        return {why, 0};
    if (const QString problem = nameProblem(ScopeTreeModel::TaskItem, projectId, name);
        !problem.isEmpty())
        return {problem, 0};
    QJsonObject payload = fields;
    payload.insert(u"projectId"_s, projectId);
    payload.insert(u"name"_s, name.trimmed());
    return enqueue(int(OutboxKind::CreateTask), nextTemporaryId(), payload);
}

QJsonObject ScopeEditor::serverBase(Kind kind, int id, const QJsonObject &changes)
{
    if (id < 0)
        return {}; // not on the server yet
    QJsonObject all;
    if (kind == ScopeTreeModel::CustomerItem) {
        const QList<Customer> rows = m_store.customers({id});
        if (!rows.isEmpty())
            all = scopeFieldsOf(rows.first());
    } else if (kind == ScopeTreeModel::ProjectItem) {
        const QList<Project> rows = m_store.projects({id});
        if (!rows.isEmpty())
            all = scopeFieldsOf(rows.first());
    } else if (const std::optional<Task> row = m_store.task(id)) {
        all = scopeFieldsOf(*row);
    }
    QJsonObject base;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (all.contains(it.key()))
            base.insert(it.key(), all.value(it.key()));
    }
    return base;
}

ScopeEditResult ScopeEditor::update(Kind kind, int id, const QJsonObject &changes)
{
    const bool isMove = changes.contains(u"projectId"_s) || changes.contains(u"customerId"_s);
    if (const QString why = whyNot(isMove ? Action::Move : Action::Edit, kind, id); !why.isEmpty())
        return {why, 0};
    if (changes.contains(u"name"_s)) {
        int parent = 0;
        if (kind == ScopeTreeModel::ProjectItem)
            parent = m_model.project(id)->customerId;
        else if (kind == ScopeTreeModel::TaskItem)
            parent = changes.value(u"projectId"_s).toInt(m_model.task(id)->projectId);
        if (const QString problem =
                nameProblem(kind, parent, changes.value(u"name"_s).toString(), id);
            !problem.isEmpty())
            return {problem, 0};
    }
    QJsonObject payload = changes;
    if (payload.contains(u"name"_s))
        payload.insert(u"name"_s, payload.value(u"name"_s).toString().trimmed());
    return enqueue(int(outboxKind(kind, 1)), id, payload, serverBase(kind, id, payload));
}

ScopeEditResult ScopeEditor::setCompleted(int taskId, bool completed)
{
    if (const QString why = whyNot(Action::Complete, ScopeTreeModel::TaskItem, taskId);
        !why.isEmpty())
        return {why, 0};
    return update(ScopeTreeModel::TaskItem, taskId,
                  {{u"status"_s, completed ? u"completed"_s : u"open"_s}});
}

ScopeEditResult ScopeEditor::moveTask(int taskId, int projectId)
{
    if (const QString why = whyNot(Action::Create, ScopeTreeModel::ProjectItem, projectId);
        !why.isEmpty())
        return {why, 0};
    const Task *task = m_model.task(taskId);
    if (!task)
        return {tr("This task is not in the cache."), 0};
    if (task->projectId == projectId)
        return {tr("The task is in this project already."), 0};
    if (const QString problem =
            nameProblem(ScopeTreeModel::TaskItem, projectId, task->name, taskId);
        !problem.isEmpty())
        return {problem, 0};
    return update(ScopeTreeModel::TaskItem, taskId, {{u"projectId"_s, projectId}});
}

ScopeEditor::Impact ScopeEditor::deleteImpact(Kind kind, int id) const
{
    Impact impact;
    if (kind == ScopeTreeModel::CustomerItem) {
        const QList<int> projects = m_model.projectsOf(id);
        impact.projects = int(projects.size());
        for (const int project : projects)
            impact.tasks += int(m_model.tasksOf(project).size());
    } else if (kind == ScopeTreeModel::ProjectItem) {
        impact.tasks = int(m_model.tasksOf(id).size());
    }
    return impact;
}

// An object created here whose create was never sent (no attempt, not refused): its entries
// and those of what was created inside it are dropped, and the server never hears of it.
ScopeEditResult ScopeEditor::dropUnsent(Kind kind, int id)
{
    const QList<OutboxEntry> entries = m_store.outboxEntries();
    QList<qint64> drop;
    const auto collect = [&](auto &self, Kind k, int target) -> void {
        for (const OutboxEntry &entry : entries) {
            if (entry.targetId == target
                && (entry.kind == outboxKind(k, 0) || entry.kind == outboxKind(k, 1)
                    || entry.kind == outboxKind(k, 2)))
                drop.append(entry.id);
        }
        if (k == ScopeTreeModel::TaskItem)
            return;
        const Kind child = Kind(k + 1);
        const QString parentKey =
            k == ScopeTreeModel::CustomerItem ? u"customerId"_s : u"projectId"_s;
        for (const OutboxEntry &entry : entries) {
            if (entry.kind == outboxKind(child, 0)
                && entry.payload.value(parentKey).toInt() == target)
                self(self, child, entry.targetId);
        }
    };
    collect(collect, kind, id);
    const StoreResult result = m_store.resolveTakeTheirs(drop);
    if (!result)
        return {result.message, 0};
    return {{}, id};
}

QList<qint64> ScopeEditor::refusedEntries(Kind kind, int id)
{
    QList<qint64> refused;
    for (const OutboxEntry &entry : m_store.outboxEntries()) {
        if (entry.state != OutboxState::Pending && entry.targetId == id
            && (entry.kind == outboxKind(kind, 0) || entry.kind == outboxKind(kind, 1)
                || entry.kind == outboxKind(kind, 2)))
            refused.append(entry.id);
    }
    return refused;
}

ScopeEditResult ScopeEditor::settleRefused(Kind kind, int id, bool keepMine)
{
    const QList<qint64> refused = refusedEntries(kind, id);
    if (refused.isEmpty())
        return {perKind(kind, tr("The server refused no change of this customer."),
                        tr("The server refused no change of this project."),
                        tr("The server refused no change of this task.")),
                0};
    const StoreResult result =
        keepMine ? m_store.resolveKeepMine(refused) : m_store.resolveTakeTheirs(refused);
    return result ? ScopeEditResult{{}, id} : ScopeEditResult{result.message, 0};
}

ScopeEditResult ScopeEditor::discardRefused(Kind kind, int id)
{
    return settleRefused(kind, id, false);
}

ScopeEditResult ScopeEditor::retryRefused(Kind kind, int id)
{
    return settleRefused(kind, id, true);
}

ScopeEditResult ScopeEditor::remove(Kind kind, int id)
{
    if (const QString why = whyNot(Action::Delete, kind, id); !why.isEmpty())
        return {why, 0};
    if (id < 0) {
        const QList<OutboxEntry> entries = m_store.outboxEntries();
        const auto create = std::find_if(entries.begin(), entries.end(), [&](const auto &entry) {
            return entry.kind == outboxKind(kind, 0) && entry.targetId == id;
        });
        // A create that was tried may have reached the server (its answer lost): it is sent and
        // adopted, then deleted.
        if (create != entries.end() && create->attempts == 0
            && create->state == OutboxState::Pending)
            return dropUnsent(kind, id);
    }
    return enqueue(int(outboxKind(kind, 2)), id, {});
}

} // namespace actidesk
