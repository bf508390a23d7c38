// SPDX-License-Identifier: GPL-3.0-or-later
// The one mapping from QMP's `query-status` (its `status` and `running`) to a VM's state, used by
// start, recovery and the OBSERVER alike.
#pragma once

#include "Types.h"

#include <QJsonObject>
#include <QString>

namespace vman::qemu {

struct RunState
{
    VmState state = VmState::Error;
    QString detail; // why, when the state is not plain running/paused
};

// `status` is QMP's RunState name (running, paused, io-error, ...); `running` its boolean.
RunState runStateFrom(const QString &status, bool running);
// The same, from a `query-status` reply object.
RunState runStateFrom(const QJsonObject &queryStatus);

} // namespace vman::qemu
