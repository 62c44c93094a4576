#pragma once

#include "weekcopyplan.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace actidesk {

class Store;
class TimesheetModel;

// "Copy previous week": previews which rows (and, with "Include hours", which days) come over
// from last week and why others are skipped; OK applies the plan through the model.
class CopyWeekDialog : public QDialog
{
    Q_OBJECT
public:
    CopyWeekDialog(Store &store, int userId, TimesheetModel &model, QWidget *parent = nullptr);

    const WeekCopyPlan &plan() const { return m_plan; }
    // What accept() did.
    const WeekCopyPlan::Result &copyResult() const { return m_result; }
    QCheckBox *includeHours() const { return m_includeHours; }
    QTreeWidget *preview() const { return m_preview; }

    void accept() override;

private:
    static QString rowsText(int rows);
    void replan();

    Store &m_store;
    const int m_userId;
    TimesheetModel &m_model;
    WeekCopyPlan m_plan;
    WeekCopyPlan::Result m_result;
    QLabel *m_title = nullptr;
    QCheckBox *m_includeHours = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace actidesk
