// SPDX-License-Identifier: GPL-3.0-or-later
// INTEL's own numbers for GET /metrics: requests by method, route template and status, and how
// long they took (a histogram per method and route, with Prometheus' default buckets). Routes
// are templates (`/vms/{vm_id}`), never raw paths, so the number of series stays bounded
// whatever clients send; unmatched paths count as one route.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>

namespace vman {

class RequestMetrics final
{
public:
    static constexpr std::array<double, 11> kBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    static inline const QString kUnmatchedRoute = QStringLiteral("unmatched");

    void record(const QByteArray &method, const QString &route, int status, double seconds);

    struct Histogram
    {
        std::array<quint64, kBuckets.size()> buckets{}; // each counts requests at most that long
        quint64 count = 0;
        double sum = 0;
    };
    struct RouteKey
    {
        QByteArray method;
        QString route;
        bool operator==(const RouteKey &other) const { return method == other.method && route == other.route; }
    };
    struct CountKey
    {
        RouteKey route;
        int status = 0;
        bool operator==(const CountKey &other) const { return route == other.route && status == other.status; }
    };

    const QHash<CountKey, quint64> &counts() const { return m_counts; }
    const QHash<RouteKey, Histogram> &durations() const { return m_durations; }

private:
    QHash<CountKey, quint64> m_counts;
    QHash<RouteKey, Histogram> m_durations;
};

size_t qHash(const RequestMetrics::RouteKey &key, size_t seed = 0);
size_t qHash(const RequestMetrics::CountKey &key, size_t seed = 0);

} // namespace vman
