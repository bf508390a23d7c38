// SPDX-License-Identifier: GPL-3.0-or-later
// Disk I/O counters of a running VM, from QMP's query-blockstats (one entry per attached device,
// named by its block node: "root", a data disk's node name, "cdrom", "seed", "fwvars").
#pragma once

#include <QJsonValue>
#include <optional>
#include <QList>
#include <QString>

namespace vman {

struct DiskIo
{
    QString node;   // the device's block node name
    QString device; // its qdev id ("rootdisk"), from the qdev path
    QString diskId; // the VMAN disk behind a data disk's node; empty for root, CD-ROM, seed, firmware
    qint64 readBytes = 0;
    qint64 writtenBytes = 0;
    qint64 readOperations = 0;
    qint64 writeOperations = 0;
};

namespace qemu {
// The entries of a query-blockstats reply that name a node; malformed entries are skipped.
QList<DiskIo> blockStatsFrom(const QJsonValue &reply);
// The guest's current memory in bytes from a query-balloon reply ("actual"); nothing without it.
std::optional<qint64> balloonBytesFrom(const QJsonValue &reply);
} // namespace qemu

} // namespace vman
