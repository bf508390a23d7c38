// SPDX-License-Identifier: GPL-3.0-or-later
// The QEMU command line is a pure function of the VM: compared argument by argument.
#include "LibvirtDomain.h"
#include "QemuCommandLine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace vman;

class TestQemuCommandLine : public QObject
{
    Q_OBJECT

private:
    static QemuLaunchSpec spec()
    {
        QemuLaunchSpec s;
        s.vmId = QStringLiteral("0a1b2c3d-1111-2222-3333-444455556666");
        s.vmName = QStringLiteral("web");
        s.cpuCount = 2;
        s.ramMiB = 4096;
        s.accel = AccelMode::Tcg;
        s.rootDisk = QStringLiteral("/s/vms/id/root.qcow2");
        s.pidFile = QStringLiteral("/s/vms/id/qemu.pid");
        s.qmpSocket = QStringLiteral("/s/vms/id/qmp.sock");
        s.serialSocket = QStringLiteral("/s/vms/id/serial.sock");
        s.serialLog = QStringLiteral("/s/vms/id/serial.log");
        s.vncSocket = QStringLiteral("/s/vms/id/vnc.sock");
        s.spareHotplugPorts = 2;
        return s;
    }

private Q_SLOTS:
    void libvirtDomainFollowsTheLaunchSpec()
    {
        QemuLaunchSpec s = spec();
        s.vmName = QStringLiteral("a<b>&\"c\"");
        s.accel = AccelMode::Kvm;
        s.bootOrder = {BootDevice::Cdrom, BootDevice::Disk};
        s.cdrom = QStringLiteral("/isos/debian.iso");
        s.dataDisks = {{QStringLiteral("d1"), QStringLiteral("/s/disks/d1.qcow2"), QStringLiteral("data")},
                       {QStringLiteral("d2"), QStringLiteral("/s/disks/d2.qcow2"), QStringLiteral("logs")}};
        const QByteArray xml = qemu::libvirtDomainXml(s);
        // Well-formed whatever the name holds.
        QXmlStreamReader reader(xml);
        QStringList names, targets, boots;
        QString domainType, cpuMode;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto attributes = reader.attributes();
            if (reader.name() == QLatin1String("domain"))
                domainType = attributes.value(QLatin1String("type")).toString();
            else if (reader.name() == QLatin1String("name"))
                names << reader.readElementText();
            else if (reader.name() == QLatin1String("target") && attributes.hasAttribute(QLatin1String("dev")))
                targets << attributes.value(QLatin1String("dev")).toString();
            else if (reader.name() == QLatin1String("boot"))
                boots << attributes.value(QLatin1String("order")).toString();
            else if (reader.name() == QLatin1String("cpu"))
                cpuMode = attributes.value(QLatin1String("mode")).toString();
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(names, QStringList{s.vmName});
        QCOMPARE(domainType, QStringLiteral("kvm"));
        QCOMPARE(cpuMode, QStringLiteral("host-passthrough"));
        QCOMPARE(targets, (QStringList{QStringLiteral("vda"), QStringLiteral("vdb"), QStringLiteral("vdc"), QStringLiteral("sda")}));
        QCOMPARE(boots, (QStringList{QStringLiteral("2"), QStringLiteral("1")})); // root disk, then the CD: the CD first
        QVERIFY(xml.contains("<source file=\"/isos/debian.iso\"/>"));
        QVERIFY(xml.contains("<serial>logs</serial>"));
        QVERIFY(xml.contains(qemu::macAddress(s.vmId).toLatin1()));
        // BIOS, no forwards, no seed, no agent: none of their elements.
        QVERIFY(!xml.contains("<loader") && !xml.contains("<nvram") && !xml.contains("<metadata") && !xml.contains("scsi"));
        QVERIFY(!xml.contains("guest_agent"));
    }

