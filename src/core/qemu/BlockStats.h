// SPDX-License-Identifier: GPL-3.0-or-later
// Disk I/O counters of a running VM, from QMP's query-blockstats (one entry per attached device,
// named by its block node: "root", a data disk's node name, "cdrom", "seed", "fwvars").
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace vman::qemu {

struct BlockStats
{
    QString node;   // the device's block node name
    QString device; // its qdev id ("rootdisk"), from the qdev path
    qint64 readBytes = 0;
    qint64 writtenBytes = 0;
    qint64 readOperations = 0;
    qint64 writeOperations = 0;
};

// The entries of a query-blockstats reply that name a node; malformed entries are skipped.
QList<BlockStats> blockStatsFrom(const QJsonValue &reply);

} // namespace vman::qemu
