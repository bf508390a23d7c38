// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/ConsoleView.h"

#include "console/KeyCodes.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace vman::console {

namespace {
constexpr int kRetryMs = 1000;
int rfbButtons(Qt::MouseButtons buttons)
{
    return (buttons & Qt::LeftButton ? 1 : 0) | (buttons & Qt::MiddleButton ? 2 : 0) | (buttons & Qt::RightButton ? 4 : 0);
}
} // namespace

ConsoleView::ConsoleView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("consoleView"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(160, 100);
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &ConsoleView::connectNow);
    // Queued: the worker thread emits these; the view only ever runs on the GUI thread.
    connect(&m_client, &VncClient::frameUpdated, this, &ConsoleView::onFrame, Qt::QueuedConnection);
    connect(&m_client, &VncClient::resized, this, &ConsoleView::onResized, Qt::QueuedConnection);
    connect(&m_client, &VncClient::disconnected, this, &ConsoleView::onDisconnected, Qt::QueuedConnection);
    connect(&m_client, &VncClient::connected, this, [this](const QSize &size) {
        onResized(size);
        setStatus(true, QString());
    }, Qt::QueuedConnection);
    connect(&m_client, &VncClient::cursorChanged, this, [this](const QImage &shape, const QPoint &hotSpot) {
        m_cursorShape = shape;
        m_cursorHotSpot = hotSpot;
        updateCursor();
    }, Qt::QueuedConnection);
    setStatus(false, tr("No screen"));
}

ConsoleView::~ConsoleView()
{
    m_client.stop();
}

QSize ConsoleView::sizeHint() const
{
    if (m_preferredSize.isValid())
        return m_preferredSize;
    return m_frameSize.isEmpty() ? QSize(720, 400) : m_frameSize;
}

void ConsoleView::open(const QString &socketPath)
{
    if (socketPath == m_socketPath && (m_client.isRunning() || m_retry.isActive()))
        return;
    m_client.stop();
    m_socketPath = socketPath;
    connectNow();
}

void ConsoleView::openStream(int socketFd)
{
    m_retry.stop();
    m_client.stop();
    m_socketPath.clear();
    m_client.start(socketFd);
}

void ConsoleView::close()
{
    m_socketPath.clear();
    m_retry.stop();
    m_client.stop();
    setStatus(false, tr("No screen"));
}

void ConsoleView::connectNow()
{
    if (m_socketPath.isEmpty() || m_client.isRunning())
        return;
    QString error;
    const int fd = VncClient::connectUnixSocket(m_socketPath, &error);
    if (fd < 0) {
        setStatus(false, tr("Waiting for the screen…"));
        m_retry.start();
        return;
    }
    m_client.start(fd);
}

void ConsoleView::onDisconnected(const QString &reason)
{
    releaseHeldKeys();
    setStatus(false, reason.isEmpty() ? tr("No screen") : tr("The screen closed: %1").arg(reason));
    if (!m_socketPath.isEmpty())
        m_retry.start(); // a VM that restarts opens a new socket
}

void ConsoleView::setStatus(bool connected, const QString &status)
{
    const bool changed = connected != m_connected || status != m_status;
    m_connected = connected;
    m_status = status;
    if (changed) {
        update();
        Q_EMIT connectionChanged(connected, status);
    }
}

void ConsoleView::onResized(const QSize &size)
{
    if (size == m_frameSize)
        return;
    m_frameSize = size;
    if (!m_fit)
        setFixedSize(size);
    updateCursor();
    updateGeometry();
    update();
    Q_EMIT frameSizeChanged(size);
}

