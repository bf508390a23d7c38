#include "MainWindow.h"

#include "VmService.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace vman {

MainWindow::MainWindow(VmService &service, const QString &apiUrl, QWidget *parent) : QMainWindow(parent), m_service(service)
{
    setWindowTitle(tr("VMAN"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_summary);
    setCentralWidget(central);
    statusBar()->showMessage(tr("API: %1 (operator: %2)").arg(apiUrl, service.operatorMode()));
    connect(&m_service, &VmService::changed, this, &MainWindow::refresh);
    refresh();
    resize(640, 360);
}

QString MainWindow::summaryText() const
{
    return m_summary->text();
}

void MainWindow::refresh()
{
    m_summary->setText(tr("%1 VMs (%2 running), %3 disks, %4 templates")
                           .arg(m_service.vmCount())
                           .arg(m_service.vmCount(VmState::Running))
                           .arg(m_service.disks().size())
                           .arg(m_service.templates().size()));
}

} // namespace vman
