// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpecRules.h"

#include "Validation.h"
#include "cloudinit/CloudInitRules.h"

namespace vman::rules {

namespace {

// The boot-media fields a template and a VM share.
void checkBootMediaFields(const std::optional<qint64> &diskSize, const std::optional<QString> &firmware, QList<FieldError> *errors)
{
    if (diskSize) {
        if (auto e = checkRange(QStringLiteral("disk_size"), *diskSize, kDiskGibMin, kDiskGibMax))
            *errors << *e;
    }
    if (firmware) {
        if (auto e = checkFirmware(QStringLiteral("firmware"), *firmware))
            *errors << *e;
    }
}

void checkGuestSetupFields(const std::optional<CloudInit> &cloudInit, const std::optional<QString> &readyMarker, QList<FieldError> *errors)
{
    if (cloudInit)
        *errors << checkCloudInit(QStringLiteral("cloud_init"), *cloudInit);
    if (readyMarker) {
        if (auto e = checkReadyMarker(QStringLiteral("ready_marker"), *readyMarker))
            *errors << *e;
    }
}

void checkOptionalName(const std::optional<QString> &name, QList<FieldError> *errors)
{
    if (name) {
        if (auto e = checkName(QStringLiteral("name"), *name))
            *errors << *e;
    }
}

} // namespace

QList<FieldError> templateFieldErrors(const TemplateSpec &spec)
{
    QList<FieldError> errors;
    if (auto e = checkName(QStringLiteral("name"), spec.name))
        errors << *e;
    if (auto e = checkRange(QStringLiteral("cpu_count"), spec.cpuCount, kCpuCountMin, kCpuCountMax))
        errors << *e;
    if (auto e = checkRange(QStringLiteral("ram_amount"), spec.ramAmount, kRamGibMin, kRamGibMax))
        errors << *e;
    checkBootMediaFields(spec.diskSize, spec.firmware, &errors);
    checkGuestSetupFields(spec.cloudInit, spec.readyMarker, &errors);
    return errors;
}

QList<FieldError> vmFieldErrors(const VmSpec &spec)
{
    QList<FieldError> errors;
    checkOptionalName(spec.name, &errors);
    checkBootMediaFields(spec.diskSize, spec.firmware, &errors);
    if (spec.boot) {
        if (auto e = checkBootOrder(QStringLiteral("boot"), *spec.boot))
            errors << *e;
    }
    checkGuestSetupFields(spec.cloudInit, spec.readyMarker, &errors);
    return errors;
}

QList<FieldError> diskFieldErrors(const DiskSpec &spec)
{
    QList<FieldError> errors;
    if (auto e = checkRange(QStringLiteral("size"), spec.size, kDiskGibMin, kDiskGibMax))
        errors << *e;
    checkOptionalName(spec.name, &errors);
    return errors;
}

QList<FieldError> vmChangeFieldErrors(const Vm &vm, const VmPatch &patch, qint64 rootDiskGib)
{
    // Each value by the rules creation uses.
    QList<FieldError> errors;
    checkOptionalName(patch.name, &errors);
    if (patch.cpuCount && *patch.cpuCount) {
        if (auto e = checkRange(QStringLiteral("cpu_count"), **patch.cpuCount, kCpuCountMin, kCpuCountMax))
            errors << *e;
    }
    if (patch.ramAmount && *patch.ramAmount) {
        if (auto e = checkRange(QStringLiteral("ram_amount"), **patch.ramAmount, kRamGibMin, kRamGibMax))
            errors << *e;
    }
    if (patch.diskSize) {
        if (auto e = checkRange(QStringLiteral("disk_size"), *patch.diskSize, kDiskGibMin, kDiskGibMax))
            errors << *e;
        else if (*patch.diskSize < rootDiskGib)
            errors << FieldError{QStringLiteral("disk_size"),
                                 QStringLiteral("A disk can only grow: the root disk of VM '%1' has %2 GiB").arg(vm.name).arg(rootDiskGib),
                                 QStringLiteral("value_error")};
    }
    if (patch.boot && *patch.boot) {
        if (auto e = checkBootOrder(QStringLiteral("boot"), **patch.boot))
            errors << *e;
    }
    if (patch.cloudInit && *patch.cloudInit)
        errors << checkCloudInit(QStringLiteral("cloud_init"), **patch.cloudInit);
    if (patch.readyMarker) {
        if (auto e = checkReadyMarker(QStringLiteral("ready_marker"), *patch.readyMarker))
            errors << *e;
    }
    return errors;
}

QList<FieldError> cloneFieldErrors(const CloneSpec &spec)
{
    QList<FieldError> errors;
    checkOptionalName(spec.name, &errors);
    return errors;
}

QList<FieldError> snapshotFieldErrors(const SnapshotSpec &spec)
{
    QList<FieldError> errors;
    checkOptionalName(spec.name, &errors);
    if (spec.description.size() > kSnapshotDescriptionMax)
        errors << FieldError{QStringLiteral("description"), QStringLiteral("String should have at most %1 characters").arg(kSnapshotDescriptionMax),
                             QStringLiteral("string_too_long"), QString::number(kSnapshotDescriptionMax)};
    return errors;
}

} // namespace vman::rules
