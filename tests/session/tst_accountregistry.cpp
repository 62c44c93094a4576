// AccountRegistry over a QSettings ini file: order, replacement in place, removal, last used,
// remembered passwords, persistence, and a garbled file.
#include "accountregistry.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace actidesk;

class TestAccountRegistry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;

    std::unique_ptr<QSettings> settings()
    {
        return std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    }
    static Account account(const QString &server, const QString &login, const QString &name = {})
    {
        return Account{QUrl(server), login, name};
    }

private Q_SLOTS:
    void init() { m_path = m_dir.filePath(u"settings-%1.ini"_s.arg(++m_files)); }

    void emptyAtFirst()
    {
        auto s = settings();
        AccountRegistry registry(s.get());
        QVERIFY(registry.accounts().isEmpty());
        QVERIFY(!registry.lastUsed());
    }

    void addKeepsOrderAndReplacesInPlace()
    {
        auto s = settings();
        AccountRegistry registry(s.get());
        QSignalSpy changed(&registry, &AccountRegistry::accountsChanged);
        registry.add(account(u"https://a.example"_s, u"ann"_s, u"Ann"_s));
        registry.add(account(u"https://b.example"_s, u"bob"_s, u"Bob"_s));
        registry.add(account(u"https://c.example"_s, u"cid"_s));
        QCOMPARE(changed.count(), 3);
        // Same key (the login's case does not matter): replaced where it stands.
        registry.add(account(u"https://b.example"_s, u" BOB"_s, u"Robert"_s));
        QCOMPARE(changed.count(), 4);
        const QList<Account> all = registry.accounts();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).login, u"ann"_s);
        QCOMPARE(all.at(1).displayName, u"Robert"_s);
        QCOMPARE(all.at(2).login, u"cid"_s);
        // The same again changes nothing.
        registry.add(all.at(1));
        QCOMPARE(changed.count(), 4);
        // Invalid accounts are not kept.
        registry.add(account(u"no-scheme"_s, u"x"_s));
        registry.add(account(u"https://d.example"_s, u" "_s));
        QCOMPARE(registry.accounts().size(), 3);
    }

    void persistsWithoutPasswordOrUserInfo()
    {
        {
            auto s = settings();
            AccountRegistry registry(s.get());
            registry.add(account(u"https://bob:secret@a.example/at"_s, u"ann"_s, u"Ann A"_s));
            registry.add(account(u"https://b.example"_s, u"bob"_s));
            registry.setLastUsed(account(u"https://b.example"_s, u"bob"_s));
            registry.setRemembersPassword(account(u"https://a.example/at"_s, u"ann"_s), true);
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(!text.contains("secret"), text.constData());

        auto s = settings();
        AccountRegistry registry(s.get());
        QCOMPARE(registry.accounts().size(), 2);
        QCOMPARE(registry.accounts().first().serverUrl, QUrl(u"https://a.example/at"_s));
        QCOMPARE(registry.accounts().first().displayName, u"Ann A"_s);
        QVERIFY(registry.lastUsed());
        QCOMPARE(registry.lastUsed()->login, u"bob"_s);
        QVERIFY(registry.remembersPassword(account(u"https://a.example/at"_s, u"ANN"_s)));
        QVERIFY(!registry.remembersPassword(account(u"https://b.example"_s, u"bob"_s)));
    }

    void plainHttpConsentPersistsPerServer()
    {
        {
            auto s = settings();
            AccountRegistry registry(s.get());
            QVERIFY(registry.plainHttpServers().isEmpty());
            registry.setAllowsPlainHttp(QUrl(u"http://intranet.example/at/"_s), true);
            registry.setAllowsPlainHttp(QUrl(u"http://intranet.example/at"_s), true); // same
            registry.setAllowsPlainHttp(QUrl(u"http://other.example:8080"_s), true);
            // https needs no consent and gets no entry.
            registry.setAllowsPlainHttp(QUrl(u"https://secure.example"_s), true);
            QCOMPARE(registry.plainHttpServers().size(), 2);
            registry.setAllowsPlainHttp(QUrl(u"http://other.example:8080"_s), false);
        }
        auto s = settings();
        AccountRegistry registry(s.get());
        QCOMPARE(registry.plainHttpServers(), (QList<QUrl>{QUrl(u"http://intranet.example/at"_s)}));
        QVERIFY(registry.allowsPlainHttp(QUrl(u"http://INTRANET.example/at/"_s)));
        QVERIFY(!registry.allowsPlainHttp(QUrl(u"http://intranet.example/other"_s)));
        QVERIFY(!registry.allowsPlainHttp(QUrl(u"http://other.example:8080"_s)));
        QVERIFY(!registry.allowsPlainHttp(QUrl(u"https://intranet.example/at"_s)));
    }

    void removeForgetsLastUsedAndRemember()
    {
        auto s = settings();
        AccountRegistry registry(s.get());
        const Account a = account(u"https://a.example"_s, u"ann"_s);
        const Account b = account(u"https://b.example"_s, u"bob"_s);
        registry.add(a);
        registry.add(b);
        registry.setLastUsed(a);
        registry.setRemembersPassword(a, true);
        QSignalSpy changed(&registry, &AccountRegistry::accountsChanged);
        registry.remove(a);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(registry.accounts(), QList<Account>{b});
        QVERIFY(!registry.lastUsed());
        QVERIFY(!registry.remembersPassword(a));
        registry.remove(a); // unknown: nothing happens
        QCOMPARE(changed.count(), 1);
        // Re-adding starts without the old flags.
        registry.add(a);
        QVERIFY(!registry.remembersPassword(a));
    }

    void unknownAccountsAreIgnored()
    {
        auto s = settings();
        AccountRegistry registry(s.get());
        const Account stranger = account(u"https://x.example"_s, u"x"_s);
        registry.setLastUsed(stranger);
        registry.setRemembersPassword(stranger, true);
        QVERIFY(!registry.lastUsed());
        QVERIFY(!registry.remembersPassword(stranger));
        QVERIFY(!registry.find(stranger));
    }

    void garbledFileSkipsBadEntries()
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[General]\n"
                   "lastUsedAccount=https://gone.example|nobody\n"
                   "[accounts]\n"
                   "size=6\n"
                   "1\\serverUrl=https://good.example\n"
                   "1\\login=good\n"
                   "1\\rememberPassword=true\n"
                   "2\\serverUrl=not a url at all\n"
                   "2\\login=bad\n"
                   "3\\serverUrl=https://nologin.example\n"
                   "4\\serverUrl=https://list.example\n"
                   "4\\login=a, b, c\n"
                   "5\\serverUrl=https://good.example\n"
                   "5\\login=GOOD\n"
                   "6\\serverUrl=https://second.example\n"
                   "6\\login=second\n"
                   "6\\rememberPassword=banana\n"
                   "garbage line without equals\n");
        file.close();
        auto s = settings();
        AccountRegistry registry(s.get());
        const QList<Account> all = registry.accounts();
        QCOMPARE(all.size(), 2); // bad URL, missing login, a list, a duplicate: skipped
        QCOMPARE(all.at(0).login, u"good"_s);
        QCOMPARE(all.at(1).login, u"second"_s);
        QVERIFY(registry.remembersPassword(all.at(0)));
        QVERIFY(!registry.remembersPassword(all.at(1)));
        QVERIFY(!registry.lastUsed()); // names an account that is not there
        // Still writable afterwards.
        registry.add(account(u"https://third.example"_s, u"third"_s));
        auto again = settings();
        QCOMPARE(AccountRegistry(again.get()).accounts().size(), 3);
    }

    void sizeThatIsNotANumber()
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[accounts]\nsize=lots\n1\\serverUrl=https://a.example\n1\\login=a\n");
        file.close();
        auto s = settings();
        AccountRegistry registry(s.get());
        QVERIFY(registry.accounts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountRegistry)
#include "tst_accountregistry.moc"
