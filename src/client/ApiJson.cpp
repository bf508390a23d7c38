// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiJson.h"

#include "cloudinit/CloudInitJson.h"

#include <QJsonArray>

namespace vman::client {

namespace {

QDateTime time(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

QString text(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

// {"id": ..., "name": ...} or null.
QString referencedId(const QJsonValue &value)
{
    return value.isObject() ? text(value.toObject().value(QStringLiteral("id"))) : QString();
}

int positive(const QJsonValue &value)
{
    return value.isDouble() ? value.toInt() : 0;
}

std::optional<CloudInit> cloudInit(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    QList<FieldError> errors;
    return cloudinit::fromJson(value.toObject(), QStringLiteral("cloud_init"), &errors);
}

template <typename T>
QList<T> listFrom(const QJsonArray &array, std::optional<T> (*read)(const QJsonObject &))
{
    QList<T> list;
    list.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (auto item = read(value.toObject()))
            list.append(std::move(*item));
    }
    return list;
}

} // namespace

QList<Template> templatesFromJson(const QJsonArray &array)
{
    return listFrom<Template>(array, templateFromJson);
}

QList<Disk> disksFromJson(const QJsonArray &array)
{
    return listFrom<Disk>(array, diskFromJson);
}

std::optional<HostLists> hostListsFromJson(const QJsonObject &object)
{
    const QJsonValue templates = object.value(QStringLiteral("templates"));
    const QJsonValue vms = object.value(QStringLiteral("vms"));
    const QJsonValue disks = object.value(QStringLiteral("disks"));
    const QJsonValue images = object.value(QStringLiteral("images"));
    if (!templates.isArray() || !vms.isArray() || !disks.isArray() || !images.isArray())
        return std::nullopt;
    HostLists lists;
    lists.templates = templatesFromJson(templates.toArray());
    const QJsonArray vmArray = vms.toArray();
    lists.vms.reserve(vmArray.size());
    for (const QJsonValue &value : vmArray) {
        const QJsonObject vmObject = value.toObject();
        if (auto vm = vmFromJson(vmObject)) {
            const QString operation = text(vmObject.value(QStringLiteral("operation")));
            if (!operation.isEmpty())
                lists.operations.insert(vm->id, operation);
            lists.vms.append(std::move(*vm));
        }
    }
    lists.disks = disksFromJson(disks.toArray());
    lists.images = listFrom<Image>(images.toArray(), imageFromJson);
    return lists;
}

std::optional<Template> templateFromJson(const QJsonObject &o)
{
    Template t;
    t.name = text(o.value(QStringLiteral("name")));
    t.cpuCount = o.value(QStringLiteral("cpu_count")).toInt();
    t.ramAmount = o.value(QStringLiteral("ram_amount")).toInt();
    if (t.name.isEmpty() || t.cpuCount <= 0 || t.ramAmount <= 0)
        return std::nullopt;
    t.createdAt = time(o.value(QStringLiteral("created_at")));
    t.imageId = referencedId(o.value(QStringLiteral("image")));
    t.diskSize = positive(o.value(QStringLiteral("disk_size")));
    if (o.value(QStringLiteral("firmware")).isString())
        t.firmware = firmwareFromString(o.value(QStringLiteral("firmware")).toString());
    t.cloudInit = cloudInit(o.value(QStringLiteral("cloud_init")));
    t.readyMarker = text(o.value(QStringLiteral("ready_marker")));
    return t;
}

std::optional<Disk> diskFromJson(const QJsonObject &o)
{
    Disk d;
    d.id = text(o.value(QStringLiteral("id")));
    d.name = text(o.value(QStringLiteral("name")));
    d.size = o.value(QStringLiteral("size")).toInteger();
    if (d.id.isEmpty() || d.size <= 0)
        return std::nullopt;
    d.vmId = text(o.value(QStringLiteral("vm_id")));
    d.attachedAt = time(o.value(QStringLiteral("attached_at")));
    if (text(o.value(QStringLiteral("state"))) == QLatin1String("error"))
        d.problem = text(o.value(QStringLiteral("state_detail"))).isEmpty() ? QStringLiteral("error") : text(o.value(QStringLiteral("state_detail")));
    d.createdAt = time(o.value(QStringLiteral("created_at")));
    d.updatedAt = time(o.value(QStringLiteral("updated_at")));
    return d;
}

std::optional<Vm> vmFromJson(const QJsonObject &o, QList<Disk> *disks)
{
    Vm vm;
    vm.id = text(o.value(QStringLiteral("id")));
    vm.name = text(o.value(QStringLiteral("name")));
    const auto state = vmStateFromString(text(o.value(QStringLiteral("state"))));
    const auto firmware = firmwareFromString(text(o.value(QStringLiteral("firmware"))));
    if (vm.id.isEmpty() || vm.name.isEmpty() || !state || !firmware)
        return std::nullopt;
    vm.state = *state;
    vm.firmware = *firmware;
    vm.templateName = text(o.value(QStringLiteral("template_name")));
    vm.cpuCount = o.value(QStringLiteral("cpu_count")).toInt();
    vm.ramAmount = o.value(QStringLiteral("ram_amount")).toInt();
    vm.stateDetail = text(o.value(QStringLiteral("state_detail")));
    vm.createdAt = time(o.value(QStringLiteral("created_at")));
    vm.updatedAt = time(o.value(QStringLiteral("updated_at")));
    for (const QJsonValue &value : o.value(QStringLiteral("ports")).toArray()) {
        const QJsonObject p = value.toObject();
        PortForward port;
        port.hostPort = p.value(QStringLiteral("host")).toInt();
        port.guestPort = p.value(QStringLiteral("guest")).toInt();
        port.protocol = text(p.value(QStringLiteral("protocol")));
        port.hostAddress = text(p.value(QStringLiteral("host_address")));
        vm.ports.append(port);
    }
    vm.imageId = referencedId(o.value(QStringLiteral("image")));
    vm.diskSize = positive(o.value(QStringLiteral("disk_size")));
    vm.cdromImageId = referencedId(o.value(QStringLiteral("cdrom")));
    for (const QJsonValue &value : o.value(QStringLiteral("boot")).toArray()) {
        if (const auto device = bootDeviceFromString(value.toString()))
            vm.bootOrder.append(*device);
    }
    vm.cloudInit = cloudInit(o.value(QStringLiteral("cloud_init")));
    vm.readyMarker = text(o.value(QStringLiteral("ready_marker")));
    vm.ready = o.value(QStringLiteral("ready")).toBool();
    const QJsonObject guest = o.value(QStringLiteral("guest")).toObject();
    vm.readyBy = text(guest.value(QStringLiteral("ready_by")));
    vm.guest.agent = guest.value(QStringLiteral("agent")).toBool();
    vm.guest.agentVersion = text(guest.value(QStringLiteral("agent_version")));
    vm.guest.os = text(guest.value(QStringLiteral("os")));
    vm.guest.osId = text(guest.value(QStringLiteral("os_id")));
    vm.guest.kernel = text(guest.value(QStringLiteral("kernel")));
    vm.guest.hostname = text(guest.value(QStringLiteral("hostname")));
    for (const QJsonValue &address : guest.value(QStringLiteral("ip_addresses")).toArray())
        vm.guest.ipAddresses.append(address.toString());
    vm.guest.updatedAt = time(guest.value(QStringLiteral("updated_at")));
    if (disks) {
        disks->clear();
        for (const QJsonValue &value : o.value(QStringLiteral("disks")).toArray()) {
            if (auto disk = diskFromJson(value.toObject()))
                disks->append(*disk);
        }
    }
    return vm;
}

std::optional<Image> imageFromJson(const QJsonObject &o)
{
    Image image;
    image.id = text(o.value(QStringLiteral("id")));
    image.name = text(o.value(QStringLiteral("name")));
    const auto state = imageStateFromString(text(o.value(QStringLiteral("state"))));
    if (image.id.isEmpty() || !state)
        return std::nullopt;
    image.state = *state;
    if (const auto format = imageFormatFromString(text(o.value(QStringLiteral("format")))))
        image.format = *format;
    image.size = o.value(QStringLiteral("size")).toInteger();
    image.virtualSize = o.value(QStringLiteral("virtual_size")).toInteger();
    image.sha256 = text(o.value(QStringLiteral("sha256")));
    const QJsonObject source = o.value(QStringLiteral("source")).toObject();
    image.sourceUrl = text(source.value(QStringLiteral("url")));
    image.sourcePath = text(source.value(QStringLiteral("path")));
    if (o.value(QStringLiteral("read_only")).toBool())
        image.externalPath = kExternalImageMarker;
    image.stateDetail = text(o.value(QStringLiteral("state_detail")));
    image.bytesDone = o.value(QStringLiteral("bytes_done")).toInteger();
    image.bytesTotal = o.value(QStringLiteral("bytes_total")).toInteger();
    image.defaultUser = text(o.value(QStringLiteral("default_user")));
    image.createdAt = time(o.value(QStringLiteral("created_at")));
    return image;
}

std::optional<VmSnapshot> snapshotFromJson(const QJsonObject &o)
{
    VmSnapshot s;
    s.name = text(o.value(QStringLiteral("name")));
    s.vmId = text(o.value(QStringLiteral("vm_id")));
    if (s.name.isEmpty() || s.vmId.isEmpty())
        return std::nullopt;
    s.description = text(o.value(QStringLiteral("description")));
    s.createdAt = time(o.value(QStringLiteral("created_at")));
    s.withMemory = o.value(QStringLiteral("vm_state")).toBool();
    for (const QJsonValue &disk : o.value(QStringLiteral("disks")).toArray()) {
        const QJsonValue id = disk.toObject().value(QStringLiteral("disk_id"));
        s.disks << (id.isString() ? id.toString() : VmSnapshot::kRootDisk);
    }
    s.sizeBytes = o.value(QStringLiteral("size")).toInteger();
    s.cpuCount = o.value(QStringLiteral("cpu_count")).toInt();
    s.ramAmount = o.value(QStringLiteral("ram_amount")).toInt();
    s.diskSize = o.value(QStringLiteral("disk_size")).toInt();
    return s;
}

namespace {
// One sample as both GET /vms/{id}/stats's history and GET /stats list them; none without a time.
std::optional<VmSample> sampleFromJson(const QJsonObject &entry)
{
    VmSample sample;
    sample.at = time(entry.value(QStringLiteral("at")));
    if (!sample.at.isValid())
        return std::nullopt;
    if (entry.value(QStringLiteral("cpu_percent")).isDouble())
        sample.cpuPercent = entry.value(QStringLiteral("cpu_percent")).toDouble();
    sample.cpuSeconds = entry.value(QStringLiteral("cpu_seconds")).toDouble();
    if (entry.value(QStringLiteral("resident_bytes")).isDouble())
        sample.residentBytes = entry.value(QStringLiteral("resident_bytes")).toInteger();
    return sample;
}

QList<VmSample> samplesFrom(const QJsonArray &array)
{
    QList<VmSample> samples;
    for (const QJsonValue &value : array) {
        if (auto sample = sampleFromJson(value.toObject()))
            samples.append(*sample);
    }
    return samples;
}
} // namespace

QList<VmSample> usageFromStatsJson(const QJsonObject &o)
{
    return samplesFrom(o.value(QStringLiteral("history")).toArray());
}

QHash<QString, VmSample> latestUsageFromJson(const QJsonObject &o)
{
    QHash<QString, VmSample> latest;
    for (const QJsonValue &value : o.value(QStringLiteral("vms")).toArray()) {
        const QString vmId = text(value.toObject().value(QStringLiteral("vm_id")));
        if (auto sample = sampleFromJson(value.toObject()); sample && !vmId.isEmpty())
            latest.insert(vmId, *sample);
    }
    return latest;
}

} // namespace vman::client
