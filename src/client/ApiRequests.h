// SPDX-License-Identifier: GPL-3.0-or-later
// What the window asks a remote VMAN for, as the JSON bodies its API reads (the inverse of the
// API's request readers; tested against a real server).
#pragma once

#include "VmService.h"
#include "images/ImageLibrary.h"

#include <QByteArray>

namespace vman::client {

QByteArray templateRequest(const TemplateSpec &spec);
QByteArray vmRequest(const VmSpec &spec);
QByteArray vmPatchRequest(const VmPatch &patch);
QByteArray diskRequest(const DiskSpec &spec);
QByteArray cloneRequest(const CloneSpec &spec);
QByteArray snapshotRequest(const SnapshotSpec &spec);
// `catalogEntry` empty: a download of spec.url.
QByteArray imageDownloadRequest(const ImageDownloadSpec &spec, const QString &catalogEntry);

} // namespace vman::client
