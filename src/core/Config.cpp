// SPDX-License-Identifier: GPL-3.0-or-later
#include "Config.h"

#include <QCommandLineParser>
#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>

namespace vman {

QString nameOf(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug: return QStringLiteral("DEBUG");
    case LogLevel::Info: return QStringLiteral("INFO");
    case LogLevel::Warning: return QStringLiteral("WARNING");
    case LogLevel::Error: return QStringLiteral("ERROR");
    case LogLevel::Critical: return QStringLiteral("CRITICAL");
    }
    Q_UNREACHABLE();
}

QString nameOf(AccelMode mode)
{
    switch (mode) {
    case AccelMode::Auto: return QStringLiteral("auto");
    case AccelMode::Kvm: return QStringLiteral("kvm");
    case AccelMode::Tcg: return QStringLiteral("tcg");
    }
    Q_UNREACHABLE();
}

QString nameOf(CloneMode mode)
{
    return mode == CloneMode::Linked ? QStringLiteral("linked") : QStringLiteral("full");
}

namespace {

const QStringList kVariables = {
    QStringLiteral("VMAN_STORAGE_PATH"),      QStringLiteral("VMAN_DB_PATH"),
    QStringLiteral("VMAN_DEFAULT_BOOT_DISK"), QStringLiteral("VMAN_CLONE_MODE"),
    QStringLiteral("VMAN_STARTER_IMAGE"),     QStringLiteral("VMAN_IMAGE_CATALOG"),
    QStringLiteral("VMAN_UEFI_FIRMWARE_DIR"),
    QStringLiteral("VMAN_LOG_LEVEL"),         QStringLiteral("VMAN_LOG_DIR"),
    QStringLiteral("VMAN_LOG_MAX_BYTES"),     QStringLiteral("VMAN_LOG_BACKUPS"),
    QStringLiteral("VMAN_OPERATOR_DRY_RUN"),  QStringLiteral("VMAN_DRY_RUN_DELAY_MS"),
    QStringLiteral("VMAN_API_HOST"),          QStringLiteral("VMAN_API_PORT"),
    QStringLiteral("VMAN_API_TOKEN"),         QStringLiteral("VMAN_OBSERVER_INTERVAL"),
    QStringLiteral("VMAN_QEMU_BINARY"),       QStringLiteral("VMAN_QEMU_IMG_BINARY"),
    QStringLiteral("VMAN_ACCEL"),             QStringLiteral("VMAN_BENCH_ROUTES"),
    QStringLiteral("VMAN_UNPLUG_TIMEOUT"),     QStringLiteral("VMAN_OBSERVER_EVENTS"),
    QStringLiteral("VMAN_OBSERVER_KILL_ORPHANS"), QStringLiteral("VMAN_API_ALLOWED_HOSTS"),
    QStringLiteral("VMAN_API_CORS_ORIGINS"),     QStringLiteral("VMAN_API_MAX_CONNECTIONS"),
    QStringLiteral("VMAN_START_TIMEOUT"),
    QStringLiteral("VMAN_API_TLS"),              QStringLiteral("VMAN_API_TLS_CERT"),
    QStringLiteral("VMAN_API_TLS_KEY"),          QStringLiteral("VMAN_API_INSECURE"),
};

// Reads one setting from its sources, remembering which one supplied it for error messages.
class Settings
{
public:
    explicit Settings(const ConfigLoader::Inputs &inputs) : m_inputs(inputs) {}

    std::optional<QString> value(const QString &name) const
    {
        if (m_inputs.environment.contains(name))
            return m_inputs.environment.value(name);
        if (m_inputs.dotEnv.contains(name))
            return m_inputs.dotEnv.value(name);
        if (m_inputs.stored.contains(name))
            return m_inputs.stored.value(name);
        return std::nullopt;
    }

private:
    const ConfigLoader::Inputs &m_inputs;
};

std::optional<qint64> parseInteger(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off") || t.isEmpty())
        return false;
    return std::nullopt;
}

std::optional<LogLevel> parseLogLevel(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    for (LogLevel level : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error, LogLevel::Critical}) {
        if (t == nameOf(level))
            return level;
    }
    if (t == QLatin1String("WARN"))
        return LogLevel::Warning;
    return std::nullopt;
}

