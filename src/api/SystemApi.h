// SPDX-License-Identifier: GPL-3.0-or-later
// System routes: health, observer status, the OpenAPI contract and its Swagger UI.
#pragma once

#include "ApiContext.h"

namespace vman {

class SystemApi final
{
public:
    explicit SystemApi(ApiContext &context) : m_context(context) {}
    void registerRoutes(Router &router);

private:
    void health(ApiCall &call);
    void observerStatus(ApiCall &call);
    void observerRun(ApiCall &call);
    void logs(ApiCall &call);
    void contract(ApiCall &call);
    void serveResource(ApiCall &call, const QString &name, const QByteArray &contentType);
    const QByteArray *resource(const QString &name); // null when not built in

    ApiContext &m_context;
    QHash<QString, QByteArray> m_resources; // loaded once, served from memory
};

} // namespace vman
