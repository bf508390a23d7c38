// SPDX-License-Identifier: GPL-3.0-or-later
#include "QemuOperator.h"

#include "LaunchSpec.h"

#include "DryRunOperator.h"
#include "FileCopy.h"
#include "UnusedBases.h"
#include "HostProcesses.h"
#include "Logging.h"
#include "ProcessControl.h"
#include "QemuCommandLine.h"
#include "QmpClient.h"
#include "SystemHealth.h"
#include "cloudinit/NoCloudSeed.h"
#include "cloudinit/SeedImage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QSet>
#include <QTimer>
#include <QtConcurrent>

#include <csignal>

Q_LOGGING_CATEGORY(lcQemu, "operator.qemu")

namespace vman {

namespace {

constexpr qint64 kRootDiskGiB = 10;

QString lastLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    file.seek(qMax<qint64>(0, size - 1024));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    return QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.last()).trimmed();
}

} // namespace

QemuOperator::QemuOperator(const Config &config, StoragePaths paths, QObject *parent)
    : VmOperator(parent), m_config(config), m_paths(std::move(paths)), m_files(m_paths, qemu::QemuFiles::defaultRuntimeBase()),
      m_images(config.qemuImgBinary), m_accel(SystemHealth::effectiveAccel(config.accel)),
      m_startTimeoutMs(config.startTimeoutSeconds * 1000), m_connections(m_files),
      m_blocks(m_connections, m_paths, config.unplugTimeoutSeconds * 1000), m_jobs(m_connections)
{
    connect(&m_connections, &qemu::QmpConnections::exited, this, &QemuOperator::onExited);
    connect(&m_connections, &qemu::QmpConnections::controlLost, this, [this](const QString &vmId, const QString &reason) {
        appendQemuLog(vmId, QStringLiteral("QMP connection lost (%1); QEMU still runs, reconnecting").arg(reason));
        Q_EMIT vmControlLost(vmId, reason);
    });
    connect(&m_connections, &qemu::QmpConnections::controlRestored, this, [this](const QString &vmId, const qemu::RunState &state) {
        appendQemuLog(vmId, QStringLiteral("QMP connection restored"));
        Q_EMIT vmRunStateChanged(vmId, state.state, state.detail);
    });
    connect(&m_connections, &qemu::QmpConnections::qmpEvent, this, [this](const QString &vmId, const QString &name, const QJsonObject &data) {
        qCDebug(lcQemu).noquote() << "VM" << vmId << "event" << name << data;
        if (name == QLatin1String("STOP") || name == QLatin1String("RESUME")) {
            if (!m_config.observerEvents)
                return;
            // Ask why: a STOP may be a pause, or QEMU halting the guest on a disk error.
            QPointer<QemuOperator> self(this);
            m_connections.execute(vmId, QStringLiteral("query-status"), {}, [self, vmId](Result<QJsonValue> status) {
                if (self && status.ok()) {
                    const qemu::RunState state = qemu::runStateFrom(status.value().toObject());
                    Q_EMIT self->vmRunStateChanged(vmId, state.state, state.detail);
                }
            });
        } else if (name == QLatin1String("RESET")) {
            const bool byGuest = data.value(QLatin1String("guest")).toBool();
            qCInfo(lcQemu).noquote() << "VM" << vmId << "reset" << (byGuest ? "by the guest" : "by the host");
            if (byGuest)
                Q_EMIT vmGuestReset(vmId);
        }
    });
    connect(&m_blocks, &qemu::BlockDevices::released, this, &VmOperator::diskReleased);
}

QemuOperator::~QemuOperator() = default; // VMs keep running: only our connections to them end

qint64 QemuOperator::runningPid(const QString &vmId) const
{
    if (const qint64 attached = m_connections.pid(vmId))
        return attached;
    const VmFiles f = files(vmId);
    const qint64 fromFile = hostproc::readPidFile(f.pidFile);
    if (hostproc::runsVm(fromFile, vmId, f.dir))
        return fromFile;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_processScanAtMs < 0 || now - m_processScanAtMs > 1000) {
        m_processScan = hostproc::processesByUuid(m_paths.vmsDir());
        m_processScanAtMs = now;
    }
    const qint64 scanned = m_processScan.value(vmId);
    return hostproc::runsVm(scanned, vmId, f.dir) ? scanned : 0;
}

void QemuOperator::removeStaleFiles(const QString &vmId)
{
    const VmFiles f = files(vmId);
    for (const QString &path : {f.pidFile, f.qmpSocket, f.serialSocket, f.vncSocket, f.guestAgentSocket})
        QFile::remove(path);
}

bool QemuOperator::killProcess(qint64 pid)
{
    if (!hostproc::isAlive(pid))
        return false;
    qemu::terminate(this, pid, kTermGraceMs, [pid](bool gone) {
        if (!gone)
            qCWarning(lcQemu) << "PID" << pid << "survived SIGTERM and SIGKILL";
    });
    return true;
}

HostReport QemuOperator::inspect(const QList<Vm> &vms, const QList<Disk> &disks)
{
    HostReport report;
    // One pass over /proc: QEMUs started from this storage, by uuid.
    const QHash<QString, qint64> processes = hostproc::processesByUuid(m_paths.vmsDir());
    m_processScan = processes;
    m_processScanAtMs = QDateTime::currentMSecsSinceEpoch();

    QSet<QString> known;
    known.reserve(vms.size());
    for (const Vm &vm : vms) {
        known.insert(vm.id);
        const VmFiles f = files(vm.id);
        HostReport::VmOnHost onHost;
        if (const qint64 pid = m_connections.pid(vm.id)) {
            onHost.pid = hostproc::isAlive(pid) ? pid : 0;
            // Reconnecting after a lost connection counts too: the registry is on it.
            onHost.connected = onHost.pid != 0;
        } else {
            onHost.pid = processes.value(vm.id);
        }
        if (!onHost.pid) {
            onHost.staleFiles = QFileInfo::exists(f.pidFile) || QFileInfo::exists(f.qmpSocket) || QFileInfo::exists(f.serialSocket);
            if (vm.state != VmState::Stopped)
                onHost.lastLogLine = lastLine(f.qemuLog);
        }
        if (vm.rootDiskCreatedAt.isValid() && !QFileInfo::exists(f.rootDisk))
            report.missingRootDisks.insert(vm.id, f.rootDisk);
        report.vms.insert(vm.id, onHost);
    }
    for (auto it = processes.begin(); it != processes.end(); ++it) {
        if (!known.contains(it.key()))
            report.orphanProcesses.append({it.value(), it.key()});
    }

    QSet<QString> diskFiles;
    const QStringList images = QDir(m_paths.disksDir()).entryList({QStringLiteral("*.qcow2")}, QDir::Files);
    for (const QString &name : images)
        diskFiles.insert(name);
    for (const Disk &disk : disks) {
        const QString name = disk.id + QLatin1String(".qcow2");
        if (!diskFiles.remove(name))
            report.missingDiskImages.insert(disk.id, m_paths.diskImage(disk.id));
    }
    for (const QString &name : std::as_const(diskFiles))
        report.orphanImages.append(m_paths.disksDir() + QLatin1Char('/') + name);
    return report;
}

