// SPDX-License-Identifier: GPL-3.0-or-later
// A byte-exact copy of a file the way cp makes it: a reflink where the filesystem shares blocks
// (btrfs, XFS: instant), else copy_file_range (the kernel copies, no data through user space),
// else read/write. QFile::copy tries the reflink but then copies through a user-space buffer and
// says nothing of its progress; a full clone of a large disk wants both the speed and the progress.
#pragma once

#include "ServiceError.h"

#include <QString>

#include <atomic>
#include <functional>

namespace vman::qemu {

// Blocking: run it on a worker thread (no fsync, as cp). `progress` (0-100) is called from that thread after each
// chunk. A partial destination is removed on failure; `cancelled` stops it (and fails).
Result<Done> copyFileContents(const QString &source, const QString &destination, const std::function<void(double)> &progress,
                              const std::atomic<bool> *cancelled = nullptr);

} // namespace vman::qemu
