// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessControl.h"

#include "HostProcesses.h"

#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/syscall.h>
#include <unistd.h>

namespace vman::qemu {

namespace {

constexpr int kPollMs = 10;           // without a pidfd, or while a zombie's last threads exit
constexpr int kKillSettleMs = 5000;   // how long SIGKILL gets to take effect

int openPidFd(qint64 pid)
{
#ifdef SYS_pidfd_open
    return int(::syscall(SYS_pidfd_open, pid_t(pid), 0));
#else
    Q_UNUSED(pid);
    return -1;
#endif
}

// One wait; deletes itself when it has answered.
class ExitWait final : public QObject
{
public:
    ExitWait(QObject *context, qint64 pid, int timeoutMs, std::function<void(bool)> done)
        : QObject(context), m_pid(pid), m_done(std::move(done))
    {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] { answer(false); });
        m_deadline.start(timeoutMs);
        m_poll.setInterval(kPollMs);
        connect(&m_poll, &QTimer::timeout, this, &ExitWait::check);
        const int fd = openPidFd(pid);
        if (fd >= 0) {
            m_pidFd = fd;
            m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
            connect(m_notifier, &QSocketNotifier::activated, this, [this] {
                // The group has exited; a zombie leader may still wait for threads that hold
                // files (image locks): poll briefly until it is really gone.
                m_notifier->setEnabled(false);
                check();
                if (!m_answered)
                    m_poll.start();
            });
        } else {
            m_poll.start();
        }
        // Perhaps it is gone already.
        QTimer::singleShot(0, this, &ExitWait::check);
    }
    ~ExitWait() override
    {
        if (m_pidFd >= 0)
            ::close(m_pidFd);
    }

private:
    void check()
    {
        if (!hostproc::isAlive(m_pid))
            answer(true);
    }
    void answer(bool exited)
    {
        if (m_answered)
            return;
        m_answered = true;
        m_deadline.stop();
        m_poll.stop();
        if (m_notifier)
            m_notifier->setEnabled(false);
        auto done = std::move(m_done);
        deleteLater();
        done(exited);
    }

    qint64 m_pid;
    std::function<void(bool)> m_done;
    QTimer m_deadline;
    QTimer m_poll;
    QSocketNotifier *m_notifier = nullptr;
    int m_pidFd = -1;
    bool m_answered = false;
};

} // namespace

void whenExited(QObject *context, qint64 pid, int timeoutMs, std::function<void(bool exited)> done)
{
    new ExitWait(context, pid, timeoutMs, std::move(done));
}

void terminate(QObject *context, qint64 pid, int graceMs, std::function<void(bool gone)> done)
{
    if (pid <= 0 || !hostproc::isAlive(pid)) {
        QTimer::singleShot(0, context, [done] { done(true); });
        return;
    }
    ::kill(pid_t(pid), SIGTERM);
    QPointer<QObject> guard(context);
    whenExited(context, pid, graceMs, [guard, pid, done](bool exited) {
        if (exited || !guard)
            return done(exited);
        ::kill(pid_t(pid), SIGKILL);
        whenExited(guard, pid, kKillSettleMs, done);
    });
}

} // namespace vman::qemu
