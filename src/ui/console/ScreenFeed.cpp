// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenFeed.h"

#include "ConsoleView.h"
#include "HostConnection.h"
#include "WebSocketStream.h"

namespace vman::console {

ScreenFeed::ScreenFeed(ConsoleView *view, QObject *parent) : QObject(parent), m_view(view)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(1000);
    connect(&m_retry, &QTimer::timeout, this, [this] { follow(m_host, m_vmId); });
}

void ScreenFeed::follow(client::HostConnection *host, const QString &vmId, bool wanted)
{
    if (host != m_host || vmId != m_vmId)
        stop();
    m_host = host;
    m_vmId = vmId;
    const auto vm = host && wanted ? host->findVm(vmId) : std::nullopt;
    if (!vm || (vm->state != VmState::Running && vm->state != VmState::Paused))
        return stop();
    const QString path = host->localConsolePath(vmId);
    if (!path.isEmpty())
        m_view->open(path);
    else
        openRemote();
}

void ScreenFeed::stop()
{
    m_retry.stop();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->close();
        m_stream->deleteLater();
    }
    m_view->close();
}

void ScreenFeed::openRemote()
{
    if (m_stream || !m_host)
        return;
    QWebSocket *socket = m_host->openConsoleSocket(m_vmId, QStringLiteral("vnc"), this);
    if (!socket)
        return;
    auto *stream = new WebSocketStream(this);
    m_stream = stream;
    connect(stream, &WebSocketStream::ready, m_view, &ConsoleView::openStream);
    connect(stream, &WebSocketStream::closed, this, [this, stream] {
        stream->deleteLater();
        m_retry.start();
    });
    stream->open(socket);
}

} // namespace vman::console
