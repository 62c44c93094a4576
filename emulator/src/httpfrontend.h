#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>

namespace emu {

class Emulator;

// Puts an Emulator on the wire: converts QHttpServerRequest into HttpRequest and writes the
// HttpResponse back, honouring the fault switches (delay, dropped connection).
class HttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpFrontend(Emulator &emulator, QObject *parent = nullptr);

    // Listens on address:port (0 = any free port); returns the port, or 0 on failure.
    quint16 start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    // Serves https with this certificate and key (PEM files); call before start().
    bool enableTls(const QString &certificateFile, const QString &keyFile, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Emulator &m_emulator;
    quint16 m_port = 0;
};

} // namespace emu
