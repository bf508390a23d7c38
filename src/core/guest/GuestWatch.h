// SPDX-License-Identifier: GPL-3.0-or-later
// OBSERVER, guest module: finds out when a running VM's guest is ready for use, and what its
// guest agent says about it. Ready means the first of: the agent answers, the SSH forward answers
// with an "SSH-2.0-" banner, or the serial console shows the VM's ready marker. Probes are small
// and asynchronous (one each per VM at a time); a ready VM's agent is asked again now and then.
#pragma once

#include "Types.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace vman {

class VmOperator;
class VmService;

class GuestWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuestWatch)

public:
    GuestWatch(VmService &service, VmOperator &vmOperator, QObject *parent = nullptr);
    ~GuestWatch() override;

    void start();
    void stop();
    // What the checks have seen of a VM that is not ready yet, in words (for a 504).
    QString progress(const QString &vmId) const;

    static constexpr int kProbeIntervalMs = 250;     // while a VM is not ready
    static constexpr int kAgentRetryMs = 1000;       // between agent attempts of a VM not ready...
    static constexpr int kAgentPatienceMs = 120000;  // ...for this long after it started; then
                                                     // every kAgentRefreshMs (a guest without one)
    static constexpr int kAgentRefreshMs = 15000;    // agent information of a ready VM
    static constexpr int kSshProbeTimeoutMs = 2000;
    static constexpr int kSlowProbeMs = 5000; // SSH probes of a guest not ready after kAgentPatienceMs

private:
    struct Watch
    {
        qint64 serialOffset = 0;
        QByteArray serialCarry; // the end of what was read, for a marker split between reads
        bool agentBusy = false;
        qint64 nextAgentAtMs = 0;
        qint64 watchedSinceMs = -1;
        QPointer<QTcpSocket> sshProbe;
        qint64 nextSshAtMs = 0;
        QString agentSeen, sshSeen, serialSeen;
    };

    void tick();
    void watch(const Vm &vm, Watch &w);
    void askAgent(const Vm &vm, Watch &w);
    void probeSsh(const Vm &vm, Watch &w);
    bool serialShowsMarker(const Vm &vm, Watch &w);

    VmService &m_service;
    VmOperator &m_operator;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QHash<QString, Watch> m_watches;
};

} // namespace vman
