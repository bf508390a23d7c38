// SPDX-License-Identifier: GPL-3.0-or-later
// A VM's console: its screen, live at a few frames per second, and an interactive serial
// terminal. Closing it leaves the VM running.
#pragma once

#include "TerminalText.h"

#include <QLocalSocket>
#include <QPlainTextEdit>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace vman {

class Runtime;

// A plain-text terminal: shows what the guest sends, sends what the user types.
class TerminalView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TerminalView(QWidget *parent = nullptr);
    void receive(const QByteArray &bytes);
    QString screenText() const { return toPlainText(); }

Q_SIGNALS:
    void typed(const QByteArray &bytes);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    terminal::Decoder m_decoder;
};

class ConsoleWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleWindow)

public:
    ConsoleWindow(Runtime &runtime, const QString &vmId, QWidget *parent = nullptr);

    TerminalView *terminal() const { return m_terminal; }
    QLabel *screen() const { return m_screen; }
    bool serialConnected() const { return m_serial.state() == QLocalSocket::ConnectedState; }

    static constexpr int kFrameIntervalMs = 250;

private:
    void tick();
    void refreshScreen();

    Runtime &m_runtime;
    QString m_vmId;
    QLabel *m_screen;
    QLabel *m_status;
    TerminalView *m_terminal;
    QLocalSocket m_serial;
    QTimer m_timer;
    bool m_framePending = false;
};

} // namespace vman
