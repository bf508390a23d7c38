// SPDX-License-Identifier: GPL-3.0-or-later
#include "QemuCommandLine.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace vman::qemu {

namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compactId(const QString &diskId)
{
    QString hex = diskId;
    hex.remove(QLatin1Char('-'));
    return hex.left(30);
}

// A raw file QEMU may only read (firmware code, an ISO, the cloud-init seed); the format is
// explicit, never probed.
QJsonObject readOnlyRawNode(const QString &nodeName, const QString &path)
{
    return {{QStringLiteral("driver"), QStringLiteral("raw")},
            {QStringLiteral("node-name"), nodeName},
            {QStringLiteral("read-only"), true},
            {QStringLiteral("file"),
             QJsonObject{{QStringLiteral("driver"), QStringLiteral("file")}, {QStringLiteral("filename"), path}, {QStringLiteral("read-only"), true}}}};
}

} // namespace

QJsonObject qcow2Node(const QString &nodeName, const QString &path)
{
    return {{QStringLiteral("driver"), QStringLiteral("qcow2")},
            {QStringLiteral("node-name"), nodeName},
            {QStringLiteral("file"), QJsonObject{{QStringLiteral("driver"), QStringLiteral("file")}, {QStringLiteral("filename"), path}}}};
}

QJsonObject dataDiskNode(const QemuDisk &disk)
{
    return qcow2Node(nodeName(disk.diskId), disk.path);
}

QJsonObject dataDiskDevice(const QemuDisk &disk, int rootPort)
{
    return {{QStringLiteral("driver"), QStringLiteral("virtio-blk-pci")},
            {QStringLiteral("id"), deviceId(disk.diskId)},
            {QStringLiteral("drive"), nodeName(disk.diskId)},
            {QStringLiteral("bus"), rootPortId(rootPort)},
            // Slot 0 only: without it QEMU would put a second device on another function of a
            // taken port (invisible to the guest) instead of failing over to the next port.
            {QStringLiteral("addr"), QStringLiteral("0")},
            {QStringLiteral("serial"), disk.serial}};
}

QString nodeName(const QString &diskId)
{
    return QLatin1Char('n') + compactId(diskId);
}

QString deviceId(const QString &diskId)
{
    return QLatin1Char('v') + compactId(diskId);
}

QString rootPortId(int index)
{
    return QStringLiteral("rp%1").arg(index);
}

int rootPortCount(const QemuLaunchSpec &spec)
{
    return int(spec.dataDisks.size()) + spec.spareHotplugPorts;
}

QString diskSerial(const QString &diskName)
{
    return diskName.left(20);
}

QString macAddress(const QString &vmId)
{
    const QByteArray digest = QCryptographicHash::hash(vmId.toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("52:54:00:%1:%2:%3")
        .arg(quint8(digest.at(0)), 2, 16, QLatin1Char('0'))
        .arg(quint8(digest.at(1)), 2, 16, QLatin1Char('0'))
        .arg(quint8(digest.at(2)), 2, 16, QLatin1Char('0'));
}

QString escapeOptionValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char(','), QLatin1String(",,"));
    return escaped;
}

std::optional<UefiFirmware> findUefiFirmware(const QStringList &folders)
{
    static const std::pair<const char *, const char *> kPairs[] = {{"OVMF_CODE_4M.fd", "OVMF_VARS_4M.fd"}, {"OVMF_CODE.fd", "OVMF_VARS.fd"}};
    for (const QString &folder : folders) {
        for (const auto &[code, vars] : kPairs) {
            const UefiFirmware found{folder + QLatin1Char('/') + QLatin1String(code), folder + QLatin1Char('/') + QLatin1String(vars)};
            if (QFileInfo(found.code).isReadable() && QFileInfo(found.vars).isReadable())
                return found;
        }
    }
    return std::nullopt;
}

