#include "taskbrowserpage.h"

#include "elidedtooltips.h"
#include "loadingoverlay.h"
#include "scopefiltermodel.h"
#include "scopeitemdialog.h"
#include "scopepropertiespanel.h"
#include "searchfield.h"
#include "searchhighlightdelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
using Kind = ScopeTreeModel::Kind;
using Action = ScopeEditor::Action;

QString countText(int n, bool projects)
{
    if (projects)
        return n == 1 ? TaskBrowserPage::tr("%n project", nullptr, n)
                      : TaskBrowserPage::tr("%n projects", nullptr, n);
    return n == 1 ? TaskBrowserPage::tr("%n task", nullptr, n)
                  : TaskBrowserPage::tr("%n tasks", nullptr, n);
}
} // namespace

TaskBrowserPage::TaskBrowserPage(ScopeTreeModel *model, ScopeEditor *editor, QWidget *parent)
    : QWidget(parent), m_model(model), m_editor(editor), m_filter(new ScopeFilterModel(this))
{
    // The model re-reads after cache changes through reload(), which keeps the selection.
    m_model->setReloadHandler([this] { reload(); });
    m_filter->setSourceModel(m_model);

    m_search = addSearchField(this, tr("Search customers, projects and tasks"), tr("Search tasks"),
                              tr("Search Tasks"));
    m_summary = new QLabel(this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020"_s);
    m_message->hide();

    m_view = new QTreeView(this);
    m_view->setAccessibleName(tr("Customers, projects and tasks"));
    showElidedTextAsToolTip(m_view);
    m_view->setModel(m_filter);
    m_view->setItemDelegateForColumn(ScopeTreeModel::NameColumn,
                                     new SearchHighlightDelegate(m_filter, m_view));
    m_view->setUniformRowHeights(true); // thousands of rows stay cheap to lay out
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setToolTip(tr("Enter or double-click puts a task on the timesheet's week; Ins adds, "
                          "F2 renames, Ctrl+Enter edits, Del deletes"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ScopeTreeModel::NameColumn, QHeaderView::Stretch);
    for (int column : {ScopeTreeModel::StatusColumn, ScopeTreeModel::DeadlineColumn,
                       ScopeTreeModel::EstimateColumn})
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::activated, this, &TaskBrowserPage::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TaskBrowserPage::updateActions);

    m_properties = new ScopePropertiesPanel(*m_model, this);
    createActions();
    m_properties->setSettleActions(m_retry, m_discard);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        if (!text.trimmed().isEmpty())
            expandMatches();
        updateSummary();
    });
    // Down from the search field goes to the results, so the keyboard never has to leave.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this]() {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_filter->index(0, 0));
    });

    // The panel scrolls rather than squeezing its rows onto each other in a short window.
    auto *propertiesArea = new QScrollArea(this);
    propertiesArea->setWidget(m_properties);
    propertiesArea->setWidgetResizable(true);
    propertiesArea->setFrameShape(QFrame::NoFrame);
    propertiesArea->setAccessibleName(tr("Properties of the selected object"));
    propertiesArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    propertiesArea->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    // As wide as the area, never wider: a narrow area puts a row's value under its name
    // (QFormLayout::WrapLongRows) instead of cutting the values off at its right edge.
    m_properties->setMinimumWidth(1);
    m_splitter = new QSplitter(this);
    QSplitter *splitter = m_splitter;
    splitter->addWidget(m_view);
    splitter->addWidget(propertiesArea);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    updateActions();
}

