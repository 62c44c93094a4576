#include "commands.h"

#include <QCoreApplication>

namespace actidesk::cli {

QList<Command> commands()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("actidesk::cli", text); };
    return {
        {QStringLiteral("accounts"), tr("List the accounts; add one; choose the default"),
         runAccounts},
        {QStringLiteral("status"), tr("The account, the server's state, changes waiting"),
         runStatus},
        {QStringLiteral("week"), tr("Print a week of the timesheet (table or --json)"), runWeek},
        {QStringLiteral("log"), tr("Log time on a task: log 2:30 --task \"words\""), runLog},
        {QStringLiteral("sync"), tr("Send the changes waiting on this computer"), runSync},
        {QStringLiteral("export"), tr("Timesheet / review as CSV or iCalendar; tasks as CSV"),
         runExport},
        {QStringLiteral("backup"), tr("Everything the account can read, to one JSON file"),
         runBackup},
    };
}

} // namespace actidesk::cli
