#pragma once

#include "duration.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemView>
#include <QLineEdit>

namespace actidesk {

// Commits the cell editor open on `view`'s current cell, if any, before something changes what
// the view shows (another week, another page, a refresh, another account, quitting).
//
// Returns true when no editor was open or its text reached the model. Returns false, and leaves
// the editor open with the focus and its text selected, when the text is not a duration (`error`
// says why) or when the model refused it (the delegate's `failed` signal fired; its receivers
// already told the user). The caller must then not go on: nothing typed is dropped silently.
template<typename Delegate, typename FailedSignal>
bool commitOpenEditor(QAbstractItemView &view, Delegate *delegate, FailedSignal failed,
                      const DurationFormat &format, QString *error)
{
    // indexWidget() also answers the editor a delegate opened on that index.
    auto *editor = qobject_cast<QLineEdit *>(view.indexWidget(view.currentIndex()));
    if (!editor || !delegate)
        return true;
    const auto keepOpen = [editor] {
        editor->setFocus(Qt::OtherFocusReason);
        editor->selectAll();
        return false;
    };
    if (const DurationFormat::Parsed parsed = format.parse(editor->text()); !parsed.ok()) {
        if (error)
            *error = parsed.error;
        return keepOpen();
    }
    bool refused = false;
    const QMetaObject::Connection watch =
        QObject::connect(delegate, failed, editor, [&refused] { refused = true; });
    // The delegate's own signals: the view writes the text through setModelData() as it does
    // for Enter, so the page hears about the edit the usual way.
    Q_EMIT delegate->commitData(editor);
    QObject::disconnect(watch);
    if (refused)
        return keepOpen();
    Q_EMIT delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
    return true;
}

} // namespace actidesk
