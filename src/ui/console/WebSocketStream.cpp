// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebSocketStream.h"

#include <sys/socket.h>
#include <unistd.h>

namespace vman::console {

namespace {
constexpr qint64 kReadChunk = 64 * 1024;
}

WebSocketStream::WebSocketStream(QObject *parent) : QObject(parent), m_webSocket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    m_local.setReadBufferSize(kReadChunk);
    connect(&m_local, &QLocalSocket::readyRead, this, &WebSocketStream::toWebSocket);
    connect(&m_local, &QLocalSocket::disconnected, this, [this] { finish(QString()); });
    wire();
}

void WebSocketStream::wire()
{
    connect(m_webSocket, &QWebSocket::connected, this, [this] {
        int pair[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0)
            return finish(tr("cannot create a socket pair: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        if (!m_local.setSocketDescriptor(pair[0])) {
            ::close(pair[0]);
            ::close(pair[1]);
            return finish(tr("cannot use a socket pair"));
        }
        Q_EMIT ready(pair[1]);
    });
    connect(m_webSocket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &bytes) {
        // The view reads as fast as it draws; what it has not read waits in the kernel and here.
        if (m_local.state() == QLocalSocket::ConnectedState)
            m_local.write(bytes);
    });
    connect(m_webSocket, &QWebSocket::bytesWritten, this, &WebSocketStream::toWebSocket);
    connect(m_webSocket, &QWebSocket::disconnected, this, [this] {
        const QString reason = m_webSocket->closeReason();
        finish(reason.isEmpty() && m_webSocket->error() != QAbstractSocket::UnknownSocketError ? m_webSocket->errorString() : reason);
    });
}

WebSocketStream::~WebSocketStream()
{
    m_webSocket->disconnect(this);
    m_local.disconnect(this);
}

void WebSocketStream::open(const QNetworkRequest &request)
{
    m_webSocket->open(request);
}

void WebSocketStream::open(QWebSocket *socket)
{
    m_webSocket->disconnect(this);
    m_webSocket->deleteLater();
    m_webSocket = socket;
    socket->setParent(this);
    wire();
}

void WebSocketStream::close()
{
    finish(QString());
}

void WebSocketStream::toWebSocket()
{
    while (m_webSocket->bytesToWrite() < kMaxUnsent && m_local.bytesAvailable() > 0)
        m_webSocket->sendBinaryMessage(m_local.read(kReadChunk));
}

void WebSocketStream::finish(const QString &reason)
{
    if (m_finished)
        return;
    m_finished = true;
    m_local.abort();
    m_webSocket->close();
    Q_EMIT closed(reason);
}

} // namespace vman::console
