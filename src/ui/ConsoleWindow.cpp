// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleWindow.h"

#include "HostConnection.h"
#include "SerialChannel.h"
#include "console/ScreenFeed.h"
#include "StateIcons.h"
#include "TerminalText.h"

#include "console/ConsoleView.h"
#include "console/KeyCodes.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QToolButton>
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
    // Read-only: the transcript is the guest's; keys go to the guest (keyPressEvent), and no
    // Cut/Delete/Undo can change what it printed.
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setStyleSheet(QStringLiteral("QPlainTextEdit { background: #1e1e1e; color: #e0e0e0; }"));
    setMaximumBlockCount(kMaxTerminalLines); // the oldest lines go; memory stays bounded
}

QColor TerminalView::colour(quint32 value, bool foreground)
{
    if (value == terminal::Attributes::kDefault)
        return foreground ? QColor(0xe0, 0xe0, 0xe0) : QColor(0x1e, 0x1e, 0x1e);
    if (value & terminal::Attributes::kRgb)
        return QColor::fromRgb(value & 0xffffff);
    // The 16 colours, tuned for the dark background; then xterm's 6x6x6 cube and grey ramp.
    static const QRgb basic[16] = {0x000000, 0xcd3131, 0x0dbc79, 0xe5e510, 0x2472c8, 0xbc3fbc, 0x11a8cd, 0xe5e5e5,
                                   0x767676, 0xf14c4c, 0x23d18b, 0xf5f543, 0x3b8eea, 0xd670d6, 0x29b8db, 0xffffff};
    if (value < 16)
        return QColor::fromRgb(basic[value]);
    if (value < 232) {
        const int i = int(value) - 16;
        const auto level = [](int v) { return v == 0 ? 0 : 55 + 40 * v; };
        return QColor(level(i / 36), level(i / 6 % 6), level(i % 6));
    }
    const int grey = 8 + 10 * (int(value) - 232);
    return QColor(grey, grey, grey);
}

QTextCharFormat TerminalView::format(const terminal::Attributes &attributes)
{
    QColor foreground = colour(attributes.foreground, true);
    QColor background = colour(attributes.background, false);
    if (attributes.flags & terminal::Attributes::Reverse)
        std::swap(foreground, background);
    if (attributes.flags & terminal::Attributes::Faint)
        foreground.setAlphaF(0.6f);
    QTextCharFormat format;
    format.setForeground(foreground);
    if (attributes.background != terminal::Attributes::kDefault || (attributes.flags & terminal::Attributes::Reverse))
        format.setBackground(background);
    if (attributes.flags & terminal::Attributes::Bold)
        format.setFontWeight(QFont::Bold);
    format.setFontItalic(attributes.flags & terminal::Attributes::Italic);
    format.setFontUnderline(attributes.flags & terminal::Attributes::Underline);
    return format;
}

void TerminalView::receive(const QByteArray &bytes)
{
    // Only the current line is rewritten and new text appended: a read costs its own size.
    const terminal::Decoder::Edit edit = m_decoder.feed(bytes);
    QScrollBar *scroll = verticalScrollBar();
    const bool following = scroll->value() >= scroll->maximum() - 2;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::End);
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, edit.erase);
    cursor.removeSelectedText();
    qsizetype at = 0;
    for (const terminal::Run &run : edit.runs) {
        cursor.insertText(edit.append.mid(at, run.length), format(run.attributes));
        at += run.length;
    }
    cursor.endEditBlock();
    // Follow new output, unless the user scrolled back to read something.
    if (following)
        scroll->setValue(scroll->maximum());
}

void TerminalView::pasteToGuest()
{
    QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty())
        return;
    text.replace(QLatin1String("\r\n"), QLatin1String("\r")).replace(QLatin1Char('\n'), QLatin1Char('\r'));
    Q_EMIT typed(text.toUtf8());
}

QMenu *TerminalView::createTerminalMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    QAction *copyAction = menu->addAction(tr("&Copy"), QKeySequence(QStringLiteral("Ctrl+Shift+C")), this, &QPlainTextEdit::copy);
    copyAction->setObjectName(QStringLiteral("copy"));
    copyAction->setEnabled(textCursor().hasSelection());
    QAction *pasteAction = menu->addAction(tr("&Paste to the guest"), QKeySequence(QStringLiteral("Ctrl+Shift+V")), this, &TerminalView::pasteToGuest);
    pasteAction->setObjectName(QStringLiteral("paste"));
    pasteAction->setEnabled(!QGuiApplication::clipboard()->text().isEmpty());
    menu->addSeparator();
    QAction *all = menu->addAction(tr("Select &all"), this, &QPlainTextEdit::selectAll);
    all->setObjectName(QStringLiteral("selectAll"));
    return menu;
}

