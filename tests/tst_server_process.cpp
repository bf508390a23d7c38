// SPDX-License-Identifier: GPL-3.0-or-later
// `vman --server` as a real process: start-up, /health, clean shutdown on SIGTERM/SIGINT,
// and each start-up refusal with its message and exit code.
#include "HttpClient.h"
#include "VmanProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {

// CPU time (user + system) of a process, in clock ticks.
qint64 cpuTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = stat.readAll().split(')').last().trimmed().split(' ');
    return fields.size() > 12 ? fields.at(11).toLongLong() + fields.at(12).toLongLong() : -1;
}

QStringList serverArgs(const QString &storage, const QString &port = QStringLiteral("0"))
{
    return {QStringLiteral("--server"), QStringLiteral("--dry-run"), QStringLiteral("--storage"), storage,
            QStringLiteral("--port"), port};
}


// curl's answer: the status (0 if none) and the body; `exitCode` is curl's own.
struct CurlResult
{
    int exitCode = -1;
    int status = 0;
    QByteArray body;
};

CurlResult curl(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral("curl"), QStringList{QStringLiteral("-s"), QStringLiteral("-m"), QStringLiteral("10"),
                                                      QStringLiteral("-w"), QStringLiteral("\n%{http_code}")} + args);
    CurlResult result;
    if (!process.waitForFinished(15000))
        return result;
    result.exitCode = process.exitCode();
    const QByteArray out = process.readAllStandardOutput();
    const qsizetype cut = out.lastIndexOf('\n');
    result.status = out.mid(cut + 1).toInt();
    result.body = out.left(cut);
    return result;
}

} // namespace

