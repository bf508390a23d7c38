// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuestWatch.h"

#include "Logging.h"
#include "VmOperator.h"
#include "VmService.h"
#include "cloudinit/SshAccess.h"

#include <QFile>
#include <QTcpSocket>

namespace vman {

GuestWatch::GuestWatch(VmService &service, VmOperator &vmOperator, QObject *parent) : QObject(parent), m_service(service), m_operator(vmOperator)
{
    m_timer.setInterval(kProbeIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &GuestWatch::tick);
    // A VM that stops or starts again begins with a clean slate.
    connect(&m_service, &VmService::vmStateChanged, this, [this](const QString &id, VmState, VmState to) {
        if (to != VmState::Running && to != VmState::Paused) {
            const Watch w = m_watches.take(id);
            if (w.sshProbe)
                w.sshProbe->deleteLater();
        }
    });
    // A guest that rebooted boots again: asked as often as after a start.
    connect(&m_service, &VmService::vmGuestReset, this, [this](const QString &id) {
        if (m_watches.contains(id)) {
            Watch &w = m_watches[id];
            w.watchedSinceMs = -1;
            w.nextAgentAtMs = 0;
            w.nextSshAtMs = 0;
            w.serialSeen.clear();
        }
    });
    m_clock.start();
}

GuestWatch::~GuestWatch() = default;

void GuestWatch::start()
{
    m_timer.start();
}

void GuestWatch::stop()
{
    m_timer.stop();
}

QString GuestWatch::progress(const QString &vmId) const
{
    const auto vm = m_service.findVm(vmId);
    if (!vm)
        return QString();
    if (vm->state != VmState::Running)
        return QStringLiteral("the VM is %1").arg(nameOf(vm->state));
    const Watch w = m_watches.value(vmId);
    QStringList seen;
    seen << QStringLiteral("guest agent: %1").arg(w.agentSeen.isEmpty() ? QStringLiteral("not asked yet") : w.agentSeen);
    if (const auto ssh = cloudinit::sshAccess(*vm, QString()))
        seen << QStringLiteral("SSH on %1:%2: %3").arg(ssh->host).arg(ssh->port).arg(w.sshSeen.isEmpty() ? QStringLiteral("not tried yet") : w.sshSeen);
    else
        seen << QStringLiteral("SSH: no forward of guest port 22");
    if (!vm->readyMarker.isEmpty())
        seen << QStringLiteral("serial console: %1").arg(w.serialSeen.isEmpty() ? QStringLiteral("marker '%1' not seen").arg(vm->readyMarker) : w.serialSeen);
    else
        seen << QStringLiteral("serial console: no ready marker set");
    return seen.join(QLatin1String("; "));
}

void GuestWatch::tick()
{
    for (const Vm &vm : m_service.vms(VmState::Running))
        watch(vm, m_watches[vm.id]);
}

void GuestWatch::watch(const Vm &vm, Watch &w)
{
    const qint64 now = m_clock.elapsed();
    if (w.watchedSinceMs < 0)
        w.watchedSinceMs = now;
    if (vm.ready) {
        // Ready: only the agent's information is refreshed, now and then.
        if (!w.agentBusy && now >= w.nextAgentAtMs)
            askAgent(vm, w);
        return;
    }
    if (!vm.readyMarker.isEmpty() && serialShowsMarker(vm, w))
        return m_service.setGuestStatus(vm.id, true, QStringLiteral("serial"), vm.guest);
    if (!w.sshProbe && now >= w.nextSshAtMs) {
        // Every tick while the guest boots; a guest that never answers (no SSH server behind a
        // forward of port 22) is probed every few seconds only.
        w.nextSshAtMs = now - w.watchedSinceMs < kAgentPatienceMs ? 0 : now + kSlowProbeMs;
        probeSsh(vm, w);
    }
    if (!w.agentBusy && now >= w.nextAgentAtMs)
        askAgent(vm, w);
}

void GuestWatch::askAgent(const Vm &vm, Watch &w)
{
    w.agentBusy = true;
    const QString id = vm.id;
    QPointer<GuestWatch> self(this);
    m_operator.queryGuest(vm, [self, id](Result<GuestInfo> info) {
        if (!self || !self->m_watches.contains(id))
            return;
        Watch &w = self->m_watches[id];
        w.agentBusy = false;
        const auto vm = self->m_service.findVm(id);
        if (!vm)
            return;
        if (!info.ok()) {
            w.agentSeen = info.error().message;
            // Asked often while a guest boots; a guest that has no agent after that is asked
            // rarely (a Windows VM, a minimal image), so many such VMs cost next to nothing.
            const qint64 now = self->m_clock.elapsed();
            const bool booting = now - w.watchedSinceMs < kAgentPatienceMs;
            w.nextAgentAtMs = now + (vm->ready || !booting ? kAgentRefreshMs : kAgentRetryMs);
            // An agent that went away (the guest stopped it) is shown as gone; readiness stays.
            if (vm->guest.agent) {
                GuestInfo gone = vm->guest;
                gone.agent = false;
                self->m_service.setGuestStatus(id, vm->ready, vm->readyBy, gone);
            }
            return;
        }
        w.agentSeen = QStringLiteral("answers");
        w.nextAgentAtMs = self->m_clock.elapsed() + kAgentRefreshMs;
        self->m_service.setGuestStatus(id, true, vm->ready ? vm->readyBy : QStringLiteral("agent"), info.value());
    });
}

void GuestWatch::probeSsh(const Vm &vm, Watch &w)
{
    const auto ssh = cloudinit::sshAccess(vm, QString());
    if (!ssh)
        return;
    // QEMU's user networking accepts the connection itself; only the banner says that a server
    // in the guest answered.
    auto *socket = new QTcpSocket(this);
    w.sshProbe = socket;
    const QString id = vm.id;
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    QPointer<GuestWatch> self(this);
    auto finish = [self, socket, id](const QString &seen, bool banner) {
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        if (!self || !self->m_watches.contains(id))
            return;
        self->m_watches[id].sshSeen = seen;
        const auto vm = self->m_service.findVm(id);
        if (banner && vm && vm->state == VmState::Running && !vm->ready)
            self->m_service.setGuestStatus(id, true, QStringLiteral("ssh"), vm->guest);
    };
    connect(socket, &QTcpSocket::readyRead, this, [socket, finish] {
        if (!socket->canReadLine() && socket->bytesAvailable() < 8)
            return;
        const QByteArray line = socket->readLine(256).trimmed();
        if (line.startsWith("SSH-2.0-") || line.startsWith("SSH-1.99-"))
            finish(QStringLiteral("answered (%1)").arg(QString::fromLatin1(line.left(60))), true);
        else
            finish(QStringLiteral("something answered, but not an SSH server"), false);
    });
    connect(socket, &QTcpSocket::disconnected, this, [finish] { finish(QStringLiteral("connection closed without a banner (no server listening yet)"), false); });
    connect(socket, &QTcpSocket::errorOccurred, this, [socket, finish](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            finish(QStringLiteral("connection closed without a banner (no server listening yet)"), false);
        else
            finish(QStringLiteral("cannot connect: %1").arg(socket->errorString()), false);
    });
    connect(deadline, &QTimer::timeout, this, [finish] { finish(QStringLiteral("no banner within %1 s").arg(kSshProbeTimeoutMs / 1000), false); });
    deadline->start(kSshProbeTimeoutMs);
    socket->connectToHost(ssh->host, quint16(ssh->port));
}

bool GuestWatch::serialShowsMarker(const Vm &vm, Watch &w)
{
    QFile log(m_operator.serialLogPath(vm));
    if (!log.open(QIODevice::ReadOnly))
        return false;
    if (log.size() < w.serialOffset) { // a new run truncated the log
        w.serialOffset = 0;
        w.serialCarry.clear();
    }
    // At most 1 MiB a look: a guest flooding its console cannot make this expensive.
    constexpr qint64 kMaxRead = 1024 * 1024;
    if (log.size() - w.serialOffset > kMaxRead)
        w.serialOffset = log.size() - kMaxRead;
    if (!log.seek(w.serialOffset))
        return false;
    const QByteArray fresh = log.read(kMaxRead);
    w.serialOffset += fresh.size();
    const QByteArray marker = vm.readyMarker.toUtf8();
    const QByteArray window = w.serialCarry + fresh;
    if (window.contains(marker)) {
        w.serialSeen = QStringLiteral("marker '%1' seen").arg(vm.readyMarker);
        return true;
    }
    w.serialCarry = window.right(marker.size() - 1);
    w.serialSeen = QStringLiteral("marker '%1' not seen in %2 bytes").arg(vm.readyMarker).arg(w.serialOffset);
    return false;
}

} // namespace vman
