#pragma once

#include <QDate>
#include <QDialog>

class QLabel;

namespace actidesk {

class AccountWorkspace;
class TimesheetModel;
class TimesheetView;
class WeekNavigator;

// The review's drill-down: one member's timesheet (tasks × the days of a week, comments in the
// cells' tooltips), a week at a time within the review's period (‹ / › or Alt+Left / Alt+Right).
// The week is fetched when shown; the model follows the cache.
//
// Where the account may modify the member's time (the server's canSubmitTimetrack for that user,
// as the review read it), the cells are edited as on the own timesheet — typed, cleared, pasted —
// and go through the same outbox, so conflicts and refusals show on the cell and are settled from
// its menu (right click, Shift+F10). Otherwise the table is read-only and the dialog says why.
class MemberTimesheetDialog : public QDialog
{
    Q_OBJECT
public:
    // readOnlyReason: empty when the account may change the member's time; else why not.
    MemberTimesheetDialog(AccountWorkspace &workspace, TimesheetModel *model, const QString &name,
                          const QString &readOnlyReason, const QDate &from, const QDate &to,
                          QWidget *parent = nullptr);

    void showWeek(const QDate &anyDay);
    QDate weekStart() const;
    void setToday(const QDate &today);
    bool isEditable() const { return m_editable; }
    TimesheetModel *model() const { return m_model; }
    TimesheetView *view() const { return m_view; }

private:
    void updateTitle();
    void showCellMenu(const QPoint &position);
    void showMessage(const QString &text);

    AccountWorkspace &m_workspace;
    TimesheetModel *m_model = nullptr;
    QString m_name;
    QDate m_from, m_to;
    bool m_editable = false;
    TimesheetView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    WeekNavigator *m_navigator = nullptr;
};

} // namespace actidesk
