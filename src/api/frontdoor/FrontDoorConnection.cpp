// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrontDoorConnection.h"

#include "FrontDoorServer.h"
#include "Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

namespace vman::frontdoor {

namespace {

constexpr qint64 kReadChunk = 64 * 1024;
constexpr int kMaxReplyHead = 64 * 1024;
constexpr int kLingerMs = 2000;             // how long a client may keep sending after our last answer
constexpr int kStallMs = 10'000;            // how long a closing client may take no bytes of our answer
constexpr qint64 kMaxLingerBytes = 256 * 1024; // a client that sends more than this after our answer is not reading it
constexpr int kCredentialCheckMs = 2000;    // how soon a revoked token's open stream ends

QByteArray reason(int status)
{
    switch (status) {
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 421: return "Misdirected Request";
    case 426: return "Upgrade Required";
    case 431: return "Request Header Fields Too Large";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Error";
    }
}

// A field of a reply head we wrote ourselves (HttpReply): "\r\nName: value".
QByteArray replyField(const QByteArray &head, const QByteArray &name)
{
    const QByteArray lower = head.toLower();
    const qsizetype at = lower.indexOf(QByteArray("\r\n" + name.toLower() + ':'));
    if (at < 0)
        return QByteArray();
    const qsizetype begin = at + 2 + name.size() + 1;
    const qsizetype end = head.indexOf("\r\n", begin);
    return head.mid(begin, end - begin).trimmed();
}

} // namespace

QByteArray redactedTarget(const QByteArray &target)
{
    // A console ticket is a credential, even if short-lived: the log shows that one was given.
    const qsizetype query = target.indexOf('?');
    if (query < 0)
        return target;
    QList<QByteArray> pairs = target.mid(query + 1).split('&');
    for (QByteArray &pair : pairs) {
        if (pair.startsWith("ticket="))
            pair = "ticket=...";
    }
    return target.left(query + 1) + pairs.join('&');
}

FrontDoorConnection::FrontDoorConnection(FrontDoorServer &server, QTcpSocket *client, QLocalSocket *inner)
    : QObject(&server), m_server(server), m_client(client), m_tls(qobject_cast<QSslSocket *>(client)), m_inner(inner)
{
    m_client->setParent(this);
    m_inner->setParent(this);
    // Qt stops reading from the kernel when these fill up: a client that sends faster than we
    // consume, or a reply the client does not take, is held back by TCP, not by our memory.
    m_client->setReadBufferSize(kReadChunk);
    m_inner->setReadBufferSize(kReadChunk);
    // Replies and console frames leave as soon as they are written: with Nagle's algorithm the
    // last segment of a frame waits for the client's delayed ACK (40 ms), which held a console
    // through the WebSocket to 8 frames a second.
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FrontDoorConnection::deadlinePassed);
    connect(&m_credentialCheck, &QTimer::timeout, this, [this] {
        if (m_finished || m_server.policy().credentialsStillValid(m_authorization))
            return;
        qCInfo(lcApi).noquote() << logTarget() << ": its token is no longer valid (revoked); closing the stream";
        m_client->abort();
        finish();
    });
    connect(m_client, &QTcpSocket::readyRead, this, &FrontDoorConnection::readClient);
    connect(m_client, &QTcpSocket::bytesWritten, this, &FrontDoorConnection::clientTookBytes);
    if (m_tls) {
        // Encryption happens when Qt takes our bytes, so their way out is seen here.
        connect(m_tls, &QSslSocket::encryptedBytesWritten, this, &FrontDoorConnection::clientTookBytes);
        connect(m_tls, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::SslHandshakeFailedError)
                return;
            qCDebug(lcApi).noquote() << "front door: TLS handshake failed:" << m_tls->errorString();
            // Plain HTTP on the HTTPS port (OpenSSL says "http request"): tell the client in
            // words it can read, as nginx does, instead of a reset it cannot explain.
            if (m_tls->errorString().contains(QLatin1String("http request"), Qt::CaseInsensitive) && m_tls->socketDescriptor() >= 0) {
                static const QByteArray body = "{\"detail\":\"This port speaks HTTPS: use https:// instead of http://.\"}";
                static const QByteArray answer = "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                                 "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
                const int fd = int(m_tls->socketDescriptor());
                // What is still unread would make the kernel reset the connection under the answer.
                char sink[16384];
                for (int i = 0; i < 16 && ::recv(fd, sink, sizeof sink, MSG_DONTWAIT) > 0; ++i) {
                }
                (void)::send(fd, answer.constData(), size_t(answer.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
                ::shutdown(fd, SHUT_WR);
            }
            m_client->abort();
            finish();
        });
    }
    connect(m_client, &QTcpSocket::disconnected, this, &FrontDoorConnection::finish);
    connect(m_inner, &QLocalSocket::readyRead, this, &FrontDoorConnection::readInner);
    connect(m_inner, &QLocalSocket::bytesWritten, this, [this] {
        if (m_phase == Phase::Tunnel)
            pumpTunnel();
    });
    connect(m_inner, &QLocalSocket::disconnected, this, [this] {
        // Qt closed its side: after the rest of its reply, the connection ends.
        m_innerClosed = true;
        if (m_phase == Phase::Tunnel) {
            pumpTunnel();
            m_client->disconnectFromHost(); // after what is still queued for the client
            return;
        }
        readInner();
        beginClose();
    });
    // A new connection gets as long for its first request as any head, not a keep-alive's idle time.
    setDeadline(Deadline::Head);
}

