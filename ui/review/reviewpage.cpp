#include "reviewpage.h"

#include "teamweekmodel.h"

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

    auto *previous = new QAction(tr("Previous Week"), this);
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto *current = new QAction(tr("This Week"), this);
    current->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    auto *next = new QAction(tr("Next Week"), this);
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_weekActions = {previous, current, next};
    for (QAction *action : std::as_const(m_weekActions)) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(previous, &QAction::triggered, this, [this]() { showWeek(weekStart().addDays(-7)); });
    connect(current, &QAction::triggered, this, [this]() { showWeek(m_today); });
    connect(next, &QAction::triggered, this, [this]() { showWeek(weekStart().addDays(7)); });

    auto *top = new QHBoxLayout;
    for (QAction *action : std::as_const(m_weekActions)) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        action->setToolTip(QString(action->text() + u" ("
                                   + action->shortcut().toString(QKeySequence::NativeText) + u')'));
        top->addWidget(button);
    }
    top->addSpacing(12);
    top->addWidget(m_title, 1);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(TeamWeekModel::UserColumn,
                                                     QHeaderView::Stretch);
    for (int column = TeamWeekModel::FirstDayColumn; column <= TeamWeekModel::TotalColumn; ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

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
    m_empty->setVisible(m_model->totalRow() == 0);
}

} // namespace actidesk
