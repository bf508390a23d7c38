// SPDX-License-Identifier: GPL-3.0-or-later
// What /proc says about a process: the small, strict readers of /proc/PID/stat, /proc/PID/statm
// and /proc/uptime the statistics are built from (pure, tested on real and hostile lines).
#pragma once

#include <QByteArray>

#include <optional>

namespace vman::stats {

struct ProcessTimes
{
    quint64 cpuTicks = 0;   // utime + stime, in clock ticks
    quint64 startTicks = 0; // when it started, in clock ticks after boot
};

// From the text of /proc/PID/stat; nothing when it is malformed.
std::optional<ProcessTimes> processTimesFromStat(const QByteArray &stat);
// The resident set in pages (the second field) from the text of /proc/PID/statm.
std::optional<quint64> residentPagesFromStatm(const QByteArray &statm);
// Seconds since boot (the first field) from the text of /proc/uptime.
std::optional<double> secondsSinceBootFromUptime(const QByteArray &uptime);
// The percentage of one core that `ticks` clock ticks over `elapsedMs` are.
double percentOfOneCore(quint64 ticks, qint64 elapsedMs, long ticksPerSecond);

// One look at a live process (three small file reads); nothing when it is gone.
struct ProcessSample
{
    ProcessTimes times;
    std::optional<qint64> residentBytes;
    std::optional<double> uptimeSeconds;
};
std::optional<ProcessSample> sampleProcess(qint64 pid);
long ticksPerSecond();

} // namespace vman::stats
