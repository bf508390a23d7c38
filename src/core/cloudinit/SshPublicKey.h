// SPDX-License-Identifier: GPL-3.0-or-later
// The reader of an OpenSSH public key line ("ssh-ed25519 AAAA... comment"), as users paste it
// from their ~/.ssh/id_*.pub. Untrusted input: small, strict and fuzzed (fuzz_cloud_init).
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vman::cloudinit {

struct SshPublicKey
{
    QString type;    // "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", ...
    QByteArray blob; // the decoded key (its first field names the type again)
    QString comment; // may be empty
};

// The key, or nothing with `why` saying in human words what is wrong with the line.
std::optional<SshPublicKey> parseSshPublicKey(const QString &line, QString *why);

// The key types sshd accepts in authorized_keys (certificates excluded: they need a CA setup).
bool isKnownKeyType(const QString &type);

} // namespace vman::cloudinit
