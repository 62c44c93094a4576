#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace actidesk::cli {

class CliContext;

// One actidesk-cli command: its name, a line for the overview, and what runs it with its
// arguments (argv[0] first, then the arguments after the command's name). Each returns an
// ExitCode.
struct Command
{
    QString name;
    QString summary;
    int (*run)(CliContext &context, const QStringList &arguments);
};

QList<Command> commands();

int runAccounts(CliContext &context, const QStringList &arguments);
int runStatus(CliContext &context, const QStringList &arguments);
int runWeek(CliContext &context, const QStringList &arguments);
int runLog(CliContext &context, const QStringList &arguments);
int runSync(CliContext &context, const QStringList &arguments);
int runExport(CliContext &context, const QStringList &arguments);
int runBackup(CliContext &context, const QStringList &arguments);

// Waits until the outbox has no pending entry or the engine cannot send (offline, sign-in
// needed, cache failure). Returns Ok, or Network / Refused / Auth / Local with the message said.
int waitForOutbox(CliContext &context);

} // namespace actidesk::cli

namespace actidesk::cli {

// Fetches into the cache (when signed in), for week and log: a user's days from..to (in chunks
// of a month), the task list. False with the reason said (a note) when the fetch failed; the
// caller goes on with what the cache holds. (export fetches through ExportJob.)
bool fetchDays(CliContext &context, int userId, const QDate &from, const QDate &to);
bool fetchTasks(CliContext &context);

} // namespace actidesk::cli
