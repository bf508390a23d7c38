// SPDX-License-Identifier: GPL-3.0-or-later
// The core service: the one place where VMAN's rules live (validation, uniqueness, state
// transitions, conflicts). It keeps the state in memory, writes every change through to the
// StateStore before it is visible, drives the operator, and announces each change as a signal.
#pragma once

#include "ServiceError.h"
#include "StateStore.h"
#include "Types.h"
#include "VmBusyMarks.h"
#include "VmOperator.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>

#include <optional>

namespace vman {

struct TemplateSpec
{
    QString name;
    qint64 cpuCount = 0;
    qint64 ramAmount = 0;
    // Defaults for its VMs.
    std::optional<QString> image = std::nullopt; // id or name
    std::optional<qint64> diskSize = std::nullopt;
    std::optional<QString> firmware = std::nullopt;
    std::optional<CloudInit> cloudInit = std::nullopt;
    std::optional<QString> readyMarker = std::nullopt;
};

// A port forward as requested; absent fields take their defaults.
struct PortSpec
{
    qint64 host = 0;
    qint64 guest = 0;
    QString protocol = QStringLiteral("tcp");
    QString hostAddress = QStringLiteral("127.0.0.1");
};

struct VmSpec
{
    QString templateName;
    std::optional<QString> name;
    QList<PortSpec> ports;
    // Boot media; absent fields take the template's defaults. `image` set but empty: an empty
    // root disk even where the template or the library has a default image.
    std::optional<QString> image = std::nullopt; // id or name
    std::optional<qint64> diskSize = std::nullopt; // GiB
    std::optional<QString> cdrom = std::nullopt;  // id or name of an ISO
    std::optional<QStringList> boot = std::nullopt;
    std::optional<QString> firmware = std::nullopt;
    // Merged with the template's: each field given here replaces the template's.
    std::optional<CloudInit> cloudInit = std::nullopt;
    std::optional<QString> readyMarker = std::nullopt;
};

// A change to an existing VM (PATCH /vms/{id}): absent fields stay as they are.
struct VmPatch
{
    std::optional<QString> name;
    std::optional<std::optional<qint64>> cpuCount;  // set to nothing: the template's again
    std::optional<std::optional<qint64>> ramAmount; // GiB; set to nothing: the template's again
    std::optional<QList<PortSpec>> ports;
    std::optional<std::optional<QStringList>> boot; // set to nothing: the default order
    std::optional<QString> cdrom;                   // id or name of an ISO; empty ejects
    std::optional<qint64> diskSize;                 // GiB; the root disk only grows
    std::optional<std::optional<CloudInit>> cloudInit; // set to nothing: no cloud-init seed
    std::optional<QString> readyMarker;

    bool isEmpty() const
    {
        return !name && !cpuCount && !ramAmount && !ports && !boot && !cdrom && !diskSize && !cloudInit && !readyMarker;
    }
};

struct CloneSpec
{
    std::optional<QString> name; // "<source>-clone" (numbered if taken) when absent
    bool linked = false;         // an overlay on the source's frozen disk instead of a full copy
    bool withDisks = false;      // copies of its data disks too, attached to the clone
};

struct SnapshotSpec
{
    std::optional<QString> name; // generated ("snapshot-N") when absent
    QString description;
};

struct DiskSpec
{
    qint64 size = 0;
    std::optional<QString> name;
};

class ImageLibrary;

class VmService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VmService)

