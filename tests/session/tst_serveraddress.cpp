// ServerAddress: normalisation of what users type, and the http policy.
#include "serveraddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using actidesk::ServerAddress;
using Problem = actidesk::ServerAddress::Problem;

class TestServerAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("installation");
        QTest::newRow("bare host") << u"demo.actitime.com"_s << u"https://demo.actitime.com"_s;
        QTest::newRow("trailing slash") << u"https://host.example/"_s << u"https://host.example"_s;
        QTest::newRow("api suffix")
            << u"https://host.example/api/v1"_s << u"https://host.example"_s;
        QTest::newRow("api suffix slash")
            << u"https://host.example/api/v1/"_s << u"https://host.example"_s;
        QTest::newRow("tenant") << u"online.actitime.com/acme/"_s
                                << u"https://online.actitime.com/acme"_s;
        QTest::newRow("tenant api") << u"https://online.actitime.com/acme/api/v1"_s
                                    << u"https://online.actitime.com/acme"_s;
        QTest::newRow("port") << u"https://host.example:8443/at"_s
                              << u"https://host.example:8443/at"_s;
        QTest::newRow("spaces and case")
            << u"  HTTPS://Host.Example/  "_s << u"https://host.example"_s;
        QTest::newRow("query dropped")
            << u"https://host.example/?x=1#frag"_s << u"https://host.example"_s;
        QTest::newRow("loopback http") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s;
        QTest::newRow("localhost http")
            << u"http://localhost:8080/api/v1"_s << u"http://localhost:8080"_s;
        // Found by fuzz_serveraddress: only the last suffix went, so the result parsed to
        // something else again.
        QTest::newRow("api suffix twice")
            << u"host.example/api/v1//api/v1/"_s << u"https://host.example"_s;
    }
    void normalises()
    {
        QFETCH(QString, input);
        QFETCH(QString, installation);
        const ServerAddress address = ServerAddress::parse(input);
        QVERIFY2(address.isValid(), qPrintable(address.errorMessage()));
        QCOMPARE(address.installationUrl().toString(), installation);
        QCOMPARE(address.apiUrl().toString(), installation + u"/api/v1"_s);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Problem>("problem");
        QTest::newRow("empty") << u"   "_s << Problem::Empty;
        QTest::newRow("ftp") << u"ftp://host.example"_s << Problem::UnsupportedScheme;
        QTest::newRow("no host") << u"https://"_s << Problem::Invalid;
        QTest::newRow("credentials in url")
            << u"https://user:pw@host.example"_s << Problem::Invalid;
        QTest::newRow("plain http") << u"http://host.example"_s << Problem::InsecureHttp;
        QTest::newRow("encoded space at the end")
            << u"Mt//api/v0/a%2Fv//api/v0/a%20"_s << Problem::Invalid;
        QTest::newRow("encoded tab inside") << u"https://host.example/a%09b"_s << Problem::Invalid;
    }
    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(Problem, problem);
        const ServerAddress address = ServerAddress::parse(input);
        QVERIFY(!address.isValid());
        QCOMPARE(address.problem(), problem);
        QVERIFY(!address.errorMessage().isEmpty());
    }

    void plainHttpWhenAllowed()
    {
        const ServerAddress address = ServerAddress::parse(u"http://intranet.example/at"_s, true);
        QVERIFY(address.isValid());
        QCOMPARE(address.apiUrl().toString(), u"http://intranet.example/at/api/v1"_s);
        QVERIFY(!address.isLoopback());
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
