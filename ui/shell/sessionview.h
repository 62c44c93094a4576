#pragma once

#include "accountmodels.h"
#include "outboxcell.h" // OutboxState

#include <QDate>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace actidesk {

class AccountWorkspace;
class LeavePage;
class ReferencePage;
class ReviewPage;
class TaskBrowserPage;
class TaskTimer;
class TimesheetPage;
class WorkReminder;
class WeekNavigator;

// Everything one signed-in (or cached) account shows: a sidebar with Timesheet, Leave, Tasks,
// Directory (the reference lists) and — for managers — Review, and the pages themselves. The pages'
// models paint from the account's cache at once and follow its changes by themselves; this view
// only tells the workspace what a page shows, so it fetches that. Edits are sent by the workspace
// without being asked. One SessionView per account workspace.
class SessionView : public QWidget
{
    Q_OBJECT
public:
    // Pages in the order of their shortcuts (Ctrl+1…); the sidebar shows Reference after Tasks.
    enum Page { Timesheet, Leave, Tasks, Review, Reference, PageCount };

    SessionView(AccountWorkspace &workspace, int userId, QWidget *parent = nullptr);

    AccountWorkspace &workspace() const { return m_workspace; }
    // What the pages are built from: the account's models over its open cache.
    const AccountModels &models() const { return m_models; }
    int userId() const { return m_userId; }
    TimesheetPage *timesheet() const { return m_timesheet; }
    LeavePage *leave() const { return m_leave; }
    TaskBrowserPage *tasks() const { return m_tasks; }
    ReviewPage *review() const { return m_review; }
    ReferencePage *reference() const { return m_reference; }
    // The account's timer and reminder (the window's Timer menu, the tray and the reminder
    // notification work on these).
    TaskTimer &timer() const { return *m_timer; }
    WorkReminder &reminder() const { return *m_reminder; }
    // The task of the timesheet's current row; 0 when the current row is not a task.
    int currentTimesheetTask() const;

    // The one "may refuse" step before anything changes what the view shows or who is signed
    // in (another page, a refresh, another account, sign-out, quitting): commits every open
    // editor of the pages. False when a value cannot be committed: its page is shown with the
    // editor open and the reason, and the caller must not go on.
    bool commitPendingEdits();

    Page currentPage() const;
    void showPage(Page page);
    bool isPageAvailable(Page page) const;
    // The period navigation of a page that shows a period (timesheet, leave, review), else null.
    WeekNavigator *weekNavigator(Page page) const;
    // Goes to the user's first cell with an edit in that state (a click on a status-bar
    // count): its page, its period, the cell selected. False when there is none (or an open
    // editor could not be committed).
    bool showFirstOutboxCell(OutboxState state);
    // Pins "today" (tests, screenshots) and shows that week everywhere.
    void setToday(const QDate &today);
    // Fetches what the current page shows and sends what waits (F5).
    void refreshCurrent();

Q_SIGNALS:
    void pageChanged(actidesk::SessionView::Page page);
    void reviewAvailabilityChanged(bool available);

private:
    void connectWorkspace();
    // "Loading…" on a page while the first fetch of what it shows runs.
    void connectLoading();
    void markLoading(Page page);
    void setReviewAvailable(bool available);
    // The sidebar's row of a page and back (Reference sits after Tasks, before Review).
    static int sidebarRow(Page page);
    static Page pageAtRow(int row);

    AccountWorkspace &m_workspace;
    const AccountModels m_models;
    const int m_userId;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    TimesheetPage *m_timesheet = nullptr;
    LeavePage *m_leave = nullptr;
    TaskBrowserPage *m_tasks = nullptr;
    ReviewPage *m_review = nullptr;
    ReferencePage *m_reference = nullptr;
    TaskTimer *m_timer = nullptr;
    WorkReminder *m_reminder = nullptr;
    QDate m_leaveFrom, m_leaveTo; // the leave page's shown range, for refreshes
};

} // namespace actidesk
