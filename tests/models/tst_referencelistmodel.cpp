// ReferenceListModel over a real Store in a temporary folder: every list's rows and columns from
// the cache, names resolved across lists, hidden values left blank, reload after a refresh,
// sorting by value through the proxy, and search by words.
#include "referencelistmodel.h"
#include "store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace actidesk;
using namespace Qt::StringLiterals;

using Model = ReferenceListModel;

class TestReferenceListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Model> m_model;

    static User user(int id, const QString &name, int department, int group, bool active = true)
    {
        User u;
        u.id = id;
        u.username = name.toLower();
        u.fullName = name;
        u.departmentId = department;
        u.timeZoneGroupId = group;
        u.active = active;
        return u;
    }
    QString cell(const QAbstractItemModel &model, int row, int column) const
    {
        return model.index(row, column).data().toString();
    }
    QStringList column(const QAbstractItemModel &model, int column) const
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(cell(model, row, column));
        return out;
    }

private Q_SLOTS:
    void init()
    {
        static int count = 0;
        m_store = Store::open(m_dir.filePath(u"reference-%1.sqlite"_s.arg(++count)), nullptr);
        QVERIFY(m_store);
        QVERIFY(m_store->replaceDepartments({{1, u"Sales"_s, false}, {2, u"Design"_s, true}}));
        QVERIFY(m_store->replaceTimeZoneGroups({{1, u"London"_s, u"Europe/London"_s, true},
                                                {2, u"Berlin"_s, u"Europe/Berlin"_s, false}}));
        User ann = user(1, u"Ann Lee"_s, 1, -1);
        ann.hired = QDate(2020, 5, 1);
        User bob = user(2, u"Bob Stone"_s, -1, 2, false);
        bob.releaseDate = QDate(2023, 1, 31);
        QVERIFY(m_store->putUsers({ann, bob, user(3, u"Cleo Adams"_s, 2, 1)}));
        m_model = std::make_unique<Model>(*m_store);
        new QAbstractItemModelTester(m_model.get(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }
    void cleanup()
    {
        m_model.reset();
        m_store.reset();
    }

    void usersResolveDepartmentsAndGroups()
    {
        QCOMPARE(m_model->list(), Model::Users);
        QCOMPARE(m_model->columnCount(), 6);
        QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), u"Department"_s);
        QCOMPARE(column(*m_model, 0), (QStringList{u"Ann Lee"_s, u"Bob Stone"_s, u"Cleo Adams"_s}));
        QCOMPARE(column(*m_model, 1), (QStringList{u"Sales"_s, u"No department"_s, u"Design"_s}));
        // -1 is the default group, named after the cached group marked default.
        QCOMPARE(column(*m_model, 2), (QStringList{u"London"_s, u"Berlin"_s, u"London"_s}));
        QCOMPARE(cell(*m_model, 0, 3), QLocale().toString(QDate(2020, 5, 1), QLocale::ShortFormat));
        QCOMPARE(cell(*m_model, 1, 3), QString()); // hidden or unknown: blank, not a made-up date
        QCOMPARE(cell(*m_model, 1, 4),
                 QLocale().toString(QDate(2023, 1, 31), QLocale::ShortFormat));
        QCOMPARE(column(*m_model, 5), (QStringList{u"Yes"_s, u"No"_s, u"Yes"_s}));
        QCOMPARE(m_model->index(1, 0).data(Model::IdRole).toInt(), 2);
    }

    void everyListReadsTheCache()
    {
        QVERIFY(m_store->replaceLeaveTypes({{1, u"Vacation"_s, LeaveBalance::Pto, 1.0, false},
                                            {2, u"Sick"_s, LeaveBalance::Sick, 1.0, false},
                                            {3, u"Unpaid"_s, LeaveBalance::None, 0.0, true}}));
        QVERIFY(m_store->replaceTypesOfWork({{1, u"Design"_s, 80.0, false, true, true},
                                             {2, u"Admin"_s, std::nullopt, false, false, false}}));
        QVERIFY(m_store->replaceWorkflowStatuses(
            {{1, u"New"_s, WorkflowStatusType::Open, true, true},
             {2, u"Done"_s, WorkflowStatusType::Completed, false, false}}));
        ServerInfo info;
        info.companyName = u"Acme"_s;
        info.currency = u"€"_s;
        info.firstDayOfWeek = Qt::Sunday;
        info.timeAsDecimalHours = true;
        info.maxQueryLimit = 500;
        QVERIFY(m_store->putServerInfo(info));

        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setList(Model::Departments);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(column(*m_model, 0), (QStringList{u"Sales"_s, u"Design"_s}));
        QCOMPARE(column(*m_model, 1), (QStringList{u"No"_s, u"Yes"_s}));

        m_model->setList(Model::TimeZoneGroups);
        QCOMPARE(column(*m_model, 1), (QStringList{u"Europe/London"_s, u"Europe/Berlin"_s}));

        m_model->setList(Model::LeaveTypes);
        QCOMPARE(column(*m_model, 1),
                 (QStringList{u"Paid time off"_s, u"Sick days"_s, u"No balance"_s}));
        QCOMPARE(column(*m_model, 3), (QStringList{u"No"_s, u"No"_s, u"Yes"_s}));

        m_model->setList(Model::TypesOfWork);
        QCOMPARE(column(*m_model, 0), (QStringList{u"Design"_s, u"Admin"_s}));
        QCOMPARE(cell(*m_model, 0, 1), u"€"_s + QLocale().toString(80.0, 'f', 2));
        QCOMPARE(cell(*m_model, 1, 1), QString()); // the server hid this rate

        m_model->setList(Model::WorkflowStatuses);
        QCOMPARE(column(*m_model, 1), (QStringList{u"Open"_s, u"Completed"_s}));

        m_model->setList(Model::Settings);
        QCOMPARE(m_model->columnCount(), 2);
        const QStringList names = column(*m_model, 0);
        const QStringList values = column(*m_model, 1);
        QCOMPARE(values.at(names.indexOf(u"Company"_s)), u"Acme"_s);
        QCOMPARE(values.at(names.indexOf(u"First day of week"_s)), QLocale().dayName(Qt::Sunday));
        QCOMPARE(values.at(names.indexOf(u"Time format"_s)), u"Decimal hours (1.5)"_s);
        QCOMPARE(values.at(names.indexOf(u"Largest page"_s)), QLocale().toString(500));
        QCOMPARE(reset.size(), 6);
    }

    void ratesPerUserAndPeriodOrNotAvailable()
    {
        ServerInfo info;
        info.currency = u"$"_s;
        QVERIFY(m_store->putServerInfo(info));
        QVERIFY(m_store->replaceUserRates(
            {{1, {{QDate(2025, 1, 1), 50.0, 75.0, {{1, 50.0}}}, {QDate(2026, 1, 1), 55.0, {}, {}}}},
             {9, {{QDate(2026, 2, 1), {}, {}, {}}}}}));
        m_model->setList(Model::Rates);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->unavailableReason(), QString());
        QCOMPARE(column(*m_model, 0), (QStringList{u"Ann Lee"_s, u"Ann Lee"_s, u"User 9"_s}));
        QCOMPARE(cell(*m_model, 0, 1), QLocale().toString(QDate(2025, 1, 1), QLocale::ShortFormat));
        QCOMPARE(cell(*m_model, 0, 2), u"$"_s + QLocale().toString(50.0, 'f', 2));
        QCOMPARE(cell(*m_model, 0, 3), u"$"_s + QLocale().toString(75.0, 'f', 2));
        QCOMPARE(cell(*m_model, 1, 3), QString()); // no overtime rate set: blank, not $0.00
        QCOMPARE(m_model->index(2, 0).data(Model::IdRole).toInt(), 9);

        // The server refused this account: nothing shown, and the model says why.
        QVERIFY(m_store->setUserRatesForbidden());
        QVERIFY(m_store->userRatesForbidden());
        m_model->reload();
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->unavailableReason(), u"User rates are not available to your account."_s);
        m_model->setList(Model::Users);
        QCOMPARE(m_model->unavailableReason(), QString());

        // Allowed again: the next complete list replaces the note.
        QVERIFY(m_store->replaceUserRates({{1, {{QDate(2026, 3, 1), 60.0, {}, {}}}}}));
        QVERIFY(!m_store->userRatesForbidden());
        m_model->setList(Model::Rates);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_store->userRates(),
                 (QList<UserRates>{{1, {{QDate(2026, 3, 1), 60.0, {}, {}}}}}));
    }

    void settingsEmptyUntilFetched()
    {
        m_model->setList(Model::Settings);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), 2);
    }

    void reloadShowsARefresh()
    {
        m_model->setList(Model::Departments);
        QVERIFY(m_store->replaceDepartments({{2, u"Design"_s, true}, {3, u"Support"_s, false}}));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(cell(*m_model, 0, 0), u"Sales"_s); // the model holds what it read
        m_model->reload();
        QCOMPARE(column(*m_model, 0), (QStringList{u"Design"_s, u"Support"_s}));
    }

    void sortsByValue()
    {
        ReferenceFilterModel proxy;
        proxy.setSourceModel(m_model.get());
        new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     this);
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(column(proxy, 0), (QStringList{u"Cleo Adams"_s, u"Bob Stone"_s, u"Ann Lee"_s}));
        // Hired sorts as a date, unknown dates first: not by the locale's text.
        User dan = user(4, u"Dan Ray"_s, 1, 1);
        dan.hired = QDate(2019, 12, 31);
        QVERIFY(m_store->putUsers({dan}));
        m_model->reload();
        proxy.sort(3, Qt::AscendingOrder);
        QCOMPARE(column(proxy, 0).mid(2), (QStringList{u"Dan Ray"_s, u"Ann Lee"_s}));
    }

    void searchesByWords()
    {
        ReferenceFilterModel proxy;
        proxy.setSourceModel(m_model.get());
        new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     this);
        proxy.setSearchText(u"lon"_s);
        QCOMPARE(column(proxy, 0), (QStringList{u"Ann Lee"_s, u"Cleo Adams"_s}));
        // Every word must match somewhere in the row, in any order and any case.
        proxy.setSearchText(u"  DESIGN lon "_s);
        QCOMPARE(column(proxy, 0), (QStringList{u"Cleo Adams"_s}));
        proxy.setSearchText(u"sales berlin"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 3);
        // The search survives switching lists.
        proxy.setSearchText(u"des"_s);
        m_model->setList(Model::Departments);
        QCOMPARE(column(proxy, 0), (QStringList{u"Design"_s}));
    }
};

QTEST_GUILESS_MAIN(TestReferenceListModel)
#include "tst_referencelistmodel.moc"
