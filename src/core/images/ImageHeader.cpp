// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageHeader.h"

#include <QtEndian>

namespace vman::images {

namespace {

constexpr char kQcow2Magic[] = {'Q', 'F', 'I', '\xfb'};
constexpr qint64 kIsoDescriptorOffset = 16 * 2048; // sector 16: the primary volume descriptor
constexpr quint32 kExtensionEnd = 0;
constexpr quint32 kExtensionDataFile = 0x44415441; // "DATA": the external data file's name
constexpr quint64 kIncompatibleDataFile = 1u << 2;
constexpr quint64 kMaxVirtualSize = quint64(1) << 62; // far beyond QEMU's own limit

// Big-endian reads that never go past `head`.
class Reader
{
public:
    explicit Reader(const QByteArray &head) : m_head(head) {}
    bool has(qint64 offset, qint64 length) const { return offset >= 0 && length >= 0 && offset + length <= m_head.size(); }
    quint32 u32(qint64 offset) const { return qFromBigEndian<quint32>(m_head.constData() + offset); }
    quint64 u64(qint64 offset) const { return qFromBigEndian<quint64>(m_head.constData() + offset); }
    QString text(qint64 offset, qint64 length) const { return QString::fromUtf8(m_head.constData() + offset, length); }

private:
    const QByteArray &m_head;
};

void readQcow2(const Reader &in, ImageHeader *header)
{
    header->kind = ImageHeader::Kind::Qcow2;
    if (!in.has(0, 72)) {
        header->problem = QStringLiteral("the qcow2 header is truncated");
        return;
    }
    header->qcow2Version = int(in.u32(4));
    if (header->qcow2Version != 2 && header->qcow2Version != 3) {
        header->problem = QStringLiteral("unsupported qcow2 version %1").arg(header->qcow2Version);
        return;
    }
    const quint64 size = in.u64(24);
    if (size > kMaxVirtualSize) {
        header->problem = QStringLiteral("the qcow2 header states an impossible size");
        return;
    }
    header->virtualSize = qint64(size);

    const quint64 backingOffset = in.u64(8);
    const quint32 backingLength = in.u32(16);
    if (backingOffset != 0) {
        header->hasBackingFile = true;
        if (backingLength <= 1023 && backingOffset < (quint64(1) << 32) && in.has(qint64(backingOffset), backingLength))
            header->backingFile = in.text(qint64(backingOffset), backingLength);
    }

    qint64 extensions = 72; // version 2: right after the fixed header
    if (header->qcow2Version == 3) {
        if (!in.has(0, 104)) {
            header->problem = QStringLiteral("the qcow2 version 3 header is truncated");
            return;
        }
        if (in.u64(72) & kIncompatibleDataFile)
            header->hasExternalDataFile = true;
        const quint32 headerLength = in.u32(100);
        if (headerLength < 104 || headerLength % 8 != 0) {
            header->problem = QStringLiteral("the qcow2 header length %1 is invalid").arg(headerLength);
            return;
        }
        extensions = headerLength;
    }
    // Header extensions: {type, length, data padded to 8 bytes} until type 0.
    qint64 at = extensions;
    for (int i = 0; i < 1024 && in.has(at, 8); ++i) {
        const quint32 type = in.u32(at);
        const quint32 length = in.u32(at + 4);
        if (type == kExtensionEnd)
            break;
        if (type == kExtensionDataFile) {
            header->hasExternalDataFile = true;
            if (length <= 4096 && in.has(at + 8, length))
                header->externalDataFile = in.text(at + 8, length);
        }
        at += 8 + ((qint64(length) + 7) / 8) * 8;
    }
}

} // namespace

ImageHeader readImageHeader(const QByteArray &head, qint64 fileSize)
{
    ImageHeader header;
    header.virtualSize = qMax<qint64>(0, fileSize);
    const Reader in(head);
    if (in.has(0, 4) && head.startsWith(QByteArray::fromRawData(kQcow2Magic, 4))) {
        readQcow2(in, &header);
        return header;
    }
    // Other image formats QEMU knows: refused rather than mistaken for raw (the signatures are the
    // ones QEMU's own format probes look for).
    struct Signature
    {
        qint64 offset;
        QByteArray magic;
        const char *format;
    };
    static const Signature kForeign[] = {
        {0, QByteArrayLiteral("KDMV"), "vmdk"},
        {0, QByteArrayLiteral("# Disk DescriptorFile"), "vmdk"},
        {0, QByteArrayLiteral("COWD"), "vmdk"},
        {0x40, QByteArrayLiteral("\x7f\x10\xda\xbe"), "vdi"},
        {0, QByteArrayLiteral("vhdxfile"), "vhdx"},
        {0, QByteArrayLiteral("conectix"), "vpc"},
        {0, QByteArrayLiteral("QED\0"), "qed"},
        {0, QByteArrayLiteral("LUKS\xba\xbe"), "luks"},
        {0, QByteArrayLiteral("WithoutFreeSpace"), "parallels"},
        {0, QByteArrayLiteral("WithouFreSpacExt"), "parallels"},
        {0, QByteArrayLiteral("Bochs Virtual HD Image"), "bochs"},
        {0, QByteArrayLiteral("#!/bin/sh\n#V2.0 Format"), "cloop"},
    };
    for (const Signature &signature : kForeign) {
        if (in.has(signature.offset, signature.magic.size()) && head.mid(signature.offset, signature.magic.size()) == signature.magic) {
            header.kind = ImageHeader::Kind::Foreign;
            header.foreignFormat = QString::fromLatin1(signature.format);
            return header;
        }
    }
    // ISO 9660 (also hybrid ISOs, whose first sectors hold an MBR): "\x01CD001" at sector 16.
    if (in.has(kIsoDescriptorOffset, 6) && head.mid(kIsoDescriptorOffset + 1, 5) == "CD001")
        header.kind = ImageHeader::Kind::Iso;
    return header;
}

} // namespace vman::images
