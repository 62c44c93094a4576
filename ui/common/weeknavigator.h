#pragma once

#include <QKeySequence>
#include <QList>
#include <QWidget>

#include <array>

class QAction;
class QToolButton;

namespace actidesk {

// The one period-navigation control of every page that shows a period (timesheet, leave,
// review): "‹", "This Week", "›", with the same tooltips, shortcuts and enabled rules everywhere.
// The page owns the three actions (it decides what a step means and when "This Week" is already
// shown). Inside the main window the keys belong to the window's actions (window shortcuts, so
// they work wherever the focus is), which trigger the shown page's actions: see
// setKeysOwnedByWindow(). A page on its own (tests) keeps the keys on its actions.
class WeekNavigator : public QWidget
{
    Q_OBJECT
public:
    enum class Step { Previous, Current, Next };
    static constexpr std::array kSteps = {Step::Previous, Step::Current, Step::Next};

    // Adds the three actions to `page` (shortcuts while the focus is in the page).
    explicit WeekNavigator(QWidget *page);

    QAction *action(Step step) const { return m_actions.at(index(step)); }
    QToolButton *button(Step step) const { return m_buttons.at(index(step)); }

    // The leave page's month view: the texts say "month".
    void setPeriodIsMonth(bool month);
    bool periodIsMonth() const { return m_month; }

    // Inside the main window: the page's actions keep their texts and tooltips (which teach the
    // keys) but give the keys up to the window's actions; two actions on one key would be
    // ambiguous and neither would fire.
    void setKeysOwnedByWindow(bool owned);

    // The keys of a step: the same for every page and the window.
    static QList<QKeySequence> shortcuts(Step step);
    // Text, button text, tooltip (with the keys) and, unless keys is false, the shortcuts of a
    // step: the window's actions are described by the same function as the pages'.
    static void describe(QAction *action, Step step, bool month = false, bool keys = true);

private:
    static int index(Step step) { return int(step); }

    std::array<QAction *, 3> m_actions{};
    std::array<QToolButton *, 3> m_buttons{};
    bool m_month = false;
    bool m_keysOwnedByWindow = false;
};

} // namespace actidesk
