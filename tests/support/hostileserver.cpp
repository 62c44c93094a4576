#include "hostileserver.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kChunk = 64 * 1024;
// Endless bodies are written only while the client keeps up, so the fixture itself stays small.
constexpr qint64 kMaxUnsent = 4 * kChunk;
constexpr qsizetype kMaxRequestHead = 64 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 403:
        return "Forbidden";
    case 429:
        return "Too Many Requests";
    default:
        return "Status";
    }
}
} // namespace

struct HostileServer::Connection
{
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    Script script;
    qint64 sentOfBody = 0;
    QTimer *drip = nullptr;
    bool answering = false;
};

QByteArray HostileServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HostileServer::Script HostileServer::Script::json(const QByteArray &body, int status)
{
    Script s;
    s.status = status;
    s.headers = {{"Content-Type", "application/json"}};
    s.body = body;
    return s;
}

HostileServer::Script HostileServer::Script::redirect(const QByteArray &location, int status)
{
    Script s;
    s.status = status;
    if (!location.isEmpty())
        s.headers = {{"Location", location}};
    return s;
}

HostileServer::HostileServer(const QHostAddress &address, QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileServer::onConnection);
    m_server.listen(address, 0);
}

HostileServer::~HostileServer()
{
    const QList<Connection *> open = m_connections;
    for (Connection *c : open)
        drop(c);
}

QUrl HostileServer::apiBase() const
{
    return url("/api/v1");
}

QUrl HostileServer::url(const QByteArray &path) const
{
    QUrl u;
    u.setScheme(u"http"_s);
    u.setHost(address().toString());
    u.setPort(port());
    u.setPath(QString::fromLatin1(path));
    return u;
}

void HostileServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *c = new Connection;
        c->socket = socket;
        m_connections.append(c);
        connect(socket, &QTcpSocket::readyRead, this, [this, c]() { onReadable(c); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, c](qint64 written) {
            m_bytesWritten += written;
            if (c->script.mode == Script::Body::Endless)
                feed(c);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, c]() { drop(c); });
    }
}

void HostileServer::onReadable(Connection *c)
{
    c->buffer += c->socket->readAll();
    if (c->answering)
        return;
    const qsizetype headEnd = c->buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (c->buffer.size() > kMaxRequestHead)
            drop(c);
        return;
    }
    Request request;
    const QList<QByteArray> lines = c->buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype mark = target.indexOf('?');
    request.path = mark < 0 ? target : target.left(mark);
    if (mark >= 0)
        request.query = QUrlQuery(QString::fromLatin1(target.mid(mark + 1)));
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = lines.at(i).left(colon).trimmed();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        request.headers.append({key, value});
        if (key.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    if (c->buffer.size() < headEnd + 4 + length)
        return; // the body is still coming
    request.body = c->buffer.mid(headEnd + 4, length);
    c->answering = true;
    m_requests.append(request);
    respond(c, request);
}

void HostileServer::respond(Connection *c, const Request &request)
{
    c->script = m_handler ? m_handler(request) : Script::json("{}");
    const Script &s = c->script;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(s.status) + ' ' + reason(s.status) + "\r\n";
    for (const auto &[key, value] : s.headers)
        head += key + ": " + value + "\r\n";
    const qint64 length = s.contentLength >= 0
        ? s.contentLength
        : (s.mode == Script::Body::Fixed ? s.body.size() : -1);
    if (length >= 0)
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    head += "Connection: close\r\n\r\n";
    c->socket->write(head);
    switch (s.mode) {
    case Script::Body::Fixed:
        c->socket->write(s.body);
        c->socket->disconnectFromHost();
        break;
    case Script::Body::Endless:
        feed(c);
        break;
    case Script::Body::Drip:
        c->drip = new QTimer(c->socket);
        connect(c->drip, &QTimer::timeout, this, [c]() {
            const Script &script = c->script;
            if (!script.body.isEmpty() && c->sentOfBody >= script.body.size()) {
                c->socket->disconnectFromHost();
                return;
            }
            c->socket->write(script.body.isEmpty() ? QByteArray(1, '0')
                                                   : script.body.mid(c->sentOfBody, 1));
            ++c->sentOfBody;
        });
        c->drip->start(s.dripIntervalMs);
        break;
    }
}

void HostileServer::feed(Connection *c)
{
    static const QByteArray chunk(kChunk, ' ');
    while (c->socket->state() == QAbstractSocket::ConnectedState
           && c->socket->bytesToWrite() < kMaxUnsent)
        c->socket->write(chunk);
}

void HostileServer::drop(Connection *c)
{
    if (!m_connections.removeOne(c))
        return;
    delete c->drip; // its ticks refer to `c`
    c->socket->disconnect(this);
    c->socket->abort();
    c->socket->deleteLater();
    delete c;
}
