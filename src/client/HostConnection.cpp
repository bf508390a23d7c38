// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostConnection.h"

#include <algorithm>

namespace vman::client {

std::optional<Template> HostConnection::findTemplate(const QString &name) const
{
    for (const Template &t : templates()) {
        if (t.name == name)
            return t;
    }
    return std::nullopt;
}

std::optional<Disk> HostConnection::findDisk(const QString &id) const
{
    for (const Disk &disk : disks()) {
        if (disk.id == id)
            return disk;
    }
    return std::nullopt;
}

std::optional<Image> HostConnection::findImage(const QString &idOrName) const
{
    if (idOrName.isEmpty())
        return std::nullopt;
    const QList<Image> all = images();
    for (const Image &image : all) {
        if (image.id == idOrName)
            return image;
    }
    for (const Image &image : all) {
        if (image.name == idOrName)
            return image;
    }
    return std::nullopt;
}

QList<Disk> HostConnection::disksOfVm(const QString &vmId) const
{
    QList<Disk> list;
    for (const Disk &disk : disks()) {
        if (disk.vmId == vmId)
            list.append(disk);
    }
    return list;
}

int HostConnection::vmCount(std::optional<VmState> state) const
{
    const QList<Vm> all = vms();
    if (!state)
        return int(all.size());
    return int(std::count_if(all.begin(), all.end(), [&state](const Vm &vm) { return vm.state == *state; }));
}

std::optional<cloudinit::SshAccess> HostConnection::sshAccess(const Vm &vm) const
{
    const auto image = findImage(vm.imageId);
    return cloudinit::sshAccess(vm, image ? image->defaultUser : QString(), sshHost());
}

} // namespace vman::client
