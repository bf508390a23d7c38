// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleBridge.h"

#include "Logging.h"
#include "console/SerialConsoles.h"

#include <QLocalSocket>

namespace vman {

namespace {
constexpr qint64 kReadChunk = 64 * 1024;
}

ConsoleBridge::ConsoleBridge(std::unique_ptr<QWebSocket> webSocket, const QString &socketPath, QObject *parent)
    : QObject(parent), m_webSocket(std::move(webSocket)), m_vnc(new QLocalSocket(this))
{
    setUp();
    // The kernel holds QEMU back while we do not read: no more than this waits in our memory.
    m_vnc->setReadBufferSize(kReadChunk);
    connect(m_vnc, &QLocalSocket::readyRead, this, &ConsoleBridge::pump);
    connect(m_vnc, &QLocalSocket::disconnected, this, [this] {
        close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("the VM's console closed"));
    });
    connect(m_vnc, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        if (m_vnc->state() != QLocalSocket::ConnectedState)
            close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("the VM's console is not available: %1").arg(m_vnc->errorString()));
    });
    m_vnc->connectToServer(socketPath);
}

ConsoleBridge::ConsoleBridge(std::unique_ptr<QWebSocket> webSocket, std::unique_ptr<SerialSession> serial, QObject *parent)
    : QObject(parent), m_webSocket(std::move(webSocket)), m_serial(std::move(serial))
{
    setUp();
    connect(m_serial.get(), &SerialSession::received, this, [this](const QByteArray &bytes) {
        if (m_closing)
            return;
        // The guest does not wait for us: a browser that stops reading is let go, not buffered for.
        if (m_webSocket->bytesToWrite() > 4 * kMaxUnsent)
            return close(QWebSocketProtocol::CloseCodeTooMuchData, QStringLiteral("the client fell behind the serial console"));
        m_webSocket->sendBinaryMessage(bytes);
    });
}

ConsoleBridge::~ConsoleBridge()
{
    m_webSocket->disconnect(this);
    if (m_vnc)
        m_vnc->disconnect(this);
}

void ConsoleBridge::setUp()
{
    m_webSocket->setParent(nullptr);
    m_webSocket->setMaxAllowedIncomingMessageSize(kMaxIncoming);
    m_webSocket->setMaxAllowedIncomingFrameSize(kMaxIncoming);
    connect(m_webSocket.get(), &QWebSocket::binaryMessageReceived, this, &ConsoleBridge::fromBrowser);
    connect(m_webSocket.get(), &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        if (m_serial)
            fromBrowser(text.toUtf8()); // a terminal may send text frames
        else
            close(QWebSocketProtocol::CloseCodeDatatypeNotSupported, QStringLiteral("the VNC console takes binary messages"));
    });
    connect(m_webSocket.get(), &QWebSocket::bytesWritten, this, &ConsoleBridge::pump);
    connect(m_webSocket.get(), &QWebSocket::disconnected, this, [this] {
        if (m_vnc)
            m_vnc->abort();
        m_serial.reset();
        m_closing = true;
        Q_EMIT finished();
    });
}

void ConsoleBridge::pump()
{
    if (!m_vnc || m_closing)
        return;
    while (m_webSocket->bytesToWrite() < kMaxUnsent && m_vnc->bytesAvailable() > 0)
        m_webSocket->sendBinaryMessage(m_vnc->read(kReadChunk));
}

void ConsoleBridge::fromBrowser(const QByteArray &bytes)
{
    if (m_closing)
        return;
    if (m_serial)
        return m_serial->send(bytes);
    if (m_vnc->bytesToWrite() > kMaxIncoming)
        return close(QWebSocketProtocol::CloseCodeTooMuchData, QStringLiteral("the client sends faster than the console takes"));
    m_vnc->write(bytes);
}

void ConsoleBridge::close(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_closing)
        return;
    if (m_vnc) {
        pump(); // what QEMU said last still reaches the client
        m_vnc->abort();
    }
    m_closing = true;
    m_webSocket->close(code, reason.left(120)); // a close frame's reason is at most 123 bytes
}

} // namespace vman
