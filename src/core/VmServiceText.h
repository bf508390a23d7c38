// SPDX-License-Identifier: GPL-3.0-or-later
// The words the core service uses for its subjects and common failures, shared by the files
// that implement VmService (so every message names things the same way).
#pragma once

#include "ServiceError.h"
#include "StateStore.h"
#include "Types.h"

namespace vman::service_text {

inline QString describe(const Vm &vm)
{
    return QStringLiteral("VM '%1' (%2)").arg(vm.name, vm.id);
}

inline QString vmNotFound(const QString &id)
{
    return QStringLiteral("VM '%1' not found").arg(id);
}

inline QString diskNotFound(const QString &id)
{
    return QStringLiteral("Disk '%1' not found").arg(id);
}

inline ServiceError storeFailure(const StateStore &store)
{
    return ServiceError::unavailable(QStringLiteral("database error: %1").arg(store.lastError()));
}

} // namespace vman::service_text
