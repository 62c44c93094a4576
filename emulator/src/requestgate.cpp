#include "requestgate.h"

#include <QUrl>

#include <algorithm>

namespace emu {

namespace {
constexpr qsizetype kMaxChunkLine = 1024; // chunk size + extensions; real clients send a few bytes

// Index just past the empty line that ends a head ("\r\n\r\n", or bare "\n\n" as http_parser
// also accepts), searching from `from`; -1 when the head is not complete yet.
qsizetype headEnd(const QByteArray &head, qsizetype from)
{
    for (qsizetype i = head.indexOf('\n', from); i >= 0; i = head.indexOf('\n', i + 1)) {
        if (i + 1 < head.size() && head.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < head.size() && head.at(i + 1) == '\r' && head.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

bool allHexDigits(const QByteArray &text)
{
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return !text.isEmpty();
}
} // namespace

RequestGate::Step RequestGate::feed(QByteArrayView bytes)
{
    qsizetype i = 0;
    const qsizetype size = bytes.size();
    while (i < size) {
        switch (m_state) {
        case State::Head: {
            // Empty lines between requests are allowed (RFC 9112 2.2).
            if (m_line.isEmpty() && (bytes.at(i) == '\r' || bytes.at(i) == '\n')) {
                ++i;
                break;
            }
            const qsizetype from = qMax<qsizetype>(0, m_line.size() - 3);
            // Never hold more than the limit (plus the terminator) of one head.
            const qsizetype room = qsizetype(m_limits.maxHeaderBytes) + 4 - m_line.size();
            const qsizetype take = qMin(size - i, room);
            m_line.append(bytes.sliced(i, take));
            const qsizetype end = headEnd(m_line, from);
            if (end < 0) {
                if (m_line.size() > m_limits.maxHeaderBytes)
                    return {Event::HeadersTooLarge, i + take};
                i += take;
                break;
            }
            i += take - (m_line.size() - end);
            m_line.truncate(end);
            if (end > m_limits.maxHeaderBytes)
                return {Event::HeadersTooLarge, i};
            const Event event = headComplete();
            m_line.clear();
            if (event != Event::None)
                return {event, i};
            break;
        }
        case State::Body: {
            const qint64 take = qMin<qint64>(m_remaining, size - i);
            i += qsizetype(take);
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::Head;
            break;
        }
        case State::ChunkSize:
        case State::ChunkDataEnd:
        case State::Trailer: {
            const char c = bytes.at(i++);
            if (m_state == State::Trailer) {
                // Trailer fields count against the header limit; an empty line ends them.
                if (++m_trailerBytes > m_limits.maxHeaderBytes)
                    return {Event::HeadersTooLarge, i};
            }
            if (c != '\n') {
                if (m_line.size() >= kMaxChunkLine) {
                    if (m_state != State::Trailer)
                        return {Event::Malformed, i};
                } else {
                    m_line.append(c);
                }
                break;
            }
            if (m_line.endsWith('\r'))
                m_line.chop(1);
            if (m_state == State::ChunkDataEnd) {
                m_line.clear();
                m_state = State::ChunkSize;
            } else if (m_state == State::Trailer) {
                // Trailer lines are not kept: whether one is empty is all that counts.
                if (m_line.isEmpty())
                    m_state = State::Head;
                m_line.clear();
            } else {
                const Event event = chunkSizeLine();
                m_line.clear();
                if (event != Event::None)
                    return {event, i};
            }
            break;
        }
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, size - i);
            i += qsizetype(take);
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        }
    }
    return {Event::None, i};
}

RequestGate::Event RequestGate::headComplete()
{
    m_head = HttpRequest{};
    const QList<QByteArray> lines = m_line.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3)
        return Event::Malformed;
    m_head.method = requestLine.at(0).toUpper();
    const QUrl target = QUrl::fromEncoded(requestLine.at(1));
    m_head.path = target.path();
    m_head.rawQuery = target.query(QUrl::FullyEncoded).toLatin1();

    bool chunked = false;
    qint64 length = -1;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray line = lines.at(n).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Event::Malformed;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        m_head.headers.insert(name, value);
        if (name == "transfer-encoding") {
            chunked = value.toLower().endsWith("chunked");
        } else if (name == "content-length") {
            bool ok = false;
            const qint64 declared = value.toLongLong(&ok);
            // Digits too many for 64 bits still announce a body far over the limit.
            const bool huge = !ok && !value.isEmpty()
                && std::all_of(value.begin(), value.end(),
                               [](char c) { return c >= '0' && c <= '9'; });
            if (huge)
                return Event::BodyTooLarge;
            if (!ok || declared < 0 || (length >= 0 && declared != length))
                return Event::Malformed;
            length = declared;
        }
    }
    if (chunked) {
        m_bodySeen = 0;
        m_state = State::ChunkSize;
        return Event::HeadWithBody;
    }
    if (length > m_limits.maxBodyBytes)
        return Event::BodyTooLarge;
    if (length > 0) {
        m_remaining = length;
        m_state = State::Body;
        return Event::HeadWithBody;
    }
    m_state = State::Head;
    return Event::None;
}

RequestGate::Event RequestGate::chunkSizeLine()
{
    QByteArray text = m_line;
    const qsizetype semicolon = text.indexOf(';');
    if (semicolon >= 0)
        text.truncate(semicolon);
    text = text.trimmed();
    bool ok = false;
    const qint64 chunk = text.toLongLong(&ok, 16);
    if (!ok || chunk < 0)
        return allHexDigits(text) ? Event::BodyTooLarge : Event::Malformed;
    if (chunk == 0) {
        m_state = State::Trailer;
        m_trailerBytes = 0;
        return Event::None;
    }
    m_bodySeen += chunk;
    if (m_bodySeen > m_limits.maxBodyBytes)
        return Event::BodyTooLarge;
    m_remaining = chunk;
    m_state = State::ChunkData;
    return Event::None;
}

} // namespace emu
