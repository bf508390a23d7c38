// SPDX-License-Identifier: GPL-3.0-or-later
// The serial terminal's text cleaner on arbitrary console output, in two reads.
#include "TerminalText.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype half = bytes.size() / 2;
    const QString first = vman::terminal::apply(QString(), bytes.left(half));
    (void)vman::terminal::apply(first, bytes.mid(half));
    (void)vman::terminal::clean(bytes);
    return 0;
}
