#pragma once

#include "store.h"

#include <QAbstractListModel>
#include <QSet>

namespace actidesk {

// The open tasks of the cache as "Customer › Project › Task", filtered by words: a task is shown
// when every word occurs in its customer, project or task name (case-insensitive), and it is not
// one of the excluded tasks (e.g. those already on the week).
class TaskPickerModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        TaskNameRole,
        PathRole, // "Customer › Project"
    };

    explicit TaskPickerModel(Store &store, QObject *parent = nullptr);

    // Re-reads the open tasks from the Store.
    void reload();
    void setExcluded(const QSet<int> &taskIds);
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    int taskId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void refilter();

    Store &m_store;
    QList<Task> m_all; // sorted by customer, project, task
    QList<int> m_shown; // indexes into m_all
    QSet<int> m_excluded;
    QString m_filter;
};

} // namespace actidesk
