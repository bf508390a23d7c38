// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiContext.h"

#include "VmService.h"
#include "cloudinit/CloudInitJson.h"
#include "cloudinit/SshAccess.h"
#include "images/ImageLibrary.h"

#include "RequestInput.h"
#include "Types.h"

#include <QJsonDocument>

namespace vman {

QByteArray ResponseCache::get(const QString &key, quint64 revision, const std::function<QByteArray()> &build)
{
    Entry &entry = m_entries[key];
    if (entry.revision != revision || entry.body.isNull()) {
        entry.body = build();
        entry.revision = revision;
    }
    return entry.body;
}

namespace api {

int httpStatus(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid: return 422;
    case ErrorKind::NotFound: return 404;
    case ErrorKind::Conflict: return 409;
    case ErrorKind::NotImplemented: return 501;
    case ErrorKind::Unavailable: return 503;
    case ErrorKind::Failed: return 500;
    }
    return 500;
}

void answerNoContent(HttpReply &reply, const Result<Done> &result)
{
    if (!result.ok())
        return sendServiceError(reply, result.error());
    reply.sendNoContent();
}

std::function<void(Result<Done>)> noContentAnswer(ReplyPtr reply)
{
    return [reply](Result<Done> result) { answerNoContent(*reply, result); };
}

QJsonObject vmJson(const ApiContext &context, const QString &vmId)
{
    const auto vm = context.service.findVm(vmId);
    return vm ? toJson(*vm, context.service.disksOfVm(vmId), &context.images, context.service.vmOperation(vmId)) : QJsonObject();
}

std::function<void(Result<Vm>)> vmAnswer(ApiContext &context, ReplyPtr reply, std::shared_ptr<RequestInput> input)
{
    return [&context, reply, input](Result<Vm> result) {
        if (!result.ok())
            return sendServiceError(*reply, result.error(), input.get());
        reply->sendJson(200, vmJson(context, result.value().id));
    };
}

void sendServiceError(HttpReply &reply, const ServiceError &error, RequestInput *input)
{
    if (error.kind == ErrorKind::Invalid) {
        if (input) {
            input->addFieldErrors(error.fields);
            reply.sendValidationErrors(input->errors());
        } else {
            QJsonArray errors;
            for (const FieldError &e : error.fields) {
                errors.append(QJsonObject{{QStringLiteral("loc"), QJsonArray{QStringLiteral("body"), e.field}},
                                          {QStringLiteral("msg"), e.message},
                                          {QStringLiteral("type"), e.type}});
            }
            reply.sendValidationErrors(errors);
        }
        return;
    }
    reply.sendError(httpStatus(error.kind), error.message);
}

std::optional<QString> pathId(ApiCall &call, const QString &name)
{
    const QString raw = call.params.value(name);
    if (isCanonicalId(raw))
        return raw.toLower();
    const QString shown = raw.size() > 100 ? raw.left(100) + QStringLiteral("...") : raw;
    QJsonObject entry{{QStringLiteral("loc"), QJsonArray{QStringLiteral("path"), name}},
                      {QStringLiteral("msg"), QStringLiteral("Input should be a valid UUID")},
                      {QStringLiteral("type"), QStringLiteral("uuid_parsing")},
                      {QStringLiteral("input"), shown}};
    call.reply->sendValidationErrors(QJsonArray{entry});
    return std::nullopt;
}

QJsonValue timestamp(const QDateTime &dt)
{
    if (!dt.isValid())
        return QJsonValue::Null;
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

namespace {
// An image reference as shown: {"id", "name"}, or null.
QJsonValue imageRef(const QString &id, const ImageLibrary *images)
{
    if (id.isEmpty())
        return QJsonValue::Null;
    const auto image = images ? images->find(id) : std::nullopt;
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), image ? QJsonValue(image->name) : QJsonValue::Null}};
}

QJsonValue orNull(qint64 value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue::Null;
}
} // namespace

