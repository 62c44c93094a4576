#pragma once

#include "requestgate.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QSslConfiguration>

namespace emu {

class Emulator;

// Puts an Emulator on the wire: converts QHttpServerRequest into HttpRequest and writes the
// HttpResponse back, honouring the fault switches (delay, dropped connection).
// QtHttpServer 6.4 reads a whole request into memory before handleRequest() sees it, so every
// connection also passes a RequestGate that watches the bytes as they arrive: heads over
// maxHeaderBytes get 431, bodies over maxBodyBytes 413, a request with a body is refused (ban,
// credentials) before its body is read, and a connection idle for idleTimeoutMs is closed.
class HttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpFrontend(Emulator &emulator, QObject *parent = nullptr);

    // Listens on address:port (0 = any free port); returns the port, or 0 on failure.
    quint16 start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    // Limits for connections accepted from now on (defaults: RequestLimits{}).
    void setLimits(const RequestLimits &limits) { m_limits = limits; }
    const RequestLimits &limits() const { return m_limits; }
    // Serves https with this certificate and key (PEM files); call before start().
    bool enableTls(const QString &certificateFile, const QString &keyFile, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void gate(QTcpSocket *socket);
    void gatesAfterServer();

    Emulator &m_emulator;
    quint16 m_port = 0;
    RequestLimits m_limits;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    QList<QPointer<QObject>> m_justGated; // gates of sockets QtHttpServer is taking now
};

} // namespace emu
