// SPDX-License-Identifier: GPL-3.0-or-later
// Carries one console over a WebSocket: the VM's VNC socket (binary messages both ways, RFB
// unchanged) or its serial console (a shared session of the core's). QEMU's bytes are read only
// while the browser keeps up, so a slow client slows its own stream, not VMAN's memory; whichever
// side closes closes the other.
#pragma once

#include <QObject>
#include <QWebSocket>

#include <memory>

class QLocalSocket;

namespace vman {

class SerialSession;

class ConsoleBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleBridge)

public:
    // The VM's VNC socket at `socketPath`.
    ConsoleBridge(std::unique_ptr<QWebSocket> webSocket, const QString &socketPath, QObject *parent = nullptr);
    // Its serial console.
    ConsoleBridge(std::unique_ptr<QWebSocket> webSocket, std::unique_ptr<SerialSession> serial, QObject *parent = nullptr);
    ~ConsoleBridge() override;

    static constexpr qint64 kMaxUnsent = 256 * 1024;       // to the browser, before QEMU is read again
    static constexpr qint64 kMaxIncoming = 1024 * 1024;     // one message from the browser

Q_SIGNALS:
    void finished();

private:
    void setUp();
    void pump();
    void fromBrowser(const QByteArray &bytes);
    void close(QWebSocketProtocol::CloseCode code, const QString &reason);

    std::unique_ptr<QWebSocket> m_webSocket;
    QLocalSocket *m_vnc = nullptr;
    std::unique_ptr<SerialSession> m_serial;
    bool m_closing = false;
};

} // namespace vman
