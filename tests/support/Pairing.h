// SPDX-License-Identifier: GPL-3.0-or-later
// Pairing for tests and benchmarks, as the window does it with the user answering Yes: the
// server's certificate is read first and trusted as it is, then the code is presented to it.
#pragma once

#include "RemoteHost.h"

#include <QTest>

#include <optional>

inline vman::Result<vman::client::HostIdentity> pairTrustingFirstSight(const QUrl &url, const QString &code, const QString &name,
                                                                      int timeoutMs = 20000)
{
    using vman::client::RemoteHost;
    QObject context;
    std::optional<vman::Result<QString>> seen;
    RemoteHost::probeCertificate(url, &context, [&seen](vman::Result<QString> result) { seen = std::move(result); });
    (void)QTest::qWaitFor([&seen] { return seen.has_value(); }, timeoutMs); // no answer: said below
    if (!seen)
        return vman::ServiceError::failed(QStringLiteral("no end to the TLS handshake with %1").arg(url.toString()));
    if (!seen->ok())
        return seen->error();
    std::optional<vman::Result<vman::client::HostIdentity>> paired;
    RemoteHost::pair(url, seen->value(), code, name, &context,
                     [&paired](vman::Result<vman::client::HostIdentity> result) { paired = std::move(result); });
    (void)QTest::qWaitFor([&paired] { return paired.has_value(); }, timeoutMs);
    return paired.value_or(vman::ServiceError::failed(QStringLiteral("no answer to the pairing")));
}
