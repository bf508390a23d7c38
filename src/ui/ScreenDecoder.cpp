// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenDecoder.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace vman::ui {

void decodeScreen(QObject *receiver, QByteArray png, QSize size, std::function<void(const QImage &)> show)
{
    auto *watcher = new QFutureWatcher<QImage>(receiver);
    QObject::connect(watcher, &QFutureWatcher<QImage>::finished, receiver, [watcher, show = std::move(show)] {
        const QImage image = watcher->result();
        watcher->deleteLater();
        show(image);
    });
    watcher->setFuture(QtConcurrent::run([png = std::move(png), size] {
        const QImage image = QImage::fromData(png, "PNG");
        return image.isNull() || !size.isValid() ? image : image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }));
}

} // namespace vman::ui
