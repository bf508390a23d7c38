// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibvirtDomain.h"

#include <QFileInfo>
#include <QXmlStreamWriter>

namespace vman::qemu {

namespace {

// virtio disks vda, vdb, ... (the guest sees them in this order on VMAN too).
QString virtioName(int index)
{
    QString name = QStringLiteral("vd");
    QString suffix;
    int n = index;
    do {
        suffix.prepend(QChar(u'a' + n % 26));
        n = n / 26 - 1;
    } while (n >= 0);
    return name + suffix;
}

class DomainWriter
{
public:
    explicit DomainWriter(QByteArray *out) : m_xml(out) { m_xml.setAutoFormatting(true); m_xml.setAutoFormattingIndent(2); }

    QXmlStreamWriter &xml() { return m_xml; }

    void element(const QString &name, const QString &text, const QList<QPair<QString, QString>> &attributes = {})
    {
        m_xml.writeStartElement(name);
        for (const auto &[key, value] : attributes)
            m_xml.writeAttribute(key, value);
        m_xml.writeCharacters(text);
        m_xml.writeEndElement();
    }
    void empty(const QString &name, const QList<QPair<QString, QString>> &attributes = {})
    {
        m_xml.writeEmptyElement(name);
        for (const auto &[key, value] : attributes)
            m_xml.writeAttribute(key, value);
    }
    void begin(const QString &name, const QList<QPair<QString, QString>> &attributes = {})
    {
        m_xml.writeStartElement(name);
        for (const auto &[key, value] : attributes)
            m_xml.writeAttribute(key, value);
    }
    void end() { m_xml.writeEndElement(); }

