// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisksApi.h"

#include "ListBodies.h"
#include "RequestInput.h"
#include "Types.h"
#include "VmService.h"

namespace vman {

namespace {
constexpr int kDiskReplyTimeoutMs = 10 * 60 * 1000; // a full image operation on a slow disk
} // namespace

void DisksApi::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/disks"), [this](ApiCall &call) { list(call); });
    router.add("POST", QStringLiteral("/disks"), [this](ApiCall &call) { create(call); });
    router.add("GET", QStringLiteral("/disks/{disk_id}"), [this](ApiCall &call) { get(call); });
    router.add("DELETE", QStringLiteral("/disks/{disk_id}"), [this](ApiCall &call) { remove(call); });
    router.add("PATCH", QStringLiteral("/disks/{disk_id}"), [this](ApiCall &call) { update(call); });
    router.add("POST", QStringLiteral("/disks/{disk_id}/attach"), [this](ApiCall &call) { attach(call); });
    router.add("POST", QStringLiteral("/disks/{disk_id}/detach"), [this](ApiCall &call) { detach(call); });
}

void DisksApi::list(ApiCall &call)
{
    call.reply->send(200, api::disksBody(m_context), QByteArrayLiteral("application/json"));
}

void DisksApi::create(ApiCall &call)
{
    auto input = RequestInput::read(call.request, RequestInput::Body::Required, *call.reply);
    if (!input)
        return;
    DiskSpec spec;
    const auto size = input->integer(QStringLiteral("size"), true);
    spec.name = input->string(QStringLiteral("name"), false);
    if (input->hasErrors())
        return call.reply->sendValidationErrors(input->errors());
    spec.size = *size;
    ReplyPtr reply = call.reply;
    reply->armTimeout(kDiskReplyTimeoutMs);
    auto sharedInput = std::make_shared<RequestInput>(std::move(*input));
    m_context.service.createDisk(spec, [reply, sharedInput](Result<Disk> created) {
        if (!created.ok())
            return api::sendServiceError(*reply, created.error(), sharedInput.get());
        reply->sendJson(201, api::toJson(created.value()), {{"Location", "/disks/" + created.value().id.toLatin1()}});
    });
}

void DisksApi::get(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("disk_id"));
    if (!id)
        return;
    const auto disk = m_context.service.findDisk(*id);
    if (!disk)
        return call.reply->sendError(404, QStringLiteral("Disk '%1' not found").arg(*id));
    call.reply->sendJson(200, api::toJson(*disk));
}

void DisksApi::remove(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("disk_id"));
    if (!id)
        return;
    ReplyPtr reply = call.reply;
    reply->armTimeout(kDiskReplyTimeoutMs);
    m_context.service.deleteDisk(*id, api::noContentAnswer(reply));
}

void DisksApi::attach(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("disk_id"));
    if (!id)
        return;
    auto input = RequestInput::read(call.request, RequestInput::Body::Required, *call.reply);
    if (!input)
        return;
    const auto vmId = input->string(QStringLiteral("vm_id"), true);
    if (vmId && !isCanonicalId(*vmId))
        input->addFieldErrors({{QStringLiteral("vm_id"), QStringLiteral("Input should be a valid UUID"), QStringLiteral("uuid_parsing")}});
    if (input->hasErrors())
        return call.reply->sendValidationErrors(input->errors());
    ReplyPtr reply = call.reply;
    reply->armTimeout(kDiskReplyTimeoutMs);
    m_context.service.attachDisk(*id, vmId->toLower(), [reply](Result<Disk> attached) {
        if (!attached.ok())
            return api::sendServiceError(*reply, attached.error());
        reply->sendJson(200, api::toJson(attached.value()));
    });
}

void DisksApi::update(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("disk_id"));
    if (!id)
        return;
    auto input = RequestInput::read(call.request, RequestInput::Body::Required, *call.reply);
    if (!input)
        return;
    input->rejectOtherMembers({QStringLiteral("size")}, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("vm_id")});
    const auto size = input->integer(QStringLiteral("size"), false);
    if (input->isNull(QStringLiteral("size")))
        input->addError({QStringLiteral("body"), QStringLiteral("size")}, QStringLiteral("Input should be a valid integer"), QStringLiteral("int_type"));
    if (input->hasErrors())
        return call.reply->sendValidationErrors(input->errors());
    ReplyPtr reply = call.reply;
    if (!size) {
        const auto disk = m_context.service.findDisk(*id);
        return disk ? reply->sendJson(200, api::toJson(*disk)) : reply->sendError(404, QStringLiteral("Disk '%1' not found").arg(*id));
    }
    reply->armTimeout(kDiskReplyTimeoutMs);
    m_context.service.resizeDisk(*id, *size, [reply](Result<Disk> resized) {
        if (!resized.ok())
            return api::sendServiceError(*reply, resized.error());
        reply->sendJson(200, api::toJson(resized.value()));
    });
}

void DisksApi::detach(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("disk_id"));
    if (!id)
        return;
    ReplyPtr reply = call.reply;
    reply->armTimeout(kDiskReplyTimeoutMs);
    m_context.service.detachDisk(*id, [reply](Result<Disk> detached) {
        if (!detached.ok())
            return api::sendServiceError(*reply, detached.error());
        reply->sendJson(200, api::toJson(detached.value()));
    });
}

} // namespace vman
