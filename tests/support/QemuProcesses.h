// SPDX-License-Identifier: GPL-3.0-or-later
// For tests: the live QEMU processes of a VM id, whatever storage they belong to (test VM ids are
// fresh UUIDs). VMAN itself only ever looks for its own storage's (hostproc::findVmProcesses).
#pragma once

#include "HostProcesses.h"

#include <QDir>

inline QList<qint64> qemuProcessesOf(const QString &vmId)
{
    const QByteArray needle = QByteArray("\0-uuid\0", 7) + vmId.toLatin1() + '\0';
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok && vman::hostproc::isAlive(pid) && vman::hostproc::commandLine(pid).contains(needle))
            pids << pid;
    }
    return pids;
}
