#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QThread;

namespace emu {
class Emulator;
class HttpFrontend;
class SystemClock;
} // namespace emu

// Demo mode's server: the bundled actiTIME emulator, in process, on a free loopback port, with
// the realistic default dataset. Edits persist in a state file so a demo keeps them across runs.
// The emulator and its HTTP front end live on a thread of their own: the app talks to it over
// loopback exactly as to a real server, and a slow answer never freezes the window.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Starts serving (blocks until the server listens or failed); on failure returns false and
    // *error says why (for the user).
    bool start(const QString &stateFile, QString *error);
    QUrl serverUrl() const; // http://127.0.0.1:<port>
    QString stateFile() const { return m_stateFile; }

    static QString defaultStateFile();
    static QString employeeLogin() { return QStringLiteral("employee"); }
    static QString employeePassword() { return QStringLiteral("employee"); }
    static QString managerLogin() { return QStringLiteral("manager"); }
    static QString managerPassword() { return QStringLiteral("manager"); }

private:
    struct Server; // everything that lives on the server thread
    bool startOnServerThread(QString *error);

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread; runs the server-side calls
    std::unique_ptr<Server> m_server;
    QString m_stateFile;
    quint16 m_port = 0;
};