FrontDoorConnection::~FrontDoorConnection()
{
    m_client->disconnect(this);
    m_inner->disconnect(this);
}

bool FrontDoorConnection::evictable() const
{
    // Bytes we have not read yet may be a whole request: that connection is busy, not waiting.
    return m_phase == Phase::Head && !m_finished && m_client->bytesAvailable() == 0;
}

void FrontDoorConnection::evict()
{
    qCDebug(lcApi) << "front door: closing a waiting connection to make room for a new one";
    m_client->abort();
    finish();
}

void FrontDoorConnection::setDeadline(Deadline deadline)
{
    if (deadline == Deadline::Idle || (deadline == Deadline::Head && m_deadline != Deadline::Head))
        m_waitingSinceMs = QDateTime::currentMSecsSinceEpoch();
    m_deadline = deadline;
    const ConnectionLimits &limits = m_server.limits();
    switch (deadline) {
    case Deadline::None: m_timer.stop(); break;
    case Deadline::Idle: m_timer.start(limits.idleTimeoutMs); break;
    case Deadline::Head: m_timer.start(limits.headTimeoutMs); break;
    case Deadline::Body: m_timer.start(limits.bodyTimeoutMs); break;
    }
}

void FrontDoorConnection::deadlinePassed()
{
    switch (m_phase) {
    case Phase::Closing:
        m_client->abort(); // the client stopped taking our answer, or kept sending after it
        return;
    case Phase::Head:
        if (m_in.isEmpty())
            return beginClose(); // an idle keep-alive connection: close quietly
        return refuse(408, "the request head did not arrive in time");
    case Phase::Body:
        return refuse(408, "the request body did not arrive in time");
    case Phase::Waiting:
    case Phase::Tunnel:
        return;
    }
}

void FrontDoorConnection::readClient()
{
    const qint64 maxUnsent = m_server.limits().maxUnsentBytes;
    if (m_phase == Phase::Tunnel)
        return pumpTunnel();
    if (m_phase == Phase::Closing) {
        // Lingering close: take what the client still sends (so the kernel does not answer our
        // answer with a reset), without keeping it, within a bound.
        char sink[16384];
        qint64 n = 0;
        while ((n = m_client->read(sink, sizeof sink)) > 0) {
            m_lingered += n;
            if (m_lingered > kMaxLingerBytes)
                return m_client->abort();
        }
        return;
    }
    while ((m_phase == Phase::Head || m_phase == Phase::Body) && clientUnsent() <= maxUnsent
           && m_client->bytesAvailable() > 0) {
        m_in += m_client->read(kReadChunk);
        process();
    }
}

