// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenCommand.h"

#include "Config.h"
#include "StateStore.h"
#include "auth/AccessTokens.h"

#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

namespace vman::cli {

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
}

int fail(const QString &text, int code = kExitFailure)
{
    std::fprintf(stderr, "vman token: %s\n", qPrintable(text));
    return code;
}

QString when(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("never");
}

} // namespace

void addTokenOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("name"), QStringLiteral("With `token create`: the client's name (else the client names itself)."), QStringLiteral("name")},
        {QStringLiteral("minutes"), QStringLiteral("With `token create`: how long the pairing code is valid (default 10)."), QStringLiteral("minutes")},
    });
}

int runTokenCommand(const Config &config, const QStringList &arguments, const QCommandLineParser &parser)
{
    const QString verb = arguments.value(0);
    if (verb != QLatin1String("create") && verb != QLatin1String("list") && verb != QLatin1String("revoke")) {
        return fail(QStringLiteral("usage: vman token create [--name NAME] [--minutes N] | vman token list | vman token revoke ID-OR-NAME"),
                    kExitUsage);
    }
    if (!QFileInfo::exists(config.dbPath))
        return fail(QStringLiteral("no VMAN database at %1 (is --storage or VMAN_STORAGE_PATH the server's?)").arg(QDir::toNativeSeparators(config.dbPath)));
    StateStore store(config.dbPath);
    if (!store.open())
        return fail(store.lastError());
    AccessTokens tokens(store.connectionName());

    if (verb == QLatin1String("create")) {
        bool minutesOk = true;
        const int minutes = parser.isSet(QStringLiteral("minutes")) ? parser.value(QStringLiteral("minutes")).toInt(&minutesOk)
                                                                    : AccessTokens::kDefaultCodeMinutes;
        if (!minutesOk)
            return fail(QStringLiteral("--minutes: a whole number of minutes"), kExitUsage);
        const Result<PairingCode> code = tokens.createPairingCode(parser.value(QStringLiteral("name")), minutes);
        if (!code.ok())
            return fail(code.error().message, code.error().kind == ErrorKind::Invalid ? kExitUsage : kExitFailure);
        out(QStringLiteral("Pairing code: %1").arg(code.value().code));
        out(QStringLiteral("Valid until %1, once%2. The client presents it over HTTPS (POST /auth/pair) and gets a token of its own.")
                .arg(when(code.value().expiresAt), code.value().name.isEmpty() ? QString() : QStringLiteral(", for '%1'").arg(code.value().name)));
        return 0;
    }
    if (verb == QLatin1String("list")) {
        const Result<QList<ClientToken>> all = tokens.list();
        if (!all.ok())
            return fail(all.error().message);
        if (all.value().isEmpty())
            out(QStringLiteral("No client has paired yet (vman token create makes a pairing code)."));
        for (const ClientToken &token : all.value())
            out(QStringLiteral("%1  %2  paired %3, last used %4").arg(token.id, token.name.leftJustified(20), when(token.createdAt), when(token.lastUsedAt)));
        return 0;
    }
    if (arguments.size() != 2)
        return fail(QStringLiteral("usage: vman token revoke ID-OR-NAME"), kExitUsage);
    const Result<ClientToken> revoked = tokens.revoke(arguments.at(1));
    if (!revoked.ok())
        return fail(revoked.error().message);
    out(QStringLiteral("Revoked the token of '%1' (%2): it has no access from now on.").arg(revoked.value().name, revoked.value().id));
    return 0;
}

} // namespace vman::cli
