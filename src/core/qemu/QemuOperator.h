// SPDX-License-Identifier: GPL-3.0-or-later
// The real OPERATOR: QEMU processes (daemonized, one persistent QMP connection each) and qcow2
// images through qemu-img. VMs outlive VMAN; recover() adopts them again. This class runs the
// lifecycle (start, stop, recovery) and composes the other jobs, each in its own file:
// QemuFiles (where files and sockets go), QemuCommandLine (the command line), ProcessControl
// (waiting for and ending processes), HostProcesses (/proc), QmpConnections (the QMP registry),
// BlockDevices (hot-plug) and ImageTool (qemu-img).
#pragma once

#include "BlockDevices.h"
#include "QmpJobs.h"
#include "GuestAgentClient.h"
#include "Config.h"
#include "ImageTool.h"
#include "QemuFiles.h"
#include "QmpConnections.h"
#include "StoragePaths.h"
#include "VmOperator.h"

#include <QHash>

namespace vman {

class QemuOperator final : public VmOperator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QemuOperator)

public:
    using VmFiles = qemu::VmFiles;

    QemuOperator(const Config &config, StoragePaths paths, QObject *parent = nullptr);
    ~QemuOperator() override;

    bool makesRootDisks() const override { return true; }
    QString mode() const override { return QStringLiteral("qemu"); }
    void start(const Vm &vm, const QList<Disk> &disks, const BootMedia &media, Callback<Done> done) override;
    QString firmwareProblem(Firmware firmware) const override;
    void changeCdrom(const Vm &vm, const QString &isoPath, Callback<Done> done) override;
    void stop(const Vm &vm, const StopOptions &options, Callback<Done> done) override;
    void pause(const Vm &vm, Callback<Done> done) override;
    void resume(const Vm &vm, Callback<Done> done) override;
    void createDiskImage(const Disk &disk, Callback<Done> done) override;
    void deleteDiskImage(const Disk &disk, Callback<Done> done) override;
    void hotplugDisk(const Vm &vm, const Disk &disk, Callback<Done> done) override;
    void unplugDisk(const Vm &vm, const Disk &disk, Callback<Done> done) override;
    void removeVmFiles(const Vm &vm, Callback<Done> done) override;
    void screenshot(const Vm &vm, Callback<QByteArray> done) override;
    Result<QByteArray> consoleTail(const Vm &vm, qint64 maxBytes) override;
    QString serialSocketPath(const Vm &vm) const override { return files(vm.id).serialSocket; }
    QString vncSocketPath(const Vm &vm) const override { return files(vm.id).vncSocket; }
    void recover(const Vm &vm, Callback<VmState> done) override;
    HostReport inspect(const QList<Vm> &vms, const QList<Disk> &disks) override;
    void removeStaleFiles(const QString &vmId) override;
    bool killProcess(qint64 pid) override;
    qint64 processId(const Vm &vm) const override { return m_connections.pid(vm.id); }
    std::optional<QemuLaunchSpec> launchSpec(const Vm &vm, const QList<Disk> &disks, const BootMedia &media) const override;
    QString serialLogPath(const Vm &vm) const override { return files(vm.id).serialLog; }
    void queryGuest(const Vm &vm, Callback<GuestInfo> done) override;
    void queryCounters(const Vm &vm, const QList<Disk> &disks, Callback<VmCounters> done) override;
    void growRootDisk(const Vm &vm, qint64 bytes, Callback<Done> done) override;
    void takeSnapshot(const Vm &vm, const QList<Disk> &disks, const QString &name, Callback<qint64> done) override;
    void cloneVmDisks(const Vm &source, const Vm &clone, bool linked, std::function<void(double)> progress, Callback<Done> done) override;
    void copyDiskImage(const Disk &source, const Disk &copy, std::function<void(double)> progress, Callback<Done> done) override;
    void revertSnapshot(const Vm &vm, const QList<Disk> &disks, const QString &name, Callback<Done> done) override;
    void deleteSnapshot(const Vm &vm, const QList<Disk> &disks, const QString &name, Callback<Done> done) override;
    void imageSnapshots(const Vm &vm, const QList<Disk> &disks, Callback<QHash<QString, QStringList>> done) override;
    void growDataDisk(const Disk &disk, const Vm *runningVm, qint64 bytes, Callback<Done> done) override;

    VmFiles files(const QString &vmId) const { return m_files.files(vmId); }
    // The PID of this storage's QEMU for a VM, 0 if none runs.
    qint64 runningPid(const QString &vmId) const;
    qemu::QmpConnections &connections() { return m_connections; }

    static constexpr int kQuitTimeoutMs = 3000;   // `quit` before SIGTERM
    static constexpr int kTermGraceMs = 3000;     // SIGTERM before SIGKILL

