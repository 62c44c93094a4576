#include "scopetreemodel.h"

#include "duration.h"
#include "storewatch.h"
#include "timedisplay.h"

#include <QCollator>
#include <QColor>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
using SortKeys = QList<std::pair<QCollatorSortKey, int>>;

// Sort keys of the names of `items`, each with its position, for natural order in `locale`.
// (On one thread: ICU made keys on two threads at once slower than on one, 102 ms against 41 ms
// for 100,000 names.)
template<typename Items>
SortKeys naturalSortKeys(const Items &items, const QLocale &locale)
{
    QCollator collator(locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    SortKeys keys;
    keys.reserve(items.size());
    for (int position = 0; position < items.size(); ++position)
        keys.append({collator.sortKey(items.at(position).name), position});
    return keys;
}

int kindOf(OutboxKind kind)
{
    switch (kind) {
    case OutboxKind::CreateCustomer:
    case OutboxKind::UpdateCustomer:
    case OutboxKind::DeleteCustomer:
        return ScopeTreeModel::CustomerItem;
    case OutboxKind::CreateProject:
    case OutboxKind::UpdateProject:
    case OutboxKind::DeleteProject:
        return ScopeTreeModel::ProjectItem;
    case OutboxKind::CreateTask:
    case OutboxKind::UpdateTask:
    case OutboxKind::DeleteTask:
        return ScopeTreeModel::TaskItem;
    default:
        return -1;
    }
}

bool isCreate(OutboxKind kind)
{
    return kind == OutboxKind::CreateCustomer || kind == OutboxKind::CreateProject
        || kind == OutboxKind::CreateTask;
}

bool isDelete(OutboxKind kind)
{
    return kind == OutboxKind::DeleteCustomer || kind == OutboxKind::DeleteProject
        || kind == OutboxKind::DeleteTask;
}

// The key under which the sync layer (EntityReplay) records the server's id of an object created
// offline: "id/task/-3".
QString temporaryIdKey(int kind, int id)
{
    static const char *names[] = {"customer", "project", "task"};
    return metakeys::TemporaryIdPrefix + u"%1/%2"_s.arg(QLatin1StringView(names[kind])).arg(id);
}

QString textOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

// internalId = id (as unsigned 32 bits) * kKinds + kind: an index names its object, not a place,
// so it stays right while rows come and go around it.
constexpr quintptr kKinds = 4;
static_assert(sizeof(quintptr) >= 8, "an internal id holds a 32-bit object id and the kind");

const QColor kProblemColor(0xb0, 0x00, 0x20);
const QColor kPendingColor(0x1a, 0x5f, 0xb4); // waiting to be sent: the outbox's blue
} // namespace

struct ScopeTreeModel::Data
{
    QList<Item> items[3];
    QList<int> roots;
    QHash<int, int> positions[3];
    QHash<int, Customer> customers;
    QHash<int, Project> projects;
    QHash<int, Task> changedTasks;
    QSet<int> removedTasks;
    QHash<int, QString> problems[3];
    QSet<int> pending[3];
};

ScopeTreeModel::ScopeTreeModel(Store &store, QObject *parent)
    : QAbstractItemModel(parent), m_store(store)
{
    m_archivedText = tr("Archived");
    m_completedText = tr("Completed");
    m_openText = tr("Open");
    // The Store subscription: the scope of work, the user's changes of it (the outbox), the
    // names of workflow statuses and types of work, and the server's duration format. Nothing is
    // read before the first reload(): a page not yet shown costs nothing.
    const auto overlaps = [this](const StoreChange &change) {
        return m_loaded
            && (change.touches(StoreEntity::Tasks) || change.touches(StoreEntity::Projects)
                || change.touches(StoreEntity::Customers)
                || change.touches(StoreEntity::WorkflowStatuses)
                || change.touches(StoreEntity::TypesOfWork) || change.serverInfo);
    };
    new StoreWatch(
        m_store, overlaps, [this] { m_reloadHandler ? m_reloadHandler() : reload(); }, this);
    const auto commentsOverlap = [](const StoreChange &change) {
        return std::any_of(change.metaKeys.begin(), change.metaKeys.end(),
                           [](const QString &key) { return key.startsWith(u"comments/"_s); });
    };
    new StoreWatch(
        m_store, commentsOverlap, [this] { Q_EMIT commentsChanged(); }, this);
    // The user's time display (Preferences): the estimates read the new way at once, without a
    // re-read (only tasks have one, so each project's shown tasks are told).
    connect(&TimeDisplaySetting::instance(), &TimeDisplaySetting::changed, this, [this] {
        m_durations = DurationFormat(m_store.serverInfo().value_or(ServerInfo{}), QLocale());
        for (int position = 0; position < m_items[ProjectItem].size(); ++position) {
            const Item &project = m_items[ProjectItem].at(position);
            if (!(project.flags & Shown) || project.children.isEmpty())
                continue;
            const QModelIndex parent = indexOfItem(ProjectItem, position);
            Q_EMIT dataChanged(index(0, EstimateColumn, parent),
                               index(int(project.children.size()) - 1, EstimateColumn, parent),
                               {Qt::DisplayRole});
        }
    });
}

// --- Reading ------------------------------------------------------------------------------------

