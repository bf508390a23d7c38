// SPDX-License-Identifier: GPL-3.0-or-later
#include "images/ImageCatalog.h"

#include "Types.h"
#include "Validation.h"
#include "cloudinit/CloudInitRules.h"
#include "images/Checksums.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace vman {

QJsonObject CatalogEntry::toJson() const
{
    QJsonObject object{{QStringLiteral("name"), name},       {QStringLiteral("title"), title},
                       {QStringLiteral("os"), os},           {QStringLiteral("kind"), kind},
                       {QStringLiteral("format"), format},   {QStringLiteral("url"), url},
                       {QStringLiteral("size"), size}};
    object.insert(QStringLiteral("checksum"), checksum.isEmpty() ? QJsonValue::Null : QJsonValue(checksum));
    object.insert(QStringLiteral("checksum_url"), checksumUrl.isEmpty() ? QJsonValue::Null : QJsonValue(checksumUrl));
    object.insert(QStringLiteral("default_user"), defaultUser.isEmpty() ? QJsonValue::Null : QJsonValue(defaultUser));
    return object;
}

namespace {
bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) && !url.host().isEmpty();
}
} // namespace

Result<QList<CatalogEntry>> parseCatalog(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return ServiceError::failed(QStringLiteral("not a JSON object (%1)").arg(parseError.errorString()));
    if (doc.object().value(QLatin1String("version")).toInt() != 1)
        return ServiceError::failed(QStringLiteral("unknown catalogue version (expected 1)"));
    QList<CatalogEntry> entries;
    QSet<QString> names;
    const QJsonArray images = doc.object().value(QLatin1String("images")).toArray();
    for (int i = 0; i < images.size(); ++i) {
        const QJsonObject o = images.at(i).toObject();
        CatalogEntry e;
        e.name = o.value(QLatin1String("name")).toString();
        e.title = o.value(QLatin1String("title")).toString(e.name);
        e.os = o.value(QLatin1String("os")).toString();
        e.kind = o.value(QLatin1String("kind")).toString();
        e.format = o.value(QLatin1String("format")).toString();
        e.url = o.value(QLatin1String("url")).toString();
        e.checksum = o.value(QLatin1String("checksum")).toString();
        e.checksumUrl = o.value(QLatin1String("checksum_url")).toString();
        e.defaultUser = o.value(QLatin1String("default_user")).toString();
        // toInteger: a size that is no whole qint64 (1e60, -3, 2.5) reads as unknown, never as a cast of an
        // out-of-range double (undefined behaviour, found by fuzz_checksums).
        e.size = std::max<qint64>(0, o.value(QLatin1String("size")).toInteger(0));
        auto bad = [&](const QString &what) { return ServiceError::failed(QStringLiteral("entry %1 (%2): %3").arg(i).arg(rules::echo(e.name), what)); };
        if (rules::checkName(QStringLiteral("name"), e.name))
            return bad(QStringLiteral("`name` must follow the image name rules"));
        if (names.contains(e.name))
            return bad(QStringLiteral("the name is listed twice"));
        if (!e.defaultUser.isEmpty() && rules::checkUserName(QStringLiteral("default_user"), e.defaultUser))
            return bad(QStringLiteral("`default_user` must be a user name (lower case letters, digits, _ and -)"));
        if (e.kind != QLatin1String("cloud") && e.kind != QLatin1String("installer"))
            return bad(QStringLiteral("`kind` must be cloud or installer"));
        if (!imageFormatFromString(e.format))
            return bad(QStringLiteral("`format` must be qcow2, raw or iso"));
        if (!isWebUrl(e.url))
            return bad(QStringLiteral("`url` must be an http(s) URL"));
        if (!e.checksum.isEmpty() && !images::parseChecksum(e.checksum))
            return bad(QStringLiteral("`checksum` must be sha256:HEX or sha512:HEX"));
        if (!e.checksumUrl.isEmpty() && !isWebUrl(e.checksumUrl))
            return bad(QStringLiteral("`checksum_url` must be an http(s) URL"));
        if (e.checksum.isEmpty() && e.checksumUrl.isEmpty())
            return bad(QStringLiteral("give `checksum` or `checksum_url`: catalogue downloads are always verified"));
        names.insert(e.name);
        entries.append(e);
    }
    return entries;
}

Result<QList<CatalogEntry>> loadCatalog(const QString &path)
{
    QFile file(path.isEmpty() ? QStringLiteral(":/vman/images/catalog.json") : path);
    if (!file.open(QIODevice::ReadOnly))
        return ServiceError::failed(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const Result<QList<CatalogEntry>> parsed = parseCatalog(file.read(1024 * 1024));
    if (!parsed.ok())
        return ServiceError::failed(QStringLiteral("%1: %2").arg(file.fileName(), parsed.error().message));
    return parsed;
}

} // namespace vman
