// SPDX-License-Identifier: GPL-3.0-or-later
// The one reader of an image file's first bytes (untrusted: a user's file or a download). It tells
// a qcow2 from an ISO 9660 volume from anything else, and finds what makes a qcow2 unsafe to hand
// to QEMU: a backing file or an external data file (either would make QEMU open a host file the
// image names). Pure and fuzzed (fuzz/fuzz_image_header.cpp).
#pragma once

#include <QByteArray>
#include <QString>

namespace vman::images {

struct ImageHeader
{
    enum class Kind { Qcow2, Iso, Foreign, Other }; // Other: raw
    QString foreignFormat; // Foreign: which other image format (vmdk, vdi, ...) it is
    Kind kind = Kind::Other;
    qint64 virtualSize = 0; // qcow2: from the header; otherwise the file size
    int qcow2Version = 0;
    bool hasBackingFile = false;
    QString backingFile; // its name, when it lies within the bytes read
    bool hasExternalDataFile = false;
    QString externalDataFile;
    QString problem; // set when the header is damaged (a qcow2 magic with an impossible header)
};

// How many leading bytes `read` wants: enough for the qcow2 header with its extensions and
// backing-file name in the usual first cluster, and for the ISO 9660 primary volume descriptor.
constexpr qint64 kHeaderBytes = 64 * 1024;

// `head`: the file's first bytes (up to kHeaderBytes); `fileSize`: its full size.
ImageHeader readImageHeader(const QByteArray &head, qint64 fileSize);

} // namespace vman::images
