#include "reviewfiltermodel.h"

#include "reviewmodel.h"

namespace actidesk {

ReviewFilterModel::ReviewFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ReviewModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // The source re-reads narrowly; a changed figure moves its row to where it sorts now.
    setDynamicSortFilter(true);
}

void ReviewFilterModel::setDepartment(std::optional<int> departmentId)
{
    if (departmentId == m_department)
        return;
    m_department = departmentId;
    invalidateFilter();
}

void ReviewFilterModel::setTimeZoneGroup(std::optional<int> groupId)
{
    if (groupId == m_timeZoneGroup)
        return;
    m_timeZoneGroup = groupId;
    invalidateFilter();
}

void ReviewFilterModel::setSearch(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void ReviewFilterModel::setOnlyMissing(bool onlyMissing)
{
    if (onlyMissing == m_onlyMissing)
        return;
    m_onlyMissing = onlyMissing;
    invalidateFilter();
}

void ReviewFilterModel::setMembers(std::optional<QSet<int>> userIds)
{
    if (userIds == m_members)
        return;
    m_members = std::move(userIds);
    invalidateFilter();
}

bool ReviewFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The source lists the members by name already (a collator, numbers in natural order): its
    // row order is the name order, with no string compared again.
    if (left.column() == ReviewModel::NameColumn && right.column() == ReviewModel::NameColumn)
        return left.row() < right.row();
    return QSortFilterProxyModel::lessThan(left, right);
}

bool ReviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, ReviewModel::NameColumn, sourceParent);
    if (m_department && name.data(ReviewModel::DepartmentIdRole).toInt() != *m_department)
        return false;
    if (m_timeZoneGroup && name.data(ReviewModel::TimeZoneGroupIdRole).toInt() != *m_timeZoneGroup)
        return false;
    if (m_onlyMissing && name.data(ReviewModel::MissingRole).toInt() == 0)
        return false;
    if (m_members && !m_members->contains(name.data(ReviewModel::UserIdRole).toInt()))
        return false;
    const QString text = name.data(Qt::DisplayRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace actidesk
