// SPDX-License-Identifier: GPL-3.0-or-later
// OBSERVER's statistics of each running VM: CPU (from /proc/PID/stat, as % of one core over the
// last interval, as top and virt-manager show it, and cumulative seconds), the QEMU process's
// resident memory, the guest's balloon memory, per-disk I/O counters (QMP query-blockstats) and
// uptime. Sampled at each OBSERVER pass: a few small file reads per running VM, and one QMP
// exchange per VM answered later (never waited for). A short history (5 minutes) is kept per VM.
#pragma once

#include "DiskIo.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <deque>
#include <optional>

namespace vman {

class VmOperator;
class VmService;
struct VmCounters;

struct VmSample
{
    QDateTime at;
    qint64 monotonicMs = 0;
    qint64 pid = 0;
    quint64 cpuTicks = 0;
    double cpuSeconds = 0;
    std::optional<double> cpuPercent; // nothing for a process's first sample
    std::optional<qint64> residentBytes;
    std::optional<qint64> balloonBytes;
    std::optional<double> uptimeSeconds;
    bool countersKnown = false; // QEMU answered with its disk counters for this sample
    QList<DiskIo> disks;
};

class VmStats final : public QObject
{
    Q_OBJECT

public:
    VmStats(VmService &service, VmOperator &vmOperator, QObject *parent = nullptr);

    static constexpr qint64 kHistoryMs = 5 * 60 * 1000;
    static constexpr int kMaxSamples = 600; // a cap if the OBSERVER runs very often

    // One sample of every running or paused VM (the OBSERVER's pass calls it).
    void sampleNow();

    std::optional<VmSample> latest(const QString &vmId) const;
    // Oldest first, at most the last five minutes.
    QList<VmSample> history(const QString &vmId) const;

    // Shorthands of the latest sample, for the window's table.
    std::optional<double> percent(const QString &vmId) const;
    std::optional<double> seconds(const QString &vmId) const;
    std::optional<qint64> residentBytes(const QString &vmId) const;

Q_SIGNALS:
    void sampled();

private:
    void addCounters(const QString &vmId, qint64 pid, qint64 sampleMs, const VmCounters &counters);

    VmService &m_service;
    VmOperator &m_operator;
    QElapsedTimer m_clock;
    QHash<QString, std::deque<VmSample>> m_history;
    QSet<QString> m_countersPending; // one QMP exchange per VM at a time
};

} // namespace vman
