// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmDetailPane.h"

#include "ImageTableModel.h"
#include "Sparkline.h"
#include "StateIcons.h"
#include "TerminalText.h"
#include "HostConnection.h"
#include "cloudinit/NoCloudSeed.h"

#include "console/ConsoleView.h"
#include "console/ScreenFeed.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QVBoxLayout>

namespace vman {

VmDetailPane::VmDetailPane(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);
    // A long name or a long sentence ("Keine virtuelle Maschine ausgewählt") wraps instead of
    // widening the pane's minimum, which the VM table beside it would lose.
    m_title->setWordWrap(true);
    m_properties = new QLabel(this);
    m_properties->setObjectName(QStringLiteral("properties"));
    m_properties->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_properties->setWordWrap(true);
    m_usage = new QLabel(this);
    m_usage->setObjectName(QStringLiteral("usage"));
    m_cpuGraph = new ui::Sparkline(this);
    m_cpuGraph->setObjectName(QStringLiteral("cpuGraph"));
    m_cpuGraph->setToolTip(tr("CPU use over the last five minutes (percent of one core)"));
    m_screen = new console::ConsoleView(this);
    m_screen->setObjectName(QStringLiteral("screen"));
    m_screen->setMinimumSize(240, 135);
    m_screen->setPreferredSize(QSize(400, 225)); // a thumbnail: the console window is for working
    m_screen->setInputEnabled(false);
    m_screen->setToolTip(tr("Double-click to open the console"));
    m_screen->installEventFilter(this);
    m_feed = new console::ScreenFeed(m_screen, this);
    m_console = new QPlainTextEdit(this);
    m_console->setObjectName(QStringLiteral("console"));
    m_console->setReadOnly(true);
    m_console->setMaximumBlockCount(2000);
    m_console->setFont(QFont(QStringLiteral("monospace")));
    // The tail follows new output unless the user scrolled back to read. Whether to follow is the
    // user's choice, remembered; the scroll range grows after the text is laid out, which is
    // later than it is set, so following means staying at the end as the range grows.
    QScrollBar *bar = m_console->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_followConsole && !m_scrollingConsole) {
            m_scrollingConsole = true;
            bar->setValue(maximum);
            m_scrollingConsole = false;
        }
    });
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (!m_scrollingConsole)
            m_followConsole = value >= bar->maximum() - 2;
    });
    layout->addWidget(m_title);
    layout->addWidget(m_properties);
    layout->addWidget(m_usage);
    layout->addWidget(m_cpuGraph);
    layout->addWidget(new QLabel(tr("Screen"), this));
    layout->addWidget(m_screen);
    layout->addWidget(new QLabel(tr("Serial console"), this));
    layout->addWidget(m_console, 1);
    m_timer.setInterval(1500);
    connect(&m_timer, &QTimer::timeout, this, &VmDetailPane::refreshConsole);
    showVm(nullptr, QString());
}

void VmDetailPane::showVm(client::HostConnection *host, const QString &vmId)
{
    if (vmId != m_vmId || host != m_host)
        m_feed->stop();
    if (host != m_host) {
        if (m_host)
            m_host->disconnect(this);
        if (host) {
            connect(host, &client::HostConnection::changed, this, &VmDetailPane::refresh);
            connect(host, &client::HostConnection::usageSampled, this, &VmDetailPane::refreshUsage);
            connect(host, &QObject::destroyed, this, [this] { showVm(nullptr, QString()); });
        }
    }
    m_host = host;
    m_vmId = host ? vmId : QString();
    m_scrollingConsole = true;
    m_console->clear();
    m_scrollingConsole = false;
    m_followConsole = true; // another VM: its newest output first
    refresh();
    refreshConsole();
}

bool VmDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_screen && event->type() == QEvent::MouseButtonDblClick && m_host && !m_vmId.isEmpty()) {
        Q_EMIT openConsoleRequested(m_host, m_vmId);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void VmDetailPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    followScreen();
}

void VmDetailPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    followScreen(); // a hidden pane holds no console connection
}

void VmDetailPane::followScreen()
{
    m_feed->follow(m_host, m_vmId, isVisible());
}

QString VmDetailPane::propertiesText() const
{
    return m_properties->text();
}

void VmDetailPane::refresh()
{
    const auto vm = m_host ? m_host->findVm(m_vmId) : std::nullopt;
    if (!vm) {
        m_title->setText(tr("No virtual machine selected"));
        m_properties->clear();
        refreshUsage();
        m_timer.stop();
        followScreen();
        return;
    }
    QStringList disks;
    for (const Disk &disk : m_host->disksOfVm(vm->id))
        disks << tr("%1 (%2 GiB)").arg(disk.name).arg(disk.size);
    QStringList ports;
    for (const PortForward &p : vm->ports)
        ports << tr("%1:%2 → %3/%4").arg(p.hostAddress).arg(p.hostPort).arg(p.guestPort).arg(p.protocol);
    m_title->setText(vm->name);
    QString text = tr("State: %1").arg(ui::stateText(vm->state));
    if (!vm->stateDetail.isEmpty())
        text += QStringLiteral(" — ") + vm->stateDetail;
    text += QLatin1Char('\n') + tr("Template: %1 (%2 vCPU, %3 GiB RAM)").arg(vm->templateName).arg(vm->cpuCount).arg(vm->ramAmount);
    auto imageName = [this](const QString &id) {
        const auto image = m_host->findImage(id);
        return image ? image->name : id;
    };
    const QString rootSize = vm->diskSize > 0 ? tr("%1 GiB").arg(vm->diskSize) : tr("its size");
    text += QLatin1Char('\n')
        + (vm->imageId.isEmpty() ? tr("Root disk: empty, %1").arg(vm->diskSize > 0 ? rootSize : tr("10 GiB"))
                                 : tr("Root disk: from image %1, %2").arg(imageName(vm->imageId), rootSize));
    text += QLatin1Char('\n') + tr("CD: %1").arg(vm->cdromImageId.isEmpty() ? tr("empty") : imageName(vm->cdromImageId));
    QStringList boot;
    for (BootDevice device : VmService::effectiveBootOrder(*vm))
        boot << (device == BootDevice::Cdrom ? tr("CD") : tr("disk"));
    text += QLatin1Char('\n') + tr("Boots: %1, %2").arg(boot.join(QStringLiteral(" → ")), vm->firmware == Firmware::Uefi ? tr("UEFI") : tr("BIOS"));
    text += QLatin1Char('\n') + tr("Disks: %1").arg(disks.isEmpty() ? tr("none") : disks.join(QLatin1String(", ")));
    text += QLatin1Char('\n') + tr("Port forwards: %1").arg(ports.isEmpty() ? tr("none") : ports.join(QLatin1String(", ")));
    // The guest, as far as it is known: readiness, what its agent reports, how to log in.
    if (vm->state == VmState::Running || vm->state == VmState::Paused) {
        const QString by = vm->readyBy == QLatin1String("agent") ? tr("its guest agent answers")
            : vm->readyBy == QLatin1String("ssh")                ? tr("its SSH server answers")
                                                                 : tr("its console showed the ready marker");
        text += QLatin1Char('\n') + (vm->ready ? tr("Guest: ready (%1)").arg(by) : tr("Guest: not ready yet"));
        if (vm->guest.agent || !vm->guest.os.isEmpty()) {
            text += QLatin1Char('\n') + tr("Operating system: %1").arg(vm->guest.os.isEmpty() ? tr("unknown") : vm->guest.os);
            text += QLatin1Char('\n') + tr("IP addresses: %1").arg(vm->guest.ipAddresses.isEmpty() ? tr("none reported") : vm->guest.ipAddresses.join(QLatin1String(", ")));
        }
    }
    if (vm->cloudInit)
        text += QLatin1Char('\n') + tr("Cloud-init: host name %1, %n SSH key(s)", nullptr, int(vm->cloudInit->sshAuthorizedKeys.size())).arg(cloudinit::hostnameOf(*vm));
    if (const auto ssh = m_host->sshAccess(*vm))
        text += QLatin1Char('\n') + tr("SSH: %1").arg(ssh->command);
    text += QLatin1Char('\n') + tr("Created: %1").arg(QLocale().toString(vm->createdAt.toLocalTime(), QLocale::ShortFormat));
    text += QLatin1Char('\n') + tr("Id: %1").arg(vm->id);
    m_properties->setText(text);
    refreshUsage();
    // The serial tail is refreshed while anything happens in the guest: booting and shutting down
    // print the most.
    const bool live = vm->state == VmState::Running || vm->state == VmState::Paused || vm->state == VmState::Starting || vm->state == VmState::Stopping;
    if (live && !m_timer.isActive())
        m_timer.start();
    followScreen();
    if (!live) {
        m_timer.stop();
        refreshConsole(); // the last words of a guest that powered off
    }
}