    // A disk or CD-ROM; `source` empty: an empty drive.
    void disk(const QString &device, const QString &format, const QString &source, const QString &target, const QString &bus,
              int bootOrder, bool readOnly, const QString &serial = {})
    {
        begin(QStringLiteral("disk"), {{QStringLiteral("type"), QStringLiteral("file")}, {QStringLiteral("device"), device}});
        empty(QStringLiteral("driver"), {{QStringLiteral("name"), QStringLiteral("qemu")}, {QStringLiteral("type"), format}});
        if (!source.isEmpty())
            empty(QStringLiteral("source"), {{QStringLiteral("file"), source}});
        empty(QStringLiteral("target"), {{QStringLiteral("dev"), target}, {QStringLiteral("bus"), bus}});
        if (readOnly)
            empty(QStringLiteral("readonly"));
        if (!serial.isEmpty())
            element(QStringLiteral("serial"), serial);
        if (bootOrder > 0)
            empty(QStringLiteral("boot"), {{QStringLiteral("order"), QString::number(bootOrder)}});
        end();
    }

private:
    QXmlStreamWriter m_xml;
};

} // namespace

QByteArray libvirtDomainXml(const QemuLaunchSpec &spec)
{
    QByteArray out;
    DomainWriter w(&out);
    QXmlStreamWriter &xml = w.xml();
    const bool kvm = spec.accel == AccelMode::Kvm;
    const bool uefi = !spec.firmwareVars.isEmpty();
    auto bootOrder = [&spec](BootDevice device) { return int(spec.bootOrder.indexOf(device)) + 1; }; // 0: not bootable

    xml.writeStartDocument();
    xml.writeComment(QStringLiteral(" Exported from VMAN: define with `virsh define <file>`. The disks are used where they are "
                                     "(copy them first to keep VMAN's VM apart), and VMAN must not run the VM at the same time. "));
    w.begin(QStringLiteral("domain"), {{QStringLiteral("type"), kvm ? QStringLiteral("kvm") : QStringLiteral("qemu")}});
    w.element(QStringLiteral("name"), spec.vmName);
    w.element(QStringLiteral("uuid"), spec.vmId);
    w.element(QStringLiteral("title"), spec.vmName);
    w.element(QStringLiteral("description"), QStringLiteral("Exported from VMAN (VM %1)").arg(spec.vmId));
    if (!spec.ports.isEmpty()) {
        w.begin(QStringLiteral("metadata"));
        xml.writeNamespace(QLatin1String(kLibvirtMetadataNamespace), QStringLiteral("vman"));
        xml.writeStartElement(QLatin1String(kLibvirtMetadataNamespace), QStringLiteral("vm"));
        for (const PortForward &port : spec.ports) {
            xml.writeEmptyElement(QLatin1String(kLibvirtMetadataNamespace), QStringLiteral("port-forward"));
            xml.writeAttribute(QStringLiteral("protocol"), port.protocol);
            xml.writeAttribute(QStringLiteral("host-address"), port.hostAddress);
            xml.writeAttribute(QStringLiteral("host-port"), QString::number(port.hostPort));
            xml.writeAttribute(QStringLiteral("guest-port"), QString::number(port.guestPort));
        }
        xml.writeEndElement();
        w.end();
    }
    w.element(QStringLiteral("memory"), QString::number(spec.ramMiB), {{QStringLiteral("unit"), QStringLiteral("MiB")}});
    w.element(QStringLiteral("currentMemory"), QString::number(spec.ramMiB), {{QStringLiteral("unit"), QStringLiteral("MiB")}});
    w.element(QStringLiteral("vcpu"), QString::number(spec.cpuCount), {{QStringLiteral("placement"), QStringLiteral("static")}});

    w.begin(QStringLiteral("os"));
    w.element(QStringLiteral("type"), QStringLiteral("hvm"), {{QStringLiteral("arch"), QStringLiteral("x86_64")}, {QStringLiteral("machine"), QStringLiteral("q35")}});
    if (uefi) {
        w.element(QStringLiteral("loader"), spec.firmwareCode.isEmpty() ? QStringLiteral("/usr/share/OVMF/OVMF_CODE_4M.fd") : spec.firmwareCode,
                  {{QStringLiteral("readonly"), QStringLiteral("yes")}, {QStringLiteral("type"), QStringLiteral("pflash")}});
        // VMAN keeps the variable store as qcow2 (for live snapshots); libvirt 9.0 reads a raw one.
        const QString raw = QFileInfo(spec.firmwareVars).path() + QStringLiteral("/efivars.fd");
        xml.writeComment(QStringLiteral(" UEFI variables: make the raw store first: qemu-img convert -f qcow2 -O raw %1 %2 ")
                             .arg(spec.firmwareVars, raw));
        w.element(QStringLiteral("nvram"), raw);
    }
    w.end();
    w.begin(QStringLiteral("features"));
    w.empty(QStringLiteral("acpi"));
    w.empty(QStringLiteral("apic"));
    w.end();
    w.empty(QStringLiteral("cpu"), {{QStringLiteral("mode"), kvm ? QStringLiteral("host-passthrough") : QStringLiteral("maximum")}});
    w.empty(QStringLiteral("clock"), {{QStringLiteral("offset"), QStringLiteral("utc")}});
    w.element(QStringLiteral("on_poweroff"), QStringLiteral("destroy"));
    w.element(QStringLiteral("on_reboot"), QStringLiteral("restart"));
    w.element(QStringLiteral("on_crash"), QStringLiteral("destroy"));

    w.begin(QStringLiteral("devices"));
    w.disk(QStringLiteral("disk"), QStringLiteral("qcow2"), spec.rootDisk, virtioName(0), QStringLiteral("virtio"), bootOrder(BootDevice::Disk), false);
    for (int i = 0; i < spec.dataDisks.size(); ++i) {
        const QemuDisk &disk = spec.dataDisks.at(i);
        w.disk(QStringLiteral("disk"), QStringLiteral("qcow2"), disk.path, virtioName(i + 1), QStringLiteral("virtio"), 0, false, disk.serial);
    }
    w.disk(QStringLiteral("cdrom"), QStringLiteral("raw"), spec.cdrom, QStringLiteral("sda"), QStringLiteral("sata"), bootOrder(BootDevice::Cdrom), true);
    if (!spec.seedImage.isEmpty()) {
        xml.writeComment(QStringLiteral(" cloud-init's NoCloud seed, as VMAN last wrote it "));
        w.empty(QStringLiteral("controller"), {{QStringLiteral("type"), QStringLiteral("scsi")}, {QStringLiteral("index"), QStringLiteral("0")},
                                               {QStringLiteral("model"), QStringLiteral("virtio-scsi")}});
        w.disk(QStringLiteral("cdrom"), QStringLiteral("raw"), spec.seedImage, QStringLiteral("sdb"), QStringLiteral("scsi"), 0, true);
    }
    w.empty(QStringLiteral("controller"), {{QStringLiteral("type"), QStringLiteral("usb")}, {QStringLiteral("model"), QStringLiteral("qemu-xhci")}});

    if (!spec.ports.isEmpty()) {
        QStringList forwards;
        for (const PortForward &port : spec.ports)
            forwards << QStringLiteral("%1:%2 -> guest %3/%4").arg(port.hostAddress).arg(port.hostPort).arg(port.guestPort).arg(port.protocol);
        xml.writeComment(QStringLiteral(" VMAN forwarded %1. libvirt's user network forwards ports only with the passt backend "
                                        "(<backend type='passt'/> and <portForward>, Debian package passt); or use a bridged network. ")
                             .arg(forwards.join(QStringLiteral(", "))));
    }
    w.begin(QStringLiteral("interface"), {{QStringLiteral("type"), QStringLiteral("user")}});
    w.empty(QStringLiteral("mac"), {{QStringLiteral("address"), macAddress(spec.vmId)}});
    w.empty(QStringLiteral("model"), {{QStringLiteral("type"), QStringLiteral("virtio")}});
    w.end();

    w.begin(QStringLiteral("serial"), {{QStringLiteral("type"), QStringLiteral("pty")}});
    w.empty(QStringLiteral("target"), {{QStringLiteral("port"), QStringLiteral("0")}});
    w.end();
    w.begin(QStringLiteral("console"), {{QStringLiteral("type"), QStringLiteral("pty")}});
    w.empty(QStringLiteral("target"), {{QStringLiteral("type"), QStringLiteral("serial")}, {QStringLiteral("port"), QStringLiteral("0")}});
    w.end();
    if (!spec.guestAgentSocket.isEmpty()) {
        w.begin(QStringLiteral("channel"), {{QStringLiteral("type"), QStringLiteral("unix")}});
        w.empty(QStringLiteral("target"), {{QStringLiteral("type"), QStringLiteral("virtio")}, {QStringLiteral("name"), QLatin1String(kGuestAgentPort)}});
        w.end();
    }
    w.empty(QStringLiteral("input"), {{QStringLiteral("type"), QStringLiteral("tablet")}, {QStringLiteral("bus"), QStringLiteral("usb")}});
    w.empty(QStringLiteral("input"), {{QStringLiteral("type"), QStringLiteral("tablet")}, {QStringLiteral("bus"), QStringLiteral("virtio")}});
    w.begin(QStringLiteral("graphics"), {{QStringLiteral("type"), QStringLiteral("vnc")}, {QStringLiteral("autoport"), QStringLiteral("yes")}});
    w.empty(QStringLiteral("listen"), {{QStringLiteral("type"), QStringLiteral("address")}, {QStringLiteral("address"), QStringLiteral("127.0.0.1")}});
    w.end();
    w.begin(QStringLiteral("video"));
    w.empty(QStringLiteral("model"), {{QStringLiteral("type"), QStringLiteral("vga")}});
    w.end();
    // As on VMAN: the balloon reports the guest's memory and gives it back when the guest runs out.
    w.begin(QStringLiteral("memballoon"), {{QStringLiteral("model"), QStringLiteral("virtio")}, {QStringLiteral("autodeflate"), QStringLiteral("on")}});
    w.empty(QStringLiteral("stats"), {{QStringLiteral("period"), QStringLiteral("5")}});
    w.end();
    w.end(); // devices
    w.end(); // domain
    xml.writeEndDocument();
    return out;
}

} // namespace vman::qemu