void ScopeTreeModel::reload()
{
    Data data;
    read(data);
    applyOutbox(data);
    build(data);
}

void ScopeTreeModel::read(Data &data)
{
    m_durations = DurationFormat(m_store.serverInfo().value_or(ServerInfo{}), QLocale());
    m_workflowStatuses = m_store.workflowStatuses();
    m_typesOfWork = m_store.typesOfWork();
    m_statusNames.clear();
    m_typeNames.clear();
    for (const WorkflowStatus &status : std::as_const(m_workflowStatuses))
        m_statusNames.insert(status.id, status.name);
    for (const TypeOfWork &type : std::as_const(m_typesOfWork))
        m_typeNames.insert(type.id, type.name);

    for (Customer &customer : m_store.customers())
        data.customers.insert(customer.id, std::move(customer));
    for (Project &project : m_store.projects())
        data.projects.insert(project.id, std::move(project));
    // A task may arrive without its project or customer (e.g. from a week's records): show it
    // under the names it carries rather than dropping it.
    for (Project &project : m_store.projectsNamedByTasksOnly())
        data.projects.insert(project.id, std::move(project));
    for (const Project &project : std::as_const(data.projects)) {
        if (!data.customers.contains(project.customerId)) {
            Customer customer;
            customer.id = project.customerId;
            customer.name = project.customerName;
            data.customers.insert(customer.id, customer);
        }
    }
    const QList<Store::TaskTreeRow> rows = m_store.taskTreeRows();
    QList<Item> &tasks = data.items[TaskItem];
    tasks.reserve(rows.size());
    for (const Store::TaskTreeRow &row : rows) {
        Item item;
        item.id = row.id;
        item.parent = row.projectId; // a project id until build() makes it a position
        item.name = row.name;
        item.workflowStatusId = row.workflowStatusId;
        item.typeOfWorkId = row.typeOfWorkId;
        item.deadline = row.deadline;
        item.estimate = row.estimatedMinutes;
        item.flags = row.completed ? Completed : 0;
        data.positions[TaskItem].insert(row.id, int(tasks.size()));
        tasks.append(std::move(item));
    }
}

