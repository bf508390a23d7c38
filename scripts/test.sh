#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up (packages, build) and runs the whole test suite with ctest, then the same
# suite built with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/), then every fuzz
# target for a bounded time (scripts/fuzz.sh). Exits non-zero on any failure or sanitizer report.
# Extra arguments go to ctest (e.g. -R api).
#   VMAN_TEST_SANITIZE=0  skip the sanitizer build      VMAN_TEST_FUZZ=0  skip the fuzz runs
#   FUZZ_SECONDS=N        seconds per fuzz target (45)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all
install_packages "${TEST_PACKAGES[@]}"
install_promtool
export VMAN_PROMTOOL="$PROMTOOL"
export QT_QPA_PLATFORM=offscreen
export VMAN_ACCEL=tcg

log "test suite ($BUILD_DIR)"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --timeout 600 "$@"

if [[ "${VMAN_TEST_SANITIZE:-1}" != 0 ]]; then
    ASAN_DIR="${VMAN_ASAN_BUILD_DIR:-$ROOT/build-asan}"
    if [[ ! -f "$ASAN_DIR/CMakeCache.txt" ]]; then
        log "configuring $ASAN_DIR (AddressSanitizer + UndefinedBehaviorSanitizer)"
        cmake -S "$ROOT" -B "$ASAN_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVMAN_SANITIZE=ON >/dev/null
    fi
    cmake --build "$ASAN_DIR" -j2
    log "test suite under the sanitizers ($ASAN_DIR)"
    # Any report fails its test: leaks included (LeakSanitizer), and UBSan stops at the first finding.
    ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        ctest --test-dir "$ASAN_DIR" --output-on-failure -j2 --timeout 900 "$@"
fi

if [[ "${VMAN_TEST_FUZZ:-1}" != 0 && $# -eq 0 ]]; then
    "$ROOT/scripts/fuzz.sh" "${FUZZ_SECONDS:-45}"
fi
