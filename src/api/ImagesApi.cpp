// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImagesApi.h"

#include "ListBodies.h"
#include "RequestInput.h"
#include "images/ImageLibrary.h"

#include <QJsonArray>

namespace vman {

void ImagesApi::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/images"), [this](ApiCall &call) { list(call); });
    router.add("POST", QStringLiteral("/images"), [this](ApiCall &call) { create(call); });
    router.add("GET", QStringLiteral("/images/catalog"), [this](ApiCall &call) { catalog(call); });
    router.add("GET", QStringLiteral("/images/{image_id}"), [this](ApiCall &call) { get(call); });
    router.add("DELETE", QStringLiteral("/images/{image_id}"), [this](ApiCall &call) { remove(call); });
}

void ImagesApi::list(ApiCall &call)
{
    call.reply->send(200, api::imagesBody(m_context), QByteArrayLiteral("application/json"));
}

void ImagesApi::catalog(ApiCall &call)
{
    QJsonArray array;
    for (const CatalogEntry &entry : m_context.images.catalog())
        array.append(entry.toJson());
    call.reply->sendJson(200, array);
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
    const auto catalogEntry = input->string(QStringLiteral("catalog"), false);
    const auto name = input->string(QStringLiteral("name"), !catalogEntry);
    const auto path = input->string(QStringLiteral("path"), false);
    const auto url = input->string(QStringLiteral("url"), false);
    const auto sha256 = input->string(QStringLiteral("sha256"), false);
    const QString defaultUser = input->string(QStringLiteral("default_user"), false).value_or(QString());
    if (!input->hasErrors() && int(path.has_value()) + int(url.has_value()) + int(catalogEntry.has_value()) != 1) {
        input->addError({QStringLiteral("body")},
                        QStringLiteral("Give exactly one of `path` (a file on the VMAN host), `url` (to download) or `catalog` (an entry of "
                                       "GET /images/catalog)"),
                        QStringLiteral("value_error"));
    }
    if (!input->hasErrors() && !url && sha256) {
        input->addError({QStringLiteral("body"), QStringLiteral("sha256")}, QStringLiteral("Only for downloads from a URL"),
                        QStringLiteral("extra_forbidden"));
    }
    if (input->hasErrors())
        return call.reply->sendValidationErrors(input->errors());
    if (catalogEntry) {
        const Result<Image> started = m_context.images.downloadFromCatalog(*catalogEntry, name.value_or(QString()));
        if (!started.ok())
            return api::sendServiceError(*call.reply, started.error(), &*input);
        return sendCreated(*call.reply, started.value());
    }
    if (url) {
        const Result<Image> started = m_context.images.downloadImage({*name, *url, sha256.value_or(QString()), QString(), QString(), defaultUser});
        if (!started.ok())
            return api::sendServiceError(*call.reply, started.error(), &*input);
        return sendCreated(*call.reply, started.value());
    }
    ReplyPtr reply = call.reply;
    auto shared = std::make_shared<RequestInput>(std::move(*input));
    m_context.images.importImage({*name, *path, defaultUser}, [this, reply, shared](Result<Image> started) {
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
    api::answerNoContent(*call.reply, m_context.images.deleteImage(*id));
}

} // namespace vman
