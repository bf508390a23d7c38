// SPDX-License-Identifier: GPL-3.0-or-later
// Hashes a stream of chunks on a thread of its own, so that a download hashes while it receives
// and writes (on two cores the three overlap instead of adding up). Bounded: add() waits while
// more than kMaxQueuedBytes wait to be hashed, which keeps memory flat.
#pragma once

#include "Sha256.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace vman::images {

class HashPipeline final
{
public:
    explicit HashPipeline(bool withSha512);
    ~HashPipeline();
    HashPipeline(const HashPipeline &) = delete;
    HashPipeline &operator=(const HashPipeline &) = delete;

    void add(QByteArray chunk);
    // Forgets everything hashed so far (a download that starts over).
    void reset();
    struct Digests
    {
        QString sha256;
        QString sha512; // empty unless asked for
    };
    // Waits for what is queued and answers the digests of everything added since the last reset.
    Digests finish();

    static constexpr qint64 kMaxQueuedBytes = 4 * 1024 * 1024;

private:
    void run();
    void waitUntilIdle(std::unique_lock<std::mutex> &lock);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    qint64 m_queuedBytes = 0;
    bool m_working = false;
    bool m_stopping = false;
    Sha256 m_sha256;
    std::unique_ptr<Sha256> m_sha512;
    std::thread m_thread;
};

} // namespace vman::images
