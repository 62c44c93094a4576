#include "scopefiltermodel.h"

#include "scopetreemodel.h"

using namespace Qt::StringLiterals;

namespace actidesk {

ScopeFilterModel::ScopeFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Keeps the parents of matching tasks (Qt does the walking).
    setRecursiveFilteringEnabled(true);
}

void ScopeFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void ScopeFilterModel::setShowCompleted(bool show)
{
    if (show == m_showCompleted)
        return;
    m_showCompleted = show;
    invalidateFilter();
}

bool ScopeFilterModel::matches(const QModelIndex &sourceIndex) const
{
    const QString text = sourceIndex.data(ScopeTreeModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool ScopeFilterModel::ancestorMatches(const QModelIndex &sourceParent) const
{
    for (QModelIndex index = sourceParent; index.isValid(); index = index.parent()) {
        if (matches(index))
            return true;
    }
    return false;
}

bool ScopeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool isTask = index.data(ScopeTreeModel::KindRole).toInt() == ScopeTreeModel::TaskItem;
    if (isTask && !m_showCompleted) {
        const QModelIndex status = index.siblingAtColumn(ScopeTreeModel::StatusColumn);
        if (status.data(ScopeTreeModel::CompletedRole).toBool())
            return false;
    }
    if (m_words.isEmpty())
        return true;
    // Recursive filtering keeps the parents of a match; a matching parent keeps its children here.
    return matches(index) || ancestorMatches(sourceParent);
}

} // namespace actidesk
