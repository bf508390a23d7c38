// SPDX-License-Identifier: GPL-3.0-or-later
// Dialogs that change an existing VM: edit its settings, clone it, grow a disk. Each checks its
// input with the core's own rules as the user types (validateVmChange, validateClone).
#pragma once

#include "FormDialog.h"
#include "HostConnection.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace vman {

class VmEditDialog final : public FormDialog
{
    Q_OBJECT

public:
    VmEditDialog(const client::HostConnection &host, const Vm &vm, QWidget *parent = nullptr);
    // Only what the user changed (sending the rest would be no change anyway).
    VmPatch patch() const;
    // The ports as text, as the New VM dialog takes them ("2222:22, 8080:80/udp").
    static QString portsText(const QList<PortForward> &ports);

protected:
    std::optional<ServiceError> validate() const override;

private:
    const client::HostConnection &m_host;
    Vm m_vm;
    QLineEdit *m_name;
    QSpinBox *m_cpus;
    QSpinBox *m_ram;
    QSpinBox *m_diskSize;
    QComboBox *m_boot;
    QLineEdit *m_ports;
    QString m_portsProblem;
};

class CloneDialog final : public FormDialog
{
    Q_OBJECT

public:
    CloneDialog(const client::HostConnection &host, const Vm &source, QWidget *parent = nullptr);
    CloneSpec spec() const;

protected:
    std::optional<ServiceError> validate() const override;

private:
    const client::HostConnection &m_host;
    QString m_sourceId;
    QLineEdit *m_name;
    QCheckBox *m_linked;
    QCheckBox *m_withDisks;
};

class ResizeDiskDialog final : public FormDialog
{
    Q_OBJECT

public:
    ResizeDiskDialog(const Disk &disk, bool live, QWidget *parent = nullptr);
    qint64 size() const;

protected:
    std::optional<ServiceError> validate() const override;

private:
    Disk m_disk;
    QSpinBox *m_size;
};

} // namespace vman
