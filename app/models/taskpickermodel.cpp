#include "taskpickermodel.h"

#include "naturalorder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

TaskPickerModel::TaskPickerModel(Store &store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    reload();
}

void TaskPickerModel::reload()
{
    TaskQuery query;
    query.status = TaskStatus::Open;
    m_all = m_store.tasks(query);
    std::sort(m_all.begin(), m_all.end(), [](const Task &a, const Task &b) {
        for (const auto &[x, y] :
             {std::pair(a.customerName, b.customerName), std::pair(a.projectName, b.projectName),
              std::pair(a.name, b.name)}) {
            if (const int c = naturalCompare(x, y); c != 0)
                return c < 0;
        }
        return a.id < b.id;
    });
    refilter();
}

void TaskPickerModel::setExcluded(const QSet<int> &taskIds)
{
    m_excluded = taskIds;
    refilter();
}

void TaskPickerModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    refilter();
}

void TaskPickerModel::refilter()
{
    const QStringList words = m_filter.split(u' ', Qt::SkipEmptyParts);
    beginResetModel();
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const Task &task = m_all.at(i);
        if (m_excluded.contains(task.id))
            continue;
        const auto matches = [&task](const QString &word) {
            return task.name.contains(word, Qt::CaseInsensitive)
                || task.projectName.contains(word, Qt::CaseInsensitive)
                || task.customerName.contains(word, Qt::CaseInsensitive);
        };
        if (std::all_of(words.cbegin(), words.cend(), matches))
            m_shown.append(i);
    }
    endResetModel();
}

int TaskPickerModel::taskId(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_all.at(m_shown.at(row)).id : 0;
}

int TaskPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant TaskPickerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Task &task = m_all.at(m_shown.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return QString(task.customerName + u" \u203a "_s + task.projectName + u" \u203a "_s
                       + task.name);
    case Qt::ToolTipRole:
        return task.description.isEmpty() ? QVariant() : QVariant(task.description);
    case TaskIdRole:
        return task.id;
    case TaskNameRole:
        return task.name;
    case PathRole:
        return QString(task.customerName + u" \u203a "_s + task.projectName);
    default:
        return {};
    }
}

} // namespace actidesk
