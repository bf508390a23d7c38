// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnusedBases.h"

#include "images/FileTransfer.h"
#include "images/ImageHeader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <optional>

namespace vman::qemu {

QStringList unusedBases(const QStringList &bases, const QStringList &roots, const QHash<QString, QString> &backingOf)
{
    QSet<QString> used;
    for (const QString &root : roots) {
        // Follow the chain; a loop (a damaged header) ends it.
        QString next = backingOf.value(root);
        while (!next.isEmpty() && !used.contains(next)) {
            used.insert(next);
            next = backingOf.value(next);
        }
    }
    QStringList unused;
    for (const QString &base : bases) {
        if (!used.contains(base))
            unused.append(base);
    }
    return unused;
}

namespace {

// Empty when it has none; nothing when its header cannot be read (then nothing is judged unused).
std::optional<QString> backingFile(const QString &path)
{
    const Result<QByteArray> head = images::readHead(path, images::kHeaderBytes);
    if (!head.ok())
        return std::nullopt;
    const images::ImageHeader header = images::readImageHeader(head.value(), QFileInfo(path).size());
    if (header.kind != images::ImageHeader::Kind::Qcow2 || !header.problem.isEmpty() || (header.hasBackingFile && header.backingFile.isEmpty()))
        return std::nullopt;
    if (!header.hasBackingFile)
        return QString();
    // Relative names are relative to the image's own folder, as QEMU reads them.
    return QFileInfo(QFileInfo(path).absoluteDir(), header.backingFile).absoluteFilePath();
}

} // namespace

QStringList findUnusedBases(const QString &vmsDir, const QString &basesDir)
{
    QStringList bases;
    for (const QFileInfo &file : QDir(basesDir).entryInfoList({QStringLiteral("*.qcow2")}, QDir::Files))
        bases.append(file.absoluteFilePath());
    if (bases.isEmpty())
        return {};
    QHash<QString, QString> backingOf;
    QStringList roots;
    for (const QFileInfo &vm : QDir(vmsDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString root = vm.absoluteFilePath() + QLatin1String("/root.qcow2");
        if (!QFileInfo::exists(root)) {
            // A VM that ran (it has a qemu.log) but lost its root disk may get it back from a
            // backup, and that may read a base: none is judged until it is back or deleted.
            if (QFileInfo::exists(vm.absoluteFilePath() + QLatin1String("/qemu.log")))
                return {};
            continue; // never ran, or its root disk is being made
        }
        roots.append(root);
        const auto backing = backingFile(root);
        if (!backing)
            return {}; // a root disk that cannot be read might use any base: none is judged
        backingOf.insert(root, *backing);
    }
    for (const QString &base : std::as_const(bases)) {
        const auto backing = backingFile(base);
        if (!backing)
            return {};
        backingOf.insert(base, *backing);
    }
    return unusedBases(bases, roots, backingOf);
}

} // namespace vman::qemu
