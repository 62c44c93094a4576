#include "membertimesheetdialog.h"

#include "accountworkspace.h"
#include "cellmenu.h"
#include "elidedtooltips.h"
#include "keyboardcellmenu.h"
#include "screenfit.h"
#include "timesheetmodel.h"
#include "timesheetview.h"
#include "weeknavigator.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

MemberTimesheetDialog::MemberTimesheetDialog(AccountWorkspace &workspace, TimesheetModel *model,
                                             const QString &name, const QString &readOnlyReason,
                                             const QDate &from, const QDate &to, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_model(model), m_name(name), m_from(from), m_to(to),
      m_editable(readOnlyReason.isEmpty())
{
    m_model->setParent(this);
    setObjectName(u"memberTimesheet"_s);
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

    auto *note = new QLabel(m_editable ? tr("Your corrections are sent to the server as on your "
                                            "own timesheet; a change the server refuses or that "
                                            "collides with another is marked on its cell.")
                                       : tr("Read-only: %1").arg(readOnlyReason),
                            this);
    note->setObjectName(m_editable ? u"editNote"_s : u"readOnlyReason"_s);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_view = new TimesheetView(this);
    m_view->setObjectName(u"memberTimesheetTable"_s);
    m_view->setModel(m_model);
    m_view->setEmptyHint(tr("No time this week."));
    if (!m_editable)
        m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    showElidedTextAsToolTip(m_view);
    connect(m_view, &TimesheetView::refused, this,
            [this](const QModelIndex &index, const QString &text) {
                showMessage(text);
                if (index.isValid() && m_view->isVisible()) {
                    const QRect rect = m_view->visualRect(index);
                    QToolTip::showText(m_view->viewport()->mapToGlobal(rect.bottomLeft()), text,
                                       m_view->viewport(), rect);
                }
            });
    connect(m_view, &TimesheetView::informed, this, &MemberTimesheetDialog::showMessage);
    connect(m_view, &TimesheetView::edited, this, [this]() { showMessage({}); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            &MemberTimesheetDialog::showCellMenu);
    enableKeyboardCellMenu(m_view); // Shift+F10, the Menu key

    m_message = new QLabel(this);
    m_message->setObjectName(u"memberTimesheetMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_navigator);
    top->addSpacing(12);
    top->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(note);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(fittedToScreen(this, QSize(std::max(760, m_view->widthForWholeWeek() + 40), 420)));
    setFocusProxy(m_view);
}

QDate MemberTimesheetDialog::weekStart() const
{
    return m_model->weekStart();
}

void MemberTimesheetDialog::setToday(const QDate &today)
{
    m_model->setToday(today);
    m_view->setToday(today);
}

void MemberTimesheetDialog::showWeek(const QDate &anyDay)
{
    if (m_view->isEditing() && !m_view->commitPendingEdit())
        return; // the editor stays open and says why
    m_model->setWeek(anyDay);
    updateTitle();
    showMessage({});
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

void MemberTimesheetDialog::showCellMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid() || !m_model->isBodyRow(index.row())
        || !m_model->isDayColumn(index.column()))
        return;
    // Settling a conflict or a refusal: what the own timesheet offers for the cell.
    CellMenu menu(*m_model, index, this);
    connect(&menu, &CellMenu::failed, this, &MemberTimesheetDialog::showMessage);
    if (menu.isEmpty())
        return;
    m_view->setCurrentIndex(index);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void MemberTimesheetDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace actidesk
