// SPDX-License-Identifier: GPL-3.0-or-later
// /disks: data disks, created on their own and attached to VMs.
#pragma once

#include "ApiContext.h"

namespace vman {

class DisksApi final
{
public:
    explicit DisksApi(ApiContext &context) : m_context(context) {}
    void registerRoutes(Router &router);

private:
    void list(ApiCall &call);
    void create(ApiCall &call);
    void get(ApiCall &call);
    void remove(ApiCall &call);
    void attach(ApiCall &call);
    void detach(ApiCall &call);
    void update(ApiCall &call);

    ApiContext &m_context;
};

} // namespace vman
