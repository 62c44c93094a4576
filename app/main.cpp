// actidesk: the ActiDesk desktop application.
#include "demoserver.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"ActiDesk"_s);
    QApplication::setOrganizationName(u"ActiDesk"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop client for actiTIME."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_s, QApplication::translate("main", "Run against the bundled demo server."));
    const QCommandLineOption demoState(
        u"demo-state"_s, QApplication::translate("main", "Keep the demo server's data in FILE."),
        u"FILE"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QApplication::translate("main", "Save the main window as a PNG image to FILE and exit."),
        u"FILE"_s);
    parser.addOptions({demo, demoState, screenshot});
    parser.process(app);

    if (!parser.isSet(demo)) {
        // Signing in to a real server arrives with the sign-in dialog; until then say so plainly.
        QTextStream(stderr) << QApplication::translate(
            "main", "actidesk: only demo mode is available in this build; run: actidesk --demo\n");
        return 2;
    }

    DemoServer server;
    QString error;
    const QString stateFile =
        parser.isSet(demoState) ? parser.value(demoState) : DemoServer::defaultStateFile();
    if (!server.start(stateFile, &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "ActiDesk"), error);
        return 1;
    }

    MainWindow window;
    window.showDemo({server.serverUrl(), DemoServer::employeeLogin(),
                     DemoServer::employeePassword(), DemoServer::managerLogin(),
                     DemoServer::managerPassword(), server.stateFile()});
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(300, &window, [&window, file]() {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                QTextStream(stderr) << "actidesk: cannot write " << file << '\n';
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