void ConsoleView::onFrame(const QRect &rect)
{
    m_client.frameTaken();
    if (!QRect(QPoint(0, 0), m_frameSize).contains(rect))
        return; // from before a resize that has not arrived yet; a full update follows
    ++m_framesReceived;
    // Only the part of the widget that shows the changed rectangle is repainted.
    const QRect target = targetRect();
    if (target.isEmpty())
        return;
    const qreal sx = qreal(target.width()) / m_frameSize.width();
    const qreal sy = qreal(target.height()) / m_frameSize.height();
    update(QRectF(target.x() + rect.x() * sx, target.y() + rect.y() * sy, rect.width() * sx, rect.height() * sy).toAlignedRect().adjusted(-1, -1, 1, 1));
    Q_EMIT frameShown(rect);
}

QRect ConsoleView::targetRect() const
{
    if (m_frameSize.isEmpty())
        return {};
    if (!m_fit)
        return QRect(QPoint(0, 0), m_frameSize);
    QSize scaled = m_frameSize.scaled(size(), Qt::KeepAspectRatio);
    if (scaled.width() > m_frameSize.width()) {
        // Larger than the guest's screen: whole multiples only. A text console blown up by 1.2
        // gets glyphs of uneven pixels, and painting an unscaled screen costs a fraction.
        const int factor = qMax(1, qMin(width() / m_frameSize.width(), height() / m_frameSize.height()));
        scaled = m_frameSize * factor;
    }
    return QRect(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
}

void ConsoleView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRect target = targetRect();
    if (!m_connected || m_frameSize.isEmpty()) {
        painter.fillRect(rect(), Qt::black);
        painter.setPen(QColor(0x88, 0x88, 0x88));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_status);
        return;
    }
    // Black bars around a scaled screen; the screen itself is opaque.
    const QRegion bars = QRegion(event->rect()).subtracted(target);
    for (const QRect &r : bars)
        painter.fillRect(r, Qt::black);
    m_client.drawFrame(painter, target, target.width() < m_frameSize.width());
}

void ConsoleView::setScaledToFit(bool fit)
{
    m_fit = fit;
    if (fit) {
        setMinimumSize(160, 100);
        setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    } else if (!m_frameSize.isEmpty()) {
        setFixedSize(m_frameSize);
    }
    updateCursor();
    updateGeometry();
    update();
}

void ConsoleView::setInputEnabled(bool enabled)
{
    m_input = enabled;
    setFocusPolicy(enabled ? Qt::StrongFocus : Qt::NoFocus);
    if (!enabled)
        setKeyboardGrabbed(false);
    updateCursor();
}

void ConsoleView::setKeyboardGrabbed(bool grabbed)
{
    if (grabbed == m_grabbed || (grabbed && !m_input))
        return;
    m_grabbed = grabbed;
    if (grabbed) {
        setFocus(Qt::OtherFocusReason);
        grabKeyboard();
    } else {
        releaseKeyboard();
    }
    Q_EMIT keyboardGrabChanged(grabbed);
}

void ConsoleView::sendCombination(const QList<quint32> &evdevKeys)
{
    if (m_connected)
        m_client.sendKeys(combination(evdevKeys));
}

