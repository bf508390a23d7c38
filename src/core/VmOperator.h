// SPDX-License-Identifier: GPL-3.0-or-later
// OPERATOR: what the core asks of the host (QEMU processes, image files). Every call is
// asynchronous and answers exactly once through its callback, on the caller's thread.
#pragma once

#include "ServiceError.h"
#include "Types.h"
#include "Validation.h"
#include "qemu/QemuCommandLine.h"
#include "stats/DiskIo.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace vman {

template <typename T>
using Callback = std::function<void(Result<T>)>;

struct StopOptions
{
    bool force = false;
    qint64 timeoutSeconds = rules::kDefaultStopTimeoutSeconds; // graceful shutdown wait before forcing
};

// The files a VM boots from, resolved by the service from the image library.
struct BootMedia
{
    QString imagePath; // the root disk's source; empty for an empty root disk
    ImageFormat imageFormat = ImageFormat::Qcow2;
    qint64 imageVirtualSize = 0;
    QString cdromPath; // the ISO in the CD-ROM drive; empty when it is empty
    QList<BootDevice> bootOrder; // effective: never empty
};

// What one look at the host found, for the OBSERVER. Taken without spawning anything.
struct HostReport
{
    struct VmOnHost
    {
        qint64 pid = 0;          // live QEMU for the VM, 0 if none
        bool connected = false;  // the operator holds its QMP connection
        bool staleFiles = false; // pidfile or sockets left behind by a dead QEMU
        QString lastLogLine;     // the end of the VM's qemu.log, for exit reasons
    };
    QHash<QString, VmOnHost> vms;
    QHash<QString, QString> missingRootDisks;  // vm id -> path (only VMs whose root disk was made)
    QHash<QString, QString> missingDiskImages; // disk id -> path
    QList<QPair<qint64, QString>> orphanProcesses; // QEMUs of this storage with no VM: pid, uuid
    QStringList orphanImages; // qcow2 files in the disks folder with no disk
};

// What QEMU counts for a running VM: I/O per block device and the guest's memory.
struct VmCounters
{
    QList<DiskIo> disks;
    std::optional<qint64> balloonBytes; // the guest's current memory (nothing without a balloon)
};

