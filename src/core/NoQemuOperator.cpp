#include "NoQemuOperator.h"

#include "DryRunOperator.h"

#include <QFile>
#include <QTimer>

namespace vman {

NoQemuOperator::NoQemuOperator(StoragePaths paths, QObject *parent) : VmOperator(parent), m_paths(std::move(paths)) {}

QString NoQemuOperator::reason()
{
    return QStringLiteral("QEMU control is not available in this version of VMAN yet; "
                          "run with --dry-run (VMAN_OPERATOR_DRY_RUN=1) to simulate it");
}

void NoQemuOperator::refuse(Callback<Done> done)
{
    QTimer::singleShot(0, this, [done = std::move(done)] { done(ServiceError::notImplemented(reason())); });
}

void NoQemuOperator::start(const Vm &, const QList<Disk> &, Callback<Done> done) { refuse(std::move(done)); }
void NoQemuOperator::stop(const Vm &, const StopOptions &, Callback<Done> done) { refuse(std::move(done)); }
void NoQemuOperator::createDiskImage(const Disk &, Callback<Done> done) { refuse(std::move(done)); }
void NoQemuOperator::hotplugDisk(const Vm &, const Disk &, Callback<Done> done) { refuse(std::move(done)); }
void NoQemuOperator::unplugDisk(const Vm &, const Disk &, Callback<Done> done) { refuse(std::move(done)); }

void NoQemuOperator::deleteDiskImage(const Disk &disk, Callback<Done> done)
{
    const QString path = m_paths.diskImage(disk.id);
    Result<Done> result = Done{};
    if (QFile::exists(path) && !QFile::remove(path))
        result = ServiceError::failed(QStringLiteral("cannot remove %1").arg(path));
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
}

void NoQemuOperator::removeVmFiles(const Vm &vm, Callback<Done> done)
{
    Result<Done> result = removeVmFolder(m_paths, vm.id);
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
}

} // namespace vman
