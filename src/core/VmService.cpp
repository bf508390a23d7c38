// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmService.h"

#include "SpecRules.h"

#include "HostPorts.h"
#include "VmServiceText.h"
#include "Logging.h"
#include "Validation.h"
#include "cloudinit/CloudInitRules.h"
#include "images/ImageLibrary.h"

#include <QPointer>
#include <QSet>

namespace vman {

using namespace service_text;

namespace {

// A VM's cloud-init settings: each field it gives replaces its template's.
std::optional<CloudInit> mergedCloudInit(const std::optional<CloudInit> &own, const std::optional<CloudInit> &fromTemplate)
{
    if (!own || !fromTemplate)
        return own ? own : fromTemplate;
    CloudInit merged = *fromTemplate;
    if (!own->userData.isEmpty())
        merged.userData = own->userData;
    if (!own->sshAuthorizedKeys.isEmpty())
        merged.sshAuthorizedKeys = own->sshAuthorizedKeys;
    if (!own->hostname.isEmpty())
        merged.hostname = own->hostname;
    if (!own->networkConfig.isEmpty())
        merged.networkConfig = own->networkConfig;
    if (!own->vendorData.isEmpty())
        merged.vendorData = own->vendorData;
    return merged;
}

} // namespace

VmService::VmService(StateStore &store, VmOperator &vmOperator, QObject *parent)
    : QObject(parent), m_store(store), m_operator(vmOperator), m_portProbe(isTcpPortFree),
      m_vmBusy([this](const QString &vmId, const QString &operation) {
          bump();
          Q_EMIT vmOperationChanged(vmId, operation);
          // What may be done with the VM changed with it (the window's actions follow `changed`).
          Q_EMIT changed();
      })
{
    qRegisterMetaType<vman::Template>();
    qRegisterMetaType<vman::Vm>();
    qRegisterMetaType<vman::Disk>();
    qRegisterMetaType<vman::VmState>();
    connect(&m_operator, &VmOperator::vmExited, this, &VmService::onVmExited);
    connect(&m_operator, &VmOperator::vmRunStateChanged, this, &VmService::onVmRunStateChanged);
    connect(&m_operator, &VmOperator::vmControlLost, this, &VmService::onVmControlLost);
    connect(&m_operator, &VmOperator::diskReleased, this, &VmService::onDiskReleased);
    connect(&m_operator, &VmOperator::vmGuestReset, this, [this](const QString &vmId) {
        // A rebooting guest is not ready until it says so again.
        if (const auto vm = findVm(vmId); vm && vm->ready)
            setGuestStatus(vmId, false, QString(), vm->guest);
        Q_EMIT vmGuestReset(vmId);
    });
}

void VmService::setImageLibrary(ImageLibrary *images)
{
    m_images = images;
    if (m_images)
        m_images->setUsersQuery([this](const QString &imageId) { return imageUsers(imageId); });
}

QStringList VmService::imageUsers(const QString &imageId) const
{
    QStringList users;
    for (const QString &id : m_vmOrder) {
        const Vm &vm = m_vms[id];
        if (vm.imageId == imageId)
            users << QStringLiteral("VM '%1'").arg(vm.name);
        else if (vm.cdromImageId == imageId)
            users << QStringLiteral("VM '%1' (in its CD-ROM drive)").arg(vm.name);
    }
    for (const Template &t : m_templates) {
        if (t.imageId == imageId)
            users << QStringLiteral("template '%1'").arg(t.name);
    }
    return users;
}

QList<BootDevice> VmService::effectiveBootOrder(const Vm &vm)
{
    if (!vm.bootOrder.isEmpty())
        return vm.bootOrder;
    if (vm.imageId.isEmpty() && !vm.cdromImageId.isEmpty())
        return {BootDevice::Cdrom, BootDevice::Disk};
    return {BootDevice::Disk, BootDevice::Cdrom};
}

Result<Image> VmService::usableImage(const QString &field, const QString &ref, bool asCdrom) const
{
    const auto image = m_images ? m_images->find(ref) : std::nullopt;
    if (!image)
        return ServiceError::notFound(QStringLiteral("Image '%1' not found").arg(rules::echo(ref)));
    if (asCdrom && image->format != ImageFormat::Iso) {
        return ServiceError::invalid({{field, QStringLiteral("image '%1' is a %2 disk image, not an ISO; give it as `image` to boot from it")
                                                  .arg(image->name, nameOf(image->format)),
                                       QStringLiteral("value_error")}});
    }
    if (!asCdrom && image->format == ImageFormat::Iso) {
        return ServiceError::invalid({{field, QStringLiteral("image '%1' is an ISO; give it as `cdrom` to install from it").arg(image->name),
                                       QStringLiteral("value_error")}});
    }
    if (image->state == ImageState::Downloading) {
        return ServiceError::conflict(QStringLiteral("image '%1' is not ready yet (%2% arrived)")
                                          .arg(image->name)
                                          .arg(int(image->progress() * 100)));
    }
    if (image->state == ImageState::Error)
        return ServiceError::conflict(QStringLiteral("image '%1' cannot be used: %2").arg(image->name, image->stateDetail));
    return *image;
}

Result<BootMedia> VmService::bootMedia(const Vm &vm) const
{
    BootMedia media;
    media.bootOrder = effectiveBootOrder(vm);
    const bool rootMade = vm.rootDiskCreatedAt.isValid() && m_operator.makesRootDisks();
    if (!vm.imageId.isEmpty() && !rootMade) {
        const Result<Image> image = usableImage(QStringLiteral("image"), vm.imageId, false);
        if (!image.ok())
            return image.error();
        media.imagePath = m_images->filePath(image.value());
        media.imageFormat = image.value().format;
        media.imageVirtualSize = image.value().virtualSize;
    }
    if (!vm.cdromImageId.isEmpty()) {
        const Result<Image> iso = usableImage(QStringLiteral("cdrom"), vm.cdromImageId, true);
        if (!iso.ok())
            return iso.error();
        media.cdromPath = m_images->filePath(iso.value());
    }
    return media;
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
    m_snapshots.clear();
    for (const VmSnapshot &vmSnapshot : snapshot.snapshots)
        m_snapshots[vmSnapshot.vmId].append(vmSnapshot);
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

QString VmService::vncSocketPath(const QString &id) const
{
    const auto vm = findVm(id);
    return vm ? m_operator.vncSocketPath(*vm) : QString();
}

std::optional<ServiceError> VmService::checkPorts(const QList<PortSpec> &ports, QList<PortForward> *out, const QString &ownerVmId) const
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
            if (other.id == ownerVmId)
                continue;
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

void VmService::setGuestStatus(const QString &id, bool ready, const QString &readyBy, const GuestInfo &guest)
{
    auto it = m_vms.find(id);
    if (it == m_vms.end() || (it->state != VmState::Running && it->state != VmState::Paused))
        return;
    if (it->ready == ready && it->readyBy == readyBy && it->guest == guest) {
        it->guest.updatedAt = guest.updatedAt;
        return;
    }
    const bool becameReady = ready && !it->ready;
    it->ready = ready;
    it->readyBy = readyBy;
    it->guest = guest;
    bump();
    if (becameReady)
        qCInfo(lcService).noquote() << QStringLiteral("%1 is ready (%2)").arg(describe(*it), readyBy);
    Q_EMIT vmUpdated(*it);
    if (becameReady)
        Q_EMIT vmReady(*it);
    Q_EMIT changed();
}

std::optional<int> VmService::freeSshPort(const QList<PortForward> &taken) const
{
    QSet<int> used;
    for (const PortForward &port : taken)
        used.insert(port.hostPort);
    for (const Vm &vm : m_vms) {
        for (const PortForward &port : vm.ports) {
            if (port.protocol == QLatin1String("tcp"))
                used.insert(port.hostPort);
        }
    }
    for (int port = kFirstSshPort; port < kFirstSshPort + 1000; ++port) {
        if (!used.contains(port) && m_portProbe(QStringLiteral("127.0.0.1"), port))
            return port;
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
    if (const QList<FieldError> errors = rules::templateFieldErrors(spec); !errors.isEmpty())
        return ServiceError::invalid(errors);
    if (spec.image && !spec.image->isEmpty()) {
        const Result<Image> image = usableImage(QStringLiteral("image"), *spec.image, false);
        if (!image.ok() && image.error().kind != ErrorKind::Conflict) // a template may name an image still downloading
            return image.error();
        if (spec.diskSize && image.ok()) {
            if (auto e = rules::checkDiskSizeFits(QStringLiteral("disk_size"), *spec.diskSize, image.value().name, image.value().virtualSize))
                return ServiceError::invalid({*e});
        }
    }
    if (m_templates.contains(spec.name))
        return ServiceError::conflict(QStringLiteral("Template '%1' already exists").arg(spec.name));
    return std::nullopt;
}

Result<Template> VmService::createTemplate(const TemplateSpec &spec)
{
    if (auto error = validateTemplate(spec))
        return *error;

    Template t;
    t.name = spec.name;
    t.cpuCount = int(spec.cpuCount);
    t.ramAmount = int(spec.ramAmount);
    if (spec.image && !spec.image->isEmpty())
        t.imageId = m_images->find(*spec.image)->id;
    t.diskSize = int(spec.diskSize.value_or(0));
    if (spec.firmware)
        t.firmware = firmwareFromString(*spec.firmware);
    t.cloudInit = spec.cloudInit;
    t.readyMarker = spec.readyMarker.value_or(QString());
    t.createdAt = nowUtc();
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

std::optional<ServiceError> VmService::checkVm(const VmSpec &spec, QList<PortForward> *ports, Vm *media) const
{
    if (const QList<FieldError> errors = rules::vmFieldErrors(spec); !errors.isEmpty())
        return ServiceError::invalid(errors);
    const auto t = findTemplate(spec.templateName);
    if (!t)
        return ServiceError::notFound(QStringLiteral("Template '%1' not found").arg(rules::echo(spec.templateName)));
    if (spec.name && m_vmIdByName.contains(*spec.name))
        return ServiceError::conflict(QStringLiteral("A VM named '%1' already exists").arg(*spec.name));

    // Boot media: the VM's own choice, else its template's, else the library's default image
    // (a VM that installs from a CD gets an empty disk instead).
    Vm chosen;
    std::optional<Image> image;
    if (spec.image) {
        if (!spec.image->isEmpty()) {
            const Result<Image> found = usableImage(QStringLiteral("image"), *spec.image, false);
            if (!found.ok())
                return found.error();
            image = found.value();
        }
    } else if (!t->imageId.isEmpty()) {
        const Result<Image> found = usableImage(QStringLiteral("image"), t->imageId, false);
        if (!found.ok())
            return ServiceError::conflict(QStringLiteral("the image of template '%1' cannot be used: %2").arg(t->name, found.error().message));
        image = found.value();
    } else if (!spec.cdrom && m_images) {
        image = m_images->defaultImage();
    }
    if (spec.cdrom) {
        const Result<Image> iso = usableImage(QStringLiteral("cdrom"), *spec.cdrom, true);
        if (!iso.ok())
            return iso.error();
        chosen.cdromImageId = iso.value().id;
    }
    chosen.imageId = image ? image->id : QString();
    chosen.diskSize = int(spec.diskSize.value_or(t->diskSize));
    if (image && chosen.diskSize > 0) {
        if (auto e = rules::checkDiskSizeFits(QStringLiteral("disk_size"), chosen.diskSize, image->name, image->virtualSize))
            return ServiceError::invalid({*e});
    }
    if (spec.boot) {
        for (const QString &name : *spec.boot)
            chosen.bootOrder.append(*bootDeviceFromString(name));
    }
    chosen.firmware = spec.firmware ? *firmwareFromString(*spec.firmware) : t->firmware.value_or(Firmware::Bios);
    chosen.cloudInit = mergedCloudInit(spec.cloudInit, t->cloudInit);
    if (chosen.cloudInit && chosen.cloudInit != spec.cloudInit) {
        // The template's settings were checked alone; merged they must still fit the size limit.
        // (Settings taken as given were checked above: not parsed twice.)
        if (const QList<FieldError> merged = rules::checkCloudInit(QStringLiteral("cloud_init"), *chosen.cloudInit); !merged.isEmpty())
            return ServiceError::invalid(merged);
    }
    chosen.readyMarker = spec.readyMarker.value_or(t->readyMarker);
    if (const QString problem = m_operator.firmwareProblem(chosen.firmware); !problem.isEmpty())
        return ServiceError::conflict(problem);
    if (auto error = checkPorts(spec.ports, ports))
        return error;
    if (media)
        *media = chosen;
    return std::nullopt;
}

Result<Vm> VmService::createVm(const VmSpec &spec)
{
    QList<PortForward> ports;
    Vm vm;
    if (auto error = checkVm(spec, &ports, &vm))
        return *error;
    const auto t = findTemplate(spec.templateName);

    vm.id = newId();
    vm.name = spec.name ? *spec.name : uniqueName(QStringLiteral("vm-"), m_vmIdByName);
    vm.templateName = t->name;
    vm.cpuCount = t->cpuCount;
    vm.ramAmount = t->ramAmount;
    vm.state = VmState::Stopped;
    // A VM set up with SSH keys can be reached at once: a forward to its port 22 is added unless
    // the user made one.
    const bool wantsSsh = vm.cloudInit && !vm.cloudInit->sshAuthorizedKeys.isEmpty();
    const bool hasSsh = std::any_of(ports.cbegin(), ports.cend(), [](const PortForward &p) { return p.protocol == QLatin1String("tcp") && p.guestPort == 22; });
    if (wantsSsh && !hasSsh) {
        const std::optional<int> port = freeSshPort(ports);
        if (!port)
            return ServiceError::conflict(QStringLiteral("no free host port for the SSH forward (tried %1 to %2); add a forward for guest port 22 yourself")
                                              .arg(kFirstSshPort)
                                              .arg(kFirstSshPort + 999));
        ports.append({QStringLiteral("tcp"), QStringLiteral("127.0.0.1"), *port, 22});
    }
    vm.ports = ports;
    vm.createdAt = vm.updatedAt = nowUtc();
    if (!m_store.insertVm(vm))
        return storeFailure(m_store);
    m_vms.insert(vm.id, vm);
    m_vmOrder.append(vm.id);
    m_vmIdByName.insert(vm.name, vm.id);
    bump();
    qCInfo(lcService).noquote() << describe(vm) << "created from template" << vm.templateName
                                << (vm.imageId.isEmpty() ? QStringLiteral("with an empty disk") : QStringLiteral("booting image %1").arg(vm.imageId))
                                << (vm.cdromImageId.isEmpty() ? QString() : QStringLiteral("and CD %1").arg(vm.cdromImageId));
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
    if (state != VmState::Running && state != VmState::Paused) {
        // What the guest said belongs to the run that ended.
        updated.ready = false;
        updated.readyBy.clear();
        updated.guest = GuestInfo();
    }
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
    const Result<BootMedia> media = bootMedia(*vm);
    if (!media.ok())
        return done(ServiceError::conflict(QStringLiteral("VM '%1' cannot be started: %2").arg(vm->name, media.error().message)));
    if (const QString problem = m_operator.firmwareProblem(vm->firmware); !problem.isEmpty())
        return done(ServiceError::conflict(QStringLiteral("VM '%1' cannot be started: %2").arg(vm->name, problem)));
    if (!setVmState(id, VmState::Starting, QString()))
        return done(storeFailure(m_store));
    m_vmBusy.insert(id, QStringLiteral("start"));
    QPointer<VmService> self(this);
    m_operator.start(m_vms.value(id), disksOfVm(id), media.value(), [self, id, done](Result<Done> result) {
        if (!self)
            return;
        // The mark goes after the state is recorded: nobody sees a VM "starting" that is idle.
        if (!result.ok()) {
            self->setVmState(id, VmState::Stopped, result.error().message);
            self->m_vmBusy.remove(id);
            return done(result.error());
        }
        auto it = self->m_vms.find(id);
        const bool firstStart = it != self->m_vms.end() && !it->rootDiskCreatedAt.isValid() && self->m_operator.makesRootDisks();
        if (firstStart)
            it->rootDiskCreatedAt = nowUtc(); // stored with the state change below
        const bool recorded = self->setVmState(id, VmState::Running, QString());
        self->m_vmBusy.remove(id);
        if (!recorded) {
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
    // A forced stop overtaking a graceful one: the VM stays busy until both have answered, so
    // nothing (a start) begins between the first answer and the second.
    ++m_stopsInFlight[id];
    QPointer<VmService> self(this);
    // The operator sees the VM as it was found: a paused one must run again to shut down.
    Vm found = m_vms.value(id);
    found.state = previous;
    m_operator.stop(found, options, [self, id, previous, done](Result<Done> result) {
        if (!self)
            return;
        if (--self->m_stopsInFlight[id] <= 0) {
            self->m_stopsInFlight.remove(id);
            self->m_vmBusy.remove(id);
        }
        const auto current = self->findVm(id);
        if (!current)
            return done(ServiceError::notFound(vmNotFound(id)));
        if (!result.ok()) {
            if (current->state == VmState::Stopping)
                self->setVmState(id, previous, result.error().message);
            return done(result.error());
        }
        // Only a VM still stopping is this stop's to record; the OBSERVER may have seen the exit first.
        if (current->state == VmState::Stopping && !self->setVmState(id, VmState::Stopped, QString()))
            return done(storeFailure(self->m_store));
        done(self->m_vms.value(id));
    });
}

void VmService::pauseVm(const QString &id, Callback<Vm> done)
{
    changeRunState(id, VmState::Running, VmState::Paused, std::move(done));
}

void VmService::resumeVm(const QString &id, Callback<Vm> done)
{
    changeRunState(id, VmState::Paused, VmState::Running, std::move(done));
}

void VmService::changeRunState(const QString &id, VmState from, VmState to, Callback<Vm> done)
{
    const bool pausing = to == VmState::Paused;
    const auto vm = findVm(id);
    if (!vm)
        return done(ServiceError::notFound(vmNotFound(id)));
    if (auto busy = checkVmIdle(*vm))
        return done(*busy);
    if (vm->state != from) {
        return done(ServiceError::conflict(QStringLiteral("VM '%1' cannot be %2: it is %3")
                                               .arg(vm->name, pausing ? QStringLiteral("paused") : QStringLiteral("resumed"), nameOf(vm->state))));
    }
    const QString what = pausing ? QStringLiteral("pause") : QStringLiteral("resume");
    m_vmBusy.insert(id, what);
    QPointer<VmService> self(this);
    auto finish = [self, id, to, done](Result<Done> result) {
        if (!self)
            return;
        self->m_vmBusy.remove(id);
        if (!result.ok())
            return done(result.error());
        const auto current = self->findVm(id);
        if (!current)
            return done(ServiceError::notFound(vmNotFound(id)));
        // QEMU's STOP/RESUME event may have recorded it already.
        if (current->state != to && !self->setVmState(id, to, QString()))
            return done(storeFailure(self->m_store));
        done(self->m_vms.value(id));
    };
    if (pausing)
        m_operator.pause(*vm, finish);
    else
        m_operator.resume(*vm, finish);
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
    m_snapshots.remove(id); // the rows went with the VM's (ON DELETE CASCADE), the images with its files
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

void VmService::insertCdrom(const QString &vmId, const QString &image, Callback<Vm> done)
{
    const auto vm = findVm(vmId);
    if (!vm)
        return done(ServiceError::notFound(vmNotFound(vmId)));
    const Result<Image> iso = usableImage(QStringLiteral("image"), image, true);
    if (!iso.ok())
        return done(iso.error());
    commitCdrom(vmId, iso.value().id, std::move(done));
}

void VmService::ejectCdrom(const QString &vmId, Callback<Vm> done)
{
    if (!findVm(vmId))
        return done(ServiceError::notFound(vmNotFound(vmId)));
    commitCdrom(vmId, QString(), std::move(done));
}

void VmService::commitCdrom(const QString &vmId, const QString &imageId, Callback<Vm> done)
{
    const Vm vm = m_vms.value(vmId);
    if (auto busy = checkVmIdle(vm))
        return done(*busy);
    auto record = [this, vmId, imageId](Callback<Vm> answer) {
        auto it = m_vms.find(vmId);
        if (it == m_vms.end())
            return answer(ServiceError::notFound(vmNotFound(vmId)));
        Vm updated = *it;
        updated.cdromImageId = imageId;
        updated.updatedAt = nowUtc();
        if (!m_store.updateVm(updated))
            return answer(storeFailure(m_store));
        *it = updated;
        bump();
        qCInfo(lcService).noquote() << describe(updated) << (imageId.isEmpty() ? QStringLiteral("CD ejected") : QStringLiteral("CD %1 inserted").arg(imageId));
        Q_EMIT vmUpdated(updated);
        Q_EMIT vmCdromChanged(updated);
        Q_EMIT changed();
        answer(updated);
    };
    if (vm.state == VmState::Stopped || vm.state == VmState::Error)
        return record(std::move(done));
    if (vm.state != VmState::Running && vm.state != VmState::Paused)
        return done(ServiceError::conflict(QStringLiteral("VM '%1' is %2; change its CD once it runs or stopped").arg(vm.name, nameOf(vm.state))));
    const QString path = imageId.isEmpty() ? QString() : m_images->filePath(*m_images->find(imageId));
    m_vmBusy.insert(vmId, QStringLiteral("change its CD"));
    QPointer<VmService> self(this);
    m_operator.changeCdrom(vm, path, [self, vmId, record, done](Result<Done> changed) {
        if (!self)
            return;
        self->m_vmBusy.remove(vmId);
        if (!changed.ok())
            return done(changed.error());
        record(done);
    });
}

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
    if (const QList<FieldError> errors = rules::diskFieldErrors(spec); !errors.isEmpty())
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
