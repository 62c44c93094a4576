#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace actidesk::timesheetpalette {

// Colours of the timesheet derived from the widget palette, so light and dark themes both read
// well: state colours pick a darker or lighter shade depending on the base colour, and every
// colour drawn as text is moved toward the palette's text colour until it reads on each of the
// grid's backgrounds with the WCAG contrast for normal text (4.5:1).

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

// WCAG 2 relative luminance and contrast ratio (1 … 21).
inline qreal luminance(const QColor &color)
{
    const auto channel = [](qreal c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}
inline qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
constexpr qreal kTextContrast = 4.5;

// The backgrounds a cell's text is drawn on (see today(), nonWorking(), totalRow()).
inline QList<QColor> cellBackgrounds(const QPalette &p)
{
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    return {base, mix(base, p.color(QPalette::Highlight), 0.10), mix(base, text, 0.035),
            mix(base, text, 0.06), mix(mix(base, text, 0.06), p.color(QPalette::Highlight), 0.10)};
}

// `color`, moved toward the palette's text colour as far as it takes to read on every cell
// background.
inline QColor readable(const QPalette &p, const QColor &color)
{
    const QList<QColor> backgrounds = cellBackgrounds(p);
    const auto reads = [&backgrounds](const QColor &c) {
        return std::all_of(backgrounds.cbegin(), backgrounds.cend(),
                           [&c](const QColor &b) { return contrast(c, b) >= kTextContrast; });
    };
    QColor result = color;
    for (int step = 1; step <= 20 && !reads(result); ++step)
        result = mix(color, p.color(QPalette::Text), step / 20.0);
    return result;
}

inline QColor shade(const QPalette &palette, QRgb light, QRgb dark)
{
    return readable(palette, QColor(isDark(palette) ? dark : light));
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
    return readable(p, mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.55));
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
