// SPDX-License-Identifier: GPL-3.0-or-later
// One VMAN as the window sees it: what it holds, what can be done to it, and signals when any of
// it changes. Two kinds: LocalConnection is the VMAN running in this process (its core, directly);
// RemoteConnection is another VMAN's API (REST, events, WebSockets). Models, dialogs and actions
// are written against this class only, so everything the window does works on either.
//
// Reading is synchronous (the local core, or the remote host's mirror); everything that changes a
// host answers through a callback on the GUI thread: at once when the local core decides at once,
// later otherwise. Callers guard what the callback touches (QPointer) as for any reply.
#pragma once

#include "ServiceError.h"
#include "Types.h"
#include "VmService.h"
#include "cloudinit/SshAccess.h"
#include "images/ImageCatalog.h"
#include "images/ImageLibrary.h"
#include "stats/VmStats.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QWebSocket;

namespace vman::client {

class SerialChannel;

template <typename T>
using Reply = std::function<void(Result<T>)>;

// Lines of a host's unified log after a sequence number (GET /logs).
struct LogChunk
{
    QList<QPair<int, QString>> lines; // severity (0 debug .. 4 fatal), the line as the log file has it
    quint64 lastSeq = 0;              // ask for what comes after this next time
    bool missed = false;              // lines between `after` and the first one here are gone
};

class HostConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostConnection)

