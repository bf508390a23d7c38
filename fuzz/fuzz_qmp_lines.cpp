// SPDX-License-Identifier: GPL-3.0-or-later
// The QMP line reader on arbitrary bytes, fed in pieces: never more messages than lines, never a
// buffer past its bound.
#include "QmpLineReader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    vman::qemu::QmpLineReader reader(256);
    qsizetype messages = 0;
    qsizetype at = 0;
    qsizetype step = 1;
    while (at < bytes.size()) {
        messages += reader.feed(bytes.mid(at, step)).size();
        at += step;
        step = step * 3 % 61 + 1;
    }
    if (messages > bytes.count('\n'))
        std::abort();
    return 0;
}