public:
    VmService(StateStore &store, VmOperator &vmOperator, QObject *parent = nullptr);

    // The image library VMs boot from (none: VMs get empty root disks). Set before load().
    void setImageLibrary(ImageLibrary *images);
    ImageLibrary *imageLibrary() const { return m_images; }

    // Loads the state from the store. A VM left `starting`/`stopping` by a crash cannot be
    // trusted, so it is recorded as `error` with a reason until its real state is known.
    bool load();
    QString lastError() const { return m_lastError; }
    // Asks the operator what really runs for every VM (adopting QEMUs left running) and corrects
    // the recorded states. Answers come in asynchronously.
    void recoverVms();

    // Changes with every modification: lets callers cache derived data (serialised lists).
    quint64 revision() const { return m_revision; }
    QString operatorMode() const { return m_operator.mode(); }

    // The checks create* make, without creating anything: dialogs show the same rules inline.
    std::optional<ServiceError> validateTemplate(const TemplateSpec &spec) const;
    std::optional<ServiceError> validateVm(const VmSpec &spec) const;
    std::optional<ServiceError> validateDisk(const DiskSpec &spec) const;

    QList<Template> templates() const;
    std::optional<Template> findTemplate(const QString &name) const;
    Result<Template> createTemplate(const TemplateSpec &spec);
    Result<Done> deleteTemplate(const QString &name);

    QList<Vm> vms(std::optional<VmState> state = std::nullopt) const;
    std::optional<Vm> findVm(const QString &id) const;
    QList<Disk> disksOfVm(const QString &vmId) const;
    int vmCount(std::optional<VmState> state = std::nullopt) const;
    Result<Vm> createVm(const VmSpec &spec);
    void deleteVm(const QString &id, bool force, Callback<Done> done);
    void startVm(const QString &id, Callback<Vm> done);
    void stopVm(const QString &id, const StopOptions &options, Callback<Vm> done);
    void restartVm(const QString &id, const StopOptions &stopOptions, Callback<Vm> done);
    // Running -> paused (the guest's CPUs stop, its memory stays) and back; 409 from other states.
    void pauseVm(const QString &id, Callback<Vm> done);
    void resumeVm(const QString &id, Callback<Vm> done);
    void screenshot(const QString &id, Callback<QByteArray> done);
    Result<QByteArray> consoleTail(const QString &id, qint64 maxBytes);
    // The CD-ROM drive: changed live on a running VM, recorded for the next start otherwise.
    void insertCdrom(const QString &vmId, const QString &image, Callback<Vm> done);
    void ejectCdrom(const QString &vmId, Callback<Vm> done);
    // Changes a VM's settings, all or nothing. Size, ports and boot order need a stopped VM (409
    // naming the fields otherwise); the name, cloud-init settings and ready marker change any
    // time (cloud-init applies them at the next boot); the root disk grows live on a running VM
    // and the CD changes live.
    void updateVm(const QString &id, const VmPatch &patch, Callback<Vm> done);
    // The checks updateVm makes, without changing anything (the Edit dialog shows them inline).
    std::optional<ServiceError> validateVmChange(const QString &id, const VmPatch &patch) const;
    // A clone of a stopped VM: the same settings, a new id (so a new MAC address), no port
    // forwards (an SSH forward of its own when it has keys), a copy of its root disk. Answers the
    // new VM at once; its disks are copied in the background (vmCloneProgress), ending with
    // vmCloned, or vmCloneFailed and its removal. Both VMs are busy meanwhile.
    Result<Vm> cloneVm(const QString &sourceId, const CloneSpec &spec);
    // The VM as a libvirt domain (XML for `virsh define`).
    Result<QByteArray> exportLibvirt(const QString &id) const;
    std::optional<ServiceError> validateClone(const QString &sourceId, const CloneSpec &spec) const;
    // Snapshots of a VM, oldest first. A running or paused VM's snapshot holds its memory (live,
    // through QEMU); a stopped VM's holds its disks. Reverting needs the same disks attached; a
    // snapshot with memory reverts a running VM live and starts a stopped one; one without needs a
    // stopped VM. The VM's size settings go back to the snapshot's.
    QList<VmSnapshot> snapshots(const QString &vmId) const;
    // What the VM's images should hold: its snapshots, and those of other VMs that a data disk
    // now attached to it was in (limited to such disks).
    QList<VmSnapshot> snapshotsInImagesOf(const QString &vmId) const;
    std::optional<VmSnapshot> findSnapshot(const QString &vmId, const QString &name) const;
    std::optional<ServiceError> validateSnapshot(const QString &vmId, const SnapshotSpec &spec) const;
    void createSnapshot(const QString &vmId, const SnapshotSpec &spec, Callback<VmSnapshot> done);
    void revertSnapshot(const QString &vmId, const QString &name, Callback<Vm> done);
    void deleteSnapshot(const QString &vmId, const QString &name, Callback<Done> done);
    // "the root disk, disk 'data'" for a snapshot's list of images.
    QString describeDisks(const QStringList &disks) const;
    // The same words for any host's disks (a remote VMAN's, as the window mirrors them).
    static QString describeDisks(const QStringList &disks, const std::function<std::optional<Disk>(const QString &)> &findDisk);
    // Grows a data disk to `sizeGiB` (never shrinks: 422), live when its VM runs.
    void resizeDisk(const QString &diskId, qint64 sizeGiB, Callback<Disk> done);
    // The size of the VM's root disk in GiB: its own, else its image's (rounded up), else 10.
    qint64 rootDiskGib(const Vm &vm) const;
    // The same rule given the VM's image (none: no image, or not known).
    static qint64 rootDiskGib(const Vm &vm, const std::optional<Image> &image);
    static constexpr qint64 kEmptyRootDiskGib = 10;
    // Whether a TCP port on the host is free to forward (replaceable for tests).
    using PortProbe = std::function<bool(const QString &address, int port)>;
    void setPortProbe(PortProbe probe) { m_portProbe = std::move(probe); }
    // The first port from which VMAN looks for a free SSH forward.
    static constexpr int kFirstSshPort = 2222;
    // The boot order a VM uses: its own, else disk first (cdrom first for a VM with no image).
    static QList<BootDevice> effectiveBootOrder(const Vm &vm);
    // Who uses an image ("VM 'a'", "template 'b'"): it cannot be deleted meanwhile.
    QStringList imageUsers(const QString &imageId) const;
    QString serialSocketPath(const QString &id) const;
    QString vncSocketPath(const QString &id) const;

    // What the guest watch found about a running VM (readiness, agent information). Kept in
    // memory only; a change bumps the revision and is announced with vmUpdated (and vmReady the
    // first time the guest is ready after a start).
    void setGuestStatus(const QString &id, bool ready, const QString &readyBy, const GuestInfo &guest);

    // For the OBSERVER: corrections of what the host shows, on VMs with no operation in flight.
    bool isVmBusy(const QString &id) const { return m_vmBusy.contains(id); }
    // What the VM is busy with ("start", "clone", ...); empty when idle.
    QString vmOperation(const QString &id) const { return m_vmBusy.value(id); }
    bool correctVmState(const QString &id, VmState state, const QString &detail) { return setVmState(id, state, detail); }
    bool setDiskProblem(const QString &diskId, const QString &problem);
    // The operator's answer about a VM's true state (adopting it if needed), applied here.
    // Exclusive: the VM counts as busy meanwhile (for adoption); otherwise the answer is applied
    // only if nothing else changed the VM in the meantime (a cheap check of a connected VM).
    void recoverVm(const QString &id, bool exclusive, std::function<void(VmState before, VmState after, QString detail)> corrected);

    QList<Disk> disks() const;
    std::optional<Disk> findDisk(const QString &id) const;
    void createDisk(const DiskSpec &spec, Callback<Disk> done);
    void deleteDisk(const QString &id, Callback<Done> done);
    void attachDisk(const QString &diskId, const QString &vmId, Callback<Disk> done);
    void detachDisk(const QString &diskId, Callback<Disk> done);

