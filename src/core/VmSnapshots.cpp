// SPDX-License-Identifier: GPL-3.0-or-later
// VmService: snapshots of a VM. They live inside its qcow2 images (internal snapshots: a linked
// clone's base image is never written, only the VM's own overlay); the service keeps what VMAN
// knows about each, decides what a VM's state allows, and keeps the VM's settings in step.
#include "VmService.h"

#include "SpecRules.h"

#include "Logging.h"
#include "Validation.h"
#include "VmServiceText.h"

#include <QPointer>
#include <QSet>

namespace vman {

using namespace service_text;

namespace {


bool isLive(const Vm &vm)
{
    return vm.state == VmState::Running || vm.state == VmState::Paused;
}

QString snapshotNotFound(const Vm &vm, const QString &name)
{
    return QStringLiteral("VM '%1' has no snapshot '%2'").arg(vm.name, rules::echo(name));
}

} // namespace

QList<VmSnapshot> VmService::snapshots(const QString &vmId) const
{
    return m_snapshots.value(vmId);
}

QList<VmSnapshot> VmService::snapshotsInImagesOf(const QString &vmId) const
{
    QList<VmSnapshot> found = m_snapshots.value(vmId);
    // A data disk keeps its copy of a snapshot of the VM it was attached to then: that snapshot,
    // narrowed to such disks, belongs to what this VM's images hold too.
    QSet<QString> attached;
    for (const Disk &disk : disksOfVm(vmId))
        attached.insert(disk.id);
    if (attached.isEmpty())
        return found;
    for (auto it = m_snapshots.cbegin(); it != m_snapshots.cend(); ++it) {
        if (it.key() == vmId)
            continue;
        for (VmSnapshot snapshot : it.value()) {
            QStringList disks;
            for (const QString &disk : std::as_const(snapshot.disks)) {
                if (attached.contains(disk))
                    disks << disk;
            }
            if (disks.isEmpty())
                continue;
            snapshot.disks = disks;
            found << snapshot;
        }
    }
    return found;
}

std::optional<VmSnapshot> VmService::findSnapshot(const QString &vmId, const QString &name) const
{
    for (const VmSnapshot &snapshot : m_snapshots.value(vmId)) {
        if (snapshot.name == name)
            return snapshot;
    }
    return std::nullopt;
}

QStringList VmService::snapshotDisks(const QString &vmId) const
{
    QStringList disks{VmSnapshot::kRootDisk};
    for (const Disk &disk : disksOfVm(vmId))
        disks << disk.id;
    return disks;
}

QString VmService::describeDisks(const QStringList &disks) const
{
    return describeDisks(disks, [this](const QString &id) { return findDisk(id); });
}

QString VmService::describeDisks(const QStringList &disks, const std::function<std::optional<Disk>(const QString &)> &findDisk)
{
    QStringList names;
    for (const QString &id : disks) {
        if (id == VmSnapshot::kRootDisk)
            names << QStringLiteral("the root disk");
        else if (const auto disk = findDisk(id))
            names << QStringLiteral("disk '%1'").arg(disk->name);
        else
            names << QStringLiteral("deleted disk %1").arg(id);
    }
    return names.join(QLatin1String(", "));
}

std::optional<ServiceError> VmService::validateSnapshot(const QString &vmId, const SnapshotSpec &spec) const
{
    const auto vm = findVm(vmId);
    if (!vm)
        return ServiceError::notFound(vmNotFound(vmId));
    if (const QList<FieldError> errors = rules::snapshotFieldErrors(spec); !errors.isEmpty())
        return ServiceError::invalid(errors);
    if (spec.name && findSnapshot(vmId, *spec.name))
        return ServiceError::conflict(QStringLiteral("VM '%1' already has a snapshot named '%2'").arg(vm->name, *spec.name));
    if (auto busy = checkVmIdle(*vm))
        return busy;
    if (!isLive(*vm) && vm->state != VmState::Stopped)
        return ServiceError::conflict(QStringLiteral("VM '%1' is %2; take a snapshot while it runs or once it is stopped").arg(vm->name, nameOf(vm->state)));
    if (vm->state == VmState::Stopped && !vm->rootDiskCreatedAt.isValid() && m_operator.makesRootDisks())
        return ServiceError::conflict(QStringLiteral("VM '%1' has never run: it has no disk to take a snapshot of yet").arg(vm->name));
    return std::nullopt;
}

void VmService::createSnapshot(const QString &vmId, const SnapshotSpec &spec, Callback<VmSnapshot> done)
{
    if (auto error = validateSnapshot(vmId, spec))
        return done(*error);
    const Vm vm = m_vms.value(vmId);
    QString name = spec.name.value_or(QString());
    for (int n = int(m_snapshots.value(vmId).size()) + 1; name.isEmpty() || findSnapshot(vmId, name); ++n)
        name = QStringLiteral("snapshot-%1").arg(n);

    VmSnapshot snapshot;
    snapshot.vmId = vmId;
    snapshot.name = name;
    snapshot.description = spec.description;
    snapshot.withMemory = isLive(vm);
    snapshot.disks = snapshotDisks(vmId);
    snapshot.cpuCount = vm.cpuCount;
    snapshot.ramAmount = vm.ramAmount;
    snapshot.diskSize = vm.diskSize;
    m_vmBusy.insert(vmId, QStringLiteral("taking snapshot '%1'").arg(name));
    QPointer<VmService> self(this);
    m_operator.takeSnapshot(vm, disksOfVm(vmId), name, [self, vm, snapshot, done](Result<qint64> taken) mutable {
        if (!self)
            return;
        self->m_vmBusy.remove(vm.id);
        if (!taken.ok())
            return done(taken.error());
        snapshot.sizeBytes = taken.value();
        snapshot.createdAt = nowUtc();
        if (!self->m_store.insertSnapshot(snapshot)) {
            qCCritical(lcService).noquote() << describe(vm) << "snapshot" << snapshot.name << "is in its images but could not be recorded:" << self->m_store.lastError();
            return done(storeFailure(self->m_store));
        }
        self->m_snapshots[vm.id].append(snapshot);
        self->bump();
        qCInfo(lcService).noquote() << describe(vm) << QStringLiteral("snapshot '%1' taken (%2; %3)")
                                                         .arg(snapshot.name, snapshot.withMemory ? QStringLiteral("with its memory, %1 bytes").arg(snapshot.sizeBytes)
                                                                                                 : QStringLiteral("disks only"),
                                                              self->describeDisks(snapshot.disks));
        Q_EMIT self->vmSnapshotCreated(snapshot);
        Q_EMIT self->changed();
        done(snapshot);
    });
}

void VmService::revertSnapshot(const QString &vmId, const QString &name, Callback<Vm> done)
{
    const auto vm = findVm(vmId);
    if (!vm)
        return done(ServiceError::notFound(vmNotFound(vmId)));
    const auto snapshot = findSnapshot(vmId, name);
    if (!snapshot)
        return done(ServiceError::notFound(snapshotNotFound(*vm, name)));
    if (auto busy = checkVmIdle(*vm))
        return done(*busy);
    if (!isLive(*vm) && vm->state != VmState::Stopped)
        return done(ServiceError::conflict(QStringLiteral("VM '%1' is %2; revert it while it runs or once it is stopped").arg(vm->name, nameOf(vm->state))));
    // The same images, or the snapshot cannot be whole.
    const QStringList now = snapshotDisks(vmId);
    const QSet<QString> nowSet(now.cbegin(), now.cend());
    const QSet<QString> thenSet(snapshot->disks.cbegin(), snapshot->disks.cend());
    if (nowSet != thenSet) {
        QStringList missing, extra;
        for (const QString &id : snapshot->disks) {
            if (!nowSet.contains(id))
                missing << id;
        }
        for (const QString &id : now) {
            if (!thenSet.contains(id))
                extra << id;
        }
        QStringList parts;
        if (!missing.isEmpty())
            parts << QStringLiteral("it covers %1, which the VM no longer has attached").arg(describeDisks(missing));
        if (!extra.isEmpty())
            parts << QStringLiteral("%1 was attached after it was taken").arg(describeDisks(extra));
        return done(ServiceError::conflict(QStringLiteral("Snapshot '%1' of VM '%2' cannot be restored: %3; attach or detach disks to match")
                                               .arg(name, vm->name, parts.join(QLatin1String("; ")))));
    }
    if (!snapshot->withMemory && isLive(*vm))
        return done(ServiceError::conflict(QStringLiteral("Snapshot '%1' holds no memory (it was taken while VM '%2' was stopped): stop the VM to revert its disks")
                                               .arg(name, vm->name)));
    if (snapshot->withMemory && isLive(*vm) && (vm->cpuCount != snapshot->cpuCount || vm->ramAmount != snapshot->ramAmount))
        return done(ServiceError::conflict(QStringLiteral("VM '%1' runs with %2 vCPUs and %3 GiB, snapshot '%4' was taken with %5 and %6 GiB: "
                                                          "stop the VM and revert (it starts again with the snapshot's size)")
                                               .arg(vm->name).arg(vm->cpuCount).arg(vm->ramAmount).arg(name).arg(snapshot->cpuCount).arg(snapshot->ramAmount)));

    QPointer<VmService> self(this);
    const VmSnapshot target = *snapshot;
    // The VM's size settings become the snapshot's, recorded once its images are back.
    auto recordSettings = [self, vmId, target]() -> bool {
        if (!self)
            return false;
        Vm settings = self->m_vms.value(vmId);
        settings.cpuCount = target.cpuCount;
        settings.ramAmount = target.ramAmount;
        settings.diskSize = target.diskSize;
        return self->recordVmSettings(settings, QStringLiteral("reverted to snapshot '%1':").arg(target.name));
    };
    auto finish = [self, vmId, target, done]() {
        if (!self)
            return;
        qCInfo(lcService).noquote() << describe(self->m_vms.value(vmId)) << QStringLiteral("reverted to snapshot '%1'").arg(target.name);
        Q_EMIT self->vmSnapshotReverted(target);
        done(self->m_vms.value(vmId));
    };
    auto loadLive = [self, vmId, target, finish, done]() {
        if (!self)
            return;
        self->m_vmBusy.insert(vmId, QStringLiteral("reverting to snapshot '%1'").arg(target.name));
        self->m_operator.revertSnapshot(self->m_vms.value(vmId), self->disksOfVm(vmId), target.name, [self, vmId, finish, done](Result<Done> loaded) {
            if (!self)
                return;
            self->m_vmBusy.remove(vmId);
            if (!loaded.ok())
                return done(loaded.error());
            finish();
        });
    };

    if (isLive(*vm))
        return loadLive();
    if (!snapshot->withMemory) {
        m_vmBusy.insert(vmId, QStringLiteral("reverting to snapshot '%1'").arg(name));
        return m_operator.revertSnapshot(*vm, disksOfVm(vmId), name, [self, vmId, recordSettings, finish, done](Result<Done> applied) {
            if (!self)
                return;
            self->m_vmBusy.remove(vmId);
            if (!applied.ok())
                return done(applied.error());
            if (!recordSettings())
                return done(storeFailure(self->m_store));
            finish();
        });
    }
    // A snapshot with memory on a stopped VM: it starts (with the snapshot's size) and its
    // memory, devices and disks are loaded at once, as the VM was when the snapshot was taken.
    if (!recordSettings())
        return done(storeFailure(m_store));
    startVm(vmId, [self, loadLive, done](Result<Vm> started) {
        if (!self)
            return;
        if (!started.ok())
            return done(started.error());
        loadLive();
    });
}

void VmService::deleteSnapshot(const QString &vmId, const QString &name, Callback<Done> done)
{
    const auto vm = findVm(vmId);
    if (!vm)
        return done(ServiceError::notFound(vmNotFound(vmId)));
    const auto snapshot = findSnapshot(vmId, name);
    if (!snapshot)
        return done(ServiceError::notFound(snapshotNotFound(*vm, name)));
    if (auto busy = checkVmIdle(*vm))
        return done(*busy);
    if (!isLive(*vm) && vm->state != VmState::Stopped)
        return done(ServiceError::conflict(QStringLiteral("VM '%1' is %2; delete snapshots while it runs or once it is stopped").arg(vm->name, nameOf(vm->state))));
    // From the images the VM has now that hold it (a disk detached since keeps its copy).
    QList<Disk> disks;
    for (const Disk &disk : disksOfVm(vmId)) {
        if (snapshot->disks.contains(disk.id))
            disks << disk;
    }
    m_vmBusy.insert(vmId, QStringLiteral("deleting snapshot '%1'").arg(name));
    QPointer<VmService> self(this);
    m_operator.deleteSnapshot(*vm, disks, name, [self, vmId, name, done](Result<Done> deleted) {
        if (!self)
            return;
        self->m_vmBusy.remove(vmId);
        if (!deleted.ok())
            return done(deleted.error());
        if (!self->m_store.deleteSnapshot(vmId, name))
            return done(storeFailure(self->m_store));
        QList<VmSnapshot> &list = self->m_snapshots[vmId];
        list.erase(std::remove_if(list.begin(), list.end(), [&name](const VmSnapshot &s) { return s.name == name; }), list.end());
        self->bump();
        qCInfo(lcService).noquote() << describe(self->m_vms.value(vmId)) << QStringLiteral("snapshot '%1' deleted").arg(name);
        Q_EMIT self->vmSnapshotDeleted(vmId, name);
        Q_EMIT self->changed();
        done(Done{});
    });
}

} // namespace vman
