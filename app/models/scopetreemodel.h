#pragma once

#include "store.h"

#include <QStandardItemModel>

#include <functional>

namespace actidesk {

// The cached scope of work as a tree: customers → projects → tasks, each level sorted by name.
// Columns: name, status (tasks: open / completed, projects and customers: archived), deadline,
// estimate. Built from the Store in one pass; reload() rebuilds it after a refresh.
class ScopeTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, DeadlineColumn, EstimateColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int of Kind
        IdRole,
        SearchTextRole, // "customer project task" for the filter, on every item of column 0
        CompletedRole, // bool on a task's status item
    };
    enum Kind { CustomerItem, ProjectItem, TaskItem };

    explicit ScopeTreeModel(Store &store, QObject *parent = nullptr);

    void reload();
    // Who re-reads after a Store change that concerns the model (see StoreWatch): the model
    // itself, unless the page showing it takes that over (to redo what depends on the rows).
    void setReloadHandler(std::function<void()> handler) { m_reloadHandler = std::move(handler); }
    int taskCount() const { return m_taskCount; }

private:
    Store &m_store;
    int m_taskCount = 0;
    std::function<void()> m_reloadHandler;
};

} // namespace actidesk
