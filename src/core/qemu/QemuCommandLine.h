// SPDX-License-Identifier: GPL-3.0-or-later
// The QEMU command line of a VM, built by a pure function (tested with QCOMPARE on the list).
#pragma once

#include "Config.h"
#include "Types.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace vman {

struct QemuDisk
{
    QString diskId;
    QString path;   // absolute, qcow2
    QString serial; // what the guest sees in /sys/block/vdX/serial
};

struct QemuLaunchSpec
{
    QString vmId;
    QString vmName;
    int cpuCount = 1;
    int ramMiB = 256;
    AccelMode accel = AccelMode::Tcg; // resolved: never Auto here
    QString rootDisk;                  // absolute, qcow2
    QList<QemuDisk> dataDisks;         // attached at start, each on its own hot-pluggable port
    QList<PortForward> ports;
    QString pidFile;
    QString qmpSocket;
    QString serialSocket;
    QString serialLog;
    QString vncSocket; // the graphical console; none without it
    QString guestAgentSocket; // the QEMU guest agent's channel; none without it
    QString seedImage; // a cloud-init seed (ISO), read-only on a SCSI CD the guest's kernel can read
    int spareHotplugPorts = 8; // free PCIe root ports for disks hot-plugged later
    QString cdrom; // an ISO in the CD-ROM drive; the drive exists (empty) without one
    QList<BootDevice> bootOrder{BootDevice::Disk, BootDevice::Cdrom};
    // UEFI: OVMF's code (read-only) and the VM's own variable store (qcow2). Empty: SeaBIOS.
    QString firmwareCode;
    QString firmwareVars;
};

// OVMF as Debian's `ovmf` package installs it.
struct UefiFirmware
{
    QString code; // read-only, shared
    QString vars; // the template each VM's variable store is copied from
};

namespace qemu {

QStringList arguments(const QemuLaunchSpec &spec);

// The qdev id of every VM's CD-ROM drive (for blockdev-change-medium and friends).
inline constexpr const char *kCdromDevice = "cdrom0";
// The name of the guest agent's port, as qemu-guest-agent looks for it in the guest.
inline constexpr const char *kGuestAgentPort = "org.qemu.guest_agent.0";

// The first complete OVMF pair (4 MiB builds first) in `folders`; nothing when none is installed.
std::optional<UefiFirmware> findUefiFirmware(const QStringList &folders = {QStringLiteral("/usr/share/OVMF")});

// The one description of a disk for QEMU, used on the command line and for hot-plug alike.
// A qcow2 block node; the format is always explicit (no probing of guest-written data).
QJsonObject qcow2Node(const QString &nodeName, const QString &path);
QJsonObject dataDiskNode(const QemuDisk &disk);
// A data disk's virtio-blk device, alone in slot 0 of PCIe root port `rootPort` (1-based).
QJsonObject dataDiskDevice(const QemuDisk &disk, int rootPort);

// QEMU ids derived from a disk id: node names must be shorter than 32 characters.
QString nodeName(const QString &diskId);
QString deviceId(const QString &diskId);
QString rootPortId(int index); // 1-based
int rootPortCount(const QemuLaunchSpec &spec);
// The guest-visible serial of a disk (virtio-blk allows 20 bytes).
QString diskSerial(const QString &diskName);
// Locally administered, stable per VM.
QString macAddress(const QString &vmId);
// Doubles commas, as QEMU's key=value option syntax needs inside values.
QString escapeOptionValue(const QString &value);

} // namespace qemu
} // namespace vman
