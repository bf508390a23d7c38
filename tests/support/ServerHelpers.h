// SPDX-License-Identifier: GPL-3.0-or-later
// What tests of `vman --server` processes share: a free port, the pairing code a TLS server
// prints, and `vman token ...` run on a server's storage.
#pragma once

#include "VmanProcess.h"

#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>

inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// The one-time code a server with HTTPS prints at start (after its certificate's fingerprint).
inline QString pairingCode(VmanProcess &vman)
{
    vman.waitForOutput(QStringLiteral("Certificate SHA-256 fingerprint"));
    return QRegularExpression(QStringLiteral("Pairing code for a new client: (\\S+)")).match(vman.output()).captured(1);
}

inline int runTokenCommand(const QStringList &args, const QString &storage)
{
    QProcess process;
    process.start(QStringLiteral(VMAN_BINARY), QStringList{QStringLiteral("token")} + args + QStringList{QStringLiteral("--storage"), storage});
    process.waitForFinished(10000);
    return process.exitCode();
}
