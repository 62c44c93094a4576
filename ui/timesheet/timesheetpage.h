#pragma once

#include "accountmodels.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QToolButton;
class QUndoStack;

namespace actidesk {

class CommentPanel;
class CopyWeekDialog;
class ElidedLabel;
class LoadingOverlay;
class TaskTimer;
class TimesheetModel;
class TimesheetView;
class WeekNavigator;

// The weekly timesheet: week navigation, the week table, totals against the schedule, the comment
// panel and an inline message line. Reads and writes only its model (from AccountModels);
// the window has weeks fetched from the server (weekShown); edits are sent by the account
// workspace by themselves, and the model re-reads what changed (edited() only tells).
class TimesheetPage : public QWidget
{
    Q_OBJECT
public:
    TimesheetPage(const AccountModels &models, int userId, QWidget *parent = nullptr);

    TimesheetModel *model() const { return m_model; }
    TimesheetView *view() const { return m_view; }
    CommentPanel *commentPanel() const { return m_comments; }
    // The account's timer: a task row's cell menu starts or stops it on the task.
    void setTimer(TaskTimer *timer) { m_timer = timer; }

    // Shows the week containing anyDay (weeks start on the server's first day of week) and emits
    // weekShown().
    void showWeek(const QDate &anyDay);
    QDate weekStart() const;
    // Shows the week of `date` with the cursor (and the focus) on the task's cell there; false
    // when the week has no row for the task.
    bool showCell(const QDate &date, int taskId);
    // While the first fetch of a week never read from the server runs: "Loading…" instead of
    // the empty week's hint (the window knows when a fetch runs).
    void setLoading(bool loading);
    bool isLoading() const;
    // Re-reads the shown week from the cache; the model asks for it after a change that concerns
    // the week, and it waits while a cell editor is open.
    void reload();
    // Commits what is typed but not yet in the model: an open cell editor, then the comment
    // panel's text. False when something cannot be committed; it stays where the user typed it,
    // with the reason in the message line, and the caller must not change what is shown.
    bool commitPendingEdits();
    // "Today" for highlighting and "This week"; tests pin it. Does not change the shown week.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    // QWidget::actions() lists, for the window's menus: previous / this / next week (the
    // weekNavigator()'s), add task, copy previous week, toggle comments. Their shortcuts work
    // while the focus is in the page; in the main window the week keys are the window's.
    WeekNavigator *weekNavigator() const { return m_navigator; }
    QAction *previousWeekAction() const { return m_previous; }
    QAction *thisWeekAction() const { return m_thisWeek; }
    QAction *nextWeekAction() const { return m_next; }
    QAction *addTaskAction() const { return m_addTask; }
    QAction *copyWeekAction() const { return m_copyWeek; }
    QAction *toggleCommentsAction() const { return m_toggleComments; }
    // Undo / redo of cell edits in this session (Ctrl+Z; Ctrl+Shift+Z or Ctrl+Y).
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QUndoStack *undoStack() const { return m_undo; }
    // Takes the current task row off the week while it has no time (Ctrl+Shift+Delete);
    // disabled, saying why, otherwise.
    QAction *removeRowAction() const { return m_removeRow; }
    void removeCurrentRow();

    // The inline message line (empty when hidden).
    QString messageText() const;
    QString summaryText() const;

    // Opens the task picker / copy dialog (window-modal, not blocking); what they do lands in the
    // model when accepted. The copy dialog asks for last week with weekNeeded() when it is not
    // fresh in the cache; the window reports the answer with weekArrived() / weekFailed().
    void addTask();
    // Puts the tasks on the shown week and makes the first one's row current (today's cell).
    void addTasks(const QList<int> &taskIds);
    void copyPreviousWeek();
    CopyWeekDialog *copyDialog() const; // the open one, or null
    void weekArrived(const QDate &from, const QDate &to);
    void weekFailed(const QDate &from, const QDate &to, const QString &message);

public Q_SLOTS:
    void showMessage(const QString &text, bool error = true);
    void clearMessage();

Q_SIGNALS:
    void weekShown(const QDate &from, const QDate &to);
    // A week not shown is needed from the server (e.g. last week, to copy it).
    void weekNeeded(const QDate &from, const QDate &to);
    // An edit went into the outbox: time to sync.
    void edited();
    // Every message shown in the message line, e.g. for a status bar or log.
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

    // The cell's menu (right-click or the Menu key): settle a conflict or a refused change.
    void showCellMenu(const QPoint &position);

private:
    void createActions();
    void updateLegend();
    void styleMessageBar();
    QWidget *createTopBar();
    QWidget *createMessageBar();
    void updateWeekLabel();
    void updateSummary();
    void restoreCurrent(int row, int column);
    void refused(const QModelIndex &index, const QString &text);
    bool applyMinutes(const QDate &date, int taskId, int minutes);
    void updateRemoveRow();
    // Too narrow for the seven days beside the comment panel (800 × 600): the panel folds away
    // and shows only when asked for (Ctrl+Enter, Comments), until the comment is done.
    bool isNarrow() const;
    void showCommentPanel();
    void updateCommentPanel();

    const AccountModels m_models;
    const int m_userId;
    QDate m_today;
    TimesheetModel *m_model = nullptr;
    TaskTimer *m_timer = nullptr;
    TimesheetView *m_view = nullptr;
    CommentPanel *m_comments = nullptr;
    LoadingOverlay *m_loading = nullptr;
    ElidedLabel *m_weekLabel = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_legend = nullptr;
    bool m_messageIsError = true;
    QWidget *m_messageBar = nullptr;
    QLabel *m_message = nullptr;
    WeekNavigator *m_navigator = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_thisWeek = nullptr;
    QAction *m_next = nullptr;
    QAction *m_addTask = nullptr;
    QAction *m_copyWeek = nullptr;
    QAction *m_toggleComments = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_removeRow = nullptr;
    QUndoStack *m_undo = nullptr;
    QPointer<CopyWeekDialog> m_copyDialog;
    bool m_commentsWanted = true; // the Comments toggle, while the page is wide
    bool m_commentsUnfolded = false; // asked for while narrow
    bool m_applyingUndo = false; // an undo's own write is not a new step
    bool m_reloadDeferred = false; // a reload waits for the open editor
};

} // namespace actidesk
