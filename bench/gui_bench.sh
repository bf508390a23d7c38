#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop GUI benchmark (issue 5): launch to a populated window with 1000 VMs, its RSS, and 100
# state changes per second applied to the table (event loop lateness). Runs offscreen.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
setup_all
WORK="$(mktemp -d /tmp/vgb.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/bench/gui_bench" "$BUILD_DIR/vman" "$WORK"
