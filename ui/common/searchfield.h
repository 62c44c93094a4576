#pragma once

#include <QString>

class QLineEdit;
class QWidget;

namespace actidesk {

// A page's search field: placeholder, clear button, accessible name, and Ctrl+F
// (QKeySequence::Find) focusing it with its text selected while the page is shown, wherever the
// focus is in the window. The field is a child of `page`.
QLineEdit *addSearchField(QWidget *page, const QString &placeholder, const QString &accessibleName,
                          const QString &actionText);

} // namespace actidesk
