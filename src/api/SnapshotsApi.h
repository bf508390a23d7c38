// SPDX-License-Identifier: GPL-3.0-or-later
// /vms/{vm_id}/snapshots: a VM's snapshots (list, take, show, revert, delete).
#pragma once

#include "ApiContext.h"

namespace vman {

struct VmSnapshot;

class SnapshotsApi final
{
public:
    explicit SnapshotsApi(ApiContext &context) : m_context(context) {}
    void registerRoutes(Router &router);

private:
    void list(ApiCall &call);
    void create(ApiCall &call);
    void get(ApiCall &call);
    void remove(ApiCall &call);
    void revert(ApiCall &call);
    QJsonObject toJson(const VmSnapshot &snapshot) const;

    ApiContext &m_context;
};

} // namespace vman
