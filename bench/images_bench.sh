#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Image library benchmark (issue 9), each measured side by side with its baseline in one run:
#   1. download of a 1 GiB file from a local HTTP server: VMAN (streamed, hashed) vs `curl -o`,
#      and VMAN's peak RSS during it (streamed, not buffered: it must stay flat)
#   2. import of a 1 GiB image: VMAN (until `ready`, and until its sha256 is known) vs `cp`
# The third goal (create + first start from a 1 GiB image with a 20 GiB root disk, against the
# same QEMU command line by hand to QMP-ready) is part 4 of bench/qemu_bench.sh, measured in
# process so that no tool's start-up is counted.
# Usage: bench/images_bench.sh [rounds, default 3]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
setup_all
install_packages "${BENCH_PACKAGES[@]}" python3 bc
ROUNDS="${1:-3}"
WORK="$(mktemp -d /tmp/vib.XXXXXX)"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    pkill -f "$WORK" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
now() { date +%s.%N; }
ms() { echo "($2 - $1) * 1000" | bc -l | xargs printf '%.0f'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "preparing a 1 GiB image (every cluster allocated)..."
mkdir -p "$WORK/www"
dd if=/dev/urandom of="$WORK/base.raw" bs=1M count=1024 status=none
qemu-img convert -q -f raw -O qcow2 "$WORK/base.raw" "$WORK/www/base.qcow2"
rm -f "$WORK/base.raw"
SIZE=$(stat -c %s "$WORK/www/base.qcow2")

python3 -m http.server --bind 127.0.0.1 --directory "$WORK/www" 0 >"$WORK/http.log" 2>&1 &
PIDS+=($!)
until HTTP_PORT=$(grep -oP 'port \K\d+' "$WORK/http.log" 2>/dev/null); do sleep 0.05; done
URL="http://127.0.0.1:$HTTP_PORT/base.qcow2"

VMAN_LOG_DIR="$WORK/logs" VMAN_ACCEL=tcg VMAN_STARTER_IMAGE= "$BUILD_DIR/vman" --server --storage "$WORK/storage" --port 0 >"$WORK/vman.out" 2>&1 &
VMAN_PID=$!
PIDS+=($VMAN_PID)
until PORT=$(grep -oP 'listening on http://127\.0\.0\.1:\K\d+' "$WORK/vman.out" 2>/dev/null); do sleep 0.05; done
API="http://127.0.0.1:$PORT"
until curl -sf -o /dev/null "$API/health"; do sleep 0.05; done
post() { curl -sf -X POST "$API$1" -H 'Content-Type: application/json' -d "$2"; }
# The id of what a POST created, from its Location header (no JSON tool in the timed path: a
# python3 start costs ~180 ms here).
create() { curl -sf -o /dev/null -D - -X POST "$API$1" -H 'Content-Type: application/json' -d "$2" | grep -oiP '^location: /\w+/\K[0-9a-f-]+'; }
# Peak RSS, sampled with shell builtins only (a poll that spawns processes would take CPU from
# what is measured, on two cores).
PEAK=0
sample_rss() {
    local key value _
    while read -r key value _; do
        [[ "$key" == VmRSS: ]] && { ((value > PEAK)) && PEAK=$value; break; }
    done <"/proc/$VMAN_PID/status"
}
# Waits for the image's event, read from one /events stream (no polling of the API).
curl -sfN "$API/events" >"$WORK/events.log" &
PIDS+=($!)
wait_image() { # $1: id, $2: "ready", or "sha256" (its checksum is known)
    local pattern="\"image_id\":\"$1\".*\"state\":\"ready\""
    [[ "$2" == sha256 ]] && pattern="\"image_id\":\"$1\".*\"sha256\":\"[0-9a-f]{64}\".*\"state\":\"ready\""
    while ! grep -qE "$pattern" "$WORK/events.log"; do
        grep -qE "\"image_id\":\"$1\".*\"state\":\"error\"" "$WORK/events.log" && { echo "image $1 failed" >&2; exit 1; }
        sample_rss
        sleep 0.02
    done
}

echo
echo "== 1. download of $((SIZE / 1048576)) MiB from a local HTTP server ($ROUNDS rounds)"
curl_ms=(); vman_ms=()
sample_rss; idle=$PEAK; PEAK=0
for i in $(seq 1 "$ROUNDS"); do
    sync; t0=$(now); curl -sf -o "$WORK/curl.out" "$URL"; t1=$(now); rm -f "$WORK/curl.out"
    curl_ms+=("$(ms "$t0" "$t1")")
    t0=$(now)
    id=$(create /images "{\"name\":\"dl-$i\",\"url\":\"$URL\"}")
    wait_image "$id" ready
    t1=$(now)
    vman_ms+=("$(ms "$t0" "$t1")")
    curl -sf -o /dev/null -X DELETE "$API/images/$id"
done
c=$(printf '%s\n' "${curl_ms[@]}" | median); v=$(printf '%s\n' "${vman_ms[@]}" | median)
echo "curl -o: median $c ms ($(echo "$SIZE / 1048576 / ($c / 1000)" | bc -l | xargs printf '%.0f') MiB/s)"
echo "VMAN:    median $v ms ($(echo "$SIZE / 1048576 / ($v / 1000)" | bc -l | xargs printf '%.0f') MiB/s, SHA-256 included)"
echo "throughput ratio VMAN/curl: $(echo "$c / $v" | bc -l | xargs printf '%.2f') (goal >= 0.90)"
echo "VMAN RSS: idle $((idle / 1024)) MiB, peak during downloads $((PEAK / 1024)) MiB (+$(((PEAK - idle) / 1024)) MiB for a $((SIZE / 1048576)) MiB file)"

echo
echo "== 2. import of a $((SIZE / 1048576)) MiB image ($ROUNDS rounds, page cache warm for both)"
cp_ms=(); ready_ms=(); hashed_ms=()
cat "$WORK/www/base.qcow2" >/dev/null
for i in $(seq 1 "$ROUNDS"); do
    t0=$(now); cp "$WORK/www/base.qcow2" "$WORK/copy.qcow2"; sync -f "$WORK/copy.qcow2"; t1=$(now); rm -f "$WORK/copy.qcow2"
    cp_ms+=("$(ms "$t0" "$t1")")
    t0=$(now)
    id=$(create /images "{\"name\":\"imp-$i\",\"path\":\"$WORK/www/base.qcow2\"}")
    wait_image "$id" ready; t1=$(now)
    wait_image "$id" sha256; t2=$(now)
    ready_ms+=("$(ms "$t0" "$t1")"); hashed_ms+=("$(ms "$t0" "$t2")")
    curl -sf -o /dev/null -X DELETE "$API/images/$id"
done
c=$(printf '%s\n' "${cp_ms[@]}" | median); r=$(printf '%s\n' "${ready_ms[@]}" | median); h=$(printf '%s\n' "${hashed_ms[@]}" | median)
echo "cp (+ sync of the copy): median $c ms"
echo "VMAN until ready:        median $r ms (copy, fsync, header check, qemu-img info)"
echo "VMAN until sha256 known: median $h ms"
echo "speed ratio VMAN/cp (ready): $(echo "$c / $r" | bc -l | xargs printf '%.2f') (goal >= 0.90)"

