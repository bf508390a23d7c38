// SPDX-License-Identifier: GPL-3.0-or-later
// Whether a host port can be forwarded to a guest right now.
#pragma once

#include <QString>

namespace vman {

// True when a TCP socket can bind `address`:`port` now (bound the way QEMU's forwards bind:
// with SO_REUSEADDR, so a port in TIME_WAIT counts as free). Takes microseconds.
bool isTcpPortFree(const QString &address, int port);

} // namespace vman
