// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue of well-known images (resources/images/catalog.json, or the file
// VMAN_IMAGE_CATALOG names): what the window and GET /images/catalog offer to download by name.
#pragma once

#include "ServiceError.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace vman {

struct CatalogEntry
{
    QString name; // unique; also the default name of the image it becomes
    QString title;
    QString os;
    QString kind;   // "cloud" (boots ready) or "installer" (an ISO to install from)
    QString format; // what it is expected to be: qcow2, raw or iso
    QString url;
    QString checksum;    // "sha256:HEX" / "sha512:HEX", or
    QString checksumUrl; // the publisher's sums file listing the URL's file name
    qint64 size = 0;     // approximate bytes, for display
    QString defaultUser; // the user cloud-init sets up in a cloud image ("debian", "ubuntu", ...)

    QJsonObject toJson() const;
};

// Parses and checks a catalogue; names the first problem (entry and field) otherwise.
Result<QList<CatalogEntry>> parseCatalog(const QByteArray &json);
// The catalogue from `path`, or the built-in one when `path` is empty.
Result<QList<CatalogEntry>> loadCatalog(const QString &path);

} // namespace vman
