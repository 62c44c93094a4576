#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

QString plain(QString text)
{
    text.remove(u'&');
    if (text.endsWith(u'\u2026'))
        text.chop(1);
    return text.trimmed();
}

QString keysOf(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty())
            texts.append(key.toString(QKeySequence::NativeText));
    }
    return texts.join(u", "_s);
}

// Dialogs (the sign-in dialog is the window's child) have keys of their own, not the window's.
bool isInDialog(const QWidget *widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (qobject_cast<const QDialog *>(widget))
            return true;
    }
    return false;
}

const QWidget *widgetOf(const QAction *action)
{
    return qobject_cast<const QWidget *>(action->parent());
}

QList<ShortcutEntry> gridKeys()
{
    const QString timesheet = ShortcutsDialog::tr("Timesheet grid");
    const QString leave = ShortcutsDialog::tr("Leave grid");
    const auto keys = [](std::initializer_list<QKeySequence> list) { return keysOf(list); };
    return {
        {timesheet, ShortcutsDialog::tr("Type a duration to edit the cell"),
         ShortcutsDialog::tr("0–9")},
        {timesheet, ShortcutsDialog::tr("Edit the cell"), keys({QKeySequence(Qt::Key_F2)})},
        {timesheet, ShortcutsDialog::tr("Save and move down / up"),
         keys({QKeySequence(Qt::Key_Return), QKeySequence(Qt::SHIFT | Qt::Key_Return)})},
        {timesheet, ShortcutsDialog::tr("Next / previous day cell"),
         keys({QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)})},
        {timesheet, ShortcutsDialog::tr("Cancel the edit"), keys({QKeySequence(Qt::Key_Escape)})},
        {timesheet, ShortcutsDialog::tr("Clear the selected cells"),
         keys({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)})},
        {timesheet, ShortcutsDialog::tr("Edit the cell's comment"),
         keys({QKeySequence(Qt::CTRL | Qt::Key_Return)})},
        {timesheet, ShortcutsDialog::tr("Copy / paste cells (tab-separated, as spreadsheets do)"),
         keys({QKeySequence::Copy, QKeySequence::Paste})},
        {timesheet, ShortcutsDialog::tr("The cell's menu"),
         keys({QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)})},
        {leave, ShortcutsDialog::tr("Type a duration to edit the cell"),
         ShortcutsDialog::tr("0–9")},
        {leave, ShortcutsDialog::tr("Edit the cell"), keys({QKeySequence(Qt::Key_F2)})},
        {leave, ShortcutsDialog::tr("Clear the selected cells"),
         keys({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)})},
        {leave, ShortcutsDialog::tr("The cell's menu"),
         keys({QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)})},
    };
}

} // namespace

QList<ShortcutEntry> collectShortcuts(const QWidget *window, const QList<ShortcutScope> &scopes)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> listed;
    const auto add = [&](const QString &section, const QAction *action) {
        if (listed.contains(action) || action->isSeparator())
            return;
        listed.insert(action);
        const QString keys = keysOf(action->shortcuts());
        if (!keys.isEmpty())
            entries.append({section, plain(action->text()), keys});
    };

    // The menus first, as the menu bar orders them.
    if (const auto *bar = window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        for (const QAction *top : bar->actions()) {
            const QMenu *menu = top->menu();
            if (!menu)
                continue;
            QList<const QMenu *> menus = {menu};
            while (!menus.isEmpty()) {
                const QMenu *current = menus.takeFirst();
                for (const QAction *action : current->actions()) {
                    if (action->menu())
                        menus.append(action->menu());
                    else
                        add(plain(menu->title()), action);
                }
            }
        }
    }
    // Then each page: its actions and the buttons with keys of their own.
    for (const ShortcutScope &scope : scopes) {
        if (!scope.widget)
            continue;
        QList<const QAction *> actions;
        for (const QAction *action : scope.widget->actions())
            actions.append(action);
        for (const QAction *action : scope.widget->findChildren<QAction *>())
            actions.append(action);
        for (const QAction *action : std::as_const(actions)) {
            if (!isInDialog(widgetOf(action)))
                add(scope.title, action);
        }
        for (const QAbstractButton *button : scope.widget->findChildren<QAbstractButton *>()) {
            if (button->shortcut().isEmpty() || isInDialog(button))
                continue;
            const QString what = button->text().isEmpty() ? button->toolTip() : button->text();
            entries.append({scope.title, plain(what), keysOf({button->shortcut()})});
        }
    }
    // Whatever else the window answers.
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!isInDialog(widgetOf(action)))
            add(ShortcutsDialog::tr("Window"), action);
    }
    entries.append(gridKeys());
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(520, 560);
}

void ShortcutsDialog::setShortcuts(const QList<ShortcutEntry> &entries)
{
    m_entries = entries;
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> sections; // a menu and a page may share a name
    for (const ShortcutEntry &entry : entries) {
        QTreeWidgetItem *&section = sections[entry.section];
        if (!section) {
            section = new QTreeWidgetItem(m_tree, {entry.section});
            QFont bold = section->font(0);
            bold.setBold(true);
            section->setFont(0, bold);
            section->setFirstColumnSpanned(true);
            section->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(section, {entry.what, entry.keys});
        item->setToolTip(0, entry.what);
    }
    m_tree->expandAll();
}

} // namespace actidesk
