// SPDX-License-Identifier: GPL-3.0-or-later
// A whole VMAN in the test process: the core started from a Config, and the API on an
// ephemeral port with a client for it.
#pragma once

#include "ApiServer.h"
#include "HttpClient.h"
#include "Runtime.h"

#include <QDebug>

#include <memory>

struct TestRuntime
{
    explicit TestRuntime(vman::Config config, vman::ApiServer::Options options = {})
    {
        if (config.dbPath.isEmpty())
            config.dbPath = config.storagePath + QStringLiteral("/states.db");
        runtime = std::make_unique<vman::Runtime>(config);
        QString error;
        if (!runtime->start(&error)) {
            qWarning().noquote() << "runtime did not start:" << error;
            return;
        }
        api = std::make_unique<vman::ApiServer>(*runtime, options);
        if (!api->listen(QStringLiteral("127.0.0.1"), 0, &error)) {
            qWarning().noquote() << "API did not listen:" << error;
            return;
        }
        http = std::make_unique<HttpClient>(api->port());
        ok = true;
    }

    std::unique_ptr<vman::Runtime> runtime;
    std::unique_ptr<vman::ApiServer> api;
    std::unique_ptr<HttpClient> http;
    bool ok = false;
};
