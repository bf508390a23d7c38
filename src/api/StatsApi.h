// SPDX-License-Identifier: GPL-3.0-or-later
// Statistics: GET /vms/{vm_id}/stats (the OBSERVER's latest sample and five minutes of history)
// and GET /metrics (the Prometheus text format: every VM's counters and INTEL's own).
#pragma once

#include "ApiContext.h"

namespace vman {

class RequestMetrics;
class VmStats;

class StatsApi final
{
public:
    StatsApi(ApiContext &context, const VmStats &stats, const RequestMetrics &requests)
        : m_context(context), m_stats(stats), m_requests(requests) {}
    void registerRoutes(Router &router);

    struct ServerGauges
    {
        int eventClients = 0;
        int connections = 0;
        int consoleBridges = 0;
    };
    void setServerGauges(std::function<ServerGauges()> gauges) { m_serverGauges = std::move(gauges); }

    // The whole exposition (also what the benchmark times).
    QByteArray metricsText() const;

private:
    void vmStats(ApiCall &call);
    void allStats(ApiCall &call);

    ApiContext &m_context;
    const VmStats &m_stats;
    const RequestMetrics &m_requests;
    std::function<ServerGauges()> m_serverGauges;
};

} // namespace vman
