// SPDX-License-Identifier: GPL-3.0-or-later
// VmService: cloning a stopped VM. The clone is recorded at once (so its name is taken and it
// shows) and its disks are copied in the background with progress; both VMs are busy meanwhile.
// A clone that cannot be completed is removed again, with the reason in an event and the log.
#include "VmService.h"

#include "SpecRules.h"

#include "Logging.h"
#include "Validation.h"
#include "VmServiceText.h"

#include <QElapsedTimer>
#include <QPointer>

#include <memory>

namespace vman {

using namespace service_text;

namespace {

// Progress is announced at most this often per clone (the copy itself reports far more often).
constexpr qint64 kProgressIntervalMs = 250;

QString freeName(const QString &wanted, const std::function<bool(const QString &)> &taken)
{
    if (!taken(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(wanted).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace

std::optional<ServiceError> VmService::validateClone(const QString &sourceId, const CloneSpec &spec) const
{
    const auto source = findVm(sourceId);
    if (!source)
        return ServiceError::notFound(vmNotFound(sourceId));
    if (const QList<FieldError> errors = rules::cloneFieldErrors(spec); !errors.isEmpty())
        return ServiceError::invalid(errors);
    if (spec.name && m_vmIdByName.contains(*spec.name))
        return ServiceError::conflict(QStringLiteral("A VM named '%1' already exists").arg(*spec.name));
    if (auto busy = checkVmIdle(*source))
        return busy;
    if (source->state != VmState::Stopped)
        return ServiceError::conflict(QStringLiteral("VM '%1' is %2: stop it to clone it (a running VM's disks change while they are copied)")
                                          .arg(source->name, nameOf(source->state)));
    if (spec.linked && !m_snapshots.value(sourceId).isEmpty())
        return ServiceError::conflict(QStringLiteral("VM '%1' has snapshots, which a linked clone would hide from it (its disk becomes the clone's base): "
                                                     "delete them first, or make a full clone")
                                          .arg(source->name));
    if (spec.withDisks) {
        for (const Disk &disk : disksOfVm(sourceId)) {
            if (m_diskBusy.contains(disk.id))
                return ServiceError::conflict(QStringLiteral("Disk '%1' is busy: %2 in progress").arg(disk.name, m_diskBusy.value(disk.id)));
        }
    }
    return std::nullopt;
}

Result<Vm> VmService::cloneVm(const QString &sourceId, const CloneSpec &spec)
{
    if (auto error = validateClone(sourceId, spec))
        return *error;
    const Vm source = m_vms.value(sourceId);

    Vm clone = source;
    clone.id = newId(); // and so its own MAC address, UUID and cloud-init instance-id
    clone.name = spec.name ? *spec.name : freeName(source.name + QStringLiteral("-clone"), [this](const QString &n) { return m_vmIdByName.contains(n); });
    clone.state = VmState::Stopped;
    clone.stateDetail = QStringLiteral("being cloned from VM '%1'").arg(source.name);
    clone.rootDiskCreatedAt = QDateTime();
    clone.cloudInitRevision = 0;
    clone.ready = false;
    clone.readyBy.clear();
    clone.guest = GuestInfo();
    // Port forwards are unique to a VM: the clone gets none, but an SSH forward of its own when it
    // has keys (as at creation).
    clone.ports.clear();
    if (clone.cloudInit && !clone.cloudInit->sshAuthorizedKeys.isEmpty()) {
        if (const std::optional<int> port = freeSshPort({}))
            clone.ports.append({QStringLiteral("tcp"), QStringLiteral("127.0.0.1"), *port, 22});
    }
    clone.createdAt = clone.updatedAt = nowUtc();
    if (!m_store.insertVm(clone))
        return storeFailure(m_store);
    m_vms.insert(clone.id, clone);
    m_vmOrder.append(clone.id);
    m_vmIdByName.insert(clone.name, clone.id);
    bump();
    qCInfo(lcService).noquote() << describe(clone) << QStringLiteral("created as a %1 clone of %2%3")
                                                          .arg(spec.linked ? QStringLiteral("linked") : QStringLiteral("full"), describe(source),
                                                               spec.withDisks ? QStringLiteral(" with its data disks") : QString());
    Q_EMIT vmCreated(clone);
    Q_EMIT changed();

    const QString what = QStringLiteral("being cloned as '%1'").arg(clone.name);
    m_vmBusy.insert(sourceId, what);
    m_vmBusy.insert(clone.id, QStringLiteral("cloning from '%1'").arg(source.name));
    const QList<Disk> dataDisks = spec.withDisks ? disksOfVm(sourceId) : QList<Disk>();
    for (const Disk &disk : dataDisks)
        m_diskBusy.insert(disk.id, what);

    // The copies, one after another: the root disk, then each data disk.
    struct Run
    {
        Vm source;
        Vm clone;
        QList<Disk> pending;
        QList<Disk> made;
        QString phase = QStringLiteral("root");
        QElapsedTimer announced;
    };
    auto run = std::make_shared<Run>();
    run->source = source;
    run->clone = clone;
    run->pending = dataDisks;
    QPointer<VmService> self(this);
    auto progress = [self, run](double percent) {
        if (!self)
            return;
        if (percent < 100 && run->announced.isValid() && run->announced.elapsed() < kProgressIntervalMs)
            return;
        run->announced.start();
        Q_EMIT self->vmCloneProgress(run->clone.id, run->source.id, run->phase, percent);
    };
    // Each step holds the next one only while a copy is in flight (a weak reference inside, so
    // the function does not own itself and is freed after the last step).
    auto next = std::make_shared<std::function<void(Result<Done>)>>();
    *next = [self, run, progress, weakNext = std::weak_ptr<std::function<void(Result<Done>)>>(next), dataDisks](Result<Done> copied) {
        const auto next = weakNext.lock();
        if (!next)
            return;
        if (!self)
            return;
        if (!copied.ok())
            return self->abandonClone(run->clone.id, run->source.id, dataDisks, run->made, copied.error().message);
        if (run->pending.isEmpty())
            return self->completeClone(run->clone.id, run->source, dataDisks);
        const Disk original = run->pending.takeFirst();
        Disk copy;
        copy.id = newId();
        copy.name = freeName(QStringLiteral("%1-%2").arg(original.name, run->clone.name), [&self](const QString &n) {
            return self->m_diskIdByName.contains(n) || self->m_diskNamesInCreation.contains(n);
        });
        copy.size = original.size;
        self->m_diskNamesInCreation.insert(copy.name);
        run->phase = QStringLiteral("disk:%1").arg(original.name);
        self->m_operator.copyDiskImage(original, copy, progress, [self, run, copy, next](Result<Done> made) mutable {
            if (!self)
                return;
            self->m_diskNamesInCreation.remove(copy.name);
            if (!made.ok())
                return (*next)(made);
            copy.createdAt = copy.updatedAt = copy.attachedAt = nowUtc();
            copy.vmId = run->clone.id;
            if (!self->m_store.insertDisk(copy) || !self->m_store.attachDisk(copy.id, run->clone.id, copy.attachedAt)) {
                self->m_operator.deleteDiskImage(copy, [](Result<Done>) {});
                return (*next)(storeFailure(self->m_store));
            }
            self->m_disks.insert(copy.id, copy);
            self->m_diskOrder.append(copy.id);
            self->m_diskIdByName.insert(copy.name, copy.id);
            run->made.append(copy);
            self->bump();
            Q_EMIT self->diskCreated(copy);
            Q_EMIT self->diskAttached(copy, run->clone.id);
            Q_EMIT self->changed();
            (*next)(Done{});
        });
    };
    m_operator.cloneVmDisks(source, clone, spec.linked, progress, [next](Result<Done> copied) { (*next)(copied); });
    return m_vms.value(clone.id);
}

void VmService::completeClone(const QString &cloneId, const Vm &source, const QList<Disk> &sourceDisks)
{
    m_vmBusy.remove(source.id);
    m_vmBusy.remove(cloneId);
    for (const Disk &disk : sourceDisks)
        m_diskBusy.remove(disk.id);
    auto it = m_vms.find(cloneId);
    if (it == m_vms.end())
        return;
    Vm done = *it;
    done.stateDetail.clear();
    // With a copy of a disk that exists, the clone's first start does not make one.
    done.rootDiskCreatedAt = source.rootDiskCreatedAt.isValid() ? nowUtc() : QDateTime();
    done.updatedAt = nowUtc();
    if (!m_store.updateVm(done)) {
        qCCritical(lcService).noquote() << describe(done) << "is complete but could not be recorded as such:" << m_store.lastError();
        return;
    }
    *it = done;
    bump();
    qCInfo(lcService).noquote() << describe(done) << "clone of" << describe(source) << "complete";
    Q_EMIT vmUpdated(done);
    Q_EMIT vmCloned(done, source.id);
    Q_EMIT changed();
}

void VmService::abandonClone(const QString &cloneId, const QString &sourceId, const QList<Disk> &sourceDisks, const QList<Disk> &made, const QString &reason)
{
    m_vmBusy.remove(sourceId);
    m_vmBusy.remove(cloneId);
    for (const Disk &disk : sourceDisks)
        m_diskBusy.remove(disk.id);
    const Vm clone = m_vms.value(cloneId);
    qCWarning(lcService).noquote() << describe(clone) << "could not be cloned from VM" << sourceId << "and is removed again:" << reason;
    Q_EMIT vmCloneFailed(cloneId, sourceId, reason);
    // The disks copied so far go, then the VM with its folder.
    for (const Disk &disk : made) {
        if (m_store.detachDisk(disk.id, nowUtc()) && m_store.deleteDisk(disk.id)) {
            m_disks.remove(disk.id);
            m_diskOrder.removeOne(disk.id);
            m_diskIdByName.remove(disk.name);
            m_operator.deleteDiskImage(disk, [](Result<Done>) {});
            Q_EMIT diskDeleted(disk.id);
        }
    }
    finishDeleteVm(cloneId, [](Result<Done>) {});
}

} // namespace vman
