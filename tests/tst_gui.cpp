// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop window (offscreen): models, dialogs, actions, live updates from the API, settings,
// translations, the log dock, and the console window against the real test guest.
#include "ConsoleWindow.h"
#include "console/ConsoleView.h"
#include "DiskTableModel.h"
#include "HostDialogs.h"
#include "ImageDialogs.h"
#include "ImageTableModel.h"
#include "images/ImageLibrary.h"
#include "LogDock.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ResourceDialogs.h"
#include "VmChangeDialogs.h"
#include "SnapshotsDialog.h"
#include "Sparkline.h"
#include "SettingsDialog.h"
#include "StateStore.h"
#include "TemplateTableModel.h"
#include "SshTerminal.h"
#include "TerminalText.h"
#include "DialogDriver.h"
#include "TestRuntime.h"
#include "stats/VmStats.h"
#include "Translations.h"
#include "VmDetailPane.h"
#include "Validation.h"
#include "VmService.h"
#include "VmTableModel.h"
#include "ApiServer.h"
#include "tls/TlsIdentity.h"
#include "auth/AccessTokens.h"
#include "Runtime.h"
#include "HostList.h"
#include "LocalConnection.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QPlainTextEdit>
#include <QDir>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QLayout>
#include <QTableView>
#include <QTemporaryDir>
#include <QMessageBox>
#include <QTest>
#include <QTreeWidget>
#include <QCheckBox>
#include <QTranslator>
#include <QTcpServer>
#include <QClipboard>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QHeaderView>
#include "StateIcons.h"
#include <QFontDatabase>
#include <QToolButton>

using namespace vman;

namespace {

Config dryRun(const QString &storage)
{
    Config config;
    config.storagePath = storage;
    config.dryRun = true;
    return config;
}

QString cell(QTableView *table, const QString &id, int role, int column, int idRole)
{
    QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(idRole).toString() == id)
            return model->index(row, column).data(role).toString();
    }
    return {};
}

// Types `text` into `target` as a US keyboard on X11 would: each key with its X keycode (evdev + 8)
// as the native scan code, Shift pressed around shifted characters.
void typeAsUsKeyboard(QWidget *target, const QString &text)
{
    static const QHash<QChar, QPair<quint32, bool>> keys = [] {
        QHash<QChar, QPair<quint32, bool>> k;
        const char *rows[] = {"1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./"};
        const char *shifted[] = {"!@#$%^&*()_+", "QWERTYUIOP{}", "ASDFGHJKL:\"", "ZXCVBNM<>?"};
        const quint32 firstCode[] = {2, 16, 30, 44};
        for (int r = 0; r < 4; ++r) {
            for (int i = 0; rows[r][i]; ++i) {
                k.insert(QLatin1Char(rows[r][i]), {firstCode[r] + quint32(i), false});
                k.insert(QLatin1Char(shifted[r][i]), {firstCode[r] + quint32(i), true});
            }
        }
        k.insert(QLatin1Char(' '), {57, false});
        k.insert(QLatin1Char('\n'), {28, false});
        return k;
    }();
    auto send = [target](QEvent::Type type, int qtKey, quint32 evdev, const QString &chars, Qt::KeyboardModifiers mods) {
        QKeyEvent event(type, qtKey, mods, evdev + 8, 0, 0, chars);
        QApplication::sendEvent(target, &event);
    };
    for (const QChar ch : text) {
        const auto key = keys.value(ch);
        QVERIFY2(key.first, qPrintable(QStringLiteral("no key for %1").arg(ch)));
        const Qt::KeyboardModifiers mods = key.second ? Qt::ShiftModifier : Qt::NoModifier;
        const int qtKey = ch == QLatin1Char('\n') ? int(Qt::Key_Return) : int(ch.toUpper().unicode());
        const QString chars = ch == QLatin1Char('\n') ? QStringLiteral("\r") : QString(ch);
        if (key.second)
            send(QEvent::KeyPress, Qt::Key_Shift, 42, {}, Qt::ShiftModifier);
        send(QEvent::KeyPress, qtKey, key.first, chars, mods);
        send(QEvent::KeyRelease, qtKey, key.first, chars, mods);
        if (key.second)
            send(QEvent::KeyRelease, Qt::Key_Shift, 42, {}, Qt::NoModifier);
    }
}

} // namespace

// The window's view of a test's VMAN: a host list holding its local connection.
struct LocalHosts
{
    explicit LocalHosts(Runtime &runtime) : local(new client::LocalConnection(runtime, QUrl())) { list.add(local); }
    client::HostList list;
    client::LocalConnection *local;
};

class TestGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString storage() { return m_dir.filePath(QStringLiteral("g%1").arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("vman-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("vman-tst-gui"));
        QSettings().clear();
    }

    void modelsPassTheModelTester()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        VmService &service = vman.runtime->service();
        LocalHosts hosts(*vman.runtime);
        VmTableModel vms(hosts.list);
        DiskTableModel disks(hosts.list);
        TemplateTableModel templates(hosts.list);
        QAbstractItemModelTester t1(&vms, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&disks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&templates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(service.createTemplate({QStringLiteral("small"), 2, 4}).ok());
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids << service.createVm({QStringLiteral("small"), std::nullopt, {}}).value().id;
        QCOMPARE(vms.rowCount(), 5);
        QCOMPARE(templates.index(0, TemplateTableModel::VmsColumn).data().toInt(), 5);
        bool started = false;
        service.startVm(ids.at(2), [&](Result<Vm>) { started = true; });
        QVERIFY(QTest::qWaitFor([&] { return started; }, 5000));
        QCOMPARE(vms.index(2, VmTableModel::StateColumn).data().toString(), QStringLiteral("running"));
        std::unique_ptr<Result<Disk>> disk;
        service.createDisk({3, std::nullopt}, [&](Result<Disk> r) { disk = std::make_unique<Result<Disk>>(r); });
        QVERIFY(QTest::qWaitFor([&] { return disk != nullptr; }, 5000));
        bool attached = false;
        service.attachDisk(disk->value().id, ids.at(1), [&](Result<Disk>) { attached = true; });
        QVERIFY(QTest::qWaitFor([&] { return attached; }, 5000));
        QCOMPARE(vms.index(1, VmTableModel::DisksColumn).data().toInt(), 1);
        QCOMPARE(disks.index(0, DiskTableModel::AttachedColumn).data().toString(), service.findVm(ids.at(1))->name);
        bool deleted = false;
        service.deleteVm(ids.at(1), true, [&](Result<Done>) { deleted = true; });
        QVERIFY(QTest::qWaitFor([&] { return deleted; }, 5000));
        QCOMPARE(vms.rowCount(), 4);
        QCOMPARE(vms.rowOf(ids.at(4)), 3); // rows after the removed one moved up
        QVERIFY(disks.index(0, DiskTableModel::AttachedColumn).data().toString().isEmpty());
        QCOMPARE(templates.index(0, TemplateTableModel::VmsColumn).data().toInt(), 4);
    }

    void templateDialogCreatesATemplate()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        window.show();
        QString problemForBadName;
        bool okEnabledForBadName = true;
        onNextDialog([&](QDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::keyClicks(name, QStringLiteral("-bad"));
            problemForBadName = static_cast<FormDialog *>(dialog)->problem();
            okEnabledForBadName = ok->isEnabled();
            name->clear();
            QTest::keyClicks(name, QStringLiteral("medium"));
            dialog->findChild<QSpinBox *>(QStringLiteral("cpu_count"))->setValue(4);
            dialog->findChild<QSpinBox *>(QStringLiteral("ram_amount"))->setValue(8);
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        window.action(QStringLiteral("newTemplate"))->trigger();
        QVERIFY(!okEnabledForBadName);
        // The window says what is wrong in a sentence, not as the API's pattern.
        QVERIFY2(problemForBadName.contains(QStringLiteral("must start with a letter or digit")) && !problemForBadName.contains(QStringLiteral("[A-Z")),
                 qPrintable(problemForBadName));
        // In the table...
        QTableView *table = window.templateTable();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, TemplateTableModel::NameColumn).data().toString(), QStringLiteral("medium"));
        QCOMPARE(table->model()->index(0, TemplateTableModel::CpuColumn).data().toInt(), 4);
        // ...and in the database.
        StateStore::Snapshot snapshot;
        QVERIFY(vman.runtime->store().loadAll(&snapshot));
        QCOMPARE(snapshot.templates.size(), 1);
        QCOMPARE(snapshot.templates.first().ramAmount, 8);
    }

