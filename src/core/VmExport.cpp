// SPDX-License-Identifier: GPL-3.0-or-later
// VmService: a VM described for another virtualisation stack (a libvirt domain), built from the
// same launch spec a start uses.
#include "VmService.h"

#include "VmServiceText.h"
#include "qemu/LibvirtDomain.h"

namespace vman {

using namespace service_text;

Result<QByteArray> VmService::exportLibvirt(const QString &id) const
{
    const auto vm = findVm(id);
    if (!vm)
        return ServiceError::notFound(vmNotFound(id));
    const Result<BootMedia> media = bootMedia(*vm);
    if (!media.ok())
        return ServiceError::conflict(QStringLiteral("VM '%1' cannot be exported: %2").arg(vm->name, media.error().message));
    const std::optional<QemuLaunchSpec> spec = m_operator.launchSpec(*vm, disksOfVm(id), media.value());
    if (!spec)
        return ServiceError::notImplemented(QStringLiteral("this operator (%1) has no QEMU machine to export").arg(m_operator.mode()));
    return qemu::libvirtDomainXml(*spec);
}

} // namespace vman
