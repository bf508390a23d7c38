// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmService.h"

#include "Logging.h"
#include "Validation.h"

#include <QPointer>
#include <QSet>

namespace vman {

namespace {

QString describe(const Vm &vm)
{
    return QStringLiteral("VM '%1' (%2)").arg(vm.name, vm.id);
}

QString vmNotFound(const QString &id)
{
    return QStringLiteral("VM '%1' not found").arg(id);
}

QString diskNotFound(const QString &id)
{
    return QStringLiteral("Disk '%1' not found").arg(id);
}

ServiceError storeFailure(const StateStore &store)
{
    return ServiceError::unavailable(QStringLiteral("database error: %1").arg(store.lastError()));
}

} // namespace

VmService::VmService(StateStore &store, VmOperator &vmOperator, QObject *parent)
    : QObject(parent), m_store(store), m_operator(vmOperator)
{
    qRegisterMetaType<vman::Template>();
    qRegisterMetaType<vman::Vm>();
    qRegisterMetaType<vman::Disk>();
    qRegisterMetaType<vman::VmState>();
    connect(&m_operator, &VmOperator::vmExited, this, &VmService::onVmExited);
    connect(&m_operator, &VmOperator::vmRunStateChanged, this, &VmService::onVmRunStateChanged);
    connect(&m_operator, &VmOperator::vmControlLost, this, &VmService::onVmControlLost);
    connect(&m_operator, &VmOperator::diskReleased, this, &VmService::onDiskReleased);
}

bool VmService::load()
{
    StateStore::Snapshot snapshot;
    if (!m_store.loadAll(&snapshot)) {
        m_lastError = m_store.lastError();
        return false;
    }
    m_templates.clear();
    m_vms.clear();
    m_vmOrder.clear();
    m_vmIdByName.clear();
    m_disks.clear();
    m_diskOrder.clear();
    m_diskIdByName.clear();
    for (const Template &t : snapshot.templates)
        m_templates.insert(t.name, t);
    for (const Vm &vm : snapshot.vms) {
        m_vms.insert(vm.id, vm);
        m_vmOrder.append(vm.id);
        m_vmIdByName.insert(vm.name, vm.id);
    }
    for (const Disk &disk : snapshot.disks) {
        m_disks.insert(disk.id, disk);
        m_diskOrder.append(disk.id);
        m_diskIdByName.insert(disk.name, disk.id);
    }
    bump();
    qCInfo(lcService) << "loaded" << m_templates.size() << "templates," << m_vms.size() << "VMs," << m_disks.size() << "disks";
    recoverVms();
    return true;
}

void VmService::recoverVms()
{
    for (const QString &id : std::as_const(m_vmOrder))
        recoverVm(id, true, nullptr);
}

void VmService::recoverVm(const QString &id, bool exclusive, std::function<void(VmState, VmState, QString)> corrected)
{
    const auto vm = findVm(id);
    if (!vm || m_vmBusy.contains(id))
        return;
    if (exclusive)
        m_vmBusy.insert(id, QStringLiteral("recovery"));
    QPointer<VmService> self(this);
    m_operator.recover(*vm, [self, id, exclusive, recorded = vm->state, revision = vm->updatedAt, corrected](Result<VmState> found) {
        if (!self)
            return;
        if (exclusive)
            self->m_vmBusy.remove(id);
        const auto current = self->findVm(id);
        if (!current)
            return;
        if (!exclusive && (self->m_vmBusy.contains(id) || current->updatedAt != revision))
            return; // something else acted on the VM meanwhile; the next pass looks again
        const VmState truth = found.ok() ? found.value() : VmState::Error;
        if (truth == current->state)
            return;
        QString detail;
        if (!found.ok())
            detail = found.error().message;
        else if (truth == VmState::Error)
            detail = QStringLiteral("VMAN stopped while this VM was %1; its outcome is unknown").arg(nameOf(recorded));
        else if (truth == VmState::Stopped)
            detail = QStringLiteral("QEMU was no longer running (recorded as %1)").arg(nameOf(recorded));
        else if (recorded == VmState::Stopped || recorded == VmState::Error)
            detail = QStringLiteral("adopted a QEMU that was running for this VM");
        qCWarning(lcService).noquote() << describe(*current) << "recorded as" << nameOf(current->state) << "is really" << nameOf(truth);
        const VmState before = current->state;
        self->setVmState(id, truth, detail);
        if (corrected)
            corrected(before, truth, detail);
    });
}

bool VmService::setDiskProblem(const QString &diskId, const QString &problem)
{
    auto it = m_disks.find(diskId);
    if (it == m_disks.end() || it->problem == problem)
        return false;
    const QDateTime at = nowUtc();
    if (!m_store.setDiskProblem(diskId, problem, at))
        return false;
    it->problem = problem;
    it->updatedAt = at;
    bump();
    Q_EMIT diskProblemChanged(*it);
    Q_EMIT changed();
    return true;
}

void VmService::onVmExited(const QString &vmId, const QString &reason)
{
    const auto vm = findVm(vmId);
    if (!vm || vm->state == VmState::Stopped)
        return;
    setVmState(vmId, VmState::Stopped, reason);
}

void VmService::onVmRunStateChanged(const QString &vmId, VmState state, const QString &detail)
{
    const auto vm = findVm(vmId);
    if (!vm || m_vmBusy.contains(vmId))
        return;
    // Only a settled VM follows QEMU's word; starts and stops settle by themselves.
    const bool settled = vm->state == VmState::Running || vm->state == VmState::Paused || vm->state == VmState::Error;
    if (!settled || (vm->state == state && vm->stateDetail == detail))
        return;
    if (state != VmState::Running && state != VmState::Paused && state != VmState::Error)
        return; // an exit is reported as such
    setVmState(vmId, state, detail.isEmpty() && state == VmState::Paused ? QStringLiteral("paused in QEMU") : detail);
}

void VmService::onVmControlLost(const QString &vmId, const QString &reason)
{
    const auto vm = findVm(vmId);
    if (!vm || (vm->state != VmState::Running && vm->state != VmState::Paused))
        return;
    // The state stays (QEMU still runs); the detail says why commands may fail for a moment.
    setVmState(vmId, vm->state, QStringLiteral("VMAN lost its control connection to QEMU (%1) and is reconnecting").arg(reason));
}

void VmService::onDiskReleased(const QString &vmId, const QString &diskId)
{
    const auto disk = findDisk(diskId);
    if (!disk || disk->vmId != vmId || m_diskBusy.contains(diskId))
        return;
    qCInfo(lcService).noquote() << "disk" << disk->name << "released late by the guest: detaching";
    commitDetach(diskId, [](Result<Disk>) {});
}

void VmService::screenshot(const QString &id, Callback<QByteArray> done)
{
    const auto vm = findVm(id);
    if (!vm)
        return done(ServiceError::notFound(vmNotFound(id)));
    if (vm->state != VmState::Running && vm->state != VmState::Paused)
        return done(ServiceError::conflict(QStringLiteral("VM '%1' is %2: it has no screen").arg(vm->name, nameOf(vm->state))));
    m_operator.screenshot(*vm, std::move(done));
}

Result<QByteArray> VmService::consoleTail(const QString &id, qint64 maxBytes)
{
    const auto vm = findVm(id);
    if (!vm)
        return ServiceError::notFound(vmNotFound(id));
    if (auto e = rules::checkRange(QStringLiteral("tail"), maxBytes, rules::kConsoleTailMin, rules::kConsoleTailMax))
        return ServiceError::invalid({*e});
    return m_operator.consoleTail(*vm, maxBytes);
}

QString VmService::serialSocketPath(const QString &id) const
{
    const auto vm = findVm(id);
    return vm ? m_operator.serialSocketPath(*vm) : QString();
}

std::optional<ServiceError> VmService::checkPorts(const QList<PortSpec> &ports, QList<PortForward> *out) const
{
    if (auto e = rules::checkCount(QStringLiteral("ports"), ports.size(), rules::kPortsMax))
        return ServiceError::invalid({*e});
    QList<FieldError> errors;
    QSet<QString> seen;
    for (int i = 0; i < ports.size(); ++i) {
        const PortSpec &p = ports.at(i);
        const QString at = QStringLiteral("ports.%1.").arg(i);
        if (auto e = rules::checkRange(at + QLatin1String("host"), p.host, rules::kPortMin, rules::kPortMax))
            errors << *e;
        if (auto e = rules::checkRange(at + QLatin1String("guest"), p.guest, rules::kPortMin, rules::kPortMax))
            errors << *e;
        if (auto e = rules::checkProtocol(at + QLatin1String("protocol"), p.protocol))
            errors << *e;
        if (auto e = rules::checkIpv4(at + QLatin1String("host_address"), p.hostAddress))
            errors << *e;
        const QString key = p.protocol + QLatin1Char('/') + QString::number(p.host);
        if (seen.contains(key))
            errors << FieldError{at + QLatin1String("host"), QStringLiteral("Host port %1/%2 is listed twice").arg(p.host).arg(p.protocol),
                                 QStringLiteral("value_error")};
        seen.insert(key);
        out->append({p.protocol, p.hostAddress, int(p.host), int(p.guest)});
    }
    if (!errors.isEmpty())
        return ServiceError::invalid(errors);
    for (const PortForward &wanted : std::as_const(*out)) {
        for (const Vm &other : m_vms) {
            for (const PortForward &used : other.ports) {
                if (used.protocol == wanted.protocol && used.hostPort == wanted.hostPort) {
                    return ServiceError::conflict(QStringLiteral("Host port %1/%2 is already forwarded to VM '%3'")
                                                      .arg(wanted.hostPort)
                                                      .arg(wanted.protocol, other.name));
                }
            }
        }
    }
    return std::nullopt;
}

void VmService::bump()
{
    ++m_revision;
}

QString VmService::uniqueName(const QString &prefix, const QHash<QString, QString> &taken) const
{
    for (;;) {
        const QString name = prefix + newId().left(8);
        if (!taken.contains(name) && !m_diskNamesInCreation.contains(name))
            return name;
    }
}

// ---- templates -------------------------------------------------------------------------------

QList<Template> VmService::templates() const
{
    return m_templates.values();
}

std::optional<Template> VmService::findTemplate(const QString &name) const
{
    const auto it = m_templates.constFind(name);
    if (it == m_templates.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<ServiceError> VmService::validateTemplate(const TemplateSpec &spec) const
{
    QList<FieldError> errors;
    if (auto e = rules::checkName(QStringLiteral("name"), spec.name))
        errors << *e;
    if (auto e = rules::checkRange(QStringLiteral("cpu_count"), spec.cpuCount, rules::kCpuCountMin, rules::kCpuCountMax))
        errors << *e;
    if (auto e = rules::checkRange(QStringLiteral("ram_amount"), spec.ramAmount, rules::kRamGibMin, rules::kRamGibMax))
        errors << *e;
    if (!errors.isEmpty())
        return ServiceError::invalid(errors);
    if (m_templates.contains(spec.name))
        return ServiceError::conflict(QStringLiteral("Template '%1' already exists").arg(spec.name));
    return std::nullopt;
}

Result<Template> VmService::createTemplate(const TemplateSpec &spec)
{
    if (auto error = validateTemplate(spec))
        return *error;

    const Template t{spec.name, int(spec.cpuCount), int(spec.ramAmount), nowUtc()};
    if (!m_store.insertTemplate(t))
        return storeFailure(m_store);
    m_templates.insert(t.name, t);
    bump();
    qCInfo(lcService).noquote() << "template" << t.name << "created:" << t.cpuCount << "vCPU," << t.ramAmount << "GiB";
    Q_EMIT templateCreated(t);
    Q_EMIT changed();
    return t;
}

Result<Done> VmService::deleteTemplate(const QString &name)
{
    if (!m_templates.contains(name))
        return ServiceError::notFound(QStringLiteral("Template '%1' not found").arg(rules::echo(name)));
    QStringList users;
    for (const QString &id : m_vmOrder) {
        if (m_vms.value(id).templateName == name)
            users << m_vms.value(id).name;
    }
    if (!users.isEmpty()) {
        const QString shown = users.size() > 5 ? users.mid(0, 5).join(QLatin1String(", ")) + QLatin1String(", ...") : users.join(QLatin1String(", "));
        return ServiceError::conflict(QStringLiteral("Template '%1' is used by %2 VM(s): %3").arg(name).arg(users.size()).arg(shown));
    }
    if (!m_store.deleteTemplate(name))
        return storeFailure(m_store);
    m_templates.remove(name);
    bump();
    qCInfo(lcService).noquote() << "template" << name << "deleted";
    Q_EMIT templateDeleted(name);
    Q_EMIT changed();
    return Done{};
}

// ---- VMs -------------------------------------------------------------------------------------

QList<Vm> VmService::vms(std::optional<VmState> state) const
{
    QList<Vm> list;
    list.reserve(m_vmOrder.size());
    for (const QString &id : m_vmOrder) {
        const Vm &vm = *m_vms.constFind(id);
        if (!state || vm.state == *state)
            list.append(vm);
    }
    return list;
}

int VmService::vmCount(std::optional<VmState> state) const
{
    if (!state)
        return int(m_vms.size());
    int count = 0;
    for (const Vm &vm : m_vms) {
        if (vm.state == *state)
            ++count;
    }
    return count;
}

std::optional<Vm> VmService::findVm(const QString &id) const
{
    const auto it = m_vms.constFind(id);
    if (it == m_vms.constEnd())
        return std::nullopt;
    return *it;
}

QList<Disk> VmService::disksOfVm(const QString &vmId) const
{
    QList<Disk> list;
    for (const QString &id : m_diskOrder) {
        const Disk &disk = *m_disks.constFind(id);
        if (disk.vmId == vmId)
            list.append(disk);
    }
    std::stable_sort(list.begin(), list.end(), [](const Disk &a, const Disk &b) { return a.attachedAt < b.attachedAt; });
    return list;
}

std::optional<ServiceError> VmService::validateVm(const VmSpec &spec) const
{
    QList<PortForward> ports;
    return checkVm(spec, &ports);
}

std::optional<ServiceError> VmService::checkVm(const VmSpec &spec, QList<PortForward> *ports) const
{
    if (spec.name) {
        if (auto e = rules::checkName(QStringLiteral("name"), *spec.name))
            return ServiceError::invalid({*e});
    }
    if (!findTemplate(spec.templateName))
        return ServiceError::notFound(QStringLiteral("Template '%1' not found").arg(rules::echo(spec.templateName)));
    if (spec.name && m_vmIdByName.contains(*spec.name))
        return ServiceError::conflict(QStringLiteral("A VM named '%1' already exists").arg(*spec.name));
    return checkPorts(spec.ports, ports);
}

Result<Vm> VmService::createVm(const VmSpec &spec)
{
    QList<PortForward> ports;
    if (auto error = checkVm(spec, &ports))
        return *error;
    const auto t = findTemplate(spec.templateName);

    Vm vm;
    vm.id = newId();
    vm.name = spec.name ? *spec.name : uniqueName(QStringLiteral("vm-"), m_vmIdByName);
    vm.templateName = t->name;
    vm.cpuCount = t->cpuCount;
    vm.ramAmount = t->ramAmount;
    vm.state = VmState::Stopped;
    vm.ports = ports;
    vm.createdAt = vm.updatedAt = nowUtc();
    if (!m_store.insertVm(vm))
        return storeFailure(m_store);
    m_vms.insert(vm.id, vm);
    m_vmOrder.append(vm.id);
    m_vmIdByName.insert(vm.name, vm.id);
    bump();
    qCInfo(lcService).noquote() << describe(vm) << "created from template" << vm.templateName;
    Q_EMIT vmCreated(vm);
    Q_EMIT changed();
    return vm;
}

std::optional<ServiceError> VmService::checkVmIdle(const Vm &vm) const
{
    const auto busy = m_vmBusy.constFind(vm.id);
    if (busy != m_vmBusy.constEnd())
        return ServiceError::conflict(QStringLiteral("VM '%1' is busy: %2 in progress").arg(vm.name, *busy));
    return std::nullopt;
}

bool VmService::setVmState(const QString &id, VmState state, const QString &detail)
{
    auto it = m_vms.find(id);
    if (it == m_vms.end())
        return false;
    Vm updated = *it;
    const VmState from = updated.state;
    updated.state = state;
    updated.stateDetail = detail;
    updated.updatedAt = nowUtc();
    // Written before it becomes visible: a change the database refused is not applied, not
    // announced, and the caller answers with the store's error.
    if (!m_store.updateVm(updated)) {
        qCCritical(lcService).noquote() << "cannot record state" << nameOf(state) << "of" << describe(updated) << ":" << m_store.lastError();
        return false;
    }
    *it = updated;
    bump();
    if (from != state)
        qCInfo(lcService).noquote() << describe(updated) << nameOf(from) << "->" << nameOf(state) << (detail.isEmpty() ? QString() : QLatin1String("(") + detail + QLatin1Char(')'));
    Q_EMIT vmUpdated(updated);
    if (from != state)
        Q_EMIT vmStateChanged(id, from, state);
    Q_EMIT changed();
    return true;
}

void VmService::startVm(const QString &id, Callback<Vm> done)
{
    const auto vm = findVm(id);
    if (!vm)
        return done(ServiceError::notFound(vmNotFound(id)));
    if (auto busy = checkVmIdle(*vm))
        return done(*busy);
    if (vm->state != VmState::Stopped && vm->state != VmState::Error)
        return done(ServiceError::conflict(QStringLiteral("VM '%1' cannot be started: it is %2").arg(vm->name, nameOf(vm->state))));
    if (!setVmState(id, VmState::Starting, QString()))
        return done(storeFailure(m_store));
    m_vmBusy.insert(id, QStringLiteral("start"));
    QPointer<VmService> self(this);
    m_operator.start(m_vms.value(id), disksOfVm(id), [self, id, done](Result<Done> result) {
        if (!self)
            return;
        self->m_vmBusy.remove(id);
        if (!result.ok()) {
            self->setVmState(id, VmState::Stopped, result.error().message);
            return done(result.error());
        }
        auto it = self->m_vms.find(id);
        const bool firstStart = it != self->m_vms.end() && !it->rootDiskCreatedAt.isValid() && self->m_operator.makesRootDisks();
        if (firstStart)
            it->rootDiskCreatedAt = nowUtc(); // stored with the state change below
        if (!self->setVmState(id, VmState::Running, QString())) {
            // The VM runs but that could not be recorded; the OBSERVER's next pass records it.
            if (firstStart)
                self->m_vms[id].rootDiskCreatedAt = QDateTime();
            return done(storeFailure(self->m_store));
        }
        done(self->m_vms.value(id));
    });
}

void VmService::stopVm(const QString &id, const StopOptions &options, Callback<Vm> done)
{
    if (auto e = rules::checkRange(QStringLiteral("timeout"), options.timeoutSeconds, rules::kStopTimeoutMin, rules::kStopTimeoutMax))
        return done(ServiceError::invalid({*e}));
    const auto vm = findVm(id);
    if (!vm)
        return done(ServiceError::notFound(vmNotFound(id)));
    // A forced stop may overtake a graceful one that is waiting for the guest.
    const bool escalation = options.force && vm->state == VmState::Stopping;
    if (!escalation) {
        if (auto busy = checkVmIdle(*vm))
            return done(*busy);
        // A VM in error may still have a QEMU: stopping it makes sure it has none.
        if (vm->state != VmState::Running && vm->state != VmState::Paused && vm->state != VmState::Error)
            return done(ServiceError::conflict(QStringLiteral("VM '%1' cannot be stopped: it is %2").arg(vm->name, nameOf(vm->state))));
    }
    const VmState previous = escalation ? VmState::Running : vm->state;
    if (!escalation && !setVmState(id, VmState::Stopping, QString()))
        return done(storeFailure(m_store));
    m_vmBusy.insert(id, QStringLiteral("stop"));
    QPointer<VmService> self(this);
    m_operator.stop(m_vms.value(id), options, [self, id, previous, done](Result<Done> result) {
        if (!self)
            return;
        self->m_vmBusy.remove(id);
        const auto current = self->findVm(id);
        if (!current)
            return done(ServiceError::notFound(vmNotFound(id)));
        if (!result.ok()) {
            if (current->state == VmState::Stopping)
                self->setVmState(id, previous, result.error().message);
            return done(result.error());
        }
        if (current->state != VmState::Stopped && !self->setVmState(id, VmState::Stopped, QString()))
            return done(storeFailure(self->m_store));
        done(self->m_vms.value(id));
    });
}

void VmService::restartVm(const QString &id, const StopOptions &stopOptions, Callback<Vm> done)
{
    const auto vm = findVm(id);
    if (!vm)
        return done(ServiceError::notFound(vmNotFound(id)));
    if (auto busy = checkVmIdle(*vm))
        return done(*busy);
    if (vm->state != VmState::Running && vm->state != VmState::Paused)
        return done(ServiceError::conflict(QStringLiteral("VM '%1' cannot be restarted: it is %2").arg(vm->name, nameOf(vm->state))));
    QPointer<VmService> self(this);
    // Stop then start, so a changed configuration applies at the new start.
    stopVm(id, stopOptions, [self, id, done](Result<Vm> stopped) {
        if (!self)
            return;
        if (!stopped.ok())
            return done(stopped.error());
        self->startVm(id, done);
    });
}

void VmService::deleteVm(const QString &id, bool force, Callback<Done> done)
{
    const auto vm = findVm(id);
    if (!vm)
        return done(ServiceError::notFound(vmNotFound(id)));
    if (auto busy = checkVmIdle(*vm))
        return done(*busy);
    const bool active = vm->state == VmState::Running || vm->state == VmState::Paused;
    if (active && !force) {
        return done(ServiceError::conflict(
            QStringLiteral("VM '%1' is %2; stop it first or delete with force=true").arg(vm->name, nameOf(vm->state))));
    }
    // A VM in error may still have a QEMU (its root disk vanished under it, say): make sure none
    // is left behind, without a file to show it belongs to anything.
    if (!active && vm->state != VmState::Error)
        return finishDeleteVm(id, std::move(done));
    QPointer<VmService> self(this);
    stopVm(id, StopOptions{true, rules::kDefaultStopTimeoutSeconds}, [self, id, done](Result<Vm> stopped) {
        if (!self)
            return;
        if (!stopped.ok())
            return done(stopped.error());
        self->finishDeleteVm(id, done);
    });
}

void VmService::finishDeleteVm(const QString &id, Callback<Done> done)
{
    // The row goes first: a crash between the two steps leaves files without a VM (reported by
    // the OBSERVER, removable), never a VM whose files are gone.
    const QDateTime at = nowUtc();
    if (!m_store.deleteVm(id, at))
        return done(storeFailure(m_store));
    const Vm vm = m_vms.take(id);
    m_vmOrder.removeOne(id);
    m_vmIdByName.remove(vm.name);
    QList<Disk> detached;
    for (Disk &disk : m_disks) {
        if (disk.vmId == id) {
            disk.vmId.clear();
            disk.attachedAt = QDateTime();
            disk.updatedAt = at;
            detached << disk;
        }
    }
    bump();
    qCInfo(lcService).noquote() << describe(vm) << "deleted;" << detached.size() << "disk(s) detached";
    for (const Disk &disk : detached)
        Q_EMIT diskDetached(disk, id);
    Q_EMIT vmDeleted(id);
    Q_EMIT changed();
    m_operator.removeVmFiles(vm, [vm, done](Result<Done> removed) {
        if (!removed.ok()) {
            // The VM is gone; what is left on disk is only taking space. Say where it is.
            qCWarning(lcService).noquote() << describe(vm) << "deleted, but its files stay:" << removed.error().message;
        }
        done(Done{});
    });
}

// ---- disks -----------------------------------------------------------------------------------

QList<Disk> VmService::disks() const
{
    QList<Disk> list;
    list.reserve(m_diskOrder.size());
    for (const QString &id : m_diskOrder)
        list.append(*m_disks.constFind(id));
    return list;
}

std::optional<Disk> VmService::findDisk(const QString &id) const
{
    const auto it = m_disks.constFind(id);
    if (it == m_disks.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<ServiceError> VmService::validateDisk(const DiskSpec &spec) const
{
    QList<FieldError> errors;
    if (auto e = rules::checkRange(QStringLiteral("size"), spec.size, rules::kDiskGibMin, rules::kDiskGibMax))
        errors << *e;
    if (spec.name) {
        if (auto e = rules::checkName(QStringLiteral("name"), *spec.name))
            errors << *e;
    }
    if (!errors.isEmpty())
        return ServiceError::invalid(errors);
    if (spec.name && (m_diskIdByName.contains(*spec.name) || m_diskNamesInCreation.contains(*spec.name)))
        return ServiceError::conflict(QStringLiteral("A disk named '%1' already exists").arg(*spec.name));
    return std::nullopt;
}

void VmService::createDisk(const DiskSpec &spec, Callback<Disk> done)
{
    if (auto error = validateDisk(spec))
        return done(*error);

    Disk disk;
    disk.id = newId();
    disk.name = spec.name ? *spec.name : uniqueName(QStringLiteral("disk-"), m_diskIdByName);
    disk.size = spec.size;
    m_diskNamesInCreation.insert(disk.name);
    QPointer<VmService> self(this);
    m_operator.createDiskImage(disk, [self, disk, done](Result<Done> created) mutable {
        if (!self)
            return;
        self->m_diskNamesInCreation.remove(disk.name);
        if (!created.ok())
            return done(created.error());
        disk.createdAt = disk.updatedAt = nowUtc();
        if (!self->m_store.insertDisk(disk)) {
            const ServiceError error = storeFailure(self->m_store);
            // Do not leave an image behind that no row knows about.
            self->m_operator.deleteDiskImage(disk, [](Result<Done>) {});
            return done(error);
        }
        self->m_disks.insert(disk.id, disk);
        self->m_diskOrder.append(disk.id);
        self->m_diskIdByName.insert(disk.name, disk.id);
        self->bump();
        qCInfo(lcService).noquote() << QStringLiteral("disk %1 (%2) created, %3 GiB").arg(disk.name, disk.id).arg(disk.size);
        Q_EMIT self->diskCreated(disk);
        Q_EMIT self->changed();
        done(disk);
    });
}

void VmService::deleteDisk(const QString &id, Callback<Done> done)
{
    const auto disk = findDisk(id);
    if (!disk)
        return done(ServiceError::notFound(diskNotFound(id)));
    if (m_diskBusy.contains(id))
        return done(ServiceError::conflict(QStringLiteral("Disk '%1' is busy: %2 in progress").arg(disk->name, m_diskBusy.value(id))));
    if (disk->isAttached()) {
        const QString vmName = m_vms.value(disk->vmId).name;
        return done(ServiceError::conflict(QStringLiteral("Disk '%1' is attached to VM '%2'; detach it first").arg(disk->name, vmName)));
    }
    m_diskBusy.insert(id, QStringLiteral("delete"));
    QPointer<VmService> self(this);
    m_operator.deleteDiskImage(*disk, [self, id, done](Result<Done> removed) {
        if (!self)
            return;
        self->m_diskBusy.remove(id);
        if (!removed.ok())
            return done(removed.error());
        if (!self->m_store.deleteDisk(id))
            return done(storeFailure(self->m_store));
        const Disk gone = self->m_disks.take(id);
        self->m_diskOrder.removeOne(id);
        self->m_diskIdByName.remove(gone.name);
        self->bump();
        qCInfo(lcService).noquote() << QStringLiteral("disk %1 (%2) deleted").arg(gone.name, id);
        Q_EMIT self->diskDeleted(id);
        Q_EMIT self->changed();
        done(Done{});
    });
}

void VmService::attachDisk(const QString &diskId, const QString &vmId, Callback<Disk> done)
{
    const auto disk = findDisk(diskId);
    if (!disk)
        return done(ServiceError::notFound(diskNotFound(diskId)));
    const auto vm = findVm(vmId);
    if (!vm)
        return done(ServiceError::notFound(vmNotFound(vmId)));
    if (m_diskBusy.contains(diskId))
        return done(ServiceError::conflict(QStringLiteral("Disk '%1' is busy: %2 in progress").arg(disk->name, m_diskBusy.value(diskId))));
    if (disk->isAttached()) {
        const QString owner = m_vms.value(disk->vmId).name;
        return done(ServiceError::conflict(QStringLiteral("Disk '%1' is already attached to VM '%2'").arg(disk->name, owner)));
    }
    if (auto busy = checkVmIdle(*vm))
        return done(*busy);
    if (vm->state == VmState::Starting || vm->state == VmState::Stopping)
        return done(ServiceError::conflict(QStringLiteral("VM '%1' is %2; try again when it settles").arg(vm->name, nameOf(vm->state))));
    if (vm->state != VmState::Running && vm->state != VmState::Paused)
        return commitAttach(diskId, vmId, std::move(done));

    m_diskBusy.insert(diskId, QStringLiteral("attach"));
    m_vmBusy.insert(vmId, QStringLiteral("disk attach"));
    QPointer<VmService> self(this);
    m_operator.hotplugDisk(*vm, *disk, [self, diskId, vmId, done](Result<Done> plugged) {
        if (!self)
            return;
        self->m_diskBusy.remove(diskId);
        self->m_vmBusy.remove(vmId);
        if (!plugged.ok())
            return done(plugged.error());
        self->commitAttach(diskId, vmId, done);
    });
}

void VmService::commitAttach(const QString &diskId, const QString &vmId, Callback<Disk> done)
{
    const QDateTime at = nowUtc();
    if (!m_store.attachDisk(diskId, vmId, at))
        return done(storeFailure(m_store));
    Disk &disk = m_disks[diskId];
    disk.vmId = vmId;
    disk.attachedAt = at;
    disk.updatedAt = at;
    bump();
    qCInfo(lcService).noquote() << "disk" << disk.name << "attached to" << describe(m_vms.value(vmId));
    const Disk copy = disk;
    Q_EMIT diskAttached(copy, vmId);
    Q_EMIT changed();
    done(copy);
}

void VmService::detachDisk(const QString &diskId, Callback<Disk> done)
{
    const auto disk = findDisk(diskId);
    if (!disk)
        return done(ServiceError::notFound(diskNotFound(diskId)));
    if (m_diskBusy.contains(diskId))
        return done(ServiceError::conflict(QStringLiteral("Disk '%1' is busy: %2 in progress").arg(disk->name, m_diskBusy.value(diskId))));
    if (!disk->isAttached())
        return done(ServiceError::conflict(QStringLiteral("Disk '%1' is not attached").arg(disk->name)));
    const Vm vm = m_vms.value(disk->vmId);
    if (auto busy = checkVmIdle(vm))
        return done(*busy);
    if (vm.state == VmState::Starting || vm.state == VmState::Stopping)
        return done(ServiceError::conflict(QStringLiteral("VM '%1' is %2; try again when it settles").arg(vm.name, nameOf(vm.state))));
    if (vm.state != VmState::Running && vm.state != VmState::Paused)
        return commitDetach(diskId, std::move(done));

    m_diskBusy.insert(diskId, QStringLiteral("detach"));
    m_vmBusy.insert(vm.id, QStringLiteral("disk detach"));
    QPointer<VmService> self(this);
    const QString vmId = vm.id;
    m_operator.unplugDisk(vm, *disk, [self, diskId, vmId, done](Result<Done> unplugged) {
        if (!self)
            return;
        self->m_diskBusy.remove(diskId);
        self->m_vmBusy.remove(vmId);
        if (!unplugged.ok())
            return done(unplugged.error());
        self->commitDetach(diskId, done);
    });
}

void VmService::commitDetach(const QString &diskId, Callback<Disk> done)
{
    const QDateTime at = nowUtc();
    if (!m_store.detachDisk(diskId, at))
        return done(storeFailure(m_store));
    Disk &disk = m_disks[diskId];
    const QString vmId = disk.vmId;
    disk.vmId.clear();
    disk.attachedAt = QDateTime();
    disk.updatedAt = at;
    bump();
    qCInfo(lcService).noquote() << "disk" << disk.name << "detached from" << describe(m_vms.value(vmId));
    const Disk copy = disk;
    Q_EMIT diskDetached(copy, vmId);
    Q_EMIT changed();
    done(copy);
}

} // namespace vman
