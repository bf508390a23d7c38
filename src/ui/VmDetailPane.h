// SPDX-License-Identifier: GPL-3.0-or-later
// What the selected VM is: its properties, disks and port forwards, its screen live and scaled
// (the graphical console, watching only; double-click opens the console window) and the tail of
// its serial console, refreshed while visible.
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace vman::console {
class ConsoleView;
}

namespace vman {

namespace ui {
class Sparkline;
}
class VmService;
class VmStats;

class VmDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VmDetailPane)

public:
    explicit VmDetailPane(VmService &service, QWidget *parent = nullptr);

    void showVm(const QString &vmId);
    QString vmId() const { return m_vmId; }
    QString propertiesText() const;
    console::ConsoleView *screen() const { return m_screen; }
    bool refreshingConsole() const { return m_timer.isActive(); }
    // Where the use of a running VM comes from (the OBSERVER's statistics): a line of text and a
    // graph of its CPU over the last five minutes.
    void setStats(const VmStats *stats);
    QString usageText() const;
    ui::Sparkline *cpuGraph() const { return m_cpuGraph; }

Q_SIGNALS:
    void openConsoleRequested(const QString &vmId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refresh();
    void followScreen();
    void refreshConsole();
    void refreshUsage();

    VmService &m_service;
    QString m_vmId;
    QLabel *m_title;
    QLabel *m_properties;
    QLabel *m_usage;
    ui::Sparkline *m_cpuGraph;
    const VmStats *m_stats = nullptr;
    console::ConsoleView *m_screen;
    QPlainTextEdit *m_console;
    bool m_followConsole = true;    // the user has not scrolled back in the serial tail
    bool m_scrollingConsole = false; // we move its scroll bar ourselves
    QTimer m_timer;
};

} // namespace vman