void QemuOperator::appendQemuLog(const QString &vmId, const QString &text) const
{
    QFile log(files(vmId).qemuLog);
    if (log.open(QIODevice::WriteOnly | QIODevice::Append))
        log.write((QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + text + QLatin1Char('\n')).toUtf8());
}

// ---- start -----------------------------------------------------------------------------------

QString QemuOperator::firmwareProblem(Firmware firmware) const
{
    if (firmware == Firmware::Uefi && !qemu::findUefiFirmware({m_config.uefiFirmwareDir})) {
        return QStringLiteral("UEFI firmware is not installed on this host: no OVMF_CODE_4M.fd/OVMF_VARS_4M.fd in %1 "
                              "(Debian package `ovmf`; VMAN_UEFI_FIRMWARE_DIR)")
            .arg(m_config.uefiFirmwareDir);
    }
    return {};
}

void QemuOperator::changeCdrom(const Vm &vm, const QString &isoPath, Callback<Done> done)
{
    const QString device = QLatin1String(qemu::kCdromDevice);
    auto refused = [done](const ServiceError &error) {
        done(ServiceError::conflict(QStringLiteral("the CD-ROM tray is locked by the guest and QEMU refused to open it: %1").arg(error.message)));
    };
    if (!isoPath.isEmpty()) {
        // force: opens the tray even when the guest locked it (an installer usually does).
        return m_connections.execute(vm.id, QStringLiteral("blockdev-change-medium"),
                                     {{QStringLiteral("id"), device},
                                      {QStringLiteral("filename"), isoPath},
                                      {QStringLiteral("format"), QStringLiteral("raw")},
                                      {QStringLiteral("read-only-mode"), QStringLiteral("read-only")},
                                      {QStringLiteral("force"), true}},
                                     [done, refused](Result<QJsonValue> r) { r.ok() ? done(Done{}) : refused(r.error()); });
    }
    QPointer<QemuOperator> self(this);
    const QString vmId = vm.id;
    m_connections.execute(vmId, QStringLiteral("blockdev-open-tray"), {{QStringLiteral("id"), device}, {QStringLiteral("force"), true}},
                          [self, vmId, device, done, refused](Result<QJsonValue> opened) {
                              if (!self)
                                  return;
                              if (!opened.ok())
                                  return refused(opened.error());
                              self->m_connections.execute(vmId, QStringLiteral("blockdev-remove-medium"), {{QStringLiteral("id"), device}},
                                                          [self, vmId, device, done, refused](Result<QJsonValue> removed) {
                                                              if (!self)
                                                                  return;
                                                              if (!removed.ok())
                                                                  return refused(removed.error());
                                                              // An empty drive with a closed tray, as after a real eject.
                                                              self->m_connections.execute(vmId, QStringLiteral("blockdev-close-tray"),
                                                                                          {{QStringLiteral("id"), device}},
                                                                                          [done](Result<QJsonValue>) { done(Done{}); });
                                                          });
                          });
}

void QemuOperator::start(const Vm &vm, const QList<Disk> &disks, const BootMedia &media, Callback<Done> done)
{
    if (m_connections.isAttached(vm.id))
        return done(Done{});
    const VmFiles f = files(vm.id);
    if (auto prepared = m_files.prepare(f); !prepared.ok())
        return done(prepared.error());
    // A QEMU of this VM that is exiting (it removed its QMP socket on the way out, after a stop
    // that just finished): let it go, then start afresh, instead of adopting a dying process.
    if (const qint64 pid = runningPid(vm.id); pid && !QFileInfo::exists(f.qmpSocket)) {
        qCInfo(lcQemu).noquote() << "VM" << vm.id << ": its previous QEMU (PID" << pid << ") is still exiting; starting once it is gone";
        QPointer<QemuOperator> self(this);
        return qemu::whenExited(this, pid, kQuitTimeoutMs + kTermGraceMs, [self, vm, disks, media, done, pid](bool exited) {
            if (!self)
                return;
            if (!exited)
                return done(ServiceError::conflict(QStringLiteral("the previous QEMU of VM '%1' (PID %2) does not exit; stop the VM with force").arg(vm.name).arg(pid)));
            self->m_processScanAtMs = -1; // the scan that saw it is stale now
            self->start(vm, disks, media, done);
        });
    }
    // A QEMU for this VM that survived an earlier VMAN: adopt it rather than start a second one.
    if (const qint64 pid = runningPid(vm.id)) {
        qCInfo(lcQemu).noquote() << "VM" << vm.id << "already runs as PID" << pid << ": adopting it";
        return m_connections.attach(vm.id, pid, [done](Result<qemu::RunState> state) { state.ok() ? done(Done{}) : done(state.error()); });
    }
    removeStaleFiles(vm.id);
    // Never hide a lost root disk by making a fresh one.
    if (vm.rootDiskCreatedAt.isValid() && !QFileInfo::exists(f.rootDisk)) {
        return done(ServiceError::conflict(QStringLiteral("the root disk of VM '%1' is missing (%2); it was made on %3. "
                                                          "Restore the file, or delete the VM")
                                               .arg(vm.name, f.rootDisk, vm.rootDiskCreatedAt.toString(Qt::ISODate))));
    }
    for (const Disk &disk : disks) {
        const QString path = m_paths.diskImage(disk.id);
        if (!QFileInfo::exists(path))
            return done(ServiceError::conflict(QStringLiteral("the image of disk '%1' is missing: %2; restore it or detach the disk")
                                                   .arg(disk.name, path)));
    }
    QPointer<QemuOperator> self(this);
    if (!media.cdromPath.isEmpty() && !QFileInfo::exists(media.cdromPath))
        return done(ServiceError::conflict(QStringLiteral("the ISO in the CD-ROM drive is missing: %1; eject it or restore the file").arg(media.cdromPath)));
    prepareRootDisk(vm, media, [self, vm, disks, media, done](Result<Done> prepared) {
        if (!self)
            return;
        if (!prepared.ok())
            return done(ServiceError::failed(QStringLiteral("cannot prepare the root disk: %1").arg(prepared.error().message)));
        self->prepareFirmware(vm, [self, vm, disks, media, done](Result<Done> firmware) {
            if (!self)
                return;
            if (!firmware.ok())
                return done(ServiceError::failed(QStringLiteral("cannot prepare the UEFI variable store: %1").arg(firmware.error().message)));
            self->prepareSeed(vm, [self, vm, disks, media, done](Result<Done> seed) {
                if (!self)
                    return;
                if (!seed.ok())
                    return done(ServiceError::failed(QStringLiteral("cannot prepare the cloud-init seed: %1").arg(seed.error().message)));
                self->launch(vm, disks, media, done);
            });
        });
    });
}

