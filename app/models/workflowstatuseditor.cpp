#include "workflowstatuseditor.h"

#include "store.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
bool isStatusKind(OutboxKind kind)
{
    return kind == OutboxKind::CreateWorkflowStatus || kind == OutboxKind::UpdateWorkflowStatus
        || kind == OutboxKind::DeleteWorkflowStatus;
}

QString typeText(WorkflowStatusType type)
{
    return type == WorkflowStatusType::Completed ? u"completed"_s : u"open"_s;
}

WorkflowStatusType typeOf(const QJsonValue &value, WorkflowStatusType fallback)
{
    if (!value.isString())
        return fallback;
    return value.toString() == u"completed"_s ? WorkflowStatusType::Completed
                                              : WorkflowStatusType::Open;
}
} // namespace

WorkflowStatusEditor::WorkflowStatusEditor(Store &store, QObject *parent)
    : QObject(parent), m_store(store)
{
}

QList<WorkflowStatusRow> WorkflowStatusEditor::rows(Store &store)
{
    QList<WorkflowStatusRow> rows;
    for (const WorkflowStatus &status : store.workflowStatuses())
        rows.append({status, false, {}});
    const auto find = [&rows](int id) {
        return std::find_if(rows.begin(), rows.end(),
                            [id](const WorkflowStatusRow &row) { return row.status.id == id; });
    };
    for (const OutboxEntry &entry : store.outboxEntries()) {
        if (!isStatusKind(entry.kind))
            continue;
        int id = entry.targetId;
        if (id < 0) // a temporary id whose create the server confirmed names the server's status
            id = store.meta(metakeys::TemporaryIdPrefix + u"workflowStatus/%1"_s.arg(id))
                     .value_or(QString::number(id))
                     .toInt();
        if (entry.kind == OutboxKind::CreateWorkflowStatus) {
            if (id != entry.targetId)
                continue; // confirmed meanwhile: the server's status is shown
            WorkflowStatus created;
            created.id = id;
            created.canModify = created.canDelete = true; // the user's own, not yet on the server
            rows.append({created, false, {}});
        }
        auto row = find(id);
        if (row == rows.end())
            continue;
        row->pending = true;
        if (entry.state == OutboxState::Rejected)
            row->problem = entry.message;
        else if (entry.state == OutboxState::Conflict)
            row->problem = tr("Changed on the server too; your change waits for your decision.");
        if (entry.kind == OutboxKind::DeleteWorkflowStatus) {
            if (entry.state != OutboxState::Rejected) // refused: the server keeps it
                rows.erase(row);
            continue;
        }
        if (entry.payload.contains(u"name"_s))
            row->status.name = entry.payload.value(u"name"_s).toString();
        row->status.type = typeOf(entry.payload.value(u"type"_s), row->status.type);
    }
    return rows;
}

std::optional<WorkflowStatusRow> WorkflowStatusEditor::shown(int id) const
{
    for (const WorkflowStatusRow &r : rows(m_store)) {
        if (r.status.id == id)
            return r;
    }
    return std::nullopt;
}

QString WorkflowStatusEditor::whyNot(Action action, int id) const
{
    if (action == Action::Create) {
        // The API has no flag for creating statuses: an account that may change a cached
        // status may add some (none cached: the server decides).
        const QList<WorkflowStatus> cached = m_store.workflowStatuses();
        const bool mayModify = std::any_of(cached.begin(), cached.end(),
                                           [](const WorkflowStatus &s) { return s.canModify; });
        return cached.isEmpty() || mayModify ? QString()
                                             : tr("Your account may not create workflow statuses.");
    }
    const std::optional<WorkflowStatusRow> r = shown(id);
    if (!r)
        return tr("This workflow status is not in the cache.");
    if (action == Action::Edit)
        return r->status.canModify ? QString()
                                   : tr("Your account may not change this workflow status.");
    return r->status.canDelete
        ? QString()
        : tr("This workflow status cannot be deleted: tasks use it, it is the last of its "
             "type, or your account may not delete it.");
}

