// SPDX-License-Identifier: GPL-3.0-or-later
// Run-time configuration: environment variables, a `.env` file, then command-line options.
#pragma once

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace vman {

enum class LogLevel { Debug, Info, Warning, Error, Critical };
enum class AccelMode { Auto, Kvm, Tcg };
enum class CloneMode { Linked, Full };

QString nameOf(LogLevel level);
QString nameOf(AccelMode mode);
QString nameOf(CloneMode mode);

struct Config
{
    bool server = false;
    QString storagePath;
    QString dbPath;
    QString defaultBootDisk;
    // An image offered once, on the first start, as `vman-test-guest` (scripts/run.sh sets it to
    // the test guest it builds); empty for none.
    QString starterImage;
    // A catalogue of well-known images replacing the built-in one; empty for the built-in.
    QString imageCatalog;
    // Where OVMF's firmware files are (Debian's `ovmf` package).
    QString uefiFirmwareDir = QStringLiteral("/usr/share/OVMF");
    CloneMode cloneMode = CloneMode::Linked;
    LogLevel logLevel = LogLevel::Info;
    QString logDir;
    qint64 logMaxBytes = 10 * 1024 * 1024;
    int logBackups = 5;
    bool dryRun = false;
    int dryRunDelayMs = 0;
    QString apiHost = QStringLiteral("127.0.0.1");
    int apiPort = 8000; // 0 = any free port
    QString apiToken;             // the administrator token (every right, also over the tokens)
    // HTTPS: `auto` makes a self-signed certificate in <storage>/tls at the first start; otherwise
    // both files (PEM) are given, or neither (plain HTTP, loopback only unless apiInsecure).
    bool apiTlsAuto = false;
    QString apiTlsCert;
    QString apiTlsKey;
    bool apiInsecure = false;     // plain HTTP off loopback, knowingly
    bool apiTls() const { return apiTlsAuto || !apiTlsCert.isEmpty(); }
    QStringList apiAllowedHosts;  // Host names accepted besides the machine's own ("*": any)
    QStringList apiCorsOrigins;   // web origins allowed to call the API from a browser
    int apiMaxConnections = 256;  // concurrent API connections
    int observerIntervalSeconds = 5;
    bool observerEvents = true;       // QMP events and socket closes update states at once
    bool observerKillOrphans = false; // kill QEMUs of this storage that no VM owns
    QString qemuBinary = QStringLiteral("qemu-system-x86_64");
    QString qemuImgBinary = QStringLiteral("qemu-img");
    AccelMode accel = AccelMode::Auto;
    int unplugTimeoutSeconds = 10; // how long a guest gets to release an unplugged disk
    int startTimeoutSeconds = 30;  // how long QEMU gets to come up before a start is abandoned
    bool benchRoutes = false;
};

// A configuration problem: `source` names the variable or option at fault.
struct ConfigError
{
    QString source;
    QString message;

    QString toString() const { return source + QLatin1String(": ") + message; }
};

class ConfigLoader final
{
public:
    struct Inputs
    {
        QProcessEnvironment environment;
        QMap<QString, QString> dotEnv; // from `.env`; real environment variables win
        QMap<QString, QString> stored; // saved by the desktop app's settings; the lowest priority
        bool runningAsRoot = false;
        QString userDataDir; // default storage for non-root users
    };

    // Parses KEY=VALUE lines (`#` comments, optional `export `, single or double quotes).
    static QMap<QString, QString> parseDotEnv(const QByteArray &text, QStringList *problems = nullptr);

    static void addOptions(QCommandLineParser &parser);

    // Environment first, then the parsed command line (if any) on top; all values validated.
    static std::optional<Config> load(const Inputs &inputs, const QCommandLineParser *parser, ConfigError *error);

    // Every variable this version understands (documented in .env.example).
    static QStringList knownVariables();
    // Where a variable's value comes from when not from stored settings: "environment", ".env" or empty.
    static QString fixedBy(const Inputs &inputs, const QString &variable);
};

} // namespace vman