class VmOperator : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // "dry-run" or "qemu": shown in health and logs.
    virtual QString mode() const = 0;
    // Whether a start leaves a root disk file on the host (so losing it later is a fault).
    virtual bool makesRootDisks() const = 0;

    // Answers once the VM runs (QMP says `running`), with the real cause on failure.
    virtual void start(const Vm &vm, const QList<Disk> &disks, const BootMedia &media, Callback<Done> done) = 0;
    // Why VMs cannot use this firmware here (its files are not installed); empty when they can.
    virtual QString firmwareProblem(Firmware firmware) const = 0;
    // Inserts `isoPath` into the running VM's CD-ROM drive (replacing what is in it), or ejects
    // when it is empty. Conflict when the guest keeps the tray locked.
    virtual void changeCdrom(const Vm &vm, const QString &isoPath, Callback<Done> done) = 0;
    virtual void stop(const Vm &vm, const StopOptions &options, Callback<Done> done) = 0;
    // Freezes the running VM's CPUs (its memory and devices stay), and lets them run again.
    virtual void pause(const Vm &vm, Callback<Done> done) = 0;
    virtual void resume(const Vm &vm, Callback<Done> done) = 0;
    virtual void createDiskImage(const Disk &disk, Callback<Done> done) = 0;
    // Grows the VM's root disk to `bytes`: live through its QEMU when it runs or is paused (the
    // guest sees the new size at once), else the image file; nothing to do before the first start
    // made it.
    virtual void growRootDisk(const Vm &vm, qint64 bytes, Callback<Done> done)
    {
        Q_UNUSED(vm)
        Q_UNUSED(bytes)
        done(ServiceError::unavailable(QStringLiteral("this operator cannot resize disks")));
    }
    // Grows a data disk to `bytes`: live through `runningVm`'s QEMU when it is attached to one
    // that runs, else the image file.
    virtual void growDataDisk(const Disk &disk, const Vm *runningVm, qint64 bytes, Callback<Done> done)
    {
        Q_UNUSED(disk)
        Q_UNUSED(runningVm)
        Q_UNUSED(bytes)
        done(ServiceError::unavailable(QStringLiteral("this operator cannot resize disks")));
    }
    virtual void deleteDiskImage(const Disk &disk, Callback<Done> done) = 0;
    // Hot-plug into / out of a running VM. Attaching to a stopped VM needs no operator call.
    // An unplug the guest does not complete in time answers Conflict ("unplug pending"); if the
    // guest completes it later, diskReleased() follows.
    virtual void hotplugDisk(const Vm &vm, const Disk &disk, Callback<Done> done) = 0;
    virtual void unplugDisk(const Vm &vm, const Disk &disk, Callback<Done> done) = 0;
    // Internal snapshots of every writable image of the VM (its root disk, `disks`, its UEFI
    // variables). Running or paused: live through QEMU's snapshot jobs, with its memory (the
    // answer is the size of the saved memory state). Stopped: qemu-img on each image (0).
    virtual void takeSnapshot(const Vm &vm, const QList<Disk> &disks, const QString &name, Callback<qint64> done)
    {
        Q_UNUSED(vm)
        Q_UNUSED(disks)
        Q_UNUSED(name)
        done(ServiceError::notImplemented(QStringLiteral("this operator takes no snapshots")));
    }
    // Back to a snapshot: live (memory included) on a running VM, with qemu-img on a stopped one.
    virtual void revertSnapshot(const Vm &vm, const QList<Disk> &disks, const QString &name, Callback<Done> done)
    {
        Q_UNUSED(vm)
        Q_UNUSED(disks)
        Q_UNUSED(name)
        done(ServiceError::notImplemented(QStringLiteral("this operator takes no snapshots")));
    }
    virtual void deleteSnapshot(const Vm &vm, const QList<Disk> &disks, const QString &name, Callback<Done> done)
    {
        Q_UNUSED(vm)
        Q_UNUSED(disks)
        Q_UNUSED(name)
        done(ServiceError::notImplemented(QStringLiteral("this operator takes no snapshots")));
    }
    // The names of the internal snapshots each image of the VM holds now, by image ("root" or a
    // data disk's id; an image not made yet is left out). Read without taking the image's lock,
    // so a running VM is read too.
    virtual void imageSnapshots(const Vm &vm, const QList<Disk> &disks, Callback<QHash<QString, QStringList>> done)
    {
        Q_UNUSED(vm)
        Q_UNUSED(disks)
        done(ServiceError::notImplemented(QStringLiteral("this operator keeps no snapshots in images")));
    }
    // The disks of a stopped VM's clone: its root disk and UEFI variables (nothing to do when the
    // source never ran). Full: an independent copy. Linked: the source's root disk is frozen as a
    // read-only base both VMs get a new overlay on (the source stays usable; the base is never
    // written again). `progress` says how far the copy got (0-100).
    virtual void cloneVmDisks(const Vm &source, const Vm &clone, bool linked, std::function<void(double)> progress, Callback<Done> done)
    {
        Q_UNUSED(source)
        Q_UNUSED(clone)
        Q_UNUSED(linked)
        Q_UNUSED(progress)
        done(ServiceError::notImplemented(QStringLiteral("this operator cannot clone VMs")));
    }
    // A full copy of a data disk's image for `copy`.
    virtual void copyDiskImage(const Disk &source, const Disk &copy, std::function<void(double)> progress, Callback<Done> done)
    {
        Q_UNUSED(source)
        Q_UNUSED(copy)
        Q_UNUSED(progress)
        done(ServiceError::notImplemented(QStringLiteral("this operator cannot copy disks")));
    }
    // Removes what the VM has on the host (its folder); the VM is stopped.
    virtual void removeVmFiles(const Vm &vm, Callback<Done> done) = 0;
    // A PNG of the VM's screen.
    virtual void screenshot(const Vm &vm, Callback<QByteArray> done) = 0;
    // The unix socket of the VM's serial console (empty when it has none, as in dry-run).
    virtual QString serialSocketPath(const Vm &vm) const = 0;
    // The unix socket of the VM's graphical console (VNC; empty when it has none).
    virtual QString vncSocketPath(const Vm &vm) const = 0;
    // The file QEMU logs the VM's serial console output to (empty when there is none).
    virtual QString serialLogPath(const Vm &vm) const
    {
        Q_UNUSED(vm)
        return QString();
    }
    // Asks the VM's guest agent (through its channel) what it knows: OS, host name, addresses.
    // Unavailable when no agent answers.
    virtual void queryGuest(const Vm &vm, Callback<GuestInfo> done)
    {
        Q_UNUSED(vm)
        done(ServiceError::unavailable(QStringLiteral("no guest agent channel")));
    }
    // QEMU's counters of a running VM (`disks` are the VM's attached data disks, to name their
    // nodes). Unavailable when nothing answers (dry-run, no control connection).
    virtual void queryCounters(const Vm &vm, const QList<Disk> &disks, Callback<VmCounters> done)
    {
        Q_UNUSED(vm)
        Q_UNUSED(disks)
        done(ServiceError::unavailable(QStringLiteral("no counters without QEMU")));
    }
    // The last `maxBytes` of the VM's serial console output (empty if it never ran).
    virtual Result<QByteArray> consoleTail(const Vm &vm, qint64 maxBytes) = 0;
    // What really runs for a VM known to the database, adopting a QEMU left running by an earlier
    // VMAN. Answers the VM's true state.
    virtual void recover(const Vm &vm, Callback<VmState> done) = 0;

    // The OBSERVER's look at the host; cheap (reads /proc and the storage folders).
    virtual HostReport inspect(const QList<Vm> &vms, const QList<Disk> &disks) = 0;
    virtual void removeStaleFiles(const QString &vmId) = 0;
    virtual bool killProcess(qint64 pid) = 0;
    // The PID of the VM's QEMU when the operator controls it (its QMP connection), else 0. Cheap:
    // no scan of /proc.
    virtual qint64 processId(const Vm &vm) const
    {
        Q_UNUSED(vm)
        return 0;
    }
    // The machine QEMU runs for the VM (devices, files, firmware), as the next start would launch
    // it: what an export describes. None where there is no such machine.
    virtual std::optional<QemuLaunchSpec> launchSpec(const Vm &vm, const QList<Disk> &disks, const BootMedia &media) const
    {
        Q_UNUSED(vm)
        Q_UNUSED(disks)
        Q_UNUSED(media)
        return std::nullopt;
    }

Q_SIGNALS:
    // The VM's QEMU ended without a stop request (guest power-off, crash, kill).
    void vmExited(const QString &vmId, const QString &reason);
    // QEMU says the guest's run state changed (paused, resumed, stopped by an I/O error...), or
    // says what it is after the operator's control of it was restored. `detail` says why.
    void vmRunStateChanged(const QString &vmId, VmState state, const QString &detail);
    // The operator lost its control connection to a VM's QEMU, which still runs; it reconnects.
    void vmControlLost(const QString &vmId, const QString &reason);
    // The guest rebooted itself (its OS asked for a reset).
    void vmGuestReset(const QString &vmId);
    // A disk whose unplug was pending has been released by the guest.
    void diskReleased(const QString &vmId, const QString &diskId);
};

} // namespace vman
