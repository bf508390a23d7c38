#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A remote VMAN through the window's client library (issue 13): loading 1000 VMs over HTTPS and a
# state change reaching the mirror. See bench/remote_bench.cpp.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
setup_all
WORK="$(mktemp -d /tmp/vman-remote-bench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
"$BUILD_DIR/bench/remote_bench" "$WORK"