void ScopeTreeModel::applyOutbox(Data &data)
{
    const QList<OutboxEntry> entries = m_store.outboxEntries();
    if (std::none_of(entries.begin(), entries.end(),
                     [](const OutboxEntry &entry) { return kindOf(entry.kind) >= 0; }))
        return;
    // A temporary id whose create the server confirmed names the server's object now.
    QHash<QString, int> mapped;
    const auto resolve = [&](int kind, int id) {
        if (id >= 0)
            return id;
        const QString key = temporaryIdKey(kind, id);
        if (!mapped.contains(key))
            mapped.insert(key, m_store.meta(key).value_or(QString::number(id)).toInt());
        return mapped.value(key);
    };
    QHash<int, WorkflowStatusType> statusTypes;
    for (const WorkflowStatus &status : std::as_const(m_workflowStatuses))
        statusTypes.insert(status.id, status.type);
    QList<Item> &taskItems = data.items[TaskItem];

    const auto patchTask = [&](Task &task, const QJsonObject &p) {
        if (p.contains(u"projectId"_s))
            task.projectId = resolve(ProjectItem, p.value(u"projectId"_s).toInt());
        if (const auto parent = data.projects.constFind(task.projectId);
            parent != data.projects.cend()) {
            task.projectName = parent->name;
            task.customerId = parent->customerId;
            task.customerName = parent->customerName;
        }
        if (p.contains(u"name"_s))
            task.name = p.value(u"name"_s).toString();
        if (p.contains(u"description"_s))
            task.description = textOf(p.value(u"description"_s));
        if (p.contains(u"workflowStatusId"_s) && !p.value(u"workflowStatusId"_s).isNull()) {
            task.workflowStatusId = p.value(u"workflowStatusId"_s).toInt();
            task.workflowStatusName = m_statusNames.value(task.workflowStatusId);
            if (statusTypes.contains(task.workflowStatusId))
                task.status = statusTypes.value(task.workflowStatusId) == WorkflowStatusType::Open
                    ? TaskStatus::Open
                    : TaskStatus::Completed;
        }
        if (p.contains(u"status"_s) && !p.value(u"status"_s).isNull()) {
            task.status = p.value(u"status"_s).toString() == u"completed"_s ? TaskStatus::Completed
                                                                            : TaskStatus::Open;
            if (!p.contains(u"workflowStatusId"_s)) {
                task.workflowStatusId = 0; // the server picks a status of that kind
                task.workflowStatusName.clear();
            }
        }
        if (p.contains(u"typeOfWorkId"_s) && !p.value(u"typeOfWorkId"_s).isNull()) {
            task.typeOfWorkId = p.value(u"typeOfWorkId"_s).toInt();
            task.typeOfWorkName = m_typeNames.value(task.typeOfWorkId);
        }
        if (p.contains(u"deadline"_s))
            task.deadline = QDate::fromString(textOf(p.value(u"deadline"_s)), Qt::ISODate);
        if (p.contains(u"estimatedTime"_s))
            task.estimatedMinutes = p.value(u"estimatedTime"_s).isNull()
                ? std::nullopt
                : std::optional<int>(p.value(u"estimatedTime"_s).toInt());
    };
    const auto patchProject = [&](Project &project, const QJsonObject &p) {
        if (p.contains(u"customerId"_s))
            project.customerId = resolve(CustomerItem, p.value(u"customerId"_s).toInt());
        if (const auto parent = data.customers.constFind(project.customerId);
            parent != data.customers.cend())
            project.customerName = parent->name;
        if (p.contains(u"name"_s))
            project.name = p.value(u"name"_s).toString();
        if (p.contains(u"description"_s))
            project.description = textOf(p.value(u"description"_s));
        if (p.contains(u"archived"_s))
            project.archived = p.value(u"archived"_s).toBool();
    };
    const auto patchCustomer = [&](Customer &customer, const QJsonObject &p) {
        if (p.contains(u"name"_s))
            customer.name = p.value(u"name"_s).toString();
        if (p.contains(u"description"_s))
            customer.description = textOf(p.value(u"description"_s));
        if (p.contains(u"archived"_s))
            customer.archived = p.value(u"archived"_s).toBool();
    };
    // The compact row of a task follows its whole object.
    const auto storeTask = [&](const Task &task) {
        data.changedTasks.insert(task.id, task);
        int position = data.positions[TaskItem].value(task.id, -1);
        if (position < 0) {
            position = int(taskItems.size());
            data.positions[TaskItem].insert(task.id, position);
            taskItems.append(Item{});
        }
        Item &item = taskItems[position];
        item.id = task.id;
        item.parent = task.projectId;
        item.name = task.name;
        item.workflowStatusId = task.workflowStatusId;
        item.typeOfWorkId = task.typeOfWorkId;
        item.deadline = task.deadline;
        item.estimate = task.estimatedMinutes.value_or(-1);
        item.flags = task.isCompleted() ? Completed : 0;
    };
    const auto removeTasksWhere = [&](const std::function<bool(int projectId)> &gone) {
        for (const Item &item : std::as_const(taskItems)) {
            if (gone(item.parent))
                data.removedTasks.insert(item.id);
        }
    };
    const AllowedActions mine{true, true}; // created by this user, not yet seen by the server

    for (const OutboxEntry &entry : entries) {
        const int kind = kindOf(entry.kind);
        if (kind < 0)
            continue;
        const int id = resolve(kind, entry.targetId);
        if (isCreate(entry.kind) && id != entry.targetId)
            continue; // confirmed meanwhile: the server's object is shown
        data.pending[kind].insert(id);
        if (entry.state == OutboxState::Rejected)
            data.problems[kind].insert(id, entry.message);
        else if (entry.state == OutboxState::Conflict)
            data.problems[kind].insert(
                id, tr("Changed on the server too; your change waits for your decision."));
        if (isDelete(entry.kind)) {
            if (entry.state == OutboxState::Rejected)
                continue; // the server keeps it: show it with the refusal
            if (kind == CustomerItem) {
                data.customers.remove(id);
                QSet<int> projects;
                for (auto it = data.projects.begin(); it != data.projects.end();) {
                    if (it->customerId == id) {
                        projects.insert(it.key());
                        it = data.projects.erase(it);
                    } else {
                        ++it;
                    }
                }
                removeTasksWhere([&projects](int project) { return projects.contains(project); });
            } else if (kind == ProjectItem) {
                data.projects.remove(id);
                removeTasksWhere([id](int project) { return project == id; });
            } else {
                data.removedTasks.insert(id);
            }
            continue;
        }
        if (kind == CustomerItem) {
            auto it = data.customers.find(id);
            if (isCreate(entry.kind) && it == data.customers.end()) {
                Customer created;
                created.id = id;
                created.allowed = mine;
                it = data.customers.insert(id, created);
            }
            if (it == data.customers.end())
                continue;
            patchCustomer(*it, entry.payload);
            for (Project &project : data.projects) {
                if (project.customerId == id)
                    project.customerName = it->name;
            }
        } else if (kind == ProjectItem) {
            auto it = data.projects.find(id);
            if (isCreate(entry.kind) && it == data.projects.end()) {
                Project created;
                created.id = id;
                created.allowed = mine;
                it = data.projects.insert(id, created);
            }
            if (it != data.projects.end())
                patchProject(*it, entry.payload);
        } else {
            Task task;
            if (const auto changed = data.changedTasks.constFind(id);
                changed != data.changedTasks.cend()) {
                task = *changed;
            } else if (data.positions[TaskItem].contains(id)) {
                task = m_store.task(id).value_or(Task{});
                task.id = id;
            } else if (isCreate(entry.kind)) {
                task.id = id;
                task.allowed = mine;
            } else {
                continue;
            }
            patchTask(task, entry.payload);
            storeTask(task);
        }
    }
}

