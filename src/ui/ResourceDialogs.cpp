// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceDialogs.h"

#include "ImageTableModel.h"
#include "StateIcons.h"
#include "Validation.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QPlainTextEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace vman {

// ---- template ----------------------------------------------------------------------------------

TemplateDialog::TemplateDialog(const client::HostConnection &host, QWidget *parent) : FormDialog(tr("New template"), parent), m_host(host)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. small"));
    m_cpus = new QSpinBox(this);
    m_cpus->setObjectName(QStringLiteral("cpu_count"));
    m_cpus->setRange(int(rules::kCpuCountMin), int(rules::kCpuCountMax));
    m_cpus->setValue(2);
    m_ram = new QSpinBox(this);
    m_ram->setObjectName(QStringLiteral("ram_amount"));
    m_ram->setRange(int(rules::kRamGibMin), int(rules::kRamGibMax));
    m_ram->setValue(4);
    m_ram->setSuffix(tr(" GiB"));
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&vCPUs:"), m_cpus);
    form()->addRow(tr("&RAM:"), m_ram);
    connect(m_name, &QLineEdit::textChanged, this, &TemplateDialog::revalidate);
    connect(m_cpus, &QSpinBox::valueChanged, this, &TemplateDialog::revalidate);
    connect(m_ram, &QSpinBox::valueChanged, this, &TemplateDialog::revalidate);
    revalidate();
}

TemplateSpec TemplateDialog::spec() const
{
    return {m_name->text().trimmed(), m_cpus->value(), m_ram->value()};
}

std::optional<ServiceError> TemplateDialog::validate() const
{
    return m_host.validateTemplate(spec());
}

// ---- VM ----------------------------------------------------------------------------------------