void TerminalView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createTerminalMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

bool TerminalView::event(QEvent *event)
{
    // Ctrl+letters are the guest's (Ctrl+C interrupts there); no window shortcut takes them.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier);
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && event->key() == Qt::Key_C) {
        copy();
        return;
    }
    if ((mods == (Qt::ControlModifier | Qt::ShiftModifier) && event->key() == Qt::Key_V)
        || (mods == Qt::ShiftModifier && event->key() == Qt::Key_Insert)) {
        pasteToGuest();
        return;
    }
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
    case Qt::Key_Home: bytes = "\x1b[H"; break;
    case Qt::Key_End: bytes = "\x1b[F"; break;
    case Qt::Key_Delete: bytes = "\x1b[3~"; break;
    case Qt::Key_PageUp: bytes = "\x1b[5~"; break;
    case Qt::Key_PageDown: bytes = "\x1b[6~"; break;
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_Meta: return;
    default:
        if ((event->modifiers() & Qt::ControlModifier) && event->key() >= Qt::Key_A && event->key() <= Qt::Key_Z)
            bytes = QByteArray(1, char(event->key() - Qt::Key_A + 1)); // Ctrl+C -> 0x03
        else
            bytes = event->text().toUtf8();
    }
    if (!bytes.isEmpty())
        Q_EMIT typed(bytes);
}

ConsoleWindow::ConsoleWindow(client::HostConnection &host, const QString &vmId, QWidget *parent)
    : QWidget(parent), m_host(&host), m_vmId(vmId)
{
    const auto vm = host.findVm(vmId);
    setWindowTitle(tr("%1 — console").arg(vm ? vm->name : vmId));
    setObjectName(QStringLiteral("ConsoleWindow"));
    auto *layout = new QVBoxLayout(this);

    // The bar: what the console shows, and the screen's controls.
    auto *bar = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("consoleStatus"));
    bar->addWidget(m_status, 1);
    auto *fit = new QToolButton(this);
    fit->setObjectName(QStringLiteral("scaleToFit"));
    fit->setText(tr("Scale to fit"));
    fit->setCheckable(true);
    fit->setChecked(true);
    fit->setToolTip(tr("Fit the guest's screen into the window, or show it pixel for pixel"));
    connect(fit, &QToolButton::toggled, this, &ConsoleWindow::setScaledToFit);
    auto *grab = new QToolButton(this);
    grab->setObjectName(QStringLiteral("grabKeyboard"));
    grab->setText(tr("Grab keyboard"));
    grab->setCheckable(true);
    grab->setToolTip(tr("Send every key to the guest, even the desktop's shortcuts (Ctrl+Alt+G releases it)"));
    auto *fullScreen = new QToolButton(this);
    fullScreen->setObjectName(QStringLiteral("fullScreen"));
    fullScreen->setText(tr("Full screen"));
    fullScreen->setCheckable(true);
    connect(fullScreen, &QToolButton::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    m_sendKey = new QToolButton(this);
    m_sendKey->setObjectName(QStringLiteral("sendKey"));
    m_sendKey->setText(tr("Send key"));
    m_sendKey->setPopupMode(QToolButton::InstantPopup);
    auto *keys = new QMenu(m_sendKey);
    for (const auto &[label, codes] : sendKeyCombinations()) {
        const QList<quint32> combination = codes;
        keys->addAction(label, this, [this, combination] { m_view->sendCombination(combination); });
    }
    m_sendKey->setMenu(keys);
    for (QToolButton *button : {fit, grab, fullScreen, m_sendKey}) {
        button->setFocusPolicy(Qt::NoFocus); // the keyboard stays with the screen
        bar->addWidget(button);
    }
    layout->addLayout(bar);
    m_grabHint = new QLabel(tr("The keyboard is grabbed: every key goes to the guest. Press Ctrl+Alt+G to release it."), this);
    m_grabHint->setObjectName(QStringLiteral("grabHint"));
    m_grabHint->setStyleSheet(QStringLiteral("background: #fff3cd; color: #664d03; padding: 4px;"));
    m_grabHint->hide();
    layout->addWidget(m_grabHint);

    // The screen (in a scroll area for 1:1) and the serial terminal, one tab each.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("consoleTabs"));
    m_tabs->setDocumentMode(true);
    m_screenArea = new QScrollArea(m_tabs);
    m_screenArea->setObjectName(QStringLiteral("screenArea"));
    m_screenArea->setAlignment(Qt::AlignCenter);
    m_screenArea->setStyleSheet(QStringLiteral("QScrollArea { background: #000; border: none; }"));
    m_view = new console::ConsoleView;
    m_screen = new console::ScreenFeed(m_view, this);
    m_screenArea->setWidget(m_view);
    m_screenArea->setWidgetResizable(true);
    m_terminal = new TerminalView(m_tabs);
    m_tabs->addTab(m_screenArea, tr("&Screen"));
    m_tabs->addTab(m_terminal, tr("Se&rial console"));
    layout->addWidget(m_tabs, 1);
    // Whichever tab shows takes the keyboard: typing into the screen goes to the screen.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 0)
            m_view->setFocus(Qt::TabFocusReason);
        else
            m_terminal->setFocus(Qt::TabFocusReason);
    });
    connect(grab, &QToolButton::toggled, m_view, &console::ConsoleView::setKeyboardGrabbed);
    connect(m_view, &console::ConsoleView::keyboardGrabChanged, this, [this, grab](bool grabbed) {
        const QSignalBlocker block(grab);
        grab->setChecked(grabbed);
        m_grabHint->setVisible(grabbed);
    });
    connect(m_view, &console::ConsoleView::connectionChanged, this, &ConsoleWindow::updateStatus);

    // The serial console is shared (the browser's serial tab may watch too).
    m_serial = host.openSerial(m_vmId, this);
    connect(m_terminal, &TerminalView::typed, m_serial, &client::SerialChannel::send);
    connect(m_serial, &client::SerialChannel::received, m_terminal, &TerminalView::receive);
    connect(m_serial, &client::SerialChannel::connectedChanged, this, [this](bool connected) {
        // A restarted VM starts on a fresh line, not after the old prompt.
        if (connected && !m_terminal->screenText().isEmpty() && !m_terminal->screenText().endsWith(QLatin1Char('\n')))
            m_terminal->receive("\r\n");
        updateStatus();
    });
    connect(&host, &client::HostConnection::vmStateChanged, this, [this](const QString &id) {
        if (id == m_vmId)
            followVm();
    });
    connect(&host, &client::HostConnection::vmRemoved, this, [this](const QString &id) {
        if (id == m_vmId)
            followVm();
    });
    connect(&host, &QObject::destroyed, this, &QWidget::close);
    // Start with what the guest already printed.
    if (vm) {
        constexpr qint64 kTail = 16 * 1024;
        host.consoleTail(vmId, kTail, [self = QPointer<ConsoleWindow>(this)](Result<QByteArray> tail) {
            if (self && tail.ok())
                self->m_terminal->receive(terminal::fromFirstWholeLine(tail.value(), kTail));
        });
    }
    followVm();
    m_view->setFocus(Qt::OtherFocusReason);
    resize(900, 640);
}