QJsonObject toJson(const Template &t, const ImageLibrary *images)
{
    return {{QStringLiteral("name"), t.name},
            {QStringLiteral("cpu_count"), t.cpuCount},
            {QStringLiteral("ram_amount"), t.ramAmount},
            {QStringLiteral("image"), imageRef(t.imageId, images)},
            {QStringLiteral("disk_size"), orNull(t.diskSize)},
            {QStringLiteral("firmware"), t.firmware ? QJsonValue(nameOf(*t.firmware)) : QJsonValue::Null},
            {QStringLiteral("cloud_init"), t.cloudInit ? QJsonValue(cloudinit::toJson(*t.cloudInit)) : QJsonValue::Null},
            {QStringLiteral("ready_marker"), t.readyMarker.isEmpty() ? QJsonValue::Null : QJsonValue(t.readyMarker)},
            {QStringLiteral("created_at"), timestamp(t.createdAt)}};
}

QJsonObject toJson(const Image &image)
{
    QJsonObject source;
    if (!image.sourceUrl.isEmpty())
        source.insert(QStringLiteral("url"), image.sourceUrl);
    else
        source.insert(QStringLiteral("path"), image.sourcePath);
    const bool ready = image.state == ImageState::Ready;
    return {{QStringLiteral("id"), image.id},
            {QStringLiteral("name"), image.name},
            {QStringLiteral("format"), image.state == ImageState::Downloading && image.size == 0 ? QJsonValue::Null : QJsonValue(nameOf(image.format))},
            {QStringLiteral("size"), image.size},
            {QStringLiteral("virtual_size"), image.virtualSize},
            {QStringLiteral("sha256"), image.sha256.isEmpty() || image.state != ImageState::Ready ? QJsonValue::Null : QJsonValue(image.sha256)},
            {QStringLiteral("source"), source},
            {QStringLiteral("read_only"), image.isExternal()},
            {QStringLiteral("state"), nameOf(image.state)},
            {QStringLiteral("progress"), image.progress()},
            {QStringLiteral("bytes_done"), ready ? image.size : image.bytesDone},
            {QStringLiteral("bytes_total"), ready ? image.size : image.bytesTotal},
            {QStringLiteral("state_detail"), image.stateDetail.isEmpty() ? QJsonValue::Null : QJsonValue(image.stateDetail)},
            {QStringLiteral("default_user"), image.defaultUser.isEmpty() ? QJsonValue::Null : QJsonValue(image.defaultUser)},
            {QStringLiteral("created_at"), timestamp(image.createdAt)}};
}

QJsonObject toJson(const Disk &disk)
{
    return {{QStringLiteral("id"), disk.id},
            {QStringLiteral("name"), disk.name},
            {QStringLiteral("size"), disk.size},
            {QStringLiteral("format"), QStringLiteral("qcow2")},
            {QStringLiteral("vm_id"), disk.isAttached() ? QJsonValue(disk.vmId) : QJsonValue::Null},
            {QStringLiteral("attached_at"), timestamp(disk.attachedAt)},
            {QStringLiteral("state"), disk.problem.isEmpty() ? QStringLiteral("ok") : QStringLiteral("error")},
            {QStringLiteral("state_detail"), disk.problem.isEmpty() ? QJsonValue::Null : QJsonValue(disk.problem)},
            {QStringLiteral("created_at"), timestamp(disk.createdAt)},
            {QStringLiteral("updated_at"), timestamp(disk.updatedAt)}};
}