std::optional<AccelMode> parseAccel(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (AccelMode mode : {AccelMode::Auto, AccelMode::Kvm, AccelMode::Tcg}) {
        if (t == nameOf(mode))
            return mode;
    }
    return std::nullopt;
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    return QHostAddress(host).isLoopback();
}

class Builder
{
public:
    Builder(Config &config, ConfigError *error) : m_config(config), m_error(error) {}

    bool fail(const QString &source, const QString &message)
    {
        if (m_error)
            *m_error = {source, message};
        return false;
    }

    // Applies one textual value; `source` is the variable or option name used in errors.
    bool apply(const QString &key, const QString &source, const QString &raw)
    {
        const QString text = raw.trimmed();
        auto badValue = [&](const QString &expected) {
            return fail(source, QStringLiteral("invalid value '%1' (expected %2)").arg(raw.left(200), expected));
        };
        if (key == QLatin1String("VMAN_STORAGE_PATH")) {
            if (text.isEmpty())
                return badValue(QStringLiteral("a folder path"));
            m_config.storagePath = QDir::cleanPath(QDir::current().absoluteFilePath(text));
        } else if (key == QLatin1String("VMAN_DB_PATH")) {
            m_config.dbPath = text.isEmpty() ? QString() : QDir::cleanPath(QDir::current().absoluteFilePath(text));
        } else if (key == QLatin1String("VMAN_DEFAULT_BOOT_DISK")) {
            m_config.defaultBootDisk = text.isEmpty() ? QString() : QDir::cleanPath(QDir::current().absoluteFilePath(text));
        } else if (key == QLatin1String("VMAN_UEFI_FIRMWARE_DIR")) {
            if (text.isEmpty())
                return badValue(QStringLiteral("a folder with OVMF_CODE*.fd and OVMF_VARS*.fd"));
            m_config.uefiFirmwareDir = QDir::cleanPath(QDir::current().absoluteFilePath(text));
        } else if (key == QLatin1String("VMAN_IMAGE_CATALOG")) {
            m_config.imageCatalog = text.isEmpty() ? QString() : QDir::cleanPath(QDir::current().absoluteFilePath(text));
        } else if (key == QLatin1String("VMAN_STARTER_IMAGE")) {
            m_config.starterImage = text.isEmpty() ? QString() : QDir::cleanPath(QDir::current().absoluteFilePath(text));
        } else if (key == QLatin1String("VMAN_CLONE_MODE")) {
            if (text == QLatin1String("linked"))
                m_config.cloneMode = CloneMode::Linked;
            else if (text == QLatin1String("full"))
                m_config.cloneMode = CloneMode::Full;
            else
                return badValue(QStringLiteral("linked or full"));
        } else if (key == QLatin1String("VMAN_LOG_LEVEL")) {
            const auto level = parseLogLevel(text);
            if (!level)
                return badValue(QStringLiteral("DEBUG, INFO, WARNING, ERROR or CRITICAL"));
            m_config.logLevel = *level;
        } else if (key == QLatin1String("VMAN_LOG_DIR")) {
            if (text.isEmpty())
                return badValue(QStringLiteral("a folder path"));
            m_config.logDir = QDir::cleanPath(QDir::current().absoluteFilePath(text));
        } else if (key == QLatin1String("VMAN_LOG_MAX_BYTES")) {
            const auto value = parseInteger(text, 4096, qint64(1) << 40);
            if (!value)
                return badValue(QStringLiteral("a byte count of at least 4096"));
            m_config.logMaxBytes = *value;
        } else if (key == QLatin1String("VMAN_LOG_BACKUPS")) {
            const auto value = parseInteger(text, 0, 100);
            if (!value)
                return badValue(QStringLiteral("an integer 0-100"));
            m_config.logBackups = int(*value);
        } else if (key == QLatin1String("VMAN_OPERATOR_DRY_RUN")) {
            const auto value = parseBool(text);
            if (!value)
                return badValue(QStringLiteral("0 or 1"));
            m_config.dryRun = *value;
        } else if (key == QLatin1String("VMAN_DRY_RUN_DELAY_MS")) {
            const auto value = parseInteger(text, 0, 600000);
            if (!value)
                return badValue(QStringLiteral("milliseconds 0-600000"));
            m_config.dryRunDelayMs = int(*value);
        } else if (key == QLatin1String("VMAN_API_HOST")) {
            if (!isLoopbackHost(text) && QHostAddress(text).isNull())
                return badValue(QStringLiteral("an IPv4/IPv6 address or localhost"));
            m_config.apiHost = text;
        } else if (key == QLatin1String("VMAN_API_PORT")) {
            const auto value = parseInteger(text, 0, 65535);
            if (!value)
                return badValue(QStringLiteral("a port number 1-65535, or 0 for any free port"));
            m_config.apiPort = int(*value);
        } else if (key == QLatin1String("VMAN_API_TOKEN")) {
            m_config.apiToken = text;
        } else if (key == QLatin1String("VMAN_API_TLS")) {
            const QString mode = text.trimmed().toLower();
            if (mode != QLatin1String("auto") && mode != QLatin1String("off") && !mode.isEmpty())
                return badValue(QStringLiteral("auto (a self-signed certificate made at the first start) or off; "
                                               "your own certificate goes in VMAN_API_TLS_CERT and VMAN_API_TLS_KEY"));
            m_config.apiTlsAuto = mode == QLatin1String("auto");
        } else if (key == QLatin1String("VMAN_API_TLS_CERT") || key == QLatin1String("VMAN_API_TLS_KEY")) {
            const QString path = text.isEmpty() ? QString() : QDir::cleanPath(QDir::current().absoluteFilePath(text));
            (key == QLatin1String("VMAN_API_TLS_CERT") ? m_config.apiTlsCert : m_config.apiTlsKey) = path;
        } else if (key == QLatin1String("VMAN_API_INSECURE")) {
            const auto value = parseBool(text);
            if (!value)
                return badValue(QStringLiteral("0 or 1"));
            m_config.apiInsecure = *value;
        } else if (key == QLatin1String("VMAN_API_ALLOWED_HOSTS")) {
            static const QRegularExpression hostName(QRegularExpression::anchoredPattern(QStringLiteral("\\*|[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_.])?")));
            const QStringList names = splitList(text);
            for (const QString &name : names) {
                if (!hostName.match(name).hasMatch())
                    return badValue(QStringLiteral("host names separated by commas (or *), not '%1'").arg(name.left(100)));
            }
            m_config.apiAllowedHosts = names;
        } else if (key == QLatin1String("VMAN_API_CORS_ORIGINS")) {
            static const QRegularExpression origin(QRegularExpression::anchoredPattern(QStringLiteral("https?://[A-Za-z0-9_.-]+(:[0-9]{1,5})?|https?://\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?")));
            const QStringList origins = splitList(text);
            for (const QString &entry : origins) {
                if (!origin.match(entry).hasMatch())
                    return badValue(QStringLiteral("origins like http://localhost:3000 separated by commas, not '%1'").arg(entry.left(100)));
            }
            m_config.apiCorsOrigins = origins;
        } else if (key == QLatin1String("VMAN_API_MAX_CONNECTIONS")) {
            const auto value = parseInteger(text, 1, 100000);
            if (!value)
                return badValue(QStringLiteral("an integer 1-100000"));
            m_config.apiMaxConnections = int(*value);
        } else if (key == QLatin1String("VMAN_OBSERVER_INTERVAL")) {
            const auto value = parseInteger(text, 1, 86400);
            if (!value)
                return badValue(QStringLiteral("seconds 1-86400"));
            m_config.observerIntervalSeconds = int(*value);
        } else if (key == QLatin1String("VMAN_QEMU_BINARY")) {
            if (text.isEmpty())
                return badValue(QStringLiteral("a program name or path"));
            m_config.qemuBinary = text;
        } else if (key == QLatin1String("VMAN_QEMU_IMG_BINARY")) {
            if (text.isEmpty())
                return badValue(QStringLiteral("a program name or path"));
            m_config.qemuImgBinary = text;
        } else if (key == QLatin1String("VMAN_ACCEL")) {
            const auto mode = parseAccel(text);
            if (!mode)
                return badValue(QStringLiteral("auto, kvm or tcg"));
            m_config.accel = *mode;
        } else if (key == QLatin1String("VMAN_START_TIMEOUT")) {
            const auto value = parseInteger(text, 1, 3600);
            if (!value)
                return badValue(QStringLiteral("seconds 1-3600"));
            m_config.startTimeoutSeconds = int(*value);
        } else if (key == QLatin1String("VMAN_UNPLUG_TIMEOUT")) {
            const auto value = parseInteger(text, 1, 3600);
            if (!value)
                return badValue(QStringLiteral("seconds 1-3600"));
            m_config.unplugTimeoutSeconds = int(*value);
        } else if (key == QLatin1String("VMAN_OBSERVER_EVENTS") || key == QLatin1String("VMAN_OBSERVER_KILL_ORPHANS")) {
            const auto value = parseBool(text);
            if (!value)
                return badValue(QStringLiteral("0 or 1"));
            (key == QLatin1String("VMAN_OBSERVER_EVENTS") ? m_config.observerEvents : m_config.observerKillOrphans) = *value;
        } else if (key == QLatin1String("VMAN_BENCH_ROUTES")) {
            const auto value = parseBool(text);
            if (!value)
                return badValue(QStringLiteral("0 or 1"));
            m_config.benchRoutes = *value;
        }
        return true;
    }

private:
    Config &m_config;
    ConfigError *m_error;
};

