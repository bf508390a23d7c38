// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemHealth.h"

#include "QemuCommandLine.h"

#include "Logging.h"
#include "Observer.h"
#include "StateStore.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QSysInfo>

#include <unistd.h>

namespace vman {

QString nameOf(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Ok: return QStringLiteral("ok");
    case HealthStatus::Degraded: return QStringLiteral("degraded");
    case HealthStatus::Error: return QStringLiteral("error");
    }
    Q_UNREACHABLE();
}

namespace {

ToolInfo resolveTool(const QString &configured)
{
    ToolInfo tool;
    tool.configured = configured;
    if (configured.contains(QLatin1Char('/'))) {
        const QFileInfo info(configured);
        if (info.isFile() && info.isExecutable())
            tool.path = info.absoluteFilePath();
        else
            tool.error = QStringLiteral("%1 is not an executable file").arg(configured);
    } else {
        tool.path = QStandardPaths::findExecutable(configured);
        if (tool.path.isEmpty())
            tool.error = QStringLiteral("%1 not found in PATH").arg(configured);
    }
    tool.probed = !tool.error.isEmpty();
    return tool;
}

QVariantMap toolDetails(const ToolInfo &tool)
{
    QVariantMap details{{QStringLiteral("configured"), tool.configured}};
    if (!tool.path.isEmpty())
        details.insert(QStringLiteral("path"), tool.path);
    if (!tool.version.isEmpty())
        details.insert(QStringLiteral("version"), tool.version);
    if (!tool.error.isEmpty())
        details.insert(QStringLiteral("error"), tool.error);
    if (!tool.probed)
        details.insert(QStringLiteral("detail"), QStringLiteral("version check in progress"));
    return details;
}

} // namespace

SystemHealth::SystemHealth(const Config &config, StateStore &store, QObject *parent)
    : QObject(parent), m_config(config), m_store(store), m_qemu(resolveTool(config.qemuBinary)),
      m_qemuImg(resolveTool(config.qemuImgBinary))
{
}

SystemHealth::~SystemHealth()
{
    // A probe still running at shutdown is simply abandoned.
    for (QProcess *process : findChildren<QProcess *>()) {
        process->disconnect(this);
        process->kill();
        process->waitForFinished(1000);
    }
}

void SystemHealth::probeTools()
{
    probe(&m_qemu);
    probe(&m_qemuImg);
}

void SystemHealth::probe(ToolInfo *tool)
{
    if (tool->path.isEmpty())
        return;
    auto *process = new QProcess(this);
    process->setProgram(tool->path);
    process->setArguments({QStringLiteral("--version")});
    connect(process, &QProcess::finished, this, [this, process, tool](int exitCode, QProcess::ExitStatus status) {
        const QString output = QString::fromLocal8Bit(process->readAllStandardOutput()).trimmed();
        if (status == QProcess::NormalExit && exitCode == 0 && !output.isEmpty()) {
            tool->version = output.section(QLatin1Char('\n'), 0, 0).trimmed();
        } else {
            const QString err = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
            tool->error = QStringLiteral("%1 --version failed: %2").arg(tool->path, err.isEmpty() ? QStringLiteral("exit code %1").arg(exitCode) : err);
        }
        tool->probed = true;
        qCInfo(lcHealth).noquote() << tool->configured << "->" << (tool->error.isEmpty() ? tool->version : tool->error);
        process->deleteLater();
        Q_EMIT toolsProbed();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, tool](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        tool->error = QStringLiteral("cannot run %1: %2").arg(tool->path, process->errorString());
        tool->probed = true;
        process->deleteLater();
        Q_EMIT toolsProbed();
    });
    process->start(QIODevice::ReadOnly);
}

bool SystemHealth::kvmUsable()
{
    return ::access("/dev/kvm", R_OK | W_OK) == 0;
}

AccelMode SystemHealth::effectiveAccel(AccelMode configured)
{
    if (configured != AccelMode::Auto)
        return configured;
    return kvmUsable() ? AccelMode::Kvm : AccelMode::Tcg;
}

