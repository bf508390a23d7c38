#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Graphical console benchmark (issue 10): keypress-to-echo latency, CPU with a guest that
# redraws, CPU on a static screen; the VNC view against the earlier screendump path, one run,
# real QEMU (TCG) with the test guest. Runs offscreen.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
setup_all
guest=$("$ROOT/scripts/build_boot_disk.sh" "$BUILD_DIR/guest/vman-test-guest.qcow2")
WORK="$(mktemp -d /tmp/vcb.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/bench/console_bench" "$guest" "$WORK"
