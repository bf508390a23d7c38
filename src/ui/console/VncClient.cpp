// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/VncClient.h"

#include "Logging.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QRegion>

#include <rfb/rfbclient.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <chrono>
#include <cstring>
#include <mutex>

#include <fcntl.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace vman::console {

namespace {

Q_LOGGING_CATEGORY(lcVnc, "ui.console", QtInfoMsg)

// The tag under which each rfbClient carries its session (libvncclient's client data).
int kSessionTag = 0;
// A guest screen larger than this is refused (8K in both directions is far beyond any display).
constexpr int kMaxSide = 8192;

// libvncclient reports through two process-wide function pointers: its lines go to our log, and
// the last one of each thread is kept as the reason when a session fails.
thread_local QString t_lastMessage;

void logFromLibrary(const char *format, ...)
{
    char line[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(line, sizeof line, format, args);
    va_end(args);
    t_lastMessage = QString::fromLocal8Bit(line).trimmed();
    qCDebug(lcVnc).noquote() << "libvncclient:" << t_lastMessage;
}

void routeLibraryLogs()
{
    static std::once_flag once;
    std::call_once(once, [] {
        rfbClientLog = logFromLibrary;
        rfbClientErr = logFromLibrary;
    });
}

constexpr int kNudgeIntervalMs = 30; // QEMU's fastest refresh

// Sends the encodings libvncclient announces, but without ExtendedDesktopSize. libvncclient 0.9.14
// announces that one unconditionally and then ignores every resize QEMU sends with it (QEMU's
// screen has id 0, which libvncclient takes for an invalid screen), so a guest that changes its
// resolution would be drawn at the old size. Without it QEMU sends the plain DesktopSize, which
// libvncclient follows. Same order and meaning as libvncclient's own list otherwise.
bool announceEncodings(rfbClient *client, const QByteArray &names)
{
    static const QHash<QByteArray, quint32> known = {{"raw", rfbEncodingRaw}, {"copyrect", rfbEncodingCopyRect},
                                                    {"hextile", rfbEncodingHextile}, {"zlib", rfbEncodingZlib},
                                                    {"tight", rfbEncodingTight}, {"zrle", rfbEncodingZRLE}};
    QList<quint32> encodings;
    for (const QByteArray &name : names.simplified().split(' ')) {
        if (known.contains(name.toLower()))
            encodings << known.value(name.toLower());
    }
    encodings << rfbEncodingXCursor << rfbEncodingRichCursor << rfbEncodingPointerPos << rfbEncodingKeyboardLedState
              << rfbEncodingNewFBSize << rfbEncodingSupportedMessages << rfbEncodingSupportedEncodings
              << rfbEncodingServerIdentity << rfbEncodingXvp << rfbEncodingQemuExtendedKeyEvent;
    QByteArray message(4, '\0');
    message[0] = char(rfbSetEncodings);
    message[2] = char(encodings.size() >> 8);
    message[3] = char(encodings.size() & 0xff);
    for (quint32 encoding : std::as_const(encodings)) {
        for (int shift = 24; shift >= 0; shift -= 8)
            message += char((encoding >> shift) & 0xff);
    }
    return WriteToRFBServer(client, message.constData(), unsigned(message.size()));
}

} // namespace

// What the worker thread keeps between libvncclient's callbacks.
struct VncClient::Session
{
    VncClient *owner = nullptr;
    rfbClient *client = nullptr;
    QRegion dirty;
    // QEMU says whether it takes scancodes in its first update: input waits for it, or the first
    // keys would go without their scancodes.
    bool firstUpdateDone = false;
    bool frameEnded = false; // an update was completed by the last message

    static Session *of(rfbClient *client) { return static_cast<Session *>(rfbClientGetClientData(client, &kSessionTag)); }

    // Sends the changed area when the view took the previous frame; otherwise it keeps growing.
    void flush()
    {
        if (dirty.isEmpty() || owner->m_framesInFlight.load() > 0 || !client->frameBuffer)
            return;
        const QRect area = dirty.boundingRect() & QRect(0, 0, client->width, client->height);
        dirty = QRegion();
        if (area.isEmpty())
            return;
        const qsizetype stride = qsizetype(client->width) * 4;
        {
            // The library goes on writing into its own buffer while the view paints from this one.
            const QMutexLocker lock(&owner->m_screenMutex);
            QImage &screen = owner->m_screen;
            if (screen.width() != client->width || screen.height() != client->height) {
                screen = QImage(client->width, client->height, QImage::Format_RGB32);
                screen.fill(Qt::black);
            }
            const size_t rowBytes = size_t(area.width()) * 4;
            for (int y = area.top(); y <= area.bottom(); ++y)
                std::memcpy(screen.scanLine(y) + area.x() * 4, client->frameBuffer + y * stride + qsizetype(area.x()) * 4, rowBytes);
        }
        owner->m_framesInFlight.fetch_add(1);
        Q_EMIT owner->frameUpdated(area);
    }

