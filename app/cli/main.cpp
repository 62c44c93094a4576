// actidesk-cli: ActiDesk on the command line - the same accounts, keychain, cache and outbox as
// the app, and it may run while the app runs. Results go to stdout, messages to stderr.
//
// Exit codes: 0 ok, 1 usage (arguments, account, task), 2 authentication, 3 network (the server
// cannot be reached), 4 refused by the server (permission, conflict, locked day), 5 local (the
// cache or a file cannot be read or written).
#include "clicontext.h"
#include "commands.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace actidesk::cli;

namespace {

void printOverview(QTextStream &out)
{
    out << QCoreApplication::translate(
        "actidesk::cli",
        "Usage: actidesk-cli COMMAND [options]\n"
        "ActiDesk on the command line: the accounts, keychain and offline cache of the app.\n\n"
        "Commands:\n");
    for (const Command &command : commands())
        out << "  " << command.name.leftJustified(10) << command.summary << '\n';
    out << QCoreApplication::translate(
        "actidesk::cli",
        "\n'actidesk-cli COMMAND --help' describes a command and its options. Every command "
        "takes --account ACCOUNT, --password-stdin and --offline.\n\n"
        "Exit codes: 0 ok, 1 usage, 2 authentication, 3 network (the server cannot be "
        "reached), 4 refused by the server, 5 local (cache or file).\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The app's names: the same settings (accounts) and data folder (caches).
    QCoreApplication::setApplicationName(u"ActiDesk"_s);
    QCoreApplication::setOrganizationName(u"ActiDesk"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
    // The app's language: ACTIDESK_LANGUAGE, else the one chosen in Preferences, else the
    // system's (app/shell/translations.h); also the locale of dates and numbers.
    actidesk::Translations::installChosen();

    const QStringList arguments = app.arguments();
    const QString first = arguments.value(1);
    QTextStream out(stdout);
    if (first.isEmpty() || first == u"-h"_s || first == u"--help"_s || first == u"help"_s) {
        if (first == u"help"_s && arguments.size() > 2) {
            CliContext context;
            for (const Command &command : commands())
                if (command.name == arguments.at(2))
                    return command.run(context,
                                       {arguments.at(0) + u' ' + command.name, u"--help"_s});
        }
        printOverview(out);
        return first.isEmpty() ? Usage : Ok;
    }
    if (first == u"-v"_s || first == u"--version"_s) {
        out << "actidesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    for (const Command &command : commands()) {
        if (command.name != first)
            continue;
        CliContext context;
        QStringList rest = arguments.mid(2);
        rest.prepend(arguments.at(0) + u' ' + command.name);
        return command.run(context, rest);
    }
    QTextStream(stderr) << QCoreApplication::translate(
                               "actidesk::cli",
                               "actidesk-cli: unknown command \"%1\" (see actidesk-cli --help)\n")
                               .arg(first);
    return Usage;
}
