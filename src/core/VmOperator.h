// OPERATOR: what the core asks of the host (QEMU processes, image files). Every call is
// asynchronous and answers exactly once through its callback, on the caller's thread.
#pragma once

#include "ServiceError.h"
#include "Types.h"

#include <QObject>

#include <functional>

namespace vman {

template <typename T>
using Callback = std::function<void(Result<T>)>;

struct StopOptions
{
    bool force = false;
    qint64 timeoutSeconds = 30; // graceful shutdown wait before forcing
};

class VmOperator : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // "dry-run", "qemu", ...: shown in health and logs.
    virtual QString mode() const = 0;

    virtual void start(const Vm &vm, const QList<Disk> &disks, Callback<Done> done) = 0;
    virtual void stop(const Vm &vm, const StopOptions &options, Callback<Done> done) = 0;
    virtual void createDiskImage(const Disk &disk, Callback<Done> done) = 0;
    virtual void deleteDiskImage(const Disk &disk, Callback<Done> done) = 0;
    // Hot-plug into / out of a running VM. Attaching to a stopped VM needs no operator call.
    virtual void hotplugDisk(const Vm &vm, const Disk &disk, Callback<Done> done) = 0;
    virtual void unplugDisk(const Vm &vm, const Disk &disk, Callback<Done> done) = 0;
    // Removes what the VM has on the host (its folder); the VM is stopped.
    virtual void removeVmFiles(const Vm &vm, Callback<Done> done) = 0;
};

} // namespace vman
