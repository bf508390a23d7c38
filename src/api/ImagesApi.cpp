// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImagesApi.h"

#include "RequestInput.h"
#include "images/ImageLibrary.h"

namespace vman {

void ImagesApi::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/images"), [this](ApiCall &call) { list(call); });
    router.add("POST", QStringLiteral("/images"), [this](ApiCall &call) { create(call); });
    router.add("GET", QStringLiteral("/images/{image_id}"), [this](ApiCall &call) { get(call); });
    router.add("DELETE", QStringLiteral("/images/{image_id}"), [this](ApiCall &call) { remove(call); });
}

void ImagesApi::list(ApiCall &call)
{
    const QByteArray body = m_context.cache.get(QStringLiteral("images"), m_context.images.revision(), [this] {
        QJsonArray array;
        for (const Image &image : m_context.images.images())
            array.append(api::toJson(image));
        return api::jsonBytes(array);
    });
    call.reply->send(200, body, QByteArrayLiteral("application/json"));
}

void ImagesApi::sendCreated(HttpReply &reply, const Image &image)
{
    reply.sendJson(202, api::toJson(image), {{"Location", "/images/" + image.id.toLatin1()}});
}

void ImagesApi::create(ApiCall &call)
{
    auto input = RequestInput::read(call.request, RequestInput::Body::Required, *call.reply);
    if (!input)
        return;
    const auto name = input->string(QStringLiteral("name"), true);
    const auto path = input->string(QStringLiteral("path"), false);
    const auto url = input->string(QStringLiteral("url"), false);
    const auto sha256 = input->string(QStringLiteral("sha256"), false);
    if (!input->hasErrors() && path.has_value() == url.has_value()) {
        input->addError({QStringLiteral("body")}, QStringLiteral("Give either `path` (a file on the VMAN host) or `url` (to download)"),
                        QStringLiteral("value_error"));
    }
    if (!input->hasErrors() && path && sha256) {
        input->addError({QStringLiteral("body"), QStringLiteral("sha256")}, QStringLiteral("Only for downloads: an import computes it"),
                        QStringLiteral("extra_forbidden"));
    }
    if (input->hasErrors())
        return call.reply->sendValidationErrors(input->errors());
    if (url) {
        const Result<Image> started = m_context.images.downloadImage({*name, *url, sha256.value_or(QString())});
        if (!started.ok())
            return api::sendServiceError(*call.reply, started.error(), &*input);
        return sendCreated(*call.reply, started.value());
    }
    ReplyPtr reply = call.reply;
    auto shared = std::make_shared<RequestInput>(std::move(*input));
    m_context.images.importImage({*name, *path}, [this, reply, shared](Result<Image> started) {
        if (!started.ok())
            return api::sendServiceError(*reply, started.error(), shared.get());
        sendCreated(*reply, started.value());
    });
}

void ImagesApi::get(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("image_id"));
    if (!id)
        return;
    const auto image = m_context.images.find(*id);
    if (!image)
        return call.reply->sendError(404, QStringLiteral("Image '%1' not found").arg(*id));
    call.reply->sendJson(200, api::toJson(*image));
}

void ImagesApi::remove(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("image_id"));
    if (!id)
        return;
    const Result<Done> deleted = m_context.images.deleteImage(*id);
    if (!deleted.ok())
        return api::sendServiceError(*call.reply, deleted.error());
    call.reply->sendNoContent();
}

} // namespace vman
