// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshAccess.h"

#include "images/ImageLibrary.h"

#include <algorithm>

namespace vman::cloudinit {

std::optional<SshAccess> sshAccess(const Vm &vm, const QString &defaultUser, const QString &vmHost)
{
    const auto forward = std::find_if(vm.ports.cbegin(), vm.ports.cend(),
                                      [](const PortForward &p) { return p.protocol == QLatin1String("tcp") && p.guestPort == 22; });
    if (forward == vm.ports.cend())
        return std::nullopt;
    SshAccess access;
    // A forward on every address is reached on loopback from this host.
    const bool everyAddress = forward->hostAddress == QLatin1String("0.0.0.0");
    const bool loopback = forward->hostAddress.startsWith(QLatin1String("127."));
    access.host = everyAddress ? (vmHost.isEmpty() ? QStringLiteral("127.0.0.1") : vmHost) : forward->hostAddress;
    access.port = forward->hostPort;
    access.user = defaultUser;
    // Host keys are remembered per VM rather than per port: a new VM that gets the port of a
    // deleted one is not taken for an impostor, while a changed key of the same VM still is.
    if (!vmHost.isEmpty() && loopback)
        access.arguments = {QStringLiteral("-J"), vmHost};
    access.arguments += {QStringLiteral("-p"), QString::number(access.port), QStringLiteral("-o"), QStringLiteral("HostKeyAlias=vman-%1").arg(vm.id),
                        QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=accept-new"),
                        defaultUser.isEmpty() ? access.host : defaultUser + QLatin1Char('@') + access.host};
    access.command = QStringLiteral("ssh ") + access.arguments.join(QLatin1Char(' '));
    return access;
}

std::optional<SshAccess> sshAccess(const Vm &vm, const ImageLibrary *images)
{
    const auto image = images && !vm.imageId.isEmpty() ? images->find(vm.imageId) : std::nullopt;
    return sshAccess(vm, image ? image->defaultUser : QString());
}

} // namespace vman::cloudinit
