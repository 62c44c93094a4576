#include "httpfrontend.h"

#include "emulator.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QFile>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

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

bool HttpFrontend::enableTls(const QString &certificateFile, const QString &keyFile,
                             QString *error)
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
    sslSetup(certificate, privateKey);
    return true;
}

quint16 HttpFrontend::start(const QHostAddress &address, quint16 port)
{
    m_port = listen(address, port);
    return m_port;
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
