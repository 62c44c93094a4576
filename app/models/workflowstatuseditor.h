#pragma once

#include "reference.h"
#include "scopeeditor.h"

#include <QList>
#include <QObject>
#include <QString>

namespace actidesk {

class Store;

// A workflow status as the user sees it: the cache's, with the user's unsent changes applied
// (a created one under its temporary id, a deleted one gone unless the server refused it).
struct WorkflowStatusRow
{
    WorkflowStatus status;
    bool pending = false; // a change of it waits in the outbox
    QString problem; // the server's refusal (or the conflict) of that change; empty when none
};

// Creates, renames (and retypes) and deletes workflow statuses through the Store's outbox, as
// ScopeEditor does for customers, projects and tasks: offline the change waits there, the
// account's workspace sends it (EntityReplay), and rows() shows it at once. A new status gets a
// temporary (negative) id. Only the server knows who may create statuses (those who manage the
// system settings): creating is refused here only when every cached status says the account may
// not change it; otherwise the server decides and its refusal shows on the status.
class WorkflowStatusEditor : public QObject
{
    Q_OBJECT
public:
    enum class Action { Create, Edit, Delete };

    explicit WorkflowStatusEditor(Store &store, QObject *parent = nullptr);

    static QList<WorkflowStatusRow> rows(Store &store);
    // One status as rows() shows it; nullopt when it is not there.
    std::optional<WorkflowStatusRow> shown(int id) const;

    // Why `action` on the status (0 for Create) is not allowed; empty when it is.
    QString whyNot(Action action, int id) const;

    ScopeEditResult create(const QString &name, WorkflowStatusType type);
    ScopeEditResult update(int id, const QString &name, WorkflowStatusType type);
    ScopeEditResult remove(int id);
    // Gives up the status's changes the server refused: the server's values show again.
    ScopeEditResult discardRefused(int id);

private:
    QString nameProblem(const QString &name, int selfId) const;

    Store &m_store;
};

} // namespace actidesk
