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
// True if the process runs QEMU for the VM with this uuid (`-uuid <id>` on its command line).
bool runsVm(qint64 pid, const QString &vmId);
// PIDs of processes whose command line says `-uuid <id>`.
QList<qint64> findVmProcesses(const QString &vmId);
// Every live process with `-uuid <id>` on its command line, by id (one pass over /proc).
QHash<QString, qint64> processesByUuid();
// True if the process leads its own session (a daemon after setsid()).
bool isSessionLeader(qint64 pid);
// Reads a pidfile; 0 when missing or unreadable.
qint64 readPidFile(const QString &path);

} // namespace vman::hostproc