HealthReport SystemHealth::report() const
{
    HealthReport report;
    const bool needsQemu = !m_config.dryRun;

    HealthCheck database{QStringLiteral("database"), m_store.ping(), true, {{QStringLiteral("path"), m_store.path()}}};
    if (database.ok)
        database.details.insert(QStringLiteral("schema_version"), m_store.schemaVersion());
    else
        database.details.insert(QStringLiteral("error"), QStringLiteral("the database does not answer"));
    report.checks << database;

    const QFileInfo storageInfo(m_config.storagePath);
    HealthCheck storage{QStringLiteral("storage"), storageInfo.isDir() && storageInfo.isWritable(), true,
                        {{QStringLiteral("path"), m_config.storagePath}}};
    if (storage.ok) {
        const QStorageInfo volume(m_config.storagePath);
        storage.details.insert(QStringLiteral("free_bytes"), volume.bytesAvailable());
    } else {
        storage.details.insert(QStringLiteral("error"), QStringLiteral("not a writable folder"));
    }
    report.checks << storage;

    HealthCheck qemu{QStringLiteral("qemu"), !m_qemu.path.isEmpty() && m_qemu.error.isEmpty(), needsQemu, toolDetails(m_qemu)};
    report.checks << qemu;
    HealthCheck qemuImg{QStringLiteral("qemu_img"), !m_qemuImg.path.isEmpty() && m_qemuImg.error.isEmpty(), needsQemu,
                        toolDetails(m_qemuImg)};
    report.checks << qemuImg;

    const QString arch = QSysInfo::currentCpuArchitecture();
    report.checks << HealthCheck{QStringLiteral("architecture"), arch == QLatin1String("x86_64"), needsQemu,
                                 {{QStringLiteral("host"), arch}, {QStringLiteral("supported"), QStringLiteral("x86_64")}}};

    const bool kvm = kvmUsable();
    const AccelMode effective = effectiveAccel(m_config.accel);
    HealthCheck accel{QStringLiteral("accelerator"), effective != AccelMode::Kvm || kvm, needsQemu,
                      {{QStringLiteral("configured"), nameOf(m_config.accel)},
                       {QStringLiteral("effective"), nameOf(effective)},
                       {QStringLiteral("kvm_usable"), kvm}}};
    if (!accel.ok)
        accel.details.insert(QStringLiteral("error"), QStringLiteral("VMAN_ACCEL=kvm but /dev/kvm is not usable"));
    report.checks << accel;

    HealthCheck observerCheck{QStringLiteral("observer"), false, true, {{QStringLiteral("running"), false}}};
    if (m_observer) {
        const ObserverStatus observer = m_observer->status();
        observerCheck.ok = m_observer->healthy();
        observerCheck.details = {{QStringLiteral("running"), observer.running},
                                 {QStringLiteral("interval_seconds"), observer.intervalSeconds},
                                 {QStringLiteral("runs"), qint64(observer.runs)},
                                 {QStringLiteral("last_run_at"), observer.lastRunAt.isValid() ? observer.lastRunAt.toString(Qt::ISODateWithMs) : QVariant()}};
        if (!observerCheck.ok)
            observerCheck.details.insert(QStringLiteral("error"), QStringLiteral("no pass in the last three intervals"));
    }
    report.checks << observerCheck;

    HealthCheck bootDisk{QStringLiteral("default_boot_disk"), true, true, {}};
    if (m_config.defaultBootDisk.isEmpty()) {
        bootDisk.details.insert(QStringLiteral("configured"), false);
        bootDisk.details.insert(QStringLiteral("detail"), QStringLiteral("not configured: new VMs get an empty 10 GiB root disk"));
    } else {
        const QFileInfo file(m_config.defaultBootDisk);
        bootDisk.ok = file.isFile() && file.isReadable();
        bootDisk.details.insert(QStringLiteral("configured"), true);
        bootDisk.details.insert(QStringLiteral("path"), m_config.defaultBootDisk);
        bootDisk.details.insert(QStringLiteral("clone_mode"), nameOf(m_config.cloneMode));
        if (bootDisk.ok)
            bootDisk.details.insert(QStringLiteral("size_bytes"), file.size());
        else
            bootDisk.details.insert(QStringLiteral("error"), QStringLiteral("file missing or unreadable: new VMs get an empty 10 GiB root disk"));
    }
    report.checks << bootDisk;

    // UEFI firmware: optional (BIOS VMs need none); without it `uefi` VMs are refused.
    HealthCheck uefi{QStringLiteral("uefi_firmware"), true, false, {}};
    if (const auto firmware = qemu::findUefiFirmware({m_config.uefiFirmwareDir})) {
        uefi.details.insert(QStringLiteral("code"), firmware->code);
        uefi.details.insert(QStringLiteral("vars_template"), firmware->vars);
    } else {
        uefi.ok = false;
        uefi.details.insert(QStringLiteral("error"), QStringLiteral("no OVMF firmware in %1 (Debian package `ovmf`; VMAN_UEFI_FIRMWARE_DIR): VMs with firmware `uefi` cannot start").arg(m_config.uefiFirmwareDir));
    }
    report.checks << uefi;
    for (const auto &extra : m_extraChecks)
        report.checks << extra();

    for (const HealthCheck &check : std::as_const(report.checks)) {
        if (check.ok || !check.required)
            continue;
        const bool fatal = check.name == QLatin1String("database") || check.name == QLatin1String("storage");
        if (fatal)
            report.status = HealthStatus::Error;
        else if (report.status == HealthStatus::Ok)
            report.status = HealthStatus::Degraded;
    }
    return report;
}

} // namespace vman
