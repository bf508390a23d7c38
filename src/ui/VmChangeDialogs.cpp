// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmChangeDialogs.h"

#include "ResourceDialogs.h"
#include "Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace vman {

namespace {

bool isStopped(const Vm &vm)
{
    return vm.state == VmState::Stopped || vm.state == VmState::Error;
}

} // namespace

QString VmEditDialog::portsText(const QList<PortForward> &ports)
{
    QStringList parts;
    for (const PortForward &p : ports) {
        QString part = QStringLiteral("%1:%2").arg(p.hostPort).arg(p.guestPort);
        if (p.hostAddress != QLatin1String("127.0.0.1"))
            part.prepend(p.hostAddress + QLatin1Char(':'));
        if (p.protocol != QLatin1String("tcp"))
            part += QLatin1Char('/') + p.protocol;
        parts << part;
    }
    return parts.join(QLatin1String(", "));
}

VmEditDialog::VmEditDialog(const client::HostConnection &host, const Vm &vm, QWidget *parent)
    : FormDialog(tr("Edit '%1'").arg(vm.name), parent), m_host(host), m_vm(vm)
{
    m_name = new QLineEdit(vm.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_cpus = new QSpinBox(this);
    m_cpus->setObjectName(QStringLiteral("cpu_count"));
    m_cpus->setRange(int(rules::kCpuCountMin), int(rules::kCpuCountMax));
    m_cpus->setValue(vm.cpuCount);
    m_ram = new QSpinBox(this);
    m_ram->setObjectName(QStringLiteral("ram_amount"));
    m_ram->setRange(int(rules::kRamGibMin), int(rules::kRamGibMax));
    m_ram->setSuffix(tr(" GiB"));
    m_ram->setValue(vm.ramAmount);
    m_diskSize = new QSpinBox(this);
    m_diskSize->setObjectName(QStringLiteral("disk_size"));
    const int rootGib = int(VmService::rootDiskGib(vm, host.findImage(vm.imageId)));
    // A disk only grows: the smallest value is its size now.
    m_diskSize->setRange(rootGib, int(rules::kDiskGibMax));
    m_diskSize->setValue(rootGib);
    m_diskSize->setSuffix(tr(" GiB"));
    m_diskSize->setToolTip(tr("The root disk only grows. On a running machine it grows at once; the guest's partition and file system "
                              "are its own to grow."));
    m_boot = new QComboBox(this);
    m_boot->setObjectName(QStringLiteral("boot"));
    m_boot->addItem(tr("Default"), QStringList());
    m_boot->addItem(tr("Disk, then CD"), QStringList{QStringLiteral("disk"), QStringLiteral("cdrom")});
    m_boot->addItem(tr("CD, then disk"), QStringList{QStringLiteral("cdrom"), QStringLiteral("disk")});
    m_boot->addItem(tr("Disk only"), QStringList{QStringLiteral("disk")});
    m_boot->addItem(tr("CD only"), QStringList{QStringLiteral("cdrom")});
    QStringList current;
    for (BootDevice device : vm.bootOrder)
        current << nameOf(device);
    m_boot->setCurrentIndex(qMax(0, m_boot->findData(current)));
    m_ports = new QLineEdit(portsText(vm.ports), this);
    m_ports->setObjectName(QStringLiteral("ports"));
    m_ports->setPlaceholderText(tr("none, e.g. 2222:22, 8080:80"));

    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&vCPUs:"), m_cpus);
    form()->addRow(tr("&Memory:"), m_ram);
    form()->addRow(tr("Root &disk:"), m_diskSize);
    form()->addRow(tr("&Boot order:"), m_boot);
    form()->addRow(tr("&Port forwards:"), m_ports);
    if (!isStopped(vm)) {
        // Said up front, and the fields say it too: they cannot change while it runs.
        for (QWidget *w : {static_cast<QWidget *>(m_cpus), static_cast<QWidget *>(m_ram), static_cast<QWidget *>(m_boot), static_cast<QWidget *>(m_ports)}) {
            w->setEnabled(false);
            w->setToolTip(tr("Stop the virtual machine to change this."));
        }
        auto *note = new QLabel(tr("The machine is running: its name and root disk size can change now; stop it to change "
                                   "its vCPUs, memory, boot order and port forwards."),
                                this);
        note->setObjectName(QStringLiteral("runningNote"));
        note->setWordWrap(true);
        form()->insertRow(0, note);
    }
    connect(m_name, &QLineEdit::textChanged, this, &VmEditDialog::revalidate);
    connect(m_cpus, &QSpinBox::valueChanged, this, &VmEditDialog::revalidate);
    connect(m_ram, &QSpinBox::valueChanged, this, &VmEditDialog::revalidate);
    connect(m_diskSize, &QSpinBox::valueChanged, this, &VmEditDialog::revalidate);
    connect(m_boot, &QComboBox::currentIndexChanged, this, &VmEditDialog::revalidate);
    connect(m_ports, &QLineEdit::textChanged, this, &VmEditDialog::revalidate);
    revalidate();
}

VmPatch VmEditDialog::patch() const
{
    VmPatch patch;
    if (m_name->text().trimmed() != m_vm.name)
        patch.name = m_name->text().trimmed();
    if (m_cpus->value() != m_vm.cpuCount)
        patch.cpuCount = std::optional<qint64>(m_cpus->value());
    if (m_ram->value() != m_vm.ramAmount)
        patch.ramAmount = std::optional<qint64>(m_ram->value());
    if (m_diskSize->value() != m_diskSize->minimum())
        patch.diskSize = m_diskSize->value();
    const QStringList boot = m_boot->currentData().toStringList();
    QStringList current;
    for (BootDevice device : m_vm.bootOrder)
        current << nameOf(device);
    if (boot != current)
        patch.boot = boot.isEmpty() ? std::optional<QStringList>() : std::optional<QStringList>(boot);
    if (m_ports->text().trimmed() != portsText(m_vm.ports)) {
        QString problem;
        if (const auto ports = VmDialog::parsePorts(m_ports->text(), &problem))
            patch.ports = *ports;
    }
    return patch;
}

std::optional<ServiceError> VmEditDialog::validate() const
{
    QString problem;
    if (!VmDialog::parsePorts(m_ports->text(), &problem))
        return ServiceError::invalid({FieldError{QStringLiteral("ports"), problem, QStringLiteral("value_error")}});
    return m_host.validateVmChange(m_vm.id, patch());
}

CloneDialog::CloneDialog(const client::HostConnection &host, const Vm &source, QWidget *parent)
    : FormDialog(tr("Clone '%1'").arg(source.name), parent), m_host(host), m_sourceId(source.id)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("optional: %1-clone").arg(source.name));
    m_linked = new QCheckBox(tr("&Linked: share the source's disk (fast, small; the source's disk becomes read-only underneath both)"), this);
    m_linked->setObjectName(QStringLiteral("linked"));
    m_withDisks = new QCheckBox(tr("Copy its &data disks too"), this);
    m_withDisks->setObjectName(QStringLiteral("with_disks"));
    m_withDisks->setEnabled(!host.disksOfVm(source.id).isEmpty());
    auto *note = new QLabel(tr("The clone gets its own MAC address and no port forwards. Copying a large disk runs in the background."), this);
    note->setWordWrap(true);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(QString(), m_linked);
    form()->addRow(QString(), m_withDisks);
    form()->addRow(note);
    connect(m_name, &QLineEdit::textChanged, this, &CloneDialog::revalidate);
    connect(m_linked, &QCheckBox::toggled, this, &CloneDialog::revalidate);
    revalidate();
}

