// SPDX-License-Identifier: GPL-3.0-or-later
#include "Observer.h"

#include "SnapshotAudit.h"

#include "VmOperator.h"
#include "VmService.h"
#include "stats/VmStats.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QLoggingCategory>

#include <ctime>

Q_LOGGING_CATEGORY(lcObserver, "observer.pass")

namespace vman {

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QString describe(const Vm &vm)
{
    return QStringLiteral("VM '%1' (%2)").arg(vm.name, vm.id);
}

} // namespace

Observer::Observer(VmService &service, VmOperator &vmOperator, const Config &config, QObject *parent)
    : QObject(parent), m_service(service), m_operator(vmOperator), m_config(config)
{
    qRegisterMetaType<vman::Correction>();
    m_timer.setInterval(config.observerIntervalSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Observer::runPass);
}

void Observer::start()
{
    m_running = true;
    m_startedAt = nowUtc();
    m_timer.start();
    qCInfo(lcObserver) << "OBSERVER running every" << m_config.observerIntervalSeconds << "s"
                       << (m_config.observerEvents ? "with QMP events" : "without QMP events (passes only)");
    QTimer::singleShot(0, this, &Observer::runPass);
    // A QEMU that an earlier VMAN was launching when it died may only now appear: look again soon.
    QTimer::singleShot(1000, this, [this] {
        if (m_running)
            runPass();
    });
}

void Observer::stop()
{
    m_running = false;
    m_timer.stop();
}

void Observer::record(const QString &subject, const QString &before, const QString &after, const QString &reason)
{
    const Correction correction{nowUtc(), subject, before, after, reason};
    qCWarning(lcObserver).noquote() << QStringLiteral("%1: %2 -> %3 (%4)").arg(subject, before, after, reason);
    m_recent.push_front(correction);
    while (int(m_recent.size()) > kRecentCorrections)
        m_recent.pop_back();
    ++m_correctionsTotal;
    Q_EMIT corrected(correction);
}

void Observer::runPass()
{
    QElapsedTimer wall;
    wall.start();
    const double cpuStart = threadCpuMs();
    const QList<Vm> vms = m_service.vms();
    const QList<Disk> disks = m_service.disks();
    const HostReport report = m_operator.inspect(vms, disks);
    QPointer<Observer> self(this);

    for (const Vm &vm : vms) {
        // A VM with an operation in flight is that operation's business.
        if (m_service.isVmBusy(vm.id))
            continue;
        const HostReport::VmOnHost onHost = report.vms.value(vm.id);
        const QString subject = describe(vm);
        const auto missingRoot = report.missingRootDisks.constFind(vm.id);
        if (missingRoot != report.missingRootDisks.constEnd()) {
            const QString detail = QStringLiteral("root disk missing: %1").arg(*missingRoot);
            if (vm.state != VmState::Error || vm.stateDetail != detail) {
                m_service.correctVmState(vm.id, VmState::Error, detail);
                record(subject, nameOf(vm.state), nameOf(VmState::Error), detail);
            }
            continue;
        }
        const bool active = vm.state != VmState::Stopped && vm.state != VmState::Error;
        if (active && !onHost.pid) {
            QString reason = QStringLiteral("its QEMU process is gone");
            if (!onHost.lastLogLine.isEmpty())
                reason += QStringLiteral("; qemu.log ends with: %1").arg(onHost.lastLogLine);
            m_service.correctVmState(vm.id, VmState::Stopped, reason);
            record(subject, nameOf(vm.state), nameOf(VmState::Stopped), reason);
        } else if (onHost.pid) {
            // A live QEMU: adopt it or reconnect (exclusive), or just ask a connected one whether it
            // runs or is paused.
            const bool settled = vm.state == VmState::Running || vm.state == VmState::Paused;
            const qint64 pid = onHost.pid;
            m_service.recoverVm(vm.id, !(settled && onHost.connected), [self, subject, pid](VmState before, VmState after, const QString &detail) {
                if (self)
                    self->record(subject, nameOf(before), nameOf(after), QStringLiteral("QEMU PID %1: %2").arg(pid).arg(detail));
            });
        } else if (vm.state == VmState::Error && vm.stateDetail.startsWith(QLatin1String("root disk missing"))) {
            // The file is back.
            m_service.correctVmState(vm.id, VmState::Stopped, QString());
            record(subject, nameOf(VmState::Error), nameOf(VmState::Stopped), QStringLiteral("its root disk is back"));
        }
        if (!onHost.pid && onHost.staleFiles) {
            m_operator.removeStaleFiles(vm.id);
            record(subject, QStringLiteral("stale pidfile/sockets"), QStringLiteral("removed"), QStringLiteral("no QEMU runs for this VM"));
        }
    }

    for (const Disk &disk : disks) {
        const auto missing = report.missingDiskImages.constFind(disk.id);
        const QString subject = QStringLiteral("disk '%1' (%2)").arg(disk.name, disk.id);
        if (missing != report.missingDiskImages.constEnd()) {
            const QString problem = QStringLiteral("image file missing: %1").arg(*missing);
            if (disk.problem != problem && m_service.setDiskProblem(disk.id, problem))
                record(subject, disk.problem.isEmpty() ? QStringLiteral("ok") : disk.problem, QStringLiteral("error"), problem);
        } else if (!disk.problem.isEmpty() && m_service.setDiskProblem(disk.id, QString())) {
            record(subject, QStringLiteral("error"), QStringLiteral("ok"), QStringLiteral("its image file is back"));
        }
    }

    for (const auto &[pid, uuid] : report.orphanProcesses) {
        if (m_reportedOrphans.contains(pid))
            continue;
        m_reportedOrphans.insert(pid);
        const bool kill = m_config.observerKillOrphans && m_operator.killProcess(pid);
        record(QStringLiteral("QEMU PID %1 (uuid %2)").arg(pid).arg(uuid), QStringLiteral("running"),
               kill ? QStringLiteral("killed") : QStringLiteral("left running"),
               QStringLiteral("no VM has this uuid (orphan)%1").arg(kill ? QString() : QStringLiteral("; VMAN_OBSERVER_KILL_ORPHANS=1 kills such processes")));
    }
    for (const QString &path : report.orphanImages) {
        if (m_reportedImages.contains(path))
            continue;
        m_reportedImages.insert(path);
        record(path, QStringLiteral("unknown image"), QStringLiteral("reported"), QStringLiteral("no disk has this file (left in place)"));
    }

    auditSnapshotsOfNextVm(vms);

    if (m_stats) {
        QElapsedTimer statsWall;
        statsWall.start();
        m_stats->sampleNow();
        m_lastStatsMs = double(statsWall.nsecsElapsed()) / 1e6;
    }

    m_lastCpuMs = threadCpuMs() - cpuStart;
    m_lastDurationMs = double(wall.nsecsElapsed()) / 1e6;
    m_lastRunAt = nowUtc();
    ++m_runs;
    qCDebug(lcObserver).noquote() << QStringLiteral("pass %1: %2 VMs, %3 disks, %4 ms (CPU %5 ms)")
                                         .arg(m_runs).arg(vms.size()).arg(disks.size())
                                         .arg(m_lastDurationMs, 0, 'f', 2).arg(m_lastCpuMs, 0, 'f', 2);
    Q_EMIT passFinished();
}