    // The Add host dialog: says what is wrong in a sentence naming the field, and its wrapped
    // introduction keeps every line when that sentence appears.
    void addHostDialogChecksAndKeepsItsIntroduction()
    {
        AddHostDialog dialog;
        dialog.show();
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("url"));
        auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("code"));
        url->setText(QStringLiteral("lab1:8000"));
        QCOMPARE(dialog.url(), QUrl(QStringLiteral("https://lab1:8000")));
        code->setText(QStringLiteral("nope"));
        QCOMPARE(dialog.problem(), QStringLiteral("The pairing code: ten letters and digits, e.g. 7KQ2M-XR4T9"));
        QTest::qWait(50);
        auto *intro = dialog.findChild<QLabel *>(QStringLiteral("intro"));
        QVERIFY2(intro->height() >= intro->heightForWidth(intro->width()), qPrintable(QStringLiteral("%1 < %2").arg(intro->height()).arg(intro->heightForWidth(intro->width()))));
        code->setText(QStringLiteral("7kq2m-xr4t9"));
        url->setText(QStringLiteral("http://lab1:8000"));
        QCOMPARE(dialog.problem(), QStringLiteral("The address: it must be https://host:port, e.g. https://lab1:8000"));
        url->setText(QStringLiteral("https://lab1:8000"));
        QVERIFY(dialog.isAcceptable());
        QCOMPARE(dialog.code(), QStringLiteral("7KQ2MXR4T9"));
    }

    void freshDialogsFocusTheFirstFieldAndComplainOnlyAfterTyping()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        LocalHosts hosts(*vman.runtime);
        TemplateDialog dialog(*hosts.local);
        dialog.show();
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTRY_COMPARE(dialog.focusWidget(), name); // typing at once goes into the name
        QVERIFY(!ok->isEnabled());                // an empty name is not acceptable...
        QVERIFY(dialog.problem().isEmpty());      // ...but nothing is said before the user typed
        QTest::keyClicks(name, QStringLiteral("x"));
        name->clear();
        QCOMPARE(dialog.problem(), QStringLiteral("Enter the name."));
        QCOMPARE(FormDialog::describe(ServiceError::invalid({rules::checkRange(QStringLiteral("cpu_count"), 0, 1, 64).value()})),
                 QStringLiteral("The number of vCPUs must be at least 1."));
        QCOMPARE(FormDialog::describe(ServiceError::invalid({rules::checkRange(QStringLiteral("ports.0.host_port"), 70000, 1, 65535).value()})),
                 QStringLiteral("The host port must be at most 65535."));
    }

    void vmDialogValidatesWithTheCoreRules()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        VmService &service = vman.runtime->service();
        QVERIFY(service.createTemplate({QStringLiteral("small"), 2, 4}).ok());
        QVERIFY(service.createVm({QStringLiteral("small"), QStringLiteral("taken"), {{2222, 22}}}).ok());
        LocalHosts hosts(*vman.runtime);
        VmDialog dialog(*hosts.local);
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
        auto *ports = dialog.findChild<QLineEdit *>(QStringLiteral("ports"));
        QVERIFY(dialog.isAcceptable());
        name->setText(QStringLiteral("taken"));
        QVERIFY(!dialog.isAcceptable());
        QVERIFY(dialog.problem().contains(QStringLiteral("already exists")));
        name->setText(QStringLiteral("web"));
        ports->setText(QStringLiteral("2222:22"));
        QVERIFY(dialog.problem().contains(QStringLiteral("2222")));
        ports->setText(QStringLiteral("nonsense"));
        QVERIFY(!dialog.isAcceptable());
        ports->setText(QStringLiteral("2223:22, 0.0.0.0:8080:80/udp"));
        QVERIFY(dialog.isAcceptable());
        const VmSpec spec = dialog.spec();
        QCOMPARE(spec.ports.size(), 2);
        QCOMPARE(spec.ports.at(1).hostAddress, QStringLiteral("0.0.0.0"));
        QCOMPARE(spec.ports.at(1).protocol, QStringLiteral("udp"));
    }

    void vmDialogSetsUpCloudInit()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        VmService &service = vman.runtime->service();
        QVERIFY(service.createTemplate({QStringLiteral("small"), 1, 1}).ok());
        // The user's own key is found in ~/.ssh (ed25519 first).
        QTemporaryDir home;
        QDir().mkpath(home.filePath(".ssh"));
        const QString key = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB2jOA3PDXB+/56YL0w7FYEu/WOMMKELO+0TP7AiA6dQ alice@laptop");
        QCOMPARE(VmDialog::defaultSshKey(home.path()), QString());
        QFile rsa(home.filePath(".ssh/id_rsa.pub"));
        QVERIFY(rsa.open(QIODevice::WriteOnly));
        rsa.write("ssh-rsa AAAA rsa-key\n");
        rsa.close();
        QFile ed(home.filePath(".ssh/id_ed25519.pub"));
        QVERIFY(ed.open(QIODevice::WriteOnly));
        ed.write(key.toUtf8() + "\n");
        ed.close();
        QCOMPARE(VmDialog::defaultSshKey(home.path()), key);

        LocalHosts hosts(*vman.runtime);
        VmDialog dialog(*hosts.local);
        auto *group = dialog.findChild<QGroupBox *>(QStringLiteral("cloud_init"));
        auto *sshKey = dialog.findChild<QLineEdit *>(QStringLiteral("ssh_key"));
        auto *hostname = dialog.findChild<QLineEdit *>(QStringLiteral("hostname"));
        auto *userData = dialog.findChild<QPlainTextEdit *>(QStringLiteral("user_data"));
        QVERIFY(group && sshKey && hostname && userData);
        group->setChecked(true);
        sshKey->setText(key);
        hostname->setText(QStringLiteral("web"));
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problem()));
        VmSpec spec = dialog.spec();
        QVERIFY(spec.cloudInit);
        QCOMPARE(spec.cloudInit->sshAuthorizedKeys, QStringList{key});
        QCOMPARE(spec.cloudInit->hostname, QStringLiteral("web"));
        // The core's rules, inline and in words.
        sshKey->setText(QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----"));
        QVERIFY(!dialog.isAcceptable());
        QVERIFY2(dialog.problem().contains(QStringLiteral("SSH key")) && dialog.problem().contains(QStringLiteral("private key")), qPrintable(dialog.problem()));
        sshKey->setText(key);
        hostname->setText(QStringLiteral("web_1"));
        QVERIFY2(dialog.problem().contains(QStringLiteral("host name")), qPrintable(dialog.problem()));
        hostname->clear();
        userData->setPlainText(QStringLiteral("#cloud-config\npackages: [nginx\n"));
        QVERIFY(!dialog.isAcceptable());
        QVERIFY2(dialog.problem().contains(QStringLiteral("YAML")) && dialog.problem().contains(QStringLiteral("line")), qPrintable(dialog.problem()));
        userData->setPlainText(QStringLiteral("#cloud-config\npackages: [nginx]\n"));
        QVERIFY(dialog.isAcceptable());
        // Unchecked: no cloud-init at all.
        group->setChecked(false);
        QVERIFY(!dialog.spec().cloudInit);
        // Created through the service: the VM gets its SSH forward.
        group->setChecked(true);
        const Result<Vm> vm = service.createVm(dialog.spec());
        QVERIFY(vm.ok());
        QCOMPARE(vm.value().ports.size(), 1);
        QCOMPARE(vm.value().ports.first().guestPort, 22);
    }

    void pauseAndResumeFromTheWindow()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        VmService &service = vman.runtime->service();
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        QVERIFY(service.createTemplate({QStringLiteral("small"), 1, 1}).ok());
        const QString id = service.createVm({QStringLiteral("small"), QStringLiteral("a"), {}}).value().id;
        const auto enabled = [&](const char *name) { return window.action(QLatin1String(name))->isEnabled(); };
        window.selectVms({id});
        QVERIFY(!enabled("pause") && !enabled("resume"));
        QVERIFY(window.action(QStringLiteral("pause"))->toolTip().contains(QStringLiteral("Only running virtual machines can be paused")));
        bool done = false;
        service.startVm(id, [&](Result<Vm>) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        QVERIFY(enabled("pause") && !enabled("resume"));
        window.action(QStringLiteral("pause"))->trigger();
        QTRY_COMPARE(service.findVm(id)->state, VmState::Paused);
        QTRY_VERIFY(!enabled("pause") && enabled("resume") && enabled("stop"));
        window.action(QStringLiteral("resume"))->trigger();
        QTRY_COMPARE(service.findVm(id)->state, VmState::Running);
    }

    // Edit, clone, snapshots and growing a disk from the window: the dialogs check with the
    // core's rules as the user types, and say why an action is not available.
    void editCloneSnapshotsAndGrowFromTheWindow()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        VmService &service = vman.runtime->service();
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        QVERIFY(service.createTemplate({QStringLiteral("small"), 2, 4}).ok());
        const QString id = service.createVm({QStringLiteral("small"), QStringLiteral("web"), {}}).value().id;
        QVERIFY(service.createVm({QStringLiteral("small"), QStringLiteral("db"), {}}).ok());
        window.selectVms({id});
        const auto enabled = [&](const char *name) { return window.action(QLatin1String(name))->isEnabled(); };
        QVERIFY(enabled("editVm") && enabled("cloneVm") && enabled("snapshots"));

        // The Edit dialog: only what changed goes to the core; a taken name is refused inline.
        {
            VmEditDialog dialog(*window.hosts().local(), *service.findVm(id));
            QVERIFY(dialog.isAcceptable());
            QVERIFY(dialog.patch().isEmpty());
            dialog.findChild<QSpinBox *>(QStringLiteral("cpu_count"))->setValue(4);
            dialog.findChild<QLineEdit *>(QStringLiteral("ports"))->setText(QStringLiteral("18080:80"));
            const VmPatch patch = dialog.patch();
            QCOMPARE(patch.cpuCount.value_or(std::nullopt), std::optional<qint64>(4));
            QVERIFY(patch.ports && patch.ports->size() == 1);
            QVERIFY(!patch.name && !patch.ramAmount && !patch.diskSize);
            QVERIFY(dialog.isAcceptable());
            dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("db"));
            QVERIFY(!dialog.isAcceptable());
            QVERIFY2(dialog.problem().contains(QStringLiteral("db")), qPrintable(dialog.problem()));
            dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("web"));
            dialog.findChild<QLineEdit *>(QStringLiteral("ports"))->setText(QStringLiteral("80:"));
            QVERIFY(!dialog.isAcceptable());
            // The disk never offers less than it has.
            QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("disk_size"))->minimum(), int(VmService::kEmptyRootDiskGib));
            // A field shows its whole example (the German one was cut).
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *ports = dialog.findChild<QLineEdit *>(QStringLiteral("ports"));
            QTRY_VERIFY2(ports->width() >= ports->fontMetrics().horizontalAdvance(ports->placeholderText()),
                         qPrintable(QStringLiteral("%1 < %2").arg(ports->width()).arg(ports->fontMetrics().horizontalAdvance(ports->placeholderText()))));
        }
        bool started = false;
        service.startVm(id, [&](Result<Vm> r) { started = r.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return started; }, 5000));
        {
            // Running: the size fields are locked, with the reason on them and at the top.
            VmEditDialog dialog(*window.hosts().local(), *service.findVm(id));
            QVERIFY(!dialog.findChild<QSpinBox *>(QStringLiteral("cpu_count"))->isEnabled());
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("runningNote")));
            QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("name"))->isEnabled());
        }
        QTRY_VERIFY(!enabled("cloneVm"));
        QVERIFY(window.action(QStringLiteral("cloneVm"))->toolTip().contains(QStringLiteral("Stop the virtual machine first")));

        // Snapshots: taken, listed, the revert warning says what is lost, deleted.
        {
            SnapshotsDialog dialog(*window.hosts().local(), id);
            dialog.take(QStringLiteral("before"), QStringLiteral("first"));
            QTRY_COMPARE(dialog.list()->topLevelItemCount(), 1);
            QTRY_VERIFY2(dialog.status().contains(QStringLiteral("taken")), qPrintable(dialog.status()));
            QCOMPARE(dialog.list()->topLevelItem(0)->text(2), QStringLiteral("memory and disks"));
            const QString warning = dialog.revertWarning(QStringLiteral("before"));
            QVERIFY2(warning.contains(QStringLiteral("is lost")) && warning.contains(QStringLiteral("running programs")), qPrintable(warning));
            dialog.take(QStringLiteral("before"), QString());
            QVERIFY2(dialog.status().contains(QStringLiteral("failed")), qPrintable(dialog.status())); // the name is taken
            dialog.revertTo(QStringLiteral("before"));
            QTRY_VERIFY2(dialog.status().contains(QStringLiteral("Back at")), qPrintable(dialog.status()));
            dialog.remove(QStringLiteral("before"));
            QTRY_COMPARE(dialog.list()->topLevelItemCount(), 0);
        }
        bool stopped = false;
        service.stopVm(id, StopOptions{true, 5}, [&](Result<Vm>) { stopped = true; });
        QVERIFY(QTest::qWaitFor([&] { return stopped; }, 5000));

        // Clone: the dialog's rules, then the clone is selected.
        {
            CloneDialog dialog(*window.hosts().local(), *service.findVm(id));
            QVERIFY(dialog.isAcceptable());
            dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("db"));
            QVERIFY(!dialog.isAcceptable());
            dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("web-2"));
            dialog.findChild<QCheckBox *>(QStringLiteral("linked"))->setChecked(true);
            QVERIFY(dialog.isAcceptable());
            QCOMPARE(dialog.spec().name, std::optional<QString>(QStringLiteral("web-2")));
            QVERIFY(dialog.spec().linked);
        }

        // Growing a disk: never smaller, the same size is not a change.
        std::optional<Disk> created;
        service.createDisk({5, QStringLiteral("data")}, [&](Result<Disk> r) {
            if (r.ok())
                created = r.value();
        });
        QVERIFY(QTest::qWaitFor([&] { return created.has_value(); }, 5000));
        ResizeDiskDialog grow(*created, false);
        QVERIFY(!grow.isAcceptable());
        QCOMPARE(grow.findChild<QSpinBox *>(QStringLiteral("size"))->minimum(), 5);
        grow.findChild<QSpinBox *>(QStringLiteral("size"))->setValue(8);
        QVERIFY(grow.isAcceptable());
        QCOMPARE(grow.size(), 8);
        window.selectDisk(created->id);
        QVERIFY(enabled("resizeDisk"));
    }

    void sparklineScalesItsSeries()
    {
        const QPolygonF line = ui::Sparkline::points({0, 50, 100, 250}, 100, QSizeF(30, 10));
        QCOMPARE(line.size(), 4);
        QCOMPARE(line.at(0), QPointF(0, 10));   // 0 at the bottom, the oldest on the left
        QCOMPARE(line.at(1), QPointF(10, 5));
        QCOMPARE(line.at(2), QPointF(20, 0));   // the maximum at the top
        QCOMPARE(line.at(3), QPointF(30, 0));   // above the maximum: clamped; the newest on the right
        QVERIFY(ui::Sparkline::points({42}, 100, QSizeF(30, 10)).isEmpty());
        QVERIFY(ui::Sparkline::points({1, 2}, 0, QSizeF(30, 10)).isEmpty());
        QVERIFY(ui::Sparkline::points({-5, 5}, 10, QSizeF(10, 10)).at(0).y() == 10); // below zero: the bottom
        ui::Sparkline graph;
        graph.resize(120, 30);
        graph.setSeries({10, 90, 30}, 100);
        QImage image(graph.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        graph.render(&image);
        // Something other than the empty box is drawn in the right half (the line and its fill),
        // and the top of the box stays empty where the values are low.
        const QColor base = graph.palette().color(QPalette::Base);
        int drawn = 0;
        for (int x = 60; x < 118; ++x) {
            for (int y = 2; y < 28; ++y)
                drawn += image.pixelColor(x, y) != base ? 1 : 0;
        }
        QVERIFY(drawn > 50);
        QCOMPARE(image.pixelColor(116, 3), base); // 30 % at the right edge: nothing near the top
    }

    void sshActionsAndTheTerminalThatRunsSsh()
    {
        // Which terminal runs ssh, and how each takes its command.
        const QStringList ssh{QStringLiteral("-p"), QStringLiteral("2222"), QStringLiteral("root@127.0.0.1")};
        auto only = [](const QStringList &installed) {
            return [installed](const QString &name) { return installed.contains(name) ? QStringLiteral("/usr/bin/") + name : QString(); };
        };
        auto t = ui::terminalFor(ssh, QString(), only({"xterm", "x-terminal-emulator"}));
        QVERIFY(t);
        QCOMPARE(t->program, QStringLiteral("/usr/bin/x-terminal-emulator"));
        QCOMPARE(t->arguments, (QStringList{"-e", "ssh", "-p", "2222", "root@127.0.0.1"}));
        t = ui::terminalFor(ssh, QStringLiteral("gnome-terminal"), only({"xterm", "gnome-terminal"}));
        QCOMPARE(t->arguments, (QStringList{"--", "ssh", "-p", "2222", "root@127.0.0.1"}));
        t = ui::terminalFor(ssh, QString(), only({"xfce4-terminal"}));
        QCOMPARE(t->arguments.first(), QStringLiteral("-x"));
        t = ui::terminalFor(ssh, QString(), only({"lxterminal"}));
        QCOMPARE(t->arguments, (QStringList{"-e", "ssh -p 2222 root@127.0.0.1"}));
        QVERIFY(!ui::terminalFor(ssh, QString(), only({})));

        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        VmService &service = vman.runtime->service();
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        QVERIFY(service.createTemplate({QStringLiteral("small"), 1, 1}).ok());
        const QString plain = service.createVm({QStringLiteral("small"), QStringLiteral("plain"), {}}).value().id;
        const QString reachable = service.createVm({QStringLiteral("small"), QStringLiteral("reachable"), {{2299, 22}}}).value().id;
        const auto enabled = [&](const char *name) { return window.action(QLatin1String(name))->isEnabled(); };
        window.selectVms({plain});
        QVERIFY(!enabled("copySsh") && !enabled("sshTerminal"));
        QVERIFY(window.action(QStringLiteral("copySsh"))->toolTip().contains(QStringLiteral("SSH port")));
        window.selectVms({reachable});
        QVERIFY(enabled("copySsh") && !enabled("sshTerminal")); // not running yet
        QVERIFY(window.action(QStringLiteral("sshTerminal"))->toolTip().contains(QStringLiteral("Start the virtual machine first")));
        window.action(QStringLiteral("copySsh"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("ssh -p 2299 -o HostKeyAlias=vman-%1 -o StrictHostKeyChecking=accept-new 127.0.0.1").arg(reachable));
        bool done = false;
        service.startVm(reachable, [&](Result<Vm>) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        QVERIFY(enabled("sshTerminal"));
        // The detail pane says how to log in and whether the guest is ready.
        auto *pane = window.findChild<VmDetailPane *>();
        QVERIFY(pane);
        QVERIFY(QTest::qWaitFor([&] { return pane->propertiesText().contains(QStringLiteral("SSH: ssh -p 2299")); }, 3000));
        QVERIFY(pane->propertiesText().contains(QStringLiteral("Guest: not ready yet")));
        GuestInfo guest;
        guest.agent = true;
        guest.os = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
        guest.ipAddresses = {QStringLiteral("10.0.2.15")};
        service.setGuestStatus(reachable, true, QStringLiteral("agent"), guest);
        QVERIFY(QTest::qWaitFor([&] { return pane->propertiesText().contains(QStringLiteral("Guest: ready (its guest agent answers)")); }, 3000));
        QVERIFY(pane->propertiesText().contains(QStringLiteral("Operating system: Debian GNU/Linux 12 (bookworm)")));
        QVERIFY(pane->propertiesText().contains(QStringLiteral("IP addresses: 10.0.2.15")));
    }

    // Makes an ISO (xorriso) and a qcow2 (qemu-img) in `dir`.
    static bool makeMedia(const QString &dir, QString *iso, QString *qcow2)
    {
        *iso = dir + QStringLiteral("/installer.iso");
        *qcow2 = dir + QStringLiteral("/disk.qcow2");
        QDir().mkpath(dir + QStringLiteral("/isoroot"));
        QFile readme(dir + QStringLiteral("/isoroot/README"));
        if (!readme.open(QIODevice::WriteOnly))
            return false;
        readme.write("x\n");
        readme.close();
        return QProcess::execute(QStringLiteral("xorriso"), {"-as", "mkisofs", "-quiet", "-o", *iso, dir + QStringLiteral("/isoroot")}) == 0
            && QProcess::execute(QStringLiteral("qemu-img"), {"create", "-q", "-f", "qcow2", *qcow2, "2G"}) == 0;
    }

    void imagesTabDialogsAndCdActions()
    {
        const QString dir = storage();
        TestRuntime vman(dryRun(dir));
        QVERIFY(vman.ok);
        VmService &service = vman.runtime->service();
        ImageLibrary &images = vman.runtime->images();
        QString iso, qcow2;
        QVERIFY(makeMedia(dir + QStringLiteral("-media"), &iso, &qcow2));
        LocalHosts hosts(*vman.runtime);
        ImageTableModel model(hosts.list);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The import dialog suggests a name from the file and checks with the library's rules.
        QCOMPARE(ImportImageDialog::suggestedName(QStringLiteral("debian 12.iso")), QStringLiteral("debian-12"));
        ImportImageDialog import(images, iso);
        QCOMPARE(import.findChild<QLineEdit *>(QStringLiteral("name"))->text(), QStringLiteral("installer"));
        QVERIFY(import.isAcceptable());
        import.findChild<QLineEdit *>(QStringLiteral("path"))->setText(dir + QStringLiteral("/nothing.iso"));
        QVERIFY(import.problem().contains(QStringLiteral("does not exist")));
        import.findChild<QLineEdit *>(QStringLiteral("path"))->setText(iso);
        bool imported = false;
        images.importImage(import.spec(), [&](Result<Image> r) { imported = r.ok(); });
        images.importImage({QStringLiteral("disk"), qcow2}, [](Result<Image>) {});
        QVERIFY(QTest::qWaitFor([&] { return imported && model.rowCount() == 2; }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return images.find(QStringLiteral("installer"))->state == ImageState::Ready
                                             && images.find(QStringLiteral("disk"))->state == ImageState::Ready; }, 10000));
        const int isoRow = model.rowOf(images.find(QStringLiteral("installer"))->id);
        QCOMPARE(model.index(isoRow, ImageTableModel::FormatColumn).data().toString(), QStringLiteral("ISO (installer)"));
        QCOMPARE(model.index(isoRow, ImageTableModel::StateColumn).data().toString(), QStringLiteral("ready"));

        // The download dialog offers the catalogue and checks a URL of one's own.
        DownloadImageDialog download(*hosts.local);
        auto *source = download.findChild<QComboBox *>(QStringLiteral("source"));
        QVERIFY(source->count() >= 6); // five catalogue entries and "Another URL"
        QVERIFY(download.isAcceptable());
        QVERIFY(!download.catalogEntry().isEmpty());
        source->setCurrentIndex(source->count() - 1);
        QVERIFY(download.catalogEntry().isEmpty());
        download.findChild<QLineEdit *>(QStringLiteral("url"))->setText(QStringLiteral("ftp://example.org/x.iso"));
        QVERIFY(!download.isAcceptable());
        download.findChild<QLineEdit *>(QStringLiteral("url"))->setText(QStringLiteral("https://example.org/os-1.0.iso"));
        QCOMPARE(download.findChild<QLineEdit *>(QStringLiteral("name"))->text(), QStringLiteral("os-1.0"));
        QVERIFY(download.isAcceptable());

        // The New VM dialog: installing from the CD picks an empty disk, and the rules apply inline.
        QVERIFY(service.createTemplate({QStringLiteral("small"), 2, 4}).ok());
        VmDialog dialog(*hosts.local);
        auto *cdrom = dialog.findChild<QComboBox *>(QStringLiteral("cdrom"));
        auto *image = dialog.findChild<QComboBox *>(QStringLiteral("image"));
        auto *size = dialog.findChild<QSpinBox *>(QStringLiteral("disk_size"));
        cdrom->setCurrentIndex(cdrom->findText(QStringLiteral("installer"), Qt::MatchStartsWith));
        QCOMPARE(image->currentIndex(), 1); // empty disk
        size->setValue(8);
        dialog.findChild<QComboBox *>(QStringLiteral("firmware"))->setCurrentIndex(2);
        QVERIFY(dialog.isAcceptable());
        VmSpec spec = dialog.spec();
        QCOMPARE(spec.image, std::optional<QString>(QString()));
        QCOMPARE(spec.firmware, std::optional<QString>(QStringLiteral("uefi")));
        QCOMPARE(*spec.diskSize, 8);
        image->setCurrentIndex(image->findText(QStringLiteral("disk"), Qt::MatchStartsWith));
        size->setValue(1); // smaller than the 2 GiB image
        QVERIFY(!dialog.isAcceptable());
        QVERIFY2(dialog.problem().contains(QStringLiteral("at least 2 GiB")), qPrintable(dialog.problem()));
        size->setValue(0);
        cdrom->setCurrentIndex(cdrom->findText(QStringLiteral("installer"), Qt::MatchStartsWith));
        image->setCurrentIndex(1);
        spec = dialog.spec();
        const Result<Vm> created = service.createVm(spec);
        QVERIFY(created.ok());

        // The window: an Images tab, CD actions, and the offer to eject after an installation.
        MainWindow window(*vman.runtime, QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(window.tabs()->tabText(3).remove(QLatin1Char('&')), QStringLiteral("Images"));
        QCOMPARE(window.imageTable()->model()->rowCount(), 2);
        window.selectVms({created.value().id});
        QVERIFY(window.action(QStringLiteral("ejectCd"))->isEnabled());
        QVERIFY(window.action(QStringLiteral("insertCd"))->isEnabled());
        QVERIFY(window.installNotice().isEmpty());
        bool started = false;
        service.startVm(created.value().id, [&](Result<Vm> r) { started = r.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return started; }, 5000));
        Q_EMIT service.vmGuestReset(created.value().id); // the installer rebooted the guest
        QVERIFY(window.installNotice().contains(QStringLiteral("installer")));
        auto *notice = window.findChild<QLabel *>(QStringLiteral("installNotice"));
        Q_EMIT notice->linkActivated(QStringLiteral("eject"));
        QVERIFY(QTest::qWaitFor([&] { return service.findVm(created.value().id)->cdromImageId.isEmpty(); }, 5000));
        QVERIFY(window.installNotice().isEmpty());
        QVERIFY(!window.action(QStringLiteral("ejectCd"))->isEnabled());
        // A VM that boots its disk first gets no such offer.
        Q_EMIT service.vmGuestReset(created.value().id);
        QVERIFY(window.installNotice().isEmpty());
        // Deleting an image a VM uses is refused, with the reason in the window.
        window.tabs()->setCurrentIndex(3);
        window.imageTable()->selectRow(0);
        QVERIFY(window.action(QStringLiteral("deleteImage"))->isEnabled());
    }

    void vmCreatedThroughTheApiAppearsAtOnce()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        window.show();
        QCOMPARE(vman.http->postJson("/templates", {{"name", "small"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
        const QString id = vman.http->postJson("/vms", {{"template_name", "small"}, {"name", "from-api"}}).object().value("id").toString();
        QCOMPARE(window.vmTable()->model()->rowCount(), 1);
        QCOMPARE(cell(window.vmTable(), id, Qt::DisplayRole, VmTableModel::NameColumn, VmTableModel::IdRole), QStringLiteral("from-api"));
        // State changes made through the API show too.
        QCOMPARE(vman.http->post("/vms/" + id.toLatin1() + "/actions/start").status, 200);
        QCOMPARE(cell(window.vmTable(), id, Qt::DisplayRole, VmTableModel::StateColumn, VmTableModel::IdRole), QStringLiteral("running"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("counts"))->text().contains(QStringLiteral("1 running / 1")));
    }

    void aVmDeletedWhileTheDeleteDialogIsOpen()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        window.show();
        QCOMPARE(vman.http->postJson("/templates", {{"name", "small"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
        const QString gone = vman.http->postJson("/vms", {{"template_name", "small"}}).object().value("id").toString();
        const QString kept = vman.http->postJson("/vms", {{"template_name", "small"}}).object().value("id").toString();
        const QString other = vman.http->postJson("/vms", {{"template_name", "small"}}).object().value("id").toString();
        window.selectVms({gone, kept});
        // While the user reads the question, a script deletes one of the two through the API.
        onNextDialog([&](QDialog *dialog) {
            QCOMPARE(vman.http->del("/vms/" + gone.toLatin1()).status, 204);
            qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Yes)->click();
        });
        window.action(QStringLiteral("deleteVm"))->trigger();
        QVERIFY(QTest::qWaitFor([&] { return !vman.runtime->service().findVm(kept); }, 3000));
        QVERIFY(!vman.runtime->service().findVm(gone));
        QVERIFY(vman.runtime->service().findVm(other));
        QCOMPARE(window.vmTable()->model()->rowCount(), 1);
        QVERIFY(window.notification().isEmpty()); // nothing to complain about
    }

    void ctrlCommaOpensSettingsAndEveryIconGlyphExists()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QString opened;
        onNextDialog([&](QDialog *dialog) {
            opened = dialog->metaObject()->className();
            dialog->reject();
        });
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_COMPARE(opened, QStringLiteral("vman::SettingsDialog"));
        // Icons drawn from a glyph (no icon theme) use glyphs some installed font has: a missing
        // one shows as an empty box.
        const QStringList families = QFontDatabase::families();
        for (QAction *action : window.findChildren<QAction *>()) {
            const QString glyph = action->property("fallbackGlyph").toString();
            if (glyph.isEmpty())
                continue;
            const char32_t cp = glyph.toUcs4().first();
            const bool found = std::any_of(families.begin(), families.end(), [cp](const QString &family) {
                return QFontMetrics(QFont(family)).inFontUcs4(cp);
            });
            QVERIFY2(found, qPrintable(action->objectName() + QStringLiteral(": ") + glyph));
        }
    }

    void aboutBoxNamesVersionLicenseAndApi()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        window.show();
        QString shown;
        onNextDialog([&shown](QDialog *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                shown = box->text();
            dialog->accept();
        });
        window.action(QStringLiteral("about"))->trigger();
        QVERIFY(shown.contains(QStringLiteral(VMAN_VERSION)));
        QVERIFY(shown.contains(QLatin1String("GPL-3.0-or-later")));
        QVERIFY(shown.contains(vman.api->baseUrl() + QLatin1String("/docs")));
    }

    void actionsFollowStateAndSelection()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        VmService &service = vman.runtime->service();
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        QVERIFY(!window.action(QStringLiteral("newVm"))->isEnabled()); // no template yet
        QVERIFY(service.createTemplate({QStringLiteral("small"), 1, 1}).ok());
        QVERIFY(window.action(QStringLiteral("newVm"))->isEnabled());
        const QString a = service.createVm({QStringLiteral("small"), QStringLiteral("a"), {}}).value().id;
        const QString b = service.createVm({QStringLiteral("small"), QStringLiteral("b"), {}}).value().id;
        const auto enabled = [&](const char *name) { return window.action(QLatin1String(name))->isEnabled(); };
        QVERIFY(!enabled("start") && !enabled("stop") && !enabled("deleteVm") && !enabled("console"));
        window.selectVms({a});
        QVERIFY(enabled("start") && !enabled("stop") && !enabled("restart") && enabled("deleteVm") && enabled("console"));
        bool done = false;
        service.startVm(a, [&](Result<Vm>) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        QVERIFY(!enabled("start") && enabled("stop") && enabled("restart") && enabled("forceStop"));
        window.selectVms({a, b}); // one running, one stopped: neither start nor stop applies to all
        QVERIFY(!enabled("start") && !enabled("stop") && enabled("deleteVm") && !enabled("console"));
        // Disks: attach only when detached, detach only when attached.
        std::unique_ptr<Result<Disk>> disk;
        service.createDisk({1, std::nullopt}, [&](Result<Disk> r) { disk = std::make_unique<Result<Disk>>(r); });
        QVERIFY(QTest::qWaitFor([&] { return disk != nullptr; }, 5000));
        window.selectDisk(disk->value().id);
        QVERIFY(enabled("attach") && !enabled("detach") && enabled("deleteDisk"));
        done = false;
        service.attachDisk(disk->value().id, b, [&](Result<Disk>) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        QVERIFY(!enabled("attach") && enabled("detach") && !enabled("deleteDisk"));
        // On the Disks tab the hidden Machines selection is not what Stop acts on...
        window.selectVms({a});
        QVERIFY(enabled("stop"));
        window.selectDisk(disk->value().id);
        QVERIFY(!enabled("stop") && !enabled("restart") && !enabled("forceStop") && !enabled("console"));
        window.action(QStringLiteral("stop"))->trigger();
        QTest::qWait(50);
        QCOMPARE(service.findVm(a)->state, VmState::Running);
        // ...nor is the hidden Disks selection what Detach acts on from the Machines tab.
        window.selectVms({a});
        QVERIFY(!enabled("detach"));
    }

    void aFirstStartSaysWhatToDoAndDisabledActionsSayWhy()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        VmService &service = vman.runtime->service();
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        window.show();
        window.selectVms({});
        auto *empty = window.findChild<QWidget *>(QStringLiteral("emptyState"));
        auto *text = window.findChild<QLabel *>(QStringLiteral("emptyStateText"));
        auto *newTemplate = window.findChild<QPushButton *>(QStringLiteral("emptyStateNewTemplate"));
        QVERIFY(empty->isVisible());
        QVERIFY2(text->text().contains(QStringLiteral("New template")), qPrintable(text->text()));
        QVERIFY(text->text().contains(QStringLiteral("Import image")));
        QVERIFY(newTemplate->isVisible());
        // "New VM…" is disabled and says why; so is Start without a selection.
        QVERIFY(!window.action(QStringLiteral("newVm"))->isEnabled());
        QVERIFY(window.action(QStringLiteral("newVm"))->toolTip().contains(QStringLiteral("Create a template first")));
        QVERIFY(window.action(QStringLiteral("start"))->toolTip().contains(QStringLiteral("Select a virtual machine first")));
        // The empty state's button opens the template dialog.
        onNextDialog([](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("small"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        newTemplate->click();
        QTRY_VERIFY(service.findTemplate(QStringLiteral("small")).has_value());
        QVERIFY(window.action(QStringLiteral("newVm"))->isEnabled());
        QCOMPARE(window.action(QStringLiteral("newVm"))->toolTip(), window.action(QStringLiteral("newVm"))->property("baseToolTip").toString());
        QVERIFY(text->text().contains(QStringLiteral("New VM")));
        QVERIFY(!newTemplate->isVisible());
        const QString id = service.createVm({QStringLiteral("small"), QStringLiteral("a"), {}}).value().id;
        QTRY_VERIFY(!empty->isVisible());
        window.selectVms({id});
        QVERIFY(window.action(QStringLiteral("stop"))->toolTip().contains(QStringLiteral("Only running virtual machines")));
    }

    void columnsFitWhatTheyShowAndTheNameStretches()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        VmService &service = vman.runtime->service();
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        window.resize(1200, 700);
        window.show();
        window.selectVms({});
        QTableView *table = window.vmTable();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString widths;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            widths += QString::number(table->columnWidth(c)) + QLatin1Char(' ');
        QTRY_VERIFY2(!table->horizontalScrollBar()->isVisible(), qPrintable(widths + QStringLiteral(" viewport %1").arg(table->viewport()->width()))); // an empty table needs no scrolling
        QCOMPARE(table->horizontalHeader()->sectionResizeMode(VmTableModel::NameColumn), QHeaderView::Stretch);
        QVERIFY(service.createTemplate({QStringLiteral("small"), 1, 1}).ok());
        QVERIFY(service.createVm({QStringLiteral("small"), QStringLiteral("a"), {}}).ok());
        QApplication::processEvents();
        // Every state fits its column from the start ("stopping" never reads "sto…").
        const int stateWidth = table->columnWidth(VmTableModel::StateColumn);
        for (VmState state : {VmState::Running, VmState::Stopped, VmState::Paused, VmState::Starting, VmState::Stopping, VmState::Error})
            QVERIFY2(stateWidth >= table->fontMetrics().horizontalAdvance(ui::stateText(state)) + table->iconSize().width(), qPrintable(ui::stateText(state)));
        // The spare width goes to the name, not to the creation date.
        int total = 0;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            total += table->columnWidth(c);
        QCOMPARE(total, table->viewport()->width()); // the name column took exactly what was left
        const QString created = table->model()->index(0, VmTableModel::CreatedColumn).data().toString();
        QTRY_VERIFY(table->columnWidth(VmTableModel::CreatedColumn) >= table->fontMetrics().horizontalAdvance(created));
        QVERIFY(table->columnWidth(VmTableModel::CreatedColumn) < table->fontMetrics().horizontalAdvance(created) + 80);
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        // Wider content widens its column; a column the user sized keeps their width.
        const int portsWidth = table->columnWidth(VmTableModel::PortsColumn);
        QVERIFY(service.createVm({QStringLiteral("small"), QStringLiteral("b"), {{30001, 22}, {30002, 80}, {30003, 443}}}).ok());
        QTRY_VERIFY(table->columnWidth(VmTableModel::PortsColumn) > portsWidth);
        table->horizontalHeader()->resizeSection(VmTableModel::PortsColumn, 40);
        QVERIFY(service.createVm({QStringLiteral("small"), QStringLiteral("c"), {{30004, 22}, {30005, 80}, {30006, 443}, {30007, 8080}}}).ok());
        QTest::qWait(50);
        QCOMPARE(table->columnWidth(VmTableModel::PortsColumn), 40);
        table->horizontalHeader()->resizeSection(VmTableModel::PortsColumn, portsWidth + 150);
        // However many columns, a name stays readable: the detail pane gives way (at 1200 pixels
        // every name read "w…" once), and the creation date is a date (its time is in the tip).
        QTRY_VERIFY2(table->columnWidth(VmTableModel::NameColumn) >= table->fontMetrics().averageCharWidth() * 14,
                     qPrintable(QString::number(table->columnWidth(VmTableModel::NameColumn))));
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        const QModelIndex createdCell = table->model()->index(0, VmTableModel::CreatedColumn);
        QVERIFY(!createdCell.data().toString().contains(QLatin1Char(':')));
        QVERIFY2(createdCell.data(Qt::ToolTipRole).toString().contains(QLatin1Char(':')), qPrintable(createdCell.data(Qt::ToolTipRole).toString()));
        // The room for the name is no minimum of the window: half a small screen still fits it
        // (the table's minimum width made every window at least 1150 pixels wide under Xvfb);
        // the table scrolls then, and the detail pane keeps its own minimum.
        QVERIFY2(window.minimumSizeHint().width() <= 680, qPrintable(QString::number(window.minimumSizeHint().width())));
        // The detail pane's title wraps rather than widening the pane (German: 330 pixels): the
        // screen thumbnail's minimum is what sets the pane's.
        auto *pane = window.findChild<VmDetailPane *>();
        const QMargins margins = pane->layout()->contentsMargins();
        QVERIFY2(pane->minimumSizeHint().width() <= pane->findChild<QWidget *>(QStringLiteral("screen"))->minimumWidth() + margins.left() + margins.right(),
                 qPrintable(QString::number(pane->minimumSizeHint().width())));
        window.resize(680, 700);
        QTRY_COMPARE(window.width(), 680);
        QTRY_VERIFY(table->horizontalScrollBar()->isVisible());
        QVERIFY(window.findChild<VmDetailPane *>()->width() >= window.findChild<VmDetailPane *>()->minimumSizeHint().width());
        QCOMPARE(table->horizontalScrollBar()->value(), 0);
        QVERIFY2(table->columnWidth(VmTableModel::NameColumn) >= table->fontMetrics().averageCharWidth() * 14, // not stretched to nothing
                 qPrintable(QString::number(table->columnWidth(VmTableModel::NameColumn))));
        // While it scrolls anyway, a longer name is shown whole (under Xvfb "database-primary"
        // read "database-…" in 14 average characters).
        QVERIFY(service.createVm({QStringLiteral("small"), QStringLiteral("database-primary"), {}}).ok());
        QTRY_VERIFY2(table->columnWidth(VmTableModel::NameColumn) > table->fontMetrics().horizontalAdvance(QStringLiteral("database-primary")),
                     qPrintable(QString::number(table->columnWidth(VmTableModel::NameColumn))));
        // The other tables (no pane beside them) keep their names readable too, however narrow.
        window.resize(window.minimumSizeHint().width(), 700);
        auto *tabs = window.findChild<QTabWidget *>();
        for (int tab = 1; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            auto *other = tabs->currentWidget()->findChild<QTableView *>();
            QVERIFY(other);
            QTRY_VERIFY2(other->columnWidth(0) >= other->fontMetrics().averageCharWidth() * 14,
                         qPrintable(tabs->tabText(tab) + QStringLiteral(": %1 px").arg(other->columnWidth(0))));
        }
        tabs->setCurrentIndex(0);
        // Wide again: the name has its room back and nothing scrolls.
        window.resize(1200, 700);
        QTRY_VERIFY2(table->columnWidth(VmTableModel::NameColumn) >= table->fontMetrics().averageCharWidth() * 14 && !table->horizontalScrollBar()->isVisible(),
                     qPrintable(QString::number(table->columnWidth(VmTableModel::NameColumn))));
        QCOMPARE(table->horizontalHeader()->sectionResizeMode(VmTableModel::NameColumn), QHeaderView::Stretch);
    }

    void forceStopAndDetachingFromARunningVmAskFirst()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        VmService &service = vman.runtime->service();
        QVERIFY(service.createTemplate({QStringLiteral("small"), 1, 1}).ok());
        const QString id = service.createVm({QStringLiteral("small"), QStringLiteral("a"), {}}).value().id;
        bool done = false;
        service.startVm(id, [&](Result<Vm>) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        window.show();
        auto answer = [](QMessageBox::StandardButton button, QString *asked) {
            onNextDialog([button, asked](QDialog *dialog) {
                auto *box = qobject_cast<QMessageBox *>(dialog);
                *asked = box ? box->text() : QStringLiteral("(not a question)");
                if (box)
                    box->button(button)->click();
            });
        };
        QString asked;
        window.selectVms({id});
        answer(QMessageBox::Cancel, &asked);
        window.action(QStringLiteral("forceStop"))->trigger();
        QVERIFY2(asked.contains(QStringLiteral("power plug")), qPrintable(asked));
        QTest::qWait(50);
        QCOMPARE(service.findVm(id)->state, VmState::Running); // cancelled: nothing happened
        std::unique_ptr<Result<Disk>> disk;
        service.createDisk({1, std::nullopt}, [&](Result<Disk> r) { disk = std::make_unique<Result<Disk>>(r); });
        QVERIFY(QTest::qWaitFor([&] { return disk != nullptr; }, 5000));
        done = false;
        service.attachDisk(disk->value().id, id, [&](Result<Disk>) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        window.selectDisk(disk->value().id);
        asked.clear();
        answer(QMessageBox::Cancel, &asked);
        window.action(QStringLiteral("detach"))->trigger();
        QVERIFY2(asked.contains(QStringLiteral("running VM 'a'")), qPrintable(asked));
        QTest::qWait(50);
        QCOMPARE(service.findDisk(disk->value().id)->vmId, id);
        asked.clear();
        answer(QMessageBox::Yes, &asked);
        window.action(QStringLiteral("detach"))->trigger();
        QTRY_VERIFY(service.findDisk(disk->value().id)->vmId.isEmpty());
        window.selectVms({id});
        answer(QMessageBox::Yes, &asked);
        window.action(QStringLiteral("forceStop"))->trigger();
        QTRY_COMPARE(service.findVm(id)->state, VmState::Stopped);
    }

    void toolbarStartAndStopChangeTheRow()
    {
        Config config = dryRun(storage());
        config.dryRunDelayMs = 200;
        TestRuntime vman(config);
        QVERIFY(vman.ok);
        VmService &service = vman.runtime->service();
        QVERIFY(service.createTemplate({QStringLiteral("small"), 1, 1}).ok());
        const QString ids[] = {service.createVm({QStringLiteral("small"), QStringLiteral("one"), {}}).value().id,
                               service.createVm({QStringLiteral("small"), QStringLiteral("two"), {}}).value().id};
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        window.show();
        window.selectVms({ids[0], ids[1]}); // both at once
        window.action(QStringLiteral("start"))->trigger();
        // The rows show the transition, then the result.
        QCOMPARE(cell(window.vmTable(), ids[0], Qt::DisplayRole, VmTableModel::StateColumn, VmTableModel::IdRole), QStringLiteral("starting…"));
        QVERIFY(QTest::qWaitFor([&] {
            return cell(window.vmTable(), ids[0], Qt::DisplayRole, VmTableModel::StateColumn, VmTableModel::IdRole) == QLatin1String("running")
                && cell(window.vmTable(), ids[1], Qt::DisplayRole, VmTableModel::StateColumn, VmTableModel::IdRole) == QLatin1String("running");
        }, 5000));
        window.action(QStringLiteral("stop"))->trigger();
        QVERIFY(QTest::qWaitFor([&] {
            return cell(window.vmTable(), ids[1], Qt::DisplayRole, VmTableModel::StateColumn, VmTableModel::IdRole) == QLatin1String("stopped");
        }, 5000));
        QVERIFY(window.notification().isEmpty());
    }

    void realQemuStartAndStopFromTheToolbar()
    {
        Config config;
        config.storagePath = storage();
        config.accel = AccelMode::Tcg;
        TestRuntime vman(config);
        QVERIFY(vman.ok);
        VmService &service = vman.runtime->service();
        QVERIFY(service.createTemplate({QStringLiteral("small"), 1, 1}).ok());
        const QString id = service.createVm({QStringLiteral("small"), QStringLiteral("real"), {}}).value().id;
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        window.show();
        window.selectVms({id});
        window.action(QStringLiteral("start"))->trigger();
        QVERIFY(QTest::qWaitFor([&] { return service.findVm(id)->state == VmState::Running; }, 15000));
        QCOMPARE(cell(window.vmTable(), id, Qt::DisplayRole, VmTableModel::StateColumn, VmTableModel::IdRole), QStringLiteral("running"));
        QVERIFY(window.detailPane()->propertiesText().contains(QStringLiteral("running")));
        onNextDialog([](QDialog *dialog) { qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Yes)->click(); });
        window.action(QStringLiteral("forceStop"))->trigger();
        QVERIFY(QTest::qWaitFor([&] { return service.findVm(id)->state == VmState::Stopped; }, 15000));
        QCOMPARE(cell(window.vmTable(), id, Qt::DisplayRole, VmTableModel::StateColumn, VmTableModel::IdRole), QStringLiteral("stopped"));

        // A host port another program holds: the error bar says so in words before QEMU's, and
        // stays until closed.
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        const QString busy = service.createVm({QStringLiteral("small"), QStringLiteral("busy"), {{holder.serverPort(), 80}}}).value().id;
        window.selectVms({busy});
        window.action(QStringLiteral("start"))->trigger();
        QVERIFY(QTest::qWaitFor([&] { return !window.notification().isEmpty(); }, 15000));
        const QString expected = QStringLiteral("Port %1 (TCP) is already in use on this host").arg(holder.serverPort());
        QVERIFY2(window.notification().contains(expected), qPrintable(window.notification()));
        QVERIFY(window.notification().contains(QStringLiteral("Could not set up host forwarding rule"))); // QEMU's words follow
        window.findChild<QToolButton *>(QStringLiteral("closeNotification"))->click();
        QVERIFY(window.notification().isEmpty());
    }

    void failuresShowNonModally()
    {
        Config config;
        config.storagePath = storage();
        config.qemuBinary = QStringLiteral("/nonexistent/qemu-system-x86_64");
        TestRuntime vman(config);
        QVERIFY(vman.ok);
        VmService &service = vman.runtime->service();
        QVERIFY(service.createTemplate({QStringLiteral("small"), 1, 1}).ok());
        const QString id = service.createVm({QStringLiteral("small"), QStringLiteral("broken"), {}}).value().id;
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        window.show();
        window.selectVms({id});
        window.action(QStringLiteral("start"))->trigger();
        QVERIFY(QTest::qWaitFor([&] { return !window.notification().isEmpty(); }, 10000));
        QVERIFY(window.notification().contains(QStringLiteral("/nonexistent/qemu-system-x86_64")));
        QVERIFY(QApplication::activeModalWidget() == nullptr);
    }

    void closingSaysOnceThatVmsKeepRunning()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        VmService &service = vman.runtime->service();
        QVERIFY(service.createTemplate({QStringLiteral("small"), 1, 1}).ok());
        const QString id = service.createVm({QStringLiteral("small"), std::nullopt, {}}).value().id;
        bool started = false;
        service.startVm(id, [&](Result<Vm>) { started = true; });
        QVERIFY(QTest::qWaitFor([&] { return started; }, 5000));
        QSettings().remove(QStringLiteral("window/closeNoticeShown"));
        int notices = 0;
        for (int i = 0; i < 2; ++i) {
            MainWindow window(*vman.runtime, vman.api->baseUrl());
            window.show();
            QTimer::singleShot(300, [&notices] {
                if (auto *box = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                    ++notices;
                    box->accept();
                }
            });
            window.close();
            QTest::qWait(400);
        }
        QCOMPARE(notices, 1);
        QCOMPARE(service.findVm(id)->state, VmState::Running);
    }

    void settingsPersistAcrossARestart()
    {
        {
            SettingsDialog dialog(nullptr, QProcessEnvironment());
            dialog.setValue(QStringLiteral("VMAN_API_PORT"), QStringLiteral("8123"));
            dialog.setValue(QStringLiteral("VMAN_CLONE_MODE"), QStringLiteral("full"));
            dialog.setValue(QStringLiteral("VMAN_STORAGE_PATH"), QStringLiteral("/srv/vms"));
            dialog.save();
        }
        // A new dialog (as after a restart) shows them, and the configuration uses them.
        SettingsDialog again(nullptr, QProcessEnvironment());
        QCOMPARE(again.value(QStringLiteral("VMAN_API_PORT")), QStringLiteral("8123"));
        QCOMPARE(again.value(QStringLiteral("VMAN_CLONE_MODE")), QStringLiteral("full"));
        ConfigLoader::Inputs inputs;
        inputs.stored = SettingsDialog::stored();
        const auto config = ConfigLoader::load(inputs, nullptr, nullptr);
        QVERIFY(config);
        QCOMPARE(config->apiPort, 8123);
        QCOMPARE(config->cloneMode, CloneMode::Full);
        QCOMPARE(config->storagePath, QStringLiteral("/srv/vms"));
        // A setting fixed by the environment is read-only and wins.
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("VMAN_API_PORT"), QStringLiteral("9999"));
        SettingsDialog fixed(nullptr, environment);
        QVERIFY(fixed.isFixed(QStringLiteral("VMAN_API_PORT")));
        QVERIFY(!fixed.findChild<QSpinBox *>(QStringLiteral("VMAN_API_PORT"))->isEnabled());
        QCOMPARE(fixed.value(QStringLiteral("VMAN_API_PORT")), QStringLiteral("9999"));
        fixed.save(); // does not store the environment's value
        QCOMPARE(SettingsDialog::stored().value(QStringLiteral("VMAN_API_PORT")), QStringLiteral("8123"));
        QVERIFY(fixed.findChild<QLabel *>(QStringLiteral("restartNote"))->text().contains(QStringLiteral("next time")));
        QSettings().clear();
    }

    void settingsLiveUnderVmanAndOldOnesMoveThere()
    {
        const QString organization = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        SettingsDialog::setApplicationIdentity();
        QVERIFY2(QSettings().fileName().endsWith(QStringLiteral("/vman/vman.conf")), qPrintable(QSettings().fileName()));
        QVERIFY(!QSettings().fileName().contains(QStringLiteral("Unknown Organization")));
        // What an older VMAN stored (no organization set) is carried over once.
        QSettings().clear();
        {
            QSettings legacy(QStringLiteral("Unknown Organization"), QStringLiteral("vman"));
            legacy.setValue(QStringLiteral("config/VMAN_API_PORT"), QStringLiteral("8456"));
        }
        SettingsDialog::migrateLegacySettings();
        QCOMPARE(SettingsDialog::stored().value(QStringLiteral("VMAN_API_PORT")), QStringLiteral("8456"));
        QSettings(QStringLiteral("Unknown Organization"), QStringLiteral("vman")).clear();
        QSettings().clear();
        QCoreApplication::setOrganizationName(organization);
        QCoreApplication::setApplicationName(application);
    }

    void germanTranslationChangesVisibleText()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/vman/i18n/vman_de.qm")));
        QCoreApplication::installTranslator(&german);
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        const QString start = window.action(QStringLiteral("start"))->text();
        const QString tab = window.tabs()->tabText(0);
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(start, QStringLiteral("&Starten"));
        QCOMPARE(tab, QStringLiteral("&Maschinen"));
        QTranslator french;
        QVERIFY(french.load(QStringLiteral(":/vman/i18n/vman_fr.qm")));
        QCoreApplication::installTranslator(&french);
        MainWindow fr(*vman.runtime, vman.api->baseUrl());
        const QString frStart = fr.action(QStringLiteral("start"))->text();
        QCoreApplication::removeTranslator(&french);
        QCOMPARE(frStart, QStringLiteral("&Démarrer"));
    }

    void qtsOwnTextsAreTranslatedToo()
    {
        TestRuntime vman(dryRun(storage()));
        QVERIFY(vman.ok);
        {
            ui::Translations german(QLocale(QLocale::German, QLocale::Germany));
            QVERIFY(german.vmanLoaded());
            QVERIFY2(german.qtLoaded(), qPrintable(german.missing().join(QStringLiteral("; "))));
            MainWindow window(*vman.runtime, vman.api->baseUrl());
            // Key names in shortcuts and the buttons of Qt's own dialogs.
            QVERIFY2(window.action(QStringLiteral("start"))->toolTip().contains(QStringLiteral("Strg+R")), qPrintable(window.action(QStringLiteral("start"))->toolTip()));
            QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"), QMessageBox::Yes | QMessageBox::Cancel);
            QCOMPARE(box.button(QMessageBox::Yes)->text(), QStringLiteral("&Ja"));
            QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Abbrechen"));
            // Validation speaks German too.
            QCOMPARE(FormDialog::describe(ServiceError::invalid({rules::checkRange(QStringLiteral("cpu_count"), 0, 1, 64).value()})),
                     QStringLiteral("Die Anzahl der vCPUs muss mindestens 1 sein."));
        }
        {
            ui::Translations french(QLocale(QLocale::French, QLocale::France));
            QVERIFY(french.qtLoaded());
            QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"), QMessageBox::Yes | QMessageBox::Cancel);
            QCOMPARE(box.button(QMessageBox::Yes)->text(), QStringLiteral("&Oui"));
        }
        // Gone again: English.
        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"), QMessageBox::Yes);
        QCOMPARE(box.button(QMessageBox::Yes)->text(), QStringLiteral("&Yes"));
    }

    void translationsAreComplete()
    {
        for (const char *file : {"vman_de.ts", "vman_fr.ts"}) {
            QFile ts(QStringLiteral(VMAN_SOURCE_DIR "/translations/") + QLatin1String(file));
            QVERIFY(ts.open(QIODevice::ReadOnly));
            const QByteArray text = ts.readAll();
            QVERIFY2(text.count("<message") > 100, file);
            QVERIFY2(!text.contains("type=\"unfinished\""), file);
            QVERIFY2(!text.contains("<translation />") && !text.contains("<translation/>"), file);
        }
        // And they hold every text the sources have now: lupdate run on a copy finds nothing new.
        const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        QVERIFY2(QFile::exists(lupdate), qPrintable(lupdate));
        QTemporaryDir copy;
        const QString ts = copy.filePath(QStringLiteral("vman_de.ts"));
        QVERIFY(QFile::copy(QStringLiteral(VMAN_SOURCE_DIR "/translations/vman_de.ts"), ts));
        QProcess run;
        run.start(lupdate, {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral(VMAN_SOURCE_DIR "/src/ui"),
                            QStringLiteral("-ts"), ts});
        QVERIFY(run.waitForFinished(120000));
        QCOMPARE(run.exitCode(), 0);
        QFile updated(ts);
        QVERIFY(updated.open(QIODevice::ReadOnly));
        QVERIFY2(!updated.readAll().contains("type=\"unfinished\""), qPrintable(QString::fromUtf8(run.readAllStandardOutput())));
    }

    void logDockFiltersTheLiveLog()
    {
        QTemporaryDir logs;
        logging::Options options;
        options.directory = logs.path();
        options.console = false;
        options.level = LogLevel::Debug;
        QVERIFY(logging::install(options));
        LogDock dock;
        qCInfo(lcApi).noquote() << "GET /vms 200 dock-test";
        qCWarning(lcService).noquote() << "something odd dock-test";
        qCDebug(lcService).noquote() << "chatter dock-test";
        QVERIFY(QTest::qWaitFor([&] { return dock.visibleText().contains(QStringLiteral("something odd")); }, 2000));
        QVERIFY(dock.visibleText().contains(QStringLiteral("| INFO | intel.api | GET /vms 200 dock-test")));
        QVERIFY(!dock.visibleText().contains(QStringLiteral("chatter"))); // Info and above by default
        dock.findChild<QComboBox *>(QStringLiteral("logLevel"))->setCurrentIndex(2);
        QVERIFY(!dock.visibleText().contains(QStringLiteral("GET /vms")));
        QVERIFY(dock.visibleText().contains(QStringLiteral("something odd")));
        dock.findChild<QComboBox *>(QStringLiteral("logLevel"))->setCurrentIndex(0);
        dock.findChild<QLineEdit *>(QStringLiteral("logSearch"))->setText(QStringLiteral("CHATTER"));
        QCOMPARE(dock.visibleText().count(QLatin1Char('\n')), 0);
        QVERIFY(dock.visibleText().contains(QStringLiteral("chatter dock-test")));
        logging::shutdown();
    }

    void terminalTextHandlesControlCharacters()
    {
        QCOMPARE(terminal::clean("hello\r\nworld\r\n"), QStringLiteral("hello\nworld\n"));
        QCOMPARE(terminal::clean("\x1b[1;32mgreen\x1b[0m text"), QStringLiteral("green text"));
        QCOMPARE(terminal::clean("abc\x7f\x7fx"), QStringLiteral("ax"));
        QCOMPARE(terminal::clean("abcd\b\bXY"), QStringLiteral("abXY"));
        QCOMPARE(terminal::clean("progress 10%\rprogress 99%\n"), QStringLiteral("progress 99%\n"));
        QCOMPARE(terminal::clean("/ # \x1b[6n"), QStringLiteral("/ # "));
        // Incremental: a read rewrites only the current line; what a read cut in two comes out whole.
        terminal::Decoder decoder;
        QString shown;
        const auto show = [&](const QByteArray &bytes) {
            const auto edit = decoder.feed(bytes);
            shown.chop(edit.erase);
            shown += edit.append;
        };
        show("line\n> ");
        show("ls\r\n");
        QCOMPARE(shown, QStringLiteral("line\n> ls\n"));
        const QByteArray euro = "\xe2\x82\xac"; // one character, three bytes
        show("price: " + euro.left(1));
        show(euro.mid(1) + " \x1b[1;3");
        show("1mred\x1b[0m\x1b]0;ti");
        show("tle\x07!\n");
        QCOMPARE(shown, QStringLiteral("line\n> ls\nprice: \u20ac red!\n"));
        show("10%\r");
        show("99%");
        QVERIFY(shown.endsWith(QStringLiteral("\n99%")));
    }

    void terminalShowsColoursAndEditsLines()
    {
        using terminal::Attributes;
        // Runs cover the text; SGR colours, styles, 256 and true colours, resets.
        terminal::Decoder decoder;
        auto edit = decoder.feed("ls\r\n\x1b[1;34mbin\x1b[0m  \x1b[01;32mrun.sh\x1b[m\n");
        QCOMPARE(edit.append, QStringLiteral("ls\nbin  run.sh\n"));
        QCOMPARE(edit.runs.size(), 5);
        QCOMPARE(edit.runs.at(0).length, 3); // "ls\n"
        QCOMPARE(edit.runs.at(1).length, 3); // "bin"
        QCOMPARE(edit.runs.at(1).attributes.foreground, 4u);
        QCOMPARE(edit.runs.at(1).attributes.flags, quint8(Attributes::Bold));
        QCOMPARE(edit.runs.at(2).attributes, Attributes{});
        QCOMPARE(edit.runs.at(3).attributes.foreground, 2u);
        int total = 0;
        for (const auto &run : edit.runs)
            total += run.length;
        QCOMPARE(total, int(edit.append.size()));
        edit = decoder.feed("\x1b[38;5;208mo\x1b[48;2;1;2;3mt\x1b[7;4mr\x1b[27;24;39;49m.\x1b[95;102mb");
        QCOMPARE(edit.runs.at(0).attributes.foreground, 208u);
        QCOMPARE(edit.runs.at(1).attributes.background, Attributes::kRgb | 0x010203u);
        QCOMPARE(edit.runs.at(2).attributes.flags, quint8(Attributes::Reverse | Attributes::Underline));
        QCOMPARE(edit.runs.at(3).attributes, Attributes{});
        QCOMPARE(edit.runs.at(4).attributes.foreground, 13u);
        QCOMPARE(edit.runs.at(4).attributes.background, 10u);

        // Line editing as shells do it: erase to the end, cursor left/right/column, erase the line.
        QCOMPARE(terminal::clean("hello world\r\x1b[Khi\n"), QStringLiteral("hi\n"));
        QCOMPARE(terminal::clean("abcdef\x1b[3D\x1b[KX\n"), QStringLiteral("abcX\n"));
        QCOMPARE(terminal::clean("ab\x1b[3Cc\n"), QStringLiteral("ab   c\n"));
        QCOMPARE(terminal::clean("abcdef\x1b[2GZ\n"), QStringLiteral("aZcdef\n"));
        QCOMPARE(terminal::clean("abcdef\x1b[2K\rnew\n"), QStringLiteral("new\n"));
        QCOMPARE(terminal::clean("abcdef\x1b[3D\x1b[1K|\n"), QStringLiteral("   |ef\n"));
        QCOMPARE(terminal::clean("abc \b\b\bX\n"), QStringLiteral("aX\n"));
        // `clear` (cursor home, erase below): history stays, the prompt starts a fresh line.
        QCOMPARE(terminal::clean("old output\n/ # clear\x1b[H\x1b[J/ # "), QStringLiteral("old output\n/ # clear\n/ # "));
        // Private modes and unknown sequences show nothing; a malformed colour is ignored.
        QCOMPARE(terminal::clean("\x1b[?25l\x1b[?2004hx\x1b[38;9my\x1b[5Az"), QStringLiteral("xyz"));

        // The view draws them: colour and weight at the characters.
        TerminalView view;
        view.receive("plain \x1b[1;31mred\x1b[0m\r\n");
        QTextCursor cursor(view.document());
        cursor.setPosition(8); // inside "red"
        QCOMPARE(cursor.charFormat().foreground().color(), QColor(0xcd, 0x31, 0x31));
        QCOMPARE(cursor.charFormat().fontWeight(), int(QFont::Bold));
        cursor.setPosition(2); // inside "plain"
        QCOMPARE(cursor.charFormat().foreground().color(), QColor(0xe0, 0xe0, 0xe0));
        QCOMPARE(view.screenText(), QStringLiteral("plain red\n"));
        QCOMPARE(TerminalView::colour(196, true), QColor(255, 0, 0));
        QCOMPARE(TerminalView::colour(244, true), QColor(128, 128, 128));
    }

    void consoleTailsStartOnAWholeLine()
    {
        const QByteArray log = QByteArray(20000, 'x') + "\x1b[1;34mblue\x1b[0m\x1b[J\r\nnext line\r\n";
        const qint64 limit = 16 * 1024;
        const QByteArray tail = log.right(limit); // cut somewhere: here inside the x's
        const QByteArray cutInEscape = log.mid(log.indexOf("[1;34m")); // ESC cut off
        QCOMPARE(terminal::fromFirstWholeLine(tail, limit), QByteArray("next line\r\n"));
        // A tail cut inside an escape sequence shows none of it.
        const QByteArray padded = cutInEscape + QByteArray(limit - cutInEscape.size(), 'z');
        QVERIFY(!terminal::clean(terminal::fromFirstWholeLine(padded, limit)).contains(QStringLiteral("[1;34m")));
        QVERIFY(terminal::clean(padded).contains(QStringLiteral("[1;34m"))); // what showed before
        // A whole log (shorter than the limit) is kept whole.
        QCOMPARE(terminal::fromFirstWholeLine("short\r\n", limit), QByteArray("short\r\n"));
    }

    void detailPaneRefreshesTheSerialTailWhileAVmStarts()
    {
        Config config = dryRun(storage());
        config.dryRunDelayMs = 3000;
        TestRuntime vman(config);
        QVERIFY(vman.ok);
        VmService &service = vman.runtime->service();
        QVERIFY(service.createTemplate({QStringLiteral("small"), 1, 1}).ok());
        const QString id = service.createVm({QStringLiteral("small"), QStringLiteral("slow"), {}}).value().id;
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        window.show();
        window.selectVms({id});
        QVERIFY(!window.detailPane()->refreshingConsole()); // stopped: nothing changes
        service.startVm(id, [](Result<Vm>) {});
        QTRY_COMPARE(service.findVm(id)->state, VmState::Starting);
        QVERIFY(window.detailPane()->refreshingConsole()); // booting prints the most
    }

    void terminalCopiesPastesToTheGuestAndKeepsItsTranscript()
    {
        TerminalView terminal;
        terminal.resize(400, 200);
        terminal.show();
        terminal.receive("hello world\r\n$ ");
        QList<QByteArray> typed;
        connect(&terminal, &TerminalView::typed, this, [&](const QByteArray &bytes) { typed << bytes; });
        // The menu offers what a terminal offers; nothing that edits the guest's transcript.
        std::unique_ptr<QMenu> menu(terminal.createTerminalMenu(nullptr));
        QStringList names;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                names << action->objectName();
            QVERIFY(!action->text().contains(QStringLiteral("Cut")) && !action->text().contains(QStringLiteral("Undo")) && !action->text().contains(QStringLiteral("Delete")));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("copy"), QStringLiteral("paste"), QStringLiteral("selectAll")}));
        // Paste goes to the guest, line ends as Return sends them.
        QGuiApplication::clipboard()->setText(QStringLiteral("echo one\nls"));
        QTest::keyClick(&terminal, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(typed, (QList<QByteArray>{"echo one\rls"}));
        // Delete is a key for the guest, not an edit of the transcript.
        QTest::keyClick(&terminal, Qt::Key_Delete);
        QCOMPARE(typed.last(), QByteArray("\x1b[3~"));
        QCOMPARE(terminal.screenText(), QStringLiteral("hello world\n$ "));
        // Copy takes the selection.
        terminal.selectAll();
        QTest::keyClick(&terminal, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("hello world\n$ "));
        // New output is followed, unless the user scrolled back to read.
        for (int i = 0; i < 300; ++i)
            terminal.receive(QByteArray("line ") + QByteArray::number(i) + "\r\n");
        QScrollBar *scroll = terminal.verticalScrollBar();
        QCOMPARE(scroll->value(), scroll->maximum());
        scroll->setValue(10);
        terminal.receive("more\r\n");
        QCOMPARE(scroll->value(), 10);
        scroll->setValue(scroll->maximum());
        terminal.receive("and more\r\n");
        QCOMPARE(scroll->value(), scroll->maximum());
    }

    void consoleShowsTheGuestAndSendsTypedText()
    {
        Config config;
        config.storagePath = storage();
        config.accel = AccelMode::Tcg;
        config.defaultBootDisk = QStringLiteral(VMAN_TEST_GUEST);
        TestRuntime vman(config);
        QVERIFY(vman.ok);
        VmService &service = vman.runtime->service();
        QVERIFY(service.createTemplate({QStringLiteral("small"), 1, 1}).ok());
        const QString id = service.createVm({QStringLiteral("small"), QStringLiteral("guest"), {}}).value().id;
        bool started = false;
        service.startVm(id, [&](Result<Vm> r) { started = r.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return started; }, 15000));
        MainWindow window(*vman.runtime, vman.api->baseUrl());
        window.show();
        ConsoleWindow *console = window.openConsole(id);
        QVERIFY(console);
        QVERIFY(QTest::qWaitFor([&] { return console->terminal()->screenText().contains(QStringLiteral("VMAN-GUEST-READY")); }, 90000));
        QVERIFY(QTest::qWaitFor([&] { return console->serialConnected(); }, 5000));
        // The graphical console: connected, at the size the guest's screen has.
        console::ConsoleView *view = console->view();
        QVERIFY(QTest::qWaitFor([&] { return view->isConnected() && !view->frameSize().isEmpty(); }, 10000));
        QSize screenSize;
        service.screenshot(id, [&](Result<QByteArray> png) { screenSize = QImage::fromData(png.value()).size(); });
        QVERIFY(QTest::qWaitFor([&] { return screenSize.isValid(); }, 5000));
        QCOMPARE(view->frameSize(), screenSize);
        QVERIFY(view->client().scancodesSupported());
        // The detail pane shows the same screen, live and scaled, watching only.
        window.selectVms({id});
        auto *pane = window.findChild<VmDetailPane *>();
        QVERIFY2(QTest::qWaitFor([&] { return pane->screen()->isConnected() && pane->screen()->frameSize() == screenSize; }, 10000),
                 qPrintable(QStringLiteral("%1 %2x%3 visible=%4 id=%5").arg(pane->screen()->statusText()).arg(pane->screen()->frameSize().width())
                                .arg(pane->screen()->frameSize().height()).arg(pane->isVisible()).arg(pane->vmId())));
        auto *paneSerial = pane->findChild<QPlainTextEdit *>(QStringLiteral("console"));
        // Keys typed into the screen reach the guest's VGA console (tty1) as scancodes: the shell
        // there writes a marker to the serial port.
        view->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return console->terminal()->screenText().contains(QStringLiteral("VMAN-TTY1-READY")); }, 30000));
        const quint64 framesBefore = view->framesReceived();
        typeAsUsKeyboard(view, QStringLiteral("echo VNC-KEYS-$((6*7)) > /dev/ttyS0\n"));
        const bool typed = QTest::qWaitFor([&] { return console->terminal()->screenText().contains(QStringLiteral("VNC-KEYS-42")); }, 20000);
        if (!typed) {
            view->frame().save(QDir::temp().filePath(QStringLiteral("vman-console-failure.png"))); // what the guest showed
            qWarning() << "view connected" << view->isConnected() << "frames" << view->framesReceived() << "before" << framesBefore
                       << view->statusText() << "size" << view->frameSize();
        }
        QVERIFY2(typed, qPrintable(console->terminal()->screenText().right(500)));
        QVERIFY(view->framesReceived() > framesBefore); // the typed command showed on the screen
        // The detail pane's serial tail follows new output.
        QVERIFY(QTest::qWaitFor([&] { return paneSerial->toPlainText().contains(QStringLiteral("VNC-KEYS-42")); }, 10000));
        QTRY_COMPARE(paneSerial->verticalScrollBar()->value(), paneSerial->verticalScrollBar()->maximum());
        QVERIFY(paneSerial->verticalScrollBar()->maximum() > 0);
        // The state column shows the VM's CPU use, read from its QEMU's /proc/PID/stat.
        vman.runtime->stats().sampleNow();
        QTest::qWait(300);
        vman.runtime->stats().sampleNow();
        QVERIFY(vman.runtime->stats().percent(id).has_value());
        QVERIFY(*vman.runtime->stats().seconds(id) > 0.0);
        const QModelIndex stateCell = window.vmTable()->model()->index(0, VmTableModel::StateColumn);
        QVERIFY(stateCell.data(VmTableModel::CpuUseRole).isValid());
        QVERIFY2(stateCell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("CPU:")), qPrintable(stateCell.data(Qt::ToolTipRole).toString()));
        // The memory column shows what its QEMU holds of the memory given ("412 MiB / 1 GiB").
        const QModelIndex memoryCell = window.vmTable()->model()->index(0, VmTableModel::MemoryColumn);
        const QString memory = memoryCell.data().toString();
        QVERIFY2(memory.contains(QStringLiteral(" / 1 GiB")) && memory.contains(QStringLiteral("MiB")), qPrintable(memory));
        QVERIFY2(memoryCell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("holds")), qPrintable(memoryCell.data(Qt::ToolTipRole).toString()));
        QCOMPARE(memoryCell.data(VmTableModel::SortRole).toLongLong(), *vman.runtime->stats().residentBytes(id));
        // The detail pane says how much CPU and memory it uses, with a graph of the last minutes.
        QVERIFY2(pane->usageText().contains(QStringLiteral("CPU:")) && pane->usageText().contains(QStringLiteral("in use")), qPrintable(pane->usageText()));
        QVERIFY(pane->cpuGraph()->isVisible());
        QVERIFY(pane->cpuGraph()->values().size() >= 2); // these two and the OBSERVER's own passes
        // A click reaches the guest through the absolute pointer it drives (the virtio tablet).
        QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(view->width() / 2, view->height() / 2));
        QVERIFY2(QTest::qWaitFor([&] { return console->terminal()->screenText().contains(QStringLiteral("VMAN-TABLET-EVENT")); }, 20000),
                 qPrintable(console->terminal()->screenText().right(500)));
        QVERIFY(!console->terminal()->screenText().contains(QStringLiteral("VMAN-TABLET-MISSING")));
        console->tabs()->setCurrentIndex(1);
        QTest::keyClicks(console->terminal(), QStringLiteral("echo typed-$((6*7))"));
        QTest::keyClick(console->terminal(), Qt::Key_Return);
        QVERIFY2(QTest::qWaitFor([&] { return console->terminal()->screenText().contains(QStringLiteral("typed-42")); }, 20000),
                 qPrintable(console->terminal()->screenText().right(500)));
        // The guest changes its resolution: the view follows, and so does the detail pane. (The
        // cloud kernel has no framebuffer driver: the shell sets 800x600x32 through the Bochs
        // display's registers in the VGA device's MMIO BAR with busybox devmem.)
        QList<QSize> sizes;
        connect(view, &console::ConsoleView::frameSizeChanged, this, [&](const QSize &size) { sizes << size; });
        QTest::keyClicks(console->terminal(),
                         QStringLiteral("for v in /sys/bus/pci/devices/*; do [ $(cat $v/vendor)$(cat $v/device) = 0x12340x1111 ] && vga=$v; done; "
                                        "r=$(sed -n 3p $vga/resource | cut -d' ' -f1); d=$((r + 0x500)); devmem $((d + 8)) 16 0; "
                                        "devmem $((d + 2)) 16 800; devmem $((d + 4)) 16 600; devmem $((d + 6)) 16 32; "
                                        "devmem $((d + 8)) 16 0x41; echo mode-$((400 + 200))"));
        QTest::keyClick(console->terminal(), Qt::Key_Return);
        QVERIFY2(QTest::qWaitFor([&] { return console->terminal()->screenText().contains(QStringLiteral("mode-600")); }, 20000),
                 qPrintable(console->terminal()->screenText().right(500)));
        QVERIFY2(QTest::qWaitFor([&] { return view->frameSize() == QSize(800, 600); }, 10000),
                 qPrintable(QStringLiteral("%1x%2, %3 size changes").arg(view->frameSize().width()).arg(view->frameSize().height()).arg(sizes.size())));
        QVERIFY(sizes.contains(QSize(800, 600)));
        QVERIFY(QTest::qWaitFor([&] { return pane->screen()->frameSize() == QSize(800, 600); }, 10000));
        console->close();
        QTest::qWait(100);
        QCOMPARE(service.findVm(id)->state, VmState::Running); // closing the console leaves the VM running

        // The same VM as a remote host's (its API over HTTPS, paired with a code): the window's
        // console reaches it through WebSockets, the screen and the serial line alike.
        QTemporaryDir tlsDir;
        const auto identity = tls::loadOrCreateSelfSigned(tlsDir.path(), {QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")});
        QVERIFY(identity.ok());
        ApiServer::Options secure;
        secure.tls = identity.value();
        ApiServer remoteApi(*vman.runtime, secure);
        QString error;
        QVERIFY2(remoteApi.listen(QStringLiteral("127.0.0.1"), 0, &error), qPrintable(error));
        const auto code = vman.runtime->accessTokens().createPairingCode(QString(), 5);
        QVERIFY(code.ok());
        QString trustQuestion;
        answerNextQuestion(QMessageBox::Yes, &trustQuestion);
        window.pairHost(QUrl(remoteApi.baseUrl()), code.value().code, QStringLiteral("tst-gui"));
        QVERIFY(QTest::qWaitFor([&] { return window.hosts().size() == 2; }, 20000));
        QVERIFY2(trustQuestion.contains(MainWindow::readableFingerprint(tls::normalizedFingerprint(identity.value().fingerprint()))), qPrintable(trustQuestion));
        client::HostConnection *remote = window.hosts().at(1);
        QVERIFY(QTest::qWaitFor([&] { return remote->status() == client::HostConnection::Status::Online && remote->findVm(id); }, 20000));
        ConsoleWindow *remoteConsole = window.openConsole(remote, id);
        QVERIFY(remoteConsole && remoteConsole != console);
        QVERIFY(QTest::qWaitFor([&] { return remoteConsole->serialConnected(); }, 15000));
        QVERIFY(QTest::qWaitFor([&] { return remoteConsole->view()->isConnected() && remoteConsole->view()->frameSize() == QSize(800, 600); }, 15000));
        remoteConsole->tabs()->setCurrentIndex(1);
        QTest::keyClicks(remoteConsole->terminal(), QStringLiteral("echo remote-$((6*7))"));
        QTest::keyClick(remoteConsole->terminal(), Qt::Key_Return);
        QVERIFY2(QTest::qWaitFor([&] { return remoteConsole->terminal()->screenText().contains(QStringLiteral("remote-42")); }, 20000),
                 qPrintable(remoteConsole->terminal()->screenText().right(500)));
        // The detail pane of the remote row shows the screen through the API too, and its use.
        window.selectVm(remote, id);
        QCOMPARE(pane->host(), remote);
        QVERIFY(QTest::qWaitFor([&] { return pane->screen()->isConnected() && pane->screen()->frameSize() == QSize(800, 600); }, 15000));
        QVERIFY2(QTest::qWaitFor([&] { return pane->usageText().contains(QStringLiteral("CPU:")); }, 20000), qPrintable(pane->usageText()));
        // The table's remote row shows the same use (GET /stats, for all of a host's VMs at once).
        const auto remoteCell = [&](int column, int role) {
            QAbstractItemModel *model = window.vmTable()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex first = model->index(row, 0);
                if (first.data(VmTableModel::HostRole).value<QObject *>() == remote && first.data(VmTableModel::IdRole).toString() == id)
                    return model->index(row, column).data(role);
            }
            return QVariant();
        };
        QVERIFY2(QTest::qWaitFor([&] { return remoteCell(VmTableModel::MemoryColumn, Qt::DisplayRole).toString().contains(QStringLiteral("MiB / 1 GiB")); }, 20000),
                 qPrintable(remoteCell(VmTableModel::MemoryColumn, Qt::DisplayRole).toString()));
        QVERIFY(remoteCell(VmTableModel::StateColumn, VmTableModel::CpuUseRole).isValid());
        QVERIFY2(window.notification().isEmpty(), qPrintable(window.notification())); // remembered in the secret store
        // Closing the console and unselecting the row end both WebSockets on the host.
        remoteConsole->close();
        window.vmTable()->clearSelection();
        QVERIFY2(QTest::qWaitFor([&] { return remoteApi.consoleBridgeCount() == 0; }, 10000), qPrintable(QString::number(remoteApi.consoleBridgeCount())));
        bool stopped = false;
        service.stopVm(id, StopOptions{true, 30}, [&](Result<Vm>) { stopped = true; });
        QVERIFY(QTest::qWaitFor([&] { return stopped; }, 10000));
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
