#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// The actitime-emulator run as a child process for a benchmark (ACTITIME_EMULATOR_PATH), on a
// free port; killed when this goes out of scope. apiUrl() is empty when it did not start.
class EmulatorProcess
{
public:
    explicit EmulatorProcess(QStringList arguments)
    {
        using namespace Qt::StringLiterals;
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        arguments << u"--port"_s << u"0"_s;
        m_process.start(QString::fromUtf8(ACTITIME_EMULATOR_PATH), arguments);
        // Generating a large dataset takes a while before the banner appears.
        if (!m_process.waitForStarted(5000) || !m_process.waitForReadyRead(300'000))
            return;
        const QString banner = QString::fromUtf8(m_process.readLine()).trimmed();
        m_apiUrl = QUrl(banner.section(u' ', -1));
    }
    ~EmulatorProcess()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QUrl apiUrl() const { return m_apiUrl; }
    qint64 processId() const { return m_process.processId(); }

private:
    QProcess m_process;
    QUrl m_apiUrl;
};