// One VM per pass, in turn (a qemu-img info per image, off the pass's own time): whether its
// images hold the snapshots the database records, and no others. Each mismatch is reported once,
// and again if it comes back after it was mended.
void Observer::auditSnapshotsOfNextVm(const QList<Vm> &vms)
{
    if (vms.isEmpty() || m_auditInFlight)
        return;
    m_snapshotAuditCursor %= int(vms.size());
    const Vm vm = vms.at(m_snapshotAuditCursor++);
    if (m_service.isVmBusy(vm.id))
        return;
    m_auditInFlight = true;
    const auto recordedNames = [this](const QString &vmId) {
        QStringList names;
        for (const VmSnapshot &snapshot : m_service.snapshotsInImagesOf(vmId))
            names << snapshot.vmId + QLatin1Char('/') + snapshot.name + QLatin1Char('@') + snapshot.createdAt.toString(Qt::ISODateWithMs);
        return names;
    };
    QPointer<Observer> self(this);
    m_operator.imageSnapshots(vm, m_service.disksOfVm(vm.id), [self, vmId = vm.id, before = recordedNames(vm.id), recordedNames](Result<QHash<QString, QStringList>> found) {
        if (!self)
            return;
        self->m_auditInFlight = false;
        const auto current = self->m_service.findVm(vmId);
        // Not judged on a VM that changed meanwhile (a snapshot taken while the images were read).
        if (!found.ok() || !current || self->m_service.isVmBusy(vmId) || recordedNames(vmId) != before)
            return;
        QSet<QString> now;
        for (const SnapshotMismatch &mismatch : auditSnapshots(self->m_service.snapshotsInImagesOf(vmId), found.value())) {
            const bool missing = mismatch.kind == SnapshotMismatch::Kind::Missing;
            const QString key = QStringLiteral("%1|%2|%3").arg(missing ? QStringLiteral("missing") : QStringLiteral("unknown"), mismatch.image, mismatch.snapshot);
            now.insert(key);
            if (self->m_reportedSnapshotMismatches.value(vmId).contains(key))
                continue;
            QString image = QStringLiteral("the root disk");
            if (mismatch.image != VmSnapshot::kRootDisk) {
                const auto disk = self->m_service.findDisk(mismatch.image);
                image = QStringLiteral("disk '%1'").arg(disk ? disk->name : mismatch.image);
            }
            if (missing) {
                self->record(describe(*current), QStringLiteral("snapshot '%1' recorded").arg(mismatch.snapshot),
                             QStringLiteral("not in %1").arg(image),
                             QStringLiteral("the database lists it but the image holds no such snapshot (removed outside VMAN?); "
                                            "reverting to it fails until it is deleted"));
            } else {
                self->record(describe(*current), QStringLiteral("no record"), QStringLiteral("snapshot '%1' in %2").arg(mismatch.snapshot, image),
                             QStringLiteral("the image holds a snapshot VMAN has no record of (made outside VMAN?); it is left alone "
                                            "and not listed"));
            }
        }
        if (now.isEmpty())
            self->m_reportedSnapshotMismatches.remove(vmId);
        else
            self->m_reportedSnapshotMismatches.insert(vmId, now);
    });
}

ObserverStatus Observer::status() const
{
    ObserverStatus s;
    s.running = m_running;
    s.intervalSeconds = m_config.observerIntervalSeconds;
    s.lastRunAt = m_lastRunAt;
    s.lastDurationMs = m_lastDurationMs;
    s.lastCpuMs = m_lastCpuMs;
    s.lastStatsMs = m_lastStatsMs;
    s.runs = m_runs;
    s.correctionsTotal = m_correctionsTotal;
    s.recentCorrections = QList<Correction>(m_recent.begin(), m_recent.end());
    return s;
}

bool Observer::healthy() const
{
    if (!m_running)
        return false;
    const qint64 limitMs = qint64(m_config.observerIntervalSeconds) * 3000;
    const QDateTime reference = m_lastRunAt.isValid() ? m_lastRunAt : m_startedAt;
    return reference.msecsTo(nowUtc()) <= limitMs;
}

} // namespace vman
