#include "scopetreemodel.h"

#include "duration.h"
#include "storewatch.h"

#include <QCollator>
#include <QColor>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
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

constexpr quintptr kKinds = 4; // internalId = position * kKinds + kind

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
    const QLocale locale;
    // As naturalCompare(): the C locale collates by code point and ignores numeric mode.
    QCollator collator(locale.language() == QLocale::C
                           ? QLocale(QLocale::English, QLocale::UnitedStates)
                           : locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    // Positions in natural order of the names.
    const auto sortedOrder = [&collator](const QList<Item> &items, const QList<int> &positions) {
        QList<std::pair<QCollatorSortKey, int>> keys;
        keys.reserve(positions.size());
        for (const int position : positions)
            keys.append({collator.sortKey(items.at(position).name), position});
        std::stable_sort(keys.begin(), keys.end(),
                         [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
        QList<int> order;
        order.reserve(keys.size());
        for (const auto &key : std::as_const(keys))
            order.append(key.second);
        return order;
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
    level[TaskItem].reserve(data.items[TaskItem].size());
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
    QList<int> all[3];
    for (int kind = CustomerItem; kind <= TaskItem; ++kind) {
        all[kind].reserve(level[kind].size());
        for (int position = 0; position < level[kind].size(); ++position)
            all[kind].append(position);
    }
    QList<int> roots = sortedOrder(level[CustomerItem], all[CustomerItem]);
    for (int row = 0; row < roots.size(); ++row)
        level[CustomerItem][roots.at(row)].row = row;
    for (int kind = ProjectItem; kind <= TaskItem; ++kind) {
        for (const int position : sortedOrder(level[kind], all[kind])) {
            Item &item = level[kind][position];
            QList<int> &siblings = level[kind - 1][item.parent].children;
            item.row = int(siblings.size());
            siblings.append(position);
        }
    }
    computeShown(level, m_filter, false, &m_shownTasks);

    // The same shape (the same objects in the same places): only the changed rows are
    // announced. Otherwise one reset.
    bool sameShape = m_loaded && roots == m_roots;
    for (int kind = CustomerItem; sameShape && kind <= TaskItem; ++kind) {
        sameShape = level[kind].size() == m_items[kind].size();
        for (qsizetype i = 0; sameShape && i < level[kind].size(); ++i) {
            const Item &now = level[kind].at(i);
            const Item &before = m_items[kind].at(i);
            sameShape = now.id == before.id && now.parent == before.parent && now.row == before.row
                && now.children == before.children;
        }
    }
    QList<std::pair<int, int>> changed; // (kind, position)
    if (sameShape) {
        for (int kind = CustomerItem; kind <= TaskItem; ++kind) {
            for (qsizetype i = 0; i < level[kind].size(); ++i) {
                if (!(level[kind].at(i) == m_items[kind].at(i)))
                    changed.append({kind, int(i)});
            }
        }
    } else {
        beginResetModel();
    }
    m_loaded = true;
    for (int kind = CustomerItem; kind <= TaskItem; ++kind) {
        m_items[kind] = std::move(level[kind]);
        m_positions[kind] = std::move(positionOf[kind]);
        m_problems[kind] = std::move(data.problems[kind]);
        m_pending[kind] = std::move(data.pending[kind]);
    }
    m_roots = std::move(roots);
    m_customers = std::move(data.customers);
    m_projects = std::move(data.projects);
    m_changedTasks = std::move(data.changedTasks);
    m_taskCache.clear();
    if (!sameShape) {
        endResetModel();
        return;
    }
    // Changed values only: the views repaint those rows, the filter re-checks them.
    for (const auto &[kind, position] : std::as_const(changed)) {
        Q_EMIT dataChanged(indexOfItem(Kind(kind), position, 0),
                           indexOfItem(Kind(kind), position, ColumnCount - 1));
    }
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

const ScopeTreeModel::Item *ScopeTreeModel::itemOf(const QModelIndex &index, Kind *kind) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int k = int(index.internalId() % kKinds);
    const qsizetype position = qsizetype(index.internalId() / kKinds);
    if (k > TaskItem || position >= m_items[k].size())
        return nullptr;
    if (kind)
        *kind = Kind(k);
    return &m_items[k].at(position);
}

QModelIndex ScopeTreeModel::indexOfItem(Kind kind, int position, int column) const
{
    return createIndex(m_items[kind].at(position).row, column,
                       quintptr(position) * kKinds + quintptr(kind));
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
    const Item *item = itemOf(index, &kind);
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
        return searchText(kind, int(index.internalId() / kKinds));
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
