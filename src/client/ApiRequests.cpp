// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiRequests.h"

#include "cloudinit/CloudInitJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vman::client {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonArray portsJson(const QList<PortSpec> &ports)
{
    QJsonArray array;
    for (const PortSpec &port : ports) {
        array.append(QJsonObject{{QStringLiteral("host"), port.host},
                                 {QStringLiteral("guest"), port.guest},
                                 {QStringLiteral("protocol"), port.protocol},
                                 {QStringLiteral("host_address"), port.hostAddress}});
    }
    return array;
}

template <typename T>
void putIf(QJsonObject &object, const char *name, const std::optional<T> &value)
{
    if (value)
        object.insert(QLatin1String(name), QJsonValue::fromVariant(QVariant::fromValue(*value)));
}

// A field that may be set to nothing (JSON null: "the default again").
template <typename T>
void putNullable(QJsonObject &object, const char *name, const std::optional<std::optional<T>> &value)
{
    if (value)
        object.insert(QLatin1String(name), *value ? QJsonValue::fromVariant(QVariant::fromValue(**value)) : QJsonValue());
}

} // namespace

QByteArray templateRequest(const TemplateSpec &spec)
{
    QJsonObject o{{QStringLiteral("name"), spec.name}, {QStringLiteral("cpu_count"), spec.cpuCount}, {QStringLiteral("ram_amount"), spec.ramAmount}};
    putIf(o, "image", spec.image);
    putIf(o, "disk_size", spec.diskSize);
    putIf(o, "firmware", spec.firmware);
    if (spec.cloudInit)
        o.insert(QStringLiteral("cloud_init"), cloudinit::toJson(*spec.cloudInit));
    putIf(o, "ready_marker", spec.readyMarker);
    return compact(o);
}

QByteArray vmRequest(const VmSpec &spec)
{
    QJsonObject o{{QStringLiteral("template_name"), spec.templateName}};
    putIf(o, "name", spec.name);
    if (!spec.ports.isEmpty())
        o.insert(QStringLiteral("ports"), portsJson(spec.ports));
    if (spec.image) // empty: an empty root disk (null)
        o.insert(QStringLiteral("image"), spec.image->isEmpty() ? QJsonValue() : QJsonValue(*spec.image));
    putIf(o, "disk_size", spec.diskSize);
    putIf(o, "cdrom", spec.cdrom);
    if (spec.boot)
        o.insert(QStringLiteral("boot"), QJsonArray::fromStringList(*spec.boot));
    putIf(o, "firmware", spec.firmware);
    if (spec.cloudInit)
        o.insert(QStringLiteral("cloud_init"), cloudinit::toJson(*spec.cloudInit));
    putIf(o, "ready_marker", spec.readyMarker);
    return compact(o);
}

QByteArray vmPatchRequest(const VmPatch &patch)
{
    QJsonObject o;
    putIf(o, "name", patch.name);
    putNullable(o, "cpu_count", patch.cpuCount);
    putNullable(o, "ram_amount", patch.ramAmount);
    if (patch.ports)
        o.insert(QStringLiteral("ports"), portsJson(*patch.ports));
    if (patch.boot)
        o.insert(QStringLiteral("boot"), *patch.boot ? QJsonValue(QJsonArray::fromStringList(**patch.boot)) : QJsonValue());
    if (patch.cdrom) // empty ejects (null)
        o.insert(QStringLiteral("cdrom"), patch.cdrom->isEmpty() ? QJsonValue() : QJsonValue(*patch.cdrom));
    putIf(o, "disk_size", patch.diskSize);
    if (patch.cloudInit)
        o.insert(QStringLiteral("cloud_init"), *patch.cloudInit ? QJsonValue(cloudinit::toJson(**patch.cloudInit)) : QJsonValue());
    putIf(o, "ready_marker", patch.readyMarker);
    return compact(o);
}

QByteArray diskRequest(const DiskSpec &spec)
{
    QJsonObject o{{QStringLiteral("size"), spec.size}};
    putIf(o, "name", spec.name);
    return compact(o);
}

QByteArray cloneRequest(const CloneSpec &spec)
{
    QJsonObject o{{QStringLiteral("mode"), spec.linked ? QStringLiteral("linked") : QStringLiteral("full")}, {QStringLiteral("with_disks"), spec.withDisks}};
    putIf(o, "name", spec.name);
    return compact(o);
}

QByteArray snapshotRequest(const SnapshotSpec &spec)
{
    QJsonObject o;
    putIf(o, "name", spec.name);
    if (!spec.description.isEmpty())
        o.insert(QStringLiteral("description"), spec.description);
    return compact(o);
}

QByteArray imageDownloadRequest(const ImageDownloadSpec &spec, const QString &catalogEntry)
{
    QJsonObject o;
    if (!spec.name.isEmpty())
        o.insert(QStringLiteral("name"), spec.name);
    if (!catalogEntry.isEmpty()) {
        o.insert(QStringLiteral("catalog"), catalogEntry);
        return compact(o);
    }
    o.insert(QStringLiteral("url"), spec.url);
    if (!spec.sha256.isEmpty())
        o.insert(QStringLiteral("sha256"), spec.sha256);
    if (!spec.defaultUser.isEmpty())
        o.insert(QStringLiteral("default_user"), spec.defaultUser);
    return compact(o);
}

} // namespace vman::client
