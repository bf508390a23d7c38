// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlockStats.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vman::qemu {

QList<BlockStats> blockStatsFrom(const QJsonValue &reply)
{
    QList<BlockStats> list;
    for (const QJsonValue &entry : reply.toArray()) {
        const QJsonObject object = entry.toObject();
        const QString node = object.value(QLatin1String("node-name")).toString();
        const QJsonObject stats = object.value(QLatin1String("stats")).toObject();
        if (node.isEmpty() || stats.isEmpty())
            continue;
        // "/machine/peripheral/rootdisk/virtio-backend": the id is the segment after "peripheral".
        const QStringList path = object.value(QLatin1String("qdev")).toString().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const qsizetype peripheral = path.indexOf(QStringLiteral("peripheral"));
        BlockStats s;
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

} // namespace vman::qemu
