// SPDX-License-Identifier: GPL-3.0-or-later
// Incremental SHA-256 (or SHA-512, for sums files that publish only those) through OpenSSL's libcrypto (which Qt's network stack already loads).
// Why not QCryptographicHash: Qt 6.4 hashes with its own portable code, measured here at
// ~190 MB/s, against ~1.4 GB/s for libcrypto using the CPU's SHA extensions; image imports and
// downloads of several GiB must not be bound by hashing.
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace vman::images {

class Sha256 final
{
public:
    enum class Algorithm { Sha256, Sha512 };
    explicit Sha256(Algorithm algorithm = Algorithm::Sha256);
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void add(const char *data, qint64 size);
    // Lower-case hex; the hash cannot take more data afterwards (reset() first).
    QString hexResult();

private:
    Algorithm m_algorithm;
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace vman::images
