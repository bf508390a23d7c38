// SPDX-License-Identifier: GPL-3.0-or-later
#include "HashPipeline.h"

namespace vman::images {

HashPipeline::HashPipeline(bool withSha512)
    : m_sha512(withSha512 ? std::make_unique<Sha256>(Sha256::Algorithm::Sha512) : nullptr), m_thread([this] { run(); })
{
}

HashPipeline::~HashPipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    m_thread.join();
}

void HashPipeline::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_changed.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_stopping)
            return;
        QByteArray chunk = std::move(m_queue.front());
        m_queue.pop_front();
        m_working = true;
        lock.unlock();
        m_sha256.add(chunk.constData(), chunk.size());
        if (m_sha512)
            m_sha512->add(chunk.constData(), chunk.size());
        lock.lock();
        m_working = false;
        m_queuedBytes -= chunk.size();
        m_changed.notify_all();
    }
}

void HashPipeline::add(QByteArray chunk)
{
    if (chunk.isEmpty())
        return;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queuedBytes < kMaxQueuedBytes; });
    m_queuedBytes += chunk.size();
    m_queue.push_back(std::move(chunk));
    m_changed.notify_all();
}

void HashPipeline::waitUntilIdle(std::unique_lock<std::mutex> &lock)
{
    m_changed.wait(lock, [this] { return m_queue.empty() && !m_working; });
}

void HashPipeline::reset()
{
    std::unique_lock lock(m_mutex);
    waitUntilIdle(lock);
    m_sha256.reset();
    if (m_sha512)
        m_sha512->reset();
}

HashPipeline::Digests HashPipeline::finish()
{
    std::unique_lock lock(m_mutex);
    waitUntilIdle(lock);
    return {m_sha256.hexResult(), m_sha512 ? m_sha512->hexResult() : QString()};
}

} // namespace vman::images