struct OptionBinding
{
    const char *option;
    const char *variable;
};

// Command-line options that take a value, and the variable each one overrides.
constexpr OptionBinding kValueOptions[] = {
    {"host", "VMAN_API_HOST"},      {"port", "VMAN_API_PORT"},         {"storage", "VMAN_STORAGE_PATH"},
    {"db", "VMAN_DB_PATH"},         {"log-level", "VMAN_LOG_LEVEL"},   {"log-dir", "VMAN_LOG_DIR"},
    {"accel", "VMAN_ACCEL"},        {"boot-disk", "VMAN_DEFAULT_BOOT_DISK"},
};

} // namespace

QMap<QString, QString> ConfigLoader::parseDotEnv(const QByteArray &text, QStringList *problems)
{
    QMap<QString, QString> values;
    static const QRegularExpression keyPattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*")));
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("export ")))
            line = line.mid(7).trimmed();
        const int eq = line.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? QString() : line.left(eq).trimmed();
        if (eq < 0 || !keyPattern.match(key).hasMatch()) {
            if (problems)
                *problems << QStringLiteral(".env line %1: expected KEY=VALUE").arg(i + 1);
            continue;
        }
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))) {
            const QChar quote = value.front();
            const int end = value.indexOf(quote, 1);
            value = end > 0 ? value.mid(1, end - 1) : value.mid(1);
        } else {
            const int comment = value.indexOf(QLatin1String(" #"));
            if (comment >= 0)
                value = value.left(comment).trimmed();
        }
        values.insert(key, value);
    }
    return values;
}

