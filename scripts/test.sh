#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up (packages, build) and runs the whole test suite with ctest.
# Exits non-zero on any failure. Extra arguments go to ctest (e.g. -R api).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all
export QT_QPA_PLATFORM=offscreen
export VMAN_ACCEL=tcg
ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --timeout 600 "$@"
