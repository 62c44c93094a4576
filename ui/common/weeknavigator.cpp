#include "weeknavigator.h"

#include <QAction>
#include <QHBoxLayout>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

WeekNavigator::WeekNavigator(QWidget *page) : QWidget(page)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (const Step step : kSteps) {
        auto *action = new QAction(page);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        page->addAction(action);
        m_actions.at(index(step)) = action;
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons.at(index(step)) = button;
        layout->addWidget(button);
    }
    setPeriodIsMonth(false);
}

QList<QKeySequence> WeekNavigator::shortcuts(Step step)
{
    switch (step) {
    case Step::Previous:
        return {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_PageUp)};
    case Step::Current:
        return {QKeySequence(Qt::ALT | Qt::Key_Home)};
    case Step::Next:
        return {QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_PageDown)};
    }
    return {};
}

void WeekNavigator::describe(QAction *action, Step step, bool month, bool keys)
{
    QString text;
    QString tip;
    switch (step) {
    case Step::Previous:
        text = month ? tr("&Previous Month") : tr("&Previous Week");
        tip = month ? tr("Show the previous month") : tr("Show the previous week");
        action->setIconText(u"\u2039"_s);
        break;
    case Step::Current:
        text = month ? tr("&This Month") : tr("&This Week");
        tip = month ? tr("Show the month with today") : tr("Show the week with today");
        action->setIconText(month ? tr("This Month") : tr("This Week"));
        break;
    case Step::Next:
        text = month ? tr("&Next Month") : tr("&Next Week");
        tip = month ? tr("Show the next month") : tr("Show the next week");
        action->setIconText(u"\u203a"_s);
        break;
    }
    action->setText(text);
    const QList<QKeySequence> keyList = shortcuts(step);
    action->setShortcuts(keys ? keyList : QList<QKeySequence>());
    action->setToolTip(
        tr("%1 (%2)").arg(tip, keyList.constFirst().toString(QKeySequence::NativeText)));
}

void WeekNavigator::setPeriodIsMonth(bool month)
{
    m_month = month;
    for (const Step step : kSteps) {
        describe(action(step), step, m_month, !m_keysOwnedByWindow);
        // Never narrower than its text; "‹" alone would make a sliver of a button.
        QToolButton *shown = button(step);
        shown->setMinimumWidth(0);
        shown->setMinimumWidth(std::max(shown->sizeHint().width(), shown->sizeHint().height() + 4));
    }
}

void WeekNavigator::setKeysOwnedByWindow(bool owned)
{
    m_keysOwnedByWindow = owned;
    setPeriodIsMonth(m_month);
}

} // namespace actidesk
