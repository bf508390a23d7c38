// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a seed's files as a small read-only ISO 9660 volume, through libisofs (Debian's
// libisofs, the library behind xorriso): Rock Ridge and Joliet names, so the guest sees
// "meta-data" rather than ISO 9660's 8.3 "META_DAT".
#pragma once

#include "NoCloudSeed.h"
#include "ServiceError.h"

namespace vman::cloudinit {

// The whole image in memory (a seed is a few hundred KiB at most).
Result<QByteArray> isoImage(const QString &volumeId, const QList<SeedFile> &files);
// Writes `image` to `path` atomically (never a half-written seed), read-only for everyone.
Result<Done> writeSeedImage(const QString &path, const QByteArray &image);

} // namespace vman::cloudinit
