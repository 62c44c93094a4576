#pragma once

#include "cellsyncstate.h"

#include <QColor>
#include <QPalette>
#include <QString>

class QAbstractItemView;
class QHelpEvent;
class QRect;

namespace actidesk::cellstate {

// What the timesheet and the leave table say and show about a cell that is not in step with the
// server, so both read the same.

// One sentence for a tooltip; empty for Synced.
QString sentence(CellState state);
// The marker colour from the widget palette (light and dark themes); invalid for Synced.
QColor colour(CellState state, const QPalette &palette);
// A delegate's helpEvent for a tooltip text: shows it over the cell, or hides any shown.
bool showToolTip(QHelpEvent *event, QAbstractItemView *view, const QRect &cell,
                 const QString &text);

} // namespace actidesk::cellstate