    void minimalVm()
    {
        const QStringList expected = {
            "-name", "guest=web", "-uuid", "0a1b2c3d-1111-2222-3333-444455556666",
            "-nodefaults", "-no-user-config",
            "-machine", "q35", "-accel", "tcg", "-cpu", "max", "-smp", "2", "-m", "4096",
            "-vga", "std", "-display", "none",
            // The graphical console on a unix socket only, shared, no keymap (scancodes travel).
            "-vnc", "unix:/s/vms/id/vnc.sock,share=force-shared,power-control=on",
            "-daemonize", "-pidfile", "/s/vms/id/qemu.pid",
            "-qmp", "unix:/s/vms/id/qmp.sock,server=on,wait=off",
            "-chardev", "socket,id=serial0,path=/s/vms/id/serial.sock,server=on,wait=off,logfile=/s/vms/id/serial.log",
            "-serial", "chardev:serial0",
            "-blockdev", R"({"driver":"qcow2","file":{"driver":"file","filename":"/s/vms/id/root.qcow2"},"node-name":"root"})",
            "-device", R"({"bootindex":0,"drive":"root","driver":"virtio-blk-pci","id":"rootdisk"})",
            // Every VM has a CD-ROM drive, empty here, second to boot.
            "-device", R"({"bootindex":1,"bus":"ide.0","driver":"ide-cd","id":"cdrom0"})",
            "-device", R"({"chassis":1,"driver":"pcie-root-port","id":"rp1"})",
            "-device", R"({"chassis":2,"driver":"pcie-root-port","id":"rp2"})",
            // Absolute pointers: a USB tablet for every OS, a virtio tablet for kernels without USB HID.
            "-device", R"({"driver":"qemu-xhci","id":"usb"})",
            "-device", R"({"bus":"usb.0","driver":"usb-tablet","id":"tablet0"})",
            "-device", R"({"driver":"virtio-tablet-pci","id":"tablet1"})",
            // A balloon that reports the guest's memory and never takes any on its own.
            "-device", R"({"deflate-on-oom":true,"driver":"virtio-balloon-pci","id":"balloon0"})",
            "-netdev", "user,id=net0",
            "-device", QStringLiteral(R"({"driver":"virtio-net-pci","mac":"%1","netdev":"net0"})").arg(qemu::macAddress(spec().vmId)),
        };
        QCOMPARE(qemu::arguments(spec()), expected);
    }

    void vncSocketPathsAreEscapedAndNoTcpPortIsOpened()
    {
        QemuLaunchSpec s = spec();
        s.vncSocket = QStringLiteral("/s/a,b/vnc.sock");
        const QStringList args = qemu::arguments(s);
        QCOMPARE(args.at(args.indexOf("-vnc") + 1), QStringLiteral("unix:/s/a,,b/vnc.sock,share=force-shared,power-control=on"));
        QVERIFY(!args.contains(QStringLiteral("-k")));
        s.vncSocket.clear();
        QVERIFY(!qemu::arguments(s).contains(QStringLiteral("-vnc")));
    }

    void cdromWithAnIsoBootsFirstWhenAsked()
    {
        QemuLaunchSpec s = spec();
        s.cdrom = QStringLiteral("/s/images/debian,netinst.iso");
        s.bootOrder = {BootDevice::Cdrom, BootDevice::Disk};
        const QStringList args = qemu::arguments(s);
        // Read-only, raw explicitly (never probed); JSON needs no comma escaping.
        const int node = args.indexOf(
            R"({"driver":"raw","file":{"driver":"file","filename":"/s/images/debian,netinst.iso","read-only":true},"node-name":"cdrom","read-only":true})");
        QVERIFY(node > 0);
        QVERIFY(args.contains(R"({"bootindex":0,"bus":"ide.0","drive":"cdrom","driver":"ide-cd","id":"cdrom0"})"));
        QVERIFY(args.contains(R"({"bootindex":1,"drive":"root","driver":"virtio-blk-pci","id":"rootdisk"})"));
    }

