#pragma once

#include <QColor>
#include <QPalette>

namespace actidesk::timesheetpalette {

// Colours of the timesheet derived from the widget palette, so light and dark themes both read
// well: state colours pick a darker or lighter shade depending on the base colour.

inline QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

inline QColor shade(const QPalette &palette, QRgb light, QRgb dark)
{
    return QColor(isDark(palette) ? dark : light);
}

inline QColor pending(const QPalette &p)
{
    return shade(p, 0x1e6fd9, 0x64a8ff);
}
inline QColor conflict(const QPalette &p)
{
    return shade(p, 0xe07000, 0xffa640);
}
inline QColor rejected(const QPalette &p)
{
    return shade(p, 0xc62828, 0xff6b6b);
}
inline QColor overtime(const QPalette &p)
{
    return shade(p, 0x2e7d32, 0x81c784);
}
inline QColor subdued(const QPalette &p)
{
    return mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.55);
}
inline QColor today(const QPalette &p)
{
    return mix(p.color(QPalette::Base), p.color(QPalette::Highlight), 0.10);
}
inline QColor nonWorking(const QPalette &p)
{
    return mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.035);
}
inline QColor totalRow(const QPalette &p)
{
    return mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.06);
}
inline QColor line(const QPalette &p)
{
    return mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.12);
}

} // namespace actidesk::timesheetpalette
