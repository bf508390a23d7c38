// SPDX-License-Identifier: GPL-3.0-or-later
// `vman token create|list|revoke`: pairing codes and client tokens from the server's own shell.
// Works beside a running server: both use the state database, which sees every change at once.
#pragma once

#include <QStringList>

class QCommandLineParser;

namespace vman {

struct Config;

namespace cli {

// Adds --name and --minutes (for `token create`).
void addTokenOptions(QCommandLineParser &parser);
// `arguments`: the positional arguments after "token". Returns the process's exit code.
int runTokenCommand(const Config &config, const QStringList &arguments, const QCommandLineParser &parser);

} // namespace cli
} // namespace vman
