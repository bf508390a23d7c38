// SPDX-License-Identifier: GPL-3.0-or-later
// A VM screen frame (PNG from QMP screendump) decoded and scaled on a worker thread, so the
// window never stalls on a large frame.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QSize>

#include <functional>

namespace vman::ui {

// Calls `show` on `receiver`'s thread with the frame scaled to fit `size` (a null image if the
// bytes are not a PNG). Nothing is called once `receiver` is gone.
void decodeScreen(QObject *receiver, QByteArray png, QSize size, std::function<void(const QImage &)> show);

} // namespace vman::ui
