#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One window, a remote host (issue 13): the window populated with 1000 VMs of a remote VMAN over
# HTTPS against the local window's time, and a server's state change reaching the remote window's
# table. See bench/window_hosts_bench.cpp.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
setup_all
WORK="$(mktemp -d /tmp/vman-window-hosts-bench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
"$BUILD_DIR/bench/window_hosts_bench" "$WORK"
