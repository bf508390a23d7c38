// SPDX-License-Identifier: GPL-3.0-or-later
// A VM's serial console as the window's terminal uses it, on any host: what the guest prints,
// what the user types, and whether the line is connected. On this computer it is a session of the
// core's shared console (SerialConsoles); on another host, its API's WebSocket, opened again
// whenever it closes while the VM runs (a restarted VM's console comes back by itself, as locally).
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QWebSocket;

namespace vman {
class SerialSession;
}

namespace vman::client {

class SerialChannel : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SerialChannel)

public:
    using QObject::QObject;
    virtual bool isConnected() const = 0;
    // Bytes for the guest; dropped while not connected.
    virtual void send(const QByteArray &bytes) = 0;

Q_SIGNALS:
    void received(const QByteArray &bytes);
    void connectedChanged(bool connected);
};

class LocalSerialChannel final : public SerialChannel
{
    Q_OBJECT

public:
    LocalSerialChannel(std::unique_ptr<SerialSession> session, QObject *parent);
    ~LocalSerialChannel() override;
    bool isConnected() const override;
    void send(const QByteArray &bytes) override;

private:
    std::unique_ptr<SerialSession> m_session;
};

class WebSocketSerialChannel final : public SerialChannel
{
    Q_OBJECT

public:
    // `open` makes an opening WebSocket (owned by the given object); `wanted` says whether the VM
    // runs, so a closed line is opened again (every second while it does).
    WebSocketSerialChannel(std::function<QWebSocket *(QObject *owner)> open, std::function<bool()> wanted, QObject *parent);
    bool isConnected() const override { return m_connected; }
    void send(const QByteArray &bytes) override;
    // Call when the VM's state changed: opens at once when it runs now.
    void follow();

    static constexpr int kRetryMs = 1000;

private:
    void openSocket();
    void setConnected(bool connected);

    std::function<QWebSocket *(QObject *)> m_open;
    std::function<bool()> m_wanted;
    QPointer<QWebSocket> m_socket;
    QTimer m_retry;
    bool m_connected = false;
};

} // namespace vman::client
