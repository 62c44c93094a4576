// DurationFormat: what the user may type in a timesheet cell and how minutes are shown.
#include "duration.h"

#include <QRegularExpression>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

class TestDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A warning (e.g. an invalid regular expression) is a bug here.
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes"); // -1 = refused

        QTest::newRow("empty clears") << u""_s << 0;
        QTest::newRow("blank clears") << u"   "_s << 0;
        QTest::newRow("zero clears") << u"0"_s << 0;
        QTest::newRow("bare number is hours") << u"8"_s << 480;
        QTest::newRow("colon") << u"1:30"_s << 90;
        QTest::newRow("colon minutes only") << u":45"_s << 45;
        QTest::newRow("colon 24:00") << u"24:00"_s << 1440;
        QTest::newRow("decimal dot") << u"1.5"_s << 90;
        QTest::newRow("decimal comma") << u"1,5"_s << 90;
        QTest::newRow("decimal leading sep") << u".25"_s << 15;
        QTest::newRow("decimal rounds to minutes") << u"0.33"_s << 20;
        QTest::newRow("minutes m") << u"90m"_s << 90;
        QTest::newRow("minutes min with space") << u"90 min"_s << 90;
        QTest::newRow("minutes uppercase") << u"45 MIN"_s << 45;
        QTest::newRow("hours h") << u"2h"_s << 120;
        QTest::newRow("hours and minutes") << u"2h 15m"_s << 135;
        QTest::newRow("hours then bare minutes") << u"1h30"_s << 90;
        QTest::newRow("decimal hours h") << u"1.5h"_s << 90;
        QTest::newRow("surrounding spaces") << u"  1:05 "_s << 65;
        QTest::newRow("negative") << u"-1"_s << -1;
        QTest::newRow("negative colon") << u"-0:30"_s << -1;
        QTest::newRow("more than a day") << u"25"_s << -1;
        QTest::newRow("bare 45 is hours, too many") << u"45"_s << -1;
        QTest::newRow("24:01") << u"24:01"_s << -1;
        QTest::newRow("minutes over 59") << u"1:60"_s << -1;
        QTest::newRow("garbage") << u"abc"_s << -1;
        QTest::newRow("two separators") << u"1.5.5"_s << -1;
        QTest::newRow("unit only") << u"h"_s << -1;
        QTest::newRow("minutes then hours") << u"30m 1h"_s << -1;
        QTest::newRow("too many minutes") << u"1500m"_s << -1;
        // Found by fuzz_duration: a number beyond long wrapped to 0, and a minutes part beyond
        // int counted as 0 minutes.
        QTest::newRow("hours beyond long") << u"99999999999999999999"_s << -1;
        QTest::newRow("minutes part beyond int") << u"1h 99999999999m"_s << -1;
        QTest::newRow("minutes beyond int") << u"99999999999m"_s << -1;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, minutes);
        const DurationFormat::Parsed parsed = DurationFormat().parse(text);
        if (minutes < 0) {
            QVERIFY(!parsed.ok());
            QVERIFY(parsed.error.contains(u"1:30"_s) || parsed.error.contains(u"45m"_s));
        } else {
            QVERIFY2(parsed.ok(), qPrintable(parsed.error));
            QCOMPARE(*parsed.minutes, minutes);
            QVERIFY(parsed.error.isEmpty());
        }
    }

    // A separator the server or the locale uses is accepted besides '.' and ','.
    void parseOtherSeparators()
    {
        ServerInfo server;
        server.decimalSeparator = u"'"_s;
        QCOMPARE(DurationFormat(server).parse(u"1'5"_s).minutes, 90);
        QVERIFY(!DurationFormat().parse(u"1'5"_s).ok());
        const DurationFormat arabic({}, QLocale(QLocale::Arabic, QLocale::Egypt));
        QCOMPARE(arabic
                     .parse(QString(u'1' + QLocale(QLocale::Arabic, QLocale::Egypt).decimalPoint()
                                    + u'5'))
                     .minutes,
                 90);
    }

    void format_data()
    {
        QTest::addColumn<bool>("decimalHours");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("text");

        QTest::newRow("zero") << false << u"."_s << 0 << u"0:00"_s;
        QTest::newRow("h:mm") << false << u"."_s << 90 << u"1:30"_s;
        QTest::newRow("pads minutes") << false << u"."_s << 65 << u"1:05"_s;
        QTest::newRow("week total") << false << u"."_s << 40 * 60 << u"40:00"_s;
        QTest::newRow("negative") << false << u"."_s << -75 << u"-1:15"_s;
        QTest::newRow("decimal") << true << u"."_s << 90 << u"1.50"_s;
        QTest::newRow("decimal comma") << true << u","_s << 90 << u"1,50"_s;
        QTest::newRow("decimal rounds") << true << u"."_s << 20 << u"0.33"_s;
        QTest::newRow("decimal negative") << true << u","_s << -30 << u"-0,50"_s;
    }
    void format()
    {
        QFETCH(bool, decimalHours);
        QFETCH(QString, separator);
        QFETCH(int, minutes);
        QFETCH(QString, text);
        ServerInfo server;
        server.timeAsDecimalHours = decimalHours;
        server.decimalSeparator = separator;
        QCOMPARE(DurationFormat(server).format(minutes), text);
    }

    // Preferences → time display: h:mm or decimal hours (in the locale's words) whatever the
    // server shows, or as the server shows it; typing takes every form in each.
    void formatFollowsTheTimeDisplay()
    {
        ServerInfo decimalServer;
        decimalServer.timeAsDecimalHours = true;
        decimalServer.decimalSeparator = u"."_s;
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(DurationFormat(decimalServer, german, TimeDisplay::HoursMinutes).format(90),
                 u"1:30"_s);
        QCOMPARE(DurationFormat({}, german, TimeDisplay::DecimalHours).format(450), u"7,50"_s);
        QCOMPARE(DurationFormat({}, german, TimeDisplay::DecimalHours).format(100 * 60),
                 u"100,00"_s);
        QCOMPARE(DurationFormat({}, QLocale::c(), TimeDisplay::DecimalHours).format(-30),
                 u"-0.50"_s);
        QCOMPARE(DurationFormat(decimalServer, german, TimeDisplay::AsServer).format(90),
                 u"1.50"_s);
        QCOMPARE(DurationFormat({}, german, TimeDisplay::AsServer).format(90), u"1:30"_s);

        // Without an explicit display: the app's setting.
        TimeDisplaySetting::instance().setValue(TimeDisplay::DecimalHours);
        QCOMPARE(DurationFormat({}, german).format(90), u"1,50"_s);
        TimeDisplaySetting::instance().setValue(TimeDisplay::AsServer);
        QCOMPARE(DurationFormat({}, german).format(90), u"1:30"_s);

        for (const TimeDisplay display : {TimeDisplay::HoursMinutes, TimeDisplay::DecimalHours}) {
            const DurationFormat format({}, german, display);
            QCOMPARE(format.parse(u"1:30"_s).minutes, 90);
            QCOMPARE(format.parse(u"1,5"_s).minutes, 90);
            QCOMPARE(format.parse(u"1.5"_s).minutes, 90);
            for (const int minutes : {0, 15, 90, 479, 1440})
                QCOMPARE(format.parse(format.format(minutes)).minutes, minutes);
        }
        QCOMPARE(TimeDisplaySetting::fromKey(TimeDisplaySetting::key(TimeDisplay::DecimalHours)),
                 TimeDisplay::DecimalHours);
        QCOMPARE(TimeDisplaySetting::fromKey(u"nonsense"_s), TimeDisplay::AsServer);
    }

    // What is shown parses back to the same minutes, in both formats.
    void roundTrip()
    {
        for (const bool decimal : {false, true}) {
            ServerInfo server;
            server.timeAsDecimalHours = decimal;
            server.decimalSeparator = u","_s;
            const DurationFormat format(server);
            for (const int minutes : {0, 1, 15, 59, 60, 61, 90, 479, 1440})
                QCOMPARE(format.parse(format.format(minutes)).minutes, minutes);
        }
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
