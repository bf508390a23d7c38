// SPDX-License-Identifier: GPL-3.0-or-later
// A simulated operator: the same asynchronous contract as the real one, no QEMU, no image files.
#pragma once

#include "StoragePaths.h"
#include "VmOperator.h"

namespace vman {

class DryRunOperator : public VmOperator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DryRunOperator)

public:
    // `delayMs` simulates how long each operation takes (0: answer on the next event-loop turn).
    DryRunOperator(StoragePaths paths, int delayMs, QObject *parent = nullptr);

    bool makesRootDisks() const override { return false; }
    QString mode() const override { return QStringLiteral("dry-run"); }
    void start(const Vm &vm, const QList<Disk> &disks, const BootMedia &media, Callback<Done> done) override;
    QString firmwareProblem(Firmware) const override { return {}; }
    void changeCdrom(const Vm &vm, const QString &isoPath, Callback<Done> done) override;
    void stop(const Vm &vm, const StopOptions &options, Callback<Done> done) override;
    void pause(const Vm &vm, Callback<Done> done) override { later(QStringLiteral("pause of VM %1").arg(vm.id), std::move(done)); }
    void resume(const Vm &vm, Callback<Done> done) override { later(QStringLiteral("resume of VM %1").arg(vm.id), std::move(done)); }
    void createDiskImage(const Disk &disk, Callback<Done> done) override;
    void takeSnapshot(const Vm &vm, const QList<Disk> &, const QString &name, Callback<qint64> done) override
    {
        const bool live = vm.state == VmState::Running || vm.state == VmState::Paused;
        later(QStringLiteral("snapshot %1 of VM %2").arg(name, vm.id), [done, live](Result<Done> r) {
            r.ok() ? done(qint64(live ? 1 << 20 : 0)) : done(r.error());
        });
    }
    void revertSnapshot(const Vm &vm, const QList<Disk> &, const QString &name, Callback<Done> done) override
    {
        later(QStringLiteral("revert of VM %1 to snapshot %2").arg(vm.id, name), std::move(done));
    }
    void deleteSnapshot(const Vm &vm, const QList<Disk> &, const QString &name, Callback<Done> done) override
    {
        later(QStringLiteral("deletion of snapshot %1 of VM %2").arg(name, vm.id), std::move(done));
    }
    void cloneVmDisks(const Vm &source, const Vm &clone, bool, std::function<void(double)> progress, Callback<Done> done) override
    {
        later(QStringLiteral("copy of VM %1's disks for VM %2").arg(source.id, clone.id), [progress, done](Result<Done> r) {
            if (r.ok() && progress)
                progress(100);
            done(r);
        });
    }
    void copyDiskImage(const Disk &source, const Disk &copy, std::function<void(double)> progress, Callback<Done> done) override
    {
        later(QStringLiteral("copy of disk %1 as %2").arg(source.id, copy.id), [progress, done](Result<Done> r) {
            if (r.ok() && progress)
                progress(100);
            done(r);
        });
    }
    void growRootDisk(const Vm &vm, qint64 bytes, Callback<Done> done) override
    {
        later(QStringLiteral("growing the root disk of VM %1 to %2 bytes").arg(vm.id).arg(bytes), std::move(done));
    }
    void growDataDisk(const Disk &disk, const Vm *, qint64 bytes, Callback<Done> done) override
    {
        later(QStringLiteral("growing disk %1 to %2 bytes").arg(disk.id).arg(bytes), std::move(done));
    }
    void deleteDiskImage(const Disk &disk, Callback<Done> done) override;
    void hotplugDisk(const Vm &vm, const Disk &disk, Callback<Done> done) override;
    void unplugDisk(const Vm &vm, const Disk &disk, Callback<Done> done) override;
    void removeVmFiles(const Vm &vm, Callback<Done> done) override;
    void screenshot(const Vm &vm, Callback<QByteArray> done) override;
    Result<QByteArray> consoleTail(const Vm &vm, qint64 maxBytes) override;
    QString serialSocketPath(const Vm &) const override { return {}; }
    QString vncSocketPath(const Vm &) const override { return {}; }
    void recover(const Vm &vm, Callback<VmState> done) override;
    HostReport inspect(const QList<Vm> &vms, const QList<Disk> &disks) override;
    void removeStaleFiles(const QString &) override {}
    bool killProcess(qint64) override { return false; }
    std::optional<QemuLaunchSpec> launchSpec(const Vm &vm, const QList<Disk> &disks, const BootMedia &media) const override;

private:
    void later(const QString &what, Callback<Done> done);

    StoragePaths m_paths;
    int m_delayMs;
};

// Removes a VM's folder; shared by every operator.
Result<Done> removeVmFolder(const StoragePaths &paths, const QString &vmId);

} // namespace vman
