#include "appfixture.h"

#include "accountworkspace.h"
#include "emulatorfixture.h"
#include "referencepage.h"
#include "sessionview.h"
#include "store.h"
#include "testdataset.h"
#include "timesheetmodel.h"
#include "timesheetpage.h"
#include "timesheetview.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace actidesk {

void AppFixture::useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().setValue(u"reminders/enabled"_s, false);
}

AppFixture::AppFixture(const QString &profile) : AppFixture(profile, Options{}) { }

AppFixture::AppFixture(const QString &profile, const Options &options)
    : profile(profile), settings(profile + u"/settings.ini"_s, QSettings::IniFormat),
      registry(&settings), credentials(u"actidesk-test-"_s + QCoreApplication::applicationName()),
      controller(registry, credentials)
{
    QSettings().setValue(u"reminders/enabled"_s, options.reminders);
    controller.setKeychainEnabled(false);
    controller.setStorePathResolver(
        [profile](const Account &account) { return cachePath(profile, account.login); });
    SessionOptions sessionOptions;
    sessionOptions.probeIntervalMs = options.probeIntervalMs;
    sessionOptions.clock = options.clock;
    controller.setSessionOptions(sessionOptions);
    window = std::make_unique<MainWindow>(controller, registry);
    window->setToday(options.today.isValid() ? options.today : testdata::kToday);
    if (options.show)
        window->show();
}

AppFixture::~AppFixture()
{
    window.reset(); // before the controller and the workspaces it shows
}

Account AppFixture::accountOn(const EmulatorFixture &server, const QString &login)
{
    return {QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())), login, {}};
}

QString AppFixture::cachePath(const QString &profile, const QString &login)
{
    return profile + u"/cache-"_s + login + u".sqlite"_s;
}

bool AppFixture::signIn(const Account &account, const QString &password, int timeoutMs)
{
    QSignalSpy refreshed(window.get(), &MainWindow::timesheetRefreshed);
    controller.signIn(account, password.isEmpty() ? account.login : password, false);
    return (refreshed.count() > 0 || refreshed.wait(timeoutMs)) && view();
}

SessionView *AppFixture::view() const
{
    return window->sessionView();
}

TimesheetPage *AppFixture::page() const
{
    return view() ? view()->timesheet() : nullptr;
}

TimesheetModel *AppFixture::model() const
{
    return page() ? page()->model() : nullptr;
}

TimesheetView *AppFixture::table() const
{
    return page() ? page()->view() : nullptr;
}

ReferencePage *AppFixture::reference() const
{
    return view() ? view()->reference() : nullptr;
}

AccountWorkspace *AppFixture::workspace() const
{
    return controller.workspace();
}

Store *AppFixture::store() const
{
    return workspace() ? workspace()->store() : nullptr;
}

int AppFixture::rowOf(int taskId) const
{
    const TimesheetModel *grid = model();
    if (!grid)
        return -1;
    for (int row = 0; row < grid->totalRow(); ++row) {
        if (grid->taskId(row) == taskId)
            return row;
    }
    return -1;
}

QModelIndex AppFixture::cellOf(int taskId, const QDate &date) const
{
    const int row = rowOf(taskId);
    if (row < 0)
        return {};
    return model()->index(row,
                          TimesheetModel::FirstDayColumn + int(page()->weekStart().daysTo(date)));
}

} // namespace actidesk