    void cloudInitSeedIsAReadOnlyScsiCdWithoutBootIndex()
    {
        QemuLaunchSpec s = spec();
        QVERIFY(!qemu::arguments(s).join(QLatin1Char(' ')).contains(QLatin1String("scsi")));
        s.seedImage = QStringLiteral("/s/vms/id/seed.iso");
        const QStringList args = qemu::arguments(s);
        const qsizetype controller = args.indexOf(R"({"driver":"virtio-scsi-pci","id":"scsi0"})");
        const qsizetype node = args.indexOf(
            R"({"driver":"raw","file":{"driver":"file","filename":"/s/vms/id/seed.iso","read-only":true},"node-name":"seed","read-only":true})");
        const qsizetype drive = args.indexOf(R"({"bus":"scsi0.0","drive":"seed","driver":"scsi-cd","id":"seed0"})");
        QVERIFY(controller > 0 && node > controller && drive > node);
        QCOMPARE(args.at(controller - 1), QStringLiteral("-device"));
        QCOMPARE(args.at(node - 1), QStringLiteral("-blockdev"));
        // The CD-ROM drive for installers stays where it was.
        QVERIFY(args.contains(R"({"bootindex":1,"bus":"ide.0","driver":"ide-cd","id":"cdrom0"})"));
    }

    void guestAgentChannelIsAVirtioSerialPort()
    {
        QemuLaunchSpec s = spec();
        QVERIFY(!qemu::arguments(s).join(QLatin1Char(' ')).contains(QLatin1String("qga")));
        s.guestAgentSocket = QStringLiteral("/s/vms/a,b/qga.sock");
        const QStringList args = qemu::arguments(s);
        const qsizetype chardev = args.indexOf(QStringLiteral("socket,id=qga0,path=/s/vms/a,,b/qga.sock,server=on,wait=off"));
        QVERIFY(chardev > 0);
        QCOMPARE(args.at(chardev - 1), QStringLiteral("-chardev"));
        QCOMPARE(args.at(chardev + 2), QStringLiteral(R"({"driver":"virtio-serial-pci","id":"vser0"})"));
        QCOMPARE(args.at(chardev + 4), QStringLiteral(R"({"bus":"vser0.0","chardev":"qga0","driver":"virtserialport","name":"org.qemu.guest_agent.0"})"));
    }

    void bootOrderWithoutTheCdromLeavesItOutOfBooting()
    {
        QemuLaunchSpec s = spec();
        s.bootOrder = {BootDevice::Disk};
        const QStringList args = qemu::arguments(s);
        QVERIFY(args.contains(R"({"bus":"ide.0","driver":"ide-cd","id":"cdrom0"})"));
        QVERIFY(args.contains(R"({"bootindex":0,"drive":"root","driver":"virtio-blk-pci","id":"rootdisk"})"));
    }

    void uefiUsesSharedCodeAndOwnVariables()
    {
        QemuLaunchSpec s = spec();
        s.firmwareCode = QStringLiteral("/usr/share/OVMF/OVMF_CODE_4M.fd");
        s.firmwareVars = QStringLiteral("/s/vms/id/efivars.qcow2");
        const QStringList args = qemu::arguments(s);
        QCOMPARE(args.at(args.indexOf("-machine") + 1), QStringLiteral("q35,pflash0=fwcode,pflash1=fwvars"));
        QVERIFY(args.contains(
            R"({"driver":"raw","file":{"driver":"file","filename":"/usr/share/OVMF/OVMF_CODE_4M.fd","read-only":true},"node-name":"fwcode","read-only":true})"));
        QVERIFY(args.contains(R"({"driver":"qcow2","file":{"driver":"file","filename":"/s/vms/id/efivars.qcow2"},"node-name":"fwvars"})"));
        // BIOS VMs have no flash at all.
        QCOMPARE(qemu::arguments(spec()).filter("pflash").size(), 0);
    }

