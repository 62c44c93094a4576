#include "leavepage.h"

#include "cellmenu.h"
#include "clock.h"
#include "dayheaderview.h"
#include "elidedtooltips.h"
#include "keyboardcellmenu.h"
#include "leavebalancename.h"
#include "leavecelldelegate.h"
#include "leaverangedialog.h"
#include "leavesummary.h"
#include "loadingoverlay.h"
#include "localedates.h"
#include "pendingedit.h"
#include "weeknavigator.h"

#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace actidesk {

LeavePage::LeavePage(const AccountModels &models, int userId, QWidget *parent)
    : QWidget(parent), m_models(models), m_userId(userId), m_today(models.clock().today())
{
    m_model = models.leave(userId, this);
    // The model re-reads after changes in the cache; through reload(), so summaries and an open
    // range dialog follow.
    m_model->setReloadHandler([this] { reload(); });

    m_navigator = new WeekNavigator(this);
    m_previous = m_navigator->action(WeekNavigator::Step::Previous);
    m_todayAction = m_navigator->action(WeekNavigator::Step::Current);
    m_next = m_navigator->action(WeekNavigator::Step::Next);
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    connect(m_next, &QAction::triggered, this, [this] { step(1); });
    connect(m_todayAction, &QAction::triggered, this, [this] {
        if (commitPendingEdits())
            showPeriod(m_model->period(), m_today);
    });

    m_week = new QToolButton(this);
    m_week->setText(tr("&Week"));
    m_month = new QToolButton(this);
    m_month->setText(tr("&Month"));
    auto *periods = new QButtonGroup(this);
    for (QToolButton *button : {m_week, m_month}) {
        button->setCheckable(true);
        periods->addButton(button);
    }
    m_week->setToolTip(tr("Show one week"));
    m_month->setToolTip(tr("Show a calendar month"));
    connect(m_week, &QToolButton::clicked, this, [this] {
        if (commitPendingEdits())
            showPeriod(LeaveModel::Period::Week, m_model->periodStart());
        else
            m_month->setChecked(m_model->period() == LeaveModel::Period::Month);
    });
    connect(m_month, &QToolButton::clicked, this, [this] {
        if (!commitPendingEdits())
            return m_week->setChecked(m_model->period() == LeaveModel::Period::Week);
        // The month of the week's Thursday: the month most of the week belongs to.
        const QDate start = m_model->periodStart();
        showPeriod(LeaveModel::Period::Month,
                   m_model->period() == LeaveModel::Period::Week ? start.addDays(3) : start);
    });

    m_periodLabel = new QLabel(this);
    QFont bigger = m_periodLabel->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    bigger.setBold(true);
    m_periodLabel->setFont(bigger);
    m_add = new QPushButton(tr("&Add leave\u2026"), this);
    m_add->setToolTip(tr("Enter leave for one day or a range of days (Ctrl+L)"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_add, &QPushButton::clicked, this, [this] { openRangeDialog(); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_navigator);
    bar->addSpacing(12);
    bar->addWidget(m_periodLabel);
    bar->addStretch();
    bar->addWidget(m_week);
    bar->addWidget(m_month);
    bar->addSpacing(12);
    bar->addWidget(m_add);

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Leave"));
    auto *header = new DayHeaderView(m_view); // marks today like the timesheet's
    header->setSectionsClickable(true); // as a table's own header: a click selects the day
    header->setHighlightSections(true);
    m_view->setHorizontalHeader(header);
    m_view->setModel(m_model);
    m_delegate = new LeaveCellDelegate(m_view);
    m_loading = new LoadingOverlay(m_view, tr("Loading this period from the server\u2026"));
    m_view->setItemDelegate(m_delegate);
    m_view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::DoubleClicked);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    auto *clear = new QAction(tr("Clear"), m_view);
    clear->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    clear->setShortcutContext(Qt::WidgetShortcut); // not while a cell's editor has the key
    connect(clear, &QAction::triggered, this, &LeavePage::clearSelectedCells);
    m_view->addAction(clear);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &LeavePage::showCellMenu);
    enableKeyboardCellMenu(m_view); // Shift+F10, the Menu key
    showElidedTextAsToolTip(m_view);
    connect(m_delegate, &LeaveCellDelegate::edited, this, [this] {
        m_error->hide();
        updateSummaries();
        Q_EMIT edited();
    });
    connect(m_delegate, &LeaveCellDelegate::editFailed, this, &LeavePage::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LeavePage::resizeColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LeavePage::resizeColumns);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b91c1c;"_s);
    m_error->hide();
    m_summaries = new QLabel(this);
    m_summaries->setTextFormat(Qt::RichText);
    m_summaries->setWordWrap(true);
    m_summaries->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_summaries);

    showPeriod(LeaveModel::Period::Week, m_today);
}

