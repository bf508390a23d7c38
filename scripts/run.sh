#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up on a fresh Debian 12 machine (packages, build) and starts vman.
#   scripts/run.sh             the desktop application
#   scripts/run.sh --server    headless: REST API and core only
# Any other arguments are passed to vman (see: scripts/run.sh --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all
exec "$BUILD_DIR/vman" "$@"
