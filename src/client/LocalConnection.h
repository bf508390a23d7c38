// SPDX-License-Identifier: GPL-3.0-or-later
// The VMAN of this process as a HostConnection: its core's lists and operations, directly.
#pragma once

#include "HostConnection.h"

namespace vman {
class Runtime;
}

namespace vman::client {

class LocalConnection final : public HostConnection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalConnection)

public:
    LocalConnection(Runtime &runtime, QUrl apiUrl, QObject *parent = nullptr);

    Runtime &runtime() const { return m_runtime; }

    QString displayName() const override;
    bool isLocal() const override { return true; }
    QUrl apiUrl() const override { return m_apiUrl; }
    Status status() const override { return Status::Online; }
    QString statusDetail() const override { return {}; }
    QString sshHost() const override { return {}; }
    QString localConsolePath(const QString &vmId) const override;
    QWebSocket *openConsoleSocket(const QString &, const QString &, QObject *) override { return nullptr; }
    SerialChannel *openSerial(const QString &vmId, QObject *owner) override;

    QList<Template> templates() const override;
    QList<Vm> vms() const override;
    QList<Disk> disks() const override;
    QList<Image> images() const override;
    QList<CatalogEntry> imageCatalog() const override;
    std::optional<Vm> findVm(const QString &id) const override;
    int vmCount(std::optional<VmState> state = std::nullopt) const override;
    QString vmOperation(const QString &id) const override;
    ObserverSummary observer() const override;
    QList<VmSample> usageHistory(const QString &vmId) const override;
    std::optional<VmSample> latestUsage(const QString &vmId) const override;

    std::optional<ServiceError> validateTemplate(const TemplateSpec &spec) const override;
    std::optional<ServiceError> validateVm(const VmSpec &spec) const override;
    std::optional<ServiceError> validateDisk(const DiskSpec &spec) const override;
    std::optional<ServiceError> validateVmChange(const QString &vmId, const VmPatch &patch) const override;
    std::optional<ServiceError> validateClone(const QString &vmId, const CloneSpec &spec) const override;
    std::optional<ServiceError> validateSnapshot(const QString &vmId, const SnapshotSpec &spec) const override;
    std::optional<ServiceError> validateDownload(const ImageDownloadSpec &spec) const override;

    void createTemplate(const TemplateSpec &spec, Reply<Template> done) override;
    void deleteTemplate(const QString &name, Reply<Done> done) override;
    void createVm(const VmSpec &spec, Reply<Vm> done) override;
    void updateVm(const QString &id, const VmPatch &patch, Reply<Vm> done) override;
    void cloneVm(const QString &id, const CloneSpec &spec, Reply<Vm> done) override;
    void deleteVm(const QString &id, Reply<Done> done) override;
    void startVm(const QString &id, Reply<Vm> done) override;
    void stopVm(const QString &id, bool force, Reply<Vm> done) override;
    void restartVm(const QString &id, Reply<Vm> done) override;
    void pauseVm(const QString &id, Reply<Vm> done) override;
    void resumeVm(const QString &id, Reply<Vm> done) override;
    void insertCdrom(const QString &vmId, const QString &imageId, Reply<Vm> done) override;
    void ejectCdrom(const QString &vmId, Reply<Vm> done) override;
    void createDisk(const DiskSpec &spec, Reply<Disk> done) override;
    void deleteDisk(const QString &id, Reply<Done> done) override;
    void attachDisk(const QString &diskId, const QString &vmId, Reply<Disk> done) override;
    void detachDisk(const QString &diskId, Reply<Disk> done) override;
    void resizeDisk(const QString &diskId, qint64 sizeGiB, Reply<Disk> done) override;
    void listSnapshots(const QString &vmId, Reply<QList<VmSnapshot>> done) override;
    void createSnapshot(const QString &vmId, const SnapshotSpec &spec, Reply<VmSnapshot> done) override;
    void revertSnapshot(const QString &vmId, const QString &name, Reply<Vm> done) override;
    void deleteSnapshot(const QString &vmId, const QString &name, Reply<Done> done) override;
    bool canImportFiles() const override { return true; }
    void importImage(const ImageImportSpec &spec, Reply<Image> done) override;
    void downloadImage(const ImageDownloadSpec &spec, const QString &catalogEntry, Reply<Image> done) override;
    void deleteImage(const QString &id, Reply<Done> done) override;
    void consoleTail(const QString &vmId, qint64 maxBytes, Reply<QByteArray> done) override;
    void readLog(quint64 after, int limit, Reply<LogChunk> done) override;

private:
    Runtime &m_runtime;
    VmService &m_service;
    ImageLibrary &m_images;
    QUrl m_apiUrl;
};

} // namespace vman::client
