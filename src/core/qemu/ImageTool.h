// SPDX-License-Identifier: GPL-3.0-or-later
// qemu-img, asynchronously: create, linked clone, full copy, info. Errors carry qemu-img's own
// message. The format is always given explicitly, never probed.
#pragma once

#include "ServiceError.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace vman {

class ImageTool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageTool)

public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit ImageTool(QString program, QObject *parent = nullptr);
    ~ImageTool() override;

    void create(const QString &path, qint64 sizeGiB, Callback<Done> done);
    // A qcow2 overlay whose backing file is `base` (qcow2): instant, the base must never change.
    // `sizeBytes` > 0 gives the overlay a larger virtual size than the base (in the same call).
    void linkedClone(const QString &base, const QString &overlay, Callback<Done> done, qint64 sizeBytes = 0);
    // An independent qcow2 copy of `base` (qcow2), with every allocated cluster.
    void fullCopy(const QString &base, const QString &destination, Callback<Done> done);
    // A qcow2 copy of `source` in `sourceFormat` ("raw" or "qcow2").
    void convertToQcow2(const QString &source, const QString &sourceFormat, const QString &destination, Callback<Done> done);
    // An independent qcow2 copy of `source` (qcow2, its backing chain flattened), telling how far
    // it got (0-100) as qemu-img reports it.
    void copyWithProgress(const QString &source, const QString &destination, std::function<void(double percent)> progress, Callback<Done> done);
    // The last "(12.34/100%)" in a piece of `qemu-img -p` output; nothing without one.
    static std::optional<double> progressFrom(const QByteArray &output);
    // Grows a qcow2 image to `bytes` (never shrinks: qemu-img refuses without --shrink).
    void grow(const QString &path, qint64 bytes, Callback<Done> done);
    // Internal snapshots of a qcow2 image not in use: create, apply (revert to), delete.
    enum class SnapshotAction { Create, Apply, Delete };
    void snapshot(const QString &path, SnapshotAction action, const QString &name, Callback<Done> done);
    // `qemu-img info --output=json`; `-U` so an image held by a running VM can be read.
    void info(const QString &path, Callback<QJsonObject> done);

    QString program() const { return m_program; }

private:
    // Runs qemu-img; `target` is removed again if the command fails (no half-made images).
    void run(const QStringList &arguments, const QString &target, Callback<QByteArray> done,
             std::function<void(const QByteArray &)> onOutput = nullptr);

    QString m_program;
};

} // namespace vman
