#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (in build-fuzz/) and runs each for a bounded time,
# starting from the seed corpus in fuzz/corpus. Fails on the first crash, leak or sanitizer
# report; the input that caused it is kept in build-fuzz/crashes/.
#   scripts/fuzz.sh [seconds-per-target] [target...]
# FUZZ_SECONDS sets the default time (60). For a long run: scripts/fuzz.sh 3600 fuzz_request_head
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

SECONDS_PER_TARGET="${1:-${FUZZ_SECONDS:-60}}"
shift || true
FUZZ_DIR="${VMAN_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
TARGETS=("$@")
if ((${#TARGETS[@]} == 0)); then
    TARGETS=(fuzz_request_head fuzz_request_body fuzz_router fuzz_qmp_lines fuzz_dotenv fuzz_terminal fuzz_image_header fuzz_checksums fuzz_cloud_init fuzz_guest_agent fuzz_sse)
fi

install_packages "${PACKAGES[@]}" "${FUZZ_PACKAGES[@]}"
install_swagger_ui
install_novnc
if [[ ! -f "$FUZZ_DIR/CMakeCache.txt" ]]; then
    log "configuring $FUZZ_DIR (clang, libFuzzer)"
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVMAN_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$FUZZ_DIR" -j2 --target "${TARGETS[@]}"

mkdir -p "$FUZZ_DIR/crashes" "$FUZZ_DIR/corpus"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
for target in "${TARGETS[@]}"; do
    # A working copy of the seeds: what the run learns stays in the build folder.
    work="$FUZZ_DIR/corpus/$target"
    mkdir -p "$work"
    cp -n "$ROOT/fuzz/corpus/$target/"* "$work/" 2>/dev/null || true
    log "fuzzing $target for ${SECONDS_PER_TARGET}s"
    if ! "$FUZZ_DIR/fuzzers/$target" -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$FUZZ_DIR/crashes/$target-" -print_final_stats=1 "$work" >"$FUZZ_DIR/$target.log" 2>&1; then
        tail -n 60 "$FUZZ_DIR/$target.log" >&2
        log "$target FAILED; the input is in $FUZZ_DIR/crashes/"
        exit 1
    fi
    grep -E "stat::number_of_executed_units|cov: " "$FUZZ_DIR/$target.log" | tail -n 2 >&2 || true
done
log "all fuzz targets ran clean"
