// SPDX-License-Identifier: GPL-3.0-or-later
// Configuration: environment, .env and command line, with errors naming their source.
#include "Config.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTest>

using namespace vman;

namespace {

ConfigLoader::Inputs inputsWith(const QMap<QString, QString> &env, const QMap<QString, QString> &dotEnv = {})
{
    ConfigLoader::Inputs inputs;
    for (auto it = env.begin(); it != env.end(); ++it)
        inputs.environment.insert(it.key(), it.value());
    inputs.dotEnv = dotEnv;
    inputs.userDataDir = QStringLiteral("/home/user/.local/share/vman");
    return inputs;
}

} // namespace

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        ConfigError error;
        const auto config = ConfigLoader::load(inputsWith({}), nullptr, &error);
        QVERIFY(config);
        QCOMPARE(config->storagePath, QStringLiteral("/home/user/.local/share/vman"));
        QCOMPARE(config->dbPath, QStringLiteral("/home/user/.local/share/vman/states.db"));
        QCOMPARE(config->apiHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(config->apiPort, 8000);
        QCOMPARE(config->logLevel, LogLevel::Info);
        QCOMPARE(config->logDir, QDir::current().absoluteFilePath(QStringLiteral("logs")));
        QCOMPARE(config->observerIntervalSeconds, 5);
        QCOMPARE(config->accel, AccelMode::Auto);
        QCOMPARE(config->dryRun, false);
        QCOMPARE(config->qemuBinary, QStringLiteral("qemu-system-x86_64"));
    }

    void rootDefaultsToVarLib()
    {
        auto inputs = inputsWith({});
        inputs.runningAsRoot = true;
        const auto config = ConfigLoader::load(inputs, nullptr, nullptr);
        QVERIFY(config);
        QCOMPARE(config->storagePath, QStringLiteral("/var/lib/vman"));
    }

    void environmentValues()
    {
        const auto config = ConfigLoader::load(inputsWith({{"VMAN_STORAGE_PATH", "/srv/vman"},
                                                           {"VMAN_API_PORT", "9001"},
                                                           {"VMAN_LOG_LEVEL", "debug"},
                                                           {"VMAN_OPERATOR_DRY_RUN", "1"},
                                                           {"VMAN_ACCEL", "TCG"},
                                                           {"VMAN_OBSERVER_INTERVAL", "12"},
                                                           {"VMAN_DEFAULT_BOOT_DISK", "/img/base.qcow2"}}),
                                               nullptr, nullptr);
        QVERIFY(config);
        QCOMPARE(config->storagePath, QStringLiteral("/srv/vman"));
        QCOMPARE(config->dbPath, QStringLiteral("/srv/vman/states.db"));
        QCOMPARE(config->apiPort, 9001);
        QCOMPARE(config->logLevel, LogLevel::Debug);
        QVERIFY(config->dryRun);
        QCOMPARE(config->accel, AccelMode::Tcg);
        QCOMPARE(config->observerIntervalSeconds, 12);
        QCOMPARE(config->defaultBootDisk, QStringLiteral("/img/base.qcow2"));
    }

    void invalidValuesNameTheVariable_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::newRow("port text") << "VMAN_API_PORT" << "abc";
        QTest::newRow("port too big") << "VMAN_API_PORT" << "70000";
        QTest::newRow("port negative") << "VMAN_API_PORT" << "-1";
        QTest::newRow("log level") << "VMAN_LOG_LEVEL" << "LOUD";
        QTest::newRow("dry run") << "VMAN_OPERATOR_DRY_RUN" << "maybe";
        QTest::newRow("interval zero") << "VMAN_OBSERVER_INTERVAL" << "0";
        QTest::newRow("interval text") << "VMAN_OBSERVER_INTERVAL" << "5s";
        QTest::newRow("accel") << "VMAN_ACCEL" << "hvf";
        QTest::newRow("host") << "VMAN_API_HOST" << "not a host";
        QTest::newRow("clone mode") << "VMAN_CLONE_MODE" << "shallow";
        QTest::newRow("empty storage") << "VMAN_STORAGE_PATH" << "";
    }
    void invalidValuesNameTheVariable()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        ConfigError error;
        QVERIFY(!ConfigLoader::load(inputsWith({{variable, value}}), nullptr, &error));
        QCOMPARE(error.source, variable);
        QVERIFY2(error.toString().contains(variable), qPrintable(error.toString()));
    }

    void nonLoopbackNeedsTlsOrInsecureAndAToken()
    {
        ConfigError error;
        // Off loopback without HTTPS: refused, naming both ways out.
        QVERIFY(!ConfigLoader::load(inputsWith({{"VMAN_API_HOST", "0.0.0.0"}, {"VMAN_API_TOKEN", "s3cret"}}), nullptr, &error));
        QCOMPARE(error.source, QStringLiteral("VMAN_API_TLS"));
        QVERIFY2(error.message.contains(QLatin1String("VMAN_API_INSECURE=1")) && error.message.contains(QLatin1String("VMAN_API_TLS_CERT")),
                 qPrintable(error.message));
        // Plain HTTP knowingly: still needs the administrator token.
        QVERIFY(!ConfigLoader::load(inputsWith({{"VMAN_API_HOST", "0.0.0.0"}, {"VMAN_API_INSECURE", "1"}}), nullptr, &error));
        QCOMPARE(error.source, QStringLiteral("VMAN_API_TOKEN"));
        QVERIFY(ConfigLoader::load(inputsWith({{"VMAN_API_HOST", "0.0.0.0"}, {"VMAN_API_INSECURE", "1"}, {"VMAN_API_TOKEN", "s3cret"}}), nullptr, &error));
        // HTTPS: clients pair for tokens of their own, the administrator token is optional.
        const auto tls = ConfigLoader::load(inputsWith({{"VMAN_API_HOST", "0.0.0.0"}, {"VMAN_API_TLS", "auto"}}), nullptr, &error);
        QVERIFY(tls && tls->apiTlsAuto && tls->apiTls());
        QVERIFY(ConfigLoader::load(inputsWith({{"VMAN_API_HOST", "0.0.0.0"}, {"VMAN_API_TLS_CERT", "/etc/vman/cert.pem"},
                                               {"VMAN_API_TLS_KEY", "/etc/vman/key.pem"}}), nullptr, &error));
        QVERIFY(ConfigLoader::load(inputsWith({{"VMAN_API_HOST", "localhost"}}), nullptr, &error));
        QVERIFY(ConfigLoader::load(inputsWith({{"VMAN_API_HOST", "::1"}}), nullptr, &error));
    }

    void tlsSettingsAreChecked()
    {
        ConfigError error;
        QVERIFY(!ConfigLoader::load(inputsWith({{"VMAN_API_TLS_CERT", "cert.pem"}}), nullptr, &error));
        QCOMPARE(error.source, QStringLiteral("VMAN_API_TLS_KEY"));
        QVERIFY(!ConfigLoader::load(inputsWith({{"VMAN_API_TLS_KEY", "key.pem"}}), nullptr, &error));
        QCOMPARE(error.source, QStringLiteral("VMAN_API_TLS_CERT"));
        QVERIFY(!ConfigLoader::load(inputsWith({{"VMAN_API_TLS", "yes please"}}), nullptr, &error));
        QCOMPARE(error.source, QStringLiteral("VMAN_API_TLS"));
        QVERIFY(!ConfigLoader::load(inputsWith({{"VMAN_API_TLS", "auto"}, {"VMAN_API_TLS_CERT", "c.pem"}, {"VMAN_API_TLS_KEY", "k.pem"}}),
                                    nullptr, &error));
        QCOMPARE(error.source, QStringLiteral("VMAN_API_TLS"));
        const auto files = ConfigLoader::load(inputsWith({{"VMAN_API_TLS_CERT", "c.pem"}, {"VMAN_API_TLS_KEY", "/k.pem"}}), nullptr, &error);
        QVERIFY(files);
        QCOMPARE(files->apiTlsCert, QDir::current().absoluteFilePath(QStringLiteral("c.pem")));
        QCOMPARE(files->apiTlsKey, QStringLiteral("/k.pem"));
        const auto off = ConfigLoader::load(inputsWith({{"VMAN_API_TLS", "off"}}), nullptr, &error);
        QVERIFY(off && !off->apiTls());
    }

    void frontDoorSettings()
    {
        ConfigError error;
        auto config = ConfigLoader::load(inputsWith({{"VMAN_API_ALLOWED_HOSTS", " vman.lan, box.local ,"},
                                                     {"VMAN_API_CORS_ORIGINS", "http://localhost:3000,https://[::1]:8443"},
                                                     {"VMAN_API_MAX_CONNECTIONS", "512"},
                                                     {"VMAN_START_TIMEOUT", "5"}}),
                                         nullptr, &error);
        QVERIFY2(config, qPrintable(error.toString()));
        QCOMPARE(config->apiAllowedHosts, QStringList({"vman.lan", "box.local"}));
        QCOMPARE(config->apiCorsOrigins, QStringList({"http://localhost:3000", "https://[::1]:8443"}));
        QCOMPARE(config->apiMaxConnections, 512);
        QCOMPARE(config->startTimeoutSeconds, 5);
        // Each value is checked whole: a newline or a path inside is not a host name or origin.
        for (const auto &[name, value] : std::initializer_list<std::pair<const char *, const char *>>{
                 {"VMAN_API_ALLOWED_HOSTS", "vman.lan\nevil"}, {"VMAN_API_ALLOWED_HOSTS", "a b"},
                 {"VMAN_API_CORS_ORIGINS", "http://localhost:3000/path"}, {"VMAN_API_CORS_ORIGINS", "http://a\nhttp://b"},
                 {"VMAN_API_CORS_ORIGINS", "localhost:3000"}, {"VMAN_API_MAX_CONNECTIONS", "0"}, {"VMAN_START_TIMEOUT", "forever"}}) {
            QVERIFY2(!ConfigLoader::load(inputsWith({{name, value}}), nullptr, &error), value);
            QCOMPARE(error.source, QString::fromLatin1(name));
        }
    }

    void dotEnvParsing()
    {
        QStringList problems;
        const auto values = ConfigLoader::parseDotEnv("# comment\n"
                                                      "VMAN_API_PORT=9100\n"
                                                      "export VMAN_LOG_LEVEL=WARNING\n"
                                                      "VMAN_STORAGE_PATH=\"/with space/x\"\n"
                                                      "VMAN_API_TOKEN='a#b'\n"
                                                      "VMAN_ACCEL=tcg # inline comment\n"
                                                      "\n"
                                                      "garbage line\n",
                                                      &problems);
        QCOMPARE(values.value("VMAN_API_PORT"), QStringLiteral("9100"));
        QCOMPARE(values.value("VMAN_LOG_LEVEL"), QStringLiteral("WARNING"));
        QCOMPARE(values.value("VMAN_STORAGE_PATH"), QStringLiteral("/with space/x"));
        QCOMPARE(values.value("VMAN_API_TOKEN"), QStringLiteral("a#b"));
        QCOMPARE(values.value("VMAN_ACCEL"), QStringLiteral("tcg"));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QLatin1String("line 8")));
    }

    void environmentWinsOverDotEnv()
    {
        const auto config = ConfigLoader::load(inputsWith({{"VMAN_API_PORT", "9200"}}, {{"VMAN_API_PORT", "9100"}, {"VMAN_LOG_LEVEL", "ERROR"}}),
                                               nullptr, nullptr);
        QVERIFY(config);
        QCOMPARE(config->apiPort, 9200);
        QCOMPARE(config->logLevel, LogLevel::Error);
    }

    void commandLineWinsOverEnvironment()
    {
        QCommandLineParser parser;
        ConfigLoader::addOptions(parser);
        QVERIFY(parser.parse({"vman", "--server", "--port", "0", "--host", "::1", "--storage", "/tmp/s", "--dry-run", "--log-level", "ERROR"}));
        const auto config = ConfigLoader::load(inputsWith({{"VMAN_API_PORT", "9200"}, {"VMAN_STORAGE_PATH", "/srv/x"}}), &parser, nullptr);
        QVERIFY(config);
        QVERIFY(config->server);
        QCOMPARE(config->apiPort, 0);
        QCOMPARE(config->apiHost, QStringLiteral("::1"));
        QCOMPARE(config->storagePath, QStringLiteral("/tmp/s"));
        QCOMPARE(config->dbPath, QStringLiteral("/tmp/s/states.db"));
        QVERIFY(config->dryRun);
        QCOMPARE(config->logLevel, LogLevel::Error);
    }

    void invalidOptionNamesTheOption()
    {
        QCommandLineParser parser;
        ConfigLoader::addOptions(parser);
        QVERIFY(parser.parse({"vman", "--port", "http"}));
        ConfigError error;
        QVERIFY(!ConfigLoader::load(inputsWith({}), &parser, &error));
        QCOMPARE(error.source, QStringLiteral("--port"));
    }

    void everyVariableIsDocumented()
    {
        QFile example(QStringLiteral(VMAN_SOURCE_DIR "/.env.example"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(example.readAll());
        for (const QString &name : ConfigLoader::knownVariables())
            QVERIFY2(text.contains(name + QLatin1Char('=')), qPrintable(name + " is missing from .env.example"));
        // And the example itself parses cleanly.
        QStringList problems;
        ConfigLoader::parseDotEnv(text.toUtf8(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
