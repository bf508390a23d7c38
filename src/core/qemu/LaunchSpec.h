// SPDX-License-Identifier: GPL-3.0-or-later
// What QEMU runs for a VM: its settings, disks and files put together, for the command line and
// for exports alike (one source, so an exported domain is the machine VMAN would start).
#pragma once

#include "QemuCommandLine.h"
#include "QemuFiles.h"
#include "StoragePaths.h"

namespace vman::qemu {

struct LaunchInputs
{
    QString cdromPath;            // the ISO in the CD-ROM drive; empty when it is empty
    QList<BootDevice> bootOrder;  // effective: never empty
    AccelMode accel = AccelMode::Tcg;
    QString firmwareCode;         // OVMF's code for UEFI VMs; empty when none is installed
};

QemuLaunchSpec launchSpecFor(const Vm &vm, const QList<Disk> &disks, const VmFiles &files, const StoragePaths &paths, const LaunchInputs &inputs);

} // namespace vman::qemu