void TaskBrowserPage::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &key) {
        auto *action = new QAction(text, this);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetShortcut);
            m_view->addAction(action); // the keys work where the tree has the focus
        }
        return action;
    };
    m_new = make(tr("New\u2026"), QKeySequence(Qt::Key_Insert));
    m_newCustomer = make(tr("New Customer\u2026"), {});
    m_rename = make(tr("Rename\u2026"), QKeySequence(Qt::Key_F2));
    m_edit = make(tr("Edit\u2026"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto *editEnter = new QAction(this); // the keypad's Enter too
    editEnter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter));
    editEnter->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(editEnter);
    connect(editEnter, &QAction::triggered, m_edit, &QAction::trigger);
    m_complete = make(tr("Complete"), QKeySequence(Qt::CTRL | Qt::Key_K));
    m_move = make(tr("Move to Project\u2026"), QKeySequence(Qt::CTRL | Qt::Key_M));
    m_delete = make(tr("Delete\u2026"), QKeySequence(QKeySequence::Delete));
    m_track = make(tr("Track Time on This"), QKeySequence(Qt::CTRL | Qt::Key_T));
    // The server refused a change of the object (or it met a change on the server): send it
    // again over the server's values, or take the server's.
    m_retry = make(tr("Keep Mine (Send Again)"), {});
    connect(m_retry, &QAction::triggered, this, [this]() {
        const auto [kind, id] = currentObject();
        if (id)
            report(m_editor->retryRefused(kind, id));
    });
    m_discard = make(tr("Take the Server's (Discard Mine)"), {});
    connect(m_discard, &QAction::triggered, this, [this]() {
        const auto [kind, id] = currentObject();
        if (id)
            report(m_editor->discardRefused(kind, id));
    });

    connect(m_new, &QAction::triggered, this, [this]() {
        const auto [kind, id] = currentObject();
        if (id == 0) {
            showDialog(Kind::CustomerItem, 0, 0, false);
        } else if (kind == Kind::CustomerItem) {
            showDialog(Kind::ProjectItem, 0, id, false);
        } else if (kind == Kind::ProjectItem) {
            showDialog(Kind::TaskItem, 0, id, false);
        } else if (const Task *task = m_model->task(id)) {
            showDialog(Kind::TaskItem, 0, task->projectId, false);
        }
    });
    connect(m_newCustomer, &QAction::triggered, this,
            [this]() { showDialog(Kind::CustomerItem, 0, 0, false); });
    connect(m_rename, &QAction::triggered, this, [this]() {
        const auto [kind, id] = currentObject();
        if (id)
            showDialog(kind, id, 0, true);
    });
    connect(m_edit, &QAction::triggered, this, [this]() {
        const auto [kind, id] = currentObject();
        if (id)
            showDialog(kind, id, 0, false);
    });
    connect(m_complete, &QAction::triggered, this, [this]() {
        const auto [kind, id] = currentObject();
        if (const Task *task = kind == Kind::TaskItem ? m_model->task(id) : nullptr)
            report(m_editor->setCompleted(id, !task->isCompleted()));
    });
    connect(m_move, &QAction::triggered, this, &TaskBrowserPage::moveTask);
    connect(m_delete, &QAction::triggered, this, &TaskBrowserPage::confirmDelete);
    connect(m_track, &QAction::triggered, this, [this]() {
        const auto [kind, id] = currentObject();
        if (kind == Kind::TaskItem && id > 0)
            Q_EMIT addToTimesheetRequested(id);
    });

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action :
         {m_new, m_newCustomer, m_rename, m_edit, m_complete, m_move, m_delete, m_track})
        m_toolBar->addAction(action);

    m_menu = new QMenu(this);
    m_menu->setToolTipsVisible(true); // a disabled action says why
    for (QAction *action :
         {m_track, m_new, m_rename, m_edit, m_complete, m_move, m_delete, m_retry, m_discard}) {
        m_menu->addAction(action);
        if (action == m_track) {
            // The timer on the task (the window's Timer menu and the tray show and stop it).
            QAction *timer = m_menu->addAction(tr("Start Timer on This Task"), this, [this] {
                const auto [kind, id] = currentObject();
                if (kind == Kind::TaskItem && id > 0)
                    Q_EMIT startTimerRequested(id);
            });
            connect(m_track, &QAction::changed, timer,
                    [this, timer] { timer->setEnabled(m_track->isEnabled()); });
            timer->setEnabled(m_track->isEnabled());
            m_menu->addSeparator();
        }
    }
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_view->indexAt(position);
        if (index.isValid())
            m_view->setCurrentIndex(index);
        updateActions();
        m_menu->popup(m_view->viewport()->mapToGlobal(position));
    });
}

QWidget *TaskBrowserPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    m_showCompleted = new QCheckBox(tr("Show completed tasks"), bar);
    m_showArchived = new QCheckBox(tr("Show archived"), bar);
    m_workflowFilter = new QComboBox(bar);
    m_workflowFilter->setAccessibleName(tr("Workflow status"));
    m_typeFilter = new QComboBox(bar);
    m_typeFilter->setAccessibleName(tr("Type of work"));
    connect(m_showCompleted, &QCheckBox::toggled, this, [this](bool show) {
        m_filter->setShowCompleted(show);
        updateSummary();
    });
    connect(m_showArchived, &QCheckBox::toggled, this, [this](bool show) {
        m_filter->setShowArchived(show);
        updateSummary();
    });
    connect(m_workflowFilter, &QComboBox::currentIndexChanged, this, [this]() {
        m_filter->setWorkflowStatus(m_workflowFilter->currentData().toInt());
        expandMatches();
    });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this]() {
        m_filter->setTypeOfWork(m_typeFilter->currentData().toInt());
        expandMatches();
    });
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_showCompleted);
    layout->addWidget(m_showArchived);
    layout->addWidget(m_workflowFilter);
    layout->addWidget(m_typeFilter);
    updateFilterLists();
    return bar;
}

