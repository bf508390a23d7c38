// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checksums.h"

#include <QList>
#include <QRegularExpression>

namespace vman::images {

namespace {

std::optional<QString> algorithmForLength(qsizetype hexLength)
{
    if (hexLength == 64)
        return QStringLiteral("sha256");
    if (hexLength == 128)
        return QStringLiteral("sha512");
    return std::nullopt;
}

bool isHex(QByteArrayView text)
{
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return !text.isEmpty();
}

QString lastSegment(const QByteArray &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    return QString::fromUtf8(slash < 0 ? path : path.mid(slash + 1));
}

} // namespace

std::optional<Checksum> parseChecksum(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return std::nullopt;
    const QString algorithm = text.left(colon);
    const QByteArray hex = text.mid(colon + 1).toLatin1();
    const auto expected = algorithmForLength(hex.size());
    if (!expected || *expected != algorithm || !isHex(hex))
        return std::nullopt;
    return Checksum{algorithm, QString::fromLatin1(hex).toLower()};
}

QString formatChecksum(const Checksum &checksum)
{
    return checksum.algorithm + QLatin1Char(':') + checksum.hex;
}

std::optional<Checksum> findChecksum(const QByteArray &sums, const QString &fileName)
{
    if (fileName.isEmpty())
        return std::nullopt;
    const QList<QByteArray> lines = sums.left(kMaxSumsFileBytes).split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith('-'))
            continue; // comments and PGP armour (Fedora signs its CHECKSUM file inline)
        QByteArray hex, name;
        if (line.contains(" (") && line.contains(") = ")) {
            // BSD: ALGO (NAME) = HEX
            const qsizetype open = line.indexOf(" (");
            const qsizetype close = line.lastIndexOf(") = ");
            if (close <= open)
                continue;
            name = line.mid(open + 2, close - open - 2);
            hex = line.mid(close + 4).trimmed();
        } else {
            // GNU: HEX, one or two spaces, optional '*' (binary mode), NAME
            const qsizetype space = line.indexOf(' ');
            if (space <= 0)
                continue;
            hex = line.left(space);
            name = line.mid(space).trimmed();
            if (name.startsWith('*'))
                name.remove(0, 1);
        }
        if (lastSegment(name) != fileName || !isHex(hex))
            continue;
        const auto algorithm = algorithmForLength(hex.size());
        if (algorithm)
            return Checksum{*algorithm, QString::fromLatin1(hex).toLower()};
    }
    return std::nullopt;
}

} // namespace vman::images
