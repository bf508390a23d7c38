// SPDX-License-Identifier: GPL-3.0-or-later
// A VM's console: its graphical console (keyboard and mouse go to the guest) and, in a second tab,
// its serial terminal. Both follow the VM's state: they connect when it runs and again after it
// restarts. Closing the window leaves the VM running.
#pragma once

#include "TerminalText.h"


#include <QPlainTextEdit>
#include <QTextCharFormat>
#include <QTimer>
#include <QWidget>

#include <QPointer>

#include <memory>

class QLabel;
class QMenu;
class QScrollArea;
class QTabWidget;
class QToolButton;

namespace vman::console {
class ConsoleView;
class ScreenFeed;
}

namespace vman::client {
class HostConnection;
class SerialChannel;
}

namespace vman {


// A plain-text terminal: shows what the guest sends, sends what the user types or pastes. The
// transcript itself is read-only (select and copy); it follows new output unless the user
// scrolled back to read.
class TerminalView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TerminalView(QWidget *parent = nullptr);
    void receive(const QByteArray &bytes);
    QString screenText() const { return toPlainText(); }
    // Sends the clipboard's text to the guest (line ends as Return sends them).
    void pasteToGuest();
    // The menu of the right mouse button: Copy, Paste (to the guest), Select all.
    QMenu *createTerminalMenu(QWidget *parent);
    // How text drawn with `attributes` looks (16/256/true colours on the terminal's dark background).
    static QTextCharFormat format(const terminal::Attributes &attributes);
    static QColor colour(quint32 value, bool foreground);

Q_SIGNALS:
    void typed(const QByteArray &bytes);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    terminal::Decoder m_decoder;
};

class ConsoleWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleWindow)

public:
    // The console of a VM on any host: this computer's sockets, or another host's WebSockets.
    ConsoleWindow(client::HostConnection &host, const QString &vmId, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    TerminalView *terminal() const { return m_terminal; }
    console::ConsoleView *view() const { return m_view; }
    QTabWidget *tabs() const { return m_tabs; }
    bool serialConnected() const;

    // The "Send key" menu's combinations, as evdev codes (tested against what the guest gets).
    static QList<QPair<QString, QList<quint32>>> sendKeyCombinations();

private:
    void followVm();
    void updateStatus();
    void setScaledToFit(bool fit);

    QPointer<client::HostConnection> m_host;
    QString m_vmId;
    console::ScreenFeed *m_screen;
    QLabel *m_status;
    QLabel *m_grabHint;
    QTabWidget *m_tabs;
    QScrollArea *m_screenArea;
    console::ConsoleView *m_view;
    QToolButton *m_sendKey;
    TerminalView *m_terminal;
    client::SerialChannel *m_serial;
};

} // namespace vman
