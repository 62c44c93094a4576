#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace actidesk {

// The manager review as the page shows it: filtered by department, time-zone group, the members
// who tracked time on a project or customer, and a search of the name (every word,
// case-insensitive), optionally only the members with days missing time;
// sorted by any column on ReviewModel::SortRole (figures as numbers, so "Difference" ascending
// lists the most undertime first).
class ReviewFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ReviewFilterModel(QObject *parent = nullptr);

    void setDepartment(std::optional<int> departmentId);
    void setTimeZoneGroup(std::optional<int> groupId);
    void setSearch(const QString &text);
    void setOnlyMissing(bool onlyMissing);
    // Only these members (those who tracked time on the chosen project or customer, see
    // ReviewModel::periodWork()); none: everybody.
    void setMembers(std::optional<QSet<int>> userIds);
    bool onlyMissing() const { return m_onlyMissing; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<int> m_department;
    std::optional<int> m_timeZoneGroup;
    QStringList m_words;
    bool m_onlyMissing = false;
    std::optional<QSet<int>> m_members;
};

} // namespace actidesk