    void uefiFirmwareIsFoundOnlyAsACompletePair()
    {
        QTemporaryDir dir;
        QVERIFY(!qemu::findUefiFirmware({dir.path()}));
        auto touch = [&](const char *name) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        };
        touch("OVMF_CODE_4M.fd");
        QVERIFY(!qemu::findUefiFirmware({dir.path()}));
        touch("OVMF_CODE.fd");
        touch("OVMF_VARS.fd");
        QCOMPARE(qemu::findUefiFirmware({dir.path()})->code, dir.filePath("OVMF_CODE.fd"));
        touch("OVMF_VARS_4M.fd");
        const auto found = qemu::findUefiFirmware({dir.path()});
        QCOMPARE(found->code, dir.filePath("OVMF_CODE_4M.fd"));
        QCOMPARE(found->vars, dir.filePath("OVMF_VARS_4M.fd"));
    }

    void kvmUsesHostCpu()
    {
        QemuLaunchSpec s = spec();
        s.accel = AccelMode::Kvm;
        const QStringList args = qemu::arguments(s);
        QCOMPARE(args.at(args.indexOf("-accel") + 1), QStringLiteral("kvm"));
        QCOMPARE(args.at(args.indexOf("-cpu") + 1), QStringLiteral("host"));
    }

    void dataDisksSitOnTheirOwnRootPorts()
    {
        QemuLaunchSpec s = spec();
        s.dataDisks = {{"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", "/s/disks/a.qcow2", "data"},
                       {"11111111-2222-3333-4444-555555555555", "/s/disks/b.qcow2", "logs"}};
        const QStringList args = qemu::arguments(s);
        QCOMPARE(qemu::rootPortCount(s), 4);
        QVERIFY(args.contains(R"({"chassis":4,"driver":"pcie-root-port","id":"rp4"})"));
        QVERIFY(!args.contains(R"({"chassis":5,"driver":"pcie-root-port","id":"rp5"})"));
        const int first = args.indexOf(R"({"driver":"qcow2","file":{"driver":"file","filename":"/s/disks/a.qcow2"},"node-name":"naaaaaaaabbbbccccddddeeeeeeeeee"})");
        QVERIFY(first > 0);
        QCOMPARE(args.at(first + 2),
                 QStringLiteral(R"({"addr":"0","bus":"rp1","drive":"naaaaaaaabbbbccccddddeeeeeeeeee","driver":"virtio-blk-pci","id":"vaaaaaaaabbbbccccddddeeeeeeeeee","serial":"data"})"));
        QVERIFY(args.contains(R"({"addr":"0","bus":"rp2","drive":"n111111112222333344445555555555","driver":"virtio-blk-pci","id":"v111111112222333344445555555555","serial":"logs"})"));
    }

    void idsFitQemuLimits()
    {
        const QString id = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
        QVERIFY(qemu::nodeName(id).size() < 32);
        QVERIFY(qemu::deviceId(id).size() < 32);
        QVERIFY(qemu::nodeName(id).at(0).isLetter());
        QCOMPARE(qemu::diskSerial(QString(64, 'x')).size(), 20);
        QCOMPARE(qemu::macAddress(id), qemu::macAddress(id));
        QVERIFY(qemu::macAddress(id).startsWith("52:54:00:"));
        QCOMPARE(qemu::macAddress(id).size(), 17);
        QVERIFY(qemu::macAddress(id) != qemu::macAddress(QStringLiteral("11111111-2222-3333-4444-555555555555")));
    }

    void portForwards()
    {
        QemuLaunchSpec s = spec();
        s.ports = {{"tcp", "127.0.0.1", 2222, 22}, {"udp", "0.0.0.0", 5353, 53}};
        const QStringList args = qemu::arguments(s);
        QCOMPARE(args.at(args.indexOf("-netdev") + 1),
                 QStringLiteral("user,id=net0,hostfwd=tcp:127.0.0.1:2222-:22,hostfwd=udp:0.0.0.0:5353-:53"));
    }

    void commasInPathsAreEscaped()
    {
        QemuLaunchSpec s = spec();
        s.qmpSocket = QStringLiteral("/odd,dir/qmp.sock");
        s.serialLog = QStringLiteral("/odd,dir/serial.log");
        s.vmName = QStringLiteral("a,b");
        const QStringList args = qemu::arguments(s);
        QCOMPARE(args.at(args.indexOf("-qmp") + 1), QStringLiteral("unix:/odd,,dir/qmp.sock,server=on,wait=off"));
        QVERIFY(args.at(args.indexOf("-chardev") + 1).endsWith(QStringLiteral("logfile=/odd,,dir/serial.log")));
        QCOMPARE(args.at(args.indexOf("-name") + 1), QStringLiteral("guest=a,,b"));
    }
};

QTEST_GUILESS_MAIN(TestQemuCommandLine)
#include "tst_qemucommandline.moc"
