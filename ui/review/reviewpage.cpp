#include "reviewpage.h"

#include "elidedtooltips.h"
#include "loadingoverlay.h"
#include "teamweekmodel.h"
#include "weeknavigator.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace actidesk {

ReviewPage::ReviewPage(Store &store, QWidget *parent)
    : QWidget(parent), m_model(new TeamWeekModel(store, this))
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_navigator = new WeekNavigator(this);
    QAction *previous = m_navigator->action(WeekNavigator::Step::Previous);
    QAction *current = m_navigator->action(WeekNavigator::Step::Current);
    QAction *next = m_navigator->action(WeekNavigator::Step::Next);
    m_weekActions = {previous, current, next};
    connect(previous, &QAction::triggered, this, [this]() { showWeek(weekStart().addDays(-7)); });
    connect(current, &QAction::triggered, this, [this]() { showWeek(m_today); });
    connect(next, &QAction::triggered, this, [this]() { showWeek(weekStart().addDays(7)); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_navigator);
    top->addSpacing(12);
    top->addWidget(m_title, 1);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    showElidedTextAsToolTip(m_view);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(TeamWeekModel::UserColumn,
                                                     QHeaderView::Stretch);
    for (int column = TeamWeekModel::FirstDayColumn; column <= TeamWeekModel::TotalColumn; ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_loading =
        new LoadingOverlay(m_view, tr("Loading the team\u2019s week from the server\u2026"));
    m_empty = new QLabel(
        tr("No team time is cached for this week yet. It is fetched when you are online."), this);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
}

QDate ReviewPage::weekStart() const
{
    return m_model->weekStart().isValid() ? m_model->weekStart() : m_today;
}

void ReviewPage::showWeek(const QDate &anyDay)
{
    m_model->setWeek(anyDay);
    updateTitle();
    Q_EMIT weekShown(m_model->weekStart(), m_model->weekStart().addDays(6));
}

void ReviewPage::reload()
{
    m_model->reload();
    updateTitle();
}

void ReviewPage::updateTitle()
{
    const QLocale locale;
    const QDate from = m_model->weekStart();
    const QDate to = from.addDays(6);
    m_title->setText(tr("Team · %1 – %2")
                         .arg(locale.toString(from, QLocale::ShortFormat),
                              locale.toString(to, QLocale::ShortFormat)));
    m_empty->setVisible(m_model->totalRow() == 0 && !m_loading->isLoading());
    m_navigator->action(WeekNavigator::Step::Current)->setEnabled(m_today < from || m_today > to);
}

void ReviewPage::setLoading(bool loading)
{
    // Members known from other weeks make rows, but their empty cells would say "no time".
    bool fetched = false;
    for (int row = 0; row < m_model->totalRow() && !fetched; ++row) {
        for (int column = TeamWeekModel::FirstDayColumn; column < TeamWeekModel::TotalColumn;
             ++column)
            fetched =
                fetched || m_model->index(row, column).data(TeamWeekModel::FetchedRole).toBool();
    }
    m_loading->setLoading(loading && !fetched);
    m_empty->setVisible(m_model->totalRow() == 0 && !m_loading->isLoading());
}

bool ReviewPage::isLoading() const
{
    return m_loading->isLoading();
}

void ReviewPage::setToday(const QDate &today)
{
    m_today = today;
    if (m_model->weekStart().isValid())
        updateTitle();
}

} // namespace actidesk
