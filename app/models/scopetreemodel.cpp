#include "scopetreemodel.h"

#include "duration.h"
#include "storewatch.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QList<QStandardItem *> rowOf(const QString &name, ScopeTreeModel::Kind kind, int id,
                             const QString &search, const QString &status,
                             const QString &deadline = {}, const QString &estimate = {})
{
    QStandardItem *nameItem = textItem(name);
    nameItem->setData(int(kind), ScopeTreeModel::KindRole);
    nameItem->setData(id, ScopeTreeModel::IdRole);
    nameItem->setData(search, ScopeTreeModel::SearchTextRole);
    QStandardItem *estimateItem = textItem(estimate);
    estimateItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return {nameItem, textItem(status), textItem(deadline), estimateItem};
}
} // namespace

ScopeTreeModel::ScopeTreeModel(Store &store, QObject *parent)
    : QStandardItemModel(parent), m_store(store)
{
    setHorizontalHeaderLabels({tr("Name"), tr("Status"), tr("Deadline"), tr("Estimate")});
    // The Store subscription: the scope of work and the server's duration format.
    const auto overlaps = [](const StoreChange &change) {
        return change.touches(StoreEntity::Tasks) || change.touches(StoreEntity::Projects)
            || change.touches(StoreEntity::Customers) || change.serverInfo;
    };
    new StoreWatch(
        m_store, overlaps, [this] { m_reloadHandler ? m_reloadHandler() : reload(); }, this);
}

void ScopeTreeModel::reload()
{
    const QLocale locale;
    const DurationFormat format(m_store.serverInfo().value_or(ServerInfo{}), locale);
    QCollator collator(locale);
    collator.setNumericMode(true);
    auto byName = [&collator](const auto &a, const auto &b) {
        return collator.compare(a.name, b.name) < 0;
    };

    QList<Customer> customers = m_store.customers();
    QList<Project> projects = m_store.projects();
    QList<Task> tasks = m_store.tasks();
    // A task may arrive without its project or customer (e.g. from a week's records): show it
    // under the names it carries rather than dropping it.
    QSet<int> customerIds, projectIds;
    for (const Customer &customer : std::as_const(customers))
        customerIds.insert(customer.id);
    for (const Project &project : std::as_const(projects))
        projectIds.insert(project.id);
    for (const Task &task : std::as_const(tasks)) {
        if (!projectIds.contains(task.projectId)) {
            projectIds.insert(task.projectId);
            projects.append(Project{task.projectId,
                                    task.customerId,
                                    task.customerName,
                                    task.projectName,
                                    {},
                                    false,
                                    {},
                                    {},
                                    {}});
        }
        if (!customerIds.contains(task.customerId)) {
            customerIds.insert(task.customerId);
            customers.append(Customer{task.customerId, task.customerName, {}, false, {}, {}, {}});
        }
    }
    std::sort(customers.begin(), customers.end(), byName);
    std::sort(projects.begin(), projects.end(), byName);
    std::sort(tasks.begin(), tasks.end(), byName);

    QHash<int, QList<Task>> tasksOf; // project id -> tasks
    for (const Task &task : std::as_const(tasks))
        tasksOf[task.projectId].append(task);
    QHash<int, QList<Project>> projectsOf; // customer id -> projects
    for (const Project &project : std::as_const(projects))
        projectsOf[project.customerId].append(project);

    // Rebuilding from scratch is one reset for the views; a few thousand items take milliseconds.
    removeRows(0, rowCount());
    m_taskCount = 0;
    QStandardItem *root = invisibleRootItem();
    const QString archived = tr("Archived");
    for (const Customer &customer : std::as_const(customers)) {
        const QList<Project> &ofCustomer = projectsOf.value(customer.id);
        QList<QStandardItem *> customerRow =
            rowOf(customer.name, CustomerItem, customer.id, customer.name,
                  customer.archived ? archived : QString());
        for (const Project &project : ofCustomer) {
            const QString projectSearch = QString(customer.name + u' ' + project.name);
            QList<QStandardItem *> projectRow =
                rowOf(project.name, ProjectItem, project.id, projectSearch,
                      project.archived ? archived : QString());
            for (const Task &task : tasksOf.value(project.id)) {
                const QString status = task.workflowStatusName.isEmpty()
                    ? (task.isCompleted() ? tr("Completed") : tr("Open"))
                    : task.workflowStatusName;
                QList<QStandardItem *> taskRow = rowOf(
                    task.name, TaskItem, task.id, QString(projectSearch + u' ' + task.name), status,
                    task.deadline.isValid() ? locale.toString(task.deadline, QLocale::ShortFormat)
                                            : QString(),
                    task.estimatedMinutes ? format.format(*task.estimatedMinutes) : QString());
                taskRow.at(StatusColumn)->setData(task.isCompleted(), CompletedRole);
                projectRow.first()->appendRow(taskRow);
                ++m_taskCount;
            }
            customerRow.first()->appendRow(projectRow);
        }
        root->appendRow(customerRow);
    }
}

} // namespace actidesk
