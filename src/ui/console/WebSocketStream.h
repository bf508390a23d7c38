// SPDX-License-Identifier: GPL-3.0-or-later
// A console's byte stream from a WebSocket (`GET /vms/{id}/vnc` of a VMAN, local or remote), as a
// file descriptor that VncClient reads like a local socket: one end of a socket pair, the other
// end pumped to and from the WebSocket here, on the GUI thread, with back-pressure each way.
#pragma once

#include <QLocalSocket>
#include <QNetworkRequest>
#include <QObject>
#include <QWebSocket>

namespace vman::console {

class WebSocketStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketStream)

public:
    explicit WebSocketStream(QObject *parent = nullptr);
    ~WebSocketStream() override;

    // Connects; `ready` then hands over the descriptor (ConsoleView::openStream takes it).
    void open(const QNetworkRequest &request);
    // The same over a WebSocket that is opening already (a remote host's, with its pinned
    // certificate: RemoteHost::openConsole); the stream takes it over.
    void open(QWebSocket *socket);
    void close();

    static constexpr qint64 kMaxUnsent = 256 * 1024;

Q_SIGNALS:
    void ready(int socketFd);
    // The WebSocket closed or never opened: the server's reason, or the network error.
    void closed(const QString &reason);

private:
    void wire();
    void toWebSocket();
    void finish(const QString &reason);

    QWebSocket *m_webSocket;
    QLocalSocket m_local; // our end of the pair
    bool m_finished = false;
};

} // namespace vman::console
