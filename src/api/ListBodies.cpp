// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListBodies.h"

#include "ApiContext.h"
#include "EventHub.h"
#include "VmService.h"
#include "images/ImageLibrary.h"

#include <QJsonArray>

#include <algorithm>

namespace vman::api {

QByteArray templatesBody(ApiContext &context)
{
    return context.cache.get(QStringLiteral("templates"), context.service.revision(), [&context] {
        QJsonArray array;
        for (const Template &t : context.service.templates())
            array.append(toJson(t, &context.images));
        return jsonBytes(array);
    });
}

QByteArray vmsBody(ApiContext &context, const QString &stateFilter)
{
    return context.cache.get(QStringLiteral("vms?state=") + stateFilter, context.service.revision(), [&context, stateFilter] {
        const auto state = stateFilter.isEmpty() ? std::nullopt : vmStateFromString(stateFilter);
        // Group disks by VM once instead of scanning all disks per VM.
        QHash<QString, QList<Disk>> disksByVm;
        for (const Disk &disk : context.service.disks()) {
            if (disk.isAttached())
                disksByVm[disk.vmId].append(disk);
        }
        QJsonArray array;
        for (const Vm &vm : context.service.vms(state)) {
            QList<Disk> disks = disksByVm.value(vm.id);
            std::stable_sort(disks.begin(), disks.end(), [](const Disk &a, const Disk &b) { return a.attachedAt < b.attachedAt; });
            array.append(toJson(vm, disks, &context.images, context.service.vmOperation(vm.id)));
        }
        return jsonBytes(array);
    });
}

QByteArray disksBody(ApiContext &context)
{
    return context.cache.get(QStringLiteral("disks"), context.service.revision(), [&context] {
        QJsonArray array;
        for (const Disk &disk : context.service.disks())
            array.append(toJson(disk));
        return jsonBytes(array);
    });
}

QByteArray imagesBody(ApiContext &context)
{
    return context.cache.get(QStringLiteral("images"), context.images.revision(), [&context] {
        QJsonArray array;
        for (const Image &image : context.images.images())
            array.append(toJson(image));
        return jsonBytes(array);
    });
}

} // namespace vman::api
