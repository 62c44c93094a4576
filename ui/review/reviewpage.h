#pragma once

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;

namespace actidesk {

class AccountWorkspace;
class LoadingOverlay;
class MemberTimesheetDialog;
class ReviewFilterModel;
class ReviewCharts;
class ReviewModel;
class WeekNavigator;

// A manager's review of a week or a month: every member (with or without time) × the period's
// days, with tracked time, leave, schedule, difference, approval and missing days, from the cache
// ("as of" the last fetch, so it opens offline). Filters by department, time-zone group, project
// and customer (who tracked time on it in the period), a name search and "Only people with
// missing time"; any column sorts. Enter or a double click on a member opens their timesheet
// (editable where the account may change that member's time, else read-only with the reason);
// Lock / Unlock the period for the selected members
// after a confirmation (the server's refusal is shown); "Open in actiTIME" for approvals. The
// "Charts…" shows hours per project, customer and member and tracked against scheduled, of the
// members the filters show. The page asks the workspace to fetch the period it shows, with progress
// and cancel.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    enum class Period { Week, Month };

    ReviewPage(AccountWorkspace &workspace, ReviewModel *model, QWidget *parent = nullptr);

    // Shows the week (or month, see setPeriodKind) holding anyDay and fetches it.
    void showWeek(const QDate &anyDay);
    void setPeriodKind(Period period);
    Period periodKind() const { return m_period; }
    QDate weekStart() const; // the period's first day
    QDate periodEnd() const;
    bool hasPeriod() const;
    // Fetches the shown period again (F5).
    void refresh();
    // While the first fetch of a period not cached runs: "Loading…" instead of "nothing cached".
    void setLoading(bool loading);
    bool isLoading() const;
    void setToday(const QDate &today);

    ReviewModel *model() const { return m_model; }
    ReviewFilterModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QList<QAction *> weekActions() const { return m_weekActions; }
    WeekNavigator *weekNavigator() const { return m_navigator; }
    // The drill-down open now, if any.
    MemberTimesheetDialog *memberTimesheet() const;
    // The charts of the members shown (Charts…), if open.
    ReviewCharts *charts() const;
    void openCharts();
    // Opens the drill-down of a row of the view (Enter, double click).
    void openMember(const QModelIndex &index);
    // The members Lock / Unlock act on: the selected rows, else the current one.
    QList<int> selectedUserIds() const;

Q_SIGNALS:
    void weekShown(const QDate &from, const QDate &to);

private:
    void showPeriod(const QDate &from, const QDate &to);
    void step(int direction);
    void updateTitle();
    void updateFilters();
    // The project and customer boxes from the cache (one read, when a box is used or a choice
    // is active), and the members they let through.
    void updateWorkFilters();
    void applyWorkFilter();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void updateAsOf();
    void askLock(bool lock);
    void onLockFinished(bool lock, bool ok, const QString &message);
    void showMessage(const QString &message);

    AccountWorkspace &m_workspace;
    ReviewModel *m_model = nullptr;
    ReviewFilterModel *m_proxy = nullptr;
    Period m_period = Period::Week;
    QTableView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_asOf = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_periodBox = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_timeZone = nullptr;
    QComboBox *m_project = nullptr;
    QComboBox *m_customer = nullptr;
    bool m_workStale = true; // the project and customer boxes need reading again
    QHash<int, QSet<int>> m_projectMembers, m_customerMembers;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_onlyMissing = nullptr;
    QPushButton *m_lock = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_openWeb = nullptr;
    QPushButton *m_chartsButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    WeekNavigator *m_navigator = nullptr;
    LoadingOverlay *m_loading = nullptr;
    QList<QAction *> m_weekActions;
    QPointer<MemberTimesheetDialog> m_drillDown;
    QPointer<ReviewCharts> m_charts;
    QDate m_today;
};

} // namespace actidesk
