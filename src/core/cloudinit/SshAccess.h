// SPDX-License-Identifier: GPL-3.0-or-later
// How a user reaches a VM's SSH server from this host: through its forward of guest port 22.
// One answer for the API's `ssh` object and the window's "Copy SSH command".
#pragma once

#include "Types.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace vman {
class ImageLibrary;
}

namespace vman::cloudinit {

struct SshAccess
{
    QString host;
    int port = 0;
    QString user; // the image's default user; empty when not known
    QStringList arguments; // for `ssh` (without the program)
    QString command; // the same as one line for a shell
};

// Nothing when the VM forwards no host port to its port 22. `vmHost` is the machine the VM runs
// on as this computer names it, when that is another one (a remote VMAN): a forward on every
// address is reached there, one on its loopback through it (ssh -J, which needs an SSH login on
// that machine).
std::optional<SshAccess> sshAccess(const Vm &vm, const QString &defaultUser, const QString &vmHost = QString());
// The same with the default user of the VM's image, as the library knows it.
std::optional<SshAccess> sshAccess(const Vm &vm, const ImageLibrary *images);

} // namespace vman::cloudinit
