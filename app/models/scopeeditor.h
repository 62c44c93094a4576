#pragma once

#include "scopetreemodel.h"
#include "storetypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace actidesk {

class Store;

// The outcome of a change of the scope of work: an error sentence for the user (empty when the
// change was queued) and, for a create, the new object's (temporary) id.
struct [[nodiscard]] ScopeEditResult
{
    QString error;
    int id = 0;
    bool ok() const { return error.isEmpty(); }
    explicit operator bool() const { return ok(); }
};

// Creates, edits and deletes customers, projects and tasks. Every change goes to the Store's
// outbox (committed before returning): offline it waits there; the account's workspace sends it
// by itself, and the ScopeTreeModel shows it at once. Objects created here get a temporary
// (negative) id that the sync layer maps to the server's. What an account may do follows each
// object's allowedActions as the server sent them: whyNot() says why an action is not allowed.
//
// Field keys of update(): name, description (customers, projects, tasks); archived (customers,
// projects); customerId (projects); projectId, status ("open" / "completed"), workflowStatusId,
// typeOfWorkId, deadline (ISO date or null), estimatedTime (minutes or null) (tasks).
// Shared by the editors of the outbox's objects (ScopeEditor, WorkflowStatusEditor): a new
// temporary (negative) id, never used before by any kind, and queuing one change (a create also
// records its temporary id as the last one given), committed before returning.
int nextTemporaryEntityId(Store &store);
ScopeEditResult enqueueEntityEdit(Store &store, OutboxKind kind, int id, const QJsonObject &payload,
                                  const QJsonObject &base, bool create);

class ScopeEditor : public QObject
{
    Q_OBJECT
public:
    enum class Action { Create, Edit, Complete, Move, Delete };
    using Kind = ScopeTreeModel::Kind;

    ScopeEditor(Store &store, ScopeTreeModel &model, QObject *parent = nullptr);

    // Why `action` on the object is not allowed (a sentence for a tooltip); empty when it is.
    // Create asks about a new child of the object: a customer's project, a project's task; a new
    // customer is (CustomerItem, 0).
    QString whyNot(Action action, Kind kind, int id) const;

    ScopeEditResult createCustomer(const QString &name, const QString &description = {});
    ScopeEditResult createProject(int customerId, const QString &name,
                                  const QString &description = {});
    ScopeEditResult createTask(int projectId, const QString &name, const QJsonObject &fields = {});
    ScopeEditResult update(Kind kind, int id, const QJsonObject &changes);
    ScopeEditResult setCompleted(int taskId, bool completed);
    ScopeEditResult moveTask(int taskId, int projectId);
    ScopeEditResult remove(Kind kind, int id);
    // Gives up the object's changes that the server refused (or that met a change on the
    // server): the server's values show again. Nothing to give up: an error.
    ScopeEditResult discardRefused(Kind kind, int id);
    // Keeps the object's changes that the server refused (or that met a change on the server)
    // and sends them again, over the server's values as they are now ("keep mine").
    ScopeEditResult retryRefused(Kind kind, int id);

    // What goes with a deleted object.
    struct Impact
    {
        int projects = 0;
        int tasks = 0;
    };
    Impact deleteImpact(Kind kind, int id) const;

private:
    QString nameProblem(Kind kind, int parentId, const QString &name, int selfId = 0) const;
    int nextTemporaryId();
    ScopeEditResult enqueue(int outboxKind, int id, const QJsonObject &payload,
                            const QJsonObject &base = {});
    QJsonObject serverBase(Kind kind, int id, const QJsonObject &changes);
    ScopeEditResult dropUnsent(Kind kind, int id);
    QList<qint64> refusedEntries(Kind kind, int id);
    ScopeEditResult settleRefused(Kind kind, int id, bool keepMine);

    Store &m_store;
    ScopeTreeModel &m_model;
};

} // namespace actidesk
