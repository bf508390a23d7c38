// SPDX-License-Identifier: GPL-3.0-or-later
// How busy each running VM's QEMU is: its CPU time from /proc/PID/stat, sampled on a timer, as a
// percentage of one core over the last interval (as top and virt-manager show it). Cheap: one
// small file read per running VM per interval; only processes VMAN controls are read.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

namespace vman {

class VmOperator;
class VmService;

namespace cpu {
// utime + stime (in clock ticks) from the text of /proc/PID/stat; nothing when it is malformed.
std::optional<quint64> ticksFromStat(const QByteArray &stat);
// The resident set in pages (the second field) from the text of /proc/PID/statm.
std::optional<quint64> residentPagesFromStatm(const QByteArray &statm);
// The percentage of one core that `ticks` clock ticks over `elapsedMs` are.
double percentOfOneCore(quint64 ticks, qint64 elapsedMs, long ticksPerSecond);
} // namespace cpu

class CpuMonitor final : public QObject
{
    Q_OBJECT

public:
    CpuMonitor(VmService &service, VmOperator &vmOperator, int intervalMs = 2000, QObject *parent = nullptr);

    // CPU use of the VM's QEMU over the last interval, in % of one core (more than 100 with
    // several busy vCPUs); nothing before two samples or when the VM does not run.
    std::optional<double> percent(const QString &vmId) const;
    // Its CPU time since QEMU started, in seconds.
    std::optional<double> seconds(const QString &vmId) const;
    // The resident memory of its QEMU process, in bytes, at the last sample.
    std::optional<qint64> residentBytes(const QString &vmId) const;

    void sampleNow();

Q_SIGNALS:
    void sampled();

private:
    struct Sample
    {
        qint64 pid = 0;
        quint64 ticks = 0;
        qint64 atMs = 0;
        std::optional<double> percent;
        std::optional<qint64> residentBytes;
    };

    VmService &m_service;
    VmOperator &m_operator;
    QTimer m_timer;
    QElapsedTimer m_clock;
    long m_ticksPerSecond;
    long m_pageSize;
    QHash<QString, Sample> m_samples;
};

} // namespace vman
