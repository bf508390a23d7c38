// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiskIo.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vman::qemu {

QList<DiskIo> blockStatsFrom(const QJsonValue &reply)
{
    QList<DiskIo> list;
    for (const QJsonValue &entry : reply.toArray()) {
        const QJsonObject object = entry.toObject();
        const QString node = object.value(QLatin1String("node-name")).toString();
        const QJsonObject stats = object.value(QLatin1String("stats")).toObject();
        if (node.isEmpty() || stats.isEmpty())
            continue;
        // "/machine/peripheral/rootdisk/virtio-backend": the id is the segment after "peripheral".
        const QStringList path = object.value(QLatin1String("qdev")).toString().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const qsizetype peripheral = path.indexOf(QStringLiteral("peripheral"));
        DiskIo s;
        s.node = node;
        s.device = peripheral >= 0 && peripheral + 1 < path.size() ? path.at(peripheral + 1) : QString();
        auto counter = [&stats](const char *name) { return qMax<qint64>(0, stats.value(QLatin1String(name)).toInteger(0)); };
        s.readBytes = counter("rd_bytes");
        s.writtenBytes = counter("wr_bytes");
        s.readOperations = counter("rd_operations");
        s.writeOperations = counter("wr_operations");
        list.append(s);
    }
    return list;
}

std::optional<qint64> balloonBytesFrom(const QJsonValue &reply)
{
    const qint64 actual = reply.toObject().value(QLatin1String("actual")).toInteger(-1);
    return actual > 0 ? std::optional<qint64>(actual) : std::nullopt;
}

} // namespace vman::qemu
