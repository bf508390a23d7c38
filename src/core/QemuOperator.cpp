// SPDX-License-Identifier: GPL-3.0-or-later
#include "QemuOperator.h"

#include "DryRunOperator.h"
#include "HostProcesses.h"
#include "Logging.h"
#include "QemuCommandLine.h"
#include "QmpClient.h"
#include "SystemHealth.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QSet>
#include <QTimer>

#include <csignal>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcQemu, "operator.qemu")

namespace vman {

namespace {
constexpr int kQmpConnectTimeoutMs = 5000;
constexpr int kQuitTimeoutMs = 3000;
constexpr int kDeathPollMs = 2;
constexpr int kDeathTimeoutMs = 5000;
constexpr qint64 kRootDiskGiB = 10;
constexpr int kMaxRootPorts = 64;

// Polls until `pid` is gone, sending SIGKILL once `killAfterMs` passed, then calls `done`.
void whenDead(QObject *context, qint64 pid, int killAfterMs, std::function<void()> done)
{
    auto *timer = new QTimer(context);
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    auto killed = std::make_shared<bool>(false);
    auto check = [timer, pid, elapsed, killed, killAfterMs, done] {
        if (!hostproc::isAlive(pid) || elapsed->elapsed() > killAfterMs + kDeathTimeoutMs) {
            timer->stop();
            timer->deleteLater();
            done();
            return;
        }
        if (!*killed && elapsed->elapsed() > killAfterMs) {
            *killed = true;
            ::kill(pid_t(pid), SIGKILL);
        }
    };
    QObject::connect(timer, &QTimer::timeout, context, check);
    timer->start(kDeathPollMs);
}

QString shutdownText(const QString &reason)
{
    if (reason == QLatin1String("guest-shutdown"))
        return QStringLiteral("the guest powered off");
    if (reason == QLatin1String("host-signal"))
        return QStringLiteral("QEMU was stopped by a signal");
    if (reason == QLatin1String("host-qmp-quit"))
        return QStringLiteral("QEMU was told to quit");
    if (reason == QLatin1String("guest-panic"))
        return QStringLiteral("the guest panicked");
    return reason.isEmpty() ? QStringLiteral("QEMU ended unexpectedly") : QStringLiteral("QEMU shut down (%1)").arg(reason);
}

} // namespace

struct QemuOperator::Instance
{
    QString vmId;
    qint64 pid = 0;
    QmpClient *qmp = nullptr;
    QString shutdownReason;
    QList<std::function<void()>> exitWaiters;
    QHash<QString, std::function<void()>> deviceDeleted; // device id -> waiter
    QHash<QString, QString> pendingUnplugs;              // device id -> disk id, after a timeout
};

QemuOperator::QemuOperator(const Config &config, StoragePaths paths, QObject *parent)
    : VmOperator(parent), m_config(config), m_paths(std::move(paths)), m_images(config.qemuImgBinary),
      m_accel(SystemHealth::effectiveAccel(config.accel)), m_unplugTimeoutMs(config.unplugTimeoutSeconds * 1000)
{
}

QemuOperator::~QemuOperator()
{
    // VMs keep running: only our connections to them end.
    for (Instance *instance : std::as_const(m_instances)) {
        instance->qmp->disconnect(this);
        delete instance->qmp;
        delete instance;
    }
}

QemuOperator::VmFiles QemuOperator::files(const QString &vmId) const
{
    VmFiles f;
    f.dir = m_paths.vmDir(vmId);
    f.rootDisk = f.dir + QLatin1String("/root.qcow2");
    f.pidFile = f.dir + QLatin1String("/qemu.pid");
    f.serialLog = f.dir + QLatin1String("/serial.log");
    f.qemuLog = f.dir + QLatin1String("/qemu.log");
    QString socketDir = f.dir;
    if ((socketDir + QLatin1String("/serial.sock")).toLocal8Bit().size() >= 100) {
        const QByteArray key = QCryptographicHash::hash(f.dir.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
        socketDir = QStringLiteral("/tmp/vman-%1/%2").arg(::getuid()).arg(QString::fromLatin1(key));
    }
    f.qmpSocket = socketDir + QLatin1String("/qmp.sock");
    f.serialSocket = socketDir + QLatin1String("/serial.sock");
    return f;
}

qint64 QemuOperator::runningPid(const QString &vmId) const
{
    if (const Instance *instance = m_instances.value(vmId))
        return instance->pid;
    const qint64 fromFile = hostproc::readPidFile(files(vmId).pidFile);
    if (hostproc::runsVm(fromFile, vmId))
        return fromFile;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_processScanAtMs < 0 || now - m_processScanAtMs > 1000) {
        m_processScan = hostproc::processesByUuid();
        m_processScanAtMs = now;
    }
    const qint64 scanned = m_processScan.value(vmId);
    return hostproc::runsVm(scanned, vmId) ? scanned : 0;
}

void QemuOperator::removeStaleFiles(const QString &vmId)
{
    const VmFiles f = files(vmId);
    for (const QString &path : {f.pidFile, f.qmpSocket, f.serialSocket})
        QFile::remove(path);
}

bool QemuOperator::killProcess(qint64 pid)
{
    return ::kill(pid_t(pid), SIGKILL) == 0;
}

namespace {
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

HostReport QemuOperator::inspect(const QList<Vm> &vms, const QList<Disk> &disks)
{
    HostReport report;
    // One pass over /proc: QEMUs started from this storage, by uuid.
    const QString marker = m_paths.vmsDir() + QLatin1Char('/');
    QHash<QString, qint64> processes;
    const QHash<QString, qint64> all = hostproc::processesByUuid();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (hostproc::commandLine(it.value()).contains(marker.toLocal8Bit()))
            processes.insert(it.key(), it.value());
    }
    m_processScan = all;
    m_processScanAtMs = QDateTime::currentMSecsSinceEpoch();

