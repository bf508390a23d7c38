// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of a VM's cloud-init settings, in one place: the service enforces them, the New VM
// dialog shows them inline, the API only checks JSON types in front of them.
#pragma once

#include "ServiceError.h"
#include "Types.h"

#include <QList>
#include <QString>

#include <optional>

namespace vman::rules {

// All texts and keys together, in UTF-8 bytes: a seed is read by the guest at boot, not a disk.
constexpr qsizetype kCloudInitMaxBytes = 64 * 1024;
constexpr int kSshKeysMax = 32;
constexpr int kHostnameMaxLength = 253;
constexpr int kReadyMarkerMaxLength = 200;

// `field` is where the settings sit ("cloud_init"); errors name "cloud_init.hostname" etc.
QList<FieldError> checkCloudInit(const QString &field, const CloudInit &settings);
// A host name as cloud-init sets it: dot-separated labels of letters, digits and hyphens.
std::optional<FieldError> checkHostname(const QString &field, const QString &hostname);
std::optional<FieldError> checkSshKey(const QString &field, const QString &key);
// User data that starts with "#cloud-config" must be a YAML mapping; other formats (scripts,
// MIME multipart, #include) are passed on unchecked.
std::optional<FieldError> checkUserData(const QString &field, const QString &userData);
std::optional<FieldError> checkReadyMarker(const QString &field, const QString &marker);
// A login name as an image's default user: lower case letters, digits, '_' and '-', at most 32.
std::optional<FieldError> checkUserName(const QString &field, const QString &name);

// Why `text` is not YAML (with line and column), or empty when it is. `mapping`: the document
// must be a mapping (or empty).
QString yamlProblem(const QString &text, bool mapping);

} // namespace vman::rules
