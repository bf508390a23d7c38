// SPDX-License-Identifier: GPL-3.0-or-later
// A VM as a libvirt domain (for `virsh define`): the machine VMAN would start, so a user who moves
// on to libvirt, Incus or Proxmox takes it along. Pure: built from the launch spec alone.
#pragma once

#include "QemuCommandLine.h"

#include <QByteArray>

namespace vman::qemu {

// The namespace of VMAN's own <metadata> (port forwards libvirt's user network cannot express).
inline constexpr const char *kLibvirtMetadataNamespace = "https://github.com/vman/vman/libvirt-export/1";

QByteArray libvirtDomainXml(const QemuLaunchSpec &spec);

} // namespace vman::qemu