void ConfigLoader::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("server"), QStringLiteral("Run headless: the REST API and the core, no window.")},
        {QStringLiteral("host"), QStringLiteral("Address the API listens on (VMAN_API_HOST)."), QStringLiteral("address")},
        {QStringLiteral("port"), QStringLiteral("Port the API listens on, 0 for any free port (VMAN_API_PORT)."), QStringLiteral("port")},
        {QStringLiteral("storage"), QStringLiteral("Storage folder for VMs, disks and the database (VMAN_STORAGE_PATH)."), QStringLiteral("path")},
        {QStringLiteral("db"), QStringLiteral("SQLite database file (VMAN_DB_PATH)."), QStringLiteral("path")},
        {QStringLiteral("dry-run"), QStringLiteral("Simulate the operator: no QEMU processes (VMAN_OPERATOR_DRY_RUN=1).")},
        {QStringLiteral("log-level"), QStringLiteral("DEBUG, INFO, WARNING, ERROR or CRITICAL (VMAN_LOG_LEVEL)."), QStringLiteral("level")},
        {QStringLiteral("log-dir"), QStringLiteral("Folder of vman.log (VMAN_LOG_DIR)."), QStringLiteral("path")},
        {QStringLiteral("accel"), QStringLiteral("QEMU acceleration: auto, kvm or tcg (VMAN_ACCEL)."), QStringLiteral("mode")},
        {QStringLiteral("boot-disk"), QStringLiteral("Default boot disk image for new VMs (VMAN_DEFAULT_BOOT_DISK)."), QStringLiteral("path")},
    });
}

