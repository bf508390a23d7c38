// SPDX-License-Identifier: GPL-3.0-or-later
// Another VMAN as a HostConnection: its API over HTTPS with our client token and its pinned
// certificate (RemoteHost), its lists mirrored from its events (HostMirror), its operations as
// REST calls. A lost connection is retried with back-off and resumed where the events left off;
// what was missed while away is read again.
#pragma once

#include "HostConnection.h"
#include "HostMirror.h"
#include "RemoteHost.h"

#include <QHash>
#include <QSet>
#include <QTimer>

namespace vman::client {

class RemoteConnection final : public HostConnection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteConnection)

public:
    explicit RemoteConnection(HostIdentity identity, QObject *parent = nullptr);
    ~RemoteConnection() override;

    RemoteHost &remote() { return m_remote; }
    const HostIdentity &identity() const { return m_remote.identity(); }
    // Opens the event stream and loads the lists (again after every resync).
    void connectToHost();

    QString displayName() const override;
    bool isLocal() const override { return false; }
    QUrl apiUrl() const override { return m_remote.identity().url; }
    Status status() const override;
    QString statusDetail() const override { return m_remote.stateDetail(); }
    QString sshHost() const override { return m_remote.identity().url.host(); }
    QString localConsolePath(const QString &) const override { return {}; }
    QWebSocket *openConsoleSocket(const QString &vmId, const QString &channel, QObject *owner) override;
    SerialChannel *openSerial(const QString &vmId, QObject *owner) override;

    QList<Template> templates() const override { return m_mirror.templates(); }
    QList<Vm> vms() const override { return m_mirror.vms(); }
    QList<Disk> disks() const override { return m_mirror.disks(); }
    QList<Image> images() const override { return m_mirror.images(); }
    QList<CatalogEntry> imageCatalog() const override { return m_catalog; }
    std::optional<Vm> findVm(const QString &id) const override { return m_mirror.findVm(id); }
    int vmCount(std::optional<VmState> state = std::nullopt) const override;
    QString vmOperation(const QString &id) const override { return m_mirror.vmOperation(id); }
    ObserverSummary observer() const override { return {}; }
    QList<VmSample> usageHistory(const QString &vmId) const override;
    std::optional<VmSample> latestUsage(const QString &vmId) const override;
    void setUsageShown(bool shown) override;
    bool isUsagePolled() const { return m_usagePoll.isActive(); }

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
    bool canImportFiles() const override { return false; }
    void importImage(const ImageImportSpec &spec, Reply<Image> done) override;
    void downloadImage(const ImageDownloadSpec &spec, const QString &catalogEntry, Reply<Image> done) override;
    void deleteImage(const QString &id, Reply<Done> done) override;
    void consoleTail(const QString &vmId, qint64 maxBytes, Reply<QByteArray> done) override;
    void readLog(quint64 after, int limit, Reply<LogChunk> done) override;

    // The error an API answer carries (its status and JSON `detail`), in the core's terms.
    static ServiceError errorOf(const ApiAnswer &answer);

private:
    // One call whose successful answer (2xx) is read by `read`; anything else becomes the error.
    template <typename T>
    void request(const QByteArray &method, const QString &path, const QByteArray &body, Reply<T> done,
                 std::function<std::optional<T>(const ApiAnswer &)> read, int timeoutMs = RemoteHost::kCallTimeoutMs);
    void requestVm(const QByteArray &method, const QString &path, const QByteArray &body, Reply<Vm> done, int timeoutMs = RemoteHost::kCallTimeoutMs);
    void requestDisk(const QByteArray &method, const QString &path, const QByteArray &body, Reply<Disk> done);
    void requestDone(const QByteArray &method, const QString &path, Reply<Done> done);
    void loadCatalog();
    void fetchUsage(const QString &vmId) const;
    // The latest sample of every running VM (GET /stats), every few seconds while online.
    void startUsagePoll();
    void fetchAllUsage();
    std::optional<ServiceError> nameTaken(const QString &what, const std::optional<QString> &name, const QStringList &taken) const;

    RemoteHost m_remote;
    HostMirror m_mirror;
    QList<CatalogEntry> m_catalog;
    QSet<QString> m_knownVms; // to tell an added VM from a changed one
    QHash<QString, VmState> m_vmStates; // to report state changes with where they came from
    // Use is read when asked for (GET /vms/{id}/stats), at most once per interval per VM.
    mutable QHash<QString, QList<VmSample>> m_usage;
    mutable QHash<QString, qint64> m_usageAskedAt; // monotonic ms
    mutable QSet<QString> m_usageInFlight;
    QHash<QString, VmSample> m_latestUsage;
    QTimer m_usagePoll;
    bool m_allUsageInFlight = false;
    bool m_usageShown = true;
};

} // namespace vman::client