void FrontDoorConnection::process()
{
    for (;;) {
        if (m_phase == Phase::Head && !startRequest())
            return;
        if (m_phase != Phase::Body)
            return; // an answer was given and the connection kept: look at the next request
        if (!readBody())
            return;
        forward();
        return;
    }
}

bool FrontDoorConnection::startRequest()
{
    // Tolerate blank lines between requests (RFC 9112 2.2).
    qsizetype blank = 0;
    while (blank < m_in.size() && (m_in.at(blank) == '\r' || m_in.at(blank) == '\n') && blank < 4)
        ++blank;
    if (blank > 0) {
        m_in.remove(0, blank);
        m_scanned = 0;
    }
    if (m_in.isEmpty()) {
        if (m_deadline == Deadline::None)
            setDeadline(Deadline::Idle);
        return false;
    }
    // The head's deadline starts with its first byte and is not extended by more bytes.
    if (m_deadline != Deadline::Head)
        setDeadline(Deadline::Head);

    const ConnectionLimits &limits = m_server.limits();
    HeadError error;
    const auto end = findHeadEnd(m_in, limits.head, &error, m_scanned);
    if (!end) {
        if (error.status != 0)
            refuse(error.status, error.reason);
        else
            m_scanned = m_in.size();
        return false;
    }
    const QByteArray headBytes = m_in.left(*end);
    m_in.remove(0, *end);
    m_scanned = 0;
    m_started.start();
    auto head = parseHead(headBytes, limits.head, &error);
    if (!head) {
        refuse(error.status, error.reason);
        return false;
    }
    m_head = std::move(*head);
    m_verdict = m_server.policy().evaluate(*m_head);
    if (m_verdict.status != 0) {
        // Only a CORS preflight is answered here and the connection kept.
        refuse(m_verdict.status, m_verdict.detail, m_verdict.headers, m_verdict.status < 400 && m_verdict.keepAlive);
        return m_phase == Phase::Head;
    }
    if (m_verdict.expectContinue)
        m_client->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_body.clear();
    m_bodyLeft = m_verdict.framing.kind == BodyFraming::Kind::Length ? m_verdict.framing.length : 0;
    m_chunked.reset();
    if (m_verdict.framing.kind == BodyFraming::Kind::Chunked)
        m_chunked = std::make_unique<ChunkedBody>(m_server.policy().settings().maxBody);
    m_phase = Phase::Body;
    setDeadline(Deadline::Body);
    return true;
}

bool FrontDoorConnection::readBody()
{
    if (m_chunked) {
        switch (m_chunked->feed(m_in)) {
        case ChunkedBody::Result::NeedMore:
            return false;
        case ChunkedBody::Result::Malformed:
            refuse(400, "malformed chunked body");
            return false;
        case ChunkedBody::Result::TooLarge:
            refuse(413, "Request body too large (limit " + QByteArray::number(m_server.policy().settings().maxBody) + " bytes)");
            return false;
        case ChunkedBody::Result::Complete:
            m_body = m_chunked->takeBody();
            m_chunked.reset();
            return true;
        }
    }
    const qsizetype take = qsizetype(qMin<qint64>(m_bodyLeft, m_in.size()));
    m_body.append(m_in.constData(), take);
    m_in.remove(0, take);
    m_bodyLeft -= take;
    return m_bodyLeft == 0;
}

void FrontDoorConnection::forward()
{
    const QByteArray host = m_head->count("Host") > 0 ? m_head->value("Host") : m_server.defaultHost();
    m_inner->write(forwardedHead(*m_head, host, m_body.size(), m_verdict.upgrade));
    if (!m_body.isEmpty())
        m_inner->write(m_body);
    m_body.clear();
    m_phase = Phase::Waiting;
    m_authorization = m_head->value("Authorization");
    setDeadline(Deadline::None);
    m_replyHeadDone = false;
    m_replyLeft = -1;
    m_replyCloses = false;
}

