#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# INTEL benchmark, side by side in one run (issue 2):
#   1. start of `vman --server` to its first /health 200 (median of several starts)
#   2. GET /vms with 1000 VMs (dry-run) vs GET /_bench/vms-static, the same bytes served from
#      memory by the same server: requests/s and p99 at 10 connections (wrk, 1 thread)
#   3. idle RSS of `vman --server`, empty and with 1000 VMs
# Usage: bench/api_bench.sh [seconds per wrk round, default 10]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
setup_all
install_packages "${BENCH_PACKAGES[@]}"

DURATION="${1:-10}"
WORK="$(mktemp -d /tmp/vman-bench.XXXXXX)"
VMAN="$BUILD_DIR/vman"
PID=""
cleanup() { [[ -n "$PID" ]] && kill "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Starts vman on a free port; sets PID and PORT. $1: storage folder.
start_vman() {
    local storage="$1" log="$WORK/start.out"
    : >"$log"
    VMAN_LOG_DIR="$WORK/logs" VMAN_BENCH_ROUTES=1 "$VMAN" --server --dry-run --storage "$storage" --port 0 >"$log" 2>&1 &
    PID=$!
    PORT=""
    for _ in $(seq 1 2000); do
        PORT=$(grep -oP 'INTEL listening on http://127\.0\.0\.1:\K\d+' "$log" || true)
        [[ -n "$PORT" ]] && return 0
        sleep 0.001
    done
    echo "vman did not start:"; cat "$log"; exit 1
}

stop_vman() { kill -TERM "$PID"; wait "$PID" || true; PID=""; }

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

echo "== start to first /health 200 (10 starts, fresh storage each) =="
times=()
for i in $(seq 1 10); do
    t0=$(now_ms)
    VMAN_LOG_DIR="$WORK/logs" "$VMAN" --server --dry-run --storage "$WORK/s$i" --port 0 >"$WORK/s$i.out" 2>&1 &
    PID=$!
    port=""
    until [[ -n "$port" ]]; do port=$(grep -oP 'listening on http://127\.0\.0\.1:\K\d+' "$WORK/s$i.out" || true); done
    until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do :; done
    t1=$(now_ms)
    times+=($((t1 - t0)))
    stop_vman
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "start->health ms: ${times[*]}"
echo "median: ${sorted[5]} ms   (goal < 300 ms)"

echo
echo "== idle RSS, empty =="
start_vman "$WORK/main"
sleep 2
echo "RSS empty: $(( $(rss_kb "$PID") / 1024 )) MB (goal < 40 MB)"

echo
echo "== populating 1000 VMs =="
base="http://127.0.0.1:$PORT"
curl -sf -o /dev/null -X POST "$base/templates" -H 'Content-Type: application/json' -d '{"name":"small","cpu_count":2,"ram_amount":4}'
seq 1 1000 | xargs -P 4 -I{} curl -sf -o /dev/null -X POST "$base/vms" -H 'Content-Type: application/json' -d '{"template_name":"small","name":"vm-{}"}'
count=$(curl -sf "$base/vms" | grep -o '"template_name"' | wc -l)
echo "VMs: $count; GET /vms body: $(curl -sf "$base/vms" | wc -c) bytes"
[[ "$count" -eq 1000 ]] || { echo "expected 1000 VMs"; exit 1; }
cmp <(curl -sf "$base/vms") <(curl -sf "$base/_bench/vms-static") && echo "baseline serves identical bytes"
sleep 2
echo "RSS with 1000 VMs: $(( $(rss_kb "$PID") / 1024 )) MB"

run_wrk() { # $1 path -> "rps p99"
    local out
    out=$(wrk -t1 -c10 -d"${DURATION}s" --latency "$base$1")
    local rps p99
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    echo "$rps $p99"
}

echo
echo "== GET /vms vs in-memory baseline (wrk -t1 -c10 -d${DURATION}s), alternating, 2 rounds each =="
for round in 1 2; do
    read -r vrps vp99 < <(run_wrk /vms)
    read -r brps bp99 < <(run_wrk /_bench/vms-static)
    ratio=$(awk -v a="$vrps" -v b="$brps" 'BEGIN { printf "%.2f", a / b }')
    printf 'round %d: /vms %10s req/s p99 %8s | baseline %10s req/s p99 %8s | ratio %s (goal >= 0.70)\n' \
        "$round" "$vrps" "$vp99" "$brps" "$bp99" "$ratio"
done
stop_vman