Q_SIGNALS:
    void templateCreated(const vman::Template &t);
    void templateDeleted(const QString &name);
    void vmCreated(const vman::Vm &vm);
    void vmUpdated(const vman::Vm &vm);
    // An operation began on the VM (`operation`: "start", "clone", ...) or ended (empty).
    void vmOperationChanged(const QString &vmId, const QString &operation);
    void vmStateChanged(const QString &vmId, vman::VmState from, vman::VmState to);
    void vmDeleted(const QString &vmId);
    void vmCdromChanged(const vman::Vm &vm); // after vmUpdated
    // Settings changed (updateVm), after vmUpdated: the API field names that changed.
    void vmSettingsChanged(const vman::Vm &vm, const QStringList &fields);
    // The guest rebooted itself (an installer finishing does).
    void vmGuestReset(const QString &vmId);
    // The guest of a running VM became ready for use (after vmUpdated).
    void vmReady(const vman::Vm &vm);
    void diskCreated(const vman::Disk &disk);
    void diskAttached(const vman::Disk &disk, const QString &vmId);
    void diskDetached(const vman::Disk &disk, const QString &vmId);
    void diskDeleted(const QString &diskId);
    void diskProblemChanged(const vman::Disk &disk);
    void diskResized(const vman::Disk &disk);
    void vmSnapshotCreated(const vman::VmSnapshot &snapshot);
    // `phase`: "root" or "disk:<name>"; at most four a second, and at 100.
    void vmCloneProgress(const QString &cloneId, const QString &sourceId, const QString &phase, double percent);
    void vmCloned(const vman::Vm &clone, const QString &sourceId);
    void vmCloneFailed(const QString &cloneId, const QString &sourceId, const QString &reason);
    void vmSnapshotReverted(const vman::VmSnapshot &snapshot);
    void vmSnapshotDeleted(const QString &vmId, const QString &name);
    // After any of the above.
    void changed();

