#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Front door benchmark (issue 8), side by side in one run: a token-protected `vman --server`
# (dry-run), first quiet, then under every attack of the issue at once (huge bodies, stalled
# bodies, unterminated heads, pipelined reads that are never read, smuggling attempts, slowloris,
# idle floods, 500 event streams that never read). Reports peak RSS and /health latency for both.
# Goals: the attacks raise peak RSS by < 50 MB; /health p99 stays < 20 ms.
# Usage: bench/frontdoor_bench.sh [seconds per phase, default 15]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
setup_all
install_packages "${BENCH_PACKAGES[@]}" python3

SECONDS_PER_PHASE="${1:-15}"
WORK="$(mktemp -d /tmp/vman-frontdoor.XXXXXX)"
PID=""
cleanup() { [[ -n "$PID" ]] && kill "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
TOKEN="bench-$RANDOM$RANDOM"

VMAN_LOG_DIR="$WORK/logs" VMAN_API_TOKEN="$TOKEN" "$BUILD_DIR/vman" --server --dry-run \
    --storage "$WORK/storage" --port 0 >/dev/null 2>"$WORK/err" &
PID=$!
PORT=""
for _ in $(seq 1 500); do
    PORT=$(grep -oP 'INTEL listening on http://127\.0\.0\.1:\K\d+' "$WORK/logs/vman.log" 2>/dev/null || true)
    [[ -n "$PORT" ]] && break
    sleep 0.01
done
[[ -n "$PORT" ]] || { cat "$WORK/err"; exit 1; }

hwm_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$PID/status"; }
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$PID/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }

echo "== quiet: /health only, ${SECONDS_PER_PHASE}s =="
python3 "$(dirname "$0")/frontdoor_attack.py" "$PORT" "$TOKEN" "$SECONDS_PER_PHASE" probe | tee "$WORK/quiet.txt"
QUIET_PEAK=$(hwm_kb)
echo "peak RSS after the quiet phase: $((QUIET_PEAK / 1024)) MB (current $(( $(rss_kb) / 1024 )) MB)"

echo
echo "== under attack: everything at once, ${SECONDS_PER_PHASE}s =="
T0=$(cpu_ticks)
python3 "$(dirname "$0")/frontdoor_attack.py" "$PORT" "$TOKEN" "$SECONDS_PER_PHASE" attack >"$WORK/attackers.txt" &
ATTACKERS=$!
sleep 0.5 # the floods are under way
python3 "$(dirname "$0")/frontdoor_attack.py" "$PORT" "$TOKEN" "$SECONDS_PER_PHASE" probe >"$WORK/attack.txt"
wait "$ATTACKERS"
cat "$WORK/attackers.txt" "$WORK/attack.txt"
T1=$(cpu_ticks)
ATTACK_PEAK=$(hwm_kb)
echo "peak RSS after the attacks: $((ATTACK_PEAK / 1024)) MB (current $(( $(rss_kb) / 1024 )) MB); CPU $(( (T1 - T0) ))0 ms"

echo
q=$(grep -oP 'p99=\K[0-9.]+' "$WORK/quiet.txt"); a=$(grep -oP 'p99=\K[0-9.]+' "$WORK/attack.txt")
echo "== side by side =="
printf '%-28s %12s %12s\n' "" quiet attack
printf '%-28s %12s %12s\n' "peak RSS (MB)" "$((QUIET_PEAK / 1024))" "$((ATTACK_PEAK / 1024))"
printf '%-28s %12s %12s\n' "/health p99 (ms)" "$q" "$a"
echo "peak RSS raised by $(( (ATTACK_PEAK - QUIET_PEAK) / 1024 )) MB (goal < 50 MB); /health p99 under attack $a ms (goal < 20 ms)"
curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/templates" >/dev/null && echo "server still answers"