    QSet<QString> known;
    known.reserve(vms.size());
    for (const Vm &vm : vms) {
        known.insert(vm.id);
        const VmFiles f = files(vm.id);
        HostReport::VmOnHost onHost;
        if (const Instance *instance = m_instances.value(vm.id)) {
            onHost.pid = hostproc::isAlive(instance->pid) ? instance->pid : 0;
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

void QemuOperator::start(const Vm &vm, const QList<Disk> &disks, Callback<Done> done)
{
    if (m_instances.contains(vm.id))
        return done(Done{});
    const VmFiles f = files(vm.id);
    if (!QDir().mkpath(f.dir) || !QDir().mkpath(QFileInfo(f.qmpSocket).absolutePath()))
        return done(ServiceError::failed(QStringLiteral("cannot create the VM folder %1").arg(f.dir)));
    // A QEMU for this VM that survived an earlier VMAN: adopt it rather than start a second one.
    if (const qint64 pid = runningPid(vm.id)) {
        qCInfo(lcQemu).noquote() << "VM" << vm.id << "already runs as PID" << pid << ": adopting it";
        return attach(vm.id, pid, [done](Result<VmState> state) { state.ok() ? done(Done{}) : done(state.error()); });
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
    prepareRootDisk(vm, [self, vm, disks, done](Result<Done> prepared) {
        if (!self)
            return;
        if (!prepared.ok())
            return done(ServiceError::failed(QStringLiteral("cannot prepare the root disk: %1").arg(prepared.error().message)));
        self->launch(vm, disks, done);
    });
}

void QemuOperator::prepareRootDisk(const Vm &vm, Callback<Done> done)
{
    const QString root = files(vm.id).rootDisk;
    if (QFileInfo::exists(root))
        return done(Done{});
    const QString base = m_config.defaultBootDisk;
    if (base.isEmpty() || !QFileInfo(base).isFile()) {
        qCInfo(lcQemu).noquote() << "VM" << vm.id << "gets an empty" << kRootDiskGiB << "GiB root disk"
                                 << (base.isEmpty() ? QString() : QStringLiteral("(default boot disk %1 is missing)").arg(base));
        return m_images.create(root, kRootDiskGiB, std::move(done));
    }
    if (m_config.cloneMode == CloneMode::Full) {
        qCInfo(lcQemu).noquote() << "VM" << vm.id << "root disk: full copy of" << base;
        return m_images.fullCopy(base, root, std::move(done));
    }
    qCInfo(lcQemu).noquote() << "VM" << vm.id << "root disk: linked clone of" << base;
    m_images.linkedClone(base, root, std::move(done));
}

void QemuOperator::launch(const Vm &vm, const QList<Disk> &disks, Callback<Done> done)
{
    const VmFiles f = files(vm.id);
    QemuLaunchSpec spec;
    spec.vmId = vm.id;
    spec.vmName = vm.name;
    spec.cpuCount = vm.cpuCount;
    spec.ramMiB = vm.ramAmount * 1024;
    spec.accel = m_accel;
    spec.rootDisk = f.rootDisk;
    for (const Disk &disk : disks)
        spec.dataDisks.append({disk.id, m_paths.diskImage(disk.id), qemu::diskSerial(disk.name)});
    spec.ports = vm.ports;
    spec.pidFile = f.pidFile;
    spec.qmpSocket = f.qmpSocket;
    spec.serialSocket = f.serialSocket;
    spec.serialLog = f.serialLog;

    auto *process = new QProcess(this);
    process->setProgram(m_config.qemuBinary);
    process->setArguments(qemu::arguments(spec));
    process->setStandardOutputFile(QProcess::nullDevice());
    appendQemuLog(vm.id, QStringLiteral("starting: %1 %2").arg(process->program(), process->arguments().join(QLatin1Char(' '))));
    auto answered = std::make_shared<bool>(false);
    QPointer<QemuOperator> self(this);
    const QString vmId = vm.id;
    connect(process, &QProcess::finished, this, [self, process, vmId, done, answered](int exitCode, QProcess::ExitStatus status) {
        process->deleteLater();
        if (*answered || !self)
            return;
        *answered = true;
        // With -daemonize the parent exits once the VM is set up, or with QEMU's error.
        if (status != QProcess::NormalExit || exitCode != 0) {
            QString message = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
            if (message.isEmpty())
                message = QStringLiteral("QEMU exited with code %1 and no message").arg(exitCode);
            self->appendQemuLog(vmId, QStringLiteral("start failed: %1").arg(message));
            self->removeStaleFiles(vmId);
            return done(ServiceError::failed(QStringLiteral("QEMU failed to start: %1").arg(message)));
        }
        const qint64 pid = hostproc::readPidFile(self->files(vmId).pidFile);
        if (!hostproc::isAlive(pid))
            return done(ServiceError::failed(QStringLiteral("QEMU started but its process is gone (pidfile says %1)").arg(pid)));
        self->appendQemuLog(vmId, QStringLiteral("running as PID %1").arg(pid));
        self->attach(vmId, pid, [done](Result<VmState> state) {
            if (!state.ok())
                return done(state.error());
            if (state.value() != VmState::Running)
                return done(ServiceError::failed(QStringLiteral("QEMU started but reports the VM as %1").arg(nameOf(state.value()))));
            done(Done{});
        });
    });
    connect(process, &QProcess::errorOccurred, this, [self, process, done, answered](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || *answered || !self)
            return;
        *answered = true;
        process->deleteLater();
        done(ServiceError::failed(QStringLiteral("cannot run %1: %2").arg(process->program(), process->errorString())));
    });
    process->start(QIODevice::ReadOnly);
}

// Connects the persistent QMP connection and answers the VM's run state.
void QemuOperator::attach(const QString &vmId, qint64 pid, Callback<VmState> done)
{
    auto *instance = new Instance;
    instance->vmId = vmId;
    instance->pid = pid;
    instance->qmp = new QmpClient(this);
    m_instances.insert(vmId, instance);
    QmpClient *qmp = instance->qmp;
    connect(qmp, &QmpClient::event, this, [this, vmId](const QString &name, const QJsonObject &data) { onEvent(vmId, name, data); });
    connect(qmp, &QmpClient::disconnected, this, [this, vmId](const QString &reason) { onGone(vmId, reason); });
    connect(qmp, &QmpClient::failed, this, [this, vmId, pid, qmp, done](const QString &reason) {
        Instance *failedInstance = m_instances.value(vmId);
        if (failedInstance && failedInstance->qmp == qmp) {
            m_instances.remove(vmId);
            qmp->deleteLater();
            delete failedInstance;
        }
        done(ServiceError::failed(QStringLiteral("QEMU (PID %1) runs but its QMP socket does not answer: %2").arg(pid).arg(reason)));
    });
    connect(qmp, &QmpClient::ready, this, [qmp, done] {
        qmp->execute(QStringLiteral("query-status"), [done](Result<QJsonValue> status) {
            if (!status.ok())
                return done(status.error());
            const QString s = status.value().toObject().value(QLatin1String("status")).toString();
            if (s == QLatin1String("running"))
                return done(VmState::Running);
            if (s == QLatin1String("paused") || s == QLatin1String("suspended") || s == QLatin1String("prelaunch"))
                return done(VmState::Paused);
            done(VmState::Running); // e.g. "shutdown" on its way out: the exit will follow
        });
    });
    qmp->connectToServer(files(vmId).qmpSocket, kQmpConnectTimeoutMs);
}

void QemuOperator::onEvent(const QString &vmId, const QString &name, const QJsonObject &data)
{
    Instance *instance = m_instances.value(vmId);
    if (!instance)
        return;
    qCDebug(lcQemu).noquote() << "VM" << vmId << "event" << name << data;
    if (name == QLatin1String("SHUTDOWN")) {
        instance->shutdownReason = data.value(QLatin1String("reason")).toString();
    } else if (name == QLatin1String("STOP")) {
        if (m_config.observerEvents)
            Q_EMIT vmRunStateChanged(vmId, false);
    } else if (name == QLatin1String("RESUME")) {
        if (m_config.observerEvents)
            Q_EMIT vmRunStateChanged(vmId, true);
    } else if (name == QLatin1String("RESET")) {
        qCInfo(lcQemu).noquote() << "VM" << vmId << "reset" << (data.value(QLatin1String("guest")).toBool() ? "by the guest" : "by the host");
    } else if (name == QLatin1String("DEVICE_DELETED")) {
        const QString device = data.value(QLatin1String("device")).toString();
        if (auto waiter = instance->deviceDeleted.take(device)) {
            waiter();
        } else if (instance->pendingUnplugs.contains(device)) {
            // A guest that took longer than we waited has released the disk after all.
            const QString diskId = instance->pendingUnplugs.take(device);
            instance->qmp->execute(QStringLiteral("blockdev-del"), QJsonObject{{QStringLiteral("node-name"), qemu::nodeName(diskId)}},
                                   [this, vmId, diskId](Result<QJsonValue>) { Q_EMIT diskReleased(vmId, diskId); });
        }
    }
}

void QemuOperator::onGone(const QString &vmId, const QString &reason)
{
    Instance *instance = m_instances.take(vmId);
    if (!instance)
        return;
    instance->qmp->deleteLater();
    const QString why = instance->shutdownReason.isEmpty() ? QStringLiteral("QEMU ended unexpectedly (%1)").arg(reason)
                                                           : shutdownText(instance->shutdownReason);
    const qint64 pid = instance->pid;
    const auto waiters = instance->exitWaiters;
    delete instance;
    appendQemuLog(vmId, QStringLiteral("exited: %1").arg(why));
    QPointer<QemuOperator> self(this);
    // The QMP socket closes just before the process ends: wait for the end itself.
    whenDead(this, pid, kQuitTimeoutMs, [self, vmId, why, waiters] {
        if (!self)
            return;
        self->removeStaleFiles(vmId);
        if (waiters.isEmpty()) {
            qCInfo(lcQemu).noquote() << "VM" << vmId << "exited:" << why;
            if (self->m_config.observerEvents)
                Q_EMIT self->vmExited(vmId, why);
        }
        for (const auto &waiter : waiters)
            waiter();
    });
}

// ---- stop ------------------------------------------------------------------------------------

void QemuOperator::waitForExit(const QString &vmId, int ms, std::function<void(bool)> done)
{
    Instance *instance = m_instances.value(vmId);
    if (!instance)
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
    instance->exitWaiters.append([timer, settled, done] {
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

void QemuOperator::stop(const Vm &vm, const StopOptions &options, Callback<Done> done)
{
    Instance *instance = m_instances.value(vm.id);
    if (!instance) {
        // Not connected: a QEMU we never attached to still gets stopped, by signal.
        const qint64 pid = runningPid(vm.id);
        if (!pid) {
            removeStaleFiles(vm.id);
            return done(Done{});
        }
        return kill(pid, vm.id, std::move(done));
    }
    if (options.force)
        return forceStop(vm.id, std::move(done));
    const QString vmId = vm.id;
    const int timeoutMs = int(options.timeoutSeconds * 1000);
    QPointer<QemuOperator> self(this);
    instance->qmp->execute(QStringLiteral("system_powerdown"), [self, vmId, timeoutMs, done](Result<QJsonValue> pressed) {
        if (!self)
            return;
        if (!pressed.ok()) {
            qCWarning(lcQemu).noquote() << "VM" << vmId << "power button failed:" << pressed.error().message << "- forcing";
            return self->forceStop(vmId, done);
        }
        self->waitForExit(vmId, timeoutMs, [self, vmId, timeoutMs, done](bool exited) {
            if (!self)
                return;
            if (exited)
                return done(Done{});
            qCInfo(lcQemu).noquote() << "VM" << vmId << "ignored the power button for" << timeoutMs << "ms: forcing";
            self->forceStop(vmId, done);
        });
    });
}

void QemuOperator::forceStop(const QString &vmId, Callback<Done> done)
{
    Instance *instance = m_instances.value(vmId);
    if (!instance)
        return done(Done{});
    const qint64 pid = instance->pid;
    QPointer<QemuOperator> self(this);
    waitForExit(vmId, kQuitTimeoutMs, [self, vmId, pid, done](bool exited) {
        if (!self)
            return;
        if (exited)
            return done(Done{});
        self->kill(pid, vmId, done);
    });
    // `quit` exits at once and cleanly (SHUTDOWN host-qmp-quit, then EOF); the reply may be lost
    // with the connection, which is fine.
    instance->qmp->execute(QStringLiteral("quit"), [](Result<QJsonValue>) {}, kQuitTimeoutMs);
}

void QemuOperator::kill(qint64 pid, const QString &vmId, Callback<Done> done)
{
    qCWarning(lcQemu).noquote() << "VM" << vmId << ": SIGKILL to PID" << pid;
    appendQemuLog(vmId, QStringLiteral("killed (PID %1)").arg(pid));
    ::kill(pid_t(pid), SIGKILL);
    QPointer<QemuOperator> self(this);
    whenDead(this, pid, 0, [self, pid, vmId, done] {
        if (!self)
            return;
        if (hostproc::isAlive(pid))
            return done(ServiceError::failed(QStringLiteral("QEMU (PID %1) survived SIGKILL").arg(pid)));
        if (Instance *instance = self->m_instances.take(vmId)) {
            instance->qmp->disconnect(self);
            instance->qmp->deleteLater();
            const auto waiters = instance->exitWaiters;
            delete instance;
            for (const auto &waiter : waiters)
                waiter();
        }
        self->removeStaleFiles(vmId);
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
    Instance *instance = m_instances.value(vm.id);
    if (!instance)
        return done(ServiceError::conflict(QStringLiteral("VM '%1' has no running QEMU to plug the disk into").arg(vm.name)));
    const QString path = m_paths.diskImage(disk.id);
    if (!QFileInfo::exists(path))
        return done(ServiceError::failed(QStringLiteral("the image of disk '%1' is missing: %2").arg(disk.name, path)));
    const QJsonObject node{{QStringLiteral("driver"), QStringLiteral("qcow2")},
                           {QStringLiteral("node-name"), qemu::nodeName(disk.id)},
                           {QStringLiteral("file"), QJsonObject{{QStringLiteral("driver"), QStringLiteral("file")}, {QStringLiteral("filename"), path}}}};
    QPointer<QemuOperator> self(this);
    const QString vmId = vm.id;
    instance->qmp->execute(QStringLiteral("blockdev-add"), node, [self, vmId, disk, done](Result<QJsonValue> added) {
        if (!self)
            return;
        if (!added.ok())
            return done(ServiceError::failed(QStringLiteral("cannot add disk '%1': %2").arg(disk.name, added.error().message)));
        self->tryRootPort(vmId, disk, 1, done);
    });
}

// Tries the root ports in turn until one takes the device.
void QemuOperator::tryRootPort(const QString &vmId, const Disk &disk, int port, Callback<Done> done)
{
    Instance *instance = m_instances.value(vmId);
    if (!instance)
        return done(ServiceError::failed(QStringLiteral("the VM stopped while disk '%1' was being plugged").arg(disk.name)));
    const QJsonObject device{{QStringLiteral("driver"), QStringLiteral("virtio-blk-pci")},
                             {QStringLiteral("id"), qemu::deviceId(disk.id)},
                             {QStringLiteral("drive"), qemu::nodeName(disk.id)},
                             {QStringLiteral("bus"), qemu::rootPortId(port)},
                             // Slot 0 only: without it QEMU would put a second device on another
                             // function of a taken port instead of failing over to the next port.
                             {QStringLiteral("addr"), QStringLiteral("0")},
                             {QStringLiteral("serial"), qemu::diskSerial(disk.name)}};
    QPointer<QemuOperator> self(this);
    instance->qmp->execute(QStringLiteral("device_add"), device, [self, vmId, disk, port, done](Result<QJsonValue> plugged) {
        if (!self)
            return;
        if (plugged.ok())
            return done(Done{});
        const QString message = plugged.error().message;
        const bool portTaken = message.contains(QLatin1String("in use")) || message.contains(QLatin1String("not available"))
            || message.contains(QLatin1String("occupied")) || message.contains(QLatin1String("no slot")) || message.contains(QLatin1String("full"));
        if (portTaken && port < kMaxRootPorts)
            return self->tryRootPort(vmId, disk, port + 1, done);
        const QString reason = message.contains(QLatin1String("not found"))
            ? QStringLiteral("no free hot-plug slot left on the VM (restart it to get more)")
            : message;
        if (Instance *instance = self->m_instances.value(vmId)) {
            instance->qmp->execute(QStringLiteral("blockdev-del"), QJsonObject{{QStringLiteral("node-name"), qemu::nodeName(disk.id)}},
                                   [](Result<QJsonValue>) {});
        }
        done(ServiceError::failed(QStringLiteral("cannot plug disk '%1': %2").arg(disk.name, reason)));
    });
}

void QemuOperator::unplugDisk(const Vm &vm, const Disk &disk, Callback<Done> done)
{
    Instance *instance = m_instances.value(vm.id);
    if (!instance)
        return done(ServiceError::conflict(QStringLiteral("VM '%1' has no running QEMU to unplug the disk from").arg(vm.name)));
    const QString device = qemu::deviceId(disk.id);
    const QString node = qemu::nodeName(disk.id);
    const QString vmId = vm.id;
    QPointer<QemuOperator> self(this);
    auto settled = std::make_shared<bool>(false);
    auto finish = [self, vmId, node, done, settled] {
        if (std::exchange(*settled, true) || !self)
            return;
        Instance *current = self->m_instances.value(vmId);
        if (!current)
            return done(Done{});
        current->qmp->execute(QStringLiteral("blockdev-del"), QJsonObject{{QStringLiteral("node-name"), node}},
                              [done](Result<QJsonValue>) { done(Done{}); });
    };
    instance->deviceDeleted.insert(device, finish);
    instance->pendingUnplugs.remove(device);
    instance->qmp->execute(QStringLiteral("device_del"), QJsonObject{{QStringLiteral("id"), device}},
                           [self, vmId, device, disk, done, settled, finish](Result<QJsonValue> requested) {
                               if (!self || requested.ok())
                                   return;
                               const QString message = requested.error().message;
                               if (message.contains(QLatin1String("not found"))) {
                                   // Already gone from the VM: only the block node remains.
                                   if (Instance *current = self->m_instances.value(vmId))
                                       current->deviceDeleted.remove(device);
                                   return finish();
                               }
                               if (message.contains(QLatin1String("in the process of unplug")))
                                   return; // a pending request: keep waiting for the guest
                               if (Instance *current = self->m_instances.value(vmId))
                                   current->deviceDeleted.remove(device);
                               if (!std::exchange(*settled, true))
                                   done(ServiceError::failed(QStringLiteral("cannot unplug disk '%1': %2").arg(disk.name, message)));
                           });
    QTimer::singleShot(m_unplugTimeoutMs, this, [self, vmId, device, disk, done, settled] {
        if (!self || *settled)
            return;
        *settled = true;
        if (Instance *current = self->m_instances.value(vmId)) {
            current->deviceDeleted.remove(device);
            current->pendingUnplugs.insert(device, disk.id);
        }
        done(ServiceError::conflict(QStringLiteral("unplug pending: the guest has not released disk '%1' yet; it stays attached "
                                                   "until the guest releases it or the VM stops")
                                        .arg(disk.name)));
    });
}

// ---- files, screen, console, recovery ----------------------------------------------------------

void QemuOperator::removeVmFiles(const Vm &vm, Callback<Done> done)
{
    const VmFiles f = files(vm.id);
    const QString socketDir = QFileInfo(f.qmpSocket).absolutePath();
    if (socketDir != f.dir)
        QDir(socketDir).removeRecursively();
    Result<Done> result = removeVmFolder(m_paths, vm.id);
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
}

void QemuOperator::screenshot(const Vm &vm, Callback<QByteArray> done)
{
    Instance *instance = m_instances.value(vm.id);
    if (!instance)
        return done(ServiceError::conflict(QStringLiteral("VM '%1' is not running: it has no screen").arg(vm.name)));
    // QEMU writes the file itself; its working folder is '/', so the path is absolute.
    const QString path = QStringLiteral("%1/screendump-%2.png").arg(files(vm.id).dir).arg(++m_screenshotCounter);
    instance->qmp->execute(QStringLiteral("screendump"), QJsonObject{{QStringLiteral("filename"), path}, {QStringLiteral("format"), QStringLiteral("png")}},
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
    if (m_instances.contains(vm.id)) {
        m_instances.value(vm.id)->qmp->execute(QStringLiteral("query-status"), [done](Result<QJsonValue> status) {
            if (!status.ok())
                return done(status.error());
            done(status.value().toObject().value(QLatin1String("status")).toString() == QLatin1String("paused") ? VmState::Paused
                                                                                                              : VmState::Running);
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
    attach(vm.id, pid, [self, vmId, interruptedStart, done](Result<VmState> state) {
        if (!self)
            return;
        if (state.ok() || !interruptedStart)
            return done(state);
        // A start cut short by VMAN's own end left a QEMU that does not answer: nobody asked for
        // it to keep running, so it is stopped rather than left half-alive.
        const QList<qint64> pids = hostproc::findVmProcesses(vmId);
        qCWarning(lcQemu).noquote() << "VM" << vmId << ": the interrupted start left QEMU" << pids << "not answering QMP:"
                                    << state.error().message << "- killing it";
        self->appendQemuLog(vmId, QStringLiteral("interrupted start: killing unresponsive QEMU"));
        for (qint64 p : pids)
            ::kill(pid_t(p), SIGKILL);
        whenDead(self, pids.isEmpty() ? 0 : pids.last(), 0, [self, vmId, pids, done] {
            if (!self)
                return;
            for (qint64 p : pids) {
                if (hostproc::isAlive(p))
                    return done(ServiceError::failed(QStringLiteral("QEMU (PID %1) survived SIGKILL").arg(p)));
            }
            self->removeStaleFiles(vmId);
            done(VmState::Stopped);
        });
    });
}

} // namespace vman
