// SPDX-License-Identifier: GPL-3.0-or-later
#include "CloudInitJson.h"

#include "CloudInitRules.h"
#include "Validation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vman::cloudinit {

namespace {
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

const char *const kTextFields[] = {"user_data", "hostname", "network_config", "vendor_data"};
} // namespace

QJsonObject toJson(const CloudInit &settings)
{
    return {{QStringLiteral("user_data"), textOrNull(settings.userData)},
            {QStringLiteral("ssh_authorized_keys"), QJsonArray::fromStringList(settings.sshAuthorizedKeys)},
            {QStringLiteral("hostname"), textOrNull(settings.hostname)},
            {QStringLiteral("network_config"), textOrNull(settings.networkConfig)},
            {QStringLiteral("vendor_data"), textOrNull(settings.vendorData)}};
}

std::optional<CloudInit> fromJson(const QJsonObject &object, const QString &field, QList<FieldError> *errors)
{
    const qsizetype before = errors->size();
    const QString at = field + QLatin1Char('.');
    CloudInit settings;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = it.key();
        const QJsonValue value = it.value();
        if (name == QLatin1String("ssh_authorized_keys")) {
            if (value.isNull())
                continue;
            if (!value.isArray()) {
                *errors << FieldError{at + name, QStringLiteral("Input should be a valid list"), QStringLiteral("list_type")};
                continue;
            }
            const QJsonArray keys = value.toArray();
            if (keys.size() > rules::kSshKeysMax) {
                *errors << *rules::checkCount(at + name, keys.size(), rules::kSshKeysMax);
                continue;
            }
            for (int i = 0; i < keys.size(); ++i) {
                if (!keys.at(i).isString())
                    *errors << FieldError{at + name + QLatin1Char('.') + QString::number(i), QStringLiteral("Input should be a valid string"), QStringLiteral("string_type")};
                else
                    settings.sshAuthorizedKeys << keys.at(i).toString();
            }
            continue;
        }
        bool known = false;
        for (const char *text : kTextFields)
            known = known || name == QLatin1String(text);
        if (!known) {
            *errors << FieldError{at + name,
                                  QStringLiteral("Unknown field; cloud_init takes user_data, ssh_authorized_keys, hostname, network_config and vendor_data"),
                                  QStringLiteral("extra_forbidden")};
            continue;
        }
        if (value.isNull())
            continue;
        if (!value.isString()) {
            *errors << FieldError{at + name, QStringLiteral("Input should be a valid string"), QStringLiteral("string_type")};
            continue;
        }
        const QString text = value.toString();
        if (name == QLatin1String("user_data"))
            settings.userData = text;
        else if (name == QLatin1String("hostname"))
            settings.hostname = text;
        else if (name == QLatin1String("network_config"))
            settings.networkConfig = text;
        else
            settings.vendorData = text;
    }
    if (errors->size() != before)
        return std::nullopt;
    return settings;
}

QString toText(const std::optional<CloudInit> &settings)
{
    if (!settings)
        return QString();
    return QString::fromUtf8(QJsonDocument(toJson(*settings)).toJson(QJsonDocument::Compact));
}

std::optional<CloudInit> fromText(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    QList<FieldError> ignored;
    return fromJson(object, QStringLiteral("cloud_init"), &ignored).value_or(CloudInit());
}

} // namespace vman::cloudinit
