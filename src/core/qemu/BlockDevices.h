// SPDX-License-Identifier: GPL-3.0-or-later
// Hot-plug and unplug of data disks on running VMs: a qcow2 block node plus a virtio-blk device
// on a free PCIe root port, rolled back on failure; an unplug waits for the guest to release the
// device (DEVICE_DELETED) before the block node goes.
#pragma once

#include "QmpConnections.h"
#include "Types.h"

#include <QHash>
#include <QObject>

namespace vman::qemu {

class BlockDevices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlockDevices)

public:
    BlockDevices(QmpConnections &connections, const StoragePaths &paths, int unplugTimeoutMs, QObject *parent = nullptr);

    void plug(const Vm &vm, const Disk &disk, std::function<void(Result<Done>)> done);
    // Answers Conflict ("unplug pending") when the guest has not released the disk in time;
    // released() follows if it does later.
    void unplug(const Vm &vm, const Disk &disk, std::function<void(Result<Done>)> done);
    // The VM's QEMU is gone: nothing of it is pending any more.
    void forgetVm(const QString &vmId);

    static constexpr int kMaxRootPorts = 64;

Q_SIGNALS:
    void released(const QString &vmId, const QString &diskId);

private:
    void onEvent(const QString &vmId, const QString &name, const QJsonObject &data);
    void tryRootPort(const QString &vmId, const Disk &disk, int port, std::function<void(Result<Done>)> done);

    QmpConnections &m_connections;
    const StoragePaths &m_paths;
    int m_unplugTimeoutMs;
    QHash<QString, QHash<QString, std::function<void()>>> m_deviceDeleted; // vm -> device -> waiter
    QHash<QString, QHash<QString, QString>> m_pendingUnplugs;              // vm -> device -> disk, after a timeout
};

} // namespace vman::qemu
