// SPDX-License-Identifier: GPL-3.0-or-later
// The field rules of what users ask for (a template, a VM, a disk, a change, a clone, a
// snapshot): each value on its own, without looking at what a host holds. VmService checks these
// first and then the host's state; the window checks them as the user types, for a remote host
// too (whose own service has the final word).
#pragma once

#include "VmService.h"

namespace vman::rules {

constexpr int kSnapshotDescriptionMax = 1000;

QList<FieldError> templateFieldErrors(const TemplateSpec &spec);
QList<FieldError> vmFieldErrors(const VmSpec &spec);
QList<FieldError> diskFieldErrors(const DiskSpec &spec);
// `rootDiskGib`: the VM's root disk now (a disk only grows).
QList<FieldError> vmChangeFieldErrors(const Vm &vm, const VmPatch &patch, qint64 rootDiskGib);
QList<FieldError> cloneFieldErrors(const CloneSpec &spec);
QList<FieldError> snapshotFieldErrors(const SnapshotSpec &spec);

} // namespace vman::rules
