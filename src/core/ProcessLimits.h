// SPDX-License-Identifier: GPL-3.0-or-later
// Limits of the VMAN process itself.
#pragma once

namespace vman {

// Raises the soft open-files limit to the hard one (a server holds a descriptor per API client,
// QMP and serial socket). Returns the soft limit in force afterwards.
long raiseOpenFilesLimit();

} // namespace vman
