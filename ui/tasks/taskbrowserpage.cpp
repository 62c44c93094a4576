#include "taskbrowserpage.h"

#include "elidedtooltips.h"
#include "loadingoverlay.h"
#include "scopefiltermodel.h"
#include "scopetreemodel.h"
#include "searchfield.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace actidesk {

TaskBrowserPage::TaskBrowserPage(Store &store, QWidget *parent)
    : QWidget(parent), m_model(new ScopeTreeModel(store, this)),
      m_filter(new ScopeFilterModel(this))
{
    // The model re-reads after Store changes through reload(), which also redoes the summary.
    m_model->setReloadHandler([this] { reload(); });
    m_filter->setSourceModel(m_model);

    m_search = addSearchField(this, tr("Search customers, projects and tasks"), tr("Search tasks"),
                              tr("Search Tasks"));

    m_showCompleted = new QCheckBox(tr("Show completed tasks"), this);
    m_summary = new QLabel(this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_view = new QTreeView(this);
    showElidedTextAsToolTip(m_view);
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true); // thousands of rows stay cheap to lay out
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setToolTip(tr("Press Enter or double-click a task to add it to this week's timesheet"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ScopeTreeModel::NameColumn, QHeaderView::Stretch);
    for (int column : {ScopeTreeModel::StatusColumn, ScopeTreeModel::DeadlineColumn,
                       ScopeTreeModel::EstimateColumn})
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::activated, this, &TaskBrowserPage::activate);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        if (!text.trimmed().isEmpty())
            m_view->expandAll(); // matches are deep in the tree: show them
        updateSummary();
    });
    // Down from the search field goes to the results, so the keyboard never has to leave.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this]() {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_filter->index(0, 0));
    });
    connect(m_showCompleted, &QCheckBox::toggled, this, [this](bool show) {
        m_filter->setShowCompleted(show);
        updateSummary();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_showCompleted);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
}

void TaskBrowserPage::reload()
{
    m_model->reload();
    if (!m_search->text().trimmed().isEmpty())
        m_view->expandAll();
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
    if (name.data(ScopeTreeModel::KindRole).toInt() == ScopeTreeModel::TaskItem)
        Q_EMIT addToTimesheetRequested(name.data(ScopeTreeModel::IdRole).toInt());
    else
        m_view->setExpanded(index, !m_view->isExpanded(index));
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
