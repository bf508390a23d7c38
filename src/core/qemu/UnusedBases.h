// SPDX-License-Identifier: GPL-3.0-or-later
// Which read-only bases of linked clones (<storage>/bases/) no VM reads any more. A base is in use
// while a VM's root disk has it as its backing file, directly or through other bases (a linked
// clone of a linked clone freezes an overlay that itself reads a base). Deleting the last VM of a
// base leaves it unused; it is then removed, so clones do not leak disk space.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace vman::qemu {

// `bases`: the base files; `backingOf`: each VM root disk's and each base's backing file (absolute
// path; absent or empty when it has none). Pure.
QStringList unusedBases(const QStringList &bases, const QStringList &roots, const QHash<QString, QString> &backingOf);

// Reads the backing file of every root disk under `vmsDir` (vms/<id>/root.qcow2) and every base
// in `basesDir` from their qcow2 headers (blocking: a worker thread's job) and answers the
// unused bases. Nothing is judged unused when a header cannot be read or a VM that ran has lost
// its root disk (a restored one may read any base).
QStringList findUnusedBases(const QString &vmsDir, const QString &basesDir);

} // namespace vman::qemu
