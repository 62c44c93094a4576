#pragma once

#include "scopetreemodel.h"

#include <QSortFilterProxyModel>
#include <QStringList>

namespace actidesk {

// Filters a ScopeTreeModel as the user types: an item stays when every word occurs in its
// customer / project / task names (any order, case-insensitive); parents of a match stay so the
// tree keeps its shape, and a matching customer or project keeps all its children. Completed
// tasks and archived customers and projects can be hidden; tasks can be narrowed to one workflow
// status or type of work (then customers and projects show only as parents of such tasks).
// The model computes which items pass (ScopeTreeModel::setFilter, over its compact rows); this
// proxy only asks, for the rows a view shows.
//
// No "assigned to me" filter: the API gives a task no assignees (no userIds field), and GET
// /tasks lists only what the account may see, with no assignee parameter
// (actiTIME API reference, tasks). The only source is GET /tasks/{id}/assignedUsers, one
// request per task and documented by one client only: 100,000 requests for a filter.
class ScopeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ScopeFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setSearchText(const QString &text);
    const QStringList &searchWords() const { return m_filter.words; }
    void setShowCompleted(bool show);
    bool showCompleted() const { return m_filter.showCompleted; }
    void setShowArchived(bool show);
    bool showArchived() const { return m_filter.showArchived; }
    // 0: any.
    void setWorkflowStatus(int id);
    void setTypeOfWork(int id);
    // How many tasks pass the filter.
    int shownTaskCount() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void apply(const ScopeTreeModel::Filter &filter);

    ScopeTreeModel *m_scope = nullptr;
    ScopeTreeModel::Filter m_filter;
};

} // namespace actidesk
