// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplatesApi.h"

#include "ListBodies.h"
#include "RequestInput.h"
#include "VmService.h"

namespace vman {

void TemplatesApi::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/templates"), [this](ApiCall &call) { list(call); });
    router.add("POST", QStringLiteral("/templates"), [this](ApiCall &call) { create(call); });
    router.add("GET", QStringLiteral("/templates/{name}"), [this](ApiCall &call) { get(call); });
    router.add("DELETE", QStringLiteral("/templates/{name}"), [this](ApiCall &call) { remove(call); });
}

void TemplatesApi::list(ApiCall &call)
{
    call.reply->send(200, api::templatesBody(m_context), QByteArrayLiteral("application/json"));
}

void TemplatesApi::create(ApiCall &call)
{
    auto input = RequestInput::read(call.request, RequestInput::Body::Required, *call.reply);
    if (!input)
        return;
    const auto name = input->string(QStringLiteral("name"), true);
    const auto cpu = input->integer(QStringLiteral("cpu_count"), true);
    const auto ram = input->integer(QStringLiteral("ram_amount"), true);
    TemplateSpec spec;
    spec.image = input->string(QStringLiteral("image"), false);
    spec.diskSize = input->integer(QStringLiteral("disk_size"), false);
    spec.firmware = input->string(QStringLiteral("firmware"), false);
    spec.cloudInit = api::readCloudInit(*input);
    spec.readyMarker = input->string(QStringLiteral("ready_marker"), false);
    if (input->hasErrors())
        return call.reply->sendValidationErrors(input->errors());
    spec.name = *name;
    spec.cpuCount = *cpu;
    spec.ramAmount = *ram;
    const Result<Template> created = m_context.service.createTemplate(spec);
    if (!created.ok())
        return api::sendServiceError(*call.reply, created.error(), &*input);
    const QByteArray location = "/templates/" + QUrl::toPercentEncoding(created.value().name);
    call.reply->sendJson(201, api::toJson(created.value(), &m_context.images), {{"Location", location}});
}

void TemplatesApi::get(ApiCall &call)
{
    const QString name = call.params.value(QStringLiteral("name"));
    const auto t = m_context.service.findTemplate(name);
    if (!t)
        return call.reply->sendError(404, QStringLiteral("Template '%1' not found").arg(name.left(100)));
    call.reply->sendJson(200, api::toJson(*t, &m_context.images));
}

void TemplatesApi::remove(ApiCall &call)
{
    const QString name = call.params.value(QStringLiteral("name"));
    if (!m_context.service.findTemplate(name))
        return call.reply->sendError(404, QStringLiteral("Template '%1' not found").arg(name.left(100)));
    api::answerNoContent(*call.reply, m_context.service.deleteTemplate(name));
}

} // namespace vman