    static rfbBool allocateFrameBuffer(rfbClient *client)
    {
        Session *s = of(client);
        if (client->width <= 0 || client->height <= 0 || client->width > kMaxSide || client->height > kMaxSide) {
            rfbClientErr("the guest screen size %dx%d is out of range", client->width, client->height);
            return FALSE;
        }
        std::free(client->frameBuffer);
        client->frameBuffer = static_cast<uint8_t *>(std::calloc(size_t(client->width) * size_t(client->height), 4));
        if (!client->frameBuffer)
            return FALSE;
        // Our pixel layout: 32-bit 0x00RRGGBB in host order, which is QImage::Format_RGB32.
        client->format.bitsPerPixel = 32;
        client->format.depth = 24;
        client->format.trueColour = TRUE;
        client->format.redMax = client->format.greenMax = client->format.blueMax = 255;
        client->format.redShift = 16;
        client->format.greenShift = 8;
        client->format.blueShift = 0;
        s->dirty = QRegion(0, 0, client->width, client->height);
        Q_EMIT s->owner->resized(QSize(client->width, client->height));
        return TRUE;
    }

    static void gotUpdate(rfbClient *client, int x, int y, int w, int h) { of(client)->dirty += QRect(x, y, w, h); }
    static void finishedUpdate(rfbClient *client)
    {
        Session *s = of(client);
        s->firstUpdateDone = true;
        s->frameEnded = true;
        s->flush();
    }
    static void ringBell(rfbClient *client) { Q_EMIT of(client)->owner->bell(); }
    static char *noPassword(rfbClient *) { return strdup(""); } // QEMU's socket is private to its user

    static void gotCursorShape(rfbClient *client, int xhot, int yhot, int width, int height, int bytesPerPixel)
    {
        if (!client->rcSource || !client->rcMask || bytesPerPixel != 4 || width <= 0 || height <= 0 || width > 256 || height > 256)
            return;
        QImage shape(width, height, QImage::Format_ARGB32);
        const auto *source = reinterpret_cast<const quint32 *>(client->rcSource);
        for (int y = 0; y < height; ++y) {
            auto *line = reinterpret_cast<QRgb *>(shape.scanLine(y));
            for (int x = 0; x < width; ++x) {
                const int i = y * width + x;
                line[x] = client->rcMask[i] ? (0xff000000u | (source[i] & 0x00ffffffu)) : 0u;
            }
        }
        Q_EMIT of(client)->owner->cursorChanged(shape, QPoint(xhot, yhot));
    }
};

VncClient::VncClient(QObject *parent)
    : QObject(parent)
{
    routeLibraryLogs();
}

VncClient::~VncClient()
{
    stop();
}

int VncClient::connectUnixSocket(const QString &path, QString *error)
{
    const QByteArray native = path.toLocal8Bit();
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (native.isEmpty() || size_t(native.size()) >= sizeof address.sun_path) {
        *error = QStringLiteral("the console socket path is empty or too long");
        return -1;
    }
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    // A unix socket connects at once or fails at once: this never blocks the caller.
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        *error = QStringLiteral("cannot reach the VM's console (%1)").arg(QString::fromLocal8Bit(std::strerror(errno)));
        ::close(fd);
        return -1;
    }
    return fd;
}

void VncClient::start(int socketFd, const QByteArray &encodings)
{
    stop();
    m_stop = false;
    m_finished = false;
    m_scancodes = false;
    m_framesInFlight = 0;
    {
        QMutexLocker lock(&m_queueLock);
        m_input.clear();
    }
    m_wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    m_controlFd = ::fcntl(socketFd, F_DUPFD_CLOEXEC, 0);
    m_thread = std::thread([this, socketFd, encodings] { run(socketFd, encodings); });
}

