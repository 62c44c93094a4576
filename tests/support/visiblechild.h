#pragma once

#include <QObject>

// The first shown widget of type T among the descendants of `parent` (in findChildren() order),
// or null: the dialog or message box a key has just opened, where hidden ones of the same type
// may linger from earlier steps.
//
//     QTRY_VERIFY(visibleChild<QMessageBox>(page));
//     visibleChild<QMessageBox>(page)->button(QMessageBox::Yes)->click();
template<typename T>
T *visibleChild(const QObject *parent)
{
    for (T *child : parent->findChildren<T *>()) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}