void LeavePage::showPeriod(LeaveModel::Period period, const QDate &anyDay)
{
    m_model->setPeriod(period, anyDay);
    (period == LeaveModel::Period::Week ? m_week : m_month)->setChecked(true);
    m_error->hide();
    updatePeriodLabel();
    updateSummaries();
    Q_EMIT periodShown(m_model->periodStart(), m_model->periodEnd());
}

void LeavePage::setLoading(bool loading)
{
    m_loading->setLoading(loading);
}

bool LeavePage::isLoading() const
{
    return m_loading->isLoading();
}

bool LeavePage::showCell(const QDate &date, int leaveTypeId)
{
    if (date < m_model->periodStart() || date > m_model->periodEnd())
        showPeriod(m_model->period(), date);
    for (int row = 0; row < m_model->totalRow(); ++row) {
        if (m_model->leaveTypeId(row) != leaveTypeId)
            continue;
        for (int column = LeaveModel::FirstDayColumn; column < m_model->totalColumn(); ++column) {
            if (m_model->dateOf(column) == date) {
                const QModelIndex cell = m_model->index(row, column);
                m_view->setCurrentIndex(cell);
                m_view->scrollTo(cell);
                m_view->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
    }
    return false;
}

void LeavePage::reload()
{
    m_model->reload();
    updateSummaries();
    if (m_dialog)
        m_dialog->refresh();
}

void LeavePage::setToday(const QDate &today)
{
    m_today = today;
    m_model->setToday(today); // the header's mark and the days still to come
    updatePeriodLabel(); // "This Week" is enabled by where today is
    updateSummaries();
    requestYear();
}

void LeavePage::requestYear()
{
    if (m_today.isValid())
        Q_EMIT yearNeeded(QDate(m_today.year(), 1, 1), m_today);
}

void LeavePage::step(int direction)
{
    if (!commitPendingEdits())
        return;
    const QDate start = m_model->periodStart();
    showPeriod(m_model->period(),
               m_model->period() == LeaveModel::Period::Week ? start.addDays(7 * direction)
                                                             : start.addMonths(direction));
}

bool LeavePage::commitPendingEdits()
{
    QString error;
    if (commitOpenEditor(*m_view, m_delegate, &LeaveCellDelegate::editFailed,
                         m_model->durationFormat(), &error))
        return true;
    if (!error.isEmpty())
        showError(error);
    return false;
}

LeaveRangeDialog *LeavePage::openRangeDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    QDate from = m_model->periodStart();
    QDate to = from;
    int leaveType = 0;
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected) {
        if (!m_model->isDayColumn(index.column()))
            continue;
        const QDate date = m_model->dateOf(index.column());
        if (leaveType == 0) {
            from = to = date;
            leaveType = m_model->leaveTypeId(index.row());
        }
        from = std::min(from, date);
        to = std::max(to, date);
    }
    m_dialog = new LeaveRangeDialog(m_models, m_userId, from, to, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (leaveType != 0)
        m_dialog->setLeaveType(leaveType);
    connect(m_dialog, &LeaveRangeDialog::scheduleNeeded, this, &LeavePage::scheduleNeeded);
    // What it wrote reaches the model through the cache; the workspace sends it.
    connect(m_dialog, &LeaveRangeDialog::written, this, &LeavePage::edited);
    m_dialog->open();
    return m_dialog;
}

void LeavePage::clearSelectedCells()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    bool changed = false;
    for (const QModelIndex &index : selected) {
        if (!(index.flags() & Qt::ItemIsEditable)
            || index.data(LeaveModel::MinutesRole).toInt() == 0)
            continue;
        if (!m_model->setData(index, 0)) {
            showError(m_model->lastError());
            break;
        }
        changed = true;
    }
    if (changed) {
        updateSummaries();
        Q_EMIT edited();
    }
}

void LeavePage::showError(const QString &message)
{
    m_error->setText(tr("Not saved: %1").arg(message));
    m_error->show();
}

