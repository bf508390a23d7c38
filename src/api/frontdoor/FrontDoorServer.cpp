// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrontDoorServer.h"

#include "FrontDoorConnection.h"
#include "Logging.h"

#include <QLocalSocket>
#include <QSslSocket>
#include <QMetaEnum>
#include <QTcpSocket>

#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace vman::frontdoor {

namespace {

constexpr int kMaxTurningAway = 64;   // 503 answers in flight; beyond, new clients are just closed
constexpr int kResumeAcceptMs = 100;  // pause after an accept error (out of descriptors)
constexpr int kWarnEveryMs = 10'000;  // at most one warning this often about turned-away clients
constexpr int kReservedFiles = 256;   // descriptors kept for QEMU sockets, the database, logs (at most a quarter)

} // namespace

FrontDoorServer::FrontDoorServer(FrontDoorPolicy policy, ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent), m_policy(std::move(policy)), m_limits(limits)
{
    m_resumeAccepting.setSingleShot(true);
    m_resumeAccepting.setInterval(kResumeAcceptMs);
    connect(&m_resumeAccepting, &QTimer::timeout, this, &QTcpServer::resumeAccepting);
    // Out of descriptors, the listening socket stays readable: without a pause, accept would spin.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        pauseAccepting();
        m_resumeAccepting.start();
        ++m_acceptErrors;
        if (!m_lastWarning.isValid() || m_lastWarning.elapsed() > kWarnEveryMs) {
            qCWarning(lcApi).noquote() << QStringLiteral("front door: cannot accept connections (%1, %2 time(s) since the last warning); "
                                                         "pausing %3 ms each time")
                                              .arg(QString::fromLatin1(QMetaEnum::fromType<QAbstractSocket::SocketError>().valueToKey(error)))
                                              .arg(m_acceptErrors)
                                              .arg(kResumeAcceptMs);
            m_acceptErrors = 0;
            m_lastWarning.start();
        }
    });
}

FrontDoorServer::~FrontDoorServer() = default;

QByteArray FrontDoorServer::defaultHost() const
{
    const QHostAddress address = serverAddress();
    const QByteArray host = address.protocol() == QAbstractSocket::IPv6Protocol ? '[' + address.toString().toLatin1() + ']'
                                                                                 : address.toString().toLatin1();
    return host + ':' + QByteArray::number(serverPort());
}

int FrontDoorServer::connectionsAllowedByFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return 1 << 20;
    const qint64 files = qint64(limit.rlim_cur);
    const qint64 usable = files - qMin<qint64>(kReservedFiles, files / 4);
    return int(qBound(qint64(1), usable / 3, qint64(1) << 20));
}

void FrontDoorServer::incomingConnection(qintptr descriptor)
{
    // Full: a connection that only waits (idle, or a head trickling in) makes room, the one that
    // has waited longest; one that is mid-request is never cut for a newcomer.
    if (m_connections >= m_limits.maxConnections && !evictOne())
        return turnAway(descriptor);
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, pair) != 0) {
        qCWarning(lcApi) << "front door: no socket pair for a new connection:" << strerror(errno);
        return turnAway(descriptor);
    }
    QTcpSocket *client = m_tls ? new QSslSocket : new QTcpSocket;
    auto *inner = new QLocalSocket;
    auto *parserSide = new QTcpSocket(this);
    const bool clientTaken = client->setSocketDescriptor(descriptor);
    const bool innerTaken = clientTaken && inner->setSocketDescriptor(pair[0]);
    const bool parserTaken = innerTaken && parserSide->setSocketDescriptor(pair[1]);
    if (!parserTaken) {
        qCWarning(lcApi).noquote() << "front door: cannot set up a connection:" << client->errorString();
        // A descriptor no socket took would stay open for good: under a flood that runs the
        // process out of descriptors.
        if (!clientTaken)
            ::close(int(descriptor));
        if (!innerTaken)
            ::close(pair[0]);
        ::close(pair[1]);
        delete client;
        delete inner;
        delete parserSide;
        return;
    }
    if (auto *tls = qobject_cast<QSslSocket *>(client)) {
        tls->setSslConfiguration(*m_tls);
        tls->startServerEncryption();
    }
    ++m_connections;
    m_open.append(new FrontDoorConnection(*this, client, inner));
    Q_EMIT connectionCountChanged(m_connections);
    // Qt HTTP Server takes this from nextPendingConnection() and parses what the connection forwards.
    addPendingConnection(parserSide);
}

bool FrontDoorServer::evictOne()
{
    FrontDoorConnection *oldest = nullptr;
    for (FrontDoorConnection *connection : std::as_const(m_open)) {
        if (connection->evictable() && (!oldest || connection->waitingSinceMs() < oldest->waitingSinceMs()))
            oldest = connection;
    }
    if (!oldest)
        return false;
    ++m_evicted;
    oldest->evict();
    return m_connections < m_limits.maxConnections;
}

void FrontDoorServer::connectionFinished(FrontDoorConnection *connection)
{
    m_open.removeOne(connection);
    --m_connections;
    Q_EMIT connectionCountChanged(m_connections);
}

void FrontDoorServer::turnAway(qintptr descriptor)
{
    if (m_turningAway >= kMaxTurningAway) {
        ::close(int(descriptor));
        return;
    }
    if (m_tls) {
        // A 503 in clear text would only break the client's handshake: close at once.
        ::close(int(descriptor));
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return;
    }
    ++m_turningAway;
    ++m_turnedAway;
    if (!m_lastWarning.isValid() || m_lastWarning.elapsed() > kWarnEveryMs) {
        qCWarning(lcApi).noquote() << QStringLiteral("front door: %1 connection(s) turned away with 503 and %2 waiting one(s) closed "
                                                     "for newcomers since the last warning (%3 open, VMAN_API_MAX_CONNECTIONS=%4)")
                                          .arg(m_turnedAway)
                                          .arg(m_evicted)
                                          .arg(m_connections)
                                          .arg(m_limits.maxConnections);
        m_turnedAway = 0;
        m_evicted = 0;
        m_lastWarning.start();
    }
    static const QByteArray body = "{\"detail\":\"Too many connections; try again later (VMAN_API_MAX_CONNECTIONS)\"}";
    // Answer, end our side once the answer is out, and drain the request meanwhile: closing with
    // unread bytes would make the kernel reset the connection before the client reads the 503.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->skip(socket->bytesAvailable()); });
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
        if (socket->bytesToWrite() == 0)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    });
    socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
                  "Connection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QObject::destroyed, this, [this] { --m_turningAway; });
    QTimer::singleShot(1000, socket, [socket] { socket->abort(); });
    QTimer::singleShot(1000, socket, &QObject::deleteLater);
}

} // namespace vman::frontdoor
