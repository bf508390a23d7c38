// SPDX-License-Identifier: GPL-3.0-or-later
#include "QmpConnections.h"

#include "HostProcesses.h"
#include "ProcessControl.h"
#include "QmpClient.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcQmpConnections, "operator.qmp")

namespace vman::qemu {

namespace {

QString shutdownText(const QString &reason)
{
    if (reason == QLatin1String("guest-shutdown"))
        return QStringLiteral("the guest powered off");
    if (reason == QLatin1String("host-signal"))
        return QStringLiteral("QEMU was stopped by a signal");
    if (reason == QLatin1String("host-qmp-quit"))
        return QStringLiteral("QEMU was told to quit");
    if (reason == QLatin1String("guest-panic"))
        return QStringLiteral("the guest panicked");
    return QStringLiteral("QEMU shut down (%1)").arg(reason);
}

} // namespace

struct QmpConnections::Instance
{
    QString vmId;
    quint64 serial = 0;
    qint64 pid = 0;
    QmpClient *qmp = nullptr; // null while reconnecting
    QString shutdownReason;
    int reconnectDelayMs = kReconnectFirstMs;
    bool lost = false;
    QTimer *retry = nullptr;
    // Answers a connection attempt still in progress, once; called when the VM is let go of
    // before QEMU answered (the attempt's own signals are disconnected then).
    std::function<void(const QString &why)> abandonConnect;
};

QmpConnections::QmpConnections(const QemuFiles &files, QObject *parent) : QObject(parent), m_files(files) {}

QmpConnections::~QmpConnections()
{
    // The QEMUs keep running; only our connections end, and no handler of theirs runs now.
    for (Instance *instance : std::as_const(m_instances)) {
        if (instance->qmp) {
            instance->qmp->disconnect(this);
            delete instance->qmp;
        }
        delete instance;
    }
}

QmpClient *QmpConnections::client(const QString &vmId) const
{
    const Instance *instance = m_instances.value(vmId);
    return instance && instance->qmp && instance->qmp->isReady() ? instance->qmp : nullptr;
}

QmpConnections::Instance *QmpConnections::current(const QString &vmId, quint64 serial) const
{
    Instance *instance = m_instances.value(vmId);
    return instance && instance->serial == serial ? instance : nullptr;
}

qint64 QmpConnections::pid(const QString &vmId) const
{
    const Instance *instance = m_instances.value(vmId);
    return instance ? instance->pid : 0;
}

void QmpConnections::execute(const QString &vmId, const QString &command, const QJsonObject &arguments,
                             std::function<void(Result<QJsonValue>)> handler, int timeoutMs)
{
    if (QmpClient *qmp = client(vmId))
        return qmp->execute(command, arguments, std::move(handler), timeoutMs);
    const QString why = m_instances.contains(vmId) ? QStringLiteral("VMAN lost its QMP connection to this VM's QEMU and is reconnecting")
                                                   : QStringLiteral("no QEMU is connected for this VM");
    QTimer::singleShot(0, this, [handler = std::move(handler), command, why] {
        handler(ServiceError::failed(QStringLiteral("QMP '%1' not sent: %2").arg(command, why)));
    });
}

void QmpConnections::forget(const QString &vmId)
{
    Instance *instance = m_instances.take(vmId);
    if (!instance)
        return;
    if (instance->qmp) {
        // Whoever waits for a reply gets one: the connection is over.
        instance->qmp->disconnect(this);
        instance->qmp->close(QStringLiteral("VMAN no longer controls this QEMU"));
        instance->qmp->deleteLater();
    }
    const auto abandon = std::move(instance->abandonConnect);
    delete instance->retry;
    delete instance;
    // Whoever waited for this connection is answered from the event loop, not from inside the
    // operation that let go of it.
    if (abandon)
        QTimer::singleShot(0, this, [abandon] { abandon(QStringLiteral("another operation took this QEMU over before it answered")); });
}

void QmpConnections::attach(const QString &vmId, qint64 pid, std::function<void(Result<RunState>)> done)
{
    forget(vmId);
    auto *instance = new Instance;
    instance->vmId = vmId;
    instance->serial = ++m_lastSerial;
    instance->pid = pid;
    m_instances.insert(vmId, instance);
    QPointer<QmpConnections> self(this);
    connectClient(instance, [self, vmId, serial = instance->serial, done](Result<RunState> state) {
        if (!self)
            return;
        // Only this attempt's own instance goes: one given up was replaced by a newer attach,
        // which must not be dropped in turn (under load that failed a restart with a 500).
        if (!state.ok() && self->current(vmId, serial))
            self->forget(vmId);
        done(state);
    });
}

void QmpConnections::connectClient(Instance *instance, std::function<void(Result<RunState>)> connected)
{
    // Answered exactly once: by QEMU's answer, its failure, or forget() meanwhile.
    auto pending = std::make_shared<std::function<void(Result<RunState>)>>(std::move(connected));
    const auto done = [pending](Result<RunState> result) {
        if (auto answer = std::exchange(*pending, nullptr))
            answer(std::move(result));
    };
    instance->abandonConnect = [done](const QString &why) { done(ServiceError::conflict(QStringLiteral("QMP connection given up: %1").arg(why))); };
    auto *qmp = new QmpClient(this);
    instance->qmp = qmp;
    const QString vmId = instance->vmId;
    const qint64 pid = instance->pid;
    connect(qmp, &QmpClient::qmpEvent, this, [this, vmId](const QString &name, const QJsonObject &data) {
        if (Instance *current = m_instances.value(vmId); current && name == QLatin1String("SHUTDOWN"))
            current->shutdownReason = data.value(QLatin1String("reason")).toString();
        Q_EMIT qmpEvent(vmId, name, data);
    });
    connect(qmp, &QmpClient::disconnected, this, [this, vmId](const QString &reason) { onDisconnected(vmId, reason); });
    connect(qmp, &QmpClient::failed, this, [this, vmId, pid, qmp, done](const QString &reason) {
        if (Instance *current = m_instances.value(vmId); current && current->qmp == qmp)
            current->qmp = nullptr;
        qmp->deleteLater();
        done(ServiceError::failed(QStringLiteral("QEMU (PID %1) runs but its QMP socket does not answer: %2").arg(pid).arg(reason)));
    });
    connect(qmp, &QmpClient::ready, this, [qmp, done] {
        qmp->execute(QStringLiteral("query-status"), [done](Result<QJsonValue> status) {
            if (!status.ok())
                return done(status.error());
            done(runStateFrom(status.value().toObject()));
        });
    });
    qmp->connectToServer(m_files.files(vmId).qmpSocket, kConnectTimeoutMs);
}

void QmpConnections::onDisconnected(const QString &vmId, const QString &reason)
{
    Instance *instance = m_instances.value(vmId);
    if (!instance || !instance->qmp)
        return;
    instance->qmp->disconnect(this);
    instance->qmp->deleteLater();
    instance->qmp = nullptr;
    const qint64 pid = instance->pid;
    QPointer<QmpConnections> self(this);
    // QEMU closes QMP as it exits: give the process a moment to end before calling it a loss.
    whenExited(this, pid, kExitGraceMs, [self, vmId, pid, serial = instance->serial, reason](bool exited) {
        if (!self)
            return;
        Instance *current = self->current(vmId, serial);
        if (!current)
            return; // forgotten or re-attached meanwhile
        if (exited)
            return self->endInstance(vmId, reason);
        qCWarning(lcQmpConnections).noquote() << "VM" << vmId << ": lost QMP (" << reason << ") while QEMU (PID" << pid
                                              << ") runs; reconnecting, the guest is left alone";
        current->lost = true;
        Q_EMIT self->controlLost(vmId, reason);
        self->reconnect(vmId);
    });
}

void QmpConnections::endInstance(const QString &vmId, const QString &reason)
{
    Instance *instance = m_instances.value(vmId);
    if (!instance)
        return;
    const QString why = instance->shutdownReason.isEmpty() ? QStringLiteral("QEMU ended unexpectedly (%1)").arg(reason)
                                                           : shutdownText(instance->shutdownReason);
    forget(vmId);
    Q_EMIT exited(vmId, why);
}

void QmpConnections::reconnect(const QString &vmId)
{
    Instance *instance = m_instances.value(vmId);
    if (!instance || instance->qmp)
        return;
    if (!hostproc::isAlive(instance->pid))
        return endInstance(vmId, QStringLiteral("its process is gone"));
    QPointer<QmpConnections> self(this);
    connectClient(instance, [self, vmId, serial = instance->serial](Result<RunState> state) {
        if (!self)
            return;
        Instance *current = self->current(vmId, serial);
        if (!current)
            return; // forgotten, or replaced by a newer attach
        if (state.ok()) {
            qCInfo(lcQmpConnections).noquote() << "VM" << vmId << ": QMP connection restored";
            current->lost = false;
            current->reconnectDelayMs = kReconnectFirstMs;
            return Q_EMIT self->controlRestored(vmId, state.value());
        }
        // Try again later, less often each time.
        if (!current->retry) {
            current->retry = new QTimer;
            current->retry->setSingleShot(true);
            connect(current->retry, &QTimer::timeout, self, [self, vmId] { self->reconnect(vmId); });
        }
        current->retry->start(current->reconnectDelayMs);
        current->reconnectDelayMs = qMin(current->reconnectDelayMs * 2, kReconnectMaxMs);
    });
}

} // namespace vman::qemu
