#pragma once

class QAbstractItemView;

namespace actidesk {

// A cell whose text does not fit (a long task name shown as "Design the new hull of th…") shows
// its whole text as a tooltip, unless the model has a tooltip of its own for it.
void showElidedTextAsToolTip(QAbstractItemView *view);

} // namespace actidesk
