// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessStats.h"

#include <QFile>
#include <QList>

#include <unistd.h>

namespace vman::stats {

std::optional<ProcessTimes> processTimesFromStat(const QByteArray &stat)
{
    // "pid (comm) state ppid ...": comm may hold spaces and ')', so fields count from the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0 || close + 2 > stat.size())
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After the comm: state(0) ppid(1) pgrp(2) session(3) tty(4) tpgid(5) flags(6) minflt(7)
    // cminflt(8) majflt(9) cmajflt(10) utime(11) stime(12) cutime(13) cstime(14) priority(15)
    // nice(16) num_threads(17) itrealvalue(18) starttime(19).
    if (fields.size() < 20)
        return std::nullopt;
    bool userOk = false, systemOk = false, startOk = false;
    const quint64 user = fields.at(11).toULongLong(&userOk);
    const quint64 system = fields.at(12).toULongLong(&systemOk);
    const quint64 start = fields.at(19).toULongLong(&startOk);
    if (!userOk || !systemOk || !startOk)
        return std::nullopt;
    return ProcessTimes{user + system, start};
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

std::optional<double> secondsSinceBootFromUptime(const QByteArray &uptime)
{
    // "12345.67 23456.78": up time and idle time, in seconds.
    const QList<QByteArray> fields = uptime.trimmed().split(' ');
    bool ok = false;
    const double seconds = fields.value(0).toDouble(&ok);
    return ok && seconds >= 0 ? std::optional<double>(seconds) : std::nullopt;
}

double percentOfOneCore(quint64 ticks, qint64 elapsedMs, long ticksPerSecond)
{
    if (elapsedMs <= 0 || ticksPerSecond <= 0)
        return 0.0;
    return 100.0 * (double(ticks) / double(ticksPerSecond)) / (double(elapsedMs) / 1000.0);
}

long ticksPerSecond()
{
    static const long ticks = ::sysconf(_SC_CLK_TCK);
    return ticks;
}

namespace {

QByteArray readSmallFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(maxBytes) : QByteArray();
}

} // namespace

std::optional<ProcessSample> sampleProcess(qint64 pid)
{
    const auto times = processTimesFromStat(readSmallFile(QStringLiteral("/proc/%1/stat").arg(pid), 1024));
    if (!times)
        return std::nullopt;
    ProcessSample sample{*times, std::nullopt, std::nullopt};
    static const long pageSize = ::sysconf(_SC_PAGESIZE);
    if (const auto pages = residentPagesFromStatm(readSmallFile(QStringLiteral("/proc/%1/statm").arg(pid), 256)); pages && pageSize > 0)
        sample.residentBytes = qint64(*pages) * pageSize;
    const auto sinceBoot = secondsSinceBootFromUptime(readSmallFile(QStringLiteral("/proc/uptime"), 128));
    if (sinceBoot && ticksPerSecond() > 0)
        sample.uptimeSeconds = qMax(0.0, *sinceBoot - double(times->startTicks) / double(ticksPerSecond()));
    return sample;
}

} // namespace vman::stats
