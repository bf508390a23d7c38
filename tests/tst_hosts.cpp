// SPDX-License-Identifier: GPL-3.0-or-later
// One window, several hosts: two `vman --server` processes on loopback with TLS (their own
// certificates) are paired from the window (offscreen, under a private GNOME Keyring), VMs are made,
// started and stopped on each through the window's dialogs and actions, a revoked token and a
// changed certificate are refused with a clear message, a host that goes away is reconnected with
// what it missed, and the hosts come back in a new window from the secret store.
#include "DialogDriver.h"
#include "HostConnection.h"
#include "HostList.h"
#include "KnownHosts.h"
#include "LogDock.h"
#include "MainWindow.h"
#include "RemoteConnection.h"
#include "VmTableModel.h"
#include "ServerHelpers.h"
#include "VmanProcess.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace vman;

namespace {

const QMap<QString, QString> kTls{{QStringLiteral("VMAN_API_TLS"), QStringLiteral("auto")}, {QStringLiteral("VMAN_DRY_RUN_DELAY_MS"), QStringLiteral("200")}};

QStringList serverArgs(const QString &storage, quint16 port)
{
    return {QStringLiteral("--server"), QStringLiteral("--dry-run"), QStringLiteral("--storage"), storage, QStringLiteral("--port"), QString::number(port)};
}

struct Server
{
    Server(const QString &dir, const QString &storage, quint16 port) : port(port), process(dir, serverArgs(storage, port), kTls)
    {
        process.waitForPort();
        code = pairingCode(process);
        fingerprint = QRegularExpression(QStringLiteral("fingerprint: (\\S+)")).match(process.output()).captured(1);
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)); }
    void stop()
    {
        process.signal(SIGTERM);
        process.finish();
    }
    quint16 port;
    VmanProcess process;
    QString code;
    QString fingerprint;
};

client::HostConnection *hostAt(MainWindow &window, const QUrl &url)
{
    for (client::HostConnection *host : window.hosts().hosts()) {
        if (client::KnownHosts::keyOf(host->apiUrl()) == client::KnownHosts::keyOf(url))
            return host;
    }
    return nullptr;
}

// Pairs through the window: the trust question is answered Yes and its text returned.
QString pair(MainWindow &window, const Server &server, const QString &name, ShownQuestion *shown = nullptr)
{
    QString asked;
    answerNextQuestion(QMessageBox::Yes, &asked, shown);
    window.pairHost(server.url(), server.code, name);
    QTest::qWaitFor([&] {
        client::HostConnection *host = hostAt(window, server.url());
        return host && host->status() == client::HostConnection::Status::Online;
    }, 20000);
    return asked;
}

// Fills and accepts the next form dialog.
void fillNextForm(const QMap<QString, QString> &fields)
{
    onNextDialog([fields](QDialog *dialog) {
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (auto *line = dialog->findChild<QLineEdit *>(it.key()))
                line->setText(it.value());
            else if (auto *spin = dialog->findChild<QSpinBox *>(it.key()))
                spin->setValue(it.value().toInt());
        }
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
}

QString rowState(MainWindow &window, client::HostConnection *host, const QString &vmName)
{
    QAbstractItemModel *model = window.vmTable()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex first = model->index(row, 0);
        if (first.data().toString() == vmName && first.data(VmTableModel::HostRole).value<QObject *>() == host)
            return model->index(row, VmTableModel::StateColumn).data().toString();
    }
    return {};
}

} // namespace

