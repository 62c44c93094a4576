#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QTreeWidget;

namespace actidesk {

// A part of the window whose shortcuts are listed under its own heading (a page).
struct ShortcutScope
{
    QString title;
    const QWidget *widget = nullptr;
};

struct ShortcutEntry
{
    QString section; // a menu's or a page's name, or the grid the keys work in
    QString what;
    QString keys; // as the platform writes them, several separated by ", "
};

// Every shortcut `window` answers, read from the real actions and buttons at the time of the
// call (so the list cannot go stale): the menus' actions (by menu), the pages' actions and
// buttons with keys (by page, from `scopes`), the window's other actions, then the keys the
// grids handle themselves (Enter, Tab, F2, Delete, Ctrl+Enter, …). Dialogs' keys are left out.
QList<ShortcutEntry> collectShortcuts(const QWidget *window, const QList<ShortcutScope> &scopes);

// Help › Keyboard Shortcuts: the entries by section, in a read-only tree.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    void setShortcuts(const QList<ShortcutEntry> &entries);
    QList<ShortcutEntry> shortcuts() const { return m_entries; }
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree = nullptr;
    QList<ShortcutEntry> m_entries;
};

} // namespace actidesk
