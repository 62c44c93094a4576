#include "membertimesheetdialog.h"

#include "accountworkspace.h"
#include "elidedtooltips.h"
#include "timesheetmodel.h"
#include "weeknavigator.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace actidesk {

MemberTimesheetDialog::MemberTimesheetDialog(AccountWorkspace &workspace, TimesheetModel *model,
                                             const QString &name, const QDate &from,
                                             const QDate &to, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_model(model), m_name(name), m_from(from), m_to(to)
{
    m_model->setParent(this);
    setObjectName(QStringLiteral("memberTimesheet"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_navigator = new WeekNavigator(this);
    connect(m_navigator->action(WeekNavigator::Step::Previous), &QAction::triggered, this,
            [this]() { showWeek(weekStart().addDays(-7)); });
    connect(m_navigator->action(WeekNavigator::Step::Next), &QAction::triggered, this,
            [this]() { showWeek(weekStart().addDays(7)); });
    connect(m_navigator->action(WeekNavigator::Step::Current), &QAction::triggered, this,
            [this]() { showWeek(m_from); });

    auto *reason = new QLabel(
        tr("Read-only: ActiDesk does not change a team member's time yet. To correct it, open "
           "their timesheet in actiTIME."),
        this);
    reason->setObjectName(QStringLiteral("readOnlyReason"));
    reason->setWordWrap(true);
    reason->setForegroundRole(QPalette::PlaceholderText);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(TimesheetModel::TaskColumn,
                                                     QHeaderView::Stretch);
    showElidedTextAsToolTip(m_view);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_navigator);
    top->addSpacing(12);
    top->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(reason);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

QDate MemberTimesheetDialog::weekStart() const
{
    return m_model->weekStart();
}

void MemberTimesheetDialog::showWeek(const QDate &anyDay)
{
    m_model->setWeek(anyDay);
    updateTitle();
    const QDate start = m_model->weekStart();
    m_workspace.refreshWeek(m_model->userId(), start, start.addDays(6));
    m_view->setCurrentIndex(m_model->index(0, TimesheetModel::FirstDayColumn));
}

void MemberTimesheetDialog::updateTitle()
{
    const QLocale locale;
    const QDate start = m_model->weekStart();
    const QDate end = start.addDays(6);
    m_title->setText(tr("%1 · %2 – %3")
                         .arg(m_name, locale.toString(start, QLocale::ShortFormat),
                              locale.toString(end, QLocale::ShortFormat)));
    setWindowTitle(tr("Timesheet of %1").arg(m_name));
    // Within the review's period.
    m_navigator->action(WeekNavigator::Step::Previous)->setEnabled(start > m_from);
    m_navigator->action(WeekNavigator::Step::Next)->setEnabled(end < m_to);
    m_navigator->action(WeekNavigator::Step::Current)->setEnabled(start > m_from || end < m_from);
}

} // namespace actidesk
