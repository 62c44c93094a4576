#pragma once

#include "accountmodels.h"
#include "leaveplan.h"

#include <QDate>
#include <QDialog>
#include <QTimer>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace actidesk {

// Enters leave of one type for one day or a date range in one step. The preview lists every day
// with what will happen to it (LeavePlan against the cached schedule); OK writes the planned
// days into the account's outbox. Days that will get leave although time is tracked on them are
// named, with that time, in a warning above the buttons. When part of the range's schedule is not
// cached, the dialog says so and emits scheduleNeeded(); refresh() re-plans once it arrived.
class LeaveRangeDialog : public QDialog
{
    Q_OBJECT
public:
    LeaveRangeDialog(const AccountModels &models, int userId, const QDate &from, const QDate &to,
                     QWidget *parent = nullptr);

    void setLeaveType(int leaveTypeId);
    void setRange(const QDate &from, const QDate &to);
    // Unset: each day's scheduled time; otherwise the text is parsed like a timesheet cell.
    void setTimePerDay(const std::optional<QString> &text);
    // Re-reads the cache (leave types, schedule, approvals, existing leave) and re-plans.
    void refresh();

    // The current plan; invalid (with error()) while the input is incomplete.
    const LeavePlan &plan() const { return m_plan; }
    QTreeWidget *preview() const { return m_preview; }
    QPushButton *okButton() const { return m_ok; }
    // The warning about days of the range that already have time tracked (empty when none).
    QString trackedTimeWarning() const;

    void accept() override;

Q_SIGNALS:
    void scheduleNeeded(const QDate &from, const QDate &to);
    // Days went into the outbox (also when a later day failed).
    void written(int days);

private:
    void fillLeaveTypes();
    void replan();
    void showPlan();
    void askForSchedule();

    const AccountModels m_models;
    const int m_userId;
    LeavePlan m_plan;
    std::pair<QDate, QDate> m_requested; // the last range announced with scheduleNeeded()
    QTimer m_scheduleTimer; // lets the dates settle before asking for their schedule
    QComboBox *m_type = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QRadioButton *m_fullDay = nullptr;
    QRadioButton *m_fixed = nullptr;
    QLineEdit *m_duration = nullptr;
    QLabel *m_durationError = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_tracked = nullptr; // days that already have time tracked
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace actidesk
