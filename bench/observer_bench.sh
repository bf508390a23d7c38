#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# OBSERVER benchmark (issue 4): pass CPU time with 1000 dry-run VMs and with 20 running QEMUs,
# idle CPU share of vman --server with 20 VMs, and kill -9 -> SSE event latency.
# Usage: bench/observer_bench.sh [idle seconds, default 60]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
setup_all
WORK="$(mktemp -d /tmp/vob.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
"$BUILD_DIR/bench/observer_bench" "$BUILD_DIR/vman" "$WORK" "${1:-60}"
