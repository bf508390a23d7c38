// SPDX-License-Identifier: GPL-3.0-or-later
// Routes are OpenAPI-style path templates (`/vms/{vm_id}`) with a method each. The router
// tells apart "no such path" (404) from "path exists, method does not" (405 + Allow).
#pragma once

#include "HttpReply.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QHttpServerRequest;

namespace vman {

struct ApiCall
{
    const QHttpServerRequest &request;
    QHash<QString, QString> params; // captured path segments, percent-decoded
    ReplyPtr reply;
};

using RouteHandler = std::function<void(ApiCall &call)>;

struct RouteInfo
{
    QByteArray method;
    QString path; // the template, as written in openapi.yaml
};

class Router final
{
public:
    void add(const QByteArray &method, const QString &pathTemplate, RouteHandler handler);

    struct Match
    {
        const RouteHandler *handler = nullptr;
        QHash<QString, QString> params;
        QList<QByteArray> allowedMethods; // when the path exists but not with this method
        QString pathTemplate;             // the matched route's template
    };
    Match match(const QByteArray &method, const QString &path) const;
    QList<RouteInfo> routes() const;

private:
    struct Route
    {
        QByteArray method;
        QString pathTemplate;
        QStringList segments;
        RouteHandler handler;
    };
    static bool matchSegments(const Route &route, const QStringList &segments, QHash<QString, QString> *params);

    QList<Route> m_routes;
};

} // namespace vman