QString WorkflowStatusEditor::nameProblem(const QString &name, int selfId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Type a name.");
    if (trimmed.size() > 255)
        return tr("The name is too long: at most 255 characters.");
    // A second status of the same name would be taken for the first when a create is adopted
    // by name; the server refuses it anyway.
    for (const WorkflowStatusRow &r : rows(m_store)) {
        if (r.status.id != selfId && r.status.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("A workflow status named \u201c%1\u201d already exists.").arg(trimmed);
    }
    return {};
}

ScopeEditResult WorkflowStatusEditor::create(const QString &name, WorkflowStatusType type)
{
    if (const QString why = whyNot(Action::Create, 0); !why.isEmpty())
        return {why, 0};
    if (const QString problem = nameProblem(name, 0); !problem.isEmpty())
        return {problem, 0};
    return enqueueEntityEdit(m_store, OutboxKind::CreateWorkflowStatus,
                             nextTemporaryEntityId(m_store),
                             {{u"name"_s, name.trimmed()}, {u"type"_s, typeText(type)}}, {}, true);
}

ScopeEditResult WorkflowStatusEditor::update(int id, const QString &name, WorkflowStatusType type)
{
    if (const QString why = whyNot(Action::Edit, id); !why.isEmpty())
        return {why, 0};
    if (const QString problem = nameProblem(name, id); !problem.isEmpty())
        return {problem, 0};
    const WorkflowStatus current = shown(id)->status;
    QJsonObject payload;
    if (current.name != name.trimmed())
        payload.insert(u"name"_s, name.trimmed());
    if (current.type != type)
        payload.insert(u"type"_s, typeText(type));
    if (payload.isEmpty())
        return {{}, id}; // nothing changed
    // The base: the server's values of the changed fields, as the cache holds them.
    QJsonObject base;
    if (id > 0) {
        for (const WorkflowStatus &s : m_store.workflowStatuses()) {
            if (s.id != id)
                continue;
            if (payload.contains(u"name"_s))
                base.insert(u"name"_s, s.name);
            if (payload.contains(u"type"_s))
                base.insert(u"type"_s, typeText(s.type));
        }
    }
    return enqueueEntityEdit(m_store, OutboxKind::UpdateWorkflowStatus, id, payload, base, false);
}

ScopeEditResult WorkflowStatusEditor::remove(int id)
{
    if (const QString why = whyNot(Action::Delete, id); !why.isEmpty())
        return {why, 0};
    if (id < 0) {
        const QList<OutboxEntry> entries = m_store.outboxEntries();
        const auto create = std::find_if(entries.begin(), entries.end(), [id](const auto &e) {
            return e.kind == OutboxKind::CreateWorkflowStatus && e.targetId == id;
        });
        // A create never tried cannot have reached the server: its entries go, and the server
        // never hears of it; nor of one it refused. One that was tried may have reached it (its
        // answer lost): it is sent and adopted, then deleted.
        if (create != entries.end()
            && ((create->attempts == 0 && create->state == OutboxState::Pending)
                || create->state == OutboxState::Rejected)) {
            QList<qint64> drop;
            for (const OutboxEntry &entry : entries) {
                if (isStatusKind(entry.kind) && entry.targetId == id)
                    drop.append(entry.id);
            }
            const StoreResult result = m_store.resolveTakeTheirs(drop);
            return result ? ScopeEditResult{{}, id} : ScopeEditResult{result.message, 0};
        }
    }
    return enqueueEntityEdit(m_store, OutboxKind::DeleteWorkflowStatus, id, {}, {}, false);
}

ScopeEditResult WorkflowStatusEditor::discardRefused(int id)
{
    QList<qint64> refused;
    for (const OutboxEntry &entry : m_store.outboxEntries()) {
        if (isStatusKind(entry.kind) && entry.targetId == id && entry.state != OutboxState::Pending)
            refused.append(entry.id);
    }
    if (refused.isEmpty())
        return {tr("The server refused no change of this workflow status."), 0};
    const StoreResult result = m_store.resolveTakeTheirs(refused);
    return result ? ScopeEditResult{{}, id} : ScopeEditResult{result.message, 0};
}

} // namespace actidesk
