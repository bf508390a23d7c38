// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmStats.h"

#include "ProcessStats.h"
#include "VmOperator.h"
#include "VmService.h"

#include <QPointer>

namespace vman {

VmStats::VmStats(VmService &service, VmOperator &vmOperator, QObject *parent)
    : QObject(parent), m_service(service), m_operator(vmOperator)
{
    m_clock.start();
}

void VmStats::sampleNow()
{
    const qint64 now = m_clock.elapsed();
    const QDateTime at = nowUtc();
    QSet<QString> sampledIds;
    const QList<Disk> disks = m_service.disks();
    for (const Vm &vm : m_service.vms()) {
        if (vm.state != VmState::Running && vm.state != VmState::Paused)
            continue;
        const qint64 pid = m_operator.processId(vm);
        if (pid <= 0)
            continue;
        const auto process = stats::sampleProcess(pid);
        if (!process)
            continue;
        std::deque<VmSample> &series = m_history[vm.id];
        // A new process (the VM restarted) starts its own series.
        if (!series.empty() && (series.back().pid != pid || series.back().cpuTicks > process->times.cpuTicks))
            series.clear();
        VmSample sample;
        sample.at = at;
        sample.monotonicMs = now;
        sample.pid = pid;
        sample.cpuTicks = process->times.cpuTicks;
        sample.cpuSeconds = stats::ticksPerSecond() > 0 ? double(sample.cpuTicks) / double(stats::ticksPerSecond()) : 0.0;
        sample.residentBytes = process->residentBytes;
        sample.uptimeSeconds = process->uptimeSeconds;
        if (!series.empty()) {
            const VmSample &previous = series.back();
            sample.cpuPercent = stats::percentOfOneCore(sample.cpuTicks - previous.cpuTicks, now - previous.monotonicMs, stats::ticksPerSecond());
            // Until QEMU answers for this sample, the last counters it gave stand.
            sample.balloonBytes = previous.balloonBytes;
            sample.disks = previous.disks;
        }
        series.push_back(sample);
        while (!series.empty() && (now - series.front().monotonicMs > kHistoryMs || int(series.size()) > kMaxSamples))
            series.pop_front();
        sampledIds.insert(vm.id);

        if (m_countersPending.contains(vm.id))
            continue;
        m_countersPending.insert(vm.id);
        QList<Disk> vmDisks;
        for (const Disk &disk : disks) {
            if (disk.vmId == vm.id)
                vmDisks.append(disk);
        }
        QPointer<VmStats> self(this);
        const QString vmId = vm.id;
        m_operator.queryCounters(vm, vmDisks, [self, vmId, pid, now](Result<VmCounters> result) {
            if (!self)
                return;
            self->m_countersPending.remove(vmId);
            if (result.ok())
                self->addCounters(vmId, pid, now, result.value());
        });
    }
    // VMs that stopped lose their series.
    for (auto it = m_history.begin(); it != m_history.end();) {
        if (sampledIds.contains(it.key()))
            ++it;
        else
            it = m_history.erase(it);
    }
    Q_EMIT sampled();
}

void VmStats::addCounters(const QString &vmId, qint64 pid, qint64 sampleMs, const VmCounters &counters)
{
    const auto it = m_history.find(vmId);
    if (it == m_history.end() || it->empty() || it->back().pid != pid)
        return;
    // The answer belongs to the newest sample taken since it was asked for.
    VmSample &sample = it->back();
    if (sample.monotonicMs < sampleMs)
        return;
    sample.countersKnown = true;
    sample.disks = counters.disks;
    sample.balloonBytes = counters.balloonBytes;
}

std::optional<VmSample> VmStats::latest(const QString &vmId) const
{
    const auto it = m_history.constFind(vmId);
    if (it == m_history.cend() || it->empty())
        return std::nullopt;
    return it->back();
}

QList<VmSample> VmStats::history(const QString &vmId) const
{
    const auto it = m_history.constFind(vmId);
    return it == m_history.cend() ? QList<VmSample>() : QList<VmSample>(it->begin(), it->end());
}

std::optional<double> VmStats::percent(const QString &vmId) const
{
    const auto sample = latest(vmId);
    return sample ? sample->cpuPercent : std::nullopt;
}

std::optional<double> VmStats::seconds(const QString &vmId) const
{
    const auto sample = latest(vmId);
    return sample ? std::optional<double>(sample->cpuSeconds) : std::nullopt;
}

std::optional<qint64> VmStats::residentBytes(const QString &vmId) const
{
    const auto sample = latest(vmId);
    return sample ? sample->residentBytes : std::nullopt;
}

} // namespace vman
