#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QTableView;

namespace actidesk {

class AccountWorkspace;
class TimesheetModel;
class WeekNavigator;

// The review's drill-down: one member's timesheet (tasks × the days of a week, comments on hover
// and in the cells' tooltips), read-only with the reason, a week at a time within the review's
// period (‹ / › or Alt+Left / Alt+Right). The week is fetched when shown; the model follows the
// cache.
class MemberTimesheetDialog : public QDialog
{
    Q_OBJECT
public:
    MemberTimesheetDialog(AccountWorkspace &workspace, TimesheetModel *model, const QString &name,
                          const QDate &from, const QDate &to, QWidget *parent = nullptr);

    void showWeek(const QDate &anyDay);
    QDate weekStart() const;
    TimesheetModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void updateTitle();

    AccountWorkspace &m_workspace;
    TimesheetModel *m_model = nullptr;
    QString m_name;
    QDate m_from, m_to;
    QTableView *m_view = nullptr;
    QLabel *m_title = nullptr;
    WeekNavigator *m_navigator = nullptr;
};

} // namespace actidesk
