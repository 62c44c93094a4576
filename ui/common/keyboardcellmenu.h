#pragma once

class QAbstractItemView;

namespace actidesk {

// Shift+F10 and the Menu key open the current cell's menu, as a right-click on that cell does
// (the view's customContextMenuRequested, at the cell's centre). The platform's own keyboard
// context-menu event is swallowed: it would carry a position in the wrong coordinates (the
// view's, not its viewport's, so the cell above) and open the menu a second time.
void enableKeyboardCellMenu(QAbstractItemView *view);

} // namespace actidesk