private:
    std::optional<ServiceError> checkVmIdle(const Vm &vm) const;
    bool setVmState(const QString &id, VmState state, const QString &detail);
    void finishDeleteVm(const QString &id, Callback<Done> done);
    void changeRunState(const QString &id, VmState from, VmState to, Callback<Vm> done);
    void commitAttach(const QString &diskId, const QString &vmId, Callback<Disk> done);
    void commitDetach(const QString &diskId, Callback<Disk> done);
    void bump();
    void onVmExited(const QString &vmId, const QString &reason);
    void onVmRunStateChanged(const QString &vmId, VmState state, const QString &detail);
    void onVmControlLost(const QString &vmId, const QString &reason);
    void onDiskReleased(const QString &vmId, const QString &diskId);
    // `ownerVmId`: the VM the forwards are for (its own current forwards are no conflict).
    std::optional<ServiceError> checkPorts(const QList<PortSpec> &ports, QList<PortForward> *out, const QString &ownerVmId = QString()) const;
    // The VM as `patch` would leave it (its CD aside: `cdromImageId` gets the new one, if any).
    std::optional<ServiceError> checkVmChange(const Vm &vm, const VmPatch &patch, Vm *updated, std::optional<QString> *cdromImageId) const;
    bool recordVmSettings(const Vm &updated, const QString &what);
    // The images a snapshot of the VM covers now: "root" and its attached disks' ids.
    QStringList snapshotDisks(const QString &vmId) const;
    void completeClone(const QString &cloneId, const Vm &source, const QList<Disk> &sourceDisks);
    void abandonClone(const QString &cloneId, const QString &sourceId, const QList<Disk> &sourceDisks, const QList<Disk> &made, const QString &reason);
    std::optional<ServiceError> checkVm(const VmSpec &spec, QList<PortForward> *ports, Vm *media = nullptr) const;
    // The image named by `ref` for `field`, checked to be usable as a root disk or a CD.
    Result<Image> usableImage(const QString &field, const QString &ref, bool asCdrom) const;
    Result<BootMedia> bootMedia(const Vm &vm) const;
    void commitCdrom(const QString &vmId, const QString &imageId, Callback<Vm> done);
    QString uniqueName(const QString &prefix, const QHash<QString, QString> &taken) const;
    // A host port for a VM's SSH forward: not forwarded by any VM, nor in `taken`, and free now.
    std::optional<int> freeSshPort(const QList<PortForward> &taken) const;

    StateStore &m_store;
    VmOperator &m_operator;
    ImageLibrary *m_images = nullptr;
    PortProbe m_portProbe;
    QString m_lastError;
    quint64 m_revision = 1;

    QMap<QString, Template> m_templates;
    QHash<QString, Vm> m_vms;
    QStringList m_vmOrder;
    QHash<QString, QString> m_vmIdByName;
    QHash<QString, Disk> m_disks;
    QStringList m_diskOrder;
    QHash<QString, QString> m_diskIdByName;
    QHash<QString, QList<VmSnapshot>> m_snapshots; // by VM id, oldest first
    QSet<QString> m_diskNamesInCreation;
    // What is in flight: a VM or disk in here refuses other operations with a conflict.
    VmBusyMarks m_vmBusy;               // vm id -> what it is doing
    QHash<QString, int> m_stopsInFlight; // vm id -> stops not answered yet (a forced one may overtake)
    QHash<QString, QString> m_diskBusy; // disk id -> what it is doing
};

} // namespace vman

