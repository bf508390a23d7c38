// SPDX-License-Identifier: GPL-3.0-or-later
// /templates: size templates VMs are created from.
#pragma once

#include "ApiContext.h"

namespace vman {

class TemplatesApi final
{
public:
    explicit TemplatesApi(ApiContext &context) : m_context(context) {}
    void registerRoutes(Router &router);

private:
    void list(ApiCall &call);
    void create(ApiCall &call);
    void get(ApiCall &call);
    void remove(ApiCall &call);

    ApiContext &m_context;
};

} // namespace vman