class TestServerProcess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void startsServesAndStopsCleanlyOnSigterm()
    {
        const QString storage = m_dir.filePath(QStringLiteral("a"));
        VmanProcess vman(m_dir.path(), serverArgs(storage));
        const quint16 port = vman.waitForPort();
        QVERIFY2(port != 0, qPrintable(vman.output() + vman.errors()));
        HttpClient http(port);
        const auto health = http.get("/health");
        QCOMPARE(health.status, 200);
        QCOMPARE(health.object().value("checks").toObject().value("storage").toObject().value("path").toString(), storage);
        QCOMPARE(http.postJson("/templates", {{"name", "kept"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);

        vman.signal(SIGTERM);
        QVERIFY(vman.finish());
        QCOMPARE(vman.exitCode(), 0);
        QVERIFY(vman.output().contains(QStringLiteral("signal 15 received")));
        QVERIFY(vman.output().contains(QStringLiteral("database closed")));
        // The log file has the same lines, flushed.
        QFile log(m_dir.filePath(QStringLiteral("logs/vman.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(log.readAll());
        QVERIFY(text.contains(QStringLiteral("| INFO | intel.api | GET /health 200 ")));
        QVERIFY(text.contains(QStringLiteral("database closed")));

        // State survives the restart.
        VmanProcess again(m_dir.path(), serverArgs(storage));
        const quint16 port2 = again.waitForPort();
        QVERIFY(port2 != 0);
        QCOMPARE(HttpClient(port2).get("/templates/kept").status, 200);
        again.signal(SIGINT);
        QVERIFY(again.finish());
        QCOMPARE(again.exitCode(), 0);
    }

    void secondInstanceOnSameStorageIsRefused()
    {
        const QString storage = m_dir.filePath(QStringLiteral("b"));
        VmanProcess first(m_dir.path(), serverArgs(storage));
        QVERIFY(first.waitForPort() != 0);
        VmanProcess second(m_dir.path(), serverArgs(storage));
        QVERIFY(second.finish());
        QVERIFY(second.exitCode() != 0);
        QVERIFY2(second.errors().contains(QStringLiteral("PID %1").arg(first.pid())), qPrintable(second.errors()));
        QVERIFY(second.errors().contains(storage));
    }

    void lockOfAKilledInstanceIsNotStale()
    {
        const QString storage = m_dir.filePath(QStringLiteral("c"));
        {
            VmanProcess first(m_dir.path(), serverArgs(storage));
            QVERIFY(first.waitForPort() != 0);
            first.signal(SIGKILL);
            QVERIFY(first.finish());
        }
        VmanProcess second(m_dir.path(), serverArgs(storage));
        QVERIFY2(second.waitForPort() != 0, qPrintable(second.output() + second.errors()));
    }

    void takenPortIsReported()
    {
        VmanProcess first(m_dir.path(), serverArgs(m_dir.filePath(QStringLiteral("d1"))));
        const quint16 port = first.waitForPort();
        QVERIFY(port != 0);
        VmanProcess second(m_dir.path(), serverArgs(m_dir.filePath(QStringLiteral("d2")), QString::number(port)));
        QVERIFY(second.finish());
        QCOMPARE(second.exitCode(), 1);
        QVERIFY2(second.errors().contains(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port)), qPrintable(second.errors()));
    }

    void unwritableStorageIsReported()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        VmanProcess vman(m_dir.path(), serverArgs(m_dir.filePath(QStringLiteral("blocker/storage"))));
        QVERIFY(vman.finish());
        QCOMPARE(vman.exitCode(), 1);
        QVERIFY2(vman.errors().contains(QStringLiteral("storage folder")), qPrintable(vman.errors()));
    }

    void invalidConfigurationExitsWith2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        const QStringList base = {QStringLiteral("--server"), QStringLiteral("--dry-run")};
        QTest::newRow("bad port env") << base << "VMAN_API_PORT" << "eighty" << "VMAN_API_PORT";
        QTest::newRow("bad level env") << base << "VMAN_LOG_LEVEL" << "VERBOSE" << "VMAN_LOG_LEVEL";
        QTest::newRow("bad interval env") << base << "VMAN_OBSERVER_INTERVAL" << "-4" << "VMAN_OBSERVER_INTERVAL";
        QTest::newRow("bad accel env") << base << "VMAN_ACCEL" << "fast" << "VMAN_ACCEL";
        QTest::newRow("public without TLS") << base << "VMAN_API_HOST" << "0.0.0.0" << "VMAN_API_INSECURE=1";
        QTest::newRow("bad port option") << (base + QStringList{"--port", "99999"}) << "" << "" << "--port";
        QTest::newRow("unknown option") << (base + QStringList{"--frobnicate"}) << "" << "" << "frobnicate";
        QTest::newRow("connect without https") << QStringList{"--connect", "http://lab1:8000"} << "" << "" << "--connect needs the host's https:// address";
    }
    void invalidConfigurationExitsWith2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QMap<QString, QString> env{{QStringLiteral("VMAN_STORAGE_PATH"), m_dir.filePath(QStringLiteral("e"))}};
        if (!variable.isEmpty())
            env.insert(variable, value);
        VmanProcess vman(m_dir.path(), args, env);
        QVERIFY(vman.finish());
        QCOMPARE(vman.exitCode(), 2);
        QVERIFY2(vman.errors().contains(expected), qPrintable(vman.errors()));
    }

    void dotEnvInWorkingDirectoryIsRead()
    {
        QTemporaryDir work;
        const QString storage = work.filePath(QStringLiteral("from-dotenv"));
        QFile dotEnv(work.filePath(QStringLiteral(".env")));
        QVERIFY(dotEnv.open(QIODevice::WriteOnly));
        dotEnv.write("VMAN_STORAGE_PATH=" + storage.toUtf8() + "\nVMAN_OPERATOR_DRY_RUN=1\nVMAN_API_PORT=0\n");
        dotEnv.close();
        VmanProcess vman(work.path(), {QStringLiteral("--server")});
        const quint16 port = vman.waitForPort();
        QVERIFY2(port != 0, qPrintable(vman.output() + vman.errors()));
        const auto health = HttpClient(port).get("/health");
        QCOMPARE(health.object().value("checks").toObject().value("storage").toObject().value("path").toString(), storage);
        QVERIFY(vman.output().contains(QStringLiteral("in dry-run")));
    }

    void desktopModeServesTheSameApi()
    {
        // Without --server: the window opens (offscreen here) and the same API is served.
        const QString storage = m_dir.filePath(QStringLiteral("gui"));
        VmanProcess vman(m_dir.path(), {QStringLiteral("--dry-run"), QStringLiteral("--storage"), storage, QStringLiteral("--port"), QStringLiteral("0")},
                         {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}});
        const quint16 port = vman.waitForPort();
        QVERIFY2(port != 0, qPrintable(vman.output() + vman.errors()));
        QVERIFY(vman.output().contains(QStringLiteral("with the desktop window")));
        HttpClient http(port);
        QCOMPARE(http.get("/health").status, 200);
        QCOMPARE(http.postJson("/templates", {{"name", "gui"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
        vman.signal(SIGTERM);
        QVERIFY(vman.finish());
        QCOMPARE(vman.exitCode(), 0);
    }

    void runningOutOfFilesDoesNotSpinAndRecovers()
    {
        // 64 open files: a 16-connection cap, and accept() runs out of descriptors under a flood.
        VmanProcess vman(m_dir.path(), serverArgs(m_dir.filePath(QStringLiteral("fd-storage"))), {},
                         {QStringLiteral("prlimit"), QStringLiteral("--nofile=64:64")});
        const quint16 port = vman.waitForPort();
        QVERIFY(port > 0);
        QList<std::shared_ptr<QTcpSocket>> flood;
        for (int i = 0; i < 120; ++i) {
            auto socket = std::make_shared<QTcpSocket>();
            socket->connectToHost(QStringLiteral("127.0.0.1"), port);
            flood.append(socket);
        }
        QTest::qWait(1500);
        // Over the cap, a newcomer either gets 503 or an older idle connection is closed for it.
        int refused = 0;
        int closed = 0;
        for (const auto &socket : flood) {
            refused += socket->readAll().startsWith("HTTP/1.1 503") ? 1 : 0;
            closed += socket->state() == QAbstractSocket::UnconnectedState ? 1 : 0;
        }
        QVERIFY2(refused + closed > 0, "clients over the cap are answered or make room");
        QVERIFY2(vman.drain(), qPrintable(vman.describe()));
        const qint64 before = cpuTicks(vman.pid());
        QTest::qWait(1000);
        const qint64 spent = cpuTicks(vman.pid()) - before;
        QVERIFY2(before >= 0 && vman.drain(), qPrintable(vman.describe()));
        QVERIFY2(spent < 30, qPrintable(QStringLiteral("%1 ticks of CPU in 1 s").arg(spent)));
        flood.clear();
        HttpResponse health;
        const bool recovered = QTest::qWaitFor([&] {
            health = HttpClient(port).request("GET", "/health", {}, {}, 1000);
            return health.status == 200;
        }, 15000);
        QVERIFY2(recovered, qPrintable(QStringLiteral("last /health: %1 %2\nserver: %3")
                                           .arg(health.status).arg(QString::fromUtf8(health.body.left(600)), vman.describe())));
        vman.signal(SIGTERM);
        QVERIFY(vman.finish());
        QCOMPARE(vman.exitCode(), 0);
    }

    void httpsWithAnAutoCertificatePairingAndRevocation()
    {
        const QString storage = m_dir.filePath(QStringLiteral("tls-storage"));
        VmanProcess vman(m_dir.path(), serverArgs(storage), {{QStringLiteral("VMAN_API_TLS"), QStringLiteral("auto")}});
        const quint16 port = vman.waitForPort();
        QVERIFY2(port != 0, qPrintable(vman.describe()));
        QVERIFY(vman.waitForOutput(QStringLiteral("Certificate SHA-256 fingerprint")));
        const QString output = vman.output();
        const QString code = QRegularExpression(QStringLiteral("Pairing code for a new client: (\\S+)")).match(output).captured(1);
        const QString fingerprint = QRegularExpression(QStringLiteral("Certificate SHA-256 fingerprint: (\\S+)")).match(output).captured(1);
        QVERIFY2(!code.isEmpty() && fingerprint.size() == 95, qPrintable(output));
        QVERIFY(output.contains(QStringLiteral("INTEL listening on https://127.0.0.1:%1 (bearer token required)").arg(port)));
        // The code is printed, never logged.
        QFile log(m_dir.filePath(QStringLiteral("logs/vman.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(!log.readAll().contains(code.toLatin1()));

        const QString cacert = storage + QStringLiteral("/tls/api-cert.pem");
        const QString base = QStringLiteral("https://localhost:%1").arg(port);
        const QStringList trust{QStringLiteral("--cacert"), cacert};
        // The certificate verifies against itself (host name and address both), and a token is needed.
        QCOMPARE(curl(trust + QStringList{base + QStringLiteral("/vms")}).status, 401);
        QCOMPARE(curl(trust + QStringList{QStringLiteral("https://127.0.0.1:%1/vms").arg(port)}).status, 401);
        // Without trusting it, curl refuses the connection (60: peer certificate cannot be authenticated).
        QCOMPARE(curl({base + QStringLiteral("/vms")}).exitCode, 60);
        // Plain HTTP on the HTTPS port: told so.
        const CurlResult plain = curl({QStringLiteral("http://127.0.0.1:%1/vms").arg(port)});
        QCOMPARE(plain.status, 400);
        QVERIFY2(plain.body.contains("https://"), plain.body.constData());

        const QStringList pairArgs = trust + QStringList{QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"), QStringLiteral("-d"),
                                                         QStringLiteral(R"({"code":"%1","name":"laptop"})").arg(code), base + QStringLiteral("/auth/pair")};
        const CurlResult paired = curl(pairArgs);
        QCOMPARE(paired.status, 201);
        const QJsonObject pairing = QJsonDocument::fromJson(paired.body).object();
        QCOMPARE(pairing.value(QStringLiteral("name")).toString(), QStringLiteral("laptop"));
        QCOMPARE(pairing.value(QStringLiteral("fingerprint")).toString(), fingerprint);
        const QString token = pairing.value(QStringLiteral("token")).toString();
        QVERIFY(token.startsWith(QLatin1String("vman_")));
        QCOMPARE(curl(pairArgs).status, 403); // once only
        const QStringList bearer{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + token};
        QCOMPARE(curl(trust + bearer + QStringList{base + QStringLiteral("/vms")}).status, 200);
        const CurlResult health = curl(trust + bearer + QStringList{base + QStringLiteral("/health")});
        QCOMPARE(health.status, 200);
        const QJsonObject tlsCheck = QJsonDocument::fromJson(health.body).object().value(QStringLiteral("checks")).toObject().value(QStringLiteral("tls")).toObject();
        QCOMPARE(tlsCheck.value(QStringLiteral("fingerprint_sha256")).toString(), fingerprint);
        QVERIFY(tlsCheck.value(QStringLiteral("ok")).toBool());
        QVERIFY(tlsCheck.value(QStringLiteral("days_left")).toInt() > 3600);
        // The documentation and its contract hold no data: a browser opens them without a token.
        QCOMPARE(curl(trust + QStringList{base + QStringLiteral("/docs")}).status, 200);
        const CurlResult contract = curl(trust + QStringList{base + QStringLiteral("/openapi.yaml")});
        QCOMPARE(contract.status, 200);
        QVERIFY(contract.body.contains(QStringLiteral("  - url: https://localhost:%1\n").arg(port).toUtf8()));
        // The log, read remotely (what the window's log view shows of a remote host).
        const CurlResult logs = curl(trust + bearer + QStringList{base + QStringLiteral("/logs?level=INFO&limit=5000")});
        QCOMPARE(logs.status, 200);
        const QJsonObject logAnswer = QJsonDocument::fromJson(logs.body).object();
        bool listening = false;
        for (const QJsonValue &line : logAnswer.value(QStringLiteral("lines")).toArray())
            listening = listening || line.toObject().value(QStringLiteral("text")).toString().contains(QLatin1String("INTEL listening on https://"));
        QVERIFY2(listening, logs.body.left(2000).constData());
        QVERIFY(!logs.body.contains(code.toUtf8())); // the pairing code is not in the log
        const qint64 lastSeq = logAnswer.value(QStringLiteral("last_seq")).toInteger();
        QVERIFY(lastSeq > 0);
        const CurlResult after = curl(trust + bearer + QStringList{base + QStringLiteral("/logs?after=%1&level=ERROR").arg(lastSeq)});
        QCOMPARE(after.status, 200);
        QVERIFY(QJsonDocument::fromJson(after.body).object().value(QStringLiteral("lines")).toArray().isEmpty());
        QCOMPARE(curl(trust + bearer + QStringList{base + QStringLiteral("/logs?level=LOUD")}).status, 422);
        QCOMPARE(curl(trust + bearer + QStringList{base + QStringLiteral("/logs?limit=0")}).status, 422);
        QCOMPARE(curl(trust + QStringList{base + QStringLiteral("/logs")}).status, 401);
        // Managing tokens over the API needs the administrator token, which this server has not set.
        QCOMPARE(curl(trust + bearer + QStringList{base + QStringLiteral("/auth/tokens")}).status, 403);

        // The server's own shell: a named code, the list, and revocation, beside the running server.
        auto tokenCommand = [&](const QStringList &args) {
            QProcess process;
            process.start(QStringLiteral(VMAN_BINARY), QStringList{QStringLiteral("token")} + args + QStringList{QStringLiteral("--storage"), storage});
            process.waitForFinished(10000);
            return std::make_pair(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()));
        };
        const auto listed = tokenCommand({QStringLiteral("list")});
        QCOMPARE(listed.first, 0);
        QVERIFY2(listed.second.contains(QLatin1String("laptop")) && !listed.second.contains(token), qPrintable(listed.second));
        const auto created = tokenCommand({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("desk")});
        QCOMPARE(created.first, 0);
        const QString deskCode = QRegularExpression(QStringLiteral("Pairing code: (\\S+)")).match(created.second).captured(1);
        const CurlResult desk = curl(trust + QStringList{QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"), QStringLiteral("-d"),
                                                         QStringLiteral(R"({"code":"%1"})").arg(deskCode), base + QStringLiteral("/auth/pair")});
        QCOMPARE(desk.status, 201);
        QCOMPARE(QJsonDocument::fromJson(desk.body).object().value(QStringLiteral("name")).toString(), QStringLiteral("desk"));
        QCOMPARE(tokenCommand({QStringLiteral("revoke"), QStringLiteral("laptop")}).first, 0);
        QCOMPARE(curl(trust + bearer + QStringList{base + QStringLiteral("/vms")}).status, 401);
        QCOMPARE(tokenCommand({QStringLiteral("revoke"), QStringLiteral("laptop")}).first, 1);
        QCOMPARE(tokenCommand({QStringLiteral("frobnicate")}).first, 2);

        vman.signal(SIGTERM);
        QVERIFY(vman.finish());
        QCOMPARE(vman.exitCode(), 0);
    }

    void adminTokenManagesClientsOverTheApi()
    {
        const QString storage = m_dir.filePath(QStringLiteral("admin-storage"));
        VmanProcess vman(m_dir.path(), serverArgs(storage), {{QStringLiteral("VMAN_API_TOKEN"), QStringLiteral("admin-secret")}});
        const quint16 port = vman.waitForPort();
        QVERIFY2(port != 0, qPrintable(vman.describe()));
        HttpClient http(port);
        const QList<QPair<QByteArray, QByteArray>> admin{{"Authorization", "Bearer admin-secret"}, {"Content-Type", "application/json"}};
        const auto made = http.request("POST", "/auth/pairing-codes", R"({"minutes":2})", admin);
        QCOMPARE(made.status, 201);
        const QString code = made.object().value(QStringLiteral("code")).toString();
        // Plain HTTP on loopback may pair (the code never leaves this machine).
        const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};
        const auto paired = http.request("POST", "/auth/pair", QStringLiteral(R"({"code":"%1","name":"script"})").arg(code).toUtf8(), json);
        QCOMPARE(paired.status, 201);
        const QByteArray token = paired.object().value(QStringLiteral("token")).toString().toLatin1();
        const QList<QPair<QByteArray, QByteArray>> client{{"Authorization", "Bearer " + token}};
        QCOMPARE(http.request("GET", "/vms", {}, client).status, 200);
        QCOMPARE(http.request("GET", "/auth/tokens", {}, client).status, 403); // a client does not manage clients
        const auto listed = http.request("GET", "/auth/tokens", {}, admin);
        QCOMPARE(listed.status, 200);
        const QString id = listed.array().first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(listed.array().first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("script"));
        QVERIFY(!listed.body.contains(token));
        QCOMPARE(http.request("DELETE", "/auth/tokens/" + id.toLatin1(), {}, admin).status, 204);
        QCOMPARE(http.request("GET", "/vms", {}, client).status, 401);
        QCOMPARE(http.request("DELETE", "/auth/tokens/" + id.toLatin1(), {}, admin).status, 404);
        // Wrong codes: refused, then throttled.
        int lastStatus = 0;
        for (int i = 0; i < 11; ++i)
            lastStatus = http.request("POST", "/auth/pair", R"({"code":"ZZZZZ-ZZZZZ","name":"guess"})", json).status;
        QCOMPARE(lastStatus, 429);
        QCOMPARE(http.request("POST", "/auth/pair", R"({"name":"no code"})", json).status, 422);
        vman.signal(SIGTERM);
        QVERIFY(vman.finish());
    }

    void helpListsTheOptions()
    {
        // No display at all: --help must not need one.
        const QMap<QString, QString> noDisplay{{QStringLiteral("QT_QPA_PLATFORM"), QString()}, {QStringLiteral("DISPLAY"), QString()},
                                               {QStringLiteral("WAYLAND_DISPLAY"), QString()}};
        VmanProcess vman(m_dir.path(), {QStringLiteral("--help")}, noDisplay);
        QVERIFY(vman.finish());
        QCOMPARE(vman.exitCode(), 0);
        QVERIFY(vman.output().startsWith(QLatin1String("Usage: vman [options]")));
        VmanProcess bad(m_dir.path(), {QStringLiteral("--no-such-option")}, noDisplay);
        QVERIFY(bad.finish());
        QCOMPARE(bad.exitCode(), 2);
        for (const char *option : {"--server", "--host", "--port", "--storage", "--dry-run", "--log-level", "--connect"})
            QVERIFY2(vman.output().contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_server_process.moc"
