#pragma once

class QSettings;
class QWidget;

namespace actidesk {

// The main window's size, position and maximised state, kept from one run to the next in the
// app's settings (key window/geometry). A command line's -qwindowgeometry still wins: Qt applies
// it when the window is first shown, after restore().
namespace WindowGeometry {
// Before the window is first shown; nothing happens without a saved geometry or with one that
// Qt cannot read.
void restore(QWidget &window, const QSettings &settings);
// When the app ends.
void save(const QWidget &window, QSettings &settings);
} // namespace WindowGeometry

} // namespace actidesk
