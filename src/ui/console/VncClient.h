// SPDX-License-Identifier: GPL-3.0-or-later
// One VNC (RFB) session with a VM's graphical console, run by libvncclient on a thread of its own.
//
// The session reads and writes one connected stream socket; where its bytes come from is the
// caller's business: a VM's local unix socket (connectUnixSocket), or one end of a socketpair
// whose other end a WebSocket pump feeds (a console on a remote VMAN). The worker thread is the
// only one that touches the libvncclient state and the only writer on the socket (key and pointer
// events are queued to it and wake it through an eventfd), as KRDC's VncClientThread does.
// The screen lives in one image shared with the view: the worker copies what changed into it
// under a short lock and says which area by a queued signal; the view paints from it under the
// same lock. A new area is announced when the previous one was taken (frameTaken), so a slow
// painter makes the worker merge updates; no frame is allocated or copied twice on the way.
#pragma once

#include <QImage>
#include <QMutex>
#include <QObject>
#include <QPainter>
#include <QRect>
#include <QSize>

#include <atomic>
#include <memory>
#include <thread>

namespace vman::console {

// What the view does with the mouse: an absolute position on the guest's screen and the buttons
// held (RFB bits: 1 left, 2 middle, 4 right, 8/16 wheel up/down, 32/64 wheel left/right).
struct PointerEvent
{
    int x = 0;
    int y = 0;
    int buttons = 0;
};

// A key: its X keysym (what the key means) and its XT scancode (where it is on the keyboard; 0 when
// unknown). With a scancode QEMU gets an extended key event and the guest's own layout applies.
struct KeyEvent
{
    quint32 keysym = 0;
    quint32 scancode = 0;
    bool down = true;
};

class VncClient final : public QObject
{
    Q_OBJECT

public:
    explicit VncClient(QObject *parent = nullptr);
    ~VncClient() override; // ends the session and joins its thread

    // Connects to a unix socket; -1 with `error` set when that fails.
    static int connectUnixSocket(const QString &path, QString *error);

    // Starts the session on a connected socket, which the session then owns (and closes).
    // `encodings`: libvncclient's list, best first (local sockets gain nothing from compression).
    void start(int socketFd, const QByteArray &encodings = QByteArrayLiteral("copyrect raw"));
    void stop();
    bool isRunning() const { return m_thread.joinable() && !m_finished.load(); }

    // Thread-safe; sent in order by the worker.
    void sendKey(const KeyEvent &key);
    void sendKeys(const QList<KeyEvent> &keys);
    void sendPointer(const PointerEvent &pointer);

    // The view took the last frameUpdated: the worker may send the next one.
    void frameTaken();
    // The screen as it is now: painted from under the lock, or copied (for tests and screenshots).
    void drawFrame(QPainter &painter, const QRect &target, bool smooth) const;
    QImage frame() const;

    // Frame pacing. While the user works the console (input in the last 2 s) every update shows
    // at once; while they only watch, a screen that changes all the time is shown at most once
    // per `ms` (0: never paced). A VGA console scrolling output costs VMAN about 1 ms per frame,
    // and 30 such frames a second nobody reads is a waste: 10 a second is what the eye follows.
    void setWatchingFrameInterval(int ms) { m_watchingIntervalMs = ms; }
    static constexpr int kInteractiveMs = 2000;

    // Whether the server takes scancodes (QEMU's extended key events); known after `connected`.
    bool scancodesSupported() const { return m_scancodes.load(); }

Q_SIGNALS:
    void connected(const QSize &size, const QString &desktopName);
    void resized(const QSize &size);
    // The area `rect` of the screen changed (drawFrame shows it).
    void frameUpdated(const QRect &rect);
    // The cursor the guest shows (its hot spot in `hotSpot`); drawn by the view, not the guest.
    void cursorChanged(const QImage &shape, const QPoint &hotSpot);
    void bell();
    // The session ended (the VM stopped, the socket closed, the handshake failed): why.
    void disconnected(const QString &reason);

private:
    struct Session;
    void run(int socketFd, QByteArray encodings);
    void wake();

    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_finished{false};
    std::atomic<bool> m_scancodes{false};
    std::atomic<int> m_framesInFlight{0};
    std::atomic<int> m_watchingIntervalMs{100};
    mutable QMutex m_screenMutex;
    QImage m_screen; // written by the worker, read by the GUI thread, both under m_screenMutex
    int m_wakeFd = -1;
    // A duplicate of the session's socket, so stop() can shut it down (ending a read that waits
    // inside libvncclient) without racing the worker closing its own descriptor.
    int m_controlFd = -1;

    // Input in the order the user gave it (a click with Shift held stays after the Shift).
    struct Input
    {
        bool isKey = true;
        KeyEvent key;
        PointerEvent pointer;
    };
    QMutex m_queueLock;
    QList<Input> m_input; // guarded by m_queueLock
};

} // namespace vman::console
