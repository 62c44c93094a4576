#pragma once

#include "accountmodels.h"
#include "weekcopyplan.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace actidesk {

class TimesheetModel;

// "Copy previous week": previews which rows (and, with "Include hours", which days) come over
// from last week and why others are skipped, and the target week's day totals after the copy
// with a warning for days beyond their schedule; OK applies the plan through the model.
//
// Last week is planned only once it was read from the server: start() plans at once from a
// fresh copy in the cache, and otherwise says it is reading last week and emits sourceNeeded()
// (the page has the sync engine fetch it); weekArrived() / weekFailed() report the answer. A
// stale copy is shown while it is read again; a week never read is never called empty.
class CopyWeekDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Source {
        Loading, // last week is being read; nothing to preview yet
        Ready, // planned from last week as read from the server
        Unavailable, // never read and the server could not be reached: nothing to copy from
    };

    CopyWeekDialog(const AccountModels &models, int userId, TimesheetModel &model,
                   QWidget *parent = nullptr);

    // Plans from the cache when last week is fresh there (see WeekCopyPlan::sourceState against
    // `now`); otherwise asks for it with sourceNeeded().
    void start(const QDateTime &now);
    // A refresh of from..to landed in the cache / failed (with a sentence for the user).
    void weekArrived(const QDate &from, const QDate &to);
    void weekFailed(const QDate &from, const QDate &to, const QString &message);

    Source source() const { return m_source; }
    const WeekCopyPlan &plan() const { return m_plan; }
    // What accept() did.
    const WeekCopyPlan::Result &copyResult() const { return m_result; }
    QCheckBox *includeHours() const { return m_includeHours; }
    QTreeWidget *preview() const { return m_preview; }
    QTreeWidget *totals() const { return m_totals; }
    // The line saying last week is being read or is not available (empty when neither).
    QString statusText() const;
    QString summaryText() const;
    // The over-schedule warning (empty when no day goes beyond its schedule).
    QString warningText() const;

    void accept() override;

Q_SIGNALS:
    void sourceNeeded(const QDate &from, const QDate &to);

private:
    static QString rowsText(int rows);
    bool coversSource(const QDate &from, const QDate &to) const;
    void setStatus(const QString &text);
    void replan();
    void showTotals();

    const AccountModels m_models;
    const int m_userId;
    TimesheetModel &m_model;
    Source m_source = Source::Loading;
    bool m_checking = false; // a stale copy is shown while last week is read again
    WeekCopyPlan m_plan;
    WeekCopyPlan::Result m_result;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_includeHours = nullptr;
    QTreeWidget *m_preview = nullptr;
    QTreeWidget *m_totals = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace actidesk
