#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace actidesk {

QSize fittedToScreen(const QWidget *widget, const QSize &wanted)
{
    const QScreen *screen =
        widget && widget->screen() ? widget->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return wanted;
    constexpr int kFrame = 40; // title bar and borders, which the size does not include
    const QSize room = screen->availableSize() - QSize(kFrame, kFrame);
    return wanted.boundedTo(room.expandedTo(QSize(1, 1)));
}

} // namespace actidesk