void ScopeTreeModel::build(Data &data)
{
    // As naturalCompare(): the C locale collates by code point and ignores numeric mode.
    const QLocale locale = QLocale().language() == QLocale::C
        ? QLocale(QLocale::English, QLocale::UnitedStates)
        : QLocale();
    // `positions` of `items` in natural order of the names, as lists of siblings (positions
    // grouped by their parent, each group sorted): sorting 100,000 tasks among their siblings
    // compares fewer keys than one sort of them all.
    const auto sortedSiblings = [&locale](const QList<Item> &items, int parentCount) {
        const SortKeys keys = naturalSortKeys(items, locale); // keys[i] is the key of items[i]
        QList<QList<int>> siblings(std::max(parentCount, 1));
        QList<QList<int>> byParent(siblings.size());
        for (int position = 0; position < items.size(); ++position)
            byParent[std::max(items.at(position).parent, 0)].append(position);
        SortKeys group;
        for (int parent = 0; parent < byParent.size(); ++parent) {
            group.clear();
            for (const int position : std::as_const(byParent.at(parent)))
                group.append(keys.at(position));
            std::stable_sort(group.begin(), group.end(), [](const auto &a, const auto &b) {
                return a.first.compare(b.first) < 0;
            });
            siblings[parent].reserve(group.size());
            for (const auto &key : std::as_const(group))
                siblings[parent].append(key.second);
        }
        return siblings;
    };

    // Customers and projects become items, in id order first.
    QList<Item> level[3];
    QHash<int, int> positionOf[3];
    QList<int> ids = data.customers.keys();
    std::sort(ids.begin(), ids.end());
    for (const int id : std::as_const(ids)) {
        const Customer &customer = data.customers.value(id);
        Item item;
        item.id = id;
        item.name = customer.name;
        item.flags = customer.archived ? (Archived | OwnArchived) : 0;
        positionOf[CustomerItem].insert(id, int(level[CustomerItem].size()));
        level[CustomerItem].append(item);
    }
    ids = data.projects.keys();
    std::sort(ids.begin(), ids.end());
    for (const int id : std::as_const(ids)) {
        Project &project = data.projects[id];
        const int customer = positionOf[CustomerItem].value(project.customerId, -1);
        if (customer < 0)
            continue;
        Item item;
        item.id = id;
        item.parent = customer;
        item.name = project.name;
        project.customerName = level[CustomerItem].at(customer).name;
        item.flags = project.archived ? (Archived | OwnArchived) : 0;
        if (level[CustomerItem].at(customer).flags & Archived)
            item.flags |= Archived;
        positionOf[ProjectItem].insert(id, int(level[ProjectItem].size()));
        level[ProjectItem].append(item);
    }
    // Sized up front: 100,000 tasks grown step by step cost more in copies and fresh pages than
    // in the work itself.
    level[TaskItem].reserve(data.items[TaskItem].size());
    positionOf[TaskItem].reserve(data.items[TaskItem].size());
    for (Item &item : data.items[TaskItem]) {
        const int project = positionOf[ProjectItem].value(item.parent, -1);
        if (project < 0 || data.removedTasks.contains(item.id))
            continue;
        item.parent = project;
        if (level[ProjectItem].at(project).flags & Archived)
            item.flags |= Archived;
        positionOf[TaskItem].insert(item.id, int(level[TaskItem].size()));
        level[TaskItem].append(std::move(item));
    }
    for (int kind = CustomerItem; kind <= TaskItem; ++kind) {
        for (const int id : data.pending[kind]) {
            if (const int position = positionOf[kind].value(id, -1); position >= 0)
                level[kind][position].flags |= Pending;
        }
        for (auto it = data.problems[kind].cbegin(); it != data.problems[kind].cend(); ++it) {
            if (const int position = positionOf[kind].value(it.key(), -1); position >= 0)
                level[kind][position].flags |= HasProblem;
        }
    }

    // Children lists in natural order; rows follow.
    QList<int> roots = sortedSiblings(level[CustomerItem], 1).value(0);
    for (int row = 0; row < roots.size(); ++row)
        level[CustomerItem][roots.at(row)].row = row;
    for (int kind = ProjectItem; kind <= TaskItem; ++kind) {
        const QList<QList<int>> siblings = sortedSiblings(level[kind], int(level[kind - 1].size()));
        for (int parent = 0; parent < siblings.size() && parent < level[kind - 1].size();
             ++parent) {
            QList<int> &children = level[kind - 1][parent].children;
            for (const int position : siblings.at(parent)) {
                level[kind][position].row = int(children.size());
                children.append(position);
            }
        }
    }
    computeShown(level, m_filter, false, &m_shownTasks);

    // A few rows changed: announced row by row (the views keep what is expanded and selected).
    // Otherwise (the first read, a large sync) one reset.
    const auto takeTheRest = [this, &data]() {
        for (int kind = CustomerItem; kind <= TaskItem; ++kind) {
            m_problems[kind] = std::move(data.problems[kind]);
            m_pending[kind] = std::move(data.pending[kind]);
        }
        m_customers = std::move(data.customers);
        m_projects = std::move(data.projects);
        m_changedTasks = std::move(data.changedTasks);
        m_taskCache.clear();
    };
    if (m_loaded && updateNarrowly(level, positionOf, roots, takeTheRest))
        return;
    beginResetModel();
    m_loaded = true;
    for (int kind = CustomerItem; kind <= TaskItem; ++kind) {
        m_items[kind] = std::move(level[kind]);
        m_positions[kind] = std::move(positionOf[kind]);
    }
    m_roots = std::move(roots);
    takeTheRest();
    endResetModel();
}

