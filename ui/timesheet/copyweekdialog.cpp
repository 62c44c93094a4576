#include "copyweekdialog.h"

#include "timesheetmodel.h"
#include "timesheetpalette.h"
#include "weekrange.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace actidesk {

CopyWeekDialog::CopyWeekDialog(Store &store, int userId, TimesheetModel &model, QWidget *parent)
    : QDialog(parent), m_store(store), m_userId(userId), m_model(model)
{
    setWindowTitle(tr("Copy Previous Week"));
    resize(620, 460);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_includeHours = new QCheckBox(tr("Include &hours"), this);
    m_includeHours->setToolTip(
        tr("Also copy each day's time. Days that are approved, non-working or already have time "
           "are left as they are."));
    m_preview = new QTreeWidget(this);
    m_preview->setColumnCount(3);
    m_preview->setHeaderLabels({tr("Task / day"), tr("Last week"), tr("Outcome")});
    m_preview->setRootIsDecorated(true);
    m_preview->setUniformRowHeights(true);
    m_preview->header()->setStretchLastSection(false);
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Copy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CopyWeekDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_includeHours, &QCheckBox::toggled, this, &CopyWeekDialog::replan);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_includeHours);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    replan();
}

QString CopyWeekDialog::rowsText(int rows)
{
    return rows == 1 ? tr("%n new row", nullptr, rows) : tr("%n new rows", nullptr, rows);
}

void CopyWeekDialog::replan()
{
    m_plan =
        WeekCopyPlan::plan(m_store, m_userId, m_model.weekStart(), m_includeHours->isChecked());
    m_title->setText(
        tr("Copy rows from the week of %1 to this week (%2).")
            .arg(weekRange(m_plan.sourceWeekStart()), weekRange(m_plan.targetWeekStart())));
    QSet<int> shown;
    for (int row = 0; row < m_model.totalRow(); ++row)
        shown.insert(m_model.taskId(row));

    const DurationFormat &format = m_model.durationFormat();
    const QLocale locale;
    const QColor muted = timesheetpalette::subdued(palette());
    m_preview->clear();
    for (const WeekCopyPlan::Row &row : m_plan.rows()) {
        int total = 0;
        for (const WeekCopyPlan::Day &day : row.days)
            total += day.minutes;
        auto *item = new QTreeWidgetItem(m_preview);
        item->setText(0, row.taskName);
        item->setToolTip(0, QString(row.customerName + u" \u203a "_s + row.projectName));
        item->setText(1, format.format(total));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (row.skip != WeekCopyPlan::Reason::None) {
            item->setText(2, tr("Skipped: %1").arg(WeekCopyPlan::reasonText(row.skip)));
            for (int column = 0; column < 3; ++column)
                item->setForeground(column, muted);
        } else {
            item->setText(
                2, shown.contains(row.taskId) ? tr("Already on this week") : tr("Row added"));
        }
        for (const WeekCopyPlan::Day &day : row.days) {
            if (day.outcome == WeekCopyPlan::Outcome::Nothing
                || row.skip != WeekCopyPlan::Reason::None)
                continue;
            auto *child = new QTreeWidgetItem(item);
            child->setText(0,
                           tr("%1 \u2192 %2")
                               .arg(locale.toString(day.source, u"ddd d MMM"_s),
                                    locale.toString(day.target, u"ddd d MMM"_s)));
            child->setText(1, format.format(day.minutes));
            child->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            if (day.outcome == WeekCopyPlan::Outcome::Copy) {
                child->setText(2, tr("Copy"));
                child->setForeground(2, timesheetpalette::overtime(palette()));
            } else {
                child->setText(2, tr("Skipped: %1").arg(WeekCopyPlan::reasonText(day.reason)));
                for (int column = 0; column < 3; ++column)
                    child->setForeground(column, muted);
            }
        }
    }
    m_preview->expandAll();

    int newRows = 0;
    for (const WeekCopyPlan::Row &row : m_plan.rows())
        newRows += row.skip == WeekCopyPlan::Reason::None && !shown.contains(row.taskId) ? 1 : 0;
    if (m_plan.rows().isEmpty()) {
        m_summary->setText(tr("Last week has no time to copy."));
    } else if (m_plan.withHours()) {
        const int copied = m_plan.cellsToCopy();
        const int skipped = m_plan.cellsSkipped();
        m_summary->setText(tr("To be copied: %1 and %2; %3.")
                               .arg(rowsText(newRows),
                                    copied == 1 ? tr("%n day of time", nullptr, copied)
                                                : tr("%n days of time", nullptr, copied),
                                    skipped == 1 ? tr("%n day skipped", nullptr, skipped)
                                                 : tr("%n days skipped", nullptr, skipped)));
    } else {
        m_summary->setText(tr("To be added without hours: %1.").arg(rowsText(newRows)));
    }
    m_ok->setEnabled(newRows > 0 || m_plan.cellsToCopy() > 0);
}

void CopyWeekDialog::accept()
{
    m_result = m_plan.apply(m_model);
    QDialog::accept();
}

} // namespace actidesk
