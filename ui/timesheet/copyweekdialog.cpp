#include "copyweekdialog.h"

#include "localedates.h"
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

CopyWeekDialog::CopyWeekDialog(const AccountModels &models, int userId, TimesheetModel &model,
                               QWidget *parent)
    : QDialog(parent), m_models(models), m_userId(userId), m_model(model)
{
    setWindowTitle(tr("Copy Previous Week"));
    resize(620, 560);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->hide();
    m_includeHours = new QCheckBox(tr("Include &hours"), this);
    m_includeHours->setToolTip(
        tr("Also copy each day's time. Days that are approved, locked, non-working or already "
           "have time are left as they are."));
    m_preview = new QTreeWidget(this);
    m_preview->setColumnCount(3);
    m_preview->setHeaderLabels({tr("Task / day"), tr("Last week"), tr("Outcome")});
    m_preview->setRootIsDecorated(true);
    m_preview->setUniformRowHeights(true);
    m_preview->header()->setStretchLastSection(false);
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_totals = new QTreeWidget(this);
    m_totals->setColumnCount(5);
    m_totals->setHeaderLabels(
        {tr("Day"), tr("Now"), tr("Copied"), tr("After the copy"), tr("Scheduled")});
    m_totals->setRootIsDecorated(false);
    m_totals->setUniformRowHeights(true);
    m_totals->header()->setStretchLastSection(false);
    m_totals->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 5; ++column)
        m_totals->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_totals->setAccessibleName(tr("Day totals after the copy"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Copy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CopyWeekDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_includeHours, &QCheckBox::toggled, this, &CopyWeekDialog::replan);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_includeHours);
    layout->addWidget(m_preview, 3);
    layout->addWidget(m_totals, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
    m_title->setText(
        tr("Copy rows from the week of %1 to this week (%2).")
            .arg(weekRange(m_model.weekStart().addDays(-7)), weekRange(m_model.weekStart())));
    setStatus(tr("Reading last week from the server\u2026"));
}

void CopyWeekDialog::start(const QDateTime &now)
{
    const QDate source = m_model.weekStart().addDays(-7);
    switch (m_models.copySourceState(m_userId, m_model.weekStart(), now)) {
    case WeekCopyPlan::SourceState::Fresh:
        m_source = Source::Ready;
        setStatus({});
        replan();
        return;
    case WeekCopyPlan::SourceState::Stale:
        // What is known is shown at once; the answer replaces it.
        m_source = Source::Ready;
        m_checking = true;
        setStatus(tr("Checking last week on the server\u2026"));
        replan();
        break;
    case WeekCopyPlan::SourceState::NotCached:
        m_source = Source::Loading;
        setStatus(tr("Reading last week from the server\u2026"));
        replan();
        break;
    }
    Q_EMIT sourceNeeded(source, source.addDays(6));
}

bool CopyWeekDialog::coversSource(const QDate &from, const QDate &to) const
{
    const QDate source = m_model.weekStart().addDays(-7);
    return from <= source && to >= source.addDays(6);
}

void CopyWeekDialog::weekArrived(const QDate &from, const QDate &to)
{
    if (!coversSource(from, to) || (m_source != Source::Loading && !m_checking))
        return;
    m_source = Source::Ready;
    m_checking = false;
    setStatus({});
    replan();
}

void CopyWeekDialog::weekFailed(const QDate &from, const QDate &to, const QString &message)
{
    if (!coversSource(from, to))
        return;
    if (m_source == Source::Loading) {
        m_source = Source::Unavailable;
        setStatus(tr("Last week is not available offline: it has not been read from the server "
                     "on this computer, and the server could not be reached now (%1). Try again "
                     "when you are online.")
                      .arg(message));
        replan();
    } else if (m_checking) {
        m_checking = false;
        setStatus(tr("Last week could not be checked on the server (%1); the preview shows it as "
                     "it was last read.")
                      .arg(message));
    }
}

void CopyWeekDialog::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString CopyWeekDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString CopyWeekDialog::summaryText() const
{
    return m_summary->text();
}

QString CopyWeekDialog::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

QString CopyWeekDialog::rowsText(int rows)
{
    return rows == 1 ? tr("%n new row", nullptr, rows) : tr("%n new rows", nullptr, rows);
}

void CopyWeekDialog::replan()
{
    const bool known = m_source == Source::Ready;
    m_includeHours->setEnabled(known);
    m_preview->setVisible(known);
    m_totals->setVisible(known);
    m_summary->setVisible(known);
    if (!known) {
        // Nothing to plan from: no preview, no "nothing to copy", no OK.
        m_plan = WeekCopyPlan();
        m_warning->hide();
        m_ok->setEnabled(false);
        return;
    }
    m_plan = m_models.planCopy(m_userId, m_model.weekStart(), m_includeHours->isChecked());
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
                               .arg(localedates::weekdayDayMonth(day.source, locale),
                                    localedates::weekdayDayMonth(day.target, locale)));
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
    showTotals();
}

void CopyWeekDialog::showTotals()
{
    const DurationFormat &format = m_model.durationFormat();
    const QLocale locale;
    const QColor over = timesheetpalette::overtime(palette());
    m_totals->clear();
    for (const WeekCopyPlan::DayTotal &day : m_plan.dayTotals()) {
        const QString existing = day.leave > 0
            ? tr("%1 + %2 leave").arg(format.format(day.existing), format.format(day.leave))
            : format.format(day.existing);
        auto *item = new QTreeWidgetItem(
            m_totals,
            {localedates::weekdayDayMonth(day.date, locale), existing,
             day.copied > 0 ? format.format(day.copied) : u"\u2014"_s, format.format(day.total()),
             day.scheduled ? format.format(*day.scheduled) : tr("not known")});
        for (int column = 1; column < 5; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (day.overBy() > 0) {
            item->setForeground(3, over);
            item->setToolTip(3, tr("%1 over the schedule").arg(format.format(day.overBy())));
        }
    }
    const QString warning = m_plan.overScheduleWarning(format, locale);
    m_warning->setText(warning);
    m_warning->setStyleSheet(u"color: %1;"_s.arg(over.name()));
    m_warning->setVisible(!warning.isEmpty());
}

void CopyWeekDialog::accept()
{
    m_result = m_plan.apply(m_model);
    QDialog::accept();
}

} // namespace actidesk
