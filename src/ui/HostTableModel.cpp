// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostTableModel.h"

namespace vman::ui {

QString hostLabel(const client::HostConnection *host)
{
    if (!host)
        return {};
    if (host->isLocal() || host->displayName().isEmpty())
        return host->isLocal() ? QCoreApplication::translate("vman::ui", "This computer") : host->apiUrl().host();
    return host->displayName();
}

} // namespace vman::ui
