#pragma once

#include "scopeeditor.h"
#include "scopetreemodel.h"

#include <QSet>
#include <QWidget>

#include <optional>
#include <utility>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolBar;
class QSplitter;
class QTreeView;

namespace actidesk {

class LoadingOverlay;
class ScopeFilterModel;
class ScopeItemDialog;
class ScopePropertiesPanel;

// The scope of work (customers → projects → tasks) to browse and keep in order: search across
// levels (matches highlighted, parents shown), filters, a properties panel for the selection,
// and create / rename / edit / complete / reopen / move / delete, each following the object's
// allowedActions (an action not allowed is disabled and its tooltip says why). Changes go
// through the ScopeEditor to the outbox; the model shows them at once. A task goes on the
// timesheet's shown week with Enter, a double-click or "Track Time on This". The tree is read
// when the page is first shown, not before.
class TaskBrowserPage : public QWidget
{
    Q_OBJECT
public:
    TaskBrowserPage(ScopeTreeModel *model, ScopeEditor *editor, QWidget *parent = nullptr);

    // Re-reads the model, keeping the selection and the expanded branches.
    void reload();
    // While the first fetch of the tasks runs and none are cached: "Loading…", not "none".
    void setLoading(bool loading);
    bool isLoading() const;
    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    ScopeTreeModel *model() const { return m_model; }
    ScopeEditor *editor() const { return m_editor; }
    QLabel *messageLabel() const { return m_message; }
    ScopeFilterModel *filter() const { return m_filter; }
    ScopePropertiesPanel *properties() const { return m_properties; }
    QCheckBox *showCompletedBox() const { return m_showCompleted; }
    QCheckBox *showArchivedBox() const { return m_showArchived; }
    QComboBox *workflowStatusFilter() const { return m_workflowFilter; }
    QComboBox *typeOfWorkFilter() const { return m_typeFilter; }
    // The open create / edit dialog, or null.
    ScopeItemDialog *openDialog() const;

    QAction *newAction() const { return m_new; } // Ins: a child of the selection's level
    QAction *newCustomerAction() const { return m_newCustomer; }
    QAction *renameAction() const { return m_rename; } // F2
    QAction *editAction() const { return m_edit; } // Ctrl+Enter
    QAction *completeAction() const { return m_complete; } // complete / reopen
    QAction *moveAction() const { return m_move; }
    QAction *deleteAction() const { return m_delete; } // Del
    QAction *trackAction() const { return m_track; }
    QAction *retryAction() const { return m_retry; } // keep mine: send a refused change again
    QAction *discardAction() const { return m_discard; } // take the server's: give it up
    QMenu *contextMenu() const { return m_menu; }

    // Selects the object (expanding its parents); false when it is not shown.
    bool selectObject(ScopeTreeModel::Kind kind, int id);
    // The object the actions work on (kind, id); id 0 when none is selected.
    std::pair<ScopeTreeModel::Kind, int> currentObject() const;

    // The comments of the object (kind as ScopeTreeModel::Kind, its server id) could not be
    // fetched: the properties panel says why.
    void showCommentsProblem(int kind, int serverId, const QString &message);

Q_SIGNALS:
    void addToTimesheetRequested(int taskId);
    // The context menu's "Start Timer on This Task".
    void startTimerRequested(int taskId);
    // The selection's comments are wanted (an object on the server was selected).
    void commentsWanted(int kind, int serverId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    QWidget *createFilterBar();
    void activate(const QModelIndex &index);
    void updateActions();
    void updateSummary();
    void updateFilterLists();
    void expandMatches();
    void showDialog(ScopeTreeModel::Kind kind, int id, int parentId, bool renameOnly);
    void confirmDelete();
    void moveTask();
    void report(const ScopeEditResult &result);

    ScopeTreeModel *m_model = nullptr;
    ScopeEditor *m_editor = nullptr;
    ScopeFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showCompleted = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QComboBox *m_workflowFilter = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTreeView *m_view = nullptr;
    ScopePropertiesPanel *m_properties = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_summary = nullptr;
    QMenu *m_menu = nullptr;
    LoadingOverlay *m_loading = nullptr;
    QAction *m_new = nullptr;
    QAction *m_newCustomer = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_splitterSized = false; // its first sizes set when first shown
    QAction *m_rename = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_complete = nullptr;
    QAction *m_move = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_track = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_discard = nullptr;
    bool m_fetching = false;
    // After a create or a reload: the object to select once the model shows it.
    std::optional<std::pair<ScopeTreeModel::Kind, int>> m_wanted;
    std::pair<ScopeTreeModel::Kind, int> m_commentsAsked{ScopeTreeModel::CustomerItem, 0};
};

} // namespace actidesk