void QemuOperator::prepareSeed(const Vm &vm, Callback<Done> done)
{
    const QString path = files(vm.id).seedImage;
    if (!vm.cloudInit) {
        QFile::remove(path); // settings removed: no stale seed on the next boot
        return done(Done{});
    }
    // Written at every start from the VM's settings (a few milliseconds), so the seed always says
    // what the database says; on a pool thread, as everything that touches files.
    const QList<cloudinit::SeedFile> seed = cloudinit::seedFiles(vm);
    QPointer<QemuOperator> self(this);
    QtConcurrent::run([path, seed]() -> Result<Done> {
        const Result<QByteArray> image = cloudinit::isoImage(QLatin1String(cloudinit::kSeedVolumeId), seed);
        if (!image.ok())
            return image.error();
        return cloudinit::writeSeedImage(path, image.value());
    }).then(this, [done](Result<Done> written) { done(written); });
}

void QemuOperator::prepareFirmware(const Vm &vm, Callback<Done> done)
{
    const QString vars = files(vm.id).efiVars;
    if (vm.firmware != Firmware::Uefi || QFileInfo::exists(vars))
        return done(Done{});
    const auto firmware = qemu::findUefiFirmware({m_config.uefiFirmwareDir});
    if (!firmware)
        return done(ServiceError::conflict(firmwareProblem(Firmware::Uefi)));
    m_images.convertToQcow2(firmware->vars, QStringLiteral("raw"), vars, std::move(done));
}

void QemuOperator::prepareRootDisk(const Vm &vm, const BootMedia &media, Callback<Done> done)
{
    const QString root = files(vm.id).rootDisk;
    if (QFileInfo::exists(root))
        return done(Done{});
    constexpr qint64 kGiB = qint64(1) << 30;
    if (media.imagePath.isEmpty()) {
        const qint64 size = vm.diskSize > 0 ? vm.diskSize : kRootDiskGiB;
        qCInfo(lcQemu).noquote() << "VM" << vm.id << "gets an empty" << size << "GiB root disk";
        return m_images.create(root, size, std::move(done));
    }
    // Then grown to the VM's disk size (a root disk is never smaller than its image).
    const qint64 wanted = qint64(vm.diskSize) * kGiB;
    QPointer<QemuOperator> self(this);
    auto grow = [self, root, wanted, virtualSize = media.imageVirtualSize, done](Result<Done> made) {
        if (!self || !made.ok() || wanted <= virtualSize)
            return done(made);
        self->m_images.grow(root, wanted, [root, done](Result<Done> grown) {
            if (!grown.ok())
                QFile::remove(root); // no half-made root disk: the next start tries again
            done(grown);
        });
    };
    if (media.imageFormat == ImageFormat::Raw) {
        qCInfo(lcQemu).noquote() << "VM" << vm.id << "root disk: qcow2 copy of raw image" << media.imagePath;
        return m_images.convertToQcow2(media.imagePath, QStringLiteral("raw"), root, grow);
    }
    if (m_config.cloneMode == CloneMode::Full) {
        qCInfo(lcQemu).noquote() << "VM" << vm.id << "root disk: full copy of" << media.imagePath;
        return m_images.fullCopy(media.imagePath, root, grow);
    }
    qCInfo(lcQemu).noquote() << "VM" << vm.id << "root disk: linked clone of" << media.imagePath;
    // One qemu-img call: the overlay gets its final size as it is made.
    m_images.linkedClone(media.imagePath, root, std::move(done), wanted > media.imageVirtualSize ? wanted : 0);
}

std::optional<QemuLaunchSpec> QemuOperator::launchSpec(const Vm &vm, const QList<Disk> &disks, const BootMedia &media) const
{
    const QString firmware = vm.firmware == Firmware::Uefi ? qemu::findUefiFirmware({m_config.uefiFirmwareDir}).value_or(UefiFirmware()).code : QString();
    return qemu::launchSpecFor(vm, disks, files(vm.id), m_paths, {media.cdromPath, media.bootOrder, m_accel, firmware});
}

void QemuOperator::launch(const Vm &vm, const QList<Disk> &disks, const BootMedia &media, Callback<Done> done, int attempt)
{
    const QemuLaunchSpec spec = *launchSpec(vm, disks, media);
    auto *process = new QProcess(this);
    process->setProgram(m_config.qemuBinary);
    process->setArguments(qemu::arguments(spec));
    process->setStandardOutputFile(QProcess::nullDevice());
    appendQemuLog(vm.id, QStringLiteral("starting: %1 %2").arg(process->program(), process->arguments().join(QLatin1Char(' '))));
    auto answered = std::make_shared<bool>(false);
    QPointer<QemuOperator> self(this);
    const QString vmId = vm.id;
    // With -daemonize the parent exits once the VM is set up, or with QEMU's error. One that
    // never returns is ended, and so is whatever it started.
    auto *deadline = new QTimer(process);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [self, process, vmId, done, answered] {
        if (*answered || !self)
            return;
        *answered = true;
        const int seconds = self->m_startTimeoutMs / 1000;
        qCWarning(lcQemu).noquote() << "VM" << vmId << ": QEMU did not finish starting within" << seconds << "s; ending it";
        process->disconnect(self);
        process->kill();
        process->deleteLater();
        self->abandonStart(vmId, QStringLiteral("QEMU did not finish starting within %1 s (VMAN_START_TIMEOUT)").arg(seconds), done);
    });
    connect(process, &QProcess::finished, this, [self, process, vm, disks, media, attempt, done, answered](int exitCode, QProcess::ExitStatus status) {
        process->deleteLater();
        if (*answered || !self)
            return;
        *answered = true;
        const QString vmId = vm.id;
        if (status != QProcess::NormalExit || exitCode != 0) {
            QString message = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
            if (message.isEmpty())
                message = QStringLiteral("QEMU exited with code %1 and no message").arg(exitCode);
            // The previous QEMU of this VM still holds its pidfile while it exits: no daemon was
            // made this time, so wait a moment and launch again.
            constexpr int kLockRetries = 50; // 10 s: an exiting QEMU under load (sanitizer runs) took longer than 3 s
            if (message.contains(QLatin1String("Cannot lock pid file")) && attempt < kLockRetries) {
                self->appendQemuLog(vmId, QStringLiteral("the previous QEMU still holds the pidfile; launching again"));
                QTimer::singleShot(200, self, [self, vm, disks, media, done, attempt] {
                    if (self)
                        self->launch(vm, disks, media, done, attempt + 1);
                });
                return;
            }
            self->appendQemuLog(vmId, QStringLiteral("start failed: %1").arg(message));
            // A daemon it may have left behind goes too.
            return self->abandonStart(vmId, QStringLiteral("QEMU failed to start: %1").arg(message), done);
        }
        self->adoptLaunched(vmId, done);
    });
    connect(process, &QProcess::errorOccurred, this, [self, process, done, answered](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || *answered || !self)
            return;
        *answered = true;
        process->deleteLater();
        done(ServiceError::failed(QStringLiteral("cannot run %1: %2").arg(process->program(), process->errorString())));
    });
    deadline->start(m_startTimeoutMs);
    process->start(QIODevice::ReadOnly);
}

