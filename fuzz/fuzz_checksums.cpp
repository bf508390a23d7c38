// SPDX-License-Identifier: GPL-3.0-or-later
// A published sums file (SHA256SUMS, SHA512SUMS, CHECKSUM) from the network, and a catalogue file.
#include "images/Checksums.h"
#include "images/ImageCatalog.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const char *name : {"disk.qcow2", "debian-12-genericcloud-amd64.qcow2", "x"}) {
        const auto found = vman::images::findChecksum(text, QString::fromLatin1(name));
        if (found && found->hex.size() != 64 && found->hex.size() != 128)
            __builtin_trap();
        if (found && !vman::images::parseChecksum(vman::images::formatChecksum(*found)))
            __builtin_trap();
    }
    (void)vman::images::parseChecksum(QString::fromUtf8(text));
    (void)vman::parseCatalog(text);
    return 0;
}
