// SPDX-License-Identifier: GPL-3.0-or-later
// vman: the desktop application, or with --server the headless API server.
#include "ApiServer.h"
#include "Config.h"
#include "Logging.h"
#include "HostDialogs.h"
#include "MainWindow.h"
#include "ProcessLimits.h"
#include "SettingsDialog.h"
#include "Runtime.h"
#include "SystemHealth.h"
#include "TerminationSignals.h"
#include "VmService.h"
#include "auth/AccessTokens.h"
#include "cli/TokenCommand.h"
#include "tls/TlsIdentity.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>
#include <QFile>
#include <QHostInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include "Translations.h"
#include <QStandardPaths>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitBadConfig = 2;

void printError(const QString &message)
{
    std::fprintf(stderr, "vman: %s\n", qPrintable(message));
}

// On the desktop nobody reads stderr: say it in a window too.
void reportStartFailure(bool server, const QString &message)
{
    printError(message);
    if (!server)
        QMessageBox::critical(nullptr, QObject::tr("VMAN cannot start"), message);
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    vman::SettingsDialog::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(VMAN_VERSION));

    // The command line is read before any application object exists: --help, a bad option and
    // --server must all work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("VMAN: manage QEMU virtual machines on this host, "
                                                    "from a desktop window or a REST API."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    vman::ConfigLoader::addOptions(parser);
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language of the window, e.g. de or fr (default: the system's)."),
                                        QStringLiteral("language"));
    parser.addOption(langOption);
    const QCommandLineOption connectOption(QStringLiteral("connect"),
                                           QStringLiteral("Open the window on another computer's VMAN (https://host:port, as virt-manager -c) "
                                                          "instead of this computer's; asks for a pairing code the first time."),
                                           QStringLiteral("url"));
    parser.addOption(connectOption);
    vman::cli::addTokenOptions(parser);
    parser.addPositionalArgument(QStringLiteral("token"), QStringLiteral("`vman token create|list|revoke`: pairing codes and client tokens."),
                                 QStringLiteral("[token ...]"));
    if (!parser.parse(arguments)) {
        printError(parser.errorText() + QStringLiteral(" (see vman --help)"));
        return kExitBadConfig;
    }
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        help.replace(QLatin1String("<executable_name>"), QLatin1String("vman")); // no app object yet
        std::fputs(qPrintable(help), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("vman %s\n", VMAN_VERSION);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const bool tokenCommand = positional.value(0) == QLatin1String("token");
    // Like any malformed option, before a window could show: said on the terminal, exit 2.
    const QUrl connectUrl = parser.isSet(connectOption) ? vman::AddHostDialog::parseAddress(parser.value(connectOption)) : QUrl();
    if (parser.isSet(connectOption) && !connectUrl.isValid()) {
        printError(QStringLiteral("--connect needs the host's https:// address, e.g. https://lab1:8000 (see vman --help)"));
        return kExitBadConfig;
    }
    if (!positional.isEmpty() && !tokenCommand) {
        printError(QStringLiteral("unknown command '%1' (see vman --help)").arg(positional.first()));
        return kExitBadConfig;
    }
    const bool server = parser.isSet(QStringLiteral("server")) || tokenCommand;
    std::unique_ptr<QCoreApplication> app = server ? std::make_unique<QCoreApplication>(argc, argv)
                                                   : std::make_unique<QApplication>(argc, argv);

    vman::ConfigLoader::Inputs inputs;
    inputs.environment = QProcessEnvironment::systemEnvironment();
    QFile dotEnv(QDir::current().filePath(QStringLiteral(".env")));
    QStringList dotEnvProblems;
    if (dotEnv.open(QIODevice::ReadOnly))
        inputs.dotEnv = vman::ConfigLoader::parseDotEnv(dotEnv.readAll(), &dotEnvProblems);
    inputs.runningAsRoot = ::geteuid() == 0;
    // ~/.local/share/vman, as before the organization was named (AppDataLocation would add it).
    inputs.userDataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/vman");
    if (!server) {
        vman::SettingsDialog::migrateLegacySettings();
        inputs.stored = vman::SettingsDialog::stored(); // the desktop app's saved settings
    }
    vman::ConfigError configError;
    const auto config = vman::ConfigLoader::load(inputs, &parser, &configError);
    if (!config) {
        reportStartFailure(server, QStringLiteral("invalid configuration: ") + configError.toString());
        return kExitBadConfig;
    }
    if (tokenCommand)
        return vman::cli::runTokenCommand(*config, positional.mid(1), parser);

    vman::logging::Options logOptions;
    logOptions.level = config->logLevel;
    logOptions.directory = config->logDir;
    logOptions.maxBytes = config->logMaxBytes;
    logOptions.backups = config->logBackups;
    QString logError;
    if (!vman::logging::install(logOptions, &logError))
        qCWarning(lcMain).noquote() << "file log disabled:" << logError;
    for (const QString &problem : std::as_const(dotEnvProblems))
        qCWarning(lcConfig).noquote() << problem << "(ignored)";
    const long openFiles = vman::raiseOpenFilesLimit();
    qCDebug(lcMain) << "open-files limit" << openFiles;
    qCInfo(lcMain).noquote() << "VMAN" << VMAN_VERSION << "starting" << (config->server ? "headless (--server)" : "with the desktop window")
                             << (config->dryRun ? "in dry-run" : "");

    if (parser.isSet(connectOption) && !server) {
        // A window of that host only: nothing of this computer's VMAN starts.
        const QLocale locale = parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale();
        vman::ui::Translations translations(locale);
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/vman/icons/vman.svg")));
        vman::MainWindow window;
        window.show();
        window.connectTo(connectUrl);
        const int code = app->exec();
        vman::logging::shutdown();
        return code;
    }

    const int exitCode = [&] {
        vman::Runtime runtime(*config);
        QString error;
        if (!runtime.start(&error)) {
            qCCritical(lcMain).noquote() << error;
            reportStartFailure(server, error);
            return kExitFailure;
        }
        vman::ApiServer::Options apiOptions;
        apiOptions.token = config->apiToken;
        apiOptions.allowedHosts = config->apiAllowedHosts;
        apiOptions.corsOrigins = config->apiCorsOrigins;
        apiOptions.maxConnections = config->apiMaxConnections;
        apiOptions.benchRoutes = config->benchRoutes;
        if (config->apiTls()) {
            QStringList names{QHostInfo::localHostName(), QStringLiteral("localhost")};
            for (const QString &host : config->apiAllowedHosts) {
                if (host != QLatin1String("*"))
                    names << host;
            }
            const auto identity = config->apiTlsAuto
                ? vman::tls::loadOrCreateSelfSigned(QDir(config->storagePath).filePath(QStringLiteral("tls")), names,
                                                    {QStringLiteral("127.0.0.1"), QStringLiteral("::1"), config->apiHost})
                : vman::tls::loadIdentity(config->apiTlsCert, config->apiTlsKey);
            if (!identity.ok()) {
                const QString message = QStringLiteral("HTTPS cannot start: ") + identity.error().message;
                qCCritical(lcMain).noquote() << message;
                reportStartFailure(server, message);
                return kExitFailure;
            }
            apiOptions.tls = identity.value();
        }
        vman::ApiServer api(runtime, apiOptions);
        if (!api.listen(config->apiHost, quint16(config->apiPort), &error)) {
            qCCritical(lcMain).noquote() << error;
            reportStartFailure(server, error);
            return kExitFailure;
        }

        if (server && apiOptions.tls) {
            // A new client pairs with this; printed, not logged: it is a credential for minutes.
            const auto code = runtime.accessTokens().createPairingCode(QString(), vman::AccessTokens::kDefaultCodeMinutes);
            if (code.ok()) {
                std::printf("Pairing code for a new client: %s (valid %d minutes, once; `vman token create` makes more)\n"
                            "Certificate SHA-256 fingerprint: %s\n",
                            qPrintable(code.value().code), vman::AccessTokens::kDefaultCodeMinutes, qPrintable(apiOptions.tls->fingerprint()));
                std::fflush(stdout);
            } else {
                qCWarning(lcMain).noquote() << "no pairing code:" << code.error().message;
            }
        }

        vman::TerminationSignals signals;
        QObject::connect(&signals, &vman::TerminationSignals::received, app.get(), [](int signalNumber) {
            qCInfo(lcMain) << "signal" << signalNumber << "received: shutting down";
            QCoreApplication::quit();
        });

        std::unique_ptr<vman::MainWindow> window;
        std::unique_ptr<vman::ui::Translations> translations;
        if (!server) {
            const QLocale locale = parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale();
            translations = std::make_unique<vman::ui::Translations>(locale);
            for (const QString &missing : translations->missing())
                qCWarning(lcUi).noquote() << "no" << missing;
            QApplication::setWindowIcon(QIcon(QStringLiteral(":/vman/icons/vman.svg")));
            window = std::make_unique<vman::MainWindow>(runtime, api.baseUrl());
            window->show();
            window->restoreSavedHosts();
            QTimer::singleShot(0, window.get(), [&runtime, &sinceLaunch] {
                qCInfo(lcUi).noquote() << QStringLiteral("window ready: %1 VMs listed, %2 ms after launch")
                                              .arg(runtime.service().vmCount())
                                              .arg(sinceLaunch.elapsed());
            });
        }
        const int code = app->exec();
        window.reset();
        api.close();
        qCInfo(lcMain) << "stopped; running VMs, if any, keep running";
        return code;
    }();
    vman::logging::shutdown();
    return exitCode;
}
