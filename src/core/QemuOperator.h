// SPDX-License-Identifier: GPL-3.0-or-later
// The real OPERATOR: QEMU processes (daemonized, one persistent QMP connection each) and qcow2
// images through qemu-img. VMs outlive VMAN; recover() adopts them again.
#pragma once

#include "Config.h"
#include "ImageTool.h"
#include "StoragePaths.h"
#include "VmOperator.h"

#include <QHash>

namespace vman {

class QmpClient;

class QemuOperator final : public VmOperator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QemuOperator)

public:
    // Where a VM's files are. Sockets move to a short folder when the VM folder's path would be
    // too long for a unix socket (108 bytes).
    struct VmFiles
    {
        QString dir;
        QString rootDisk;
        QString pidFile;
        QString qmpSocket;
        QString serialSocket;
        QString serialLog;
        QString qemuLog;
    };

    QemuOperator(const Config &config, StoragePaths paths, QObject *parent = nullptr);
    ~QemuOperator() override;

    bool makesRootDisks() const override { return true; }
    QString mode() const override { return QStringLiteral("qemu"); }
    void start(const Vm &vm, const QList<Disk> &disks, Callback<Done> done) override;
    void stop(const Vm &vm, const StopOptions &options, Callback<Done> done) override;
    void createDiskImage(const Disk &disk, Callback<Done> done) override;
    void deleteDiskImage(const Disk &disk, Callback<Done> done) override;
    void hotplugDisk(const Vm &vm, const Disk &disk, Callback<Done> done) override;
    void unplugDisk(const Vm &vm, const Disk &disk, Callback<Done> done) override;
    void removeVmFiles(const Vm &vm, Callback<Done> done) override;
    void screenshot(const Vm &vm, Callback<QByteArray> done) override;
    Result<QByteArray> consoleTail(const Vm &vm, qint64 maxBytes) override;
    QString serialSocketPath(const Vm &vm) const override { return files(vm.id).serialSocket; }
    void recover(const Vm &vm, Callback<VmState> done) override;
    HostReport inspect(const QList<Vm> &vms, const QList<Disk> &disks) override;
    void removeStaleFiles(const QString &vmId) override;
    bool killProcess(qint64 pid) override;

    VmFiles files(const QString &vmId) const;
    // The PID of a VM's QEMU, 0 if none runs.
    qint64 runningPid(const QString &vmId) const;

private:
    struct Instance;

    void prepareRootDisk(const Vm &vm, Callback<Done> done);
    void launch(const Vm &vm, const QList<Disk> &disks, Callback<Done> done);
    void attach(const QString &vmId, qint64 pid, Callback<VmState> done);
    void onEvent(const QString &vmId, const QString &name, const QJsonObject &data);
    void onGone(const QString &vmId, const QString &reason);
    // Calls `done(true)` once the VM's QEMU has exited, or `done(false)` after `ms`.
    void waitForExit(const QString &vmId, int ms, std::function<void(bool)> done);
    void forceStop(const QString &vmId, Callback<Done> done);
    void kill(qint64 pid, const QString &vmId, Callback<Done> done);
    void tryRootPort(const QString &vmId, const Disk &disk, int port, Callback<Done> done);
    void appendQemuLog(const QString &vmId, const QString &text) const;

    Config m_config;
    StoragePaths m_paths;
    ImageTool m_images;
    AccelMode m_accel;
    int m_unplugTimeoutMs; // how long the guest gets to release an unplugged disk
    QHash<QString, Instance *> m_instances;
    quint64 m_screenshotCounter = 0;
    // One scan of /proc serves a burst of look-ups (recovering many VMs at start-up).
    mutable QHash<QString, qint64> m_processScan;
    mutable qint64 m_processScanAtMs = -1;
};

} // namespace vman
