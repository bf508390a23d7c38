// SPDX-License-Identifier: GPL-3.0-or-later
#include "SerialChannel.h"

#include "console/SerialConsoles.h"

#include <QWebSocket>

namespace vman::client {

LocalSerialChannel::LocalSerialChannel(std::unique_ptr<SerialSession> session, QObject *parent) : SerialChannel(parent), m_session(std::move(session))
{
    connect(m_session.get(), &SerialSession::received, this, &SerialChannel::received);
    connect(m_session.get(), &SerialSession::connectedChanged, this, &SerialChannel::connectedChanged);
}

LocalSerialChannel::~LocalSerialChannel() = default;

bool LocalSerialChannel::isConnected() const
{
    return m_session->isConnected();
}

void LocalSerialChannel::send(const QByteArray &bytes)
{
    m_session->send(bytes);
}

WebSocketSerialChannel::WebSocketSerialChannel(std::function<QWebSocket *(QObject *)> open, std::function<bool()> wanted, QObject *parent)
    : SerialChannel(parent), m_open(std::move(open)), m_wanted(std::move(wanted))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &WebSocketSerialChannel::follow);
    follow();
}

void WebSocketSerialChannel::follow()
{
    if (m_socket || !m_wanted())
        return;
    openSocket();
}

void WebSocketSerialChannel::openSocket()
{
    QWebSocket *socket = m_open(this);
    if (!socket)
        return;
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this] { setConnected(true); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, &SerialChannel::received);
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) { Q_EMIT received(text.toUtf8()); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        socket->deleteLater();
        if (m_socket == socket)
            m_socket = nullptr;
        setConnected(false);
        m_retry.start(); // opened again if the VM still (or again) runs
    });
}

void WebSocketSerialChannel::send(const QByteArray &bytes)
{
    if (m_socket && m_connected)
        m_socket->sendBinaryMessage(bytes);
}

void WebSocketSerialChannel::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
}

} // namespace vman::client
