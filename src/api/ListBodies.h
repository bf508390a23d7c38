// SPDX-License-Identifier: GPL-3.0-or-later
// The bodies of the four lists (GET /templates, /vms, /disks, /images), serialised once per
// change of the state they show: the routes answer with them, and an event stream that opens
// with a snapshot (GET /events?snapshot=1) is made of the same bytes.
#pragma once

#include <QByteArray>
#include <QString>

namespace vman {

struct ApiContext;

namespace api {

QByteArray templatesBody(ApiContext &context);
// `stateFilter`: a VM state's name, or empty for every VM.
QByteArray vmsBody(ApiContext &context, const QString &stateFilter = QString());
QByteArray disksBody(ApiContext &context);
QByteArray imagesBody(ApiContext &context);

} // namespace api
} // namespace vman
