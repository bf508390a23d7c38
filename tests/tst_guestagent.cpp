// SPDX-License-Identifier: GPL-3.0-or-later
// The guest agent's parts without a VM: the reader of its bytes (sentinel, bounds, garbage),
// the report built from its answers, the client against a scripted agent on a unix socket (sync
// after stale output, errors, silence, replies the guest should not send), and the guest watch's
// readiness rules (SSH banner, a port that accepts but never answers, the serial marker, the
// agent) with a dry-run VM.
#include "DryRunOperator.h"
#include "EventHub.h"
#include "GuestAgentClient.h"
#include "GuestAgentReader.h"
#include "StateStore.h"
#include "VmService.h"
#include "guest/GuestWatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace vman;

namespace {

// A dry-run VM whose serial log and agent are the test's.
class ScriptedOperator final : public DryRunOperator
{
public:
    using DryRunOperator::DryRunOperator;
    QString serialLogPath(const Vm &) const override { return logPath; }
    void queryGuest(const Vm &, Callback<GuestInfo> done) override
    {
        ++queries;
        if (agent)
            return done(*agent);
        done(ServiceError::unavailable(QStringLiteral("no guest agent answers")));
    }
    QString logPath;
    std::optional<GuestInfo> agent;
    int queries = 0;
};

// An agent on a unix socket that answers from a script: for each request line, a function.
struct FakeAgent
{
    explicit FakeAgent(const QString &path)
    {
        QLocalServer::removeServer(path);
        server.listen(path);
        QObject::connect(&server, &QLocalServer::newConnection, [this] {
            client = server.nextPendingConnection();
            QObject::connect(client, &QLocalSocket::readyRead, [this] {
                buffer += client->readAll();
                qsizetype nl;
                while ((nl = buffer.indexOf('\n')) >= 0) {
                    QByteArray line = buffer.left(nl);
                    buffer.remove(0, nl + 1);
                    while (line.startsWith('\xff'))
                        line.remove(0, 1);
                    const QJsonObject request = QJsonDocument::fromJson(line).object();
                    requests << request.value("execute").toString();
                    if (respond)
                        client->write(respond(request));
                }
            });
        });
    }
    static QByteArray syncReply(const QJsonObject &request, const QByteArray &before = {})
    {
        return before + '\xff' + QByteArray("{\"return\": ") + QByteArray::number(request.value("arguments").toObject().value("id").toInteger()) + "}\n";
    }
    QLocalServer server;
    QPointer<QLocalSocket> client;
    QByteArray buffer;
    QStringList requests;
    std::function<QByteArray(const QJsonObject &)> respond;
};

Result<QJsonValue> run(GuestAgentClient &client, const QString &command, int timeoutMs = 2000)
{
    std::optional<Result<QJsonValue>> result;
    client.execute(command, {}, [&](Result<QJsonValue> r) { result.emplace(std::move(r)); }, timeoutMs);
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs + 3000))
        return ServiceError::failed(QStringLiteral("no answer at all"));
    return *result;
}

} // namespace