void TaskBrowserPage::updateFilterLists()
{
    const auto refill = [](QComboBox *box, const QString &any, const auto &rows) {
        const int current = box->currentData().toInt();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(any, 0);
        for (const auto &row : rows)
            box->addItem(row.name, row.id);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_workflowFilter, tr("Any workflow status"), m_model->workflowStatuses());
    refill(m_typeFilter, tr("Any type of work"), m_model->typesOfWork());
}

void TaskBrowserPage::expandMatches()
{
    // Matches are deep in the tree: show them — unless there are so many that the list of
    // customers says more (the next keys narrow it).
    constexpr int kExpandUpTo = 2000;
    if (m_filter->shownTaskCount() <= kExpandUpTo)
        m_view->expandAll();
}

void TaskBrowserPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_splitterSized) {
        // The splitter would give the panel only its minimum; a third of the page (up to 45
        // characters) lets its rows read on one line each.
        m_splitterSized = true;
        const int total = m_splitter->width();
        const int panel = std::clamp(total / 3, m_splitter->widget(1)->minimumWidth(),
                                     fontMetrics().averageCharWidth() * 45);
        m_splitter->setSizes({total - panel, panel});
    }
    if (!m_model->isLoaded())
        reload();
}

std::pair<ScopeTreeModel::Kind, int> TaskBrowserPage::currentObject() const
{
    const QModelIndex index = m_view->currentIndex().siblingAtColumn(ScopeTreeModel::NameColumn);
    if (!index.isValid())
        return {Kind::CustomerItem, 0};
    return {Kind(index.data(ScopeTreeModel::KindRole).toInt()),
            index.data(ScopeTreeModel::IdRole).toInt()};
}

bool TaskBrowserPage::selectObject(ScopeTreeModel::Kind kind, int id)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(kind, id));
    if (!index.isValid())
        return false;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_view->expand(parent);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void TaskBrowserPage::reload()
{
    // The model announces what changed row by row, so the view keeps what is open and
    // selected; after a reset (a large sync) this restores it.
    QList<std::pair<Kind, int>> expanded;
    const auto collect = [&](auto &self, const QModelIndex &parent) -> void {
        for (int row = 0; row < m_filter->rowCount(parent); ++row) {
            const QModelIndex index = m_filter->index(row, 0, parent);
            if (!m_view->isExpanded(index))
                continue;
            expanded.append({Kind(index.data(ScopeTreeModel::KindRole).toInt()),
                             index.data(ScopeTreeModel::IdRole).toInt()});
            self(self, index);
        }
    };
    if (m_model->isLoaded())
        collect(collect, {});
    const auto before = currentObject();
    m_model->reload();
    updateFilterLists();
    if (!m_search->text().trimmed().isEmpty() || m_workflowFilter->currentIndex() > 0
        || m_typeFilter->currentIndex() > 0)
        expandMatches();
    for (const auto &[kind, id] : std::as_const(expanded)) {
        const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(kind, id));
        if (index.isValid())
            m_view->expand(index);
    }
    // An object created here and confirmed meanwhile has its server id now.
    auto current = before;
    if (current.second < 0 && !m_model->indexOf(current.first, current.second).isValid())
        current.second = m_model->serverIdOf(current.first, current.second);
    if (m_wanted && m_wanted->second < 0
        && !m_model->indexOf(m_wanted->first, m_wanted->second).isValid())
        m_wanted->second = m_model->serverIdOf(m_wanted->first, m_wanted->second);
    const auto wanted = m_wanted.value_or(current);
    if (!(wanted.second && selectObject(wanted.first, wanted.second)) && current.second)
        selectObject(current.first, current.second);
    if (m_wanted && selectObject(m_wanted->first, m_wanted->second))
        m_wanted.reset();
    updateActions();
    updateSummary();
}

bool TaskBrowserPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_filter->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TaskBrowserPage::activate(const QModelIndex &index)
{
    const QModelIndex name = index.siblingAtColumn(ScopeTreeModel::NameColumn);
    if (name.data(ScopeTreeModel::KindRole).toInt() == ScopeTreeModel::TaskItem
        && name.data(ScopeTreeModel::IdRole).toInt() > 0)
        Q_EMIT addToTimesheetRequested(name.data(ScopeTreeModel::IdRole).toInt());
    else
        m_view->setExpanded(index, !m_view->isExpanded(index));
}

