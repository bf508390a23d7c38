// SPDX-License-Identifier: GPL-3.0-or-later
#include "DryRunOperator.h"

#include "Logging.h"
#include "qemu/LaunchSpec.h"

#include <QDir>
#include <QTimer>

namespace vman {

DryRunOperator::DryRunOperator(StoragePaths paths, int delayMs, QObject *parent)
    : VmOperator(parent), m_paths(std::move(paths)), m_delayMs(delayMs)
{
}

void DryRunOperator::later(const QString &what, Callback<Done> done)
{
    qCDebug(lcDryRun).noquote() << "simulating" << what;
    QTimer::singleShot(m_delayMs, this, [done = std::move(done)] { done(Done{}); });
}

std::optional<QemuLaunchSpec> DryRunOperator::launchSpec(const Vm &vm, const QList<Disk> &disks, const BootMedia &media) const
{
    // The machine a real start would run, with this storage's layout (nothing is simulated in it).
    const qemu::QemuFiles files(m_paths, qemu::QemuFiles::defaultRuntimeBase());
    const QString firmware = vm.firmware == Firmware::Uefi
        ? qemu::findUefiFirmware().value_or(UefiFirmware()).code
        : QString();
    return qemu::launchSpecFor(vm, disks, files.files(vm.id), m_paths, {media.cdromPath, media.bootOrder, AccelMode::Tcg, firmware});
}

void DryRunOperator::start(const Vm &vm, const QList<Disk> &disks, const BootMedia &, Callback<Done> done)
{
    later(QStringLiteral("start of VM %1 (%2 vCPU, %3 GiB, %4 extra disks)").arg(vm.id).arg(vm.cpuCount).arg(vm.ramAmount).arg(disks.size()),
          std::move(done));
}

void DryRunOperator::changeCdrom(const Vm &vm, const QString &isoPath, Callback<Done> done)
{
    later(isoPath.isEmpty() ? QStringLiteral("eject of the CD of VM %1").arg(vm.id) : QStringLiteral("insert of %1 into VM %2").arg(isoPath, vm.id),
          std::move(done));
}

void DryRunOperator::stop(const Vm &vm, const StopOptions &options, Callback<Done> done)
{
    later(QStringLiteral("%1 stop of VM %2").arg(options.force ? QStringLiteral("forced") : QStringLiteral("graceful"), vm.id),
          std::move(done));
}

void DryRunOperator::createDiskImage(const Disk &disk, Callback<Done> done)
{
    later(QStringLiteral("creation of %1 (%2 GiB)").arg(m_paths.diskImage(disk.id)).arg(disk.size), std::move(done));
}

void DryRunOperator::deleteDiskImage(const Disk &disk, Callback<Done> done)
{
    later(QStringLiteral("removal of %1").arg(m_paths.diskImage(disk.id)), std::move(done));
}

void DryRunOperator::hotplugDisk(const Vm &vm, const Disk &disk, Callback<Done> done)
{
    later(QStringLiteral("hot-plug of disk %1 into VM %2").arg(disk.id, vm.id), std::move(done));
}

void DryRunOperator::unplugDisk(const Vm &vm, const Disk &disk, Callback<Done> done)
{
    later(QStringLiteral("unplug of disk %1 from VM %2").arg(disk.id, vm.id), std::move(done));
}

void DryRunOperator::removeVmFiles(const Vm &vm, Callback<Done> done)
{
    Result<Done> result = removeVmFolder(m_paths, vm.id);
    QTimer::singleShot(m_delayMs, this, [done = std::move(done), result = std::move(result)] { done(result); });
}

void DryRunOperator::screenshot(const Vm &, Callback<QByteArray> done)
{
    QTimer::singleShot(0, this, [done = std::move(done)] {
        done(ServiceError::notImplemented(QStringLiteral("A simulated VM has no screen (dry-run)")));
    });
}

Result<QByteArray> DryRunOperator::consoleTail(const Vm &, qint64)
{
    return QByteArray(); // a simulated VM prints nothing
}

void DryRunOperator::recover(const Vm &vm, Callback<VmState> done)
{
    // Simulated VMs "keep running" across restarts; an operation cut short by a crash cannot be
    // known to have finished, so the VM is flagged for the user.
    if (vm.state == VmState::Starting || vm.state == VmState::Stopping)
        return done(VmState::Error);
    done(vm.state);
}

HostReport DryRunOperator::inspect(const QList<Vm> &vms, const QList<Disk> &)
{
    // Simulated VMs run exactly when the state says so; pid -1 stands for "simulated process".
    HostReport report;
    report.vms.reserve(vms.size());
    for (const Vm &vm : vms) {
        HostReport::VmOnHost onHost;
        const bool runs = vm.state == VmState::Running || vm.state == VmState::Paused;
        onHost.pid = runs ? -1 : 0;
        onHost.connected = runs;
        report.vms.insert(vm.id, onHost);
    }
    return report;
}

Result<Done> removeVmFolder(const StoragePaths &paths, const QString &vmId)
{
    // The id is a canonical UUID (checked by the service), so this never leaves vms/.
    QDir dir(paths.vmDir(vmId));
    if (!dir.exists())
        return Done{};
    if (!dir.removeRecursively())
        return ServiceError::failed(QStringLiteral("cannot remove the VM folder %1").arg(dir.path()));
    qCInfo(lcOperator).noquote() << "removed VM folder" << dir.path();
    return Done{};
}

} // namespace vman