namespace {
// Which of `rows` (the new rows of the staying children, in their old order) keep their order
// among themselves: one longest increasing run. The others move (a rename re-sorts them).
std::vector<bool> keptInOrder(const QList<int> &rows)
{
    QList<int> tails; // per length: the index of the smallest last row of a run that long
    QList<int> previous(rows.size(), -1);
    for (int i = 0; i < rows.size(); ++i) {
        const auto at = std::lower_bound(tails.begin(), tails.end(), rows.at(i),
                                         [&rows](int t, int row) { return rows.at(t) < row; });
        const qsizetype length = at - tails.begin();
        if (length > 0)
            previous[i] = tails.at(length - 1);
        if (length == tails.size())
            tails.append(i);
        else
            tails[length] = i;
    }
    // A std::vector: QList<bool>(n, false) trips GCC 12's -Wstringop-overflow at -O3.
    std::vector<bool> kept(size_t(rows.size()), false);
    for (int i = tails.isEmpty() ? -1 : tails.last(); i >= 0; i = previous.at(i))
        kept[i] = true;
    return kept;
}

bool sameValues(const auto &a, const auto &b)
{
    return a.name == b.name && a.workflowStatusId == b.workflowStatusId
        && a.typeOfWorkId == b.typeOfWorkId && a.deadline == b.deadline && a.estimate == b.estimate
        && a.flags == b.flags;
}
} // namespace

bool ScopeTreeModel::updateNarrowly(QList<Item> (&next)[3], QHash<int, int> (&nextPositions)[3],
                                    QList<int> &nextRoots, const std::function<void()> &takeTheRest)
{
    // Beyond this many removed and inserted runs a reset is cheaper for the views.
    constexpr int kMaxSteps = 200;

    // What stays: an object under the same parent (itself staying), in the same order among
    // the staying siblings. What goes is removed with what it holds; what comes is inserted so.
    QSet<int> staying[3];
    const auto keep = [&](Kind kind, const QList<int> &oldChildren, int nextParent) {
        QList<int> rows, ids;
        for (const int position : oldChildren) {
            const int id = m_items[kind].at(position).id;
            const int now = nextPositions[kind].value(id, -1);
            if (now < 0 || (kind != CustomerItem && next[kind].at(now).parent != nextParent))
                continue;
            rows.append(next[kind].at(now).row);
            ids.append(id);
        }
        const std::vector<bool> kept = keptInOrder(rows);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (kept.at(size_t(i)))
                staying[kind].insert(ids.at(i));
        }
    };
    keep(CustomerItem, m_roots, -1);
    for (int kind = ProjectItem; kind <= TaskItem; ++kind) {
        for (const Item &parent : std::as_const(m_items[kind - 1])) {
            if (staying[kind - 1].contains(parent.id))
                keep(Kind(kind), parent.children, nextPositions[kind - 1].value(parent.id));
        }
    }
    // Count the runs to remove and to insert.
    const auto runsIn = [](const QList<Item> &items, const QList<int> &children,
                           const QSet<int> &stays) {
        int runs = 0;
        bool inRun = false;
        for (const int child : children) {
            const bool goes = !stays.contains(items.at(child).id);
            runs += goes && !inRun ? 1 : 0;
            inRun = goes;
        }
        return runs;
    };
    int steps = runsIn(m_items[CustomerItem], m_roots, staying[CustomerItem])
        + runsIn(next[CustomerItem], nextRoots, staying[CustomerItem]);
    for (int kind = ProjectItem; kind <= TaskItem && steps <= kMaxSteps; ++kind) {
        for (const Item &parent : std::as_const(m_items[kind - 1])) {
            if (staying[kind - 1].contains(parent.id))
                steps += runsIn(m_items[kind], parent.children, staying[kind]);
        }
        for (const Item &parent : std::as_const(next[kind - 1])) {
            if (staying[kind - 1].contains(parent.id))
                steps += runsIn(next[kind], parent.children, staying[kind]);
        }
    }
    if (steps > kMaxSteps)
        return false;

    // 1. Removals, over the rows as they are: runs from the last up, so earlier rows hold.
    const auto removeFrom = [this, &staying](Kind kind, int parentPosition, QList<int> &children) {
        for (qsizetype last = children.size() - 1; last >= 0; --last) {
            if (staying[kind].contains(m_items[kind].at(children.at(last)).id))
                continue;
            qsizetype first = last;
            while (first > 0
                   && !staying[kind].contains(m_items[kind].at(children.at(first - 1)).id))
                --first;
            beginRemoveRows(parentIndexOf(kind, parentPosition), int(first), int(last));
            children.remove(first, last - first + 1);
            for (qsizetype row = first; row < children.size(); ++row)
                m_items[kind][children.at(row)].row = int(row);
            endRemoveRows();
            last = first;
        }
    };
    removeFrom(CustomerItem, -1, m_roots);
    for (int kind = ProjectItem; kind <= TaskItem; ++kind) {
        for (qsizetype position = 0; position < m_items[kind - 1].size(); ++position) {
            if (staying[kind - 1].contains(m_items[kind - 1].at(position).id))
                removeFrom(Kind(kind), int(position), m_items[kind - 1][position].children);
        }
    }

    // 2. The new reading takes over with the staying rows only: the same tree as now (an index
    // names its object by id), the new values.
    QList<int> finalChildren[3]; // per kind of the children: by the parent's position in next
    QHash<int, QList<int>> wanted[3];
    const auto onlyStaying = [&staying, &next](Kind kind, QList<int> &children) {
        QList<int> kept;
        for (const int child : std::as_const(children)) {
            if (staying[kind].contains(next[kind].at(child).id)) {
                next[kind][child].row = int(kept.size());
                kept.append(child);
            }
        }
        QList<int> all = std::move(children);
        children = std::move(kept);
        return all;
    };
    const QList<int> allRoots = onlyStaying(CustomerItem, nextRoots);
    for (int kind = CustomerItem; kind < TaskItem; ++kind) {
        for (qsizetype position = 0; position < next[kind].size(); ++position) {
            if (staying[kind].contains(next[kind].at(position).id))
                wanted[kind + 1].insert(int(position),
                                        onlyStaying(Kind(kind + 1), next[kind][position].children));
        }
    }
    QList<Item> before[3];
    QHash<int, int> positionsBefore[3];
    for (int kind = CustomerItem; kind <= TaskItem; ++kind) {
        before[kind] = std::move(m_items[kind]);
        positionsBefore[kind] = std::move(m_positions[kind]);
        m_items[kind] = std::move(next[kind]);
        m_positions[kind] = std::move(nextPositions[kind]);
    }
    m_roots = std::move(nextRoots);
    takeTheRest();

    // 3. Insertions, in row order: each run lands where it is in the end.
    // The staying children are in `all` in the same order: what differs at a row is new.
    const auto insertInto = [this, &staying](Kind kind, int parentPosition, QList<int> &children,
                                             const QList<int> &all) {
        for (qsizetype row = 0; row < all.size(); ++row) {
            if (row < children.size() && children.at(row) == all.at(row))
                continue;
            qsizetype end = row + 1;
            while (end < all.size() && !staying[kind].contains(m_items[kind].at(all.at(end)).id))
                ++end;
            beginInsertRows(parentIndexOf(kind, parentPosition), int(row), int(end - 1));
            children.insert(row, end - row, 0);
            for (qsizetype i = row; i < end; ++i)
                children[i] = all.at(i);
            for (qsizetype i = row; i < children.size(); ++i)
                m_items[kind][children.at(i)].row = int(i);
            endInsertRows();
            row = end - 1;
        }
    };
    insertInto(CustomerItem, -1, m_roots, allRoots);
    for (int kind = ProjectItem; kind <= TaskItem; ++kind) {
        for (auto it = wanted[kind].cbegin(); it != wanted[kind].cend(); ++it)
            insertInto(Kind(kind), it.key(), m_items[kind - 1][it.key()].children, it.value());
    }

    // 4. The values that changed on rows that stayed.
    for (int kind = CustomerItem; kind <= TaskItem; ++kind) {
        for (const int id : std::as_const(staying[kind])) {
            const int position = m_positions[kind].value(id);
            if (!sameValues(m_items[kind].at(position),
                            before[kind].at(positionsBefore[kind].value(id))))
                Q_EMIT dataChanged(indexOfItem(Kind(kind), position, 0),
                                   indexOfItem(Kind(kind), position, ColumnCount - 1));
        }
    }
    return true;
}

