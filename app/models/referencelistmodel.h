#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <functional>

namespace actidesk {

class Store;

// One of the server's reference lists as the cache holds it (users, departments, …, the
// server's settings), as a read-only table. The list is chosen with setList; reload() re-reads
// it from the Store, so the lists work offline and show a background refresh once it landed.
// Each cell's SortRole is a value that sorts properly (dates as dates, numbers as numbers).
// The workflow statuses show the user's unsent changes (WorkflowStatusEditor::rows) with a State
// column ("Waiting to be sent", "Refused"; the server's words in ProblemRole and the tooltip).
class ReferenceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum List {
        Users,
        Departments,
        TimeZoneGroups,
        LeaveTypes,
        TypesOfWork,
        WorkflowStatuses,
        Rates, // cost-of-work rates, one row per user and period
        Settings,
        ListCount
    };
    // ProblemRole: the server's refusal of the row's unsent change (workflow statuses), or empty.
    enum Role { SortRole = Qt::UserRole + 1, IdRole, ProblemRole };

    explicit ReferenceListModel(Store &store, QObject *parent = nullptr);

    static QString listName(List list);
    List list() const { return m_list; }
    void setList(List list);
    void reload();
    // Who re-reads after a Store change that concerns the model (see StoreWatch): the model
    // itself, unless the page showing it takes that over (to redo what depends on the rows).
    void setReloadHandler(std::function<void()> handler) { m_reloadHandler = std::move(handler); }
    // Why the shown list is empty although the server has it (e.g. rates this account may not
    // read), as a sentence for the user; empty otherwise.
    QString unavailableReason() const { return m_unavailable; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int id = 0;
        QStringList text;
        QVariantList sort; // same size as text
        QString problem;
    };
    QList<Row> rowsOf(List list);
    QStringList headersOf(List list) const;

    Store &m_store;
    std::function<void()> m_reloadHandler;
    List m_list = Users;
    QStringList m_headers;
    QList<Row> m_rows;
    QString m_unavailable;
};

// Search by words over a ReferenceListModel: a row stays when every word of the search text
// occurs (case-insensitively) in one of its cells, in any order. Sorts by SortRole.
class ReferenceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ReferenceFilterModel(QObject *parent = nullptr);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace actidesk
