// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

#include "Types.h"

#include <QRegularExpression>

namespace vman::rules {

QString namePattern()
{
    return QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$");
}

std::optional<FieldError> checkName(const QString &field, const QString &name)
{
    if (name.isEmpty())
        return FieldError{field, QStringLiteral("String should have at least 1 character"), QStringLiteral("string_too_short")};
    if (name.size() > kNameMaxLength) {
        return FieldError{field, QStringLiteral("String should have at most %1 characters").arg(kNameMaxLength),
                          QStringLiteral("string_too_long"), QString::number(kNameMaxLength)};
    }
    // anchoredPattern: `$` alone would also accept a trailing newline ("vm1\n").
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]*")));
    if (!pattern.match(name).hasMatch()) {
        return FieldError{field, QStringLiteral("String should match pattern '%1'").arg(namePattern()),
                          QStringLiteral("string_pattern_mismatch")};
    }
    return std::nullopt;
}

std::optional<FieldError> checkRange(const QString &field, qint64 value, qint64 min, qint64 max)
{
    if (value < min) {
        return FieldError{field, QStringLiteral("Input should be greater than or equal to %1").arg(min),
                          QStringLiteral("greater_than_equal"), QString::number(min)};
    }
    if (value > max) {
        return FieldError{field, QStringLiteral("Input should be less than or equal to %1").arg(max),
                          QStringLiteral("less_than_equal"), QString::number(max)};
    }
    return std::nullopt;
}

std::optional<FieldError> checkProtocol(const QString &field, const QString &protocol)
{
    if (protocol == QLatin1String("tcp") || protocol == QLatin1String("udp"))
        return std::nullopt;
    return FieldError{field, QStringLiteral("Input should be 'tcp' or 'udp'"), QStringLiteral("enum")};
}

std::optional<FieldError> checkIpv4(const QString &field, const QString &address)
{
    // QEMU 7.2 forwards IPv4 host addresses only.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}")));
    if (pattern.match(address).hasMatch())
        return std::nullopt;
    return FieldError{field, QStringLiteral("Input should be an IPv4 address"), QStringLiteral("ip_v4_address")};
}

std::optional<FieldError> checkCount(const QString &field, qsizetype count, qsizetype max)
{
    if (count <= max)
        return std::nullopt;
    return FieldError{field, QStringLiteral("List should have at most %1 items").arg(max), QStringLiteral("too_long")};
}

QString echo(const QString &input)
{
    if (input.size() <= kEchoMaxLength)
        return input;
    return input.left(kEchoMaxLength) + QStringLiteral("\u2026");
}

std::optional<FieldError> checkFirmware(const QString &field, const QString &firmware)
{
    if (firmwareFromString(firmware))
        return std::nullopt;
    return FieldError{field, QStringLiteral("Input should be 'bios' or 'uefi'"), QStringLiteral("enum")};
}

std::optional<FieldError> checkBootOrder(const QString &field, const QStringList &order)
{
    if (order.isEmpty() || order.size() > 2)
        return FieldError{field, QStringLiteral("List should name 'cdrom' and/or 'disk'"), QStringLiteral("value_error")};
    for (const QString &device : order) {
        if (!bootDeviceFromString(device))
            return FieldError{field, QStringLiteral("Input should be 'cdrom' or 'disk', not '%1'").arg(echo(device)), QStringLiteral("enum")};
    }
    if (order.size() == 2 && order.first() == order.last())
        return FieldError{field, QStringLiteral("'%1' is listed twice").arg(order.first()), QStringLiteral("value_error")};
    return std::nullopt;
}

std::optional<FieldError> checkDiskSizeFits(const QString &field, qint64 sizeGiB, const QString &imageName, qint64 imageBytes)
{
    constexpr qint64 kGiB = qint64(1) << 30;
    const qint64 needed = (imageBytes + kGiB - 1) / kGiB;
    if (sizeGiB >= needed)
        return std::nullopt;
    return FieldError{field,
                      QStringLiteral("must be at least %1 GiB: image '%2' is %3 bytes, and a root disk is never shrunk")
                          .arg(needed)
                          .arg(imageName)
                          .arg(imageBytes),
                      QStringLiteral("greater_than_equal"), QString::number(needed)};
}

} // namespace vman::rules
