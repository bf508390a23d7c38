// SPDX-License-Identifier: GPL-3.0-or-later
// The dialogs that create templates, VMs and disks, and attach disks. Each checks its input
// with the core's rules as the user types.
#pragma once

#include "FormDialog.h"
#include "HostConnection.h"

class QComboBox;
class QGroupBox;
class QPlainTextEdit;
class QLineEdit;
class QSpinBox;

namespace vman {

class TemplateDialog final : public FormDialog
{
    Q_OBJECT

public:
    TemplateDialog(const client::HostConnection &host, QWidget *parent = nullptr);
    TemplateSpec spec() const;

protected:
    std::optional<ServiceError> validate() const override;

private:
    const client::HostConnection &m_host;
    QLineEdit *m_name;
    QSpinBox *m_cpus;
    QSpinBox *m_ram;
};

class VmDialog final : public FormDialog
{
    Q_OBJECT

public:
    VmDialog(const client::HostConnection &host, QWidget *parent = nullptr);
    VmSpec spec() const;

    // "2222:22, 8080:80/udp, 0.0.0.0:2200:22": host[:guest][/protocol], optional address first.
    static std::optional<QList<PortSpec>> parsePorts(const QString &text, QString *problem);

protected:
    std::optional<ServiceError> validate() const override;

private:
    const client::HostConnection &m_host;
    QComboBox *m_template;
    QLineEdit *m_name;
    QComboBox *m_image;
    QSpinBox *m_diskSize;
    QComboBox *m_cdrom;
    QComboBox *m_firmware;
    QLineEdit *m_ports;
    // Cloud-init: what a cloud image is told at its first boot.
    QGroupBox *m_cloudInit;
    QLineEdit *m_sshKey;
    QLineEdit *m_hostname;
    QPlainTextEdit *m_userData;

public:
    // The user's own public key (~/.ssh/id_ed25519.pub, then ecdsa, then rsa), or empty.
    static QString defaultSshKey(const QString &home);
};

class DiskDialog final : public FormDialog
{
    Q_OBJECT

public:
    DiskDialog(const client::HostConnection &host, QWidget *parent = nullptr);
    DiskSpec spec() const;

protected:
    std::optional<ServiceError> validate() const override;

private:
    const client::HostConnection &m_host;
    QSpinBox *m_size;
    QLineEdit *m_name;
};

class AttachDialog final : public FormDialog
{
    Q_OBJECT

public:
    AttachDialog(const client::HostConnection &host, const Disk &disk, QWidget *parent = nullptr);
    QString vmId() const;

protected:
    std::optional<ServiceError> validate() const override;

private:
    QComboBox *m_vm;
};

} // namespace vman
