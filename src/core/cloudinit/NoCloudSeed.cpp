// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoCloudSeed.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vman::cloudinit {

namespace {

// A YAML scalar in double quotes. JSON's string syntax is a subset of YAML's double-quoted
// style, so QJsonDocument's escaping (quotes, backslashes, control characters) is exactly right.
QByteArray quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray keyList(const QStringList &keys)
{
    QByteArray list;
    for (const QString &key : keys)
        list += "  - " + quoted(key.trimmed()) + '\n';
    return list;
}

} // namespace

QString instanceId(const Vm &vm)
{
    return vm.cloudInitRevision > 0 ? vm.id + QLatin1Char('-') + QString::number(vm.cloudInitRevision) : vm.id;
}

QString hostnameFromName(const QString &vmName)
{
    QString host;
    for (const QChar c : vmName.toLower()) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        host += ok ? c : QLatin1Char('-');
    }
    host = host.left(63);
    while (host.startsWith(QLatin1Char('-')))
        host.remove(0, 1);
    while (host.endsWith(QLatin1Char('-')))
        host.chop(1);
    return host.isEmpty() ? QStringLiteral("vm") : host;
}

QString hostnameOf(const Vm &vm)
{
    if (vm.cloudInit && !vm.cloudInit->hostname.isEmpty())
        return vm.cloudInit->hostname;
    return hostnameFromName(vm.name);
}

QList<SeedFile> seedFiles(const Vm &vm)
{
    const CloudInit settings = vm.cloudInit.value_or(CloudInit());
    QByteArray meta = "instance-id: " + quoted(instanceId(vm)) + "\nlocal-hostname: " + quoted(hostnameOf(vm)) + '\n';
    // The keys go into the meta-data too: cloud-init gives them to the default user whatever the
    // user data says, so a user's own #cloud-config does not lose them.
    if (!settings.sshAuthorizedKeys.isEmpty())
        meta += "public-keys:\n" + keyList(settings.sshAuthorizedKeys);

    QByteArray user = settings.userData.toUtf8();
    if (user.isEmpty()) {
        user = "#cloud-config\n";
        if (!settings.sshAuthorizedKeys.isEmpty())
            user += "ssh_authorized_keys:\n" + keyList(settings.sshAuthorizedKeys);
    }
    QList<SeedFile> files{{QStringLiteral("meta-data"), meta}, {QStringLiteral("user-data"), user}};
    if (!settings.networkConfig.isEmpty())
        files.append({QStringLiteral("network-config"), settings.networkConfig.toUtf8()});
    if (!settings.vendorData.isEmpty())
        files.append({QStringLiteral("vendor-data"), settings.vendorData.toUtf8()});
    return files;
}

} // namespace vman::cloudinit
