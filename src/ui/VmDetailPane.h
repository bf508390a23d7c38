// SPDX-License-Identifier: GPL-3.0-or-later
// What the selected VM is: its properties, disks and port forwards, its screen live and scaled
// (the graphical console, watching only; double-click opens the console window) and the tail of
// its serial console, refreshed while visible.
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace vman::console {
class ConsoleView;
class ScreenFeed;
}

namespace vman::client {
class HostConnection;
}

namespace vman {

namespace ui {
class Sparkline;
}

class VmDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VmDetailPane)

public:
    explicit VmDetailPane(QWidget *parent = nullptr);

    // Shows the VM of that host (none: a null host or an empty id).
    void showVm(client::HostConnection *host, const QString &vmId);
    QString vmId() const { return m_vmId; }
    client::HostConnection *host() const { return m_host; }
    QString propertiesText() const;
    console::ConsoleView *screen() const { return m_screen; }
    bool refreshingConsole() const { return m_timer.isActive(); }
    // The use of a running VM (the OBSERVER's samples on its host): a line of text and a graph
    // of its CPU over the last five minutes.
    QString usageText() const;
    ui::Sparkline *cpuGraph() const { return m_cpuGraph; }

Q_SIGNALS:
    void openConsoleRequested(vman::client::HostConnection *host, const QString &vmId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refresh();
    void followScreen();
    void refreshConsole();
    void showConsoleTail(const QByteArray &tail, qint64 maxBytes);
    void refreshUsage();

    QPointer<client::HostConnection> m_host;
    QString m_vmId;
    quint64 m_tailRequest = 0; // an answer for an earlier VM or an older request is dropped
    QLabel *m_title;
    QLabel *m_properties;
    QLabel *m_usage;
    ui::Sparkline *m_cpuGraph;
    console::ConsoleView *m_screen;
    console::ScreenFeed *m_feed;
    QPlainTextEdit *m_console;
    bool m_followConsole = true;    // the user has not scrolled back in the serial tail
    bool m_scrollingConsole = false; // we move its scroll bar ourselves
    QTimer m_timer;
};

} // namespace vman
