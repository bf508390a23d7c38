// SPDX-License-Identifier: GPL-3.0-or-later
// Cloud-init settings as JSON: how the API shows them and how the database keeps them (one shape
// for both). Reading is type-checked; the value rules are CloudInitRules'.
#pragma once

#include "ServiceError.h"
#include "Types.h"

#include <QJsonObject>

#include <optional>

namespace vman::cloudinit {

QJsonObject toJson(const CloudInit &settings);
// The settings in `object`, or nothing with `errors` naming each field of the wrong JSON type
// (fields relative to `field`, e.g. "cloud_init.hostname"). Unknown members are errors too: a
// misspelt "ssh_keys" must not silently leave a VM without its key.
std::optional<CloudInit> fromJson(const QJsonObject &object, const QString &field, QList<FieldError> *errors);
// For the database: the stored text, "" for none.
QString toText(const std::optional<CloudInit> &settings);
std::optional<CloudInit> fromText(const QString &text);

} // namespace vman::cloudinit
