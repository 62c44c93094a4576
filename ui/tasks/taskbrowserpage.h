#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace actidesk {

class LoadingOverlay;
class ScopeFilterModel;
class ScopeTreeModel;
class Store;

// The cached scope of work (customers → projects → tasks) with a search field. A task can be
// put on this week's timesheet from here (Enter or double-click).
class TaskBrowserPage : public QWidget
{
    Q_OBJECT
public:
    explicit TaskBrowserPage(Store &store, QWidget *parent = nullptr);

    void reload();
    // While the first fetch of the tasks runs and none are cached: "Loading…", not "none".
    void setLoading(bool loading);
    bool isLoading() const;
    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    ScopeTreeModel *model() const { return m_model; }
    ScopeFilterModel *filter() const { return m_filter; }

Q_SIGNALS:
    void addToTimesheetRequested(int taskId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void updateSummary();

    ScopeTreeModel *m_model = nullptr;
    ScopeFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showCompleted = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    LoadingOverlay *m_loading = nullptr;
    bool m_fetching = false;
};

} // namespace actidesk
