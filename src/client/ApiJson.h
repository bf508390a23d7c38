// SPDX-License-Identifier: GPL-3.0-or-later
// The API's JSON read back into the core's types, for a window that mirrors a remote VMAN. The
// inverse of api::toJson (tested as a round trip); anything malformed is refused, not guessed.
#pragma once

#include "Types.h"
#include "stats/VmStats.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace vman::client {

std::optional<Template> templateFromJson(const QJsonObject &object);
// `disks`, when given, receives the VM's attached disks (the VM object carries them).
std::optional<Vm> vmFromJson(const QJsonObject &object, QList<Disk> *disks = nullptr);
std::optional<Disk> diskFromJson(const QJsonObject &object);
std::optional<Image> imageFromJson(const QJsonObject &object);
std::optional<VmSnapshot> snapshotFromJson(const QJsonObject &object);
// The history of GET /vms/{id}/stats, oldest first (CPU and memory; what the window draws).
QList<VmSample> usageFromStatsJson(const QJsonObject &object);
// GET /stats: the latest sample of each running VM, by VM id.
QHash<QString, VmSample> latestUsageFromJson(const QJsonObject &object);
// GET /templates and GET /disks (an item that cannot be read is left out).
QList<Template> templatesFromJson(const QJsonArray &array);
QList<Disk> disksFromJson(const QJsonArray &array);
// What a host holds, as the `lists` event that opens its event stream carries them
// (GET /events?lists=1): each list as its route returns it.
struct HostLists
{
    QList<Template> templates;
    QList<Vm> vms;                      // in the host's order (by creation)
    QHash<QString, QString> operations; // VM id -> what it is busy with
    QList<Disk> disks;
    QList<Image> images;
};
// Nothing when one of the four is missing or no array; an item that cannot be read is left out.
std::optional<HostLists> hostListsFromJson(const QJsonObject &object);
// An image that the server keeps in place (`read_only`): its path is not told, only that it exists.
inline const QString kExternalImageMarker = QStringLiteral("(kept in place on the server)");

} // namespace vman::client