void TaskBrowserPage::updateActions()
{
    const auto [kind, id] = currentObject();
    m_properties->showObject(kind, id);
    if (const int serverId = id ? m_model->serverIdOf(kind, id) : 0;
        serverId > 0 && m_commentsAsked != std::pair{kind, serverId}) {
        m_commentsAsked = {kind, serverId};
        Q_EMIT commentsWanted(int(kind), serverId);
    }
    const auto set = [](QAction *action, const QString &why, const QString &tip) {
        action->setEnabled(why.isEmpty());
        action->setToolTip(why.isEmpty() ? tip : why);
    };
    // Ins adds at the level below the selection (a task beside a selected task).
    if (id == 0) {
        m_new->setText(tr("New Customer\u2026"));
        set(m_new, m_editor->whyNot(Action::Create, Kind::CustomerItem, 0),
            tr("Add a customer (Ins)"));
    } else if (kind == Kind::CustomerItem) {
        m_new->setText(tr("New Project\u2026"));
        set(m_new, m_editor->whyNot(Action::Create, kind, id),
            tr("Add a project to this customer (Ins)"));
    } else {
        const int project =
            kind == Kind::ProjectItem ? id : (m_model->task(id) ? m_model->task(id)->projectId : 0);
        m_new->setText(tr("New Task\u2026"));
        set(m_new, m_editor->whyNot(Action::Create, Kind::ProjectItem, project),
            tr("Add a task to this project (Ins)"));
    }
    set(m_newCustomer, m_editor->whyNot(Action::Create, Kind::CustomerItem, 0),
        tr("Add a customer"));
    // With nothing selected the first button already adds a customer: not two of the same.
    m_newCustomer->setVisible(id != 0);
    const QString none = tr("Select a customer, project or task first.");
    set(m_rename, id ? m_editor->whyNot(Action::Edit, kind, id) : none, tr("Rename (F2)"));
    set(m_edit, id ? m_editor->whyNot(Action::Edit, kind, id) : none,
        tr("Edit the description and the other fields (Ctrl+Enter)"));
    const Task *task = kind == Kind::TaskItem ? m_model->task(id) : nullptr;
    m_complete->setText(task && task->isCompleted() ? tr("Reopen") : tr("Complete"));
    set(m_complete,
        !id ? none
            : (kind == Kind::TaskItem ? m_editor->whyNot(Action::Complete, kind, id)
                                      : tr("Only tasks are completed; edit a customer or "
                                           "project to archive it.")),
        task && task->isCompleted() ? tr("Open the task again (Ctrl+K)")
                                    : tr("Mark the task completed (Ctrl+K)"));
    set(m_move,
        !id ? none
            : (kind == Kind::TaskItem ? m_editor->whyNot(Action::Move, kind, id)
                                      : tr("Only tasks can be moved to another project.")),
        tr("Move the task to another project (Ctrl+M)"));
    set(m_delete, id ? m_editor->whyNot(Action::Delete, kind, id) : none,
        tr("Delete, after asking (Del)"));
    const QString problem = id ? m_model->problem(kind, id) : QString();
    m_retry->setVisible(!problem.isEmpty());
    set(m_retry, {}, tr("Send my change again: %1").arg(problem));
    m_discard->setVisible(!problem.isEmpty());
    set(m_discard, {}, tr("Show the server's values again: %1").arg(problem));
    set(m_track,
        kind != Kind::TaskItem || !id ? tr("Select a task to track time on it.")
            : id < 0                  ? tr("The task is not on the server yet.")
                                      : QString(),
        tr("Put the task on the timesheet's week (Enter)"));
}

void TaskBrowserPage::showCommentsProblem(int kind, int serverId, const QString &message)
{
    m_properties->setCommentsProblem(Kind(kind), serverId, message);
}

