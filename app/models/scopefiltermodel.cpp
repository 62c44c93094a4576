#include "scopefiltermodel.h"

using namespace Qt::StringLiterals;

namespace actidesk {

ScopeFilterModel::ScopeFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // The model marks the parents of a match itself: no recursive walk per row here.
    setRecursiveFilteringEnabled(false);
}

void ScopeFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_scope = qobject_cast<ScopeTreeModel *>(model);
    if (m_scope)
        m_scope->setFilter(m_filter);
    QSortFilterProxyModel::setSourceModel(model);
}

void ScopeFilterModel::apply(const ScopeTreeModel::Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_scope)
        m_scope->setFilter(m_filter);
    invalidateRowsFilter();
}

void ScopeFilterModel::setSearchText(const QString &text)
{
    ScopeTreeModel::Filter filter = m_filter;
    filter.words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    apply(filter);
}

void ScopeFilterModel::setShowCompleted(bool show)
{
    ScopeTreeModel::Filter filter = m_filter;
    filter.showCompleted = show;
    apply(filter);
}

void ScopeFilterModel::setShowArchived(bool show)
{
    ScopeTreeModel::Filter filter = m_filter;
    filter.showArchived = show;
    apply(filter);
}

void ScopeFilterModel::setWorkflowStatus(int id)
{
    ScopeTreeModel::Filter filter = m_filter;
    filter.workflowStatus = id;
    apply(filter);
}

void ScopeFilterModel::setTypeOfWork(int id)
{
    ScopeTreeModel::Filter filter = m_filter;
    filter.typeOfWork = id;
    apply(filter);
}

int ScopeFilterModel::shownTaskCount() const
{
    return m_scope ? m_scope->shownTaskCount() : 0;
}

bool ScopeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_scope)
        return true;
    return m_scope->isShown(m_scope->index(sourceRow, 0, sourceParent));
}

} // namespace actidesk
