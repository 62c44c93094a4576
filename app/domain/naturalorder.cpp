#include "naturalorder.h"

#include <QCollator>
#include <QLocale>

namespace actidesk {

namespace {

const QCollator &collator()
{
    static const QCollator instance = [] {
        // The C locale collates by code point and ignores numeric mode: use a real one then.
        const QLocale locale = QLocale().language() == QLocale::C
            ? QLocale(QLocale::English, QLocale::UnitedStates)
            : QLocale();
        QCollator c(locale);
        c.setNumericMode(true);
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    return instance;
}

} // namespace

int naturalCompare(const QString &a, const QString &b)
{
    return collator().compare(a, b);
}

} // namespace actidesk
