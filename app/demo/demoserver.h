#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace emu {
class Emulator;
class HttpFrontend;
class SystemClock;
} // namespace emu

// Demo mode's server: the bundled actiTIME emulator, in process, on a free loopback port, with
// the realistic default dataset. Edits persist in a state file so a demo keeps them across runs.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Starts serving; on failure returns false and *error says why (for the user).
    bool start(const QString &stateFile, QString *error);
    QUrl serverUrl() const; // http://127.0.0.1:<port>
    QString stateFile() const { return m_stateFile; }

    static QString defaultStateFile();
    static QString employeeLogin() { return QStringLiteral("employee"); }
    static QString employeePassword() { return QStringLiteral("employee"); }
    static QString managerLogin() { return QStringLiteral("manager"); }
    static QString managerPassword() { return QStringLiteral("manager"); }

private:
    std::unique_ptr<emu::SystemClock> m_clock;
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<emu::HttpFrontend> m_frontend;
    QString m_stateFile;
};
