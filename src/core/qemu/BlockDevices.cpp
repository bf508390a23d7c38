// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlockDevices.h"

#include "QemuCommandLine.h"

#include <QFileInfo>
#include <QPointer>
#include <QTimer>

namespace vman::qemu {

namespace {
QemuDisk describe(const StoragePaths &paths, const Disk &disk)
{
    return {disk.id, paths.diskImage(disk.id), diskSerial(disk.name)};
}
} // namespace

BlockDevices::BlockDevices(QmpConnections &connections, const StoragePaths &paths, int unplugTimeoutMs, QObject *parent)
    : QObject(parent), m_connections(connections), m_paths(paths), m_unplugTimeoutMs(unplugTimeoutMs)
{
    connect(&m_connections, &QmpConnections::qmpEvent, this, &BlockDevices::onEvent);
}

void BlockDevices::forgetVm(const QString &vmId)
{
    m_deviceDeleted.remove(vmId);
    m_pendingUnplugs.remove(vmId);
}

void BlockDevices::onEvent(const QString &vmId, const QString &name, const QJsonObject &data)
{
    if (name != QLatin1String("DEVICE_DELETED"))
        return;
    const QString device = data.value(QLatin1String("device")).toString();
    if (auto waiter = m_deviceDeleted[vmId].take(device)) {
        waiter();
    } else if (m_pendingUnplugs[vmId].contains(device)) {
        // A guest that took longer than we waited has released the disk after all.
        const QString diskId = m_pendingUnplugs[vmId].take(device);
        QPointer<BlockDevices> self(this);
        m_connections.execute(vmId, QStringLiteral("blockdev-del"), QJsonObject{{QStringLiteral("node-name"), nodeName(diskId)}},
                              [self, vmId, diskId](Result<QJsonValue>) {
                                  if (self)
                                      Q_EMIT self->released(vmId, diskId);
                              });
    }
}

void BlockDevices::plug(const Vm &vm, const Disk &disk, std::function<void(Result<Done>)> done)
{
    if (!m_connections.client(vm.id))
        return done(ServiceError::conflict(QStringLiteral("VM '%1' has no connected QEMU to plug the disk into").arg(vm.name)));
    const QemuDisk qemuDisk = describe(m_paths, disk);
    if (!QFileInfo::exists(qemuDisk.path))
        return done(ServiceError::failed(QStringLiteral("the image of disk '%1' is missing: %2").arg(disk.name, qemuDisk.path)));
    QPointer<BlockDevices> self(this);
    const QString vmId = vm.id;
    m_connections.execute(vmId, QStringLiteral("blockdev-add"), dataDiskNode(qemuDisk), [self, vmId, disk, done](Result<QJsonValue> added) {
        if (!self)
            return;
        if (!added.ok())
            return done(ServiceError::failed(QStringLiteral("cannot add disk '%1': %2").arg(disk.name, added.error().message)));
        self->tryRootPort(vmId, disk, 1, done);
    });
}

// Tries the root ports in turn until one takes the device.
void BlockDevices::tryRootPort(const QString &vmId, const Disk &disk, int port, std::function<void(Result<Done>)> done)
{
    if (!m_connections.client(vmId))
        return done(ServiceError::failed(QStringLiteral("the VM stopped while disk '%1' was being plugged").arg(disk.name)));
    QPointer<BlockDevices> self(this);
    m_connections.execute(vmId, QStringLiteral("device_add"), dataDiskDevice(describe(m_paths, disk), port),
                          [self, vmId, disk, port, done](Result<QJsonValue> plugged) {
        if (!self)
            return;
        if (plugged.ok())
            return done(Done{});
        const QString message = plugged.error().message;
        const bool portTaken = message.contains(QLatin1String("in use")) || message.contains(QLatin1String("not available"))
            || message.contains(QLatin1String("occupied")) || message.contains(QLatin1String("no slot")) || message.contains(QLatin1String("full"));
        if (portTaken && port < kMaxRootPorts)
            return self->tryRootPort(vmId, disk, port + 1, done);
        const QString reason = message.contains(QLatin1String("not found"))
            ? QStringLiteral("no free hot-plug slot left on the VM (restart it to get more)")
            : message;
        self->m_connections.execute(vmId, QStringLiteral("blockdev-del"), QJsonObject{{QStringLiteral("node-name"), nodeName(disk.id)}},
                                    [](Result<QJsonValue>) {});
        done(ServiceError::failed(QStringLiteral("cannot plug disk '%1': %2").arg(disk.name, reason)));
    });
}

void BlockDevices::unplug(const Vm &vm, const Disk &disk, std::function<void(Result<Done>)> done)
{
    if (!m_connections.client(vm.id))
        return done(ServiceError::conflict(QStringLiteral("VM '%1' has no connected QEMU to unplug the disk from").arg(vm.name)));
    const QString device = deviceId(disk.id);
    const QString node = nodeName(disk.id);
    const QString vmId = vm.id;
    QPointer<BlockDevices> self(this);
    auto settled = std::make_shared<bool>(false);
    auto finish = [self, vmId, node, done, settled] {
        if (std::exchange(*settled, true) || !self)
            return;
        if (!self->m_connections.client(vmId))
            return done(Done{});
        self->m_connections.execute(vmId, QStringLiteral("blockdev-del"), QJsonObject{{QStringLiteral("node-name"), node}},
                                    [done](Result<QJsonValue>) { done(Done{}); });
    };
    m_deviceDeleted[vmId].insert(device, finish);
    m_pendingUnplugs[vmId].remove(device);
    m_connections.execute(vmId, QStringLiteral("device_del"), QJsonObject{{QStringLiteral("id"), device}},
                          [self, vmId, device, disk, done, settled, finish](Result<QJsonValue> requested) {
        if (!self || requested.ok())
            return;
        const QString message = requested.error().message;
        if (message.contains(QLatin1String("not found"))) {
            // Already gone from the VM: only the block node remains.
            self->m_deviceDeleted[vmId].remove(device);
            return finish();
        }
        if (message.contains(QLatin1String("in the process of unplug")))
            return; // a pending request: keep waiting for the guest
        self->m_deviceDeleted[vmId].remove(device);
        if (!std::exchange(*settled, true))
            done(ServiceError::failed(QStringLiteral("cannot unplug disk '%1': %2").arg(disk.name, message)));
    });
    QTimer::singleShot(m_unplugTimeoutMs, this, [self, vmId, device, disk, done, settled] {
        if (!self || *settled)
            return;
        *settled = true;
        self->m_deviceDeleted[vmId].remove(device);
        if (self->m_connections.isAttached(vmId))
            self->m_pendingUnplugs[vmId].insert(device, disk.id);
        done(ServiceError::conflict(QStringLiteral("unplug pending: the guest has not released disk '%1' yet; it stays attached "
                                                   "until the guest releases it or the VM stops")
                                        .arg(disk.name)));
    });
}

} // namespace vman::qemu
