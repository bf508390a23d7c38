// SPDX-License-Identifier: GPL-3.0-or-later
// The hosts the window shows, in order: the local VMAN first (when there is one), then the
// remote ones the user added. Models and actions follow it as hosts come and go.
#pragma once

#include "HostConnection.h"

#include <QList>
#include <QObject>

namespace vman::client {

class HostList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostList)

public:
    explicit HostList(QObject *parent = nullptr) : QObject(parent) {}

    QList<HostConnection *> hosts() const { return m_hosts; }
    int size() const { return int(m_hosts.size()); }
    HostConnection *at(int index) const { return m_hosts.value(index); }
    int indexOf(const HostConnection *host) const { return int(m_hosts.indexOf(const_cast<HostConnection *>(host))); }
    HostConnection *local() const;

    // Takes the host (it becomes a child of the list).
    void add(HostConnection *host);
    // Removes and deletes the host (later: signals it queued are dropped with it).
    void remove(HostConnection *host);

Q_SIGNALS:
    void hostAdded(vman::client::HostConnection *host);
    // Emitted before the host goes: whatever shows its things lets go of them.
    void hostRemoving(vman::client::HostConnection *host);

private:
    QList<HostConnection *> m_hosts;
};

} // namespace vman::client