ConsoleWindow::~ConsoleWindow() = default;

bool ConsoleWindow::serialConnected() const
{
    return m_serial->isConnected();
}

QList<QPair<QString, QList<quint32>>> ConsoleWindow::sendKeyCombinations()
{
    using namespace console::evdev;
    QList<QPair<QString, QList<quint32>>> list{
        {tr("Ctrl+Alt+Del"), {kLeftCtrl, kLeftAlt, kDelete}},
        {tr("Ctrl+Alt+Backspace"), {kLeftCtrl, kLeftAlt, kBackspace}},
        {tr("Print Screen"), {kPrintScreen}},
    };
    for (int n = 1; n <= 12; ++n)
        list.append({tr("Ctrl+Alt+F%1").arg(n), {kLeftCtrl, kLeftAlt, functionKey(n)}});
    return list;
}

void ConsoleWindow::setScaledToFit(bool fit)
{
    // 1:1 lets the scroll area scroll a screen larger than the window.
    m_screenArea->setWidgetResizable(fit);
    m_view->setScaledToFit(fit);
}

void ConsoleWindow::followVm()
{
    m_screen->follow(m_host, m_vmId);
    updateStatus();
}

void ConsoleWindow::updateStatus()
{
    const auto vm = m_host ? m_host->findVm(m_vmId) : std::nullopt;
    if (!vm) {
        m_status->setText(tr("The virtual machine is gone"));
        return;
    }
    if (vm->state != VmState::Running && vm->state != VmState::Paused) {
        m_status->setText(tr("%1 is %2").arg(vm->name, ui::stateText(vm->state)));
        return;
    }
    QStringList parts;
    parts << (m_view->isConnected() ? tr("click the screen and type: keys go to the guest") : m_view->statusText());
    if (!serialConnected())
        parts << tr("serial console not connected");
    m_status->setText(tr("%1 is running — %2").arg(vm->name, parts.join(QStringLiteral("; "))));
}

} // namespace vman
