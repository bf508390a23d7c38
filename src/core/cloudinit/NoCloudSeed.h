// SPDX-License-Identifier: GPL-3.0-or-later
// A VM's NoCloud seed: what cloud-init reads at boot from a volume labelled `cidata`
// (meta-data, user-data, and network-config/vendor-data when given). Pure functions of the VM.
#pragma once

#include "Types.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vman::cloudinit {

struct SeedFile
{
    QString name; // as the guest sees it (Joliet / Rock Ridge name)
    QByteArray content;
};

// The volume label cloud-init's NoCloud source looks for.
inline constexpr const char *kSeedVolumeId = "cidata";

// "<vm id>" for the VM's first settings; "<vm id>-<revision>" after each change, so that
// cloud-init treats the changed settings as a new instance and applies them again.
QString instanceId(const Vm &vm);
// The settings' hostname, else one derived from the VM's name (as Multipass does).
QString hostnameOf(const Vm &vm);
QString hostnameFromName(const QString &vmName);
// The files of the VM's seed. The VM must have cloud-init settings.
QList<SeedFile> seedFiles(const Vm &vm);

} // namespace vman::cloudinit
