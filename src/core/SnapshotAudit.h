// SPDX-License-Identifier: GPL-3.0-or-later
// Whether a VM's images hold the snapshots the database records for it, and no others. The
// snapshots live in the images (qcow2 internal snapshots); the database keeps what VMAN knows of
// them. Either can change behind VMAN's back (qemu-img by hand, a database restored from a backup),
// and the OBSERVER reports what it finds with these.
#pragma once

#include "Types.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace vman {

struct SnapshotMismatch
{
    enum class Kind { Missing /* recorded, not in the image */, Unknown /* in the image, not recorded */ };
    Kind kind = Kind::Missing;
    QString snapshot;
    QString image; // VmSnapshot::kRootDisk or a data disk's id
};

// `found`: the snapshot names each image of the VM holds now, by image ("root" or a disk id);
// an image that is not in `found` is not judged (not made yet, not attached any more).
QList<SnapshotMismatch> auditSnapshots(const QList<VmSnapshot> &recorded, const QHash<QString, QStringList> &found);

} // namespace vman