class TestGuestAgent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readerDropsEverythingBeforeTheSentinel()
    {
        qemu::GuestAgentReader reader(1024);
        QCOMPARE(reader.feed("{\"return\": 1}\n").size(), 1);
        reader.expectSentinel();
        QVERIFY(reader.feed("{\"return\": 2}\n{\"half\": ").isEmpty()); // stale output, dropped
        QList<QJsonObject> got = reader.feed(QByteArray("junk\xff{\"return\"", 14));
        QVERIFY(got.isEmpty());
        got = reader.feed(": 7}\n{\"return\": {}}\n");
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.first().value("return").toInt(), 7);
        // Garbage after the sentinel fails the reader until the next sync.
        QVERIFY(reader.feed("not json\n").isEmpty());
        QVERIFY(reader.failed());
        reader.expectSentinel();
        QVERIFY(!reader.failed());
        QCOMPARE(reader.feed(QByteArray("\xff{\"return\": 1}\n", 15)).size(), 1);
        // A line past the bound fails instead of growing.
        QVERIFY(reader.feed(QByteArray(2000, 'x')).isEmpty());
        QVERIFY(reader.failed());
    }

    void reportFromTheAgentsAnswers()
    {
        const QJsonArray nics{QJsonObject{{"name", "lo"}, {"ip-addresses", QJsonArray{QJsonObject{{"ip-address", "127.0.0.1"}}, QJsonObject{{"ip-address", "::1"}}}}},
                              QJsonObject{{"name", "eth0"},
                                          {"ip-addresses", QJsonArray{QJsonObject{{"ip-address", "10.0.2.15"}}, QJsonObject{{"ip-address", "fe80::1"}},
                                                                      QJsonObject{{"ip-address", "fec0::5054:ff:fe12:3456"}}, QJsonObject{{"ip-address", "10.0.2.15"}}}}}};
        const GuestInfo g = qemu::guestInfoFrom(QJsonObject{{"version", "7.2.22"}},
                                                QJsonObject{{"pretty-name", "Debian GNU/Linux 12 (bookworm)"}, {"id", "debian"}, {"kernel-release", "6.1.0"}},
                                                QJsonObject{{"host-name", "web\n\x01"}}, nics);
        QVERIFY(g.agent);
        QCOMPARE(g.agentVersion, QStringLiteral("7.2.22"));
        QCOMPARE(g.os, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QCOMPARE(g.osId, QStringLiteral("debian"));
        QCOMPARE(g.hostname, QStringLiteral("web")); // control characters from the guest are not passed on
        QCOMPARE(g.ipAddresses, (QStringList{"10.0.2.15", "fec0::5054:ff:fe12:3456"}));
        // Whatever the guest sends, the report stays small.
        QJsonArray flood;
        for (int i = 0; i < 1000; ++i)
            flood.append(QJsonObject{{"ip-address", QStringLiteral("10.0.%1.%2").arg(i / 250).arg(i % 250)}});
        const GuestInfo big = qemu::guestInfoFrom({}, QJsonObject{{"name", QString(5000, QLatin1Char('x'))}}, 42, QJsonArray{QJsonObject{{"ip-addresses", flood}}});
        QCOMPARE(big.ipAddresses.size(), 32);
        QCOMPARE(big.os.size(), 200);
        QVERIFY(big.hostname.isEmpty());
    }

    void clientSyncsPastStaleOutputAndAnswersInOrder()
    {
        QTemporaryDir dir;
        FakeAgent agent(dir.filePath("qga.sock"));
        int answered = 0;
        agent.respond = [&](const QJsonObject &request) -> QByteArray {
            const QString command = request.value("execute").toString();
            if (command == QLatin1String("guest-sync-delimited"))
                return FakeAgent::syncReply(request, "{\"return\": \"stale answer of an earlier client\"}\n{\"ret");
            ++answered;
            if (command == QLatin1String("guest-info"))
                return "{\"return\": {\"version\": \"7.2.22\"}}\n";
            return "{\"error\": {\"class\": \"CommandNotFound\", \"desc\": \"The command " + command.toUtf8() + " has not been found\"}}\n";
        };
        GuestAgentClient client(dir.filePath("qga.sock"));
        const Result<QJsonValue> info = run(client, "guest-info");
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info.value().toObject().value("version").toString(), QStringLiteral("7.2.22"));
        QVERIFY(client.isInStep());
        const Result<QJsonValue> missing = run(client, "guest-get-osinfo");
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QLatin1String("has not been found")), qPrintable(missing.error().message));
        // In step, the second request needed no new sync.
        QCOMPARE(agent.requests, (QStringList{"guest-sync-delimited", "guest-info", "guest-get-osinfo"}));
    }

    void silenceAndGarbageAreErrorsAndTheNextRequestSyncsAgain()
    {
        QTemporaryDir dir;
        FakeAgent agent(dir.filePath("qga.sock"));
        GuestAgentClient client(dir.filePath("qga.sock"));
        // No agent in the guest: the channel exists but nothing answers.
        const Result<QJsonValue> silent = run(client, "guest-ping", 300);
        QVERIFY(!silent.ok());
        QCOMPARE(silent.error().kind, ErrorKind::Unavailable);
        QVERIFY(silent.error().message.contains(QLatin1String("no guest agent answers")));
        // The agent starts, but the guest sends garbage for a reply.
        agent.respond = [](const QJsonObject &request) -> QByteArray {
            if (request.value("execute").toString() == QLatin1String("guest-sync-delimited"))
                return FakeAgent::syncReply(request);
            return "\x01\x02 not json\n";
        };
        const Result<QJsonValue> garbage = run(client, "guest-ping");
        QVERIFY(!garbage.ok());
        QVERIFY2(garbage.error().message.contains(QLatin1String("unreadable")), qPrintable(garbage.error().message));
        QVERIFY(!client.isInStep());
        // A sane agent again: the next request syncs first and works.
        agent.respond = [](const QJsonObject &request) -> QByteArray {
            if (request.value("execute").toString() == QLatin1String("guest-sync-delimited"))
                return FakeAgent::syncReply(request);
            return "{\"return\": {}}\n";
        };
        agent.requests.clear();
        QVERIFY(run(client, "guest-ping").ok());
        QCOMPARE(agent.requests, (QStringList{"guest-sync-delimited", "guest-ping"}));
        // A command without a reply (guest-shutdown) is done once written; the next one syncs.
        std::optional<Result<QJsonValue>> shutdown;
        client.execute("guest-shutdown", {}, [&](Result<QJsonValue> r) { shutdown.emplace(r); }, 1000, false);
        QVERIFY(QTest::qWaitFor([&] { return shutdown.has_value(); }, 3000));
        QVERIFY(shutdown->ok());
        QVERIFY(QTest::qWaitFor([&] { return agent.requests.contains("guest-shutdown"); }, 3000));
        // The channel goes away (QEMU stopped): waiting requests fail at once.
        agent.respond = nullptr;
        std::optional<Result<QJsonValue>> lost;
        client.execute("guest-ping", {}, [&](Result<QJsonValue> r) { lost.emplace(r); }, 10000);
        QVERIFY(QTest::qWaitFor([&] { return agent.client != nullptr; }, 3000));
        agent.client->abort();
        QVERIFY(QTest::qWaitFor([&] { return lost.has_value(); }, 3000));
        QVERIFY(!lost->ok());
    }

    void noChannelFailsAtOnce()
    {
        GuestAgentClient client(QStringLiteral("/nonexistent/qga.sock"));
        QElapsedTimer timer;
        timer.start();
        const Result<QJsonValue> r = run(client, "guest-ping");
        QVERIFY(!r.ok());
        QVERIFY(timer.elapsed() < 1500);
    }

    void watchFindsReadinessBySshBannerMarkerOrAgent()
    {
        QTemporaryDir dir;
        StoragePaths paths(dir.path());
        QDir().mkpath(paths.vmsDir());
        StateStore store(dir.filePath("states.db"));
        QVERIFY(store.open());
        ScriptedOperator op(paths, 0);
        op.logPath = dir.filePath("serial.log");
        VmService service(store, op);
        QVERIFY(service.load());
        GuestWatch watch(service, op);
        watch.start();
        EventHub events;
        events.watch(service);
        QVERIFY(service.createTemplate({"t", 1, 1}).ok());
        auto startVm = [&](const VmSpec &spec) {
            const Result<Vm> vm = service.createVm(spec);
            std::optional<Result<Vm>> started;
            service.startVm(vm.value().id, [&](Result<Vm> r) { started.emplace(r); });
            (void)QTest::qWaitFor([&] { return started.has_value(); }, 5000);
            return vm.value().id;
        };
        QSignalSpy ready(&service, &VmService::vmReady);

        // 1. A port that accepts and closes (QEMU's forward with no server behind it): not ready;
        //    then a server that sends a banner: ready by SSH.
        QTcpServer sshd;
        QVERIFY(sshd.listen(QHostAddress::LocalHost, 0));
        bool banner = false;
        connect(&sshd, &QTcpServer::newConnection, [&] {
            QTcpSocket *c = sshd.nextPendingConnection();
            if (banner)
                c->write("SSH-2.0-dropbear_2022.83\r\n");
            else
                c->disconnectFromHost();
        });
        VmSpec withSsh{"t", QStringLiteral("ssh"), {{sshd.serverPort(), 22}}};
        const QString sshVm = startVm(withSsh);
        QTest::qWait(800);
        QVERIFY(!service.findVm(sshVm)->ready);
        QVERIFY2(watch.progress(sshVm).contains(QLatin1String("connection closed without a banner")), qPrintable(watch.progress(sshVm)));
        banner = true;
        QVERIFY(QTest::qWaitFor([&] { return service.findVm(sshVm)->ready; }, 3000));
        QCOMPARE(service.findVm(sshVm)->readyBy, QStringLiteral("ssh"));
        QCOMPARE(ready.size(), 1);
        // Announced to event subscribers once.
        int readyEvents = 0;
        for (const VmanEvent &e : events.since(0)) {
            if (e.type == QLatin1String("vm.ready")) {
                ++readyEvents;
                QCOMPARE(e.data.value("vm_id").toString(), sshVm);
                QCOMPARE(e.data.value("ready_by").toString(), QStringLiteral("ssh"));
            }
        }
        QCOMPARE(readyEvents, 1);

        // 2. The serial marker, even when split between two reads of the log.
        VmSpec withMarker{"t", QStringLiteral("marker"), {}};
        withMarker.readyMarker = QStringLiteral("login: ready");
        const QString markerVm = startVm(withMarker);
        QFile log(op.logPath);
        QVERIFY(log.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        log.write("booting...\nlogin: re");
        QTest::qWait(600);
        QVERIFY(!service.findVm(markerVm)->ready);
        QVERIFY(watch.progress(markerVm).contains(QLatin1String("marker 'login: ready' not seen")));
        log.write("ady\n");
        QVERIFY(QTest::qWaitFor([&] { return service.findVm(markerVm)->ready; }, 3000));
        QCOMPARE(service.findVm(markerVm)->readyBy, QStringLiteral("serial"));

        // 3. The agent: ready, and its report is the VM's `guest`.
        VmSpec plain{"t", QStringLiteral("agent"), {}};
        const QString agentVm = startVm(plain);
        QTest::qWait(600);
        QVERIFY(!service.findVm(agentVm)->ready);
        QVERIFY(watch.progress(agentVm).contains(QLatin1String("guest agent: no guest agent answers")));
        GuestInfo info;
        info.agent = true;
        info.os = QStringLiteral("Debian GNU/Linux 12");
        info.ipAddresses = {QStringLiteral("10.0.2.15")};
        op.agent = info;
        QVERIFY(QTest::qWaitFor([&] { return service.findVm(agentVm)->ready; }, 3000));
        QCOMPARE(service.findVm(agentVm)->readyBy, QStringLiteral("agent"));
        QCOMPARE(service.findVm(agentVm)->guest.os, info.os);
        QCOMPARE(ready.size(), 3);

        // Stopped, a VM is not ready and has no guest report; started again it starts over.
        std::optional<Result<Vm>> stopped;
        service.stopVm(agentVm, StopOptions{}, [&](Result<Vm> r) { stopped.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return stopped.has_value(); }, 5000));
        QVERIFY(!service.findVm(agentVm)->ready);
        QVERIFY(!service.findVm(agentVm)->guest.agent);
        QVERIFY(watch.progress(agentVm).contains(QLatin1String("stopped")));
    }
};

QTEST_GUILESS_MAIN(TestGuestAgent)
#include "tst_guestagent.moc"
