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
    // Only while the page (or a child) has focus: every page has its own search.
    focusSearch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(focusSearch, &QAction::triggered, search, [search]() {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
    page->addAction(focusSearch);
    return search;
}

} // namespace actidesk
