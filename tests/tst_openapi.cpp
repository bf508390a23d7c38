// SPDX-License-Identifier: GPL-3.0-or-later
// openapi/openapi.yaml is the contract: it must parse, and describe exactly the routes the
// server registers (no more, no fewer), each with its parameters and responses.
#include "ApiServer.h"
#include "HttpClient.h"
#include "Runtime.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace vman;

namespace {

const QStringList kMethods = {"get", "post", "put", "delete", "patch", "head", "options"};

YAML::Node loadSpec()
{
    QFile file(QStringLiteral(":/vman/openapi.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return YAML::Load(file.readAll().toStdString());
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<ApiServer> m_api;
    YAML::Node m_spec;

private Q_SLOTS:
    void initTestCase()
    {
        Config config;
        config.dryRun = true;
        config.storagePath = m_dir.path();
        config.dbPath = m_dir.filePath(QStringLiteral("states.db"));
        m_runtime = std::make_unique<Runtime>(config);
        QString error;
        QVERIFY2(m_runtime->start(&error), qPrintable(error));
        m_api = std::make_unique<ApiServer>(*m_runtime, ApiServer::Options{});
        try {
            m_spec = loadSpec();
        } catch (const YAML::Exception &e) {
            QFAIL(e.what());
        }
        QVERIFY(m_spec.IsMap());
    }

    void isOpenApi3()
    {
        QVERIFY(QString::fromStdString(m_spec["openapi"].as<std::string>()).startsWith(QLatin1String("3.")));
        QVERIFY(m_spec["info"]["title"].IsDefined());
        QVERIFY(m_spec["info"]["version"].IsDefined());
        QCOMPARE(QString::fromStdString(m_spec["info"]["version"].as<std::string>()), QStringLiteral(VMAN_VERSION));
    }

    void routesMatchBothWays()
    {
        QSet<QString> documented;
        for (const auto &path : m_spec["paths"]) {
            const QString p = QString::fromStdString(path.first.as<std::string>());
            for (const auto &op : path.second) {
                const QString method = QString::fromStdString(op.first.as<std::string>());
                if (kMethods.contains(method))
                    documented.insert(method.toUpper() + QLatin1Char(' ') + p);
            }
        }
        QSet<QString> registered;
        for (const RouteInfo &route : m_api->routes())
            registered.insert(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.path);
        QVERIFY(registered.size() >= 22);
        const QSet<QString> undocumented = registered - documented;
        const QSet<QString> unserved = documented - registered;
        QVERIFY2(undocumented.isEmpty(), qPrintable("not in openapi.yaml: " + QStringList(undocumented.values()).join(", ")));
        QVERIFY2(unserved.isEmpty(), qPrintable("documented but not served: " + QStringList(unserved.values()).join(", ")));
    }

    void everyOperationHasParametersAndResponses()
    {
        static const QRegularExpression placeholder(QStringLiteral("\\{(\\w+)\\}"));
        for (const auto &path : m_spec["paths"]) {
            const QString p = QString::fromStdString(path.first.as<std::string>());
            QSet<QString> expectedParams;
            for (auto it = placeholder.globalMatch(p); it.hasNext();)
                expectedParams.insert(it.next().captured(1));
            for (const auto &op : path.second) {
                const QString method = QString::fromStdString(op.first.as<std::string>());
                if (!kMethods.contains(method))
                    continue;
                const QString where = method + QLatin1Char(' ') + p;
                QVERIFY2(op.second["responses"].IsMap() && op.second["responses"].size() > 0, qPrintable(where));
                QVERIFY2(op.second["summary"].IsDefined(), qPrintable(where + ": no summary"));
                QSet<QString> declared;
                auto collect = [&](const YAML::Node &params) {
                    for (const auto &param : params) {
                        YAML::Node node = param;
                        if (param["$ref"]) {
                            const QString ref = QString::fromStdString(param["$ref"].as<std::string>());
                            node = m_spec["components"]["parameters"][ref.section(QLatin1Char('/'), -1).toStdString()];
                        }
                        if (node["in"] && node["in"].as<std::string>() == "path")
                            declared.insert(QString::fromStdString(node["name"].as<std::string>()));
                    }
                };
                collect(path.second["parameters"]);
                collect(op.second["parameters"]);
                QVERIFY2(declared == expectedParams, qPrintable(where + ": path parameters do not match"));
            }
        }
    }

    void bodiesFollowOneRule()
    {
        // Every operation that takes a body documents the body rule's answers.
        for (const auto &path : m_spec["paths"]) {
            for (const auto &op : path.second) {
                const QString method = QString::fromStdString(op.first.as<std::string>());
                if (!kMethods.contains(method) || !op.second["requestBody"])
                    continue;
                const QString where = method + QLatin1Char(' ') + QString::fromStdString(path.first.as<std::string>());
                QVERIFY2(op.second["responses"]["413"], qPrintable(where + ": no 413"));
                QVERIFY2(op.second["responses"]["415"], qPrintable(where + ": no 415"));
            }
        }
        const QString description = QString::fromStdString(m_spec["info"]["description"].as<std::string>());
        QVERIFY(description.contains(QLatin1String("One rule for request bodies")));
    }

    void licensed()
    {
        QCOMPARE(QString::fromStdString(m_spec["info"]["license"]["name"].as<std::string>()), QStringLiteral("GPL-3.0-or-later"));
    }

    void serversFollowTheAddressServed()
    {
        ApiServer::Options options;
        options.allowedHosts = {QStringLiteral("vman.lan")};
        ApiServer api(*m_runtime, options);
        QString error;
        QVERIFY2(api.listen(QStringLiteral("127.0.0.1"), 0, &error), qPrintable(error));
        const QByteArray host = "vman.lan:" + QByteArray::number(api.port());
        const auto r = HttpClient(api.port()).request("GET", "/openapi.yaml", {}, {{"Host", host}});
        QCOMPARE(r.status, 200);
        const YAML::Node served = YAML::Load(r.body.toStdString());
        QCOMPARE(QByteArray::fromStdString(served["servers"][0]["url"].as<std::string>()), "http://" + host);
    }

    void referencedSchemasExist()
    {
        QFile file(QStringLiteral(":/vman/openapi.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        static const QRegularExpression ref(QStringLiteral("\\$ref: ['\"]#/components/(\\w+)/(\\w+)['\"]"));
        int count = 0;
        for (auto it = ref.globalMatch(text); it.hasNext(); ++count) {
            const auto m = it.next();
            QVERIFY2(m_spec["components"][m.captured(1).toStdString()][m.captured(2).toStdString()].IsDefined(),
                     qPrintable("dangling $ref " + m.captured(0)));
        }
        QVERIFY(count > 10);
    }

    void benchRouteOnlyWhenAsked()
    {
        for (const RouteInfo &route : m_api->routes())
            QVERIFY(!route.path.startsWith(QLatin1String("/_bench")));
        ApiServer::Options benchOptions;
        benchOptions.benchRoutes = true;
        ApiServer bench(*m_runtime, benchOptions);
        bool found = false;
        for (const RouteInfo &route : bench.routes())
            found = found || route.path == QLatin1String("/_bench/vms-static");
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
