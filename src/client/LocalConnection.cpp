// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalConnection.h"

#include "Logging.h"
#include "Observer.h"
#include "SerialChannel.h"
#include "console/SerialConsoles.h"
#include "Runtime.h"
#include "Validation.h"

namespace vman::client {

LocalConnection::LocalConnection(Runtime &runtime, QUrl apiUrl, QObject *parent)
    : HostConnection(parent), m_runtime(runtime), m_service(runtime.service()), m_images(runtime.images()), m_apiUrl(std::move(apiUrl))
{
    VmService *service = &m_service;
    connect(service, &VmService::vmCreated, this, &HostConnection::vmAdded);
    connect(service, &VmService::vmUpdated, this, &HostConnection::vmChanged);
    connect(service, &VmService::vmDeleted, this, &HostConnection::vmRemoved);
    connect(service, &VmService::vmOperationChanged, this, &HostConnection::vmOperationChanged);
    connect(service, &VmService::vmStateChanged, this, &HostConnection::vmStateChanged);
    connect(service, &VmService::vmGuestReset, this, &HostConnection::vmGuestReset);
    connect(service, &VmService::templateCreated, this, &HostConnection::templatesChanged);
    connect(service, &VmService::templateDeleted, this, &HostConnection::templatesChanged);
    for (auto signal : {&VmService::diskCreated, &VmService::diskProblemChanged, &VmService::diskResized})
        connect(service, signal, this, &HostConnection::disksChanged);
    for (auto signal : {&VmService::diskAttached, &VmService::diskDetached})
        connect(service, signal, this, &HostConnection::disksChanged);
    connect(service, &VmService::diskDeleted, this, &HostConnection::disksChanged);
    connect(service, &VmService::changed, this, &HostConnection::changed);
    ImageLibrary *images = &m_images;
    for (auto signal : {&ImageLibrary::imageCreated, &ImageLibrary::imageUpdated, &ImageLibrary::imageProgress})
        connect(images, signal, this, &HostConnection::imageChanged);
    connect(images, &ImageLibrary::imageDeleted, this, [this](const QString &id, const QString &) { Q_EMIT imageRemoved(id); });
    connect(images, &ImageLibrary::changed, this, &HostConnection::imagesChanged);
    connect(images, &ImageLibrary::changed, this, &HostConnection::changed);
    connect(&runtime.stats(), &VmStats::sampled, this, &HostConnection::usageSampled);
    connect(&runtime.observer(), &Observer::passFinished, this, &HostConnection::observerChanged);
}

QString LocalConnection::displayName() const
{
    return {}; // the window says "This computer" in the user's language
}

QString LocalConnection::localConsolePath(const QString &vmId) const
{
    return m_service.vncSocketPath(vmId);
}

SerialChannel *LocalConnection::openSerial(const QString &vmId, QObject *owner)
{
    return new LocalSerialChannel(m_runtime.serialConsoles().open(vmId), owner);
}

QList<Template> LocalConnection::templates() const
{
    return m_service.templates();
}

QList<Vm> LocalConnection::vms() const
{
    return m_service.vms();
}

QList<Disk> LocalConnection::disks() const
{
    return m_service.disks();
}

QList<Image> LocalConnection::images() const
{
    return m_images.images();
}

QList<CatalogEntry> LocalConnection::imageCatalog() const
{
    return m_images.catalog();
}

std::optional<Vm> LocalConnection::findVm(const QString &id) const
{
    return m_service.findVm(id);
}

int LocalConnection::vmCount(std::optional<VmState> state) const
{
    return m_service.vmCount(state);
}

QString LocalConnection::vmOperation(const QString &id) const
{
    return m_service.vmOperation(id);
}

HostConnection::ObserverSummary LocalConnection::observer() const
{
    return {m_runtime.observer().healthy(), m_runtime.observer().status().lastRunAt};
}

QList<VmSample> LocalConnection::usageHistory(const QString &vmId) const
{
    return m_runtime.stats().history(vmId);
}

std::optional<VmSample> LocalConnection::latestUsage(const QString &vmId) const
{
    return m_runtime.stats().latest(vmId);
}

std::optional<ServiceError> LocalConnection::validateTemplate(const TemplateSpec &spec) const
{
    return m_service.validateTemplate(spec);
}

std::optional<ServiceError> LocalConnection::validateVm(const VmSpec &spec) const
{
    return m_service.validateVm(spec);
}

std::optional<ServiceError> LocalConnection::validateDisk(const DiskSpec &spec) const
{
    return m_service.validateDisk(spec);
}

std::optional<ServiceError> LocalConnection::validateVmChange(const QString &vmId, const VmPatch &patch) const
{
    return m_service.validateVmChange(vmId, patch);
}

std::optional<ServiceError> LocalConnection::validateClone(const QString &vmId, const CloneSpec &spec) const
{
    return m_service.validateClone(vmId, spec);
}

std::optional<ServiceError> LocalConnection::validateSnapshot(const QString &vmId, const SnapshotSpec &spec) const
{
    return m_service.validateSnapshot(vmId, spec);
}

std::optional<ServiceError> LocalConnection::validateDownload(const ImageDownloadSpec &spec) const
{
    return m_images.validateDownload(spec);
}

void LocalConnection::createTemplate(const TemplateSpec &spec, Reply<Template> done)
{
    done(m_service.createTemplate(spec));
}

void LocalConnection::deleteTemplate(const QString &name, Reply<Done> done)
{
    done(m_service.deleteTemplate(name));
}

void LocalConnection::createVm(const VmSpec &spec, Reply<Vm> done)
{
    done(m_service.createVm(spec));
}

void LocalConnection::updateVm(const QString &id, const VmPatch &patch, Reply<Vm> done)
{
    m_service.updateVm(id, patch, std::move(done));
}

void LocalConnection::cloneVm(const QString &id, const CloneSpec &spec, Reply<Vm> done)
{
    done(m_service.cloneVm(id, spec));
}

void LocalConnection::deleteVm(const QString &id, Reply<Done> done)
{
    m_service.deleteVm(id, true, std::move(done));
}

void LocalConnection::startVm(const QString &id, Reply<Vm> done)
{
    m_service.startVm(id, std::move(done));
}

void LocalConnection::stopVm(const QString &id, bool force, Reply<Vm> done)
{
    m_service.stopVm(id, StopOptions{force, rules::kDefaultStopTimeoutSeconds}, std::move(done));
}

void LocalConnection::restartVm(const QString &id, Reply<Vm> done)
{
    m_service.restartVm(id, StopOptions{}, std::move(done));
}

void LocalConnection::pauseVm(const QString &id, Reply<Vm> done)
{
    m_service.pauseVm(id, std::move(done));
}

void LocalConnection::resumeVm(const QString &id, Reply<Vm> done)
{
    m_service.resumeVm(id, std::move(done));
}

void LocalConnection::insertCdrom(const QString &vmId, const QString &imageId, Reply<Vm> done)
{
    m_service.insertCdrom(vmId, imageId, std::move(done));
}

void LocalConnection::ejectCdrom(const QString &vmId, Reply<Vm> done)
{
    m_service.ejectCdrom(vmId, std::move(done));
}

void LocalConnection::createDisk(const DiskSpec &spec, Reply<Disk> done)
{
    m_service.createDisk(spec, std::move(done));
}

void LocalConnection::deleteDisk(const QString &id, Reply<Done> done)
{
    m_service.deleteDisk(id, std::move(done));
}

void LocalConnection::attachDisk(const QString &diskId, const QString &vmId, Reply<Disk> done)
{
    m_service.attachDisk(diskId, vmId, std::move(done));
}

void LocalConnection::detachDisk(const QString &diskId, Reply<Disk> done)
{
    m_service.detachDisk(diskId, std::move(done));
}

void LocalConnection::resizeDisk(const QString &diskId, qint64 sizeGiB, Reply<Disk> done)
{
    m_service.resizeDisk(diskId, sizeGiB, std::move(done));
}

void LocalConnection::listSnapshots(const QString &vmId, Reply<QList<VmSnapshot>> done)
{
    if (!m_service.findVm(vmId))
        return done(ServiceError::notFound(QStringLiteral("VM '%1' not found").arg(vmId)));
    done(m_service.snapshots(vmId));
}

void LocalConnection::createSnapshot(const QString &vmId, const SnapshotSpec &spec, Reply<VmSnapshot> done)
{
    m_service.createSnapshot(vmId, spec, std::move(done));
}

void LocalConnection::revertSnapshot(const QString &vmId, const QString &name, Reply<Vm> done)
{
    m_service.revertSnapshot(vmId, name, std::move(done));
}

void LocalConnection::deleteSnapshot(const QString &vmId, const QString &name, Reply<Done> done)
{
    m_service.deleteSnapshot(vmId, name, std::move(done));
}

void LocalConnection::importImage(const ImageImportSpec &spec, Reply<Image> done)
{
    m_images.importImage(spec, std::move(done));
}

void LocalConnection::downloadImage(const ImageDownloadSpec &spec, const QString &catalogEntry, Reply<Image> done)
{
    done(catalogEntry.isEmpty() ? m_images.downloadImage(spec) : m_images.downloadFromCatalog(catalogEntry, spec.name));
}

void LocalConnection::deleteImage(const QString &id, Reply<Done> done)
{
    done(m_images.deleteImage(id));
}

void LocalConnection::readLog(quint64 after, int limit, Reply<LogChunk> done)
{
    const logging::RecentLines recent = logging::recentLines(after, limit, 0);
    LogChunk chunk;
    for (const logging::RecentLine &line : recent.lines)
        chunk.lines.append({line.severity, line.text});
    chunk.lastSeq = recent.lastSeq;
    chunk.missed = recent.missed;
    done(chunk);
}

void LocalConnection::consoleTail(const QString &vmId, qint64 maxBytes, Reply<QByteArray> done)
{
    done(m_service.consoleTail(vmId, maxBytes));
}

} // namespace vman::client
