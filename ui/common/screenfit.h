#pragma once

#include <QSize>

class QWidget;

namespace actidesk {

// `wanted`, made no larger than the available area of the screen `widget` is on (or the primary
// screen), less a margin for the window frame: a dialog sized for a large screen still fits
// one of 800 × 600.
QSize fittedToScreen(const QWidget *widget, const QSize &wanted);

} // namespace actidesk
