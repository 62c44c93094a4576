#include "searchfield.h"

#include <QAction>
#include <QLineEdit>

namespace actidesk {

QLineEdit *addSearchField(QWidget *page, const QString &placeholder, const QString &accessibleName,
                          const QString &actionText)
{
    auto *search = new QLineEdit(page);
    search->setPlaceholderText(placeholder);
    search->setClearButtonEnabled(true);
    search->setAccessibleName(accessibleName);
    auto *focusSearch = new QAction(actionText, page);
    focusSearch->setShortcut(QKeySequence::Find);
    // Wherever the focus is in the window (the sidebar too) while the page is shown: a hidden
    // page's shortcut does not count, so every page has its own search without ambiguity.
    focusSearch->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(focusSearch, &QAction::triggered, search, [search]() {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
    page->addAction(focusSearch);
    return search;
}

} // namespace actidesk
