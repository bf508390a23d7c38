// SPDX-License-Identifier: GPL-3.0-or-later
// Turns what a serial console sends into plain text for a widget: ANSI escape sequences removed,
// CR LF and lone CR handled, backspace applied.
#pragma once

#include <QString>

namespace vman::terminal {

// Applies `bytes` to `screen` (the text so far) and returns the new text.
QString apply(const QString &screen, const QByteArray &bytes);
QString clean(const QByteArray &bytes);

} // namespace vman::terminal
