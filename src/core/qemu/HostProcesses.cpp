// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostProcesses.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <csignal>

namespace vman::hostproc {

bool isAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    // "pid (comm) S ...": the state follows the last ')'.
    const QByteArray text = stat.readAll();
    const int close = text.lastIndexOf(')');
    if (close <= 0 || close + 2 >= text.size())
        return false;
    const char state = text.at(close + 2);
    if (state != 'Z' && state != 'X')
        return true;
    // A zombie leader whose other threads are still exiting still holds the process's files
    // (image locks, sockets): it is dead only once it is the last task left.
    return QDir(QStringLiteral("/proc/%1/task").arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() > 1;
}

QByteArray commandLine(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

namespace {
// The VM folder as it appears inside an argument (the pidfile's path, for one).
QByteArray folderMarker(const QString &dir)
{
    return QFile::encodeName(dir) + '/';
}
} // namespace

bool runsVm(qint64 pid, const QString &vmId, const QString &vmDir)
{
    const QByteArray needle = QByteArray("\0-uuid\0", 7) + vmId.toLatin1() + '\0';
    if (!isAlive(pid))
        return false;
    const QByteArray cmdline = commandLine(pid);
    return cmdline.contains(needle) && cmdline.contains(folderMarker(vmDir));
}

QList<qint64> findVmProcesses(const QString &vmId, const QString &vmDir)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok && runsVm(pid, vmId, vmDir))
            pids << pid;
    }
    return pids;
}

bool isSessionLeader(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    // After "pid (comm) ": state ppid pgrp session ...
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 3 && fields.at(3).toLongLong() == pid;
}

QHash<QString, qint64> processesByUuid(const QString &vmsDir)
{
    QHash<QString, qint64> found;
    const QByteArray marker("\0-uuid\0", 7);
    const QByteArray storage = folderMarker(vmsDir);
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        const QByteArray cmdline = commandLine(pid);
        const int at = cmdline.indexOf(marker);
        if (at < 0 || !cmdline.contains(storage))
            continue;
        const int start = at + marker.size();
        const int end = cmdline.indexOf('\0', start);
        if (!isAlive(pid))
            continue;
        const QString uuid = QString::fromLatin1(cmdline.mid(start, end < 0 ? -1 : end - start));
        // While QEMU daemonizes, its first process still carries the same command line; the VM
        // is the daemon, which leads its own session.
        if (!found.contains(uuid) || isSessionLeader(pid))
            found.insert(uuid, pid);
    }
    return found;
}

qint64 readPidFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const qint64 pid = file.readAll().trimmed().toLongLong(&ok);
    return ok ? pid : 0;
}

} // namespace vman::hostproc