void VncClient::stop()
{
    if (!m_thread.joinable())
        return;
    m_stop = true;
    // A read inside libvncclient may be waiting for the rest of a message: end it.
    if (m_controlFd >= 0)
        ::shutdown(m_controlFd, SHUT_RDWR);
    wake();
    m_thread.join();
    ::close(m_wakeFd);
    m_wakeFd = -1;
    if (m_controlFd >= 0)
        ::close(m_controlFd);
    m_controlFd = -1;
}

void VncClient::wake()
{
    if (m_wakeFd >= 0) {
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_wakeFd, &one, sizeof one);
    }
}

void VncClient::sendKey(const KeyEvent &key)
{
    sendKeys({key});
}

void VncClient::sendKeys(const QList<KeyEvent> &keys)
{
    {
        QMutexLocker lock(&m_queueLock);
        for (const KeyEvent &key : keys)
            m_input.append(Input{true, key, {}});
    }
    wake();
}

void VncClient::sendPointer(const PointerEvent &pointer)
{
    {
        QMutexLocker lock(&m_queueLock);
        // Moves with the same buttons held collapse into the last one: the guest only needs where
        // the pointer is now, and a fast mouse must not queue up behind a slow guest.
        if (!m_input.isEmpty() && !m_input.last().isKey && m_input.last().pointer.buttons == pointer.buttons)
            m_input.last().pointer = pointer;
        else
            m_input.append(Input{false, {}, pointer});
    }
    wake();
}

void VncClient::drawFrame(QPainter &painter, const QRect &target, bool smooth) const
{
    const QMutexLocker lock(&m_screenMutex);
    if (m_screen.isNull())
        return;
    if (target.size() == m_screen.size()) {
        painter.drawImage(target.topLeft(), m_screen);
    } else {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, smooth);
        painter.drawImage(target, m_screen);
    }
}

QImage VncClient::frame() const
{
    const QMutexLocker lock(&m_screenMutex);
    return m_screen.copy();
}

void VncClient::frameTaken()
{
    if (m_framesInFlight.fetch_sub(1) == 1)
        wake(); // the worker may hold merged updates for us
}