void QemuOperator::adoptLaunched(const QString &vmId, Callback<Done> done)
{
    const VmFiles f = files(vmId);
    const qint64 pid = hostproc::readPidFile(f.pidFile);
    if (!hostproc::runsVm(pid, vmId, f.dir))
        return abandonStart(vmId, QStringLiteral("QEMU started but its process is gone (pidfile says %1)").arg(pid), done);
    appendQemuLog(vmId, QStringLiteral("running as PID %1").arg(pid));
    QPointer<QemuOperator> self(this);
    m_connections.attach(vmId, pid, [self, vmId, done](Result<qemu::RunState> state) {
        if (!self)
            return;
        if (!state.ok())
            return self->abandonStart(vmId, state.error().message, done);
        if (state.value().state != VmState::Running) {
            const QString detail = state.value().detail.isEmpty() ? nameOf(state.value().state) : state.value().detail;
            return self->abandonStart(vmId, QStringLiteral("QEMU started but the VM does not run: %1").arg(detail), done);
        }
        done(Done{});
    });
}

void QemuOperator::abandonStart(const QString &vmId, const QString &reason, Callback<Done> done)
{
    // Whatever this start left running for the VM is stopped before we answer: a failed start
    // never leaves a QEMU behind for a VM that is then recorded as stopped.
    m_connections.forget(vmId);
    const QList<qint64> pids = hostproc::findVmProcesses(vmId, files(vmId).dir);
    appendQemuLog(vmId, QStringLiteral("start abandoned: %1%2").arg(reason, pids.isEmpty() ? QString() : QStringLiteral(" (ending PID %1)").arg(pids.last())));
    auto remaining = std::make_shared<int>(int(pids.size()));
    QPointer<QemuOperator> self(this);
    auto finish = [self, vmId, reason, done] {
        if (!self)
            return;
        self->removeStaleFiles(vmId);
        done(ServiceError::failed(reason));
    };
    if (pids.isEmpty())
        return finish();
    for (qint64 pid : pids) {
        qemu::terminate(this, pid, kTermGraceMs, [remaining, finish](bool) {
            if (--*remaining == 0)
                finish();
        });
    }
}

// ---- exits and stop --------------------------------------------------------------------------

void QemuOperator::onExited(const QString &vmId, const QString &reason)
{
    m_blocks.forgetVm(vmId);
    forgetAgent(vmId, QStringLiteral("the VM stopped"));
    removeStaleFiles(vmId);
    appendQemuLog(vmId, QStringLiteral("exited: %1").arg(reason));
    const auto waiters = m_exitWaiters.take(vmId);
    if (waiters.isEmpty()) {
        qCInfo(lcQemu).noquote() << "VM" << vmId << "exited:" << reason;
        if (m_config.observerEvents)
            Q_EMIT vmExited(vmId, reason);
    }
    for (const auto &waiter : waiters)
        waiter(true);
}

void QemuOperator::waitForExit(const QString &vmId, int ms, std::function<void(bool)> done)
{
    if (!m_connections.isAttached(vmId))
        return done(true);
    // Whichever comes first, the exit or the timeout, answers; the other is ignored.
    auto settled = std::make_shared<bool>(false);
    QPointer<QTimer> timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a guest gets at least the time it was promised
    connect(timer, &QTimer::timeout, this, [timer, settled, done] {
        timer->deleteLater();
        if (std::exchange(*settled, true))
            return;
        done(false);
    });
    m_exitWaiters[vmId].append([timer, settled, done](bool) {
        if (std::exchange(*settled, true))
            return;
        if (timer) {
            timer->stop();
            timer->deleteLater();
        }
        done(true);
    });
    timer->start(ms);
}

void QemuOperator::pause(const Vm &vm, Callback<Done> done)
{
    if (!m_connections.client(vm.id))
        return done(ServiceError::conflict(QStringLiteral("VMAN has no control connection to VM '%1' right now; try again in a moment").arg(vm.name)));
    m_connections.execute(vm.id, QStringLiteral("stop"), {}, [done](Result<QJsonValue> r) { r.ok() ? done(Done{}) : done(r.error()); });
}

void QemuOperator::resume(const Vm &vm, Callback<Done> done)
{
    if (!m_connections.client(vm.id))
        return done(ServiceError::conflict(QStringLiteral("VMAN has no control connection to VM '%1' right now; try again in a moment").arg(vm.name)));
    m_connections.execute(vm.id, QStringLiteral("cont"), {}, [done](Result<QJsonValue> r) { r.ok() ? done(Done{}) : done(r.error()); });
}

void QemuOperator::stop(const Vm &vm, const StopOptions &options, Callback<Done> done)
{
    if (!m_connections.isAttached(vm.id)) {
        // Not connected: a QEMU of ours that we never attached to still gets stopped, politely.
        const qint64 pid = runningPid(vm.id);
        if (!pid) {
            removeStaleFiles(vm.id);
            return done(Done{});
        }
        return terminate(pid, vm.id, std::move(done));
    }
    if (options.force)
        return forceStop(vm.id, std::move(done));
    if (!m_connections.client(vm.id)) {
        return done(ServiceError::conflict(QStringLiteral("VMAN lost its control connection to VM '%1' and is reconnecting; "
                                                          "try again in a moment, or force the stop")
                                               .arg(vm.name)));
    }
    const QString vmId = vm.id;
    const int timeoutMs = int(options.timeoutSeconds * 1000);
    QPointer<QemuOperator> self(this);
    if (vm.state == VmState::Paused) {
        // A paused guest cannot see the power button: it runs again to shut down.
        Vm resumed = vm;
        resumed.state = VmState::Running;
        return m_connections.execute(vmId, QStringLiteral("cont"), {}, [self, resumed, options, done](Result<QJsonValue> r) {
            if (!self)
                return;
            if (!r.ok())
                return self->forceStop(resumed.id, done);
            self->stop(resumed, options, done);
        });
    }
    m_connections.execute(vmId, QStringLiteral("system_powerdown"), {}, [self, vmId, timeoutMs, done](Result<QJsonValue> pressed) {
        if (!self)
            return;
        if (!pressed.ok()) {
            qCWarning(lcQemu).noquote() << "VM" << vmId << "power button failed:" << pressed.error().message << "- forcing";
            return self->forceStop(vmId, done);
        }
        // Half the time for the power button; a guest that ignores it (no ACPI daemon, a
        // minimal image) is then asked through its agent, if it has one, before being forced.
        const int buttonMs = timeoutMs / 2;
        self->waitForExit(vmId, buttonMs, [self, vmId, buttonMs, timeoutMs, done](bool exited) {
            if (!self)
                return;
            if (exited)
                return done(Done{});
            qCInfo(lcQemu).noquote() << "VM" << vmId << "ignored the power button for" << buttonMs << "ms: asking its guest agent";
            self->agentShutdown(vmId, timeoutMs - buttonMs, done);
        });
    });
}