QJsonObject toJson(const Vm &vm, const QList<Disk> &disks, const ImageLibrary *images, const QString &operation)
{
    QJsonArray boot;
    for (BootDevice device : VmService::effectiveBootOrder(vm))
        boot.append(nameOf(device));
    QJsonArray diskArray;
    for (const Disk &disk : disks)
        diskArray.append(toJson(disk));
    QJsonArray portArray;
    for (const PortForward &port : vm.ports) {
        portArray.append(QJsonObject{{QStringLiteral("host"), port.hostPort},
                                     {QStringLiteral("guest"), port.guestPort},
                                     {QStringLiteral("protocol"), port.protocol},
                                     {QStringLiteral("host_address"), port.hostAddress}});
    }
    return {{QStringLiteral("id"), vm.id},
            {QStringLiteral("name"), vm.name},
            {QStringLiteral("template_name"), vm.templateName},
            {QStringLiteral("cpu_count"), vm.cpuCount},
            {QStringLiteral("ram_amount"), vm.ramAmount},
            {QStringLiteral("state"), nameOf(vm.state)},
            {QStringLiteral("state_detail"), vm.stateDetail.isEmpty() ? QJsonValue::Null : QJsonValue(vm.stateDetail)},
            {QStringLiteral("created_at"), timestamp(vm.createdAt)},
            {QStringLiteral("updated_at"), timestamp(vm.updatedAt)},
            {QStringLiteral("disks"), diskArray},
            {QStringLiteral("ports"), portArray},
            {QStringLiteral("image"), imageRef(vm.imageId, images)},
            {QStringLiteral("disk_size"), orNull(vm.diskSize)},
            {QStringLiteral("cdrom"), imageRef(vm.cdromImageId, images)},
            {QStringLiteral("boot"), boot},
            {QStringLiteral("firmware"), nameOf(vm.firmware)},
            {QStringLiteral("cloud_init"), vm.cloudInit ? QJsonValue(cloudinit::toJson(*vm.cloudInit)) : QJsonValue::Null},
            {QStringLiteral("ready_marker"), vm.readyMarker.isEmpty() ? QJsonValue::Null : QJsonValue(vm.readyMarker)},
            {QStringLiteral("ssh"), sshAccess(vm, images)},
            {QStringLiteral("ready"), vm.ready},
            {QStringLiteral("operation"), operation.isEmpty() ? QJsonValue::Null : QJsonValue(operation)},
            {QStringLiteral("guest"), guestJson(vm)},
            {QStringLiteral("console_url"), QString(QStringLiteral("/vms/") + vm.id + QStringLiteral("/display"))}};
}

std::optional<CloudInit> readCloudInit(RequestInput &input)
{
    const auto object = input.object(QStringLiteral("cloud_init"), false);
    if (!object)
        return std::nullopt;
    QList<FieldError> errors;
    auto settings = cloudinit::fromJson(*object, QStringLiteral("cloud_init"), &errors);
    input.addFieldErrors(errors);
    return settings;
}

QJsonValue guestJson(const Vm &vm)
{
    if (vm.state != VmState::Running && vm.state != VmState::Paused)
        return QJsonValue::Null;
    const GuestInfo &g = vm.guest;
    auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return QJsonObject{{QStringLiteral("agent"), g.agent},
                       {QStringLiteral("agent_version"), text(g.agentVersion)},
                       {QStringLiteral("os"), text(g.os)},
                       {QStringLiteral("os_id"), text(g.osId)},
                       {QStringLiteral("kernel"), text(g.kernel)},
                       {QStringLiteral("hostname"), text(g.hostname)},
                       {QStringLiteral("ip_addresses"), QJsonArray::fromStringList(g.ipAddresses)},
                       {QStringLiteral("ready_by"), text(vm.readyBy)},
                       {QStringLiteral("updated_at"), timestamp(g.updatedAt)}};
}

QJsonValue sshAccess(const Vm &vm, const ImageLibrary *images)
{
    const auto access = cloudinit::sshAccess(vm, images);
    if (!access)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("host"), access->host},
                       {QStringLiteral("port"), access->port},
                       {QStringLiteral("user"), access->user.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(access->user)},
                       {QStringLiteral("command"), access->command}};
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray jsonBytes(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace api
} // namespace vman
