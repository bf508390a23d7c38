// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestMetrics.h"

#include <QHashFunctions>

namespace vman {

void RequestMetrics::record(const QByteArray &method, const QString &route, int status, double seconds)
{
    const RouteKey routeKey{method, route};
    ++m_counts[CountKey{routeKey, status}];
    Histogram &histogram = m_durations[routeKey];
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++histogram.buckets[i];
    }
    ++histogram.count;
    histogram.sum += seconds;
}

size_t qHash(const RequestMetrics::RouteKey &key, size_t seed)
{
    return qHashMulti(seed, key.method, key.route);
}

size_t qHash(const RequestMetrics::CountKey &key, size_t seed)
{
    return qHashMulti(seed, key.route.method, key.route.route, key.status);
}

} // namespace vman
