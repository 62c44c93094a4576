#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace actidesk {

// Filters a ScopeTreeModel as the user types: an item stays when every word occurs in its
// customer / project / task names (any order, case-insensitive); parents of a match stay so the
// tree keeps its shape, and a matching customer or project keeps all its children. Completed
// tasks can be hidden.
class ScopeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ScopeFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setShowCompleted(bool show);
    bool showCompleted() const { return m_showCompleted; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matches(const QModelIndex &sourceIndex) const;
    bool ancestorMatches(const QModelIndex &sourceParent) const;

    QStringList m_words;
    bool m_showCompleted = false;
};

} // namespace actidesk
