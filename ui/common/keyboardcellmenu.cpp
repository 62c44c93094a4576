#include "keyboardcellmenu.h"

#include <QAbstractItemView>
#include <QContextMenuEvent>
#include <QKeyEvent>

namespace actidesk {

namespace {

class KeyboardCellMenu : public QObject
{
public:
    explicit KeyboardCellMenu(QAbstractItemView *view) : QObject(view), m_view(view) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_view)
            return false;
        if (event->type() == QEvent::ContextMenu
            && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard)
            return true;
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers =
            key->modifiers() & ~Qt::KeypadModifier; // some keyboards mark the Menu key so
        const bool menuKey = key->key() == Qt::Key_Menu && modifiers == Qt::NoModifier;
        const bool shiftF10 = key->key() == Qt::Key_F10 && modifiers == Qt::ShiftModifier;
        if (!menuKey && !shiftF10)
            return false;
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) {
            m_view->scrollTo(current);
            Q_EMIT m_view->customContextMenuRequested(m_view->visualRect(current).center());
        }
        return true;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

void enableKeyboardCellMenu(QAbstractItemView *view)
{
    view->installEventFilter(new KeyboardCellMenu(view));
}

} // namespace actidesk
