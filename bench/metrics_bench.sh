#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Statistics benchmark (issue 12): GET /metrics with 100 dry-run VMs next to GET /health, and the
# share of an OBSERVER pass that sampling the statistics takes with running test guests.
# Usage: bench/metrics_bench.sh [running guests, default 4]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
setup_all
GUEST="$("$ROOT/scripts/build_boot_disk.sh" "$BUILD_DIR/guest/vman-test-guest.qcow2" | tail -1)"
WORK="$(mktemp -d /tmp/vmb.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
QT_QPA_PLATFORM=offscreen VMAN_ACCEL=tcg "$BUILD_DIR/bench/metrics_bench" "$WORK" "$GUEST" "${1:-4}"
