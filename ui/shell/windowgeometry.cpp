#include "windowgeometry.h"

#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace actidesk::WindowGeometry {

namespace {
const QString kKey = u"window/geometry"_s;
}

void restore(QWidget &window, const QSettings &settings)
{
    const QByteArray saved = settings.value(kKey).toByteArray();
    // restoreGeometry() also moves a window saved on a screen that is gone onto one that is here.
    if (!saved.isEmpty())
        window.restoreGeometry(saved);
}

void save(const QWidget &window, QSettings &settings)
{
    settings.setValue(kKey, window.saveGeometry());
}

} // namespace actidesk::WindowGeometry
