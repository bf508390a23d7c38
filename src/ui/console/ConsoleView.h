// SPDX-License-Identifier: GPL-3.0-or-later
// A VM's graphical console as a widget: the guest screen as VNC updates arrive (no polling), and
// the keyboard and mouse sent to the guest while the view has focus. Scales to fit (keeping the
// aspect) or shows 1:1 (in a scroll area); a keyboard grab takes even the desktop's shortcuts
// until Ctrl+Alt+G releases it.
#pragma once

#include "console/VncClient.h"

#include <QImage>
#include <QHash>
#include <QTimer>
#include <QWidget>

namespace vman::console {

class ConsoleView final : public QWidget
{
    Q_OBJECT

public:
    explicit ConsoleView(QWidget *parent = nullptr);
    ~ConsoleView() override;

    // Watches the VNC socket at `path`, connecting again (every second) until it answers and after
    // it closes; close() ends that.
    void open(const QString &socketPath);
    // Shows the session on an already connected stream (which it then owns): one end of a
    // socketpair fed by a WebSocket, for a console elsewhere. Not retried when it ends.
    void openStream(int socketFd);
    void close();
    bool isConnected() const { return m_connected; }
    QString statusText() const { return m_status; }

    // Scale to fit the widget (the default), or 1:1.
    void setScaledToFit(bool fit);
    bool scaledToFit() const { return m_fit; }
    // A view only watches: no keyboard or mouse reaches the guest (the detail pane's thumbnail).
    void setInputEnabled(bool enabled);
    void setKeyboardGrabbed(bool grabbed);
    bool keyboardGrabbed() const { return m_grabbed; }

    // Presses and releases keys given as evdev codes ("Send key": Ctrl+Alt+Del and friends).
    void sendCombination(const QList<quint32> &evdevKeys);

    QSize frameSize() const { return m_frameSize; }
    // Where the guest's screen is drawn in the widget (scaled to fit: down smoothly, up by whole
    // multiples only).
    QRect targetRect() const;
    // A copy of the screen as shown (tests, screenshots).
    QImage frame() const { return m_client.frame(); }
    quint64 framesReceived() const { return m_framesReceived; }
    VncClient &client() { return m_client; }

    QSize sizeHint() const override;
    // What sizeHint() answers instead of the guest's screen size (a thumbnail wants little room).
    void setPreferredSize(const QSize &size) { m_preferredSize = size; updateGeometry(); }

    // The key that ends a keyboard grab, with Ctrl+Alt held.
    static constexpr Qt::Key kReleaseKey = Qt::Key_G;

Q_SIGNALS:
    void connectionChanged(bool connected, const QString &status);
    void frameSizeChanged(const QSize &size);
    void frameShown(const QRect &rect); // an update reached the view (for tests and benchmarks)
    void keyboardGrabChanged(bool grabbed);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void connectNow();
    void onFrame(const QRect &rect);
    void onResized(const QSize &size);
    void onDisconnected(const QString &reason);
    void setStatus(bool connected, const QString &status);
    QPoint toGuest(const QPointF &widgetPos) const;
    void sendPointerAt(const QPointF &widgetPos, Qt::MouseButtons buttons, int extraButtons = 0);
    void releaseHeldKeys();
    void updateCursor();

    VncClient m_client;
    QTimer m_retry;
    QString m_socketPath;
    QString m_status;
    QSize m_frameSize; // of the guest's screen; the pixels are the client's
    QImage m_cursorShape;
    QPoint m_cursorHotSpot;
    QSize m_preferredSize;
    bool m_connected = false;
    bool m_fit = true;
    bool m_input = true;
    bool m_grabbed = false;
    quint64 m_framesReceived = 0;
    QHash<quint32, KeyEvent> m_heldKeys; // by scancode (or keysym), released when focus goes
};

} // namespace vman::console