void LeavePage::updatePeriodLabel()
{
    const QLocale locale;
    const QDate from = m_model->periodStart();
    const QDate to = m_model->periodEnd();
    if (m_model->period() == LeaveModel::Period::Month) {
        m_periodLabel->setText(
            tr("%1 %2").arg(locale.standaloneMonthName(from.month())).arg(from.year()));
    } else {
        // In the locale's order of day, month and year; the year once when both share it.
        m_periodLabel->setText(tr("%1 \u2013 %2")
                                   .arg(from.year() == to.year()
                                            ? localedates::dayMonth(from, locale)
                                            : localedates::dayMonthYear(from, locale),
                                        localedates::dayMonthYear(to, locale)));
    }
    m_navigator->setPeriodIsMonth(m_model->period() == LeaveModel::Period::Month);
    m_todayAction->setEnabled(m_today < from || m_today > to);
}

void LeavePage::updateSummaries()
{
    const QList<LeaveSummary> list =
        m_models.leaveSummaries(m_userId, m_model->periodStart(), m_model->periodEnd(), m_today);
    if (list.isEmpty()) {
        m_summaries->setText(tr("No leave types are known here yet."));
        return;
    }
    const DurationFormat &format = m_model->durationFormat();
    const auto amount = [&format](int minutes) {
        return minutes == 0 ? tr("none")
                            : tr("%1 (%2)").arg(LeaveDays::format(minutes), format.format(minutes));
    };
    const QString period =
        m_model->period() == LeaveModel::Period::Week ? tr("This week") : tr("This month");
    QString rows;
    bool partialYear = false;
    for (const LeaveSummary &s : list) {
        partialYear = partialYear || !s.yearComplete;
        const QString year = s.yearComplete ? amount(s.yearMinutes)
            : s.yearMinutes == 0            ? tr("none known")
                                            : tr("at least %1").arg(amount(s.yearMinutes));
        rows += u"<tr><td><b>%1</b></td><td style='color:palette(placeholder-text)'>%2</td>"
                u"<td>%3: %4</td><td>%5: %6</td></tr>"_s.arg(
                    s.name.toHtmlEscaped(), balanceName(s.balance), period, amount(s.periodMinutes),
                    tr("So far in %1").arg(m_today.year()), year);
    }
    QString note = tr("Leave taken, from the leave on this computer; actiTIME does not share "
                      "balances. A day here is 8 hours.");
    if (partialYear)
        note += u' '
            + tr("Not all of this year is on this computer yet, so the year's totals "
                 "may be higher.");
    m_summaries->setText(
        u"<table cellspacing='0' cellpadding='3'>%1</table><p><small>%2</small></p>"_s.arg(
            rows, note.toHtmlEscaped()));
}

void LeavePage::resizeColumns()
{
    // Days share the width; a month's 28–31 columns scroll only when the window is too narrow
    // for "Wed" and "8:00".
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics(m_view->font());
    header->setMinimumSectionSize(
        std::max(metrics.horizontalAdvance(u"8:00"_s), metrics.horizontalAdvance(u"Wed"_s)) + 8);
    header->setSectionResizeMode(LeaveModel::LeaveTypeColumn, QHeaderView::Interactive);
    int nameWidth = metrics.horizontalAdvance(u"Sick leave (unpaid)"_s);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        nameWidth = std::max(nameWidth,
                             metrics.horizontalAdvance(m_model->index(row, 0).data().toString()));
    }
    header->resizeSection(LeaveModel::LeaveTypeColumn, std::min(nameWidth, 320) + 16);
    for (int column = LeaveModel::FirstDayColumn; column < m_model->totalColumn(); ++column)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    header->setSectionResizeMode(m_model->totalColumn(), QHeaderView::Fixed);
    header->resizeSection(m_model->totalColumn(), metrics.horizontalAdvance(u"000:00"_s) + 18);
}

// Right-click (or the Menu key) on a cell the server disagreed with: keep mine / take theirs.
void LeavePage::showCellMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid() || m_model->isTotalRow(index.row())
        || !m_model->isDayColumn(index.column()))
        return;
    CellMenu menu(*m_model, index, this);
    connect(&menu, &CellMenu::settled, this, [this](DayGridModel::Resolution how) {
        if (how == DayGridModel::Resolution::KeepMine)
            Q_EMIT edited(); // it goes to the server again
    });
    connect(&menu, &CellMenu::failed, this, [this](const QString &text) { showError(text); });
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace actidesk