public:
    enum class Status {
        Online,             // lists are current and follow the host
        Connecting,         // first contact, or reconnecting after a loss (lists may be stale)
        Offline,            // unreachable; retrying with back-off
        CertificateChanged, // refused: the host shows another certificate than the one pinned
        Unauthorized,       // refused: our token was revoked
    };
    Q_ENUM(Status)

    struct ObserverSummary
    {
        bool healthy = false;
        QDateTime lastRunAt;
    };

    explicit HostConnection(QObject *parent = nullptr) : QObject(parent) {}

    // The host's name (or what the user called it); empty for the local VMAN ("This computer").
    virtual QString displayName() const = 0;
    virtual bool isLocal() const = 0;
    // Where its API is (for the About box and the status bar).
    virtual QUrl apiUrl() const = 0;
    virtual Status status() const = 0;
    virtual QString statusDetail() const = 0;
    // The machine the host's port forwards listen on, as this computer reaches it.
    virtual QString sshHost() const = 0;

    // ---- what the host holds ----
    virtual QList<Template> templates() const = 0;
    virtual QList<Vm> vms() const = 0;
    virtual QList<Disk> disks() const = 0;
    virtual QList<Image> images() const = 0;
    virtual QList<CatalogEntry> imageCatalog() const = 0;
    virtual std::optional<Vm> findVm(const QString &id) const = 0;
    // An operation is in flight on the VM (what it is, in words; empty when none).
    virtual QString vmOperation(const QString &id) const = 0;
    virtual ObserverSummary observer() const = 0;
    // The newest samples of a running VM (CPU, memory), oldest first; empty when none.
    virtual QList<VmSample> usageHistory(const QString &vmId) const = 0;
    virtual std::optional<VmSample> latestUsage(const QString &vmId) const = 0;
    // Whether anyone looks at the use of this host's VMs (the window is shown): a remote host is
    // asked for it only then; the local core samples for the OBSERVER anyway. True at first.
    virtual void setUsageShown(bool shown) { Q_UNUSED(shown); }

    // Derived from the lists above (one definition for both kinds).
    std::optional<Template> findTemplate(const QString &name) const;
    std::optional<Disk> findDisk(const QString &id) const;
    std::optional<Image> findImage(const QString &idOrName) const;
    QList<Disk> disksOfVm(const QString &vmId) const;
    virtual int vmCount(std::optional<VmState> state = std::nullopt) const;
    bool isVmBusy(const QString &id) const { return !vmOperation(id).isEmpty(); }
    // How to log in to the VM with ssh from this computer (its image's default user).
    std::optional<cloudinit::SshAccess> sshAccess(const Vm &vm) const;
    // The address of a VM's graphical console socket on this computer (the local VMAN's VNC), or
    // empty when it is reached through the host's API (openConsoleSocket).
    virtual QString localConsolePath(const QString &vmId) const = 0;
    // A VM's console through the host's API (`channel`: "vnc" or "serial"), opening, owned by
    // `owner`; null for the local VMAN (its sockets are on this computer).
    virtual QWebSocket *openConsoleSocket(const QString &vmId, const QString &channel, QObject *owner) = 0;
    // A VM's serial console for a terminal, owned by `owner`.
    virtual SerialChannel *openSerial(const QString &vmId, QObject *owner) = 0;

    // ---- checks as the user types (the core's rules; the host has the final word) ----
    virtual std::optional<ServiceError> validateTemplate(const TemplateSpec &spec) const = 0;
    virtual std::optional<ServiceError> validateVm(const VmSpec &spec) const = 0;
    virtual std::optional<ServiceError> validateDisk(const DiskSpec &spec) const = 0;
    virtual std::optional<ServiceError> validateVmChange(const QString &vmId, const VmPatch &patch) const = 0;
    virtual std::optional<ServiceError> validateClone(const QString &vmId, const CloneSpec &spec) const = 0;
    virtual std::optional<ServiceError> validateSnapshot(const QString &vmId, const SnapshotSpec &spec) const = 0;
    virtual std::optional<ServiceError> validateDownload(const ImageDownloadSpec &spec) const = 0;

    // ---- changes (asynchronous) ----
    virtual void createTemplate(const TemplateSpec &spec, Reply<Template> done) = 0;
    virtual void deleteTemplate(const QString &name, Reply<Done> done) = 0;
    virtual void createVm(const VmSpec &spec, Reply<Vm> done) = 0;
    virtual void updateVm(const QString &id, const VmPatch &patch, Reply<Vm> done) = 0;
    virtual void cloneVm(const QString &id, const CloneSpec &spec, Reply<Vm> done) = 0;
    virtual void deleteVm(const QString &id, Reply<Done> done) = 0; // forced: a running VM is stopped at once
    virtual void startVm(const QString &id, Reply<Vm> done) = 0;
    virtual void stopVm(const QString &id, bool force, Reply<Vm> done) = 0;
    virtual void restartVm(const QString &id, Reply<Vm> done) = 0;
    virtual void pauseVm(const QString &id, Reply<Vm> done) = 0;
    virtual void resumeVm(const QString &id, Reply<Vm> done) = 0;
    virtual void insertCdrom(const QString &vmId, const QString &imageId, Reply<Vm> done) = 0;
    virtual void ejectCdrom(const QString &vmId, Reply<Vm> done) = 0;
    virtual void createDisk(const DiskSpec &spec, Reply<Disk> done) = 0;
    virtual void deleteDisk(const QString &id, Reply<Done> done) = 0;
    virtual void attachDisk(const QString &diskId, const QString &vmId, Reply<Disk> done) = 0;
    virtual void detachDisk(const QString &diskId, Reply<Disk> done) = 0;
    virtual void resizeDisk(const QString &diskId, qint64 sizeGiB, Reply<Disk> done) = 0;
    virtual void listSnapshots(const QString &vmId, Reply<QList<VmSnapshot>> done) = 0;
    virtual void createSnapshot(const QString &vmId, const SnapshotSpec &spec, Reply<VmSnapshot> done) = 0;
    virtual void revertSnapshot(const QString &vmId, const QString &name, Reply<Vm> done) = 0;
    virtual void deleteSnapshot(const QString &vmId, const QString &name, Reply<Done> done) = 0;
    // Whether images can be imported from files of this computer (the local host only).
    virtual bool canImportFiles() const = 0;
    virtual void importImage(const ImageImportSpec &spec, Reply<Image> done) = 0;
    // `catalogEntry` empty: from spec.url.
    virtual void downloadImage(const ImageDownloadSpec &spec, const QString &catalogEntry, Reply<Image> done) = 0;
    virtual void deleteImage(const QString &id, Reply<Done> done) = 0;
    // The host's log lines after `after` (0: the newest it keeps), at most `limit`.
    virtual void readLog(quint64 after, int limit, Reply<LogChunk> done) = 0;
    // The last bytes the VM wrote to its serial console.
    virtual void consoleTail(const QString &vmId, qint64 maxBytes, Reply<QByteArray> done) = 0;

Q_SIGNALS:
    void statusChanged();
    // Everything was read again (first load, or a resync after missed events): models rebuild.
    void reloaded();
    void vmAdded(const vman::Vm &vm);
    void vmChanged(const vman::Vm &vm);
    void vmRemoved(const QString &vmId);
    void vmOperationChanged(const QString &vmId, const QString &operation);
    void vmStateChanged(const QString &vmId, vman::VmState from, vman::VmState to);
    // The guest rebooted itself (its CD may have finished installing).
    void vmGuestReset(const QString &vmId);
    void templatesChanged();
    void disksChanged();
    void imageChanged(const vman::Image &image); // added, changed, or progressed
    void imageRemoved(const QString &imageId);
    void imagesChanged(); // any number of images came or went: read the list again
    void usageSampled();
    void observerChanged();
    // Anything at all changed (actions re-evaluate what applies).
    void changed();
};

} // namespace vman::client