CloneSpec CloneDialog::spec() const
{
    CloneSpec spec;
    if (!m_name->text().trimmed().isEmpty())
        spec.name = m_name->text().trimmed();
    spec.linked = m_linked->isChecked();
    spec.withDisks = m_withDisks->isChecked();
    return spec;
}

std::optional<ServiceError> CloneDialog::validate() const
{
    return m_host.validateClone(m_sourceId, spec());
}

ResizeDiskDialog::ResizeDiskDialog(const Disk &disk, bool live, QWidget *parent) : FormDialog(tr("Grow disk '%1'").arg(disk.name), parent), m_disk(disk)
{
    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("size"));
    m_size->setRange(int(disk.size), int(rules::kDiskGibMax));
    m_size->setValue(int(disk.size));
    m_size->setSuffix(tr(" GiB"));
    form()->addRow(tr("New &size:"), m_size);
    auto *note = new QLabel(live ? tr("Its machine is running: the guest sees the new size at once. Its partitions and file systems are the guest's to grow.")
                                 : tr("Disks only grow. The partitions and file systems on it are the guest's to grow."),
                            this);
    note->setWordWrap(true);
    form()->addRow(note);
    connect(m_size, &QSpinBox::valueChanged, this, &ResizeDiskDialog::revalidate);
    revalidate();
}

qint64 ResizeDiskDialog::size() const
{
    return m_size->value();
}

std::optional<ServiceError> ResizeDiskDialog::validate() const
{
    if (m_size->value() == m_disk.size)
        return ServiceError::invalid({FieldError{QStringLiteral("size"), tr("Choose a larger size: the disk has %1 GiB now.").arg(m_disk.size),
                                                 QStringLiteral("value_error")}});
    return std::nullopt;
}

} // namespace vman
