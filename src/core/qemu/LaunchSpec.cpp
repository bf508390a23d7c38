// SPDX-License-Identifier: GPL-3.0-or-later
#include "LaunchSpec.h"

namespace vman::qemu {

QemuLaunchSpec launchSpecFor(const Vm &vm, const QList<Disk> &disks, const VmFiles &files, const StoragePaths &paths, const LaunchInputs &inputs)
{
    QemuLaunchSpec spec;
    spec.vmId = vm.id;
    spec.vmName = vm.name;
    spec.cpuCount = vm.cpuCount;
    spec.ramMiB = vm.ramAmount * 1024;
    spec.accel = inputs.accel;
    spec.rootDisk = files.rootDisk;
    for (const Disk &disk : disks)
        spec.dataDisks.append({disk.id, paths.diskImage(disk.id), diskSerial(disk.name)});
    spec.ports = vm.ports;
    spec.pidFile = files.pidFile;
    spec.qmpSocket = files.qmpSocket;
    spec.serialSocket = files.serialSocket;
    spec.vncSocket = files.vncSocket;
    spec.guestAgentSocket = files.guestAgentSocket;
    if (vm.cloudInit)
        spec.seedImage = files.seedImage;
    spec.serialLog = files.serialLog;
    spec.cdrom = inputs.cdromPath;
    spec.bootOrder = inputs.bootOrder;
    if (vm.firmware == Firmware::Uefi) {
        spec.firmwareCode = inputs.firmwareCode;
        spec.firmwareVars = files.efiVars;
    }
    return spec;
}

} // namespace vman::qemu