void QemuOperator::agentShutdown(const QString &vmId, int waitMs, Callback<Done> done)
{
    QPointer<QemuOperator> self(this);
    const qint64 askedAt = QDateTime::currentMSecsSinceEpoch();
    agent(vmId)->execute(
        QStringLiteral("guest-shutdown"), {{QStringLiteral("mode"), QStringLiteral("powerdown")}},
        [self, vmId, waitMs, askedAt, done](Result<QJsonValue> asked) {
            if (!self)
                return;
            const int left = int(qMax<qint64>(0, waitMs - (QDateTime::currentMSecsSinceEpoch() - askedAt)));
            if (!asked.ok()) {
                qCInfo(lcQemu).noquote() << "VM" << vmId << ": no guest agent shutdown (" << asked.error().message << "); waiting" << left << "ms more";
            } else {
                qCInfo(lcQemu).noquote() << "VM" << vmId << ": guest agent asked to shut down";
                self->appendQemuLog(vmId, QStringLiteral("guest agent asked to shut down (the power button was ignored)"));
            }
            self->waitForExit(vmId, left, [self, vmId, done](bool exited) {
                if (!self)
                    return;
                if (exited)
                    return done(Done{});
                qCInfo(lcQemu).noquote() << "VM" << vmId << "did not shut down in time: forcing";
                self->forceStop(vmId, done);
            });
        },
        qMin(waitMs, GuestAgentClient::kDefaultTimeoutMs), false);
}

GuestAgentClient *QemuOperator::agent(const QString &vmId)
{
    GuestAgentClient *&client = m_agents[vmId];
    if (!client)
        client = new GuestAgentClient(files(vmId).guestAgentSocket, this);
    return client;
}

void QemuOperator::forgetAgent(const QString &vmId, const QString &reason)
{
    if (GuestAgentClient *client = m_agents.take(vmId)) {
        client->close(reason);
        client->deleteLater();
    }
}

void QemuOperator::queryGuest(const Vm &vm, Callback<GuestInfo> done)
{
    if (!m_connections.isAttached(vm.id))
        return done(ServiceError::conflict(QStringLiteral("VM '%1' is not running").arg(vm.name)));
    // Four small questions, one after another on the one channel (the agent serves one client
    // and one request at a time); a missing answer leaves its part empty.
    struct Answers
    {
        QJsonValue info, os, host, nics;
    };
    auto answers = std::make_shared<Answers>();
    QPointer<GuestAgentClient> client(agent(vm.id));
    client->execute(QStringLiteral("guest-info"), {}, [client, answers, done](Result<QJsonValue> info) {
        if (!info.ok())
            return done(info.error());
        answers->info = info.value();
        if (!client)
            return done(ServiceError::unavailable(QStringLiteral("the VM stopped")));
        client->execute(QStringLiteral("guest-get-osinfo"), {}, [client, answers, done](Result<QJsonValue> os) {
            if (os.ok())
                answers->os = os.value();
            if (!client)
                return done(ServiceError::unavailable(QStringLiteral("the VM stopped")));
            client->execute(QStringLiteral("guest-get-host-name"), {}, [client, answers, done](Result<QJsonValue> host) {
                if (host.ok())
                    answers->host = host.value();
                if (!client)
                    return done(ServiceError::unavailable(QStringLiteral("the VM stopped")));
                client->execute(QStringLiteral("guest-network-get-interfaces"), {}, [answers, done](Result<QJsonValue> nics) {
                    if (nics.ok())
                        answers->nics = nics.value();
                    GuestInfo guest = qemu::guestInfoFrom(answers->info, answers->os, answers->host, answers->nics);
                    guest.updatedAt = nowUtc();
                    done(guest);
                });
            });
        });
    });
}

void QemuOperator::queryCounters(const Vm &vm, const QList<Disk> &disks, Callback<VmCounters> done)
{
    if (!m_connections.client(vm.id))
        return done(ServiceError::unavailable(QStringLiteral("no control connection to VM '%1'").arg(vm.name)));
    QHash<QString, QString> diskIdByNode;
    for (const Disk &disk : disks)
        diskIdByNode.insert(qemu::nodeName(disk.id), disk.id);
    QPointer<QemuOperator> self(this);
    const QString vmId = vm.id;
    m_connections.execute(vmId, QStringLiteral("query-blockstats"), {{QStringLiteral("query-nodes"), false}},
                          [self, vmId, diskIdByNode, done](Result<QJsonValue> blockstats) {
        if (!blockstats.ok())
            return done(blockstats.error());
        VmCounters counters;
        counters.disks = qemu::blockStatsFrom(blockstats.value());
        for (DiskIo &io : counters.disks)
            io.diskId = diskIdByNode.value(io.node);
        if (!self)
            return done(counters);
        self->m_connections.execute(vmId, QStringLiteral("query-balloon"), {}, [counters, done](Result<QJsonValue> balloon) mutable {
            // A VM started before VMAN gave every VM a balloon has none: its memory stays unknown.
            if (balloon.ok())
                counters.balloonBytes = qemu::balloonBytesFrom(balloon.value());
            done(counters);
        });
    });
}

void QemuOperator::growRootDisk(const Vm &vm, qint64 bytes, Callback<Done> done)
{
    if (vm.state == VmState::Running || vm.state == VmState::Paused)
        return growLive(vm, QStringLiteral("root"), bytes, std::move(done));
    const QString root = files(vm.id).rootDisk;
    if (!QFileInfo::exists(root))
        return done(Done{}); // made at the first start, with the size recorded by then
    m_images.grow(root, bytes, std::move(done));
}

void QemuOperator::growDataDisk(const Disk &disk, const Vm *runningVm, qint64 bytes, Callback<Done> done)
{
    if (runningVm)
        return growLive(*runningVm, qemu::nodeName(disk.id), bytes, std::move(done));
    m_images.grow(m_paths.diskImage(disk.id), bytes, std::move(done));
}

void QemuOperator::growLive(const Vm &vm, const QString &node, qint64 bytes, Callback<Done> done)
{
    if (!m_connections.client(vm.id))
        return done(ServiceError::conflict(QStringLiteral("VMAN has no control connection to VM '%1' right now; try again in a moment").arg(vm.name)));
    // QEMU grows the image file and tells the guest (virtio-blk sends a config change).
    m_connections.execute(vm.id, QStringLiteral("block_resize"), {{QStringLiteral("node-name"), node}, {QStringLiteral("size"), bytes}},
                          [done](Result<QJsonValue> r) { r.ok() ? done(Done{}) : done(r.error()); });
}

