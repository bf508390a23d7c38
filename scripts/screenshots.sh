#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the main window, the new-VM dialog and a console window offscreen, with sample data and
# the real test guest, into docs/screenshots/*.png (shown in the README).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all
guest=$("$ROOT/scripts/build_boot_disk.sh")
mkdir -p "$ROOT/docs/screenshots"
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/scripts/screenshots/render_screenshots" "$ROOT/docs/screenshots" "$guest"
