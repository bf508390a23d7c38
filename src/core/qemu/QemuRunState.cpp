// SPDX-License-Identifier: GPL-3.0-or-later
#include "QemuRunState.h"

namespace vman::qemu {

RunState runStateFrom(const QString &status, bool running)
{
    // Guest stopped by a fault: it will not go on by itself, and `cont` alone may not help.
    if (status == QLatin1String("io-error"))
        return {VmState::Error, QStringLiteral("QEMU paused the guest after a disk I/O error (is the disk full?)")};
    if (status == QLatin1String("internal-error"))
        return {VmState::Error, QStringLiteral("QEMU stopped the guest after an internal error")};
    if (status == QLatin1String("guest-panicked"))
        return {VmState::Error, QStringLiteral("the guest panicked")};
    if (status == QLatin1String("watchdog"))
        return {VmState::Error, QStringLiteral("the guest's watchdog expired")};
    // On its way out (no -no-shutdown): the process exit follows and settles the VM as stopped.
    if (status == QLatin1String("shutdown"))
        return {VmState::Stopping, QStringLiteral("QEMU is shutting down")};
    if (running || status == QLatin1String("running"))
        return {VmState::Running, QString()};
    // Every other state is a guest that does not run but is whole and can be resumed: paused by
    // a user or a client, suspended by the guest, waiting to start, or in a migration/snapshot step.
    static const QStringList paused = {QStringLiteral("paused"),       QStringLiteral("suspended"),    QStringLiteral("prelaunch"),
                                       QStringLiteral("debug"),        QStringLiteral("inmigrate"),    QStringLiteral("postmigrate"),
                                       QStringLiteral("finish-migrate"), QStringLiteral("restore-vm"), QStringLiteral("save-vm"),
                                       QStringLiteral("colo")};
    if (paused.contains(status))
        return {VmState::Paused, status == QLatin1String("paused") ? QString() : QStringLiteral("QEMU run state: %1").arg(status)};
    return {VmState::Error, QStringLiteral("QEMU reports an unknown run state '%1'").arg(status.left(100))};
}

RunState runStateFrom(const QJsonObject &queryStatus)
{
    return runStateFrom(queryStatus.value(QLatin1String("status")).toString(), queryStatus.value(QLatin1String("running")).toBool());
}

} // namespace vman::qemu