// --- Filtering -----------------------------------------------------------------------------------

void ScopeTreeModel::computeShown(QList<Item> (&items)[3], const Filter &filter, bool narrowing,
                                  int *shownTasks)
{
    const QStringList &words = filter.words;
    const int wordCount = int(std::min<qsizetype>(words.size(), 31));
    const quint32 full = (quint32(1) << wordCount) - 1;
    const auto maskOf = [&](const QString &name, quint32 have) {
        for (int w = 0; w < wordCount; ++w) {
            if (!(have & (1u << w)) && name.contains(words.at(w), Qt::CaseInsensitive))
                have |= 1u << w;
        }
        return have;
    };
    QList<quint32> customerMask(items[CustomerItem].size(), 0);
    QList<quint32> projectMask(items[ProjectItem].size(), 0);
    for (qsizetype i = 0; i < items[CustomerItem].size(); ++i)
        customerMask[i] = maskOf(items[CustomerItem].at(i).name, 0);
    for (qsizetype i = 0; i < items[ProjectItem].size(); ++i) {
        const Item &project = items[ProjectItem].at(i);
        projectMask[i] = maskOf(project.name, customerMask.at(project.parent));
    }
    const bool taskLevel = filter.workflowStatus || filter.typeOfWork;
    int shown = 0;
    QList<bool> projectHasShown(items[ProjectItem].size(), false);
    for (Item &task : items[TaskItem]) {
        if (narrowing && !(task.flags & Shown))
            continue; // the search only grew: what was hidden stays hidden
        bool ok = (filter.showCompleted || !(task.flags & Completed))
            && (filter.showArchived || !(task.flags & Archived))
            && (!filter.workflowStatus || task.workflowStatusId == filter.workflowStatus)
            && (!filter.typeOfWork || task.typeOfWorkId == filter.typeOfWork);
        if (ok && wordCount)
            ok = maskOf(task.name, projectMask.at(task.parent)) == full;
        if (ok) {
            task.flags |= Shown;
            projectHasShown[task.parent] = true;
            ++shown;
        } else {
            task.flags &= ~Shown;
        }
    }
    QList<bool> customerHasShown(items[CustomerItem].size(), false);
    for (qsizetype i = 0; i < items[ProjectItem].size(); ++i) {
        Item &project = items[ProjectItem][i];
        const bool ok = (filter.showArchived || !(project.flags & Archived))
            && (projectHasShown.at(i) || (!taskLevel && (!wordCount || projectMask.at(i) == full)));
        if (ok) {
            project.flags |= Shown;
            customerHasShown[project.parent] = true;
        } else {
            project.flags &= ~Shown;
        }
    }
    for (qsizetype i = 0; i < items[CustomerItem].size(); ++i) {
        Item &customer = items[CustomerItem][i];
        const bool ok = (filter.showArchived || !(customer.flags & Archived))
            && (customerHasShown.at(i)
                || (!taskLevel && (!wordCount || customerMask.at(i) == full)));
        if (ok)
            customer.flags |= Shown;
        else
            customer.flags &= ~Shown;
    }
    *shownTasks = shown;
}

void ScopeTreeModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    // Narrowing: only the words changed, and each former word is part of a new one — what did
    // not match before cannot match now.
    Filter sameWords = filter;
    sameWords.words = m_filter.words;
    bool narrowing = sameWords == m_filter && !m_filter.words.isEmpty();
    for (const QString &before : std::as_const(m_filter.words)) {
        narrowing = narrowing
            && std::any_of(filter.words.begin(), filter.words.end(), [&](const QString &now) {
                        return now.contains(before, Qt::CaseInsensitive);
                    });
    }
    m_filter = filter;
    computeShown(m_items, m_filter, narrowing, &m_shownTasks);
}

bool ScopeTreeModel::isShown(const QModelIndex &index) const
{
    const Item *item = itemOf(index);
    return item && (item->flags & Shown);
}

// --- Lookups -------------------------------------------------------------------------------------

const Customer *ScopeTreeModel::customer(int id) const
{
    const auto it = m_customers.constFind(id);
    return it == m_customers.cend() ? nullptr : &*it;
}

const Project *ScopeTreeModel::project(int id) const
{
    const auto it = m_projects.constFind(id);
    return it == m_projects.cend() ? nullptr : &*it;
}

const Task *ScopeTreeModel::task(int id) const
{
    const int position = m_positions[TaskItem].value(id, -1);
    if (position < 0)
        return nullptr;
    if (const auto changed = m_changedTasks.constFind(id); changed != m_changedTasks.cend())
        return &*changed;
    if (const auto cached = m_taskCache.find(id); cached != m_taskCache.end())
        return &cached->second;
    // The whole object from the Store, with the names of its parents as shown.
    Task task = m_store.task(id).value_or(Task{});
    const Item &item = m_items[TaskItem].at(position);
    const Item &projectItem = m_items[ProjectItem].at(item.parent);
    task.id = id;
    task.name = item.name;
    task.projectId = projectItem.id;
    task.projectName = projectItem.name;
    task.customerId = m_items[CustomerItem].at(projectItem.parent).id;
    task.customerName = m_items[CustomerItem].at(projectItem.parent).name;
    return &m_taskCache.insert_or_assign(id, std::move(task)).first->second;
}

Store::TrackedTime ScopeTreeModel::trackedOn(int taskId) const
{
    const int id = serverIdOf(TaskItem, taskId);
    return id > 0 ? m_store.trackedOnTask(id) : Store::TrackedTime{};
}

ScopeTreeModel::Comments ScopeTreeModel::comments(Kind kind, int id) const
{
    Comments shown;
    const int serverId = serverIdOf(kind, id);
    const std::optional<Store::CachedComments> cached =
        serverId > 0 ? m_store.comments(int(kind), serverId) : std::nullopt;
    if (!cached)
        return shown;
    shown.fetched = true;
    shown.fetchedAt = cached->fetchedAt;
    QList<int> userIds;
    for (const Comment &comment : cached->comments)
        userIds.append(comment.userId);
    QHash<int, QString> names;
    if (!userIds.isEmpty()) {
        for (const User &user : m_store.users(userIds))
            names.insert(user.id, user.displayName());
    }
    for (const Comment &comment : cached->comments) {
        const QString author = names.value(comment.userId);
        shown.items.append({author.isEmpty() ? tr("User %1").arg(comment.userId) : author,
                            comment.created, comment.text});
    }
    return shown;
}

QString ScopeTreeModel::problem(Kind kind, int id) const
{
    return m_problems[kind].value(id);
}

bool ScopeTreeModel::isPending(Kind kind, int id) const
{
    return m_pending[kind].contains(id);
}

int ScopeTreeModel::serverIdOf(Kind kind, int id) const
{
    if (id >= 0)
        return id;
    return m_store.meta(temporaryIdKey(kind, id)).value_or(QString::number(id)).toInt();
}

QModelIndex ScopeTreeModel::indexOf(Kind kind, int id) const
{
    const int position = m_positions[kind].value(id, -1);
    return position < 0 ? QModelIndex() : indexOfItem(kind, position);
}