class TestHosts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("vman-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("vman-tst-hosts"));
        QSettings().clear();
    }

    void twoHostsInOneWindow()
    {
        const QString storageA = m_dir.filePath(QStringLiteral("a")), storageB = m_dir.filePath(QStringLiteral("b"));
        auto a = std::make_unique<Server>(m_dir.path(), storageA, freePort());
        Server b(m_dir.path(), storageB, freePort());
        QVERIFY(!a->code.isEmpty() && !b.code.isEmpty());

        MainWindow window; // remote hosts only, as `vman --connect` opens it
        window.resize(1200, 700);
        window.show();
        // Hosts' rows come and go in batches (a host's first load, a resync, a host removed).
        QAbstractItemModelTester vmRows(window.vmTable()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester diskRows(window.diskTable()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!window.action(QStringLiteral("newVm"))->isEnabled());

        // The certificate is shown before the pairing code leaves: answered No, nothing was sent
        // (the server saw no pairing) and the same code pairs afterwards.
        QString refused;
        answerNextQuestion(QMessageBox::No, &refused);
        window.pairHost(a->url(), a->code, QStringLiteral("laptop"));
        QVERIFY(QTest::qWaitFor([&refused] { return !refused.isEmpty(); }, 10000));
        QVERIFY2(refused.contains(a->fingerprint.left(48)), qPrintable(refused));
        QTest::qWait(300); // what a pairing would have taken
        QVERIFY(!hostAt(window, a->url()));
        a->process.drain();
        QVERIFY2(!a->process.output().contains(QLatin1String("/auth/pair")), qPrintable(a->process.describe()));

        // Paired from the window: it shows the certificate's fingerprint as the server printed it.
        ShownQuestion trust;
        const QString askedA = pair(window, *a, QStringLiteral("laptop"), &trust);
        // In two lines that the box does not break again (under Xvfb it broke the one long line
        // after a few pairs, wherever the edge was): the halves of what the server printed.
        const QString firstHalf = a->fingerprint.left(48);   // "AB:...:XY:" (16 pairs)
        const QString secondHalf = a->fingerprint.mid(48);   // the other 16
        QVERIFY2(askedA.contains(firstHalf + QLatin1Char('\n') + secondHalf), qPrintable(askedA + QStringLiteral(" / ") + a->fingerprint));
        QVERIFY2(trust.labelWidth > 0 && trust.fitsOnOneLine(firstHalf) && trust.fitsOnOneLine(secondHalf),
                 qPrintable(QStringLiteral("label %1 px").arg(trust.labelWidth)));
        pair(window, b, QStringLiteral("laptop"));
        client::HostConnection *hostA = hostAt(window, a->url());
        client::HostConnection *hostB = hostAt(window, b.url());
        QVERIFY(hostA && hostB);
        QCOMPARE(hostA->status(), client::HostConnection::Status::Online);
        QCOMPARE(hostB->status(), client::HostConnection::Status::Online);
        // Remembered once the secret store has the tokens (it answers asynchronously, possibly
        // after the host is online).
        QVERIFY(QTest::qWaitFor([] { return client::KnownHosts().saved().size() == 2; }, 10000));
        QVERIFY2(window.notification().isEmpty(), qPrintable(window.notification())); // tokens went to the secret store
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().startsWith(QLatin1String("vman_")), qPrintable(key)); // no token in the settings file

        // Templates and VMs made on each through the window's dialogs (the host filter picks the host).
        auto *hostFilter = window.findChild<QComboBox *>(QStringLiteral("hostFilter"));
        QVERIFY(hostFilter && hostFilter->isVisible());
        QCOMPARE(hostFilter->count(), 3); // all hosts, A, B
        QVERIFY(!window.vmTable()->isColumnHidden(VmTableModel::HostColumn));
        for (client::HostConnection *host : {hostA, hostB}) {
            hostFilter->setCurrentIndex(hostFilter->findData(QVariant::fromValue<QObject *>(host)));
            QCOMPARE(window.targetHost(), host);
            fillNextForm({{QStringLiteral("name"), QStringLiteral("small")}, {QStringLiteral("cpu_count"), QStringLiteral("1")}, {QStringLiteral("ram_amount"), QStringLiteral("1")}});
            window.action(QStringLiteral("newTemplate"))->trigger();
            QVERIFY(QTest::qWaitFor([host] { return !host->templates().isEmpty(); }, 10000));
            QVERIFY(QTest::qWaitFor([&] { return window.action(QStringLiteral("newVm"))->isEnabled(); }, 5000));
            fillNextForm({{QStringLiteral("name"), QStringLiteral("web")}});
            window.action(QStringLiteral("newVm"))->trigger();
            QVERIFY(QTest::qWaitFor([host] { return host->vmCount() == 1; }, 10000));
        }
        hostFilter->setCurrentIndex(0);
        QCOMPARE(window.vmTable()->model()->rowCount(), 2);
        // Started and stopped from the toolbar, each on its own host.
        for (client::HostConnection *host : {hostA, hostB}) {
            const QString id = host->vms().first().id;
            window.selectVm(host, id);
            window.action(QStringLiteral("start"))->trigger();
            QVERIFY(QTest::qWaitFor([&] { return rowState(window, host, QStringLiteral("web")) == QLatin1String("running"); }, 10000));
            window.selectVm(host, id);
            window.action(QStringLiteral("stop"))->trigger();
            QVERIFY(QTest::qWaitFor([&] { return rowState(window, host, QStringLiteral("web")) == QLatin1String("stopped"); }, 15000));
        }
        QVERIFY2(window.notification().isEmpty(), qPrintable(window.notification()));
        // The Host column, shown once a second host came, is as wide as the names it shows.
        QTableView *table = window.vmTable();
        const QString hostText = table->model()->index(0, VmTableModel::HostColumn).data().toString();
        QVERIFY2(QTest::qWaitFor([&] { return table->columnWidth(VmTableModel::HostColumn) > table->fontMetrics().horizontalAdvance(hostText); }, 3000),
                 qPrintable(QStringLiteral("%1 px for '%2'").arg(table->columnWidth(VmTableModel::HostColumn)).arg(hostText)));
        if (const QString shots = qEnvironmentVariable("VMAN_TEST_SCREENSHOTS"); !shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/hosts-window.png")); // to look at it
        auto *states = window.findChild<QLabel *>(QStringLiteral("hostStates"));
        QVERIFY2(states->text().count(QStringLiteral("●")) == 2, qPrintable(states->text()));

        // The use of remote VMs (GET /stats every few seconds) is read only while the window can
        // be seen: not while it is minimized or hidden, at once when it shows again.
        auto *remoteA = qobject_cast<client::RemoteConnection *>(hostA);
        auto *remoteB = qobject_cast<client::RemoteConnection *>(hostB);
        QVERIFY(remoteA && remoteB && remoteA->isUsagePolled() && remoteB->isUsagePolled());
        window.showMinimized();
        QVERIFY(!remoteA->isUsagePolled() && !remoteB->isUsagePolled());
        window.showNormal();
        QVERIFY(remoteA->isUsagePolled() && remoteB->isUsagePolled());
        window.hide();
        QVERIFY(!remoteA->isUsagePolled() && !remoteB->isUsagePolled());
        window.show();
        QVERIFY(remoteA->isUsagePolled() && remoteB->isUsagePolled());

        // The log dock shows a remote host's log, read from its API.
        window.action(QStringLiteral("showLog"))->trigger();
        auto *dock = window.findChild<LogDock *>();
        auto *source = dock->findChild<QComboBox *>(QStringLiteral("logSource"));
        QVERIFY(dock->isVisible() && source->isVisible());
        source->setCurrentIndex(source->findData(QVariant::fromValue<QObject *>(hostA)));
        QVERIFY2(QTest::qWaitFor([&] { return dock->visibleText().contains(QStringLiteral("POST /vms 201")); }, 10000), qPrintable(dock->visibleText().right(800)));
        window.action(QStringLiteral("showLog"))->trigger();

        // Host A goes away; meanwhile another run of it makes a VM; it comes back: reconnected,
        // and what it missed is shown without restarting the window.
        a->stop();
        QVERIFY(QTest::qWaitFor([&] { return hostA->status() == client::HostConnection::Status::Offline; }, 15000));
        QVERIFY(QTest::qWaitFor([&] { return states->text().contains(QStringLiteral("○")); }, 6000));
        {
            const QMap<QString, QString> admin{{QStringLiteral("VMAN_API_TOKEN"), QStringLiteral("admin-secret")}};
            VmanProcess between(m_dir.path(), serverArgs(storageA, a->port), admin);
            QCOMPARE(between.waitForPort(), a->port);
            QProcess curl;
            curl.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"), QStringLiteral("%{http_code}"),
                                                QStringLiteral("-H"), QStringLiteral("Authorization: Bearer admin-secret"), QStringLiteral("-H"),
                                                QStringLiteral("Content-Type: application/json"), QStringLiteral("-d"),
                                                QStringLiteral(R"({"template_name":"small","name":"made-while-away"})"),
                                                QStringLiteral("http://127.0.0.1:%1/vms").arg(a->port)});
            QVERIFY(curl.waitForFinished(10000));
            QCOMPARE(curl.readAllStandardOutput(), QByteArray("201"));
            between.signal(SIGTERM);
            QVERIFY(between.finish());
        }
        a = std::make_unique<Server>(m_dir.path(), storageA, a->port);
        QVERIFY2(QTest::qWaitFor([&] { return hostA->status() == client::HostConnection::Status::Online && hostA->vmCount() == 2; }, 40000),
                 qPrintable(hostA->statusDetail()));
        QVERIFY(QTest::qWaitFor([&] { return !rowState(window, hostA, QStringLiteral("made-while-away")).isEmpty(); }, 5000));

        // `vman --connect URL`: a remembered host connects from the secret store; another one
        // opens the Add host dialog with its address filled in.
        {
            MainWindow connectOnly;
            // No host yet: no Host column and no host filter (under Xvfb both showed, empty).
            QVERIFY(connectOnly.vmTable()->isColumnHidden(VmTableModel::HostColumn));
            connectOnly.show();
            auto *emptyFilter = connectOnly.findChild<QComboBox *>(QStringLiteral("hostFilter"));
            QVERIFY(emptyFilter && !emptyFilter->isVisible());
            connectOnly.connectTo(b.url());
            QVERIFY(QTest::qWaitFor([&] {
                client::HostConnection *host = hostAt(connectOnly, b.url());
                return connectOnly.hosts().size() == 1 && host && host->status() == client::HostConnection::Status::Online;
            }, 20000));
            QString offered;
            onNextDialog([&offered](QDialog *dialog) {
                offered = dialog->findChild<QLineEdit *>(QStringLiteral("url"))->text();
                dialog->reject();
            });
            connectOnly.connectTo(QUrl(QStringLiteral("https://lab9.example:8443")));
            QCOMPARE(offered, QStringLiteral("https://lab9.example:8443"));
            QCOMPARE(connectOnly.hosts().size(), 1);
        }
        // The hosts come back in a new window from the settings and the secret store.
        {
            MainWindow again;
            again.restoreSavedHosts();
            QVERIFY(QTest::qWaitFor([&] {
                client::HostConnection *restored = hostAt(again, b.url());
                return again.hosts().size() == 2 && restored && restored->status() == client::HostConnection::Status::Online && restored->vmCount() == 1;
            }, 20000));
        }

        // B's token is revoked on B: the window says so and B is shown refused.
        QCOMPARE(runTokenCommand({QStringLiteral("revoke"), QStringLiteral("laptop")}, storageB), 0);
        QVERIFY(QTest::qWaitFor([&] { return hostB->status() == client::HostConnection::Status::Unauthorized; }, 15000));
        QVERIFY2(window.notification().contains(QStringLiteral("no longer accepts")), qPrintable(window.notification()));

        // Another server takes A's address with a certificate of its own: refused, as SSH does.
        a->stop();
        Server impostor(m_dir.path(), m_dir.filePath(QStringLiteral("impostor")), a->port);
        QVERIFY(QTest::qWaitFor([&] { return hostA->status() == client::HostConnection::Status::CertificateChanged; }, 40000));
        QVERIFY2(window.notification().contains(QStringLiteral("another certificate")), qPrintable(window.notification()));
        QCOMPARE(rowState(window, hostA, QStringLiteral("web")), QStringLiteral("stopped")); // what was last known stays, marked by the host's state

        // Removing a host forgets it (settings and secret store).
        window.removeHost(hostB);
        QVERIFY(QTest::qWaitFor([&] { return window.hosts().size() == 1; }, 5000));
        QCOMPARE(client::KnownHosts().saved().size(), 1);
        impostor.stop();
        b.stop();
    }
};

QTEST_MAIN(TestHosts)
#include "tst_hosts.moc"