QStringList arguments(const QemuLaunchSpec &spec)
{
    QStringList args;
    // Identity: the uuid is how VMAN recognises its QEMU processes in /proc/PID/cmdline.
    args << QStringLiteral("-name") << QStringLiteral("guest=%1").arg(escapeOptionValue(spec.vmName))
         << QStringLiteral("-uuid") << spec.vmId;
    // A clean, explicit machine: nothing from defaults or user config files.
    args << QStringLiteral("-nodefaults") << QStringLiteral("-no-user-config");
    const bool uefi = !spec.firmwareCode.isEmpty();
    args << QStringLiteral("-machine") << (uefi ? QStringLiteral("q35,pflash0=fwcode,pflash1=fwvars") : QStringLiteral("q35"));
    args << QStringLiteral("-accel") << nameOf(spec.accel);
    args << QStringLiteral("-cpu") << (spec.accel == AccelMode::Kvm ? QStringLiteral("host") : QStringLiteral("max"));
    args << QStringLiteral("-smp") << QString::number(spec.cpuCount);
    args << QStringLiteral("-m") << QString::number(spec.ramMiB);
    // A display device without a window, so QMP screendump works.
    args << QStringLiteral("-vga") << QStringLiteral("std") << QStringLiteral("-display") << QStringLiteral("none");
    // The graphical console: VNC on a unix socket only (QEMU opens no TCP port), shared by every
    // viewer (the window and browsers watch together), with the power buttons of the protocol.
    // No `-k`: viewers send QEMU extended key events (scancodes), which keeps every layout right.
    if (!spec.vncSocket.isEmpty()) {
        args << QStringLiteral("-vnc")
             << QStringLiteral("unix:%1,share=force-shared,power-control=on").arg(escapeOptionValue(spec.vncSocket));
    }

    // Process control: the parent returns once sockets and the locked pidfile exist.
    args << QStringLiteral("-daemonize") << QStringLiteral("-pidfile") << spec.pidFile;
    args << QStringLiteral("-qmp") << QStringLiteral("unix:%1,server=on,wait=off").arg(escapeOptionValue(spec.qmpSocket));

    // Serial console: logged to a file even with no client connected.
    args << QStringLiteral("-chardev")
         << QStringLiteral("socket,id=serial0,path=%1,server=on,wait=off,logfile=%2")
                .arg(escapeOptionValue(spec.serialSocket), escapeOptionValue(spec.serialLog))
         << QStringLiteral("-serial") << QStringLiteral("chardev:serial0");

    // UEFI: the shared firmware read-only, the VM's variable store writable (qcow2, so that live
    // snapshots can include it).
    if (uefi) {
        args << QStringLiteral("-blockdev")
             << json(readOnlyRawNode(QStringLiteral("fwcode"), spec.firmwareCode));
        args << QStringLiteral("-blockdev") << json(qcow2Node(QStringLiteral("fwvars"), spec.firmwareVars));
    }

    // Boot order: each bootable device gets its position as bootindex.
    auto bootIndex = [&spec](BootDevice device) {
        const qsizetype at = spec.bootOrder.indexOf(device);
        return at < 0 ? QJsonValue(QJsonValue::Undefined) : QJsonValue(int(at));
    };
    auto withBootIndex = [](QJsonObject device, const QJsonValue &index) {
        if (!index.isUndefined())
            device.insert(QStringLiteral("bootindex"), index);
        return device;
    };

    // Root disk on the root bus.
    args << QStringLiteral("-blockdev") << json(qcow2Node(QStringLiteral("root"), spec.rootDisk));
    args << QStringLiteral("-device")
         << json(withBootIndex({{QStringLiteral("driver"), QStringLiteral("virtio-blk-pci")},
                                {QStringLiteral("id"), QStringLiteral("rootdisk")},
                                {QStringLiteral("drive"), QStringLiteral("root")}},
                               bootIndex(BootDevice::Disk)));

    // The CD-ROM drive, on q35's AHCI controller (every installer and both firmwares read it),
    // always present so media can change while the VM runs. The format is explicit: raw.
    QJsonObject cdrom{{QStringLiteral("driver"), QStringLiteral("ide-cd")},
                      {QStringLiteral("id"), QLatin1String(kCdromDevice)},
                      {QStringLiteral("bus"), QStringLiteral("ide.0")}};
    if (!spec.cdrom.isEmpty()) {
        args << QStringLiteral("-blockdev")
             << json(readOnlyRawNode(QStringLiteral("cdrom"), spec.cdrom));
        cdrom.insert(QStringLiteral("drive"), QStringLiteral("cdrom"));
    }
    args << QStringLiteral("-device") << json(withBootIndex(cdrom, bootIndex(BootDevice::Cdrom)));

    // The cloud-init seed: a read-only CD on virtio-scsi, not on the AHCI drive above, because
    // cloud images' kernels (Debian's cloud kernel) have virtio-scsi and sr_mod but no AHCI.
    if (!spec.seedImage.isEmpty()) {
        args << QStringLiteral("-device") << json({{QStringLiteral("driver"), QStringLiteral("virtio-scsi-pci")}, {QStringLiteral("id"), QStringLiteral("scsi0")}});
        args << QStringLiteral("-blockdev")
             << json(readOnlyRawNode(QStringLiteral("seed"), spec.seedImage));
        args << QStringLiteral("-device")
             << json({{QStringLiteral("driver"), QStringLiteral("scsi-cd")},
                      {QStringLiteral("id"), QStringLiteral("seed0")},
                      {QStringLiteral("bus"), QStringLiteral("scsi0.0")},
                      {QStringLiteral("drive"), QStringLiteral("seed")}});
    }

    // The guest agent's channel: a virtio-serial port with the name qemu-guest-agent opens,
    // connected to a unix socket VMAN talks to.
    if (!spec.guestAgentSocket.isEmpty()) {
        args << QStringLiteral("-chardev")
             << QStringLiteral("socket,id=qga0,path=%1,server=on,wait=off").arg(escapeOptionValue(spec.guestAgentSocket));
        args << QStringLiteral("-device") << json({{QStringLiteral("driver"), QStringLiteral("virtio-serial-pci")}, {QStringLiteral("id"), QStringLiteral("vser0")}});
        args << QStringLiteral("-device")
             << json({{QStringLiteral("driver"), QStringLiteral("virtserialport")},
                      {QStringLiteral("bus"), QStringLiteral("vser0.0")},
                      {QStringLiteral("chardev"), QStringLiteral("qga0")},
                      {QStringLiteral("name"), QLatin1String(kGuestAgentPort)}});
    }

    // PCIe root ports: each data disk sits on its own, so it can be unplugged; the spare ones take
    // disks hot-plugged later.
    const int ports = rootPortCount(spec);
    for (int i = 1; i <= ports; ++i) {
        args << QStringLiteral("-device")
             << json({{QStringLiteral("driver"), QStringLiteral("pcie-root-port")},
                      {QStringLiteral("id"), rootPortId(i)},
                      {QStringLiteral("chassis"), i}});
    }
    for (int i = 0; i < spec.dataDisks.size(); ++i) {
        const QemuDisk &disk = spec.dataDisks.at(i);
        args << QStringLiteral("-blockdev") << json(dataDiskNode(disk));
        args << QStringLiteral("-device") << json(dataDiskDevice(disk, i + 1));
    }

    // Absolute pointers, so the guest's cursor follows the viewer's mouse. Two, deliberately: a USB
    // tablet (on an xHCI controller) that every OS drives, Windows included, and a virtio tablet for
    // Linux kernels built without USB HID (Debian's cloud kernel has virtio_input but no usbhid).
    // QEMU sends pointer events to the one the guest's driver activated last.
    args << QStringLiteral("-device") << json({{QStringLiteral("driver"), QStringLiteral("qemu-xhci")}, {QStringLiteral("id"), QStringLiteral("usb")}});
    args << QStringLiteral("-device")
         << json({{QStringLiteral("driver"), QStringLiteral("usb-tablet")}, {QStringLiteral("id"), QStringLiteral("tablet0")}, {QStringLiteral("bus"), QStringLiteral("usb.0")}});
    args << QStringLiteral("-device") << json({{QStringLiteral("driver"), QStringLiteral("virtio-tablet-pci")}, {QStringLiteral("id"), QStringLiteral("tablet1")}});

    // A memory balloon: QEMU reports the guest's current memory through it (query-balloon). It
    // never takes memory on its own, and gives it back when the guest runs out.
    args << QStringLiteral("-device")
         << json({{QStringLiteral("driver"), QStringLiteral("virtio-balloon-pci")}, {QStringLiteral("id"), QStringLiteral("balloon0")}, {QStringLiteral("deflate-on-oom"), true}});

    // Outbound network (user mode) with the VM's port forwards.
    QString netdev = QStringLiteral("user,id=net0");
    for (const PortForward &port : spec.ports) {
        netdev += QStringLiteral(",hostfwd=%1:%2:%3-:%4").arg(port.protocol, port.hostAddress).arg(port.hostPort).arg(port.guestPort);
    }
    args << QStringLiteral("-netdev") << netdev;
    args << QStringLiteral("-device")
         << json({{QStringLiteral("driver"), QStringLiteral("virtio-net-pci")},
                  {QStringLiteral("netdev"), QStringLiteral("net0")},
                  {QStringLiteral("mac"), macAddress(spec.vmId)}});
    return args;
}

} // namespace vman::qemu
