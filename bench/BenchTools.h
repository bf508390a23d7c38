// SPDX-License-Identifier: GPL-3.0-or-later
// What the remote-host benchmarks share: medians and percentiles, and one API call waited for.
#pragma once

#include "RemoteHost.h"

#include <QTest>

#include <algorithm>
#include <optional>

namespace bench {

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

inline double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(double(values.size()) * p)));
}

inline vman::Result<vman::client::ApiAnswer> callAndWait(vman::client::RemoteHost &host, const QByteArray &method, const QString &path,
                                                         const QByteArray &body = {})
{
    std::optional<vman::Result<vman::client::ApiAnswer>> outcome;
    host.call(method, path, body, [&outcome](vman::Result<vman::client::ApiAnswer> r) { outcome = std::move(r); });
    QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000);
    return outcome.value_or(vman::ServiceError::failed(QStringLiteral("no answer")));
}

} // namespace bench
