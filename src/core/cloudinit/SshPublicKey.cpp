// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshPublicKey.h"

#include <QtEndian>

namespace vman::cloudinit {

namespace {
constexpr int kMaxLineLength = 16 * 1024; // an RSA 16384-bit key is ~2.8 KB of base64
} // namespace

bool isKnownKeyType(const QString &type)
{
    static const char *const kTypes[] = {"ssh-ed25519",
                                         "ssh-rsa",
                                         "ssh-dss",
                                         "ecdsa-sha2-nistp256",
                                         "ecdsa-sha2-nistp384",
                                         "ecdsa-sha2-nistp521",
                                         "sk-ssh-ed25519@openssh.com",
                                         "sk-ecdsa-sha2-nistp256@openssh.com"};
    for (const char *known : kTypes) {
        if (type == QLatin1String(known))
            return true;
    }
    return false;
}

std::optional<SshPublicKey> parseSshPublicKey(const QString &line, QString *why)
{
    auto fail = [why](const QString &reason) {
        *why = reason;
        return std::nullopt;
    };
    if (line.size() > kMaxLineLength)
        return fail(QStringLiteral("is longer than %1 characters; a public key line is much shorter").arg(kMaxLineLength));
    if (line.contains(QLatin1String("PRIVATE KEY")))
        return fail(QStringLiteral("is a private key; give the public key instead (the .pub file next to it)"));
    for (const QChar c : line) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return fail(QStringLiteral("must be one line without control characters"));
    }
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return fail(QStringLiteral("is empty"));
    const qsizetype typeEnd = trimmed.indexOf(QLatin1Char(' '));
    const QString type = trimmed.left(typeEnd);
    if (!isKnownKeyType(type)) {
        return fail(QStringLiteral("does not look like an OpenSSH public key: it should start with a key type such as "
                                   "'ssh-ed25519' or 'ssh-rsa' (options before the key are not supported)"));
    }
    if (typeEnd < 0)
        return fail(QStringLiteral("has no key data after '%1'").arg(type));
    const QString rest = trimmed.mid(typeEnd + 1).trimmed();
    const qsizetype dataEnd = rest.indexOf(QLatin1Char(' '));
    const QString data = rest.left(dataEnd);
    const auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || data.size() % 4 != 0)
        return fail(QStringLiteral("has key data that is not valid base64"));
    // The blob starts with the type again, as a length-prefixed string (RFC 4253, 6.6).
    const QByteArray &blob = decoded.decoded;
    const QByteArray expected = type.toLatin1();
    if (blob.size() < 4 || qFromBigEndian<quint32>(blob.constData()) != quint32(expected.size())
        || blob.mid(4, expected.size()) != expected || blob.size() <= 4 + expected.size()) {
        return fail(QStringLiteral("has key data that does not belong to a '%1' key (copied incompletely?)").arg(type));
    }
    SshPublicKey key;
    key.type = type;
    key.blob = blob;
    key.comment = dataEnd < 0 ? QString() : rest.mid(dataEnd + 1).trimmed();
    return key;
}

} // namespace vman::cloudinit