void FrontDoorConnection::readInner()
{
    if (m_phase == Phase::Tunnel)
        return pumpTunnel();
    const qint64 maxUnsent = m_server.limits().maxUnsentBytes;
    while (m_phase == Phase::Waiting || (m_phase == Phase::Closing && m_replyHeadDone && !m_halfClosed)) {
        if (clientUnsent() > maxUnsent)
            return; // bytesWritten brings us back
        if (m_inner->bytesAvailable() > 0)
            m_reply += m_inner->read(kReadChunk);
        if (m_reply.isEmpty())
            return;
        if (!m_replyHeadDone && !parseReplyHead())
            return;
        if (m_replyLeft < 0) { // a stream: everything until Qt closes it
            watchCredentials();
            m_client->write(m_reply);
            m_reply.clear();
            continue;
        }
        const qsizetype take = qsizetype(qMin<qint64>(m_replyLeft, m_reply.size()));
        if (!m_verdict.head)
            m_client->write(m_reply.constData(), take);
        m_reply.remove(0, take);
        m_replyLeft -= take;
        if (m_replyLeft == 0)
            return replyDone();
    }
}

bool FrontDoorConnection::parseReplyHead()
{
    const qsizetype end = m_reply.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_reply.size() > kMaxReplyHead) {
            qCWarning(lcApi) << "front door: a reply head from the API was too large; closing the connection";
            m_client->abort();
        }
        return false;
    }
    QByteArray head = m_reply.left(end + 2); // up to the last field's CRLF
    m_reply.remove(0, end + 4);
    const int status = head.mid(9, 3).toInt();
    if (status == 101 && m_verdict.upgrade) {
        // Qt completed the WebSocket handshake: from here on the bytes are the client's and Qt's.
        m_client->write(head + "\r\n");
        m_replyHeadDone = true;
        m_phase = Phase::Tunnel;
        setDeadline(Deadline::None);
        watchCredentials();
        qCInfo(lcApi).noquote() << logTarget() << 101 << QStringLiteral("%1ms").arg(double(m_started.nsecsElapsed()) / 1e6, 0, 'f', 1)
                                << "(WebSocket)";
        pumpTunnel();
        return false;
    }
    const QByteArray length = replyField(head, "Content-Length");
    bool ok = false;
    m_replyLeft = length.toLongLong(&ok);
    if (!ok)
        m_replyLeft = (status == 204 || status == 304) ? 0 : -1;
    m_replyCloses = replyField(head, "Connection").toLower() == "close" || !m_verdict.keepAlive;
    if (m_verdict.head && m_replyLeft < 0) {
        // HEAD of a stream: the head is the whole answer.
        m_replyLeft = 0;
        m_replyCloses = true;
    }
    if (!m_verdict.corsOrigin.isEmpty()) {
        head += "Access-Control-Allow-Origin: " + m_verdict.corsOrigin + "\r\nVary: Origin\r\n"
                "Access-Control-Expose-Headers: Location, Allow, WWW-Authenticate\r\n";
    }
    if (m_replyCloses && replyField(head, "Connection").isEmpty())
        head += "Connection: close\r\n";
    head += "\r\n";
    m_client->write(head);
    m_replyHeadDone = true;
    if (m_replyLeft == 0) {
        replyDone();
        return false;
    }
    return true;
}

void FrontDoorConnection::pumpTunnel()
{
    const qint64 maxUnsent = m_server.limits().maxUnsentBytes;
    bool moved = true;
    while (moved && !m_finished) {
        moved = false;
        // Client to Qt: what arrived with the head first, then the socket, while Qt keeps up.
        if (!m_innerClosed && m_inner->bytesToWrite() <= maxUnsent) {
            if (m_in.isEmpty() && m_client->bytesAvailable() > 0)
                m_in = m_client->read(kReadChunk);
            if (!m_in.isEmpty()) {
                m_inner->write(m_in);
                m_in.clear();
                moved = true;
            }
        }
        // Qt to the client, while the client keeps up.
        if (clientUnsent() <= maxUnsent) {
            if (m_reply.isEmpty() && m_inner->bytesAvailable() > 0)
                m_reply = m_inner->read(kReadChunk);
            if (!m_reply.isEmpty()) {
                m_client->write(m_reply);
                m_reply.clear();
                moved = true;
            }
        }
    }
}

