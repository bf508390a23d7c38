// SPDX-License-Identifier: GPL-3.0-or-later
// The serial terminal's decoder on arbitrary console output: fed in two reads cut anywhere, the
// text it shows and how each character is drawn are those of one read of everything (UTF-8 and
// escapes cut in two included), and its runs always cover exactly the text they come with.
#include "TerminalText.h"

#include <cstdint>
#include <cstdlib>

namespace {

using vman::terminal::Attributes;
using vman::terminal::Decoder;

void apply(const Decoder::Edit &edit, QString *shown, QList<Attributes> *drawn)
{
    if (edit.erase > shown->size())
        std::abort();
    shown->chop(edit.erase);
    drawn->resize(drawn->size() - edit.erase);
    qsizetype covered = 0;
    for (const auto &run : edit.runs) {
        if (run.length <= 0)
            std::abort();
        covered += run.length;
        for (int i = 0; i < run.length; ++i)
            drawn->append(run.attributes);
    }
    if (covered != edit.append.size())
        std::abort();
    *shown += edit.append;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype cut = bytes.isEmpty() ? 0 : qsizetype(uint8_t(bytes.at(0))) % (bytes.size() + 1);
    Decoder decoder;
    QString shown;
    QList<Attributes> drawn;
    for (const QByteArray &part : {bytes.left(cut), bytes.mid(cut)})
        apply(decoder.feed(part), &shown, &drawn);
    Decoder whole;
    QString once;
    QList<Attributes> drawnOnce;
    apply(whole.feed(bytes), &once, &drawnOnce);
    if (shown != once || drawn != drawnOnce || shown != vman::terminal::clean(bytes))
        std::abort();
    return 0;
}
