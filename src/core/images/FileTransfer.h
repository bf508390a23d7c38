// SPDX-License-Identifier: GPL-3.0-or-later
// Blocking file jobs for worker threads (QtConcurrent): copying an image into the library and
// hashing a file. Both report progress and can be cancelled through a shared TransferProgress.
#pragma once

#include "ServiceError.h"

#include <QString>

#include <atomic>

namespace vman::images {

struct TransferProgress
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancelled{false};
};

// Copies `from` to `to` (created, never overwritten) with copy_file_range, so the kernel moves
// the bytes (and a filesystem that can share extents does so). `to` is removed on failure.
Result<Done> copyFile(const QString &from, const QString &to, TransferProgress &progress);

// SHA-256 of the file, as lower-case hex.
Result<QString> hashFile(const QString &path, TransferProgress &progress);

// The first `bytes` of a file (less if it is shorter).
Result<QByteArray> readHead(const QString &path, qint64 bytes);

} // namespace vman::images
