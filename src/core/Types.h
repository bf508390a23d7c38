// SPDX-License-Identifier: GPL-3.0-or-later
// Plain value types shared by every layer: what a template, a VM and a disk are.
#pragma once

#include <QMetaType>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vman {

enum class VmState { Stopped, Starting, Running, Stopping, Paused, Error };

QString nameOf(VmState state);
std::optional<VmState> vmStateFromString(const QString &text);
QStringList allVmStateNames();

struct Template
{
    QString name;
    int cpuCount = 0;
    int ramAmount = 0; // GiB
    QDateTime createdAt;
};

// A host port forwarded to a guest port (QEMU user-mode networking).
struct PortForward
{
    QString protocol = QStringLiteral("tcp"); // tcp or udp
    QString hostAddress = QStringLiteral("127.0.0.1");
    int hostPort = 0;
    int guestPort = 0;

    bool operator==(const PortForward &other) const
    {
        return protocol == other.protocol && hostAddress == other.hostAddress && hostPort == other.hostPort && guestPort == other.guestPort;
    }
};

struct Vm
{
    QString id; // UUID, lower case, no braces
    QString name;
    QString templateName;
    int cpuCount = 0;
    int ramAmount = 0; // GiB
    VmState state = VmState::Stopped;
    QString stateDetail; // why the VM is in `error`, or why its last operation failed
    QList<PortForward> ports;
    QDateTime rootDiskCreatedAt; // invalid until the first start made the root disk
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Disk
{
    QString id; // UUID
    QString name;
    qint64 size = 0; // GiB
    QString vmId; // empty when not attached
    QDateTime attachedAt;
    QString problem; // why the disk is unusable (e.g. its image file is missing); empty when fine
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isAttached() const { return !vmId.isEmpty(); }
};

// Current time, UTC, millisecond precision (what we store and serve).
QDateTime nowUtc();
QString newId();
bool isCanonicalId(const QString &text);

} // namespace vman

// Queued signals and QVariant carry these.
Q_DECLARE_METATYPE(vman::Template)
Q_DECLARE_METATYPE(vman::Vm)
Q_DECLARE_METATYPE(vman::Disk)
Q_DECLARE_METATYPE(vman::VmState)
