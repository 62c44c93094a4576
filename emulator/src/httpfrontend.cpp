#include "httpfrontend.h"

#include "emulator.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>

namespace emu {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

// After a refusal the connection stays open this long, discarding what arrives, so the client
// reads the answer before the close (with its unsent body still coming) turns into a reset.
constexpr int kLingerMs = 300;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

// A QTcpServer (or QSslServer) that shows every connection to `onHandOut` as QtHttpServer takes
// it, so the gate's readyRead slot is connected before QtHttpServer's own.
template<class Base>
class GatedServer final : public Base
{
public:
    std::function<void(QTcpSocket *)> onHandOut;
    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Base::nextPendingConnection();
        if (socket && onHandOut)
            onHandOut(socket);
        return socket;
    }
};

// Watches one connection in front of QtHttpServer. Its readyRead slot runs first and feeds only
// the bytes that arrived since the last time (QtHttpServer reads in its own slot, between the
// two); the second slot, connected after QtHttpServer's, notes how much it left unread.
class ConnectionGate final : public QObject
{
public:
    ConnectionGate(QTcpSocket *socket, QAbstractHttpServer *server, Emulator &emulator,
                   const RequestLimits &limits)
        : QObject(socket), m_socket(socket), m_server(server), m_emulator(emulator), m_gate(limits)
    {
        m_idle.setSingleShot(true);
        m_idle.setInterval(limits.idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, [this]() { m_socket->disconnectFromHost(); });
        connect(socket, &QTcpSocket::readyRead, this, [this]() { beforeServer(); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this]() { m_idle.start(); });
        m_idle.start();
    }

    void connectAfterServer()
    {
        connect(m_socket, &QTcpSocket::readyRead, this,
                [this]() { m_unread = m_socket->bytesAvailable(); });
    }

private:
    void beforeServer()
    {
        m_idle.start();
        if (m_refused) {
            discardInput();
            return;
        }
        const qint64 available = m_socket->bytesAvailable();
        const qint64 fresh = available - m_unread;
        m_unread = available;
        if (fresh <= 0)
            return;
        const QByteArray buffered = m_socket->peek(available);
        const QByteArrayView arrived =
            QByteArrayView(buffered).sliced(buffered.size() - qsizetype(fresh));
        qsizetype offset = 0;
        while (offset < arrived.size()) {
            const RequestGate::Step step = m_gate.feed(arrived.sliced(offset));
            offset += step.consumed;
            switch (step.event) {
            case RequestGate::Event::None:
                break;
            case RequestGate::Event::HeadWithBody: {
                HttpRequest head = m_gate.head();
                head.peer = m_socket->peerAddress();
                if (const std::optional<HttpResponse> refusal = m_emulator.refuseBeforeBody(head)) {
                    refuse(*refusal);
                    return;
                }
                break;
            }
            case RequestGate::Event::HeadersTooLarge:
                refuse(HttpResponse::error(
                    431, QStringLiteral("api.error.request_header_too_large"),
                    QStringLiteral("Request header fields are too large: at most %1 bytes")
                        .arg(m_gate.limits().maxHeaderBytes)));
                return;
            case RequestGate::Event::BodyTooLarge:
                refuse(HttpResponse::error(
                    413, QStringLiteral("api.error.payload_too_large"),
                    QStringLiteral("Request body is too large: at most %1 bytes")
                        .arg(m_gate.limits().maxBodyBytes)));
                return;
            case RequestGate::Event::Malformed:
                refuse(HttpResponse::error(400, QStringLiteral("api.error.bad_request"),
                                           QStringLiteral("HTTP 400 Bad Request")));
                return;
            }
        }
    }

    // Answers in place of QtHttpServer, which never sees this connection again, and closes it
    // after the answer is out.
    void refuse(const HttpResponse &response)
    {
        m_refused = true;
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, m_server, nullptr);
        if (m_socket->isTransactionStarted())
            m_socket->rollbackTransaction();
        discardInput();
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + reasonPhrase(response.status) + "\r\n";
        out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += "Connection: close\r\n\r\n" + response.body;
        m_socket->write(out);
        QPointer<QTcpSocket> socket(m_socket);
        QTimer::singleShot(kLingerMs, this, [socket]() {
            if (socket)
                socket->disconnectFromHost();
        });
    }

    void discardInput()
    {
        while (m_socket->bytesAvailable() > 0)
            m_socket->skip(m_socket->bytesAvailable());
    }

    QTcpSocket *m_socket;
    QAbstractHttpServer *m_server;
    Emulator &m_emulator;
    RequestGate m_gate;
    QTimer m_idle;
    qint64 m_unread = 0;
    bool m_refused = false;
};

void writeResponse(QHttpServerResponder &responder, const HttpResponse &response)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}
} // namespace

HttpFrontend::HttpFrontend(Emulator &emulator, QObject *parent)
    : QAbstractHttpServer(parent), m_emulator(emulator)
{
}

bool HttpFrontend::enableTls(const QString &certificateFile, const QString &keyFile, QString *error)
{
    QFile certFile(certificateFile);
    QFile key(keyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read the certificate or key file");
        return false;
    }
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    const QSslKey privateKey(&key, QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || privateKey.isNull()) {
        if (error)
            *error = QStringLiteral("the certificate or key is not valid PEM");
        return false;
    }
    m_tlsConfiguration = QSslConfiguration::defaultConfiguration();
    m_tlsConfiguration.setLocalCertificate(certificate);
    m_tlsConfiguration.setPrivateKey(privateKey);
    m_tls = true;
    return true;
}

quint16 HttpFrontend::start(const QHostAddress &address, quint16 port)
{
    // Our own listening server instead of listen(), so connections pass the gate first.
    QTcpServer *server = nullptr;
    const auto handOut = [this](QTcpSocket *socket) { gate(socket); };
    if (m_tls) {
        auto *tls = new GatedServer<QSslServer>;
        tls->setSslConfiguration(m_tlsConfiguration);
        tls->onHandOut = handOut;
        server = tls;
    } else {
        auto *plain = new GatedServer<QTcpServer>;
        plain->onHandOut = handOut;
        server = plain;
    }
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    // Connected after bind(): runs once QtHttpServer has taken the new sockets.
    connect(server, &QTcpServer::pendingConnectionAvailable, this,
            [this]() { gatesAfterServer(); });
    m_port = server->serverPort();
    return m_port;
}

void HttpFrontend::gate(QTcpSocket *socket)
{
    m_justGated.append(new ConnectionGate(socket, this, m_emulator, m_limits));
}

void HttpFrontend::gatesAfterServer()
{
    for (const QPointer<QObject> &gate : std::as_const(m_justGated)) {
        if (gate)
            static_cast<ConnectionGate *>(gate.data())->connectAfterServer();
    }
    m_justGated.clear();
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path();
    req.rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[name, value] : request.headers())
        req.headers.insert(name.toLower(), value);
    req.body = request.body();
    req.peer = request.remoteAddress();

    const HttpResponse response = m_emulator.handle(req);
    if (response.dropConnection) {
        socket->abort();
        return true;
    }
    if (response.delayMs > 0) {
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [responder, response, guard]() {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                writeResponse(*responder, response);
        });
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    writeResponse(responder, response);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    Q_UNUSED(socket);
    // handleRequest() answers every request itself, so nothing is ever missing.
}

} // namespace emu