QList<int> ScopeTreeModel::customerIds() const
{
    QList<int> ids;
    ids.reserve(m_items[CustomerItem].size());
    for (const Item &item : m_items[CustomerItem])
        ids.append(item.id);
    return ids; // built in id order
}

QList<int> ScopeTreeModel::projectsOf(int customerId) const
{
    QList<int> ids;
    const int position = m_positions[CustomerItem].value(customerId, -1);
    if (position < 0)
        return ids;
    for (const int child : m_items[CustomerItem].at(position).children)
        ids.append(m_items[ProjectItem].at(child).id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<int> ScopeTreeModel::tasksOf(int projectId) const
{
    QList<int> ids;
    const int position = m_positions[ProjectItem].value(projectId, -1);
    if (position < 0)
        return ids;
    for (const int child : m_items[ProjectItem].at(position).children)
        ids.append(m_items[TaskItem].at(child).id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString ScopeTreeModel::searchText(Kind kind, int position) const
{
    QStringList names;
    for (int k = kind; k >= CustomerItem && position >= 0; --k) {
        const Item &item = m_items[k].at(position);
        names.prepend(item.name);
        position = item.parent;
    }
    return names.join(u'\n');
}

// --- The item model ------------------------------------------------------------------------------

const ScopeTreeModel::Item *ScopeTreeModel::itemOf(const QModelIndex &index, Kind *kind,
                                                   int *position) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int k = int(index.internalId() % kKinds);
    if (k > TaskItem)
        return nullptr;
    const int id = int(qint32(quint32(index.internalId() / kKinds)));
    const int at = m_positions[k].value(id, -1);
    if (at < 0)
        return nullptr;
    if (kind)
        *kind = Kind(k);
    if (position)
        *position = at;
    return &m_items[k].at(at);
}

QModelIndex ScopeTreeModel::indexOfItem(Kind kind, int position, int column) const
{
    const Item &item = m_items[kind].at(position);
    return createIndex(item.row, column, quintptr(quint32(item.id)) * kKinds + quintptr(kind));
}

QModelIndex ScopeTreeModel::parentIndexOf(Kind kind, int parentPosition) const
{
    return kind == CustomerItem ? QModelIndex() : indexOfItem(Kind(kind - 1), parentPosition);
}

QModelIndex ScopeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        return row < m_roots.size() ? indexOfItem(CustomerItem, m_roots.at(row), column)
                                    : QModelIndex();
    }
    Kind kind;
    const Item *item = itemOf(parent, &kind);
    if (!item || kind == TaskItem || parent.column() != 0 || row >= item->children.size())
        return {};
    return indexOfItem(Kind(kind + 1), item->children.at(row), column);
}

QModelIndex ScopeTreeModel::parent(const QModelIndex &child) const
{
    Kind kind;
    const Item *item = itemOf(child, &kind);
    if (!item || kind == CustomerItem)
        return {};
    return indexOfItem(Kind(kind - 1), item->parent);
}

int ScopeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Item *item = itemOf(parent);
    return item ? int(item->children.size()) : 0;
}

int ScopeTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ScopeTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags ScopeTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Kind kind;
    const Item *item = itemOf(index, &kind);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (item && kind == TaskItem)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant ScopeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case DeadlineColumn:
        return tr("Deadline");
    case EstimateColumn:
        return tr("Estimate");
    default:
        return {};
    }
}

QVariant ScopeTreeModel::data(const QModelIndex &index, int role) const
{
    Kind kind;
    int position = -1;
    const Item *item = itemOf(index, &kind, &position);
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return item->name;
        case StatusColumn:
            if (kind != TaskItem)
                return (item->flags & OwnArchived) ? m_archivedText : QString();
            if (const QString name = m_statusNames.value(item->workflowStatusId); !name.isEmpty())
                return name;
            return (item->flags & Completed) ? m_completedText : m_openText;
        case DeadlineColumn:
            return item->deadline.isValid()
                ? QLocale().toString(item->deadline, QLocale::ShortFormat)
                : QString();
        case EstimateColumn:
            if (item->estimate < 0)
                return QString();
            return m_durations.format(item->estimate);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == EstimateColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (item->flags & HasProblem)
            return kProblemColor;
        if (item->flags & Pending)
            return kPendingColor;
        return {};
    case Qt::ToolTipRole:
        if (item->flags & HasProblem)
            return tr("The server refused the last change: %1")
                .arg(m_problems[kind].value(item->id));
        if (item->flags & Pending)
            return tr("Waiting to be sent to the server");
        return {};
    case KindRole:
        return int(kind);
    case IdRole:
        return item->id;
    case SearchTextRole:
        return searchText(kind, position);
    case CompletedRole:
        return bool(item->flags & Completed);
    case ArchivedRole:
        return bool(item->flags & Archived);
    case WorkflowStatusRole:
        return item->workflowStatusId;
    case TypeOfWorkRole:
        return item->typeOfWorkId;
    case PendingRole:
        return bool(item->flags & Pending);
    case ProblemRole:
        return (item->flags & HasProblem) ? QVariant(m_problems[kind].value(item->id)) : QVariant();
    default:
        return {};
    }
}

} // namespace actidesk
