// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds a ConsoleView with a VM's screen on any host while the VM runs: this computer's VNC
// socket (the view retries it by itself), or a remote host's WebSocket made a local stream,
// opened again a second after it ends while the VM still runs (a restart closes it).
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace vman::client {
class HostConnection;
}

namespace vman::console {

class ConsoleView;
class WebSocketStream;

class ScreenFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenFeed)

public:
    explicit ScreenFeed(ConsoleView *view, QObject *parent = nullptr);

    // Shows this VM (none: a null host). Call again when its state may have changed.
    void follow(client::HostConnection *host, const QString &vmId, bool wanted = true);
    void stop();

private:
    void openRemote();

    ConsoleView *m_view;
    QPointer<client::HostConnection> m_host;
    QString m_vmId;
    QPointer<WebSocketStream> m_stream;
    QTimer m_retry;
};

} // namespace vman::console
