// SPDX-License-Identifier: GPL-3.0-or-later
// VmService: changing a VM after creation (PATCH /vms/{id}, the Edit dialog) and growing disks.
// The same rules as creation (one source: rules:: and checkPorts), plus what a running VM allows.
#include "VmService.h"

#include "SpecRules.h"

#include "Logging.h"
#include "Validation.h"
#include "VmServiceText.h"
#include "cloudinit/CloudInitRules.h"
#include "images/ImageLibrary.h"

#include <QPointer>

namespace vman {

using namespace service_text;

namespace {

constexpr qint64 kGiB = qint64(1) << 30;

bool runsOrIsPaused(const Vm &vm)
{
    return vm.state == VmState::Running || vm.state == VmState::Paused;
}

bool isStopped(const Vm &vm)
{
    return vm.state == VmState::Stopped || vm.state == VmState::Error;
}

// The settings a change may touch, copied onto the VM as it is now (its state may have moved on
// while the change's asynchronous part ran).
Vm withSettingsOf(Vm current, const Vm &changed)
{
    current.name = changed.name;
    current.cpuCount = changed.cpuCount;
    current.ramAmount = changed.ramAmount;
    current.ports = changed.ports;
    current.bootOrder = changed.bootOrder;
    current.diskSize = changed.diskSize;
    current.cloudInit = changed.cloudInit;
    current.cloudInitRevision = changed.cloudInitRevision;
    current.readyMarker = changed.readyMarker;
    return current;
}

QStringList changedFields(const Vm &before, const Vm &after)
{
    QStringList fields;
    if (before.name != after.name)
        fields << QStringLiteral("name");
    if (before.cpuCount != after.cpuCount)
        fields << QStringLiteral("cpu_count");
    if (before.ramAmount != after.ramAmount)
        fields << QStringLiteral("ram_amount");
    if (before.ports != after.ports)
        fields << QStringLiteral("ports");
    if (before.bootOrder != after.bootOrder)
        fields << QStringLiteral("boot");
    if (before.diskSize != after.diskSize)
        fields << QStringLiteral("disk_size");
    if (before.cloudInit != after.cloudInit)
        fields << QStringLiteral("cloud_init");
    if (before.readyMarker != after.readyMarker)
        fields << QStringLiteral("ready_marker");
    return fields;
}

} // namespace

qint64 VmService::rootDiskGib(const Vm &vm) const
{
    return rootDiskGib(vm, !vm.imageId.isEmpty() && m_images ? m_images->find(vm.imageId) : std::nullopt);
}

qint64 VmService::rootDiskGib(const Vm &vm, const std::optional<Image> &image)
{
    if (vm.diskSize > 0)
        return vm.diskSize;
    if (image && image->virtualSize > 0)
        return (image->virtualSize + kGiB - 1) / kGiB;
    return kEmptyRootDiskGib;
}

std::optional<ServiceError> VmService::checkVmChange(const Vm &vm, const VmPatch &patch, Vm *updated, std::optional<QString> *cdromImageId) const
{
    if (const QList<FieldError> errors = rules::vmChangeFieldErrors(vm, patch, rootDiskGib(vm)); !errors.isEmpty())
        return ServiceError::invalid(errors);

    Vm next = vm;
    if (patch.name) {
        if (*patch.name != vm.name && m_vmIdByName.contains(*patch.name))
            return ServiceError::conflict(QStringLiteral("A VM named '%1' already exists").arg(*patch.name));
        next.name = *patch.name;
    }
    if ((patch.cpuCount && !*patch.cpuCount) || (patch.ramAmount && !*patch.ramAmount)) {
        const auto t = findTemplate(vm.templateName);
        if (!t)
            return ServiceError::conflict(QStringLiteral("VM '%1' has no template to take its size from any more; give a number").arg(vm.name));
        if (patch.cpuCount && !*patch.cpuCount)
            next.cpuCount = t->cpuCount;
        if (patch.ramAmount && !*patch.ramAmount)
            next.ramAmount = t->ramAmount;
    }
    if (patch.cpuCount && *patch.cpuCount)
        next.cpuCount = int(**patch.cpuCount);
    if (patch.ramAmount && *patch.ramAmount)
        next.ramAmount = int(**patch.ramAmount);
    if (patch.ports) {
        QList<PortForward> ports;
        if (auto error = checkPorts(*patch.ports, &ports, vm.id))
            return error;
        next.ports = ports;
    }
    if (patch.boot) {
        next.bootOrder.clear();
        if (*patch.boot) {
            for (const QString &name : **patch.boot)
                next.bootOrder.append(*bootDeviceFromString(name));
        }
    }
    if (patch.diskSize)
        next.diskSize = int(*patch.diskSize);
    if (patch.cloudInit)
        next.cloudInit = *patch.cloudInit;
    if (patch.readyMarker)
        next.readyMarker = *patch.readyMarker;
    // A new instance-id makes cloud-init apply the settings again at the next boot: after they
    // changed, and after a rename when the host name comes from the VM's name.
    const bool hostnameFromName = next.cloudInit && next.cloudInit->hostname.isEmpty() && next.name != vm.name;
    if (next.cloudInit != vm.cloudInit || hostnameFromName)
        next.cloudInitRevision = vm.cloudInitRevision + 1;
    if (patch.cdrom) {
        QString imageId;
        if (!patch.cdrom->isEmpty()) {
            const Result<Image> iso = usableImage(QStringLiteral("cdrom"), *patch.cdrom, true);
            if (!iso.ok())
                return iso.error();
            imageId = iso.value().id;
        }
        if (imageId != vm.cdromImageId)
            *cdromImageId = imageId;
    }

    // What a VM that is not stopped allows. Sending the current value back is no change.
    if (!isStopped(vm)) {
        QStringList needStop;
        if (next.cpuCount != vm.cpuCount)
            needStop << QStringLiteral("cpu_count");
        if (next.ramAmount != vm.ramAmount)
            needStop << QStringLiteral("ram_amount");
        if (next.ports != vm.ports)
            needStop << QStringLiteral("ports");
        if (next.bootOrder != vm.bootOrder)
            needStop << QStringLiteral("boot");
        if (!needStop.isEmpty())
            return ServiceError::conflict(QStringLiteral("VM '%1' is %2: stop it to change %3")
                                              .arg(vm.name, nameOf(vm.state), needStop.join(QLatin1String(", "))));
        const bool liveChange = next.diskSize != vm.diskSize || cdromImageId->has_value();
        if (liveChange && !runsOrIsPaused(vm))
            return ServiceError::conflict(QStringLiteral("VM '%1' is %2; change its disk or CD once it runs or stopped").arg(vm.name, nameOf(vm.state)));
    }
    *updated = next;
    return std::nullopt;
}

std::optional<ServiceError> VmService::validateVmChange(const QString &id, const VmPatch &patch) const
{
    const auto vm = findVm(id);
    if (!vm)
        return ServiceError::notFound(vmNotFound(id));
    Vm updated;
    std::optional<QString> cdrom;
    return checkVmChange(*vm, patch, &updated, &cdrom);
}

bool VmService::recordVmSettings(const Vm &updated, const QString &what)
{
    auto it = m_vms.find(updated.id);
    if (it == m_vms.end())
        return false;
    const Vm before = *it;
    Vm next = withSettingsOf(before, updated);
    const QStringList fields = changedFields(before, next);
    if (fields.isEmpty())
        return true;
    next.updatedAt = nowUtc();
    if (!m_store.updateVmSettings(next))
        return false;
    *it = next;
    if (next.name != before.name) {
        m_vmIdByName.remove(before.name);
        m_vmIdByName.insert(next.name, next.id);
    }
    bump();
    qCInfo(lcService).noquote() << describe(next) << what << fields.join(QLatin1String(", "))
                                << (next.name != before.name ? QStringLiteral("(was '%1')").arg(before.name) : QString());
    Q_EMIT vmUpdated(next);
    Q_EMIT vmSettingsChanged(next, fields);
    Q_EMIT changed();
    return true;
}

void VmService::updateVm(const QString &id, const VmPatch &patch, Callback<Vm> done)
{
    const auto vm = findVm(id);
    if (!vm)
        return done(ServiceError::notFound(vmNotFound(id)));
    if (auto busy = checkVmIdle(*vm))
        return done(*busy);
    Vm updated;
    std::optional<QString> cdrom;
    if (auto error = checkVmChange(*vm, patch, &updated, &cdrom))
        return done(*error);

    QPointer<VmService> self(this);
    // Last: the settings, written through to the database.
    auto record = [self, id, updated, done]() {
        if (!self)
            return;
        if (!self->recordVmSettings(updated, QStringLiteral("changed:")))
            return done(storeFailure(self->m_store));
        done(self->m_vms.value(id));
    };
    // Then the CD: live on a running VM (commitCdrom records it), else with the settings.
    auto changeCdrom = [self, id, cdrom, record, done]() {
        if (!self)
            return;
        if (!cdrom)
            return record();
        self->commitCdrom(id, *cdrom, [record, done](Result<Vm> changed) {
            if (!changed.ok())
                return done(changed.error());
            record();
        });
    };
    // First the root disk: grown before anything is recorded, so a failure changes nothing.
    const qint64 currentGib = rootDiskGib(*vm);
    if (updated.diskSize <= 0 || updated.diskSize <= currentGib)
        return changeCdrom();
    m_vmBusy.insert(id, QStringLiteral("growing its root disk"));
    m_operator.growRootDisk(*vm, qint64(updated.diskSize) * kGiB, [self, id, currentGib, updated, changeCdrom, done](Result<Done> grown) {
        if (!self)
            return;
        self->m_vmBusy.remove(id);
        if (!grown.ok())
            return done(grown.error());
        qCInfo(lcService).noquote() << describe(updated) << QStringLiteral("root disk grown from %1 to %2 GiB").arg(currentGib).arg(updated.diskSize);
        changeCdrom();
    });
}

void VmService::resizeDisk(const QString &diskId, qint64 sizeGiB, Callback<Disk> done)
{
    const auto disk = findDisk(diskId);
    if (!disk)
        return done(ServiceError::notFound(diskNotFound(diskId)));
    if (auto e = rules::checkRange(QStringLiteral("size"), sizeGiB, rules::kDiskGibMin, rules::kDiskGibMax))
        return done(ServiceError::invalid({*e}));
    if (sizeGiB < disk->size)
        return done(ServiceError::invalid({FieldError{QStringLiteral("size"),
                                                      QStringLiteral("A disk can only grow: disk '%1' has %2 GiB").arg(disk->name).arg(disk->size),
                                                      QStringLiteral("value_error")}}));
    if (sizeGiB == disk->size)
        return done(*disk);
    if (m_diskBusy.contains(diskId))
        return done(ServiceError::conflict(QStringLiteral("Disk '%1' is busy: %2 in progress").arg(disk->name, m_diskBusy.value(diskId))));
    std::optional<Vm> runningVm;
    if (disk->isAttached()) {
        const Vm vm = m_vms.value(disk->vmId);
        if (auto busy = checkVmIdle(vm))
            return done(*busy);
        if (runsOrIsPaused(vm))
            runningVm = vm;
        else if (!isStopped(vm))
            return done(ServiceError::conflict(QStringLiteral("Disk '%1' belongs to VM '%2', which is %3; resize it once the VM runs or stopped")
                                                   .arg(disk->name, vm.name, nameOf(vm.state))));
    }
    m_diskBusy.insert(diskId, QStringLiteral("resize"));
    QPointer<VmService> self(this);
    const qint64 from = disk->size;
    m_operator.growDataDisk(*disk, runningVm ? &*runningVm : nullptr, sizeGiB * kGiB, [self, diskId, sizeGiB, from, live = runningVm.has_value(), done](Result<Done> grown) {
        if (!self)
            return;
        self->m_diskBusy.remove(diskId);
        if (!grown.ok())
            return done(grown.error());
        auto it = self->m_disks.find(diskId);
        if (it == self->m_disks.end())
            return done(ServiceError::notFound(diskNotFound(diskId)));
        const QDateTime at = nowUtc();
        if (!self->m_store.setDiskSize(diskId, sizeGiB, at))
            return done(storeFailure(self->m_store));
        it->size = sizeGiB;
        it->updatedAt = at;
        self->bump();
        qCInfo(lcService).noquote() << QStringLiteral("disk %1 (%2) grown from %3 to %4 GiB%5")
                                           .arg(it->name, diskId).arg(from).arg(sizeGiB)
                                           .arg(live ? QStringLiteral(" while its VM runs") : QString());
        const Disk resized = *it;
        Q_EMIT self->diskResized(resized);
        Q_EMIT self->changed();
        done(resized);
    });
}

} // namespace vman