void VncClient::run(int socketFd, QByteArray encodings)
{
    t_lastMessage.clear();
    Session session;
    session.owner = this;
    rfbClient *client = rfbGetClient(8, 3, 4);
    session.client = client;
    rfbClientSetClientData(client, &kSessionTag, &session);
    client->canHandleNewFBSize = TRUE;
    client->MallocFrameBuffer = &Session::allocateFrameBuffer;
    client->GotFrameBufferUpdate = &Session::gotUpdate;
    client->FinishedFrameBufferUpdate = &Session::finishedUpdate;
    client->Bell = &Session::ringBell;
    client->GetPassword = &Session::noPassword;
    client->GotCursorShape = &Session::gotCursorShape;
    client->appData.useRemoteCursor = TRUE;
    client->appData.encodingsString = encodings.constData();
    client->format.redShift = 16;
    client->format.greenShift = 8;
    client->format.blueShift = 0;
    // The socket is already connected: libvncclient's "listening" mode skips its own connect.
    client->listenSpecified = TRUE;
    client->sock = socketFd;

    auto finish = [this](const QString &reason) {
        m_finished = true;
        Q_EMIT disconnected(reason);
    };
    if (!rfbInitClient(client, nullptr, nullptr)) { // it freed the client and closed the socket
        finish(QStringLiteral("the console handshake failed: %1").arg(t_lastMessage.isEmpty() ? QStringLiteral("no answer") : t_lastMessage));
        return;
    }
    QString reason;
    const bool announced = announceEncodings(client, encodings);
    if (announced)
        Q_EMIT connected(QSize(client->width, client->height), QString::fromUtf8(client->desktopName ? client->desktopName : ""));
    else
        reason = QStringLiteral("the console connection was lost");

    using Clock = std::chrono::steady_clock;
    Clock::time_point lastInput = Clock::now(); // a console just opened counts as in use
    Clock::time_point nextRead;                 // paced: the socket waits until then
    // QEMU redraws a text-mode screen only on its refresh timer, which slows down (30 ms up to
    // 3 s) while nothing changes and speeds up again on client input. A key's own events may
    // reach QEMU before the guest echoes it: the refresh they trigger finds nothing, the next is
    // 80 ms away, and the echo waits. So while the console is in use (2 s after input) the worker
    // keeps QEMU's refresh at 30 ms: every 30 ms a key release of F24, a key never pressed, which
    // QEMU filters out before the guest ("suspicious key-up", ui/kbd-state.c) but which still
    // counts as input for its refresh timer. 8 bytes each, for a key's echo in about 20 ms.
    Clock::time_point nextNudge;
    int nudgesLeft = 0;
    while (announced && !m_stop.load()) {
        bool readable = client->buffered > 0; // a message already read in part is handled first
        if (!readable) {
            // Watching a busy screen: the next update waits in the socket (QEMU sends no more
            // until it is read); input ends the wait at once.
            const auto now = Clock::now();
            const bool paced = now < nextRead;
            int timeout = paced ? int(std::chrono::ceil<std::chrono::milliseconds>(nextRead - now).count()) : -1;
            if (nudgesLeft > 0) {
                const int untilNudge = int(qMax<qint64>(0, std::chrono::ceil<std::chrono::milliseconds>(nextNudge - now).count()));
                timeout = timeout < 0 ? untilNudge : qMin(timeout, untilNudge);
            }
            pollfd fds[2] = {{paced ? -1 : client->sock, POLLIN, 0}, {m_wakeFd, POLLIN, 0}};
            if (::poll(fds, 2, timeout) < 0) {
                if (errno == EINTR)
                    continue;
                reason = QString::fromLocal8Bit(std::strerror(errno));
                break;
            }
            if (fds[1].revents & POLLIN) {
                quint64 count = 0;
                [[maybe_unused]] const ssize_t n = ::read(m_wakeFd, &count, sizeof count);
            }
            readable = fds[0].revents & (POLLIN | POLLHUP | POLLERR);
        }
        if (m_stop.load())
            break;

        QList<Input> input;
        if (session.firstUpdateDone) {
            QMutexLocker lock(&m_queueLock);
            input.swap(m_input);
        }
        if (!input.isEmpty()) {
            lastInput = Clock::now();
            nextRead = {};
            nudgesLeft = kInteractiveMs / kNudgeIntervalMs;
            nextNudge = lastInput + std::chrono::milliseconds(kNudgeIntervalMs);
        } else if (nudgesLeft > 0 && Clock::now() >= nextNudge) {
            --nudgesLeft;
            nextNudge += std::chrono::milliseconds(kNudgeIntervalMs);
            constexpr quint32 kF24Keysym = 0xffd5;
            constexpr quint32 kF24Scancode = 0x76;
            const bool nudged = m_scancodes.load() ? SendExtendedKeyEvent(client, kF24Keysym, kF24Scancode, FALSE)
                                                   : SendKeyEvent(client, kF24Keysym, FALSE);
            if (!nudged) {
                reason = QStringLiteral("the console connection was lost");
                break;
            }
        }
        bool sent = true;
        m_scancodes = SupportsClient2Server(client, rfbQemuEvent);
        for (const Input &event : std::as_const(input)) {
            if (event.isKey) {
                const KeyEvent &k = event.key;
                if (k.scancode && m_scancodes.load())
                    sent = SendExtendedKeyEvent(client, k.keysym, k.scancode, k.down ? TRUE : FALSE);
                else if (k.keysym)
                    sent = SendKeyEvent(client, k.keysym, k.down ? TRUE : FALSE);
            } else {
                const PointerEvent &p = event.pointer;
                sent = SendPointerEvent(client, qBound(0, p.x, client->width - 1), qBound(0, p.y, client->height - 1), p.buttons);
            }
            if (!sent)
                break;
        }
        if (!sent) {
            reason = QStringLiteral("the console connection was lost");
            break;
        }
        session.flush();
        session.frameEnded = false;
        if (readable && !HandleRFBServerMessage(client)) {
            reason = QStringLiteral("the console closed (%1)").arg(t_lastMessage.isEmpty() ? QStringLiteral("the VM stopped") : t_lastMessage);
            break;
        }
        const int interval = m_watchingIntervalMs.load();
        if (session.frameEnded && interval > 0 && Clock::now() - lastInput > std::chrono::milliseconds(kInteractiveMs))
            nextRead = Clock::now() + std::chrono::milliseconds(interval);
    }
    std::free(client->frameBuffer);
    client->frameBuffer = nullptr;
    // libvncclient 0.9.14 keeps the last cursor shape until the end but rfbClientCleanup does not
    // free it (LeakSanitizer found it).
    std::free(client->rcSource);
    std::free(client->rcMask);
    client->rcSource = nullptr;
    client->rcMask = nullptr;
    rfbClientCleanup(client); // closes the socket
    finish(m_stop.load() ? QString() : reason);
}

} // namespace vman::console