bool ConsoleView::event(QEvent *event)
{
    // While the view has focus every key is the guest's: the window's shortcuts (Ctrl+Q, Alt+M)
    // and Tab's focus change do not take it.
    if (m_input && event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

bool ConsoleView::focusNextPrevChild(bool)
{
    return false; // Tab goes to the guest
}

void ConsoleView::keyPressEvent(QKeyEvent *event)
{
    if (!m_input || !m_connected)
        return;
    const Qt::KeyboardModifiers held = event->modifiers() & (Qt::ControlModifier | Qt::AltModifier);
    if (m_grabbed && event->key() == kReleaseKey && held == (Qt::ControlModifier | Qt::AltModifier)) {
        setKeyboardGrabbed(false);
        return;
    }
    const KeyEvent key = keyEventFor(*event, QGuiApplication::platformName());
    if (!key.keysym && !key.scancode)
        return;
    m_heldKeys.insert(key.scancode ? key.scancode : key.keysym | 0x80000000u, key);
    m_client.sendKey(key);
}

void ConsoleView::keyReleaseEvent(QKeyEvent *event)
{
    if (!m_input || !m_connected)
        return;
    const KeyEvent key = keyEventFor(*event, QGuiApplication::platformName());
    // Auto-repeat on X11 sends release+press pairs; the guest repeats by itself, so only the
    // final release goes.
    if (event->isAutoRepeat() || (!key.keysym && !key.scancode))
        return;
    m_heldKeys.remove(key.scancode ? key.scancode : key.keysym | 0x80000000u);
    m_client.sendKey(key);
}

void ConsoleView::releaseHeldKeys()
{
    QList<KeyEvent> releases;
    for (KeyEvent key : std::as_const(m_heldKeys)) {
        key.down = false;
        releases.append(key);
    }
    m_heldKeys.clear();
    if (!releases.isEmpty() && m_client.isRunning())
        m_client.sendKeys(releases);
}

void ConsoleView::focusOutEvent(QFocusEvent *event)
{
    // A key held while focus leaves would stay down in the guest forever.
    releaseHeldKeys();
    QWidget::focusOutEvent(event);
}

QPoint ConsoleView::toGuest(const QPointF &widgetPos) const
{
    const QRect target = targetRect();
    if (target.isEmpty())
        return {};
    const qreal x = (widgetPos.x() - target.x()) * m_frameSize.width() / target.width();
    const qreal y = (widgetPos.y() - target.y()) * m_frameSize.height() / target.height();
    return QPoint(qBound(0, int(x), m_frameSize.width() - 1), qBound(0, int(y), m_frameSize.height() - 1));
}

void ConsoleView::sendPointerAt(const QPointF &widgetPos, Qt::MouseButtons buttons, int extraButtons)
{
    if (!m_input || !m_connected || m_frameSize.isEmpty())
        return;
    const QPoint at = toGuest(widgetPos);
    m_client.sendPointer({at.x(), at.y(), rfbButtons(buttons) | extraButtons});
}

void ConsoleView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    sendPointerAt(event->position(), event->buttons());
}

void ConsoleView::mouseReleaseEvent(QMouseEvent *event)
{
    sendPointerAt(event->position(), event->buttons());
}

void ConsoleView::mouseMoveEvent(QMouseEvent *event)
{
    sendPointerAt(event->position(), event->buttons());
}

void ConsoleView::wheelEvent(QWheelEvent *event)
{
    // A wheel step is a press and release of RFB buttons 4/5 (vertical) or 6/7 (horizontal).
    const QPoint steps = event->angleDelta() / 120;
    const QPointF at = event->position();
    auto click = [&](int bit, int count) {
        for (int i = 0; i < count; ++i) {
            sendPointerAt(at, event->buttons(), bit);
            sendPointerAt(at, event->buttons());
        }
    };
    click(steps.y() > 0 ? 8 : 16, qAbs(steps.y()));
    click(steps.x() > 0 ? 32 : 64, qAbs(steps.x()));
    event->accept();
}

void ConsoleView::updateCursor()
{
    if (!m_input) {
        unsetCursor();
        return;
    }
    if (m_cursorShape.isNull()) {
        setCursor(Qt::CrossCursor);
        return;
    }
    // The guest's cursor, drawn here at once instead of waiting for the guest to redraw it.
    const QRect target = targetRect();
    const qreal scale = target.isEmpty() || m_frameSize.isEmpty() ? 1.0 : qreal(target.width()) / m_frameSize.width();
    if (qFuzzyCompare(scale, 1.0)) {
        setCursor(QCursor(QPixmap::fromImage(m_cursorShape), m_cursorHotSpot.x(), m_cursorHotSpot.y()));
        return;
    }
    const QImage scaled = m_cursorShape.scaled((QSizeF(m_cursorShape.size()) * scale).toSize().expandedTo(QSize(1, 1)), Qt::IgnoreAspectRatio,
                                               Qt::SmoothTransformation);
    setCursor(QCursor(QPixmap::fromImage(scaled), int(m_cursorHotSpot.x() * scale), int(m_cursorHotSpot.y() * scale)));
}

} // namespace vman::console
