// actidesk-cli status: the account, whether the server answers, and what waits to be sent.
#include "accountworkspace.h"
#include "clicontext.h"
#include "commands.h"
#include "store.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace actidesk::cli {

namespace {

// lupdate files the texts under the namespace (actidesk::cli): the same context here.
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("actidesk::cli", text, nullptr, n);
}

QString connectionName(WorkspaceStatus::Connection connection)
{
    using C = WorkspaceStatus::Connection;
    switch (connection) {
    case C::SignedOut:
        return u"signed-out"_s;
    case C::SigningIn:
        return u"signing-in"_s;
    case C::Online:
        return u"online"_s;
    case C::Syncing:
        return u"syncing"_s;
    case C::Offline:
        return u"offline"_s;
    case C::SignInNeeded:
        return u"sign-in-needed"_s;
    case C::StoreError:
        return u"cache-error"_s;
    }
    return u"signed-out"_s;
}

} // namespace

int runStatus(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows the account, whether the server answers (signing in with the saved password "
           "sends what waits, as ActiDesk does at start) and the changes waiting, in conflict "
           "or refused."));
    context.addCommonOptions(parser);
    const QCommandLineOption json(u"json"_s, tr("Print the status as JSON."));
    parser.addOption(json);
    int code = Ok;
    if (!context.parse(parser, arguments, &code))
        return code;
    if (const int opened = context.open(CliContext::Need::ServerIfPossible); opened != Ok)
        return opened;
    if (context.isSignedIn())
        (void)waitForOutbox(context); // the state below says how it went
    const WorkspaceStatus status = context.workspace().status();
    const Account &account = context.workspace().account();
    if (parser.isSet(json)) {
        const QJsonObject object{{u"account"_s, account.key()},
                                 {u"login"_s, account.login},
                                 {u"server"_s, account.serverUrl.toString()},
                                 {u"user"_s, status.userName},
                                 {u"connection"_s, connectionName(status.connection)},
                                 {u"detail"_s, status.detail},
                                 {u"changesWaiting"_s, status.changesWaiting},
                                 {u"conflicts"_s, status.conflicts},
                                 {u"refused"_s, status.refusals}};
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return Ok;
    }
    QTextStream &out = context.out();
    out << tr("Account:  ") << account.login << '@' << account.serverName() << "  ("
        << status.userName << ")\n";
    out << tr("Server:   ") << connectionName(status.connection);
    if (!status.detail.isEmpty() && status.connection != WorkspaceStatus::Connection::Online)
        out << " - " << status.detail;
    out << '\n';
    out << tr("Waiting:  ")
        << (status.changesWaiting == 1 ? tr("%n change waiting", status.changesWaiting)
                                       : tr("%n changes waiting", status.changesWaiting))
        << ", "
        << (status.conflicts == 1 ? tr("%n conflict", status.conflicts)
                                  : tr("%n conflicts", status.conflicts))
        << ", "
        << (status.refusals == 1 ? tr("%n refused", status.refusals)
                                 : tr("%n refused", status.refusals))
        << '\n';
    return Ok;
}

} // namespace actidesk::cli
