#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

// A misbehaving HTTP server for tests, controlled byte by byte: it answers each request with a
// Script chosen by the test (oversized or endless bodies, one byte at a time, redirects,
// absurd headers). One request per connection (every answer closes it). Loopback only, port 0.
class HostileServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // without the query
        QUrlQuery query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    struct Script
    {
        enum class Body {
            Fixed, // `body`, then the connection closes
            Endless, // 64 KiB chunks as fast as the client reads, never ending
            Drip, // `body` one byte per dripIntervalMs (or endless zeros when `body` is empty)
        };
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Body mode = Body::Fixed;
        // Content-Length to announce: -1 = body.size() for Fixed and none otherwise (the body
        // then ends when the connection closes).
        qint64 contentLength = -1;
        int dripIntervalMs = 1000;

        Script &withHeader(const QByteArray &name, const QByteArray &value)
        {
            headers.append(qMakePair(name, value));
            return *this;
        }
        static Script json(const QByteArray &body, int status = 200);
        static Script redirect(const QByteArray &location, int status = 302);
    };
    using Handler = std::function<Script(const Request &)>;

    explicit HostileServer(const QHostAddress &address = QHostAddress::LocalHost,
                           QObject *parent = nullptr);
    ~HostileServer() override;

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    // http://<address>:<port>/api/v1
    QUrl apiBase() const;
    QUrl url(const QByteArray &path) const; // http://<address>:<port><path>

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    qint64 bytesWritten() const { return m_bytesWritten; }

private:
    struct Connection;
    void onConnection();
    void onReadable(Connection *c);
    void respond(Connection *c, const Request &request);
    void feed(Connection *c);
    void drop(Connection *c);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QList<Connection *> m_connections;
    qint64 m_bytesWritten = 0;
};