private:
    // Removes the bases of linked clones that no VM's root disk reads any more (in the background).
    void removeUnusedBases();
    int m_linkedClonesInFlight = 0;
    quint64 m_basesGeneration = 0;
    // An independent copy of a qcow2 image, with progress (0-100).
    void copyImage(const QString &source, const QString &destination, std::function<void(double)> progress, Callback<Done> done);
    // qemu-img info of each (image, file), one after the other, into `found`.
    void readSnapshotNames(QList<std::pair<QString, QString>> images, QHash<QString, QStringList> found,
                           Callback<QHash<QString, QStringList>> done);
    void growLive(const Vm &vm, const QString &node, qint64 bytes, Callback<Done> done);
    // The VM's writable qcow2 images: as QEMU block nodes (live) and as files (offline).
    QStringList snapshotNodes(const Vm &vm, const QList<Disk> &disks) const;
    QStringList snapshotFiles(const Vm &vm, const QList<Disk> &disks) const;
    // qemu-img on each file in turn; stops at the first failure.
    void snapshotOffline(QStringList files, ImageTool::SnapshotAction action, const QString &name, Callback<Done> done);
    void prepareRootDisk(const Vm &vm, const BootMedia &media, Callback<Done> done);
    void prepareFirmware(const Vm &vm, Callback<Done> done);
    void prepareSeed(const Vm &vm, Callback<Done> done);
    // `attempt` counts launches that found the VM's pidfile still locked by its previous QEMU
    // (one that is just exiting, after a forced stop): each waits a moment and tries again.
    void launch(const Vm &vm, const QList<Disk> &disks, const BootMedia &media, Callback<Done> done, int attempt = 0);
    void adoptLaunched(const QString &vmId, Callback<Done> done);
    // A start that got a QEMU but not a running VM: that QEMU is stopped before the answer.
    void abandonStart(const QString &vmId, const QString &reason, Callback<Done> done);
    void onExited(const QString &vmId, const QString &reason);
    // Calls `done(true)` once the VM's QEMU has exited, or `done(false)` after `ms`.
    void waitForExit(const QString &vmId, int ms, std::function<void(bool)> done);
    void forceStop(const QString &vmId, Callback<Done> done);
    void terminate(qint64 pid, const QString &vmId, Callback<Done> done);
    void appendQemuLog(const QString &vmId, const QString &text) const;
    // The VM's guest agent client (made on first use; dropped when the VM's QEMU ends).
    GuestAgentClient *agent(const QString &vmId);
    void forgetAgent(const QString &vmId, const QString &reason);
    // The power button was ignored: asks the guest agent to shut the guest down, then waits.
    void agentShutdown(const QString &vmId, int waitMs, Callback<Done> done);

    Config m_config;
    StoragePaths m_paths;
    qemu::QemuFiles m_files;
    ImageTool m_images;
    AccelMode m_accel;
    int m_startTimeoutMs;
    qemu::QmpConnections m_connections;
    qemu::BlockDevices m_blocks;
    qemu::QmpJobs m_jobs;
    QHash<QString, QList<std::function<void(bool)>>> m_exitWaiters;
    QHash<QString, GuestAgentClient *> m_agents;
    quint64 m_screenshotCounter = 0;
    // One scan of /proc serves a burst of look-ups (recovering many VMs at start-up).
    mutable QHash<QString, qint64> m_processScan;
    mutable qint64 m_processScanAtMs = -1;
};

} // namespace vman
