#pragma once

#include "duration.h"
#include "store.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>
#include <unordered_map>

namespace actidesk {

// The cached scope of work as a tree: customers → projects → tasks, each level in natural order
// ("Task 2" before "Task 10"). Columns: name, status (tasks: workflow status, projects and
// customers: archived), deadline, estimate. The user's unsent changes (the outbox) are shown
// over the server's rows: a create appears at once (with its temporary id), an edit shows its
// new values, a delete hides the object and what goes with it, and the server's refusal of a
// change is shown on the object.
//
// Scale: nothing is read before the first reload() (a page not yet shown costs nothing); a task
// is held in a few dozen bytes (its name, ids and figures) — the whole object is read from the
// Store when asked for (task()). After a Store change the model re-reads and announces what
// changed narrowly: rows removed (beginRemoveRows), rows inserted (beginInsertRows) and rows
// whose values changed (dataChanged), so a view keeps its expanded branches and selection; only
// a change of more than a few hundred rows (a first fetch, a large sync) is one reset. An index
// names its object by kind and id (not by position), so it stays valid across re-reads.
// The filter (setFilter, used by ScopeFilterModel) is computed here over the compact rows, and
// narrowed from the last result when the search only grew.
class ScopeTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, DeadlineColumn, EstimateColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int of Kind
        IdRole,
        SearchTextRole, // "customer project task" names
        CompletedRole, // bool: a completed task
        ArchivedRole, // bool: the customer or project (or a task's parent) is archived
        WorkflowStatusRole, // int: a task's workflow status id
        TypeOfWorkRole, // int: a task's type of work id
        PendingRole, // bool: a change of the object waits in the outbox
        ProblemRole, // QString: the server refused a change of the object (its message)
    };
    enum Kind { CustomerItem, ProjectItem, TaskItem };

    struct Filter
    {
        QStringList words; // each contained in the customer, project or task name
        bool showCompleted = false;
        bool showArchived = false;
        int workflowStatus = 0; // 0: any
        int typeOfWork = 0; // 0: any
        friend bool operator==(const Filter &, const Filter &) = default;
    };

    explicit ScopeTreeModel(Store &store, QObject *parent = nullptr);

    // Reads the Store; from the first call on, the model follows the Store's changes.
    void reload();
    bool isLoaded() const { return m_loaded; }
    // Who re-reads after a Store change that concerns the model (see StoreWatch): the model
    // itself, unless the page showing it takes that over (to redo what depends on the rows).
    void setReloadHandler(std::function<void()> handler) { m_reloadHandler = std::move(handler); }
    int taskCount() const { return int(m_items[TaskItem].size()); }
    QDate today() const { return m_store.clock().today(); }

    // The objects as shown (the user's unsent changes applied); null when not shown. Valid
    // until the next reload.
    const Customer *customer(int id) const;
    const Project *project(int id) const;
    const Task *task(int id) const;
    // The time tracked on a task as far as the cache knows (see Store::trackedOnTask); nothing
    // for a task not on the server yet.
    using TrackedTime = Store::TrackedTime;
    TrackedTime trackedOn(int taskId) const;
    // The comments of an object as cached (fetched when it is shown; read-only in the API):
    // `fetched` false when they never were. Comments change: commentsChanged().
    struct ShownComment
    {
        QString author;
        QDateTime created;
        QString text;
    };
    struct Comments
    {
        bool fetched = false;
        QDateTime fetchedAt;
        QList<ShownComment> items;
    };
    Comments comments(Kind kind, int id) const;
    // What the server said when it refused the object's last change; empty when it did not.
    QString problem(Kind kind, int id) const;
    bool isPending(Kind kind, int id) const;
    // The server's id of an object created here once the server confirmed it (else `id`).
    int serverIdOf(Kind kind, int id) const;
    // The item of an object (column 0), or invalid.
    QModelIndex indexOf(Kind kind, int id) const;
    // The customers, the projects of a customer and the tasks of a project, in id order.
    QList<int> customerIds() const;
    QList<int> projectsOf(int customerId) const;
    QList<int> tasksOf(int projectId) const;
    // The reference lists an edit of a task picks from (read with the tree).
    // A duration as the user's time display and the server's format want it (estimates, time
    // tracked on a task).
    QString durationText(int minutes) const { return m_durations.format(minutes); }
    const QList<WorkflowStatus> &workflowStatuses() const { return m_workflowStatuses; }
    const QList<TypeOfWork> &typesOfWork() const { return m_typesOfWork; }

    // Which items pass the filter (a ScopeFilterModel asks isShown()).
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    bool isShown(const QModelIndex &index) const;
    int shownTaskCount() const { return m_shownTasks; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    // Comments of some object were fetched (the shown object's may be among them).
    void commentsChanged();

private:
    enum Flag : quint8 {
        Completed = 1,
        Archived = 2, // itself or a parent
        Pending = 4,
        HasProblem = 8,
        Shown = 16,
        OwnArchived = 32,
    };
    struct Item
    {
        int id = 0;
        int parent = -1; // index of the parent in the level above; -1 for customers
        int row = 0; // row under the parent
        QString name;
        int workflowStatusId = 0;
        int typeOfWorkId = 0;
        QDate deadline;
        int estimate = -1;
        quint8 flags = 0;
        QList<int> children; // indices in the level below, in shown order
        friend bool operator==(const Item &, const Item &) = default;
    };
    struct Data; // what one read of the Store gives

    void read(Data &data);
    void applyOutbox(Data &data);
    void build(Data &data);
    // Moves the shown tree to `next` row by row; false (nothing done) when that would take more
    // steps than a reset is worth.
    bool updateNarrowly(QList<Item> (&next)[3], QHash<int, int> (&nextPositions)[3],
                        QList<int> &nextRoots, const std::function<void()> &takeTheRest);
    const Item *itemOf(const QModelIndex &index, Kind *kind = nullptr,
                       int *position = nullptr) const;
    QModelIndex indexOfItem(Kind kind, int position, int column = 0) const;
    QModelIndex parentIndexOf(Kind kind, int parentPosition) const;
    static void computeShown(QList<Item> (&items)[3], const Filter &filter, bool narrowing,
                             int *shownTasks);
    QString searchText(Kind kind, int position) const;

    Store &m_store;
    bool m_loaded = false;
    std::function<void()> m_reloadHandler;
    QList<Item> m_items[3]; // per Kind
    QList<int> m_roots; // customer positions in shown order
    QHash<int, int> m_positions[3]; // per Kind: id -> position in m_items
    QHash<int, Customer> m_customers;
    QHash<int, Project> m_projects;
    QHash<int, Task> m_changedTasks; // tasks the outbox changes or creates, as shown
    mutable std::unordered_map<int, Task> m_taskCache; // read on demand (stable addresses)
    QHash<int, QString> m_problems[3];
    QSet<int> m_pending[3];
    QHash<int, QString> m_statusNames, m_typeNames;
    QList<WorkflowStatus> m_workflowStatuses;
    QList<TypeOfWork> m_typesOfWork;
    Filter m_filter;
    int m_shownTasks = 0;
    DurationFormat m_durations;
    QString m_archivedText, m_completedText, m_openText;
};

} // namespace actidesk
