#pragma once

#include "httpmessage.h"

#include <QByteArray>
#include <QByteArrayView>

namespace emu {

struct RequestLimits
{
    qint64 maxHeaderBytes = 64 * 1024; // request line + headers; more → 431
    qint64 maxBodyBytes = 8 * 1024 * 1024; // declared or (chunked) decoded body; more → 413
    int idleTimeoutMs = 30'000; // a connection with no traffic this long is closed
};

// Follows the request framing of one HTTP/1.1 connection byte by byte, without keeping the
// bodies: QtHttpServer buffers a whole request before it lets anybody see it, so this runs in
// front of it and stops a request as soon as its headers or body break the limits, and hands
// out the head of a request with a body so its credentials are checked before the body is read.
// It keeps at most maxHeaderBytes of one head; body bytes are only counted.
class RequestGate
{
public:
    enum class Event {
        None, // all bytes consumed, nothing to decide
        HeadWithBody, // a head announcing a body is complete: head() holds it
        HeadersTooLarge, // 431
        BodyTooLarge, // 413
        Malformed, // 400: unparsable framing (bad Content-Length, chunk size, ...)
    };
    struct Step
    {
        Event event = Event::None;
        qsizetype consumed = 0; // bytes of the input taken before the event
    };

    explicit RequestGate(RequestLimits limits = {}) : m_limits(limits) { }

    // Feeds newly arrived bytes; stops at the first event. Call again with the rest.
    Step feed(QByteArrayView bytes);
    // The head of the request HeadWithBody reported: method, path, query, lower-case headers.
    const HttpRequest &head() const { return m_head; }
    const RequestLimits &limits() const { return m_limits; }

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer };
    Event headComplete();
    Event chunkSizeLine();

    RequestLimits m_limits;
    State m_state = State::Head;
    QByteArray m_line; // head so far, or the current chunk-size / trailer line
    qint64 m_remaining = 0; // body or chunk bytes still to come
    qint64 m_bodySeen = 0; // decoded bytes of a chunked body so far
    qint64 m_trailerBytes = 0; // bytes of a chunked body's trailer so far
    HttpRequest m_head;
};

} // namespace emu