ScopeItemDialog *TaskBrowserPage::openDialog() const
{
    for (auto *dialog : findChildren<ScopeItemDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void TaskBrowserPage::report(const ScopeEditResult &result)
{
    m_message->setText(result.error);
    m_message->setVisible(!result.ok());
}

void TaskBrowserPage::showDialog(ScopeTreeModel::Kind kind, int id, int parentId, bool renameOnly)
{
    auto *dialog = new ScopeItemDialog(*m_model, kind, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (renameOnly)
        dialog->setNameOnly();
    connect(dialog, &QDialog::accepted, this, [this, dialog, kind, id, parentId, renameOnly]() {
        ScopeEditResult result;
        QJsonObject changes = dialog->changes();
        if (renameOnly)
            changes = changes.contains(u"name"_s)
                ? QJsonObject{{u"name"_s, changes.value(u"name"_s)}}
                : QJsonObject{};
        if (id != 0) {
            if (changes.isEmpty())
                return;
            result = m_editor->update(kind, id, changes);
        } else {
            const QString description = changes.value(u"description"_s).toString();
            changes.remove(u"name"_s);
            if (kind == Kind::CustomerItem) {
                result = m_editor->createCustomer(dialog->name(), description);
            } else if (kind == Kind::ProjectItem) {
                result = m_editor->createProject(parentId, dialog->name(), description);
            } else {
                for (const auto &key : {u"deadline"_s, u"estimatedTime"_s, u"description"_s}) {
                    if (changes.value(key).isNull())
                        changes.remove(key);
                }
                result = m_editor->createTask(parentId, dialog->name(), changes);
            }
            if (result)
                m_wanted = std::pair{kind, result.id};
        }
        report(result);
        if (!result)
            return;
        if (id != 0)
            m_wanted = std::pair{kind, id};
        m_view->setFocus();
    });
    dialog->open();
}

void TaskBrowserPage::confirmDelete()
{
    const auto object = currentObject();
    const Kind kind = object.first;
    const int id = object.second;
    if (!id)
        return;
    const ScopeEditor::Impact impact = m_editor->deleteImpact(kind, id);
    QString text;
    if (kind == Kind::CustomerItem) {
        text = tr("Delete the customer \u201c%1\u201d with its %2 and %3?")
                   .arg(m_model->customer(id)->name, countText(impact.projects, true),
                        countText(impact.tasks, false));
    } else if (kind == Kind::ProjectItem) {
        text = tr("Delete the project \u201c%1\u201d with its %2?")
                   .arg(m_model->project(id)->name, countText(impact.tasks, false));
    } else {
        text = tr("Delete the task \u201c%1\u201d?").arg(m_model->task(id)->name);
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete"), text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setInformativeText(
        tr("The time tracked on what is deleted is deleted on the server too."));
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, kind, id](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        report(m_editor->remove(kind, id));
        m_view->setFocus();
    });
    box->open();
}

void TaskBrowserPage::moveTask()
{
    const auto [kind, id] = currentObject();
    const Task *task = kind == Kind::TaskItem ? m_model->task(id) : nullptr;
    if (!task)
        return;
    QStringList names;
    QList<int> ids;
    for (const int customer : m_model->customerIds()) {
        for (const int project : m_model->projectsOf(customer)) {
            if (project == task->projectId
                || !m_editor->whyNot(Action::Create, Kind::ProjectItem, project).isEmpty())
                continue;
            names.append(m_model->customer(customer)->name + u" \u2014 "_s
                         + m_model->project(project)->name);
            ids.append(project);
        }
    }
    if (ids.isEmpty()) {
        report({tr("There is no other project this task can move to."), 0});
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Move to Project"));
    dialog->setLabelText(tr("Move \u201c%1\u201d to:").arg(task->name));
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(false);
    dialog->setWindowModality(Qt::WindowModal);
    const int taskId = id;
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, names, ids, taskId](const QString &choice) {
                const qsizetype index = names.indexOf(choice);
                if (index < 0)
                    return;
                report(m_editor->moveTask(taskId, ids.at(index)));
                m_wanted = std::pair{Kind::TaskItem, taskId};
            });
    dialog->open();
}

void TaskBrowserPage::setLoading(bool loading)
{
    m_fetching = loading;
    updateSummary();
}

bool TaskBrowserPage::isLoading() const
{
    return m_loading && m_loading->isLoading();
}

void TaskBrowserPage::updateSummary()
{
    if (!m_loading)
        m_loading = new LoadingOverlay(m_view, tr("Loading the tasks from the server\u2026"));
    m_loading->setLoading(m_fetching && m_model->taskCount() == 0);
    if (m_loading->isLoading()) {
        m_summary->setText(tr("Loading\u2026"));
        return;
    }
    if (m_model->taskCount() == 0) {
        m_summary->setText(tr("No tasks are cached yet. They arrive with the next sync."));
        return;
    }
    m_summary->setText(m_model->taskCount() == 1
                           ? tr("%n task cached", nullptr, m_model->taskCount())
                           : tr("%n tasks cached", nullptr, m_model->taskCount()));
}

} // namespace actidesk
