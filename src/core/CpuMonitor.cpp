// SPDX-License-Identifier: GPL-3.0-or-later
#include "CpuMonitor.h"

#include "VmOperator.h"
#include "VmService.h"

#include <QFile>

#include <unistd.h>

namespace vman {

namespace cpu {

std::optional<quint64> ticksFromStat(const QByteArray &stat)
{
    // "pid (comm) state ppid ...": comm may hold spaces and ')', so fields count from the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0 || close + 2 > stat.size())
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After the comm: state(0) ppid(1) pgrp(2) session(3) tty(4) tpgid(5) flags(6) minflt(7)
    // cminflt(8) majflt(9) cmajflt(10) utime(11) stime(12).
    if (fields.size() < 13)
        return std::nullopt;
    bool userOk = false, systemOk = false;
    const quint64 user = fields.at(11).toULongLong(&userOk);
    const quint64 system = fields.at(12).toULongLong(&systemOk);
    if (!userOk || !systemOk)
        return std::nullopt;
    return user + system;
}

std::optional<quint64> residentPagesFromStatm(const QByteArray &statm)
{
    // "size resident shared text lib data dt", in pages.
    const QList<QByteArray> fields = statm.trimmed().split(' ');
    if (fields.size() < 2)
        return std::nullopt;
    bool ok = false;
    const quint64 pages = fields.at(1).toULongLong(&ok);
    return ok ? std::optional<quint64>(pages) : std::nullopt;
}

double percentOfOneCore(quint64 ticks, qint64 elapsedMs, long ticksPerSecond)
{
    if (elapsedMs <= 0 || ticksPerSecond <= 0)
        return 0.0;
    return 100.0 * (double(ticks) / double(ticksPerSecond)) / (double(elapsedMs) / 1000.0);
}

} // namespace cpu

CpuMonitor::CpuMonitor(VmService &service, VmOperator &vmOperator, int intervalMs, QObject *parent)
    : QObject(parent), m_service(service), m_operator(vmOperator), m_ticksPerSecond(::sysconf(_SC_CLK_TCK)), m_pageSize(::sysconf(_SC_PAGESIZE))
{
    m_clock.start();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &CpuMonitor::sampleNow);
    m_timer.start();
}

std::optional<double> CpuMonitor::percent(const QString &vmId) const
{
    const auto it = m_samples.constFind(vmId);
    return it == m_samples.cend() ? std::nullopt : it->percent;
}

std::optional<qint64> CpuMonitor::residentBytes(const QString &vmId) const
{
    const auto it = m_samples.constFind(vmId);
    return it == m_samples.cend() ? std::nullopt : it->residentBytes;
}

std::optional<double> CpuMonitor::seconds(const QString &vmId) const
{
    const auto it = m_samples.constFind(vmId);
    if (it == m_samples.cend() || m_ticksPerSecond <= 0)
        return std::nullopt;
    return double(it->ticks) / double(m_ticksPerSecond);
}

void CpuMonitor::sampleNow()
{
    QHash<QString, Sample> next;
    const qint64 now = m_clock.elapsed();
    for (const Vm &vm : m_service.vms()) {
        if (vm.state != VmState::Running && vm.state != VmState::Paused)
            continue;
        const qint64 pid = m_operator.processId(vm);
        if (pid <= 0)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const auto ticks = cpu::ticksFromStat(stat.read(1024));
        if (!ticks)
            continue;
        Sample sample{pid, *ticks, now, std::nullopt, std::nullopt};
        QFile statm(QStringLiteral("/proc/%1/statm").arg(pid));
        if (statm.open(QIODevice::ReadOnly)) {
            if (const auto pages = cpu::residentPagesFromStatm(statm.read(256)); pages && m_pageSize > 0)
                sample.residentBytes = qint64(*pages) * m_pageSize;
        }
        const auto previous = m_samples.constFind(vm.id);
        // A new process (the VM restarted) starts its own series.
        if (previous != m_samples.cend() && previous->pid == pid && *ticks >= previous->ticks)
            sample.percent = cpu::percentOfOneCore(*ticks - previous->ticks, now - previous->atMs, m_ticksPerSecond);
        next.insert(vm.id, sample);
    }
    m_samples.swap(next);
    Q_EMIT sampled();
}

} // namespace vman
