// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostList.h"

namespace vman::client {

HostConnection *HostList::local() const
{
    for (HostConnection *host : m_hosts) {
        if (host->isLocal())
            return host;
    }
    return nullptr;
}

void HostList::add(HostConnection *host)
{
    if (!host || m_hosts.contains(host))
        return;
    host->setParent(this);
    m_hosts.append(host);
    Q_EMIT hostAdded(host);
}

void HostList::remove(HostConnection *host)
{
    if (!m_hosts.contains(host))
        return;
    Q_EMIT hostRemoving(host);
    m_hosts.removeAll(host);
    host->disconnect();
    host->deleteLater();
}

} // namespace vman::client
