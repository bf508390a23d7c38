// SPDX-License-Identifier: GPL-3.0-or-later
// The persistent QMP connection of every QEMU the OPERATOR controls, by VM. Losing a connection
// is not the QEMU ending: only the process itself says that. A connection lost while its QEMU
// lives (a broken line, a socket error on our side) is re-made with growing pauses; the guest is
// never touched for it.
#pragma once

#include "QemuFiles.h"
#include "QemuRunState.h"
#include "ServiceError.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace vman {
class QmpClient;
}

namespace vman::qemu {

class QmpConnections final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QmpConnections)

public:
    explicit QmpConnections(const QemuFiles &files, QObject *parent = nullptr);
    ~QmpConnections() override;

    // Connects to the QMP of the VM's QEMU (PID `pid`) and answers its run state. On failure the
    // VM is not attached.
    void attach(const QString &vmId, qint64 pid, std::function<void(Result<RunState>)> done);
    // The ready client of an attached VM; null while not attached or reconnecting.
    QmpClient *client(const QString &vmId) const;
    bool isAttached(const QString &vmId) const { return m_instances.contains(vmId); }
    qint64 pid(const QString &vmId) const;
    // Stops watching a VM (its QEMU is gone or being killed); no signal follows.
    void forget(const QString &vmId);
    // Sends a command, or answers at once that the VM has no working QMP connection.
    void execute(const QString &vmId, const QString &command, const QJsonObject &arguments,
                 std::function<void(Result<QJsonValue>)> handler, int timeoutMs = 10000);

    static constexpr int kConnectTimeoutMs = 5000;
    static constexpr int kExitGraceMs = 3000;       // a closing QMP socket usually means an exit: wait for it
    static constexpr int kReconnectFirstMs = 250;
    static constexpr int kReconnectMaxMs = 30'000;

Q_SIGNALS:
    void qmpEvent(const QString &vmId, const QString &name, const QJsonObject &data);
    // The VM's QEMU ended; `reason` in words (SHUTDOWN's reason when it came).
    void exited(const QString &vmId, const QString &reason);
    // QMP was lost while QEMU runs; reconnecting.
    void controlLost(const QString &vmId, const QString &reason);
    // Reconnected after a loss; `state` is what QEMU says now.
    void controlRestored(const QString &vmId, const RunState &state);

private:
    struct Instance;

    void connectClient(Instance *instance, std::function<void(Result<RunState>)> done);
    void onDisconnected(const QString &vmId, const QString &reason);
    void reconnect(const QString &vmId);
    void endInstance(const QString &vmId, const QString &reason);
    // The VM's current instance if it is still the one with this serial, else null.
    Instance *current(const QString &vmId, quint64 serial) const;

    const QemuFiles &m_files;
    QHash<QString, Instance *> m_instances;
    quint64 m_lastSerial = 0; // tells an instance from a later one of the same VM
};

} // namespace vman::qemu
