// SPDX-License-Identifier: GPL-3.0-or-later
// The serial terminal's decoder on arbitrary console output: fed in two reads cut anywhere, the
// text it shows is the text of one read of everything (UTF-8 and escapes cut in two included).
#include "TerminalText.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype cut = bytes.isEmpty() ? 0 : qsizetype(uint8_t(bytes.at(0))) % (bytes.size() + 1);
    vman::terminal::Decoder decoder;
    QString shown;
    for (const QByteArray &part : {bytes.left(cut), bytes.mid(cut)}) {
        const auto edit = decoder.feed(part);
        if (edit.erase > shown.size())
            std::abort();
        shown.chop(edit.erase);
        shown += edit.append;
    }
    if (shown != vman::terminal::clean(bytes))
        std::abort();
    return 0;
}
