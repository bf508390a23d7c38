// SPDX-License-Identifier: GPL-3.0-or-later
// What /proc says about QEMU processes: alive or not, and whether one belongs to a given VM.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace vman::hostproc {

// True while the process exists and is not a zombie.
bool isAlive(qint64 pid);
// The process's command line, arguments separated by NUL ('\0'), empty if unreadable.
QByteArray commandLine(qint64 pid);
// True if the process runs QEMU for this VM of this storage: `-uuid <id>` on its command line and
// the VM's folder named in it (a copy of the storage elsewhere, with the same ids, is not ours).
bool runsVm(qint64 pid, const QString &vmId, const QString &vmDir);
// PIDs of the processes that run this VM of this storage (a daemonizing QEMU has two for a moment).
QList<qint64> findVmProcesses(const QString &vmId, const QString &vmDir);
// Every live QEMU whose command line names a folder under `vmsDir` and says `-uuid <id>`, by id
// (one pass over /proc).
QHash<QString, qint64> processesByUuid(const QString &vmsDir);
// True if the process leads its own session (a daemon after setsid()).
bool isSessionLeader(qint64 pid);
// Reads a pidfile; 0 when missing or unreadable.
qint64 readPidFile(const QString &path);

} // namespace vman::hostproc
