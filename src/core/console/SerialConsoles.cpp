// SPDX-License-Identifier: GPL-3.0-or-later
#include "SerialConsoles.h"

#include "Logging.h"
#include "VmService.h"

namespace vman {

namespace {
constexpr int kRetryMs = 1000;
constexpr qint64 kMaxUnsentToGuest = 64 * 1024; // typing faster than the guest reads is dropped beyond this
} // namespace

SerialSession::SerialSession(SerialConsoles &hub, QString vmId) : m_hub(&hub), m_vmId(std::move(vmId)) {}

SerialSession::~SerialSession()
{
    if (m_hub)
        m_hub->leave(this);
}

bool SerialSession::isConnected() const
{
    return m_hub && m_hub->isConnected(m_vmId);
}

void SerialSession::send(const QByteArray &bytes)
{
    if (m_hub)
        m_hub->send(m_vmId, bytes);
}

SerialConsoles::SerialConsoles(VmService &service, QObject *parent) : QObject(parent), m_service(service)
{
    connect(&m_service, &VmService::vmStateChanged, this, [this](const QString &vmId) {
        if (m_lines.count(vmId))
            follow(vmId);
    });
    connect(&m_service, &VmService::vmDeleted, this, [this](const QString &vmId) {
        if (m_lines.count(vmId))
            follow(vmId);
    });
}

SerialConsoles::~SerialConsoles()
{
    for (auto &[vmId, line] : m_lines) {
        line->socket.disconnect(this);
        for (SerialSession *session : std::as_const(line->sessions))
            session->m_hub = nullptr;
    }
}

std::unique_ptr<SerialSession> SerialConsoles::open(const QString &vmId)
{
    std::unique_ptr<SerialSession> session(new SerialSession(*this, vmId));
    auto &line = m_lines[vmId];
    if (!line) {
        line = std::make_unique<Line>();
        Line *raw = line.get();
        raw->retry.setInterval(kRetryMs);
        connect(&raw->retry, &QTimer::timeout, this, [this, vmId] { follow(vmId); });
        connect(&raw->socket, &QLocalSocket::readyRead, this, [raw] {
            const QByteArray bytes = raw->socket.readAll();
            // A copy of the list: a receiver may close its session from the signal.
            const QList<SerialSession *> sessions = raw->sessions;
            for (SerialSession *session : sessions) {
                if (raw->sessions.contains(session))
                    Q_EMIT session->received(bytes);
            }
        });
        connect(&raw->socket, &QLocalSocket::connected, this, [this, vmId] { announce(vmId, true); });
        connect(&raw->socket, &QLocalSocket::disconnected, this, [this, vmId] {
            announce(vmId, false);
            follow(vmId);
        });
    }
    line->sessions.append(session.get());
    follow(vmId);
    return session;
}

int SerialConsoles::connectionCount() const
{
    int count = 0;
    for (const auto &[vmId, line] : m_lines)
        count += line->socket.state() == QLocalSocket::ConnectedState ? 1 : 0;
    return count;
}

void SerialConsoles::leave(SerialSession *session)
{
    const auto it = m_lines.find(session->vmId());
    if (it == m_lines.end())
        return;
    it->second->sessions.removeOne(session);
    if (!it->second->sessions.isEmpty())
        return;
    // The last one left: let the console go (so QEMU takes whoever comes next), once the signal
    // that may have brought us here has returned.
    QTimer::singleShot(0, this, [this, vmId = session->vmId()] {
        const auto line = m_lines.find(vmId);
        if (line == m_lines.end() || !line->second->sessions.isEmpty())
            return;
        line->second->socket.disconnect(this);
        line->second->socket.abort();
        m_lines.erase(line);
    });
}

bool SerialConsoles::isConnected(const QString &vmId) const
{
    const auto it = m_lines.find(vmId);
    return it != m_lines.end() && it->second->socket.state() == QLocalSocket::ConnectedState;
}

void SerialConsoles::send(const QString &vmId, const QByteArray &bytes)
{
    const auto it = m_lines.find(vmId);
    if (it == m_lines.end() || it->second->socket.state() != QLocalSocket::ConnectedState)
        return;
    if (it->second->socket.bytesToWrite() + bytes.size() > kMaxUnsentToGuest) {
        qCWarning(lcOperator).noquote() << QStringLiteral("serial console of %1: the guest is not reading its console; input dropped").arg(vmId);
        return;
    }
    it->second->socket.write(bytes);
}

void SerialConsoles::follow(const QString &vmId)
{
    const auto it = m_lines.find(vmId);
    if (it == m_lines.end())
        return;
    Line &line = *it->second;
    const auto vm = m_service.findVm(vmId);
    const bool running = vm && (vm->state == VmState::Running || vm->state == VmState::Paused);
    if (!running) {
        line.retry.stop();
        if (line.socket.state() != QLocalSocket::UnconnectedState)
            line.socket.abort();
        return;
    }
    if (line.socket.state() == QLocalSocket::UnconnectedState) {
        const QString path = m_service.serialSocketPath(vmId);
        if (!path.isEmpty())
            line.socket.connectToServer(path);
    }
    if (line.socket.state() == QLocalSocket::ConnectedState)
        line.retry.stop();
    else if (!line.retry.isActive())
        line.retry.start();
}

void SerialConsoles::announce(const QString &vmId, bool connected)
{
    const auto it = m_lines.find(vmId);
    if (it == m_lines.end())
        return;
    if (connected)
        it->second->retry.stop();
    Line *line = it->second.get();
    const QList<SerialSession *> sessions = line->sessions;
    for (SerialSession *session : sessions) {
        if (line->sessions.contains(session))
            Q_EMIT session->connectedChanged(connected);
    }
}

} // namespace vman
