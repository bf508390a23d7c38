// SPDX-License-Identifier: GPL-3.0-or-later
// The REST API over real HTTP on an ephemeral port: every route, status code and error body of
// the contract, bad input of every kind (always a 4xx with a detail, never a change), auth.
#include "ApiServer.h"
#include "ContentCoding.h"
#include "EventHub.h"
#include "HttpClient.h"
#include "Promtool.h"
#include "Logging.h"
#include "Runtime.h"
#include "SystemHealth.h"
#include "VmService.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace vman;

namespace {

struct TestServer
{
    explicit TestServer(bool dryRun = true, const QString &token = QString(), int delayMs = 0)
    {
        Config config;
        config.dryRun = dryRun;
        config.dryRunDelayMs = delayMs;
        config.storagePath = dir.path();
        config.dbPath = dir.filePath(QStringLiteral("states.db"));
        runtime = std::make_unique<Runtime>(config);
        QString error;
        started = runtime->start(&error);
        if (!started)
            qWarning() << error;
        ApiServer::Options options;
        options.token = token;
        api = std::make_unique<ApiServer>(*runtime, options);
        listening = api->listen(QStringLiteral("127.0.0.1"), 0, &error);
        client = std::make_unique<HttpClient>(api->port());
    }
    QTemporaryDir dir;
    std::unique_ptr<Runtime> runtime;
    std::unique_ptr<ApiServer> api;
    std::unique_ptr<HttpClient> client;
    bool started = false;
    bool listening = false;
};

} // namespace

class TestApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    HttpClient &http() { return *m_server->client; }

    QString createTemplate(const QString &name = QStringLiteral("small"))
    {
        const auto r = http().postJson("/templates", {{"name", name}, {"cpu_count", 2}, {"ram_amount", 4}});
        return r.status == 201 ? name : QString();
    }
    QString createVm(const QString &templateName = QStringLiteral("small"))
    {
        const auto r = http().postJson("/vms", {{"template_name", templateName}});
        return r.object().value("id").toString();
    }
    QString createDisk(int size = 20)
    {
        return http().postJson("/disks", {{"size", size}}).object().value("id").toString();
    }
    HttpResponse patch(const QByteArray &target, const QByteArray &body)
    {
        return http().request("PATCH", target, body, {{"Content-Type", "application/merge-patch+json"}});
    }
    // What must not change when a request is refused.
    QByteArray snapshot()
    {
        return http().get("/templates").body + http().get("/vms").body + http().get("/disks").body;
    }
    static void verifyDetail(const HttpResponse &r, int status)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QVERIFY2(r.object().contains("detail"), r.body.constData());
        const QJsonValue detail = r.object().value("detail");
        QVERIFY2(detail.isString() ? !detail.toString().isEmpty() : !detail.toArray().isEmpty(), r.body.constData());
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->started);
        QVERIFY(m_server->listening);
    }
    void cleanup() { m_server.reset(); }

    void seedExamplesWorkVerbatim()
    {
        // The original README's curl examples, byte for byte.
        auto r = http().postRaw("/templates", R"({"name":"small","cpu_count":2,"ram_amount":4})");
        QCOMPARE(r.status, 201);
        r = http().postRaw("/vms", R"({"template_name":"small"})");
        QCOMPARE(r.status, 201);
        const QByteArray vmId = r.object().value("id").toString().toLatin1();
        r = http().post("/vms/" + vmId + "/actions/start");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("running"));
        r = http().postRaw("/disks", R"({"size":20})");
        QCOMPARE(r.status, 201);
        const QByteArray diskId = r.object().value("id").toString().toLatin1();
        r = http().postRaw("/disks/" + diskId + "/attach", R"({"vm_id":")" + vmId + R"("})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("vm_id").toString().toLatin1(), vmId);
        r = http().get("/vms/" + vmId);
        QCOMPARE(r.object().value("disks").toArray().size(), 1);
    }

    void libvirtExportIsADomainLibvirtAccepts()
    {
        createTemplate();
        const auto made = http().postJson("/vms", {{"template_name", "small"}, {"name", "web-1"}, {"firmware", "uefi"},
                                                   {"ports", QJsonArray{QJsonObject{{"host", 2222}, {"guest", 22}}}},
                                                   {"cloud_init", QJsonObject{{"hostname", "web"}}}});
        QCOMPARE(made.status, 201);
        const QByteArray id = made.object().value("id").toString().toLatin1();
        const QString disk = createDisk(1);
        QCOMPARE(http().postJson("/disks/" + disk.toLatin1() + "/attach", {{"vm_id", QString::fromLatin1(id)}}).status, 200);
        const auto exported = http().get("/vms/" + id + "/export?format=libvirt");
        QCOMPARE(exported.status, 200);
        QCOMPARE(exported.header("content-type"), QByteArray("application/xml"));
        QCOMPARE(exported.header("content-disposition"), QByteArray("attachment; filename=\"web-1.xml\""));
        const QString xml = QString::fromUtf8(exported.body);
        const QString vmDir = m_server->dir.path() + QStringLiteral("/vms/") + QString::fromLatin1(id);
        QVERIFY(xml.contains(QStringLiteral("<uuid>%1</uuid>").arg(QString::fromLatin1(id))));
        QVERIFY(xml.contains(QStringLiteral("<memory unit=\"MiB\">4096</memory>")));
        QVERIFY(xml.contains(QStringLiteral("<vcpu placement=\"static\">2</vcpu>")));
        QVERIFY(xml.contains(QStringLiteral("<source file=\"%1/root.qcow2\"/>").arg(vmDir)));
        QVERIFY(xml.contains(QStringLiteral("<source file=\"%1/seed.iso\"/>").arg(vmDir)));
        QVERIFY(xml.contains(QStringLiteral("/disks/%1.qcow2\"/>").arg(disk)));
        QVERIFY(xml.contains(QStringLiteral("host-port=\"2222\" guest-port=\"22\"")));
        QVERIFY(xml.contains(QStringLiteral("<nvram>%1/efivars.fd</nvram>").arg(vmDir)));
        QVERIFY(xml.contains(QStringLiteral("name=\"org.qemu.guest_agent.0\"")));
        // libvirt's own checks: its schema, and its parser through the test driver (no daemon).
        const QString file = m_server->dir.filePath(QStringLiteral("web-1.xml"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(exported.body);
        out.close();
        QProcess validate;
        validate.start(QStringLiteral("virt-xml-validate"), {file, QStringLiteral("domain")});
        QVERIFY2(validate.waitForFinished(30000), "virt-xml-validate (Debian package libvirt-clients) did not run");
        QVERIFY2(validate.exitCode() == 0, validate.readAllStandardError().constData());
        QProcess define;
        define.start(QStringLiteral("virsh"), {QStringLiteral("-c"), QStringLiteral("test:///default"), QStringLiteral("define"), file});
        QVERIFY(define.waitForFinished(30000));
        QVERIFY2(define.exitCode() == 0, define.readAllStandardError().constData());
        QVERIFY(define.readAllStandardOutput().contains("Domain 'web-1' defined"));

        QCOMPARE(http().get("/vms/" + id + "/export?format=ovf").status, 422);
        QCOMPARE(http().get("/vms/" + id + "/export").status, 422);
        QCOMPARE(http().get("/vms/00000000-0000-4000-8000-000000000000/export?format=libvirt").status, 404);
    }

    void templates()
    {
        auto r = http().postJson("/templates", {{"name", "small"}, {"cpu_count", 2}, {"ram_amount", 4}, {"unknown_field", true}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("location"), QByteArray("/templates/small"));
        QCOMPARE(r.object().value("name").toString(), QStringLiteral("small"));
        QCOMPARE(r.object().value("cpu_count").toInt(), 2);
        QCOMPARE(r.object().value("ram_amount").toInt(), 4);
        QVERIFY(QDateTime::fromString(r.object().value("created_at").toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(r.object().value("created_at").toString().endsWith(QLatin1Char('Z')));
        QVERIFY(!r.object().contains("unknown_field"));

        r = http().postJson("/templates", {{"name", "small"}, {"cpu_count", 1}, {"ram_amount", 1}});
        verifyDetail(r, 409);
        QVERIFY(r.object().value("detail").toString().contains("small"));

        r = http().get("/templates");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 1);
        r = http().get("/templates/small");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("cpu_count").toInt(), 2);
        verifyDetail(http().get("/templates/missing"), 404);

        const QString vm = createVm();
        verifyDetail(http().del("/templates/small"), 409);
        QCOMPARE(http().del("/vms/" + vm.toLatin1()).status, 204);
        r = http().del("/templates/small");
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        verifyDetail(http().del("/templates/small"), 404);
        QCOMPARE(http().get("/templates").array().size(), 0);
    }

    void badTemplateInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field"); // loc[1] of the first error; empty: not checked
        QTest::addColumn<QString>("type");
        const QByteArray json = "application/json";
        QTest::newRow("cpu as string") << QByteArray(R"({"name":"a","cpu_count":"2","ram_amount":4})") << json << 422 << "cpu_count" << "int_type";
        QTest::newRow("cpu as float") << QByteArray(R"({"name":"a","cpu_count":2.5,"ram_amount":4})") << json << 422 << "cpu_count" << "int_from_float";
        QTest::newRow("cpu as bool") << QByteArray(R"({"name":"a","cpu_count":true,"ram_amount":4})") << json << 422 << "cpu_count" << "int_type";
        QTest::newRow("cpu zero") << QByteArray(R"({"name":"a","cpu_count":0,"ram_amount":4})") << json << 422 << "cpu_count" << "greater_than_equal";
        QTest::newRow("cpu negative") << QByteArray(R"({"name":"a","cpu_count":-3,"ram_amount":4})") << json << 422 << "cpu_count" << "greater_than_equal";
        QTest::newRow("cpu 129") << QByteArray(R"({"name":"a","cpu_count":129,"ram_amount":4})") << json << 422 << "cpu_count" << "less_than_equal";
        QTest::newRow("cpu huge") << QByteArray(R"({"name":"a","cpu_count":1e300,"ram_amount":4})") << json << 422 << "cpu_count" << "less_than_equal";
        QTest::newRow("cpu huge integer") << QByteArray(R"({"name":"a","cpu_count":99999999999999999999999,"ram_amount":4})") << json << 422 << "cpu_count" << "less_than_equal";
        QTest::newRow("ram 1025") << QByteArray(R"({"name":"a","cpu_count":1,"ram_amount":1025})") << json << 422 << "ram_amount" << "less_than_equal";
        QTest::newRow("ram null") << QByteArray(R"({"name":"a","cpu_count":1,"ram_amount":null})") << json << 422 << "ram_amount" << "missing";
        QTest::newRow("missing name") << QByteArray(R"({"cpu_count":1,"ram_amount":1})") << json << 422 << "name" << "missing";
        QTest::newRow("name number") << QByteArray(R"({"name":5,"cpu_count":1,"ram_amount":1})") << json << 422 << "name" << "string_type";
        QTest::newRow("empty name") << QByteArray(R"({"name":"","cpu_count":1,"ram_amount":1})") << json << 422 << "name" << "string_too_short";
        QTest::newRow("10 kB name") << (QByteArray("{\"name\":\"") + QByteArray(10240, 'a') + "\",\"cpu_count\":1,\"ram_amount\":1}") << json << 422 << "name" << "string_too_long";
        QTest::newRow("traversal name") << QByteArray(R"({"name":"../x","cpu_count":1,"ram_amount":1})") << json << 422 << "name" << "string_pattern_mismatch";
        QTest::newRow("malformed") << QByteArray("{\"name\":\"a\",") << json << 422 << "" << "json_invalid";
        QTest::newRow("array body") << QByteArray(R"([1,2])") << json << 422 << "" << "model_attributes_type";
        QTest::newRow("empty body") << QByteArray() << json << 422 << "" << "missing";
        QTest::newRow("text/plain") << QByteArray(R"({"name":"a","cpu_count":1,"ram_amount":1})") << QByteArray("text/plain") << 415 << "" << "";
        QTest::newRow("form") << QByteArray("name=a&cpu_count=1") << QByteArray("application/x-www-form-urlencoded") << 415 << "" << "";
        QTest::newRow("no content type") << QByteArray(R"({"name":"a","cpu_count":1,"ram_amount":1})") << QByteArray() << 415 << "" << "";
    }
    void badTemplateInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, field);
        QFETCH(QString, type);
        const QByteArray before = snapshot();
        const auto r = http().postRaw("/templates", body, contentType);
        verifyDetail(r, status);
        if (status == 422) {
            const QJsonObject first = r.object().value("detail").toArray().first().toObject();
            QCOMPARE(first.value("type").toString(), type);
            QCOMPARE(first.value("loc").toArray().first().toString(), QStringLiteral("body"));
            if (!field.isEmpty())
                QCOMPARE(first.value("loc").toArray().at(1).toString(), field);
            QVERIFY(!first.value("msg").toString().isEmpty());
        }
        QCOMPARE(snapshot(), before);
    }

    void floatWithoutFractionIsAnInteger()
    {
        const auto r = http().postRaw("/templates", R"({"name":"f","cpu_count":2.0,"ram_amount":4})");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value("cpu_count").toInt(), 2);
    }

    void vms()
    {
        createTemplate();
        auto r = http().postJson("/vms", {{"template_name", "small"}, {"name", "web"}});
        QCOMPARE(r.status, 201);
        const QJsonObject vm = r.object();
        const QString id = vm.value("id").toString();
        QCOMPARE(r.header("location"), "/vms/" + id.toLatin1());
        QVERIFY(isCanonicalId(id));
        QCOMPARE(vm.value("name").toString(), QStringLiteral("web"));
        QCOMPARE(vm.value("template_name").toString(), QStringLiteral("small"));
        QCOMPARE(vm.value("cpu_count").toInt(), 2);
        QCOMPARE(vm.value("ram_amount").toInt(), 4);
        QCOMPARE(vm.value("state").toString(), QStringLiteral("stopped"));
        QVERIFY(vm.value("disks").isArray());
        for (const char *key : {"created_at", "updated_at"})
            QVERIFY(vm.value(key).toString().endsWith(QLatin1Char('Z')));

        verifyDetail(http().postJson("/vms", {{"template_name", "small"}, {"name", "web"}}), 409);
        verifyDetail(http().postJson("/vms", {{"template_name", "nope"}}), 404);
        verifyDetail(http().postJson("/vms", {{"template_name", "small"}, {"name", "bad name"}}), 422);
        verifyDetail(http().postJson("/vms", {{"name", "x"}}), 422);
        verifyDetail(http().postJson("/vms", {{"template_name", 3}}), 422);

        const QString other = createVm();
        QVERIFY(!other.isEmpty());
        r = http().get("/vms");
        QCOMPARE(r.array().size(), 2);
        QCOMPARE(http().post("/vms/" + id.toLatin1() + "/actions/start").status, 200);
        r = http().get("/vms?state=running");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array().first().toObject().value("id").toString(), id);
        QCOMPARE(http().get("/vms?state=stopped").array().size(), 1);
        r = http().get("/vms?state=flying");
        verifyDetail(r, 422);
        QCOMPARE(r.object().value("detail").toArray().first().toObject().value("loc").toArray().at(0).toString(), QStringLiteral("query"));

        r = http().get("/vms/" + id.toLatin1());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("running"));
        verifyDetail(http().get("/vms/" + newId().toLatin1()), 404);
    }

    void cloudInit()
    {
        const QString key = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB2jOA3PDXB+/56YL0w7FYEu/WOMMKELO+0TP7AiA6dQ alice@laptop");
        QCOMPARE(http().postJson("/templates", {{"name", "cloud"}, {"cpu_count", 1}, {"ram_amount", 1},
                                                {"cloud_init", QJsonObject{{"user_data", "#cloud-config\npackages: [htop]\n"}}},
                                                {"ready_marker", "login:"}}).status, 201);
        const QJsonObject t = http().get("/templates/cloud").object();
        QCOMPARE(t.value("cloud_init").toObject().value("user_data").toString(), QStringLiteral("#cloud-config\npackages: [htop]\n"));
        QCOMPARE(t.value("ready_marker").toString(), QStringLiteral("login:"));

        auto r = http().postJson("/vms", {{"template_name", "cloud"}, {"name", "web"},
                                          {"cloud_init", QJsonObject{{"ssh_authorized_keys", QJsonArray{key}}, {"hostname", "web"}}}});
        QCOMPARE(r.status, 201);
        QJsonObject vm = r.object();
        const QJsonObject settings = vm.value("cloud_init").toObject();
        QCOMPARE(settings.value("user_data").toString(), QStringLiteral("#cloud-config\npackages: [htop]\n")); // the template's
        QCOMPARE(settings.value("ssh_authorized_keys").toArray(), QJsonArray{key});
        QCOMPARE(settings.value("hostname").toString(), QStringLiteral("web"));
        QVERIFY(settings.value("network_config").isNull());
        QCOMPARE(vm.value("ready_marker").toString(), QStringLiteral("login:"));
        QCOMPARE(vm.value("ready").toBool(true), false);
        QVERIFY(vm.value("guest").isNull());
        // The SSH forward VMAN added, and how to use it.
        const QJsonArray ports = vm.value("ports").toArray();
        QCOMPARE(ports.size(), 1);
        const int port = ports.first().toObject().value("host").toInt();
        QCOMPARE(ports.first().toObject().value("guest").toInt(), 22);
        QCOMPARE(ports.first().toObject().value("host_address").toString(), QStringLiteral("127.0.0.1"));
        const QJsonObject ssh = vm.value("ssh").toObject();
        QCOMPARE(ssh.value("port").toInt(), port);
        QCOMPARE(ssh.value("host").toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(ssh.value("command").toString().startsWith(QStringLiteral("ssh -p %1 -o HostKeyAlias=vman-%2 ").arg(port).arg(vm.value("id").toString())));
        // Stable: the same on every read, and another VM gets another port.
        QCOMPARE(http().get("/vms/" + vm.value("id").toString().toLatin1()).object().value("ssh").toObject().value("port").toInt(), port);
        r = http().postJson("/vms", {{"template_name", "cloud"}, {"cloud_init", QJsonObject{{"ssh_authorized_keys", QJsonArray{key}}}}});
        QVERIFY(r.object().value("ssh").toObject().value("port").toInt() != port);
        // A VM without cloud-init has none of it.
        createTemplate();
        vm = http().get("/vms/" + createVm().toLatin1()).object();
        QVERIFY(vm.value("cloud_init").isNull() && vm.value("ssh").isNull());

        // Bad input: 422 naming the field, nothing created.
        const QByteArray before = http().get("/vms").body;
        auto expect422 = [&](const QJsonObject &cloudInit, const QJsonArray &loc, const QString &message) {
            const auto bad = http().postJson("/vms", {{"template_name", "cloud"}, {"cloud_init", cloudInit}});
            QCOMPARE(bad.status, 422);
            const QJsonArray detail = bad.object().value("detail").toArray();
            bool found = false;
            for (const QJsonValue &e : detail)
                found = found || (e.toObject().value("loc").toArray() == loc && e.toObject().value("msg").toString().contains(message));
            QVERIFY2(found, bad.body.constData());
            QVERIFY2(bad.body.size() < 4096, "an error echoes at most a little of the input");
        };
        expect422({{"ssh_authorized_keys", QJsonArray{"ssh-rsa AAAA"}}}, QJsonArray{"body", "cloud_init", "ssh_authorized_keys", 0}, "ssh-rsa");
        expect422({{"ssh_authorized_keys", QJsonArray{"-----BEGIN OPENSSH PRIVATE KEY-----"}}}, QJsonArray{"body", "cloud_init", "ssh_authorized_keys", 0}, "private key");
        expect422({{"ssh_authorized_keys", key}}, QJsonArray{"body", "cloud_init", "ssh_authorized_keys"}, "valid list");
        expect422({{"hostname", "bad_name"}}, QJsonArray{"body", "cloud_init", "hostname"}, "host name");
        expect422({{"user_data", "#cloud-config\n: : :\n  - [\n"}}, QJsonArray{"body", "cloud_init", "user_data"}, "YAML");
        expect422({{"network_config", "just a string"}}, QJsonArray{"body", "cloud_init", "network_config"}, "mapping");
        expect422({{"ssh_keys", QJsonArray{key}}}, QJsonArray{"body", "cloud_init", "ssh_keys"}, "Unknown field");
        expect422({{"vendor_data", QString(70 * 1024, QLatin1Char('x'))}}, QJsonArray{"body", "cloud_init"}, "65536 bytes");
        QCOMPARE(http().postJson("/vms", {{"template_name", "cloud"}, {"cloud_init", "yes"}}).status, 422);
        QCOMPARE(http().postJson("/vms", {{"template_name", "cloud"}, {"ready_marker", "a\nb"}}).status, 422);
        QCOMPARE(http().get("/vms").body, before);

        // start?wait=ready: the parameters are checked before anything starts.
        const QByteArray id = createVm().toLatin1();
        verifyDetail(http().post("/vms/" + id + "/actions/start?wait=running"), 422);
        verifyDetail(http().post("/vms/" + id + "/actions/start?wait=ready&timeout=0"), 422);
        verifyDetail(http().post("/vms/" + id + "/actions/start?wait=ready&timeout=soon"), 422);
        QCOMPARE(http().get("/vms/" + id).object().value("state").toString(), QStringLiteral("stopped"));
        // A dry-run VM has no guest to become ready: 504 with what was seen; it runs meanwhile.
        r = http().post("/vms/" + id + "/actions/start?wait=ready&timeout=1");
        QCOMPARE(r.status, 504);
        QVERIFY2(r.object().value("detail").toString().contains(QLatin1String("not ready within 1 s. Seen: guest agent:")), r.body.constData());
        QCOMPARE(http().get("/vms/" + id).object().value("state").toString(), QStringLiteral("running"));
    }

    void badIds_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("get not a uuid") << QByteArray("GET") << QByteArray("/vms/not-a-uuid");
        QTest::newRow("get traversal") << QByteArray("GET") << QByteArray("/vms/..%2F..%2Fetc%2Fpasswd");
        QTest::newRow("delete traversal") << QByteArray("DELETE") << QByteArray("/vms/..%2Fstates.db");
        QTest::newRow("start bad id") << QByteArray("POST") << QByteArray("/vms/123/actions/start");
        QTest::newRow("disk bad id") << QByteArray("GET") << QByteArray("/disks/abc");
        QTest::newRow("delete disk bad id") << QByteArray("DELETE") << QByteArray("/disks/%2E%2E");
        QTest::newRow("detach bad id") << QByteArray("POST") << QByteArray("/disks/xyz/detach");
        QTest::newRow("long id") << QByteArray("GET") << (QByteArray("/vms/") + QByteArray(10240, 'a'));
    }
    void badIds()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        createTemplate();
        createVm();
        const QByteArray before = snapshot();
        const auto r = http().request(method, target);
        QVERIFY2(r.status >= 400 && r.status < 500, QByteArray::number(r.status).constData());
        QVERIFY(r.object().contains("detail"));
        QCOMPARE(snapshot(), before);
    }

    void pathTraversalOutsideRoutesIs404()
    {
        verifyDetail(http().get("/../../etc/passwd"), 404);
        verifyDetail(http().get("/vms/../templates/x/y"), 404);
    }

    void lifecycle()
    {
        createTemplate();
        const QByteArray id = createVm().toLatin1();
        verifyDetail(http().post("/vms/" + id + "/actions/stop"), 409);
        verifyDetail(http().post("/vms/" + id + "/actions/restart"), 409);
        auto r = http().post("/vms/" + id + "/actions/start");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("running"));
        verifyDetail(http().post("/vms/" + id + "/actions/start"), 409);
        r = http().post("/vms/" + id + "/actions/restart");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("running"));
        verifyDetail(http().postRaw("/vms/" + id + "/actions/stop", R"({"force":"yes"})"), 422);
        verifyDetail(http().postRaw("/vms/" + id + "/actions/stop", R"({"timeout":0})"), 422);
        verifyDetail(http().postRaw("/vms/" + id + "/actions/stop", R"({"timeout":3601})"), 422);
        verifyDetail(http().postRaw("/vms/" + id + "/actions/stop", R"({"timeout":1.5})"), 422);
        QCOMPARE(http().get("/vms/" + id).object().value("state").toString(), QStringLiteral("running"));
        r = http().postRaw("/vms/" + id + "/actions/stop", R"({"force":true,"timeout":5})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("stopped"));
        QCOMPARE(http().post("/vms/" + id + "/actions/start").status, 200);
        r = http().post("/vms/" + id + "/actions/stop"); // no body: graceful with the default timeout
        QCOMPARE(r.status, 200);
        verifyDetail(http().post("/vms/" + newId().toLatin1() + "/actions/start"), 404);
        verifyDetail(http().post("/vms/" + id + "/actions/fly"), 404);
        verifyDetail(http().get("/vms/" + id + "/actions/start"), 405);
    }

    void deleteVm()
    {
        createTemplate();
        const QByteArray id = createVm().toLatin1();
        const QByteArray diskId = createDisk().toLatin1();
        QCOMPARE(http().postJson("/disks/" + diskId + "/attach", {{"vm_id", QString::fromLatin1(id)}}).status, 200);
        QCOMPARE(http().post("/vms/" + id + "/actions/start").status, 200);
        verifyDetail(http().del("/vms/" + id), 409);
        verifyDetail(http().del("/vms/" + id + "?force=maybe"), 422);
        QCOMPARE(http().get("/vms/" + id).status, 200);
        const auto r = http().del("/vms/" + id + "?force=true");
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        verifyDetail(http().get("/vms/" + id), 404);
        // Its disk survives, detached.
        const auto disk = http().get("/disks/" + diskId);
        QCOMPARE(disk.status, 200);
        QVERIFY(disk.object().value("vm_id").isNull());
        verifyDetail(http().del("/vms/" + id), 404);
    }

    void disks()
    {
        auto r = http().postJson("/disks", {{"size", 20}, {"name", "data"}});
        QCOMPARE(r.status, 201);
        const QJsonObject disk = r.object();
        const QByteArray id = disk.value("id").toString().toLatin1();
        QCOMPARE(r.header("location"), "/disks/" + id);
        QCOMPARE(disk.value("size").toInt(), 20);
        QCOMPARE(disk.value("name").toString(), QStringLiteral("data"));
        QVERIFY(disk.value("vm_id").isNull());
        QVERIFY(disk.value("created_at").toString().endsWith(QLatin1Char('Z')));
        verifyDetail(http().postJson("/disks", {{"size", 1}, {"name", "data"}}), 409);

        const QByteArray before = snapshot();
        for (const QByteArray &bad : {QByteArray(R"({"size":0})"), QByteArray(R"({"size":65537})"), QByteArray(R"({"size":"20"})"),
                                      QByteArray(R"({"size":20.5})"), QByteArray(R"({"size":-1})"), QByteArray(R"({})"),
                                      QByteArray(R"({"size":true})"), QByteArray(R"({"size":10,"name":""})")})
            verifyDetail(http().postRaw("/disks", bad), 422);
        QCOMPARE(snapshot(), before);

        QCOMPARE(http().get("/disks").array().size(), 1);
        QCOMPARE(http().get("/disks/" + id).status, 200);
        verifyDetail(http().get("/disks/" + newId().toLatin1()), 404);

        createTemplate();
        const QString vm = createVm();
        verifyDetail(http().postJson("/disks/" + id + "/attach", {{"vm_id", newId()}}), 404);
        verifyDetail(http().postJson("/disks/" + id + "/attach", {{"vm_id", "not-a-uuid"}}), 422);
        verifyDetail(http().postJson("/disks/" + id + "/attach", {}), 422);
        verifyDetail(http().postJson("/disks/" + newId().toLatin1() + "/attach", {{"vm_id", vm}}), 404);
        verifyDetail(http().post("/disks/" + id + "/detach"), 409);
        r = http().postJson("/disks/" + id + "/attach", {{"vm_id", vm}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("vm_id").toString(), vm);
        QVERIFY(!r.object().value("attached_at").isNull());
        verifyDetail(http().postJson("/disks/" + id + "/attach", {{"vm_id", vm}}), 409);
        QCOMPARE(http().get("/vms/" + vm.toLatin1()).object().value("disks").toArray().first().toObject().value("id").toString().toLatin1(), id);
        verifyDetail(http().del("/disks/" + id), 409);
        r = http().post("/disks/" + id + "/detach");
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value("vm_id").isNull());
        QCOMPARE(http().del("/disks/" + id).status, 204);
        verifyDetail(http().del("/disks/" + id), 404);
        QCOMPARE(http().get("/disks").array().size(), 0);
    }

    void unknownPathsAndMethods()
    {
        auto r = http().get("/nothing/here");
        verifyDetail(r, 404);
        r = http().request("PUT", "/vms");
        verifyDetail(r, 405);
        QCOMPARE(r.header("allow"), QByteArray("GET, HEAD, POST, OPTIONS"));
        r = http().request("PATCH", "/templates/small");
        verifyDetail(r, 405);
        QCOMPARE(r.header("allow"), QByteArray("GET, HEAD, DELETE, OPTIONS"));
        r = http().request("DELETE", "/health");
        verifyDetail(r, 405);
        QCOMPARE(r.header("allow"), QByteArray("GET, HEAD, OPTIONS"));
        // One trailing slash is accepted.
        QCOMPARE(http().get("/vms/").status, 200);
    }

    void bodyTooLarge()
    {
        const QByteArray before = snapshot();
        // (No raw string here: moc 6.4 miscounts braces inside them.)
        const QByteArray big = "{\"name\":\"a\",\"cpu_count\":1,\"ram_amount\":1,\"pad\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
        verifyDetail(http().postRaw("/templates", big), 413);
        QCOMPARE(snapshot(), before);
    }

    void listsFollowChanges()
    {
        // Lists are cached between changes; a change must show at once.
        createTemplate();
        QCOMPARE(http().get("/vms").array().size(), 0);
        const QString id = createVm();
        QCOMPARE(http().get("/vms").array().size(), 1);
        QCOMPARE(http().post("/vms/" + id.toLatin1() + "/actions/start").status, 200);
        QCOMPARE(http().get("/vms").array().first().toObject().value("state").toString(), QStringLiteral("running"));
        QCOMPARE(http().get("/templates").array().size(), 1);
        createTemplate(QStringLiteral("second"));
        QCOMPARE(http().get("/templates").array().size(), 2);
    }

    void keepAliveServesSequentialRequests()
    {
        const QByteArray two = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /templates HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->api->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(two);
        QByteArray all;
        QVERIFY(QTest::qWaitFor([&] { all += socket.readAll(); return all.count("HTTP/1.1 200") == 2; }, 5000));
    }

    void health()
    {
        const auto r = http().get("/health");
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.object();
        QVERIFY(QStringList({"ok", "degraded"}).contains(body.value("status").toString()));
        QCOMPARE(body.value("version").toString(), QStringLiteral(VMAN_VERSION));
        const QJsonObject checks = body.value("checks").toObject();
        for (const char *name : {"database", "storage", "qemu", "qemu_img", "architecture", "accelerator", "observer", "default_boot_disk"}) {
            QVERIFY2(checks.contains(name), name);
            QVERIFY2(checks.value(name).toObject().value("ok").isBool(), name);
        }
        QVERIFY(checks.value("database").toObject().value("ok").toBool());
        QVERIFY(checks.value("storage").toObject().value("ok").toBool());
        // In dry-run, with the observer running, nothing required is missing.
        QCOMPARE(checks.value("observer").toObject().value("ok").toBool(), true);
        QCOMPARE(body.value("status").toString(), QStringLiteral("ok"));
    }

    void healthIs503WhenStorageIsGone()
    {
        QVERIFY(QDir(m_server->dir.path()).removeRecursively());
        const auto r = http().get("/health");
        QCOMPARE(r.status, 503);
        QCOMPARE(r.object().value("status").toString(), QStringLiteral("error"));
        QCOMPARE(r.object().value("checks").toObject().value("storage").toObject().value("ok").toBool(), false);
    }

    // PATCH /vms/{id}: a JSON merge patch with the creation rules; every refusal is a 4xx that
    // names the field and changes nothing.
    void editVm()
    {
        createTemplate();
        const QByteArray id = createVm().toLatin1();
        const QByteArray other = createVm().toLatin1();
        QCOMPARE(http().postJson("/vms/" + other + "/actions/start", {}).status, 200);
        auto r = patch("/vms/" + id, R"({"name":"edited","cpu_count":4,"ram_amount":8,"boot":["cdrom","disk"],"disk_size":20,
                                          "ports":[{"host":18080,"guest":80}],"cloud_init":{"hostname":"box"},"ready_marker":"login:"})");
        QCOMPARE(r.status, 200);
        QJsonObject vm = r.object();
        QCOMPARE(vm.value("name").toString(), QStringLiteral("edited"));
        QCOMPARE(vm.value("cpu_count").toInt(), 4);
        QCOMPARE(vm.value("ram_amount").toInt(), 8);
        QCOMPARE(vm.value("template_name").toString(), QStringLiteral("small"));
        QCOMPARE(vm.value("boot").toArray(), (QJsonArray{"cdrom", "disk"}));
        QCOMPARE(vm.value("disk_size").toInt(), 20);
        QCOMPARE(vm.value("ports").toArray().size(), 1);
        QCOMPARE(vm.value("cloud_init").toObject().value("hostname").toString(), QStringLiteral("box"));
        QCOMPARE(vm.value("ready_marker").toString(), QStringLiteral("login:"));
        // The change is an event naming the fields.
        const auto events = m_server->runtime->events().since(0);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const VmanEvent &e) {
            return e.type == QLatin1String("vm.updated") && e.data.value("changed").toArray().contains(QJsonValue("cpu_count"));
        }));

        // Merge semantics: null resets to the default, absent members stay, cloud_init merges.
        // (Not a raw string: moc's preprocessor stops at "#!" inside one.)
        r = patch("/vms/" + id, "{\"cpu_count\":null,\"boot\":null,\"cloud_init\":{\"user_data\":\"#!/bin/sh\\necho hi\\n\"}}");
        QCOMPARE(r.status, 200);
        vm = r.object();
        QCOMPARE(vm.value("cpu_count").toInt(), 2);
        QCOMPARE(vm.value("ram_amount").toInt(), 8);
        QVERIFY(vm.value("boot").isNull() || vm.value("boot").toArray() != (QJsonArray{"cdrom", "disk"}));
        QCOMPARE(vm.value("cloud_init").toObject().value("hostname").toString(), QStringLiteral("box"));
        QVERIFY(vm.value("cloud_init").toObject().value("user_data").toString().startsWith(QStringLiteral("#!/bin/sh")));
        r = patch("/vms/" + id, R"({"cloud_init":{"hostname":null}})");
        QVERIFY(!r.object().value("cloud_init").toObject().contains("hostname") || r.object().value("cloud_init").toObject().value("hostname").toString().isEmpty());
        QCOMPARE(patch("/vms/" + id, "{}").status, 200);

        const QByteArray before = snapshot();
        struct Case
        {
            QByteArray body;
            int status;
            QString mentions;
        };
        const QList<Case> cases{
            {R"({"cpus":4})", 422, "extra_forbidden"},
            {R"({"template_name":"other"})", 422, "frozen_field"},
            {R"({"firmware":"uefi"})", 422, "frozen_field"},
            {R"({"cpu_count":0})", 422, "cpu_count"},
            {R"({"cpu_count":"4"})", 422, "cpu_count"},
            {R"({"ram_amount":100000})", 422, "ram_amount"},
            {R"({"name":null})", 422, "name"},
            {R"({"name":"bad name!"})", 422, "name"},
            {R"({"disk_size":10})", 422, "only grow"},
            {R"({"disk_size":null})", 422, "disk_size"},
            {R"({"boot":["floppy"]})", 422, "boot"},
            {R"({"ports":[{"host":0,"guest":80}]})", 422, "ports"},
            {R"({"cloud_init":{"ssh_keys":["x"]}})", 422, "ssh_keys"},
            {R"({"cloud_init":{"ssh_authorized_keys":["not a key"]}})", 422, "ssh_authorized_keys"},
            {R"({"cdrom":"no-such-iso"})", 404, "no-such-iso"},
            {R"([1,2])", 422, ""},
            {"{\"cpu_count\":4", 422, ""}, // cut short
        };
        for (const Case &c : cases) {
            r = patch("/vms/" + id, c.body);
            QVERIFY2(r.status == c.status, qPrintable(QString::fromUtf8(c.body + " -> " + QByteArray::number(r.status) + " " + r.body)));
            QVERIFY2(QString::fromUtf8(r.body).contains(c.mentions), qPrintable(QString::fromUtf8(c.body + " -> " + r.body)));
        }
        // Name and ports are unique across VMs.
        const QString otherName = http().get("/vms/" + other).object().value("name").toString();
        verifyDetail(patch("/vms/" + id, QStringLiteral(R"({"name":"%1"})").arg(otherName).toUtf8()), 409);
        QCOMPARE(patch("/vms/" + other, R"({"name":"still-running"})").status, 200); // a rename is live
        QCOMPARE(snapshot() == before, false); // (that one was a change)
        const QByteArray afterRename = snapshot();
        r = patch("/vms/" + other, R"({"ports":[{"host":18080,"guest":22}]})");
        verifyDetail(r, 409); // running, and 18080 is the first VM's
        // Running: a size change is refused naming the field; the same value is no change.
        r = patch("/vms/" + other, R"({"cpu_count":5})");
        verifyDetail(r, 409);
        QVERIFY2(r.object().value("detail").toString().contains(QStringLiteral("cpu_count")), r.body.constData());
        QCOMPARE(patch("/vms/" + other, R"({"cpu_count":2})").status, 200);
        QCOMPARE(snapshot(), afterRename);
        verifyDetail(patch("/vms/" + newId().toLatin1(), R"({"cpu_count":2})"), 404);
        verifyDetail(patch("/vms/not-an-id", R"({"cpu_count":2})"), 422);
        verifyDetail(http().request("PATCH", "/vms/" + id, R"({"cpu_count":2})", {{"Content-Type", "text/plain"}}), 415);
    }

    // PATCH /disks/{id} {"size": N}: disks grow, never shrink.
    void resizeDisk()
    {
        const QByteArray disk = createDisk(20).toLatin1();
        auto r = patch("/disks/" + disk, R"({"size":30})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("size").toInt(), 30);
        QCOMPARE(http().get("/disks/" + disk).object().value("size").toInt(), 30);
        const QByteArray before = snapshot();
        verifyDetail(patch("/disks/" + disk, R"({"size":10})"), 422);
        verifyDetail(patch("/disks/" + disk, R"({"size":0})"), 422);
        verifyDetail(patch("/disks/" + disk, R"({"size":"40"})"), 422);
        verifyDetail(patch("/disks/" + disk, R"({"size":null})"), 422);
        verifyDetail(patch("/disks/" + disk, R"({"name":"x"})"), 422);
        verifyDetail(patch("/disks/" + disk, R"({"sise":40})"), 422);
        verifyDetail(patch("/disks/" + newId().toLatin1(), R"({"size":40})"), 404);
        QCOMPARE(snapshot(), before);
        QCOMPARE(patch("/disks/" + disk, R"({"size":30})").status, 200); // the same size: no change
    }

    // /vms/{id}/snapshots over HTTP (dry-run): shapes, statuses, events; the real images are
    // tested against QEMU in tst_qemu.
    void snapshots()
    {
        createTemplate();
        const QByteArray id = createVm().toLatin1();
        const QByteArray base = "/vms/" + id + "/snapshots";
        QCOMPARE(http().get(base).array(), QJsonArray());
        auto r = http().postJson(base, {{"name", "clean"}, {"description", "fresh install"}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("location"), QByteArray(base + "/clean"));
        QJsonObject taken = r.object();
        QCOMPARE(taken.value("name").toString(), QStringLiteral("clean"));
        QCOMPARE(taken.value("description").toString(), QStringLiteral("fresh install"));
        QCOMPARE(taken.value("vm_state").toBool(), false);
        QCOMPARE(taken.value("cpu_count").toInt(), 2);
        QCOMPARE(taken.value("ram_amount").toInt(), 4);
        QCOMPARE(taken.value("disks").toArray(), (QJsonArray{QJsonObject{{"disk_id", QJsonValue()}, {"name", "root"}}}));
        QVERIFY(!taken.value("created_at").toString().isEmpty());
        QCOMPARE(http().get(base + "/clean").object(), taken);
        QCOMPARE(http().post("/vms/" + id + "/actions/start").status, 200);
        r = http().post(base); // no body: a generated name, with memory as it runs
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value("name").toString(), QStringLiteral("snapshot-2"));
        QCOMPARE(r.object().value("vm_state").toBool(), true);
        QCOMPARE(http().get(base).array().size(), 2);

        const QByteArray before = snapshot();
        verifyDetail(http().postJson(base, {{"name", "clean"}}), 409);
        verifyDetail(http().postJson(base, {{"name", "no spaces"}}), 422);
        verifyDetail(http().postJson(base, {{"nmae", "typo"}}), 422);
        verifyDetail(http().postJson(base, {{"description", 5}}), 422);
        verifyDetail(http().post(base + "/clean/revert"), 409); // no memory: needs a stopped VM
        verifyDetail(http().post(base + "/nope/revert"), 404);
        verifyDetail(http().get(base + "/nope"), 404);
        verifyDetail(http().del(base + "/nope"), 404);
        verifyDetail(http().get("/vms/" + newId().toLatin1() + "/snapshots"), 404);
        verifyDetail(http().get("/vms/bad/snapshots"), 422);
        verifyDetail(http().request("PUT", base + "/clean"), 405);
        QCOMPARE(snapshot(), before);

        r = http().post(base + "/snapshot-2/revert");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("running"));
        QCOMPARE(http().del(base + "/clean").status, 204);
        QCOMPARE(http().get(base).array().size(), 1);
        QStringList types;
        for (const VmanEvent &event : m_server->runtime->events().since(0)) {
            if (event.type.startsWith(QLatin1String("vm.snapshot")))
                types << event.type + QLatin1Char(':') + event.data.value("snapshot").toString();
        }
        QCOMPARE(types, (QStringList{"vm.snapshot_created:clean", "vm.snapshot_created:snapshot-2", "vm.snapshot_reverted:snapshot-2",
                                     "vm.snapshot_deleted:clean"}));
    }

    // POST /vms/{id}/clone: 202 with the new VM, the copy in the background, events to follow.
    void cloneVm()
    {
        createTemplate();
        const QByteArray id = createVm().toLatin1();
        QCOMPARE(patch("/vms/" + id, R"({"name":"golden","ports":[{"host":18222,"guest":22}]})").status, 200);
        QCOMPARE(http().post("/vms/" + id + "/actions/start").status, 200);
        verifyDetail(http().postJson("/vms/" + id + "/clone", {}), 409); // running
        QCOMPARE(http().postJson("/vms/" + id + "/actions/stop", {{"force", true}}).status, 200);
        const QByteArray before = snapshot();
        verifyDetail(http().postJson("/vms/" + id + "/clone", {{"mode", "shallow"}}), 422);
        verifyDetail(http().postJson("/vms/" + id + "/clone", {{"with_disks", "yes"}}), 422);
        verifyDetail(http().postJson("/vms/" + id + "/clone", {{"name", "golden"}}), 409);
        verifyDetail(http().postJson("/vms/" + id + "/clone", {{"copies", 2}}), 422);
        verifyDetail(http().postJson("/vms/" + newId().toLatin1() + "/clone", {}), 404);
        QCOMPARE(snapshot(), before);

        auto r = http().postJson("/vms/" + id + "/clone", {{"name", "copy"}, {"mode", "linked"}});
        QCOMPARE(r.status, 202);
        const QString cloneId = r.object().value("id").toString();
        QCOMPARE(r.header("location"), "/vms/" + cloneId.toLatin1());
        QCOMPARE(r.object().value("name").toString(), QStringLiteral("copy"));
        QVERIFY(r.object().value("ports").toArray().isEmpty());
        QVERIFY(r.object().value("state_detail").toString().contains(QStringLiteral("being cloned")));
        QVERIFY(QTest::qWaitFor([&] {
            const auto events = m_server->runtime->events().since(0);
            return std::any_of(events.cbegin(), events.cend(), [&](const VmanEvent &e) {
                return e.type == QLatin1String("vm.cloned") && e.data.value("vm_id").toString() == cloneId
                    && e.data.value("source_vm_id").toString() == QString::fromLatin1(id);
            });
        }, 5000));
        QVERIFY(http().get("/vms/" + cloneId.toLatin1()).object().value("state_detail").toString().isEmpty());
        QCOMPARE(http().post("/vms/" + cloneId.toLatin1() + "/actions/start").status, 200);
    }

    // GET /vms/{id}/stats of a VM that does not run: its settings, no samples. (The numbers of a
    // running guest are tested against real QEMU in tst_qemu.)
    void statsOfAVmThatDoesNotRun()
    {
        createTemplate();
        const QByteArray id = createVm().toLatin1();
        auto r = http().get("/vms/" + id + "/stats");
        QCOMPARE(r.status, 200);
        QJsonObject stats = r.object();
        QCOMPARE(stats.value("vm_id").toString(), QString::fromLatin1(id));
        QCOMPARE(stats.value("state").toString(), QStringLiteral("stopped"));
        QVERIFY(stats.value("sampled_at").isNull());
        QVERIFY(stats.value("uptime_seconds").isNull());
        QCOMPARE(stats.value("interval_seconds").toInt(), 5);
        QCOMPARE(stats.value("cpu").toObject().value("count").toInt(), 2);
        QVERIFY(stats.value("cpu").toObject().value("percent").isNull());
        QCOMPARE(stats.value("memory").toObject().value("configured_bytes").toInteger(), 4LL << 30);
        QVERIFY(stats.value("memory").toObject().value("resident_bytes").isNull());
        QVERIFY(stats.value("disks").toArray().isEmpty());
        QVERIFY(stats.value("history").toArray().isEmpty());
        // Dry-run has no process to sample, even when "running".
        QCOMPARE(http().post("/vms/" + id + "/actions/start").status, 200);
        QCOMPARE(http().post("/observer/actions/run").status, 200);
        stats = http().get("/vms/" + id + "/stats").object();
        QCOMPARE(stats.value("state").toString(), QStringLiteral("running"));
        QVERIFY(stats.value("sampled_at").isNull());
        verifyDetail(http().get("/vms/" + newId().toLatin1() + "/stats"), 404);
        verifyDetail(http().get("/vms/not-an-id/stats"), 422);
        verifyDetail(http().post("/vms/" + id + "/stats"), 405);
    }

    // GET /metrics: the Prometheus text format, checked by Prometheus' own promtool, with every VM's
    // state and the API's own request counts and durations.
    void metrics()
    {
        createTemplate();
        const QString running = createVm();
        const QString stopped = createVm();
        QCOMPARE(http().post("/vms/" + running.toLatin1() + "/actions/start").status, 200);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(http().get("/vms/" + running.toLatin1()).status, 200);
        QCOMPARE(http().get("/vms/not-an-id").status, 422);
        QCOMPARE(http().get("/no/such/path").status, 404);
        // The dry run has no QEMU to sample: GET /stats lists no samples, in its shape.
        const auto all = http().get("/stats");
        QCOMPARE(all.status, 200);
        QVERIFY(all.object().value("vms").isArray());
        QCOMPARE(all.object().value("vms").toArray().size(), 0);
        const auto r = http().get("/metrics");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const QString text = QString::fromUtf8(r.body);
        const QString runningName = http().get("/vms/" + running.toLatin1()).object().value("name").toString();
        const QStringList expected{
            QStringLiteral("vman_build_info{version=\"%1\",qt=\"%2\",operator=\"dry-run\"} 1").arg(QStringLiteral(VMAN_VERSION), QString::fromLatin1(qVersion())),
            QStringLiteral("vman_vms{state=\"running\"} 1"),
            QStringLiteral("vman_vms{state=\"stopped\"} 1"),
            QStringLiteral("vman_vms{state=\"error\"} 0"),
            QStringLiteral("vman_vm_state{vm_id=\"%1\",name=\"%2\",state=\"running\"} 1").arg(running, runningName),
            QStringLiteral("vman_vm_cpus{vm_id=\"%1\",name=\"%2\"} 2").arg(running, runningName),
            QStringLiteral("vman_vm_memory_configured_bytes{vm_id=\"%1\",name=\"%2\"} 4294967296").arg(running, runningName),
            QStringLiteral("vman_http_requests_total{method=\"GET\",route=\"/vms/{vm_id}\",status=\"200\"} 3"),
            QStringLiteral("vman_http_requests_total{method=\"GET\",route=\"/vms/{vm_id}\",status=\"422\"} 1"),
            QStringLiteral("vman_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1"),
            QStringLiteral("vman_http_requests_total{method=\"POST\",route=\"/vms/{vm_id}/actions/start\",status=\"200\"} 1"),
            QStringLiteral("vman_http_request_duration_seconds_count{method=\"GET\",route=\"/vms/{vm_id}\"} 4"),
            QStringLiteral("vman_http_request_duration_seconds_bucket{method=\"GET\",route=\"/vms/{vm_id}\",le=\"+Inf\"} 4"),
            QStringLiteral("vman_event_stream_clients 0"),
        };
        for (const QString &line : expected)
            QVERIFY2(text.contains(QLatin1Char('\n') + line + QLatin1Char('\n')), qPrintable(line + QStringLiteral("\nnot in:\n") + text.left(3000)));
        QVERIFY(text.contains(QStringLiteral("state=\"stopped\"} 1")) && text.contains(stopped));
        // Buckets count up: each one holds at least what the one before it holds.
        QRegularExpression bucket(QStringLiteral("vman_http_request_duration_seconds_bucket\\{method=\"GET\",route=\"/vms/\\{vm_id\\}\",le=\"[^\"]+\"\\} (\\d+)"));
        qint64 previous = 0;
        int buckets = 0;
        for (auto it = bucket.globalMatch(text); it.hasNext(); ++buckets) {
            const qint64 count = it.next().captured(1).toLongLong();
            QVERIFY(count >= previous);
            previous = count;
        }
        QCOMPARE(buckets, 12);
        // The next scrape counts the first one.
        QVERIFY(http().get("/metrics").body.contains("vman_http_requests_total{method=\"GET\",route=\"/metrics\",status=\"200\"} 1\n"));
        checkWithPromtool(r.body);
    }

    void observerStatus()
    {
        QVERIFY(QTest::qWaitFor([&] { return http().get("/observer/status").object().value("runs").toInt() >= 1; }, 5000));
        const auto r = http().get("/observer/status");
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.object();
        QCOMPARE(body.value("running").toBool(), true);
        QCOMPARE(body.value("healthy").toBool(), true);
        QCOMPARE(body.value("interval_seconds").toInt(), 5);
        QVERIFY(QDateTime::fromString(body.value("last_run_at").toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(body.value("last_duration_ms").toDouble() >= 0);
        QCOMPARE(body.value("corrections_total").toInt(), 0);
        QVERIFY(body.value("corrections").isArray());
        const int runs = body.value("runs").toInt();
        const auto ran = http().post("/observer/actions/run");
        QCOMPARE(ran.status, 200);
        QCOMPARE(ran.object().value("runs").toInt(), runs + 1);
    }

    void eventStream()
    {
        QTcpSocket stream;
        stream.connectToHost(QStringLiteral("127.0.0.1"), m_server->api->port());
        QVERIFY(stream.waitForConnected(5000));
        stream.write("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray received;
        QVERIFY(QTest::qWaitFor([&] { received += stream.readAll(); return received.contains("retry:"); }, 5000));
        QVERIFY(received.startsWith("HTTP/1.1 200"));
        QVERIFY(received.contains("Content-Type: text/event-stream"));
        QVERIFY(!received.contains("Content-Length"));

        createTemplate();
        const QString vm = createVm();
        QCOMPARE(http().post("/vms/" + vm.toLatin1() + "/actions/start").status, 200);
        QVERIFY(QTest::qWaitFor([&] { received += stream.readAll(); return received.contains("\"to\":\"running\""); }, 5000));
        // One JSON object per event, with increasing ids matching the `id:` lines.
        QList<QJsonObject> events;
        QList<quint64> ids;
        for (const QByteArray &line : received.split('\n')) {
            if (line.startsWith("id: "))
                ids << line.mid(4).toULongLong();
            if (line.startsWith("data: "))
                events << QJsonDocument::fromJson(line.mid(6)).object();
        }
        QStringList types;
        for (const QJsonObject &event : events)
            types << event.value("type").toString();
        // The start is an operation: it begins before the VM is starting and ends once it runs.
        QCOMPARE(types, QStringList({"template.created", "vm.created", "vm.state_changed", "vm.operation_changed", "vm.state_changed",
                                     "vm.operation_changed"}));
        QCOMPARE(events.at(1).value("data").toObject().value("vm_id").toString(), vm);
        QCOMPARE(events.at(2).value("data").toObject().value("to").toString(), QStringLiteral("starting"));
        QCOMPARE(events.at(3).value("data").toObject().value("operation").toString(), QStringLiteral("start"));
        QVERIFY(events.at(5).value("data").toObject().value("operation").isNull());
        // The stream names the server's run, so a client can tell a restart from a resumption.
        QVERIFY(QRegularExpression(QStringLiteral("\n: vman-stream [0-9a-f-]{36} new\n")).match(QString::fromLatin1(received)).hasMatch());
        for (int i = 0; i < events.size(); ++i) {
            QCOMPARE(quint64(events.at(i).value("id").toInteger()), ids.at(i));
            if (i > 0)
                QCOMPARE(ids.at(i), ids.at(i - 1) + 1);
        }

        // A client that comes back with Last-Event-ID gets what it missed, then live events.
        stream.abort();
        QCOMPARE(http().post("/vms/" + vm.toLatin1() + "/actions/stop").status, 200);
        QTcpSocket resumed;
        resumed.connectToHost(QStringLiteral("127.0.0.1"), m_server->api->port());
        QVERIFY(resumed.waitForConnected(5000));
        resumed.write("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nLast-Event-ID: " + QByteArray::number(ids.last()) + "\r\n\r\n");
        QByteArray again;
        QVERIFY(QTest::qWaitFor([&] { again += resumed.readAll(); return again.count("\"type\":\"vm.state_changed\"") == 2; }, 5000));
        QVERIFY(again.contains(": vman-stream ") && again.contains(" resumed\n"));
        QVERIFY(again.contains(QByteArray("id: " + QByteArray::number(ids.last() + 1) + "\n")));
        QVERIFY(!again.contains(QByteArray("id: " + QByteArray::number(ids.last()) + "\n")));
        QVERIFY(again.contains("\"to\":\"stopped\""));
        verifyDetail(http().request("GET", "/events", {}, {{"Last-Event-ID", "yesterday"}}), 422);
    }

    // Large answers compressed for clients that ask (RFC 9110): the same bytes once inflated, a
    // Vary for caches, and nothing compressed for a client that refused gzip or a small answer.
    void largeAnswersAreCompressedForClientsThatAsk()
    {
        QVERIFY(api::acceptsGzip("gzip"));
        QVERIFY(api::acceptsGzip("deflate, GZIP;q=0.5"));
        QVERIFY(api::acceptsGzip("x-gzip"));
        QVERIFY(api::acceptsGzip("br, *"));
        QVERIFY(api::acceptsGzip("gzip ; q=1.0"));
        QVERIFY(!api::acceptsGzip(""));
        QVERIFY(!api::acceptsGzip("identity"));
        QVERIFY(!api::acceptsGzip("gzip;q=0"));
        QVERIFY(!api::acceptsGzip("gzip;q=0.000, *"));
        QVERIFY(!api::acceptsGzip("*;q=0"));
        QVERIFY(!api::acceptsGzip("gzip;q=2"));
        QVERIFY(!api::acceptsGzip("gzip;q=banana"));
        QVERIFY(!api::acceptsGzip("*, gzip;q=0"));
        QVERIFY(!api::worthCompressing("application/json", 1000));
        QVERIFY(api::worthCompressing("application/json", 100000));
        QVERIFY(!api::worthCompressing("image/png", 100000));

        createTemplate();
        for (int i = 0; i < 40; ++i)
            QCOMPARE(http().postJson("/vms", {{"template_name", "small"}}).status, 201);
        const HttpResponse plain = http().get("/vms");
        QVERIFY(plain.body.size() > 8192);
        QCOMPARE(plain.header("Content-Encoding"), QByteArray());
        QCOMPARE(plain.header("Vary"), QByteArray("Accept-Encoding"));
        const HttpResponse packed = http().request("GET", "/vms", {}, {{"Accept-Encoding", "gzip, deflate"}});
        QCOMPARE(packed.status, 200);
        QCOMPARE(packed.header("Content-Encoding"), QByteArray("gzip"));
        QCOMPARE(packed.header("Vary"), QByteArray("Accept-Encoding"));
        QCOMPARE(packed.header("Content-Length").toLongLong(), packed.body.size());
        QVERIFY2(packed.body.size() * 5 < plain.body.size(), QByteArray::number(packed.body.size()).constData());
        // Inflated, it is the same answer.
        z_stream stream{};
        QCOMPARE(inflateInit2(&stream, 15 + 16), Z_OK);
        QByteArray inflated(plain.body.size() + 1, Qt::Uninitialized);
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(packed.body.constData()));
        stream.avail_in = uInt(packed.body.size());
        stream.next_out = reinterpret_cast<Bytef *>(inflated.data());
        stream.avail_out = uInt(inflated.size());
        QCOMPARE(inflate(&stream, Z_FINISH), Z_STREAM_END);
        inflated.truncate(qsizetype(stream.total_out));
        inflateEnd(&stream);
        QCOMPARE(inflated, plain.body);
        // Asked again: the same compressed bytes (kept with the cached list, not made again).
        QCOMPARE(http().request("GET", "/vms", {}, {{"Accept-Encoding", "gzip"}}).body, packed.body);
        // After a change, the new list, compressed anew.
        const QString extra = createVm();
        const HttpResponse after = http().request("GET", "/vms", {}, {{"Accept-Encoding", "gzip"}});
        QVERIFY(after.body != packed.body);
        // Refused gzip, small answers and errors: as they are.
        QCOMPARE(http().request("GET", "/vms", {}, {{"Accept-Encoding", "gzip;q=0"}}).header("Content-Encoding"), QByteArray());
        const HttpResponse small = http().request("GET", "/vms/" + extra.toLatin1(), {}, {{"Accept-Encoding", "gzip"}});
        QCOMPARE(small.status, 200);
        QCOMPARE(small.header("Content-Encoding"), QByteArray());
        QVERIFY(!QJsonDocument::fromJson(small.body).isNull());
        // HEAD says what a GET would send.
        QTcpSocket headOnly;
        headOnly.connectToHost(QStringLiteral("127.0.0.1"), m_server->api->port());
        QVERIFY(headOnly.waitForConnected(5000));
        headOnly.write("HEAD /vms HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        QVERIFY(QTest::qWaitFor([&] { answer += headOnly.readAll(); return headOnly.state() == QAbstractSocket::UnconnectedState; }, 5000));
        answer += headOnly.readAll();
        QVERIFY2(answer.contains("\r\nContent-Encoding: gzip\r\n"), answer.constData());
        QVERIFY2(answer.contains(QByteArray("\r\nContent-Length: " + QByteArray::number(after.body.size()) + "\r\n")), answer.constData());
        QVERIFY(answer.endsWith("\r\n\r\n")); // no body
    }

    // GET /events?lists=1: the lists as their routes return them, then every change after them;
    // a resumed stream gets no lists, one of another run (or none to resume) gets them again.
    void eventStreamOpensWithTheListsWhenAsked()
    {
        createTemplate();
        const QString vm = createVm();
        const QByteArray streamId = [&] {
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), m_server->api->port());
            probe.waitForConnected(5000);
            probe.write("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QByteArray head;
            (void)QTest::qWaitFor([&] { head += probe.readAll(); return head.contains(" new\n"); }, 5000);
            return QRegularExpression(QStringLiteral(": vman-stream (\\S+) new")).match(QString::fromLatin1(head)).captured(1).toLatin1();
        }();
        QVERIFY(!streamId.isEmpty());
        auto open = [this](const QByteArray &target, const QByteArray &extra, const QByteArray &until) {
            auto socket = std::make_shared<QTcpSocket>();
            socket->connectToHost(QStringLiteral("127.0.0.1"), m_server->api->port());
            socket->waitForConnected(5000);
            socket->write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n");
            auto received = std::make_shared<QByteArray>();
            (void)QTest::qWaitFor([&] { *received += socket->readAll(); return received->contains(until); }, 5000);
            return std::make_pair(socket, received);
        };
        // The lists event: one line, as GET /templates, /vms, /disks and /images answer.
        auto [first, received] = open("/events?lists=1", {}, "}\n\n");
        QVERIFY2(received->contains("\nevent: lists\nid: "), received->left(300).constData());
        const qsizetype at = received->indexOf("event: lists\nid: ");
        const QList<QByteArray> lines = received->mid(at).split('\n');
        const quint64 listsId = lines.at(1).mid(4).toULongLong();
        QVERIFY(lines.at(2).startsWith("data: "));
        const QJsonObject lists = QJsonDocument::fromJson(lines.at(2).mid(6)).object();
        QCOMPARE(lists.value("vms").toArray(), http().get("/vms").array());
        QCOMPARE(lists.value("templates").toArray(), http().get("/templates").array());
        QCOMPARE(lists.value("disks").toArray(), http().get("/disks").array());
        QCOMPARE(lists.value("images").toArray(), http().get("/images").array());
        QCOMPARE(lists.value("vms").toArray().first().toObject().value("id").toString(), vm);
        // Every change after them follows, with the next id.
        QCOMPARE(http().post("/vms/" + vm.toLatin1() + "/actions/start").status, 200);
        QVERIFY(QTest::qWaitFor([&] { *received += first->readAll(); return received->contains("\"to\":\"running\""); }, 5000));
        QVERIFY(received->contains(QByteArray("id: " + QByteArray::number(listsId + 1) + "\ndata: ")));
        QCOMPARE(received->count("event: lists"), 1);
        first->abort();

        // Resumed (same run, nothing lost): what was missed, no lists.
        QCOMPARE(http().post("/vms/" + vm.toLatin1() + "/actions/stop").status, 200);
        auto [resumed, again] = open("/events?lists=1&stream=" + streamId, "Last-Event-ID: " + QByteArray::number(listsId) + "\r\n",
                                     "\"to\":\"stopped\"");
        QVERIFY2(again->contains(" resumed\n"), again->constData());
        QVERIFY(again->contains("\"to\":\"stopped\""));
        QVERIFY(!again->contains("event: lists"));
        // An id of another run of the server says nothing here: a new stream, with the lists.
        auto [other, fresh] = open("/events?lists=true&stream=another-run", "Last-Event-ID: " + QByteArray::number(listsId) + "\r\n",
                                   "}\n\n");
        QVERIFY2(fresh->contains(" new\n") && fresh->contains("event: lists\n"), fresh->left(300).constData());
        QVERIFY(!fresh->contains("\"type\":\"vm.state_changed\""));
        // Without the lists asked for, a stream is as it was.
        auto [plain, bare] = open("/events?lists=0", {}, " new\n");
        QTest::qWait(100);
        *bare += plain->readAll();
        QVERIFY(!bare->contains("event: lists"));
        verifyDetail(http().get("/events?lists=perhaps"), 422);
    }

    void disconnectedStreamClientsAreDropped()
    {
        std::vector<std::unique_ptr<QTcpSocket>> streams;
        for (int i = 0; i < 20; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QStringLiteral("127.0.0.1"), m_server->api->port());
            QVERIFY(socket->waitForConnected(5000));
            socket->write("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            streams.push_back(std::move(socket));
        }
        QVERIFY(QTest::qWaitFor([&] { return m_server->api->eventClientCount() == 20; }, 5000));
        for (int i = 0; i < 20; i += 2)
            streams[size_t(i)]->disconnectFromHost(); // clean closes
        for (int i = 1; i < 20; i += 2)
            streams[size_t(i)]->abort(); // resets
        QVERIFY(QTest::qWaitFor([&] { return m_server->api->eventClientCount() == 0; }, 5000));
        createTemplate(); // publishing to nobody is fine
        QCOMPARE(http().get("/health").status, 200);
    }

    void eventStreamHeartbeat()
    {
        QTcpSocket stream;
        stream.connectToHost(QStringLiteral("127.0.0.1"), m_server->api->port());
        QVERIFY(stream.waitForConnected(5000));
        stream.write("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray received;
        QVERIFY(QTest::qWaitFor([&] { received += stream.readAll(); return received.contains(": heartbeat\n\n"); }, 20000));
    }

    void aClientThatDoesNotReadBlocksNobody()
    {
        QTcpSocket idle; // opens the stream and never reads
        idle.setReadBufferSize(1);
        idle.connectToHost(QStringLiteral("127.0.0.1"), m_server->api->port());
        QVERIFY(idle.waitForConnected(5000));
        idle.write("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTest::qWait(100);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 3000; ++i)
            m_server->runtime->events().publish(QStringLiteral("test.flood"), {{"payload", QString(1000, 'x')}});
        QCOMPARE(http().get("/health").status, 200);
        QVERIFY(timer.elapsed() < 5000);
        // Far more than the 4 MiB a client may owe (the kernel's socket buffers take a few MB
        // too): the server cuts it off instead of buffering on.
        for (int i = 0; i < 12000; ++i)
            m_server->runtime->events().publish(QStringLiteral("test.flood"), {{"payload", QString(1000, 'x')}});
        QCOMPARE(http().get("/health").status, 200);
        idle.setReadBufferSize(0);
        qint64 received = 0;
        QVERIFY(QTest::qWaitFor([&] { received += idle.readAll().size(); return idle.state() == QAbstractSocket::UnconnectedState; }, 10000));
        QVERIFY2(received < 15000 * 1000, QByteArray::number(received).constData());
    }

    void openapiAndDocs()
    {
        auto r = http().get("/openapi.yaml");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("application/yaml"));
        QFile source(QStringLiteral(VMAN_SOURCE_DIR "/openapi/openapi.yaml"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        // The contract as written, with the address this client used as its server.
        const QByteArray served = "  - url: http://127.0.0.1:" + QByteArray::number(m_server->api->port()) + '\n';
        QCOMPARE(r.body, source.readAll().replace("  - url: http://127.0.0.1:8000\n", served));

        r = http().get("/docs");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/html"));
        QVERIFY(r.body.contains("/docs/swagger-ui-bundle.js"));
        QVERIFY(r.body.contains("/openapi.yaml"));
        // Everything the page loads is served locally (works offline).
        r = http().get("/docs/swagger-ui-bundle.js");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.size() > 100000);
        QVERIFY(r.body.contains("SwaggerUIBundle"));
        QCOMPARE(http().get("/docs/swagger-ui.css").status, 200);
        verifyDetail(http().get("/docs/..%2F..%2Fetc%2Fpasswd"), 404);
    }

    void requestsAreLogged()
    {
        QTemporaryDir logDir;
        logging::Options options;
        options.directory = logDir.path();
        options.console = false;
        QVERIFY(logging::install(options));
        QCOMPARE(http().get("/templates").status, 200);
        http().postRaw("/templates", "{bad");
        logging::shutdown();
        QFile log(logDir.filePath(QStringLiteral("vman.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(log.readAll());
        QVERIFY2(QRegularExpression(QStringLiteral("\\| INFO \\| intel\\.api \\| GET /templates 200 \\d+\\.\\dms")).match(text).hasMatch(), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("| intel.api | POST /templates 422 ")), qPrintable(text));
    }

    void startFailureCarriesTheCauseAndChangesNothing()
    {
        // Real operator, with a QEMU binary that cannot run.
        Config config;
        config.storagePath = m_server->dir.filePath(QStringLiteral("real"));
        config.dbPath = config.storagePath + QStringLiteral("/states.db");
        config.qemuBinary = QStringLiteral("/nonexistent/qemu-system-x86_64");
        config.accel = AccelMode::Tcg;
        Runtime runtime(config);
        QString error;
        QVERIFY2(runtime.start(&error), qPrintable(error));
        ApiServer api(runtime, ApiServer::Options{});
        QVERIFY(api.listen(QStringLiteral("127.0.0.1"), 0, &error));
        HttpClient client(api.port());
        QCOMPARE(client.postJson("/templates", {{"name", "t"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
        const QByteArray id = client.postJson("/vms", {{"template_name", "t"}}).object().value("id").toString().toLatin1();
        auto r = client.post("/vms/" + id + "/actions/start");
        verifyDetail(r, 500);
        QVERIFY2(r.object().value("detail").toString().contains(QStringLiteral("/nonexistent/qemu-system-x86_64")), r.body.constData());
        r = client.get("/vms/" + id);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("stopped"));
        QVERIFY(r.object().value("state_detail").toString().contains(QStringLiteral("/nonexistent")));
        // The health check names the missing binary too.
        const QJsonObject qemu = client.get("/health").object().value("checks").toObject().value("qemu").toObject();
        QCOMPARE(qemu.value("ok").toBool(), false);
        QVERIFY(qemu.value("error").toString().contains(QStringLiteral("/nonexistent")));
    }

    void screenshotAndConsoleInDryRun()
    {
        createTemplate();
        const QByteArray id = createVm().toLatin1();
        verifyDetail(http().get("/vms/" + id + "/screenshot"), 409); // stopped
        QCOMPARE(http().post("/vms/" + id + "/actions/start").status, 200);
        verifyDetail(http().get("/vms/" + id + "/screenshot"), 501); // simulated VMs have no screen
        auto r = http().get("/vms/" + id + "/console?tail=10");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/plain"));
        verifyDetail(http().get("/vms/" + id + "/console?tail=0"), 422);
        verifyDetail(http().get("/vms/" + id + "/console?tail=abc"), 422);
        verifyDetail(http().get("/vms/" + newId().toLatin1() + "/console"), 404);
        verifyDetail(http().get("/vms/" + newId().toLatin1() + "/screenshot"), 404);
    }

    void portForwards()
    {
        createTemplate();
        auto r = http().postRaw("/vms", R"({"template_name":"small","name":"a","ports":[{"host":2222,"guest":22},{"host":5353,"guest":53,"protocol":"udp","host_address":"0.0.0.0"}]})");
        QCOMPARE(r.status, 201);
        const QJsonArray ports = r.object().value("ports").toArray();
        QCOMPARE(ports.size(), 2);
        QCOMPARE(ports.at(0).toObject(), (QJsonObject{{"host", 2222}, {"guest", 22}, {"protocol", "tcp"}, {"host_address", "127.0.0.1"}}));
        QCOMPARE(ports.at(1).toObject().value("protocol").toString(), QStringLiteral("udp"));
        // The same host port for another VM is a conflict; on the other protocol it is not.
        const QByteArray before = snapshot();
        r = http().postRaw("/vms", R"({"template_name":"small","ports":[{"host":2222,"guest":80}]})");
        verifyDetail(r, 409);
        QVERIFY(r.object().value("detail").toString().contains(QStringLiteral("2222")));
        QCOMPARE(snapshot(), before);
        QCOMPARE(http().postRaw("/vms", R"({"template_name":"small","ports":[{"host":2222,"guest":80,"protocol":"udp"}]})").status, 201);

        const QList<QPair<QByteArray, QString>> bad = {
            {R"({"template_name":"small","ports":[{"host":0,"guest":22}]})", "host"},
            {R"({"template_name":"small","ports":[{"host":70000,"guest":22}]})", "host"},
            {R"({"template_name":"small","ports":[{"host":2300,"guest":-1}]})", "guest"},
            {R"({"template_name":"small","ports":[{"host":"2300","guest":22}]})", "host"},
            {R"({"template_name":"small","ports":[{"host":2300}]})", "guest"},
            {R"({"template_name":"small","ports":[{"host":2300,"guest":22,"protocol":"sctp"}]})", "protocol"},
            {R"({"template_name":"small","ports":[{"host":2300,"guest":22,"host_address":"::1"}]})", "host_address"},
            {R"({"template_name":"small","ports":[{"host":2300,"guest":22},{"host":2300,"guest":23}]})", "host"},
            {R"({"template_name":"small","ports":[5]})", ""},
            {R"({"template_name":"small","ports":{"host":1}})", ""},
        };
        for (const auto &[body, field] : bad) {
            const QByteArray snap = snapshot();
            r = http().postRaw("/vms", body);
            verifyDetail(r, 422);
            const QJsonArray loc = r.object().value("detail").toArray().first().toObject().value("loc").toArray();
            QCOMPARE(loc.at(1).toString(), QStringLiteral("ports"));
            if (!field.isEmpty()) {
                QVERIFY2(loc.at(2).isDouble(), body.constData());
                QCOMPARE(loc.last().toString(), field);
            }
            QCOMPARE(snapshot(), snap);
        }
    }

    void bearerToken()
    {
        m_server = std::make_unique<TestServer>(true, QStringLiteral("s3cret-token"));
        auto r = http().get("/vms");
        verifyDetail(r, 401);
        QCOMPARE(r.header("www-authenticate"), QByteArray("Bearer"));
        verifyDetail(http().request("GET", "/health", {}, {{"Authorization", "Bearer wrong"}}), 401);
        verifyDetail(http().request("GET", "/health", {}, {{"Authorization", "Basic czNjcmV0LXRva2Vu"}}), 401);
        verifyDetail(http().request("GET", "/health", {}, {{"Authorization", "Bearer s3cret-token-and-more"}}), 401);
        verifyDetail(http().postJson("/templates", {{"name", "x"}, {"cpu_count", 1}, {"ram_amount", 1}}), 401);
        QCOMPARE(http().request("GET", "/health", {}, {{"Authorization", "Bearer s3cret-token"}}).status, 200);
        HttpClient authed(m_server->api->port());
        authed.setToken("s3cret-token");
        QCOMPARE(authed.get("/templates").array().size(), 0); // the refused POST changed nothing
        QCOMPARE(authed.postJson("/templates", {{"name", "x"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
    }

    void slowOperationsDoNotBlockOtherRequests()
    {
        m_server = std::make_unique<TestServer>(true, QString(), 1500);
        createTemplate();
        const QByteArray id = createVm().toLatin1();
        // Start takes 1.5 s (simulated); meanwhile the API keeps answering.
        QTcpSocket starter;
        starter.connectToHost(QStringLiteral("127.0.0.1"), m_server->api->port());
        QVERIFY(starter.waitForConnected(5000));
        starter.write("POST /vms/" + id + "/actions/start HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return http().get("/vms/" + id).object().value("state").toString() == QLatin1String("starting"); }, 3000));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(http().get("/health").status, 200);
        verifyDetail(http().post("/vms/" + id + "/actions/stop"), 409); // busy starting
        QVERIFY(timer.elapsed() < 1000);
        QByteArray answer;
        QVERIFY(QTest::qWaitFor([&] { answer += starter.readAll(); return answer.contains("\"state\":\"running\""); }, 5000));
        QVERIFY(answer.startsWith("HTTP/1.1 200"));
    }
};

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