QStringList QemuOperator::snapshotNodes(const Vm &vm, const QList<Disk> &disks) const
{
    QStringList nodes{QStringLiteral("root")};
    for (const Disk &disk : disks)
        nodes << qemu::nodeName(disk.id);
    if (vm.firmware == Firmware::Uefi)
        nodes << QStringLiteral("fwvars");
    return nodes;
}

QStringList QemuOperator::snapshotFiles(const Vm &vm, const QList<Disk> &disks) const
{
    const VmFiles f = files(vm.id);
    QStringList list{f.rootDisk};
    for (const Disk &disk : disks)
        list << m_paths.diskImage(disk.id);
    if (vm.firmware == Firmware::Uefi && QFileInfo::exists(f.efiVars))
        list << f.efiVars;
    return list;
}

void QemuOperator::snapshotOffline(QStringList files, ImageTool::SnapshotAction action, const QString &name, Callback<Done> done)
{
    if (files.isEmpty())
        return done(Done{});
    const QString file = files.takeFirst();
    QPointer<QemuOperator> self(this);
    auto apply = [self, file, files, action, name, done] {
        if (!self)
            return;
        self->m_images.snapshot(file, action, name, [self, files, action, name, done](Result<Done> r) {
            if (!r.ok() || !self)
                return done(r);
            self->snapshotOffline(files, action, name, done);
        });
    };
    if (action != ImageTool::SnapshotAction::Delete)
        return apply();
    // A deletion skips an image that no longer holds the snapshot (removed by hand; the OBSERVER
    // reported it), as QEMU's snapshot-delete does on a running VM: the record still goes.
    m_images.info(file, [self, files, action, name, done, apply](Result<QJsonObject> info) {
        if (!info.ok())
            return done(info.error());
        for (const QJsonValue &snapshot : info.value().value(QLatin1String("snapshots")).toArray()) {
            if (snapshot.toObject().value(QLatin1String("name")).toString() == name)
                return apply();
        }
        if (self)
            self->snapshotOffline(files, action, name, done);
    });
}

namespace {
// Long enough for the memory of a large VM under TCG; the job answers much sooner as a rule.
constexpr int kSnapshotJobTimeoutMs = 10 * 60 * 1000;

bool isLive(const Vm &vm)
{
    return vm.state == VmState::Running || vm.state == VmState::Paused;
}
} // namespace

void QemuOperator::takeSnapshot(const Vm &vm, const QList<Disk> &disks, const QString &name, Callback<qint64> done)
{
    if (!isLive(vm)) {
        if (!QFileInfo::exists(files(vm.id).rootDisk))
            return done(ServiceError::conflict(QStringLiteral("VM '%1' has no root disk yet: start it once first").arg(vm.name)));
        return snapshotOffline(snapshotFiles(vm, disks), ImageTool::SnapshotAction::Create, name,
                               [done](Result<Done> r) { r.ok() ? done(qint64(0)) : done(r.error()); });
    }
    if (!m_connections.client(vm.id))
        return done(ServiceError::conflict(QStringLiteral("VMAN has no control connection to VM '%1' right now; try again in a moment").arg(vm.name)));
    // The memory goes into the root disk; every writable image gets the same tag, so the set is
    // consistent. Read-only media (firmware code, CD, seed) are not part of it.
    const QJsonObject arguments{{QStringLiteral("tag"), name},
                                {QStringLiteral("vmstate"), QStringLiteral("root")},
                                {QStringLiteral("devices"), QJsonArray::fromStringList(snapshotNodes(vm, disks))}};
    QPointer<QemuOperator> self(this);
    const QString root = files(vm.id).rootDisk;
    m_jobs.run(vm.id, QStringLiteral("snapshot-save"), arguments, kSnapshotJobTimeoutMs, [self, root, name, done](Result<Done> saved) {
        if (!saved.ok() || !self)
            return saved.ok() ? done(qint64(0)) : done(saved.error());
        // How much memory state it holds, as the image records it.
        self->m_images.info(root, [name, done](Result<QJsonObject> info) {
            qint64 size = 0;
            if (info.ok()) {
                for (const QJsonValue &snapshot : info.value().value(QLatin1String("snapshots")).toArray()) {
                    if (snapshot.toObject().value(QLatin1String("name")).toString() == name)
                        size = snapshot.toObject().value(QLatin1String("vm-state-size")).toInteger();
                }
            }
            done(size);
        });
    });
}

void QemuOperator::revertSnapshot(const Vm &vm, const QList<Disk> &disks, const QString &name, Callback<Done> done)
{
    if (!isLive(vm))
        return snapshotOffline(snapshotFiles(vm, disks), ImageTool::SnapshotAction::Apply, name, std::move(done));
    if (!m_connections.client(vm.id))
        return done(ServiceError::conflict(QStringLiteral("VMAN has no control connection to VM '%1' right now; try again in a moment").arg(vm.name)));
    const QJsonObject arguments{{QStringLiteral("tag"), name},
                                {QStringLiteral("vmstate"), QStringLiteral("root")},
                                {QStringLiteral("devices"), QJsonArray::fromStringList(snapshotNodes(vm, disks))}};
    m_jobs.run(vm.id, QStringLiteral("snapshot-load"), arguments, kSnapshotJobTimeoutMs, std::move(done));
}

void QemuOperator::deleteSnapshot(const Vm &vm, const QList<Disk> &disks, const QString &name, Callback<Done> done)
{
    if (!isLive(vm))
        return snapshotOffline(snapshotFiles(vm, disks), ImageTool::SnapshotAction::Delete, name, std::move(done));
    if (!m_connections.client(vm.id))
        return done(ServiceError::conflict(QStringLiteral("VMAN has no control connection to VM '%1' right now; try again in a moment").arg(vm.name)));
    const QJsonObject arguments{{QStringLiteral("tag"), name}, {QStringLiteral("devices"), QJsonArray::fromStringList(snapshotNodes(vm, disks))}};
    m_jobs.run(vm.id, QStringLiteral("snapshot-delete"), arguments, kSnapshotJobTimeoutMs, std::move(done));
}

void QemuOperator::imageSnapshots(const Vm &vm, const QList<Disk> &disks, Callback<QHash<QString, QStringList>> done)
{
    QList<std::pair<QString, QString>> images; // (image, file)
    if (const QString root = files(vm.id).rootDisk; QFileInfo::exists(root))
        images.append({VmSnapshot::kRootDisk, root});
    for (const Disk &disk : disks) {
        if (const QString path = m_paths.diskImage(disk.id); QFileInfo::exists(path))
            images.append({disk.id, path});
    }
    readSnapshotNames(images, {}, std::move(done));
}

