// The desktop window as it is for now: follows the core's changes, translated, with its icon.
#include "DryRunOperator.h"
#include "MainWindow.h"
#include "StateStore.h"
#include "VmService.h"

#include <QApplication>
#include <QIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace vman;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void followsTheCoreAndTranslates()
    {
        StateStore store(m_dir.filePath(QStringLiteral("states.db")));
        QVERIFY(store.open());
        DryRunOperator op(StoragePaths(m_dir.path()), 0);
        VmService service(store, op);
        QVERIFY(service.load());
        MainWindow window(service, QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(window.summaryText(), QStringLiteral("0 VMs (0 running), 0 disks, 0 templates"));
        QVERIFY(service.createTemplate({QStringLiteral("t"), 1, 1}).ok());
        QVERIFY(service.createVm({QStringLiteral("t"), std::nullopt, {}}).ok());
        QCOMPARE(window.summaryText(), QStringLiteral("1 VMs (0 running), 0 disks, 1 templates"));

        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/vman/i18n/vman_de.qm")));
        QCoreApplication::installTranslator(&german);
        MainWindow translated(service, QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(translated.summaryText(), QStringLiteral("1 VMs (0 laufen), 0 Festplatten, 1 Vorlagen"));
        QCoreApplication::removeTranslator(&german);
        QTranslator french;
        QVERIFY(french.load(QStringLiteral(":/vman/i18n/vman_fr.qm")));
    }

    void iconRenders()
    {
        const QIcon icon(QStringLiteral(":/vman/icons/vman.svg"));
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.pixmap(32, 32).isNull());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
