// SPDX-License-Identifier: GPL-3.0-or-later
// The reader of published checksum files (SHA256SUMS, SHA512SUMS, Fedora's CHECKSUM, Alpine's
// .sha256): untrusted bytes from the network, pure and fuzzed (fuzz/fuzz_checksums.cpp).
// Understands the GNU form `HEX  NAME` / `HEX *NAME` and the BSD form `SHA256 (NAME) = HEX`.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vman::images {

struct Checksum
{
    QString algorithm; // "sha256" or "sha512"
    QString hex;       // lower case
};

// "sha256:HEX" / "sha512:HEX" as stored; nothing if malformed.
std::optional<Checksum> parseChecksum(const QString &text);
QString formatChecksum(const Checksum &checksum);

// The checksum listed for `fileName` (a bare name, compared with the listed name's last path
// segment), of the algorithm its length says. Nothing when the file is not listed.
std::optional<Checksum> findChecksum(const QByteArray &sums, const QString &fileName);

constexpr qint64 kMaxSumsFileBytes = 1024 * 1024;

} // namespace vman::images