void QemuOperator::readSnapshotNames(QList<std::pair<QString, QString>> images, QHash<QString, QStringList> found,
                                     Callback<QHash<QString, QStringList>> done)
{
    if (images.isEmpty())
        return done(found);
    // One qemu-img info at a time (-U: no lock taken, a running QEMU keeps its images).
    // Not a structured binding: clang's C++17 cannot capture one in a lambda.
    const std::pair<QString, QString> next = images.takeFirst();
    const QString image = next.first;
    const QString path = next.second;
    QPointer<QemuOperator> self(this);
    m_images.info(path, [self, image, images, found, done](Result<QJsonObject> info) mutable {
        if (!info.ok())
            return done(info.error());
        if (!self)
            return;
        QStringList names;
        for (const QJsonValue &snapshot : info.value().value(QLatin1String("snapshots")).toArray())
            names.append(snapshot.toObject().value(QLatin1String("name")).toString());
        found.insert(image, names);
        self->readSnapshotNames(std::move(images), std::move(found), std::move(done));
    });
}

void QemuOperator::cloneVmDisks(const Vm &source, const Vm &clone, bool linked, std::function<void(double)> progress, Callback<Done> done)
{
    const VmFiles from = files(source.id);
    const VmFiles to = files(clone.id);
    if (!QDir().mkpath(to.dir))
        return done(ServiceError::failed(QStringLiteral("cannot create %1").arg(to.dir)));
    // The UEFI variable store is small and always copied.
    if (QFileInfo::exists(from.efiVars) && !QFile::copy(from.efiVars, to.efiVars))
        return done(ServiceError::failed(QStringLiteral("cannot copy %1 to %2").arg(from.efiVars, to.efiVars)));
    if (!QFileInfo::exists(from.rootDisk)) {
        if (progress)
            progress(100);
        return done(Done{}); // never ran: the clone makes its own root disk at its first start
    }
    if (!linked)
        return copyImage(from.rootDisk, to.rootDisk, std::move(progress), std::move(done));

    // Linked: the source's disk becomes a read-only base; the source gets a new, empty overlay on
    // it (its data is all still there, read through the base) and so does the clone. Meanwhile
    // the base has no overlay yet: no unused base is removed until this is over.
    ++m_linkedClonesInFlight;
    ++m_basesGeneration;
    QPointer<QemuOperator> owner(this);
    done = [owner, done = std::move(done)](Result<Done> result) {
        if (owner)
            --owner->m_linkedClonesInFlight;
        done(std::move(result));
    };
    if (!QDir().mkpath(m_paths.basesDir()))
        return done(ServiceError::failed(QStringLiteral("cannot create %1").arg(m_paths.basesDir())));
    const QString base = m_paths.basesDir() + QLatin1Char('/') + clone.id + QLatin1String(".qcow2");
    if (!QFile::rename(from.rootDisk, base))
        return done(ServiceError::failed(QStringLiteral("cannot move %1 to %2").arg(from.rootDisk, base)));
    QFile::setPermissions(base, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    QPointer<QemuOperator> self(this);
    const QString sourceRoot = from.rootDisk;
    m_images.linkedClone(base, sourceRoot, [self, base, sourceRoot, cloneRoot = to.rootDisk, progress, done](Result<Done> sourceOverlay) {
        if (!sourceOverlay.ok()) {
            // Put the source back as it was.
            QFile::setPermissions(base, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
            QFile::rename(base, sourceRoot);
            return done(sourceOverlay.error());
        }
        if (!self)
            return done(ServiceError::unavailable(QStringLiteral("VMAN is shutting down")));
        self->m_images.linkedClone(base, cloneRoot, [progress, done](Result<Done> cloneOverlay) {
            if (cloneOverlay.ok() && progress)
                progress(100);
            done(cloneOverlay);
        });
    });
}

void QemuOperator::copyDiskImage(const Disk &source, const Disk &copy, std::function<void(double)> progress, Callback<Done> done)
{
    copyImage(m_paths.diskImage(source.id), m_paths.diskImage(copy.id), std::move(progress), std::move(done));
}

void QemuOperator::copyImage(const QString &source, const QString &destination, std::function<void(double)> progress, Callback<Done> done)
{
    QPointer<QemuOperator> self(this);
    m_images.info(source, [self, source, destination, progress, done](Result<QJsonObject> info) {
        if (!self)
            return;
        if (!info.ok())
            return done(info.error());
        // A standalone image (no backing file, no snapshots) is copied byte for byte, as cp does
        // (a reflink or the kernel's copy_file_range: faster than qemu-img's copy through user
        // space). One with a backing chain is flattened into an independent image, and one with
        // snapshots loses them (they are the source's), both by qemu-img convert.
        const bool standalone = !info.value().contains(QLatin1String("backing-filename")) &&
                                info.value().value(QLatin1String("snapshots")).toArray().isEmpty();
        if (!standalone)
            return self->m_images.copyWithProgress(source, destination, progress, done);
        // The copy runs on a pool thread; its progress comes back through the future (Qt
        // delivers QFutureWatcher's signals on this thread).
        auto *watcher = new QFutureWatcher<Result<Done>>(self.data());
        QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, self.data(), [progress](int permille) {
            if (progress)
                progress(permille / 10.0);
        });
        QObject::connect(watcher, &QFutureWatcherBase::finished, self.data(), [watcher, done] {
            watcher->deleteLater();
            done(watcher->future().result());
        });
        watcher->setFuture(QtConcurrent::run([source, destination](QPromise<Result<Done>> &promise) {
            promise.setProgressRange(0, 1000);
            promise.addResult(qemu::copyFileContents(source, destination, [&promise](double percent) { promise.setProgressValue(int(percent * 10)); }));
        }));
    });
}

void QemuOperator::forceStop(const QString &vmId, Callback<Done> done)
{
    const qint64 pid = m_connections.pid(vmId);
    if (!pid)
        return done(Done{});
    QPointer<QemuOperator> self(this);
    waitForExit(vmId, kQuitTimeoutMs, [self, vmId, pid, done](bool exited) {
        if (!self)
            return;
        if (exited)
            return done(Done{});
        self->terminate(pid, vmId, done);
    });
    // `quit` exits at once and cleanly (SHUTDOWN host-qmp-quit, then EOF); the reply may be lost
    // with the connection, which is fine. Without a connection the wait above times out into
    // SIGTERM, which QEMU also handles cleanly.
    m_connections.execute(vmId, QStringLiteral("quit"), {}, [](Result<QJsonValue>) {}, kQuitTimeoutMs);
}

void QemuOperator::terminate(qint64 pid, const QString &vmId, Callback<Done> done)
{
    qCWarning(lcQemu).noquote() << "VM" << vmId << ": SIGTERM to PID" << pid << "(SIGKILL after" << kTermGraceMs << "ms)";
    appendQemuLog(vmId, QStringLiteral("terminating PID %1").arg(pid));
    QPointer<QemuOperator> self(this);
    qemu::terminate(this, pid, kTermGraceMs, [self, pid, vmId, done](bool gone) {
        if (!self)
            return;
        if (!gone)
            return done(ServiceError::failed(QStringLiteral("QEMU (PID %1) survived SIGTERM and SIGKILL").arg(pid)));
        if (self->m_connections.pid(vmId) == pid)
            self->m_connections.forget(vmId);
        self->m_blocks.forgetVm(vmId);
        const auto waiters = self->m_exitWaiters.take(vmId);
        self->removeStaleFiles(vmId);
        for (const auto &waiter : waiters)
            waiter(true);
        done(Done{});
    });
}

// ---- disks -----------------------------------------------------------------------------------

void QemuOperator::createDiskImage(const Disk &disk, Callback<Done> done)
{
    if (!QDir().mkpath(m_paths.disksDir()))
        return done(ServiceError::failed(QStringLiteral("cannot create %1").arg(m_paths.disksDir())));
    const QString path = m_paths.diskImage(disk.id);
    m_images.create(path, disk.size, [done, path](Result<Done> created) {
        if (!created.ok())
            return done(ServiceError::failed(QStringLiteral("cannot create %1: %2").arg(path, created.error().message)));
        done(Done{});
    });
}

void QemuOperator::deleteDiskImage(const Disk &disk, Callback<Done> done)
{
    const QString path = m_paths.diskImage(disk.id);
    Result<Done> result = Done{};
    if (QFileInfo::exists(path) && !QFile::remove(path))
        result = ServiceError::failed(QStringLiteral("cannot remove %1").arg(path));
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
}

void QemuOperator::hotplugDisk(const Vm &vm, const Disk &disk, Callback<Done> done)
{
    m_blocks.plug(vm, disk, std::move(done));
}

void QemuOperator::unplugDisk(const Vm &vm, const Disk &disk, Callback<Done> done)
{
    m_blocks.unplug(vm, disk, std::move(done));
}

// ---- files, screen, console, recovery ----------------------------------------------------------

void QemuOperator::removeVmFiles(const Vm &vm, Callback<Done> done)
{
    const VmFiles f = files(vm.id);
    if (f.socketsOutsideDir)
        QDir(QFileInfo(f.qmpSocket).absolutePath()).removeRecursively();
    Result<Done> result = removeVmFolder(m_paths, vm.id);
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
    removeUnusedBases(); // it may have been the last VM reading one
}

void QemuOperator::removeUnusedBases()
{
    if (!QFileInfo::exists(m_paths.basesDir()))
        return;
    const quint64 generation = m_basesGeneration;
    QPointer<QemuOperator> self(this);
    // The headers are read on a pool thread; the removal is decided here, and only if no linked
    // clone began meanwhile (its new base has no overlay for a moment).
    QtConcurrent::run([vms = m_paths.vmsDir(), bases = m_paths.basesDir()] { return qemu::findUnusedBases(vms, bases); })
        .then(this, [self, generation](const QStringList &unused) {
            if (!self || unused.isEmpty())
                return;
            if (self->m_linkedClonesInFlight > 0 || self->m_basesGeneration != generation) {
                QTimer::singleShot(1000, self, [self] {
                    if (self)
                        self->removeUnusedBases();
                });
                return;
            }
            for (const QString &base : unused) {
                QFile::setPermissions(base, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                if (QFile::remove(base))
                    qCInfo(lcQemu).noquote() << "removed the linked-clone base" << base << ": no VM reads it any more";
                else
                    qCWarning(lcQemu).noquote() << "cannot remove the unused linked-clone base" << base;
            }
        });
}

void QemuOperator::screenshot(const Vm &vm, Callback<QByteArray> done)
{
    if (!m_connections.client(vm.id))
        return done(ServiceError::conflict(QStringLiteral("VM '%1' is not running: it has no screen").arg(vm.name)));
    // QEMU writes the file itself; its working folder is '/', so the path is absolute.
    const QString path = QStringLiteral("%1/screendump-%2.png").arg(files(vm.id).dir).arg(++m_screenshotCounter);
    m_connections.execute(vm.id, QStringLiteral("screendump"),
                          QJsonObject{{QStringLiteral("filename"), path}, {QStringLiteral("format"), QStringLiteral("png")}},
                          [path, done](Result<QJsonValue> dumped) {
                              if (!dumped.ok()) {
                                  QFile::remove(path);
                                  return done(ServiceError::failed(QStringLiteral("screendump failed: %1").arg(dumped.error().message)));
                              }
                              QFile file(path);
                              if (!file.open(QIODevice::ReadOnly))
                                  return done(ServiceError::failed(QStringLiteral("cannot read %1").arg(path)));
                              const QByteArray png = file.readAll();
                              file.close();
                              file.remove();
                              done(png);
                          });
}

Result<QByteArray> QemuOperator::consoleTail(const Vm &vm, qint64 maxBytes)
{
    QFile log(files(vm.id).serialLog);
    if (!log.exists())
        return QByteArray();
    if (!log.open(QIODevice::ReadOnly))
        return ServiceError::failed(QStringLiteral("cannot read %1: %2").arg(log.fileName(), log.errorString()));
    const qint64 size = log.size();
    if (size > maxBytes)
        log.seek(size - maxBytes);
    return log.read(maxBytes);
}

void QemuOperator::recover(const Vm &vm, Callback<VmState> done)
{
    if (m_connections.isAttached(vm.id)) {
        if (!m_connections.client(vm.id)) {
            // Reconnecting after a lost connection: the process decides, and it lives.
            const bool settled = vm.state == VmState::Running || vm.state == VmState::Paused;
            return done(hostproc::isAlive(m_connections.pid(vm.id)) ? (settled ? vm.state : VmState::Running) : VmState::Stopped);
        }
        m_connections.execute(vm.id, QStringLiteral("query-status"), {}, [done](Result<QJsonValue> status) {
            if (!status.ok())
                return done(status.error());
            done(qemu::runStateFrom(status.value().toObject()).state);
        });
        return;
    }
    const qint64 pid = runningPid(vm.id);
    if (!pid) {
        removeStaleFiles(vm.id);
        return done(VmState::Stopped);
    }
    qCInfo(lcQemu).noquote() << "adopting VM" << vm.id << "(PID" << pid << ")";
    const bool interruptedStart = vm.state == VmState::Starting;
    QPointer<QemuOperator> self(this);
    const QString vmId = vm.id;
    m_connections.attach(vm.id, pid, [self, vmId, interruptedStart, done](Result<qemu::RunState> state) {
        if (!self)
            return;
        if (state.ok())
            return done(state.value().state);
        if (!interruptedStart)
            return done(state.error());
        // A start cut short by VMAN's own end left a QEMU that does not answer: nobody asked for
        // it to keep running, so it is stopped rather than left half-alive.
        qCWarning(lcQemu).noquote() << "VM" << vmId << ": the interrupted start left a QEMU not answering QMP:"
                                    << state.error().message << "- ending it";
        self->abandonStart(vmId, QStringLiteral("interrupted start"), [done](Result<Done> ended) {
            Q_UNUSED(ended);
            done(VmState::Stopped);
        });
    });
}

} // namespace vman