std::optional<Config> ConfigLoader::load(const Inputs &inputs, const QCommandLineParser *parser, ConfigError *error)
{
    Config config;
    Builder builder(config, error);
    const Settings settings(inputs);
    for (const QString &name : kVariables) {
        const auto value = settings.value(name);
        if (value && !builder.apply(name, name, *value))
            return std::nullopt;
    }

    if (parser) {
        for (const auto &binding : kValueOptions) {
            const QString option = QLatin1String(binding.option);
            if (parser->isSet(option) && !builder.apply(QLatin1String(binding.variable), QLatin1String("--") + option, parser->value(option)))
                return std::nullopt;
        }
        if (parser->isSet(QStringLiteral("dry-run")))
            config.dryRun = true;
        config.server = parser->isSet(QStringLiteral("server"));
    }

    if (config.storagePath.isEmpty()) {
        config.storagePath = inputs.runningAsRoot ? QStringLiteral("/var/lib/vman") : inputs.userDataDir;
        if (config.storagePath.isEmpty()) {
            builder.fail(QStringLiteral("VMAN_STORAGE_PATH"), QStringLiteral("no default storage folder could be found; set it"));
            return std::nullopt;
        }
    }
    if (config.dbPath.isEmpty())
        config.dbPath = QDir(config.storagePath).filePath(QStringLiteral("states.db"));
    if (config.logDir.isEmpty())
        config.logDir = QDir::current().absoluteFilePath(QStringLiteral("logs"));

    if (config.apiTlsCert.isEmpty() != config.apiTlsKey.isEmpty()) {
        const bool certMissing = config.apiTlsCert.isEmpty();
        builder.fail(certMissing ? QStringLiteral("VMAN_API_TLS_CERT") : QStringLiteral("VMAN_API_TLS_KEY"),
                     QStringLiteral("the %1 is missing: HTTPS needs both the certificate and its private key (PEM files)")
                         .arg(certMissing ? QStringLiteral("certificate") : QStringLiteral("private key")));
        return std::nullopt;
    }
    if (config.apiTlsAuto && !config.apiTlsCert.isEmpty()) {
        builder.fail(QStringLiteral("VMAN_API_TLS"),
                     QStringLiteral("auto makes its own certificate; leave it unset (or off) to serve VMAN_API_TLS_CERT and VMAN_API_TLS_KEY"));
        return std::nullopt;
    }
    if (!isLoopbackHost(config.apiHost)) {
        // Off this machine, the token and everything else would cross the network in clear text.
        if (!config.apiTls() && !config.apiInsecure) {
            builder.fail(QStringLiteral("VMAN_API_TLS"),
                         QStringLiteral("the API would listen on %1 without encryption: set VMAN_API_TLS=auto (or VMAN_API_TLS_CERT "
                                        "and VMAN_API_TLS_KEY) for HTTPS, or VMAN_API_INSECURE=1 to serve plain HTTP anyway")
                             .arg(config.apiHost));
            return std::nullopt;
        }
        // Over HTTPS clients pair for their own tokens; plain HTTP needs the administrator's.
        if (!config.apiTls() && config.apiToken.isEmpty()) {
            builder.fail(QStringLiteral("VMAN_API_TOKEN"),
                         QStringLiteral("required when the API listens on a non-loopback address (%1) without HTTPS").arg(config.apiHost));
            return std::nullopt;
        }
    }
    return config;
}

QString ConfigLoader::fixedBy(const Inputs &inputs, const QString &variable)
{
    if (inputs.environment.contains(variable))
        return QStringLiteral("environment");
    if (inputs.dotEnv.contains(variable))
        return QStringLiteral(".env");
    return {};
}

QStringList ConfigLoader::knownVariables()
{
    return kVariables;
}

} // namespace vman
