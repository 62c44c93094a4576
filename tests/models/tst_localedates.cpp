// Short dates in the locale's order (localedates): the day headers, ranges and sentences that
// used fixed "d MMM" patterns read the way German, Russian and US users write dates.
#include "localedates.h"

#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

class TestLocaleDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("dayMonth");
        QTest::addColumn<QString>("weekdayDayMonth");
        QTest::addColumn<QString>("dayMonthYear");

        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << u"MMM d"_s
                               << u"ddd, MMM d"_s << u"MMM d, yyyy"_s;
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"d MMM"_s
                               << u"ddd, d MMM"_s << u"d MMM yyyy"_s;
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany) << u"d. MMM"_s
                            << u"ddd, d. MMM"_s << u"d. MMM yyyy"_s;
        QTest::newRow("ru") << QLocale(QLocale::Russian, QLocale::Russia) << u"d MMM"_s
                            << u"ddd, d MMM"_s << u"d MMM yyyy 'г'."_s;
    }
    void formats()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, dayMonth);
        QFETCH(QString, weekdayDayMonth);
        QFETCH(QString, dayMonthYear);
        QCOMPARE(localedates::dayMonthFormat(locale), dayMonth);
        QCOMPARE(localedates::dayMonthFormat(locale, true), weekdayDayMonth);
        QCOMPARE(localedates::dayMonthFormat(locale, false, true), dayMonthYear);
    }

    void texts()
    {
        const QDate date(2026, 12, 2);
        QCOMPARE(localedates::dayMonth(date, QLocale(QLocale::English, QLocale::UnitedStates)),
                 u"Dec 2"_s);
        QCOMPARE(localedates::dayMonth(date, QLocale(QLocale::German, QLocale::Germany)),
                 u"2. Dez."_s);
        QCOMPARE(localedates::longDayMonth(date, QLocale(QLocale::English, QLocale::UnitedStates)),
                 u"Wednesday, December 2"_s);
        QCOMPARE(localedates::longDayMonth(date, QLocale(QLocale::German, QLocale::Germany)),
                 u"Mittwoch, 2. Dezember"_s);
        // Every locale gives a format with a day and a month, without the year.
        for (const QLocale &locale : QLocale::matchingLocales(
                 QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            const QString format = localedates::dayMonthFormat(locale);
            QVERIFY2(format.contains(u'd') && format.contains(u'M') && !format.contains(u'y'),
                     qPrintable(locale.name() + u": "_s + format));
        }
    }
};

QTEST_GUILESS_MAIN(TestLocaleDates)
#include "tst_localedates.moc"