QString VmDetailPane::usageText() const
{
    return m_usage->isVisible() || !m_usage->text().isEmpty() ? m_usage->text() : QString();
}

void VmDetailPane::refreshUsage()
{
    const auto vm = m_host ? m_host->findVm(m_vmId) : std::nullopt;
    const QList<VmSample> history = vm ? m_host->usageHistory(vm->id) : QList<VmSample>();
    if (!vm || history.isEmpty() || (vm->state != VmState::Running && vm->state != VmState::Paused)) {
        m_usage->clear();
        m_usage->hide();
        m_cpuGraph->hide();
        return;
    }
    const VmSample &latest = history.last();
    QStringList parts;
    if (latest.cpuPercent)
        parts << tr("CPU: %1 % of one core").arg(qRound(*latest.cpuPercent));
    if (latest.residentBytes)
        parts << tr("memory: %1 in use (%2 GiB given)").arg(ImageTableModel::sizeText(*latest.residentBytes)).arg(vm->ramAmount);
    m_usage->setText(parts.join(QStringLiteral(" · ")));
    m_usage->setVisible(!parts.isEmpty());
    QList<double> cpu;
    double peak = 100; // one busy core fills the graph; several scale it
    for (const VmSample &sample : history) {
        cpu << sample.cpuPercent.value_or(0);
        peak = qMax(peak, sample.cpuPercent.value_or(0));
    }
    m_cpuGraph->setSeries(cpu, peak);
    m_cpuGraph->setVisible(cpu.size() >= 2);
}

void VmDetailPane::refreshConsole()
{
    if (!m_host || m_vmId.isEmpty() || !isVisible())
        return;
    constexpr qint64 kTail = 16 * 1024;
    const quint64 request = ++m_tailRequest;
    m_host->consoleTail(m_vmId, kTail, [self = QPointer<VmDetailPane>(this), request](Result<QByteArray> tail) {
        if (self && tail.ok() && request == self->m_tailRequest)
            self->showConsoleTail(tail.value(), kTail);
    });
}

void VmDetailPane::showConsoleTail(const QByteArray &tail, qint64 maxBytes)
{
    const QString text = terminal::clean(terminal::fromFirstWholeLine(tail, maxBytes));
    if (text == m_console->toPlainText())
        return;
    QScrollBar *bar = m_console->verticalScrollBar();
    const int position = bar->value();
    m_scrollingConsole = true;
    m_console->setPlainText(text);
    if (m_followConsole) {
        m_console->moveCursor(QTextCursor::End);
        bar->setValue(bar->maximum());
    } else {
        bar->setValue(position);
    }
    m_scrollingConsole = false;
}

} // namespace vman
