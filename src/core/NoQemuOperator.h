// The operator used without dry-run until real QEMU control exists: every operation that needs
// QEMU or qemu-img answers NotImplemented with a clear reason; file removals are real.
#pragma once

#include "StoragePaths.h"
#include "VmOperator.h"

namespace vman {

class NoQemuOperator final : public VmOperator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoQemuOperator)

public:
    explicit NoQemuOperator(StoragePaths paths, QObject *parent = nullptr);

    QString mode() const override { return QStringLiteral("unavailable"); }
    void start(const Vm &vm, const QList<Disk> &disks, Callback<Done> done) override;
    void stop(const Vm &vm, const StopOptions &options, Callback<Done> done) override;
    void createDiskImage(const Disk &disk, Callback<Done> done) override;
    void deleteDiskImage(const Disk &disk, Callback<Done> done) override;
    void hotplugDisk(const Vm &vm, const Disk &disk, Callback<Done> done) override;
    void unplugDisk(const Vm &vm, const Disk &disk, Callback<Done> done) override;
    void removeVmFiles(const Vm &vm, Callback<Done> done) override;

    static QString reason();

private:
    void refuse(Callback<Done> done);

    StoragePaths m_paths;
};

} // namespace vman