void FrontDoorConnection::replyDone()
{
    m_head.reset();
    m_replyHeadDone = false;
    if (m_replyCloses || m_innerClosed)
        return beginClose();
    m_phase = Phase::Head;
    process();
    readClient();
}

void FrontDoorConnection::refuse(int status, const QByteArray &detail, const FieldList &headers, bool keepAlive)
{
    const QByteArray body = status == 204 ? QByteArray()
                                          : QJsonDocument(QJsonObject{{QStringLiteral("detail"), QString::fromUtf8(detail)}})
                                                .toJson(QJsonDocument::Compact);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!body.isEmpty())
        out += "Content-Type: application/json\r\n";
    for (const auto &field : headers)
        out += field.first + ": " + field.second + "\r\n";
    if (status != 204)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!(m_head && m_head->method == "HEAD"))
        out += body;
    m_client->write(out);
    const double ms = m_started.isValid() ? double(m_started.nsecsElapsed()) / 1e6 : 0.0;
    if (status < 400)
        qCInfo(lcApi).noquote() << logTarget() << status << QStringLiteral("%1ms").arg(ms, 0, 'f', 1) << "(front door)";
    else
        qCInfo(lcApi).noquote() << logTarget() << status << QStringLiteral("%1ms").arg(ms, 0, 'f', 1)
                                << "refused at the front door:" << QString::fromUtf8(detail.left(200));
    m_head.reset();
    if (keepAlive) {
        m_phase = Phase::Head;
        return;
    }
    m_in.clear();
    m_chunked.reset();
    m_body.clear();
    beginClose();
}

void FrontDoorConnection::beginClose()
{
    if (m_phase != Phase::Closing) {
        m_phase = Phase::Closing;
        m_deadline = Deadline::None;
    }
    continueClose();
}

void FrontDoorConnection::continueClose()
{
    if (m_replyHeadDone && !m_halfClosed && (m_inner->bytesAvailable() > 0 || !m_reply.isEmpty()))
        readInner();
    if (clientUnsent() > 0 || (m_replyHeadDone && m_inner->bytesAvailable() > 0)) {
        m_timer.start(kStallMs); // still sending: give up only if the client stops taking it
        return;
    }
    if (!m_halfClosed) {
        // Lingering close (RFC 9112 9.6): end our side, then drain the client's until it closes
        // too, so unread request bytes do not make the kernel reset the connection under our answer.
        m_halfClosed = true;
        if (m_tls) {
            // TLS ends with its close_notify, which only Qt can send; it closes the socket after
            // it, so a TLS client gets no lingering drain.
            m_tls->disconnectFromHost();
        } else if (m_client->socketDescriptor() >= 0) {
            ::shutdown(int(m_client->socketDescriptor()), SHUT_WR);
        }
        m_timer.start(kLingerMs);
        readClient();
    }
}

void FrontDoorConnection::clientTookBytes()
{
    if (m_phase == Phase::Tunnel)
        pumpTunnel();
    else if (m_phase == Phase::Waiting)
        readInner();
    else if (m_phase == Phase::Closing)
        continueClose();
    else
        readClient();
}

void FrontDoorConnection::watchCredentials()
{
    // A console opened with a ticket has no token to lose; everything else is checked again while
    // it lasts, so a revoked client token ends its streams too, not only its next request.
    if (m_authorization.isEmpty() || m_credentialCheck.isActive())
        return;
    m_credentialCheck.start(kCredentialCheckMs);
}

qint64 FrontDoorConnection::clientUnsent() const
{
    // A TLS socket holds what is not encrypted yet and, below it, what is not sent yet.
    return m_client->bytesToWrite() + (m_tls ? m_tls->encryptedBytesToWrite() : 0);
}

QByteArray FrontDoorConnection::logTarget() const
{
    if (!m_head)
        return QByteArrayLiteral("-");
    return m_head->method + ' ' + redactedTarget(m_head->target).left(200);
}

void FrontDoorConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_credentialCheck.stop();
    // Qt's side of the pair sees the close too: its handlers (event streams) let go.
    m_inner->abort();
    m_server.connectionFinished(this);
    deleteLater();
}

} // namespace vman::frontdoor