VmDialog::VmDialog(const client::HostConnection &host, QWidget *parent) : FormDialog(tr("New virtual machine"), parent), m_host(host)
{
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("template"));
    for (const Template &t : host.templates())
        m_template->addItem(tr("%1 (%2 vCPU, %3 GiB)").arg(t.name).arg(t.cpuCount).arg(t.ramAmount), t.name);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("optional: a name is generated"));
    // What it boots: the template's choice, a library image, or an empty disk (to install on).
    m_image = new QComboBox(this);
    m_image->setObjectName(QStringLiteral("image"));
    m_image->addItem(tr("Default (template or library)"), QVariant());
    m_image->addItem(tr("Empty disk (install from a CD)"), QString());
    m_cdrom = new QComboBox(this);
    m_cdrom->setObjectName(QStringLiteral("cdrom"));
    m_cdrom->addItem(tr("None"), QVariant());
    for (const Image &image : host.images()) {
        const QString text = image.state == ImageState::Ready
            ? tr("%1 (%2, %3)").arg(image.name, nameOf(image.format), ImageTableModel::sizeText(image.virtualSize))
            : tr("%1 (not ready)").arg(image.name);
        (image.format == ImageFormat::Iso ? m_cdrom : m_image)->addItem(text, image.id);
    }
    m_diskSize = new QSpinBox(this);
    m_diskSize->setObjectName(QStringLiteral("disk_size"));
    m_diskSize->setRange(0, int(rules::kDiskGibMax));
    m_diskSize->setSuffix(tr(" GiB"));
    m_diskSize->setSpecialValueText(tr("Default"));
    m_diskSize->setToolTip(tr("The root disk's size. Default: the image's size, or 10 GiB for an empty disk. "
                              "A disk made from an image is never smaller than the image."));
    m_firmware = new QComboBox(this);
    m_firmware->setObjectName(QStringLiteral("firmware"));
    m_firmware->addItem(tr("Default (template, else BIOS)"), QVariant());
    m_firmware->addItem(tr("BIOS (SeaBIOS)"), QStringLiteral("bios"));
    m_firmware->addItem(tr("UEFI (OVMF)"), QStringLiteral("uefi"));
    m_ports = new QLineEdit(this);
    m_ports->setObjectName(QStringLiteral("ports"));
    m_ports->setPlaceholderText(tr("optional, e.g. 2222:22, 8080:80"));
    m_ports->setToolTip(tr("Host ports forwarded to the guest: host:guest[/tcp|udp], separated by commas; "
                           "an address may come first (0.0.0.0:2222:22)."));
    form()->addRow(tr("&Template:"), m_template);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("Boot &image:"), m_image);
    form()->addRow(tr("&Disk size:"), m_diskSize);
    form()->addRow(tr("Install from &CD:"), m_cdrom);
    form()->addRow(tr("&Firmware:"), m_firmware);
    form()->addRow(tr("&Port forwards:"), m_ports);

    // Cloud images come up ready for SSH with these; installers and other images ignore them.
    m_cloudInit = new QGroupBox(tr("Set up with clo&ud-init (cloud images)"), this);
    m_cloudInit->setObjectName(QStringLiteral("cloud_init"));
    m_cloudInit->setCheckable(true);
    m_sshKey = new QLineEdit(m_cloudInit);
    m_sshKey->setObjectName(QStringLiteral("ssh_key"));
    m_sshKey->setText(defaultSshKey(QDir::homePath()));
    m_sshKey->setCursorPosition(0); // the key's type and start, not the middle of its data
    m_sshKey->setPlaceholderText(tr("ssh-ed25519 AAAA… (the contents of your ~/.ssh/id_ed25519.pub)"));
    m_sshKey->setToolTip(tr("Your OpenSSH public key, for the image's default user. VMAN forwards a free host port to "
                            "the guest's SSH port and shows the ssh command."));
    m_hostname = new QLineEdit(m_cloudInit);
    m_hostname->setObjectName(QStringLiteral("hostname"));
    m_hostname->setPlaceholderText(tr("optional: from the VM's name"));
    m_userData = new QPlainTextEdit(m_cloudInit);
    m_userData->setObjectName(QStringLiteral("user_data"));
    m_userData->setPlaceholderText(tr("optional, e.g.\n#cloud-config\npackages: [nginx]"));
    m_userData->setTabChangesFocus(true);
    m_userData->setMaximumHeight(m_userData->fontMetrics().lineSpacing() * 6);
    auto *cloudForm = new QFormLayout(m_cloudInit);
    cloudForm->addRow(tr("SSH &key:"), m_sshKey);
    cloudForm->addRow(tr("&Host name:"), m_hostname);
    cloudForm->addRow(tr("Us&er data:"), m_userData);
    // On by default when the user has a key: then a cloud image needs nothing else.
    m_cloudInit->setChecked(!m_sshKey->text().isEmpty());
    form()->addRow(m_cloudInit);
    connect(m_cloudInit, &QGroupBox::toggled, this, &VmDialog::revalidate);
    connect(m_sshKey, &QLineEdit::textChanged, this, &VmDialog::revalidate);
    connect(m_hostname, &QLineEdit::textChanged, this, &VmDialog::revalidate);
    connect(m_userData, &QPlainTextEdit::textChanged, this, &VmDialog::revalidate);
    connect(m_template, &QComboBox::currentIndexChanged, this, &VmDialog::revalidate);
    connect(m_name, &QLineEdit::textChanged, this, &VmDialog::revalidate);
    connect(m_image, &QComboBox::currentIndexChanged, this, &VmDialog::revalidate);
    connect(m_diskSize, &QSpinBox::valueChanged, this, &VmDialog::revalidate);
    connect(m_cdrom, &QComboBox::currentIndexChanged, this, [this] {
        // Installing: an empty disk is what a CD installs onto.
        if (!m_cdrom->currentData().isNull() && m_image->currentIndex() == 0)
            m_image->setCurrentIndex(1);
        revalidate();
    });
    connect(m_firmware, &QComboBox::currentIndexChanged, this, &VmDialog::revalidate);
    connect(m_ports, &QLineEdit::textChanged, this, &VmDialog::revalidate);
    revalidate();
}

std::optional<QList<PortSpec>> VmDialog::parsePorts(const QString &text, QString *problem)
{
    QList<PortSpec> ports;
    static const QRegularExpression item(QRegularExpression::anchoredPattern(QStringLiteral("(?:(\\d+\\.\\d+\\.\\d+\\.\\d+):)?(\\d+)(?::(\\d+))?(?:/(\\w+))?")));
    for (const QString &raw : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString part = raw.trimmed();
        const auto m = item.match(part);
        if (!m.hasMatch()) {
            *problem = tr("'%1' is not host:guest[/protocol]").arg(part);
            return std::nullopt;
        }
        PortSpec port;
        if (!m.captured(1).isEmpty())
            port.hostAddress = m.captured(1);
        port.host = m.captured(2).toLongLong();
        port.guest = m.captured(3).isEmpty() ? port.host : m.captured(3).toLongLong();
        if (!m.captured(4).isEmpty())
            port.protocol = m.captured(4).toLower();
        ports.append(port);
    }
    return ports;
}

