#include "sessionview.h"

#include "accountworkspace.h"
#include "leavemodel.h"
#include "leavepage.h"
#include "leaverangedialog.h"
#include "outboxcell.h"
#include "referencepage.h"
#include "reviewmodel.h"
#include "reviewpage.h"
#include "scopeeditor.h"
#include "taskbrowserpage.h"
#include "tasktimer.h"
#include "timesheetmodel.h"
#include "timesheetpage.h"
#include "timesheetview.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStackedWidget>

#include <algorithm>

namespace actidesk {

SessionView::SessionView(AccountWorkspace &workspace, int userId, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_models(*workspace.store()), m_userId(userId)
{
    // The pages' models read the account's cache (and follow its changes); nothing here reads
    // it. The review and task pages still build their models from the cache itself.
    m_timesheet = new TimesheetPage(m_models, userId, this);
    m_leave = new LeavePage(m_models, userId, this);
    auto *scope = new ScopeTreeModel(m_models.store(), this); // read when Tasks is first shown
    m_tasks = new TaskBrowserPage(scope, new ScopeEditor(m_models.store(), *scope, this), this);
    m_review = new ReviewPage(workspace, new ReviewModel(m_models.store()), this);
    m_reference = new ReferencePage(m_models, this);
    m_timer = m_models.timer(userId, this);
    m_reminder = m_models.reminder(userId, this);
    m_timesheet->setTimer(m_timer);

    m_sidebar = new QListWidget(this);
    m_sidebar->setAccessibleName(tr("Views"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_stack = new QStackedWidget(this);
    const QString labels[PageCount] = {tr("Timesheet"), tr("Leave"), tr("Tasks"), tr("Review"),
                                       tr("Directory")};
    const QString tips[PageCount] = {
        tr("Your week's time (Ctrl+1)"), tr("Your leave time (Ctrl+2)"),
        tr("Customers, projects and tasks (Ctrl+3)"), tr("Your team's week (Ctrl+4)"),
        tr("Users, departments, leave types and the server's settings (Ctrl+5)")};
    QWidget *pages[PageCount] = {m_timesheet, m_leave, m_tasks, m_review, m_reference};
    for (int row = 0; row < PageCount; ++row)
        new QListWidgetItem(m_sidebar);
    int widest = 0;
    for (int page = 0; page < PageCount; ++page) {
        QListWidgetItem *item = m_sidebar->item(sidebarRow(Page(page)));
        item->setText(labels[page]);
        item->setToolTip(tips[page]);
        item->setSizeHint(QSize(0, fontMetrics().height() * 2));
        widest = std::max(widest, fontMetrics().horizontalAdvance(labels[page]));
        m_stack->addWidget(pages[page]);
    }
    m_sidebar->setFixedWidth(widest + 48);
    // Ctrl+1…4, a click in the sidebar and showPage() all land here: one guard for all.
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const Page page = pageAtRow(row);
        if (int(page) != m_stack->currentIndex() && !commitPendingEdits()) {
            const QSignalBlocker blocker(m_sidebar);
            m_sidebar->setCurrentRow(sidebarRow(Page(m_stack->currentIndex())));
            return;
        }
        m_stack->setCurrentIndex(int(page));
        Q_EMIT pageChanged(page);
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);

    setReviewAvailable(workspace.canReviewTeam());
    connect(&workspace, &AccountWorkspace::teamAccessChanged, this,
            &SessionView::setReviewAvailable);
    connectWorkspace();
    connectLoading();

    m_sidebar->setCurrentRow(sidebarRow(Timesheet));
}

int SessionView::sidebarRow(Page page)
{
    switch (page) {
    case Reference:
        return Review;
    case Review:
        return Reference;
    default:
        return page;
    }
}

SessionView::Page SessionView::pageAtRow(int row)
{
    // The mapping swaps two rows: it is its own inverse.
    return Page(sidebarRow(Page(row)));
}

void SessionView::connectWorkspace()
{
    // What a page shows is fetched; the answer lands in the cache and the models re-read it.
    AccountWorkspace *workspace = &m_workspace;
    const int user = m_userId;
    connect(m_timesheet, &TimesheetPage::weekShown, workspace,
            [workspace, user](const QDate &from, const QDate &to) {
                workspace->showWeek(user, from, to);
            });
    // Last week for its copy: fetched like any week; the page hears how it went.
    connect(m_timesheet, &TimesheetPage::weekNeeded, workspace,
            [workspace, user](const QDate &from, const QDate &to) {
                workspace->refreshWeek(user, from, to);
            });
    connect(workspace, &AccountWorkspace::weekRefreshed, m_timesheet,
            [this](int userId, const QDate &from, const QDate &to) {
                if (userId == m_userId)
                    m_timesheet->weekArrived(from, to);
            });
    connect(workspace, &AccountWorkspace::weekRefreshFailed, m_timesheet,
            [this](int userId, const QDate &from, const QDate &to, const QString &message) {
                if (userId == m_userId)
                    m_timesheet->weekFailed(from, to, message);
            });
    connect(m_leave, &LeavePage::periodShown, this,
            [this, workspace, user](const QDate &from, const QDate &to) {
                m_leaveFrom = from;
                m_leaveTo = to;
                workspace->refreshWeek(user, from, to);
            });
    connect(m_leave, &LeavePage::scheduleNeeded, workspace,
            [workspace, user](const QDate &from, const QDate &to) {
                workspace->refreshWeek(user, from, to);
            });
    connect(m_leave, &LeavePage::yearNeeded, workspace,
            [workspace, user](const QDate &from, const QDate &to) {
                workspace->refreshLeave(user, from, to);
            });
    // The selected object's comments: fetched when it is shown (the panel shows what is cached
    // meanwhile, or why they could not be fetched).
    connect(m_tasks, &TaskBrowserPage::commentsWanted, workspace,
            [workspace](int kind, int id) { workspace->refreshComments(kind, id); });
    connect(workspace, &AccountWorkspace::commentsRefreshFailed, m_tasks,
            &TaskBrowserPage::showCommentsProblem);
    // "Track time on this": the task's row on the shown week, today's cell current.
    connect(m_tasks, &TaskBrowserPage::addToTimesheetRequested, this, [this](int taskId) {
        showPage(Timesheet);
        m_timesheet->addTasks({taskId});
    });
    connect(m_tasks, &TaskBrowserPage::startTimerRequested, this, [this](int taskId) {
        if (const StoreResult result = m_timer->start(taskId); !result)
            QMessageBox::warning(this, tr("Timer"), result.message);
    });
}

void SessionView::connectLoading()
{
    // A page says "Loading…" only while a fetch runs for what was never fetched; the answer, a
    // failure or going offline ends it (and the page's empty state may then show).
    AccountWorkspace *workspace = &m_workspace;
    connect(m_timesheet, &TimesheetPage::weekShown, this, [this]() { markLoading(Timesheet); });
    connect(m_leave, &LeavePage::periodShown, this, [this]() { markLoading(Leave); });
    connect(m_review, &ReviewPage::weekShown, this, [this]() { markLoading(Review); });
    connect(workspace, &AccountWorkspace::weekRefreshed, this,
            [this](int userId, const QDate &from, const QDate &to) {
                if (userId != m_userId)
                    return;
                if (m_timesheet->weekStart() >= from && m_timesheet->weekStart() <= to)
                    m_timesheet->setLoading(false);
                if (m_leaveFrom >= from && m_leaveTo <= to)
                    m_leave->setLoading(false);
            });
    connect(workspace, &AccountWorkspace::teamWeekRefreshed, this,
            [this]() { m_review->setLoading(false); });
    connect(workspace, &AccountWorkspace::tasksRefreshed, this,
            [this]() { m_tasks->setLoading(false); });
    connect(workspace, &AccountWorkspace::referenceDataRefreshed, this,
            [this]() { m_reference->setLoading(false); });
    connect(workspace, &AccountWorkspace::fetchingStopped, this, [this]() {
        m_timesheet->setLoading(false);
        m_leave->setLoading(false);
        m_tasks->setLoading(false);
        m_review->setLoading(false);
        m_reference->setLoading(false);
    });
    // The session asks for the tasks and the reference data when it signs in: now, when the
    // view opened on a signed-in account, or later, when the view was painted from the cache
    // before the sign-in (an account that never fetched its tasks shows "Loading…" then, not
    // "no tasks").
    connect(workspace, &AccountWorkspace::signedIn, this, [this]() {
        markLoading(Tasks);
        markLoading(Reference);
    });
    markLoading(Tasks);
    markLoading(Reference);
}

void SessionView::markLoading(Page page)
{
    const bool fetching = m_workspace.canFetch();
    switch (page) {
    case Timesheet: {
        const QDate from = m_timesheet->weekStart();
        m_timesheet->setLoading(fetching
                                && !m_workspace.isFetched(m_userId, from, from.addDays(6)));
        break;
    }
    case Leave:
        m_leave->setLoading(fetching && m_leaveFrom.isValid()
                            && !m_workspace.isFetched(m_userId, m_leaveFrom, m_leaveTo));
        break;
    case Tasks:
        m_tasks->setLoading(fetching);
        break;
    case Review:
        m_review->setLoading(fetching);
        break;
    case Reference:
        m_reference->setLoading(fetching);
        break;
    case PageCount:
        break;
    }
}

void SessionView::setReviewAvailable(bool available)
{
    m_sidebar->item(sidebarRow(Review))->setHidden(!available);
    if (!available && currentPage() == Review)
        showPage(Timesheet);
    Q_EMIT reviewAvailabilityChanged(available);
}

bool SessionView::commitPendingEdits()
{
    const auto refusedOn = [this](QWidget *page) {
        if (m_stack->currentWidget() != page) {
            const QSignalBlocker blocker(m_sidebar);
            m_sidebar->setCurrentRow(sidebarRow(Page(m_stack->indexOf(page))));
            m_stack->setCurrentWidget(page);
            Q_EMIT pageChanged(currentPage());
        }
        return false;
    };
    if (!m_timesheet->commitPendingEdits())
        return refusedOn(m_timesheet);
    if (!m_leave->commitPendingEdits())
        return refusedOn(m_leave);
    return true;
}

SessionView::Page SessionView::currentPage() const
{
    return Page(m_stack->currentIndex());
}

bool SessionView::isPageAvailable(Page page) const
{
    return page >= 0 && page < PageCount && !m_sidebar->item(sidebarRow(page))->isHidden();
}

void SessionView::showPage(Page page)
{
    if (!isPageAvailable(page))
        return;
    m_sidebar->setCurrentRow(sidebarRow(page));
    if (page == Review && !m_review->hasPeriod())
        m_review->showWeek(m_timesheet->weekStart()); // fetched on first visit only
}

bool SessionView::showFirstOutboxCell(OutboxState state)
{
    const std::optional<OutboxCell> cell = m_models.firstOutboxCell(m_userId, state);
    if (!cell || !commitPendingEdits())
        return false;
    const Page page = cell->kind == OutboxKind::Leave ? Leave : Timesheet;
    showPage(page);
    if (currentPage() != page)
        return false;
    return page == Leave ? m_leave->showCell(cell->date, cell->targetId)
                         : m_timesheet->showCell(cell->date, cell->targetId);
}

WeekNavigator *SessionView::weekNavigator(Page page) const
{
    switch (page) {
    case Timesheet:
        return m_timesheet->weekNavigator();
    case Leave:
        return m_leave->weekNavigator();
    case Review:
        return m_review->weekNavigator();
    default:
        return nullptr;
    }
}

void SessionView::setToday(const QDate &today)
{
    m_timesheet->setToday(today);
    m_leave->setToday(today);
    m_review->setToday(today);
    m_timesheet->showWeek(today);
    // Start on today's column (week navigation later keeps the user's column instead).
    m_timesheet->view()->setCurrentIndex(m_timesheet->view()->preferredCell());
    m_leave->showPeriod(LeaveModel::Period::Week, today);
}

void SessionView::refreshCurrent()
{
    switch (currentPage()) {
    case Timesheet:
        m_workspace.refreshWeek(m_userId, m_timesheet->weekStart(),
                                m_timesheet->weekStart().addDays(6));
        break;
    case Leave:
        if (m_leaveFrom.isValid())
            m_workspace.refreshWeek(m_userId, m_leaveFrom, m_leaveTo);
        m_leave->requestYear();
        break;
    case Tasks:
        m_workspace.refreshTasks();
        break;
    case Review:
        m_review->refresh();
        break;
    case Reference:
        m_workspace.refreshReferenceData();
        break;
    case PageCount:
        break;
    }
    markLoading(currentPage());
    m_workspace.syncNow();
}

int SessionView::currentTimesheetTask() const
{
    const QModelIndex current = m_timesheet->view()->currentIndex();
    if (!current.isValid())
        return 0;
    return current.siblingAtColumn(0).data(TimesheetModel::TaskIdRole).toInt();
}

} // namespace actidesk
