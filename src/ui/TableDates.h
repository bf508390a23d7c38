// SPDX-License-Identifier: GPL-3.0-or-later
// How the tables show when something was made: the date in the column (the time of day made the
// column as wide as the name beside it), the full local time in its tool tip, the instant to sort.
#pragma once

#include <QDateTime>
#include <QVariant>

namespace vman::ui {

// The value of a "Created"/"Added" cell for the role asked; a null QVariant for roles it has none.
// sortRole is the model's own role for sorting.
QVariant dateCell(const QDateTime &at, int role, int sortRole);

} // namespace vman::ui