VmSpec VmDialog::spec() const
{
    VmSpec spec;
    spec.templateName = m_template->currentData().toString();
    if (!m_name->text().trimmed().isEmpty())
        spec.name = m_name->text().trimmed();
    QString problem;
    spec.ports = parsePorts(m_ports->text(), &problem).value_or(QList<PortSpec>());
    if (!m_image->currentData().isNull())
        spec.image = m_image->currentData().toString(); // empty: an empty disk
    if (m_diskSize->value() > 0)
        spec.diskSize = m_diskSize->value();
    if (!m_cdrom->currentData().isNull())
        spec.cdrom = m_cdrom->currentData().toString();
    if (!m_firmware->currentData().isNull())
        spec.firmware = m_firmware->currentData().toString();
    if (m_cloudInit->isChecked()) {
        CloudInit settings;
        if (!m_sshKey->text().trimmed().isEmpty())
            settings.sshAuthorizedKeys = {m_sshKey->text().trimmed()};
        settings.hostname = m_hostname->text().trimmed();
        settings.userData = m_userData->toPlainText();
        spec.cloudInit = settings;
    }
    return spec;
}

QString VmDialog::defaultSshKey(const QString &home)
{
    for (const char *name : {"id_ed25519.pub", "id_ecdsa.pub", "id_rsa.pub"}) {
        QFile file(home + QLatin1String("/.ssh/") + QLatin1String(name));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readLine(16 * 1024)).trimmed();
    }
    return QString();
}

std::optional<ServiceError> VmDialog::validate() const
{
    if (m_template->count() == 0)
        return ServiceError::conflict(tr("Create a template first"));
    QString problem;
    if (!parsePorts(m_ports->text(), &problem))
        return ServiceError::invalid({{tr("ports"), problem, QStringLiteral("value_error")}});
    return m_host.validateVm(spec());
}

// ---- disk --------------------------------------------------------------------------------------

DiskDialog::DiskDialog(const client::HostConnection &host, QWidget *parent) : FormDialog(tr("New disk"), parent), m_host(host)
{
    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("size"));
    m_size->setRange(int(rules::kDiskGibMin), int(rules::kDiskGibMax));
    m_size->setValue(20);
    m_size->setSuffix(tr(" GiB"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("optional: a name is generated"));
    form()->addRow(tr("&Size:"), m_size);
    form()->addRow(tr("&Name:"), m_name);
    connect(m_size, &QSpinBox::valueChanged, this, &DiskDialog::revalidate);
    connect(m_name, &QLineEdit::textChanged, this, &DiskDialog::revalidate);
    revalidate();
}

DiskSpec DiskDialog::spec() const
{
    DiskSpec spec;
    spec.size = m_size->value();
    if (!m_name->text().trimmed().isEmpty())
        spec.name = m_name->text().trimmed();
    return spec;
}

std::optional<ServiceError> DiskDialog::validate() const
{
    return m_host.validateDisk(spec());
}

// ---- attach ------------------------------------------------------------------------------------

AttachDialog::AttachDialog(const client::HostConnection &host, const Disk &disk, QWidget *parent)
    : FormDialog(tr("Attach disk '%1'").arg(disk.name), parent)
{
    m_vm = new QComboBox(this);
    m_vm->setObjectName(QStringLiteral("vm"));
    for (const Vm &vm : host.vms())
        m_vm->addItem(tr("%1 (%2)").arg(vm.name, ui::stateText(vm.state)), vm.id);
    form()->addRow(tr("&Virtual machine:"), m_vm);
    connect(m_vm, &QComboBox::currentIndexChanged, this, &AttachDialog::revalidate);
    revalidate();
}

QString AttachDialog::vmId() const
{
    return m_vm->currentData().toString();
}

std::optional<ServiceError> AttachDialog::validate() const
{
    if (m_vm->count() == 0)
        return ServiceError::conflict(tr("There is no virtual machine to attach it to"));
    return std::nullopt;
}

} // namespace vman
