// SPDX-License-Identifier: GPL-3.0-or-later
// The input rules of VMAN, in one place. The service enforces them; the GUI's dialogs call the same
// functions for inline feedback; the API only adds JSON type checks in front of them.
#pragma once

#include "ServiceError.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace vman::rules {

constexpr int kNameMaxLength = 64;
constexpr qint64 kCpuCountMin = 1;
constexpr qint64 kCpuCountMax = 128;
constexpr qint64 kRamGibMin = 1;
constexpr qint64 kRamGibMax = 1024;
constexpr qint64 kDiskGibMin = 1;
constexpr qint64 kDiskGibMax = 65536;
constexpr qint64 kStopTimeoutMin = 1;
constexpr qint64 kStopTimeoutMax = 3600;
constexpr int kDefaultStopTimeoutSeconds = 30;
constexpr qint64 kPortMin = 1;
constexpr qint64 kPortMax = 65535;
constexpr qint64 kConsoleTailMin = 1;
constexpr qint64 kConsoleTailMax = 16 * 1024 * 1024;
constexpr qint64 kConsoleTailDefault = 64 * 1024;
constexpr int kPortsMax = 64;       // port forwards of one VM
constexpr int kEchoMaxLength = 100; // characters of the user's input quoted back in an error

// The user's input as quoted in an error message: at most kEchoMaxLength characters.
QString echo(const QString &input);

// The pattern names must match, as shown to users.
QString namePattern();

std::optional<FieldError> checkName(const QString &field, const QString &name);
std::optional<FieldError> checkRange(const QString &field, qint64 value, qint64 min, qint64 max);
std::optional<FieldError> checkProtocol(const QString &field, const QString &protocol); // tcp or udp
std::optional<FieldError> checkIpv4(const QString &field, const QString &address);
std::optional<FieldError> checkFirmware(const QString &field, const QString &firmware); // bios or uefi
// A boot order: "cdrom" and/or "disk", each at most once, at least one.
std::optional<FieldError> checkBootOrder(const QString &field, const QStringList &order);
// A root disk of `sizeGiB` must hold the image it is made from.
std::optional<FieldError> checkDiskSizeFits(const QString &field, qint64 sizeGiB, const QString &imageName, qint64 imageBytes);
std::optional<FieldError> checkCount(const QString &field, qsizetype count, qsizetype max);

} // namespace vman::rules
