// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleWindow.h"

#include "Runtime.h"
#include "StateIcons.h"
#include "TerminalText.h"
#include "VmService.h"

#include "ScreenDecoder.h"

#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace vman {

namespace {
constexpr int kMaxTerminalLines = 5000;
}

TerminalView::TerminalView(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("terminal"));
    setFont(QFont(QStringLiteral("monospace")));
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setStyleSheet(QStringLiteral("QPlainTextEdit { background: #1e1e1e; color: #e0e0e0; }"));
    setMaximumBlockCount(kMaxTerminalLines); // the oldest lines go; memory stays bounded
}

void TerminalView::receive(const QByteArray &bytes)
{
    // Only the current line is rewritten and new text appended: a read costs its own size.
    const terminal::Decoder::Edit edit = m_decoder.feed(bytes);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, edit.erase);
    cursor.insertText(edit.append);
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    QByteArray bytes;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: bytes = "\r"; break;
    case Qt::Key_Backspace: bytes = "\x7f"; break;
    case Qt::Key_Tab: bytes = "\t"; break;
    case Qt::Key_Escape: bytes = "\x1b"; break;
    case Qt::Key_Up: bytes = "\x1b[A"; break;
    case Qt::Key_Down: bytes = "\x1b[B"; break;
    case Qt::Key_Right: bytes = "\x1b[C"; break;
    case Qt::Key_Left: bytes = "\x1b[D"; break;
    default:
        if ((event->modifiers() & Qt::ControlModifier) && event->key() >= Qt::Key_A && event->key() <= Qt::Key_Z)
            bytes = QByteArray(1, char(event->key() - Qt::Key_A + 1)); // Ctrl+C -> 0x03
        else
            bytes = event->text().toUtf8();
    }
    if (!bytes.isEmpty())
        Q_EMIT typed(bytes);
}

ConsoleWindow::ConsoleWindow(Runtime &runtime, const QString &vmId, QWidget *parent)
    : QWidget(parent), m_runtime(runtime), m_vmId(vmId)
{
    const auto vm = runtime.service().findVm(vmId);
    setWindowTitle(tr("%1 — console").arg(vm ? vm->name : vmId));
    setObjectName(QStringLiteral("ConsoleWindow"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("consoleStatus"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_screen = new QLabel(splitter);
    m_screen->setObjectName(QStringLiteral("screen"));
    m_screen->setAlignment(Qt::AlignCenter);
    m_screen->setMinimumSize(360, 200);
    m_screen->setStyleSheet(QStringLiteral("background: #000; color: #888;"));
    m_terminal = new TerminalView(splitter);
    splitter->addWidget(m_screen);
    splitter->addWidget(m_terminal);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    connect(m_terminal, &TerminalView::typed, this, [this](const QByteArray &bytes) {
        if (m_serial.state() == QLocalSocket::ConnectedState)
            m_serial.write(bytes);
    });
    connect(&m_serial, &QLocalSocket::readyRead, this, [this] { m_terminal->receive(m_serial.readAll()); });
    connect(&m_serial, &QLocalSocket::disconnected, this, &ConsoleWindow::tick);
    m_timer.setInterval(kFrameIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ConsoleWindow::tick);
    m_timer.start();
    // Start with what the guest already printed.
    if (vm) {
        const auto tail = runtime.service().consoleTail(vmId, 16 * 1024);
        if (tail.ok())
            m_terminal->receive(tail.value());
    }
    tick();
    resize(820, 760);
}

void ConsoleWindow::tick()
{
    const auto vm = m_runtime.service().findVm(m_vmId);
    const bool running = vm && (vm->state == VmState::Running || vm->state == VmState::Paused);
    if (!running) {
        m_status->setText(vm ? tr("%1 is %2").arg(vm->name, ui::stateText(vm->state)) : tr("The virtual machine is gone"));
        m_screen->setPixmap(QPixmap());
        m_screen->setText(tr("No screen"));
        if (m_serial.state() != QLocalSocket::UnconnectedState)
            m_serial.abort();
        return;
    }
    // The serial socket takes one client: connect when free, and again after the VM restarts.
    if (m_serial.state() == QLocalSocket::UnconnectedState) {
        const QString path = m_runtime.service().serialSocketPath(m_vmId);
        if (!path.isEmpty())
            m_serial.connectToServer(path);
    }
    m_status->setText(serialConnected() ? tr("%1 is running — type into the serial console below").arg(vm->name)
                                        : tr("%1 is running — serial console not connected").arg(vm->name));
    refreshScreen();
}

void ConsoleWindow::refreshScreen()
{
    if (m_framePending || !isVisible())
        return;
    m_framePending = true;
    QPointer<ConsoleWindow> self(this);
    m_runtime.service().screenshot(m_vmId, [self](Result<QByteArray> png) {
        if (!self)
            return;
        self->m_framePending = false;
        if (!png.ok()) {
            self->m_screen->setText(png.error().message);
            return;
        }
        // Decoded and scaled off the GUI thread; only the finished picture is set here.
        ui::decodeScreen(self, png.value(), self->m_screen->size(), [self](const QImage &image) {
            if (!image.isNull())
                self->m_screen->setPixmap(QPixmap::fromImage(image));
        });
    });
}

} // namespace vman
