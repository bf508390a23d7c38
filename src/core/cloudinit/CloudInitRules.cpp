// SPDX-License-Identifier: GPL-3.0-or-later
#include "CloudInitRules.h"

#include "SshPublicKey.h"
#include "Validation.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace vman::rules {

namespace {

std::optional<FieldError> checkText(const QString &field, const QString &text)
{
    if (text.contains(QChar(0)))
        return FieldError{field, QStringLiteral("must be text without NUL characters"), QStringLiteral("value_error")};
    return std::nullopt;
}

} // namespace

QString yamlProblem(const QString &text, bool mapping)
{
    try {
        // yaml-cpp 0.7 limits the nesting depth itself (DeepRecursion), so hostile input cannot
        // exhaust the stack.
        const YAML::Node node = YAML::Load(text.toStdString());
        if (mapping && !node.IsMap() && !node.IsNull())
            return QStringLiteral("is YAML but not a mapping of keys to values");
    } catch (const YAML::Exception &e) {
        return QStringLiteral("is not valid YAML: %1 at line %2, column %3")
            .arg(QString::fromStdString(e.msg))
            .arg(e.mark.line + 1)
            .arg(e.mark.column + 1);
    } catch (const std::exception &e) {
        return QStringLiteral("cannot be read as YAML: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    return QString();
}

std::optional<FieldError> checkHostname(const QString &field, const QString &hostname)
{
    if (hostname.size() > kHostnameMaxLength) {
        return FieldError{field, QStringLiteral("String should have at most %1 characters").arg(kHostnameMaxLength),
                          QStringLiteral("string_too_long"), QString::number(kHostnameMaxLength)};
    }
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")));
    if (!pattern.match(hostname).hasMatch()) {
        return FieldError{field,
                          QStringLiteral("should be a host name: letters, digits and hyphens, in labels of at most 63 "
                                         "characters separated by dots, not starting or ending with a hyphen"),
                          QStringLiteral("string_pattern_mismatch")};
    }
    return std::nullopt;
}

std::optional<FieldError> checkSshKey(const QString &field, const QString &key)
{
    QString why;
    if (cloudinit::parseSshPublicKey(key, &why))
        return std::nullopt;
    return FieldError{field, QStringLiteral("This SSH key %1").arg(why), QStringLiteral("value_error")};
}

std::optional<FieldError> checkUserData(const QString &field, const QString &userData)
{
    if (auto e = checkText(field, userData))
        return e;
    if (!userData.startsWith(QLatin1String("#cloud-config")))
        return std::nullopt;
    const QString problem = yamlProblem(userData, true);
    if (problem.isEmpty())
        return std::nullopt;
    return FieldError{field, QStringLiteral("This #cloud-config %1").arg(problem), QStringLiteral("value_error")};
}

std::optional<FieldError> checkReadyMarker(const QString &field, const QString &marker)
{
    if (marker.size() > kReadyMarkerMaxLength) {
        return FieldError{field, QStringLiteral("String should have at most %1 characters").arg(kReadyMarkerMaxLength),
                          QStringLiteral("string_too_long"), QString::number(kReadyMarkerMaxLength)};
    }
    for (const QChar c : marker) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return FieldError{field, QStringLiteral("must be one line of text (it is searched for in the serial console)"), QStringLiteral("value_error")};
    }
    return std::nullopt;
}

std::optional<FieldError> checkUserName(const QString &field, const QString &name)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[a-z_][a-z0-9_-]{0,31}")));
    if (pattern.match(name).hasMatch())
        return std::nullopt;
    return FieldError{field, QStringLiteral("should be a login name: lower case letters, digits, '_' and '-', at most 32, not starting with a digit or '-'"),
                      QStringLiteral("string_pattern_mismatch")};
}

QList<FieldError> checkCloudInit(const QString &field, const CloudInit &settings)
{
    QList<FieldError> errors;
    const QString at = field + QLatin1Char('.');
    qsizetype bytes = settings.userData.toUtf8().size() + settings.hostname.toUtf8().size() + settings.networkConfig.toUtf8().size()
        + settings.vendorData.toUtf8().size();
    for (const QString &key : settings.sshAuthorizedKeys)
        bytes += key.toUtf8().size();
    if (bytes > kCloudInitMaxBytes) {
        // Nothing else is looked at: checking a megabyte of YAML would only waste time.
        return {FieldError{field, QStringLiteral("%1 bytes in all; at most %2 bytes are allowed").arg(bytes).arg(kCloudInitMaxBytes),
                           QStringLiteral("value_error"), QString::number(kCloudInitMaxBytes)}};
    }
    if (auto e = checkUserData(at + QLatin1String("user_data"), settings.userData))
        errors << *e;
    if (auto e = checkCount(at + QLatin1String("ssh_authorized_keys"), settings.sshAuthorizedKeys.size(), kSshKeysMax)) {
        errors << *e;
    } else {
        for (int i = 0; i < settings.sshAuthorizedKeys.size(); ++i) {
            if (auto e = checkSshKey(at + QStringLiteral("ssh_authorized_keys.%1").arg(i), settings.sshAuthorizedKeys.at(i)))
                errors << *e;
        }
    }
    if (!settings.hostname.isEmpty()) {
        if (auto e = checkHostname(at + QLatin1String("hostname"), settings.hostname))
            errors << *e;
    }
    if (!settings.networkConfig.isEmpty()) {
        const QString name = at + QLatin1String("network_config");
        if (auto e = checkText(name, settings.networkConfig)) {
            errors << *e;
        } else if (const QString problem = yamlProblem(settings.networkConfig, true); !problem.isEmpty()) {
            errors << FieldError{name, QStringLiteral("This network configuration %1").arg(problem), QStringLiteral("value_error")};
        }
    }
    if (auto e = checkText(at + QLatin1String("vendor_data"), settings.vendorData))
        errors << *e;
    return errors;
}

} // namespace vman::rules
