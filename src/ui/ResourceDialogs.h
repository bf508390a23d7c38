// SPDX-License-Identifier: GPL-3.0-or-later
// The dialogs that create templates, VMs and disks, and attach disks. Each checks its input
// with the core's rules as the user types.
#pragma once

#include "FormDialog.h"
#include "VmService.h"

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
    TemplateDialog(const VmService &service, QWidget *parent = nullptr);
    TemplateSpec spec() const;

protected:
    std::optional<ServiceError> validate() const override;

private:
    const VmService &m_service;
    QLineEdit *m_name;
    QSpinBox *m_cpus;
    QSpinBox *m_ram;
};

class VmDialog final : public FormDialog
{
    Q_OBJECT

public:
    VmDialog(const VmService &service, QWidget *parent = nullptr);
    VmSpec spec() const;

    // "2222:22, 8080:80/udp, 0.0.0.0:2200:22": host[:guest][/protocol], optional address first.
    static std::optional<QList<PortSpec>> parsePorts(const QString &text, QString *problem);

protected:
    std::optional<ServiceError> validate() const override;

private:
    const VmService &m_service;
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
    DiskDialog(const VmService &service, QWidget *parent = nullptr);
    DiskSpec spec() const;

protected:
    std::optional<ServiceError> validate() const override;

private:
    const VmService &m_service;
    QSpinBox *m_size;
    QLineEdit *m_name;
};

class AttachDialog final : public FormDialog
{
    Q_OBJECT

public:
    AttachDialog(const VmService &service, const Disk &disk, QWidget *parent = nullptr);
    QString vmId() const;

protected:
    std::optional<ServiceError> validate() const override;

private:
    QComboBox *m_vm;
};

} // namespace vman
