// SPDX-License-Identifier: GPL-3.0-or-later
// Waiting for a process (a daemonized QEMU, not our child) to end, and ending one politely.
// Nothing blocks: the wait is a pidfd notifier (a short poll where pidfds are missing).
#pragma once

#include <QObject>

#include <functional>

namespace vman::qemu {

// Calls `done(true)` once `pid` has exited (its last thread gone), or `done(false)` after
// `timeoutMs`. Nothing is called once `context` is destroyed.
void whenExited(QObject *context, qint64 pid, int timeoutMs, std::function<void(bool exited)> done);

// SIGTERM first (QEMU then shuts down cleanly: disks flushed, SHUTDOWN "host-signal"), SIGKILL
// after `graceMs` if it is still there. `done(true)` once it is gone, `done(false)` if it even
// survived SIGKILL for a few seconds.
void terminate(QObject *context, qint64 pid, int graceMs, std::function<void(bool gone)> done);

} // namespace vman::qemu
