// SPDX-License-Identifier: GPL-3.0-or-later
// An image file's first bytes (a user's file or a download): the header reader and the library's
// verdict on it.
#include "images/ImageHeader.h"
#include "images/ImageLibrary.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray head(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto header = vman::images::readImageHeader(head, qint64(size) * 3);
    if (header.kind == vman::images::ImageHeader::Kind::Qcow2 && header.problem.isEmpty() && header.virtualSize < 0)
        __builtin_trap();
    (void)vman::describeImageFile(head, qint64(size));
    return 0;
}
