// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotAudit.h"

#include <QSet>

#include <algorithm>

namespace vman {

QList<SnapshotMismatch> auditSnapshots(const QList<VmSnapshot> &recorded, const QHash<QString, QStringList> &found)
{
    QList<SnapshotMismatch> mismatches;
    QSet<QString> known;
    for (const VmSnapshot &snapshot : recorded) {
        known.insert(snapshot.name);
        for (const QString &image : snapshot.disks) {
            const auto holds = found.constFind(image);
            if (holds != found.cend() && !holds->contains(snapshot.name))
                mismatches.append({SnapshotMismatch::Kind::Missing, snapshot.name, image});
        }
    }
    // In a stable order, whatever order the images were read in.
    QStringList images = found.keys();
    std::sort(images.begin(), images.end(), [](const QString &a, const QString &b) {
        if ((a == VmSnapshot::kRootDisk) != (b == VmSnapshot::kRootDisk))
            return a == VmSnapshot::kRootDisk;
        return a < b;
    });
    for (const QString &image : std::as_const(images)) {
        for (const QString &name : found.value(image)) {
            if (!known.contains(name))
                mismatches.append({SnapshotMismatch::Kind::Unknown, name, image});
        }
    }
    return mismatches;
}

} // namespace vman
