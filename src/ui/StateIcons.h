// SPDX-License-Identifier: GPL-3.0-or-later
// Icons drawn in code, so VMAN looks right without a desktop icon theme: a coloured dot per VM
// state, and a spinner frame for transitions.
#pragma once

#include "Types.h"

#include <QColor>
#include <QIcon>

namespace vman::ui {

// The state's name as the window shows it (translated; the API keeps the English names).
QString stateText(VmState state);
QColor stateColor(VmState state);
QIcon stateIcon(VmState state);
// One frame of a spinner (frame 0..7), for starting/stopping rows.
QIcon busyIcon(int frame);
// A theme icon when the desktop has one, otherwise a bundled or drawn fallback.
QIcon themedIcon(const QString &themeName, const QString &fallbackLetter, const QColor &color);

} // namespace vman::ui
