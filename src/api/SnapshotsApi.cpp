// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotsApi.h"

#include "RequestInput.h"
#include "Validation.h"
#include "VmService.h"

namespace vman {

namespace {
// A snapshot of a large VM's memory under TCG takes a while; the job's own limit is 10 minutes.
constexpr int kSnapshotReplyTimeoutMs = 11 * 60 * 1000;
} // namespace

void SnapshotsApi::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/vms/{vm_id}/snapshots"), [this](ApiCall &call) { list(call); });
    router.add("POST", QStringLiteral("/vms/{vm_id}/snapshots"), [this](ApiCall &call) { create(call); });
    router.add("GET", QStringLiteral("/vms/{vm_id}/snapshots/{name}"), [this](ApiCall &call) { get(call); });
    router.add("DELETE", QStringLiteral("/vms/{vm_id}/snapshots/{name}"), [this](ApiCall &call) { remove(call); });
    router.add("POST", QStringLiteral("/vms/{vm_id}/snapshots/{name}/revert"), [this](ApiCall &call) { revert(call); });
}

QJsonObject SnapshotsApi::toJson(const VmSnapshot &snapshot) const
{
    QJsonArray disks;
    for (const QString &id : snapshot.disks) {
        if (id == VmSnapshot::kRootDisk) {
            disks.append(QJsonObject{{QStringLiteral("disk_id"), QJsonValue()}, {QStringLiteral("name"), QStringLiteral("root")}});
            continue;
        }
        const auto disk = m_context.service.findDisk(id);
        disks.append(QJsonObject{{QStringLiteral("disk_id"), id}, {QStringLiteral("name"), disk ? QJsonValue(disk->name) : QJsonValue()}});
    }
    return QJsonObject{{QStringLiteral("name"), snapshot.name},
                       {QStringLiteral("description"), snapshot.description},
                       {QStringLiteral("vm_id"), snapshot.vmId},
                       {QStringLiteral("created_at"), api::timestamp(snapshot.createdAt)},
                       {QStringLiteral("vm_state"), snapshot.withMemory},
                       {QStringLiteral("disks"), disks},
                       {QStringLiteral("size"), snapshot.sizeBytes},
                       {QStringLiteral("cpu_count"), snapshot.cpuCount},
                       {QStringLiteral("ram_amount"), snapshot.ramAmount},
                       {QStringLiteral("disk_size"), snapshot.diskSize}};
}

void SnapshotsApi::list(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    if (!m_context.service.findVm(*id))
        return call.reply->sendError(404, QStringLiteral("VM '%1' not found").arg(*id));
    QJsonArray array;
    for (const VmSnapshot &snapshot : m_context.service.snapshots(*id))
        array.append(toJson(snapshot));
    call.reply->sendJson(200, array);
}

void SnapshotsApi::create(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    auto input = RequestInput::read(call.request, RequestInput::Body::Optional, *call.reply);
    if (!input)
        return;
    input->rejectOtherMembers({QStringLiteral("name"), QStringLiteral("description")});
    SnapshotSpec spec;
    spec.name = input->string(QStringLiteral("name"), false);
    spec.description = input->string(QStringLiteral("description"), false).value_or(QString());
    if (input->hasErrors())
        return call.reply->sendValidationErrors(input->errors());
    ReplyPtr reply = call.reply;
    reply->armTimeout(kSnapshotReplyTimeoutMs);
    const QString vmId = *id;
    m_context.service.createSnapshot(vmId, spec, [this, reply, vmId](Result<VmSnapshot> taken) {
        if (!taken.ok())
            return api::sendServiceError(*reply, taken.error());
        const QByteArray location = "/vms/" + vmId.toLatin1() + "/snapshots/" + QUrl::toPercentEncoding(taken.value().name);
        reply->sendJson(201, toJson(taken.value()), {{"Location", location}});
    });
}

void SnapshotsApi::get(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    const auto vm = m_context.service.findVm(*id);
    if (!vm)
        return call.reply->sendError(404, QStringLiteral("VM '%1' not found").arg(*id));
    const QString name = call.params.value(QStringLiteral("name"));
    const auto snapshot = m_context.service.findSnapshot(*id, name);
    if (!snapshot)
        return call.reply->sendError(404, QStringLiteral("VM '%1' has no snapshot '%2'").arg(vm->name, rules::echo(name)));
    call.reply->sendJson(200, toJson(*snapshot));
}

void SnapshotsApi::remove(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    ReplyPtr reply = call.reply;
    reply->armTimeout(kSnapshotReplyTimeoutMs);
    m_context.service.deleteSnapshot(*id, call.params.value(QStringLiteral("name")), api::noContentAnswer(reply));
}

void SnapshotsApi::revert(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    ReplyPtr reply = call.reply;
    reply->armTimeout(kSnapshotReplyTimeoutMs);
    m_context.service.revertSnapshot(*id, call.params.value(QStringLiteral("name")), api::vmAnswer(m_context, reply));
}

} // namespace vman
