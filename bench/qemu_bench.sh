#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# OPERATOR benchmark (issue 3): start latency via the API vs the same QEMU command line by hand,
# force stop, create-to-first-start with a 1 GiB default boot disk (linked vs full copy), and
# (issue 9) create + first start from a 1 GiB library image with a 20 GiB root disk vs by hand.
# Usage: bench/qemu_bench.sh [rounds, default 10]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
setup_all
ROUNDS="${1:-10}"
WORK="$(mktemp -d /tmp/vqb.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

# A 1 GiB boot disk with every cluster allocated (random data), so a full copy copies 1 GiB.
echo "preparing a 1 GiB base image..."
dd if=/dev/urandom of="$WORK/base.raw" bs=1M count=1024 status=none
qemu-img convert -q -f raw -O qcow2 "$WORK/base.raw" "$WORK/base.qcow2"
rm -f "$WORK/base.raw"

"$BUILD_DIR/bench/qemu_start_bench" "$BUILD_DIR/vman" "$WORK/base.qcow2" "$WORK" "$ROUNDS"
