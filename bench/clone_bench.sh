#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 12 benchmark: a full clone of a VM whose root disk holds 1 GiB of data, against `cp` of
# the same file. vman: POST /vms/{id}/clone (full) until vm.cloned on the event stream;
# cp: the root disk's qcow2 file copied with cp. Rounds alternate which goes first; medians, throughputs and their
# ratio are reported (goal: vman >= 0.9x of cp's throughput).
# Usage: bench/clone_bench.sh [rounds, default 3]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
setup_all
install_packages curl python3 qemu-utils bc
ROUNDS="${1:-3}"
WORK="$(mktemp -d /tmp/vclb.XXXXXX)"
GUEST="$("$ROOT/scripts/build_boot_disk.sh" "$BUILD_DIR/guest/vman-test-guest.qcow2" | tail -1)"
PORT=$((10000 + RANDOM % 9000))
server_pid=""
events_pid=""
cleanup() {
    [[ -n "$events_pid" ]] && kill "$events_pid" 2>/dev/null || true
    [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true
    [[ -n "${KEEP_WORK:-}" ]] && echo "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
api() { curl -sf "$@"; }
now() { date +%s.%N; }

# At debug level the log has each qemu-img run with its duration: the copy's own share.
# VMAN_CLONE_MODE=full: the VM's root disk is a standalone image (not an overlay on the starter
# image), so VMAN's copy and cp copy the same bytes; an overlay is flattened by qemu-img convert
# instead (VMAN_CLONE_MODE=linked here measures that).
VMAN_CLONE_MODE="${VMAN_CLONE_MODE:-full}" VMAN_LOG_LEVEL=DEBUG VMAN_STORAGE_PATH="$WORK/s" VMAN_API_PORT="$PORT" VMAN_ACCEL=tcg VMAN_STARTER_IMAGE="$GUEST" \
    "$BUILD_DIR/vman" --server >"$WORK/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.1; done
for _ in $(seq 100); do [[ "$(api "http://127.0.0.1:$PORT/images" | json 'len([i for i in d if i["state"]=="ready"])')" == 1 ]] && break; sleep 0.1; done
api -XPOST "http://127.0.0.1:$PORT/templates" -H 'content-type: application/json' -d '{"name":"b","cpu_count":1,"ram_amount":1}' >/dev/null
VM="$(api -XPOST "http://127.0.0.1:$PORT/vms" -H 'content-type: application/json' -d '{"template_name":"b","name":"clonebench","disk_size":2}' | json 'd["id"]')"
# One start makes its root disk; then 1 GiB of data goes into it (not zeros: every cluster allocated).
api -XPOST "http://127.0.0.1:$PORT/vms/$VM/actions/start" >/dev/null
api -XPOST "http://127.0.0.1:$PORT/vms/$VM/actions/stop" -H 'content-type: application/json' -d '{"force":true}' >/dev/null
curl -sN "http://127.0.0.1:$PORT/events" >"$WORK/events" &
events_pid=$!
ROOT_DISK="$WORK/s/vms/$VM/root.qcow2"
qemu-io -f qcow2 -c "write -P 0x5a 0 1G" "$ROOT_DISK" >/dev/null
BYTES=$(stat -c %s "$ROOT_DISK")

vman_times=()
cp_times=()
# Each timed copy starts from the same state: the previous copy's dirty pages written back
# (sync, not timed), and the two take turns going first.
time_cp() {
    sync
    local start
    start=$(now)
    cp "$ROOT_DISK" "$WORK/cp-$1.qcow2"
    cp_times+=("$(echo "$(now) - $start" | bc)")
    rm -f "$WORK/cp-$1.qcow2"
}
time_clone() {
    sync
    local start clone
    start=$(now)
    clone="$(api -XPOST "http://127.0.0.1:$PORT/vms/$VM/clone" -H 'content-type: application/json' -d "{\"name\":\"c$1\"}" | json 'd["id"]')"
    # Done when the event stream says so (polling GET /vms with a python per look cost more
    # than the copy's resolution).
    for _ in $(seq 12000); do
        grep -F '"vm.cloned"' "$WORK/events" | grep -qF "$clone" && break
        sleep 0.01
    done
    if ! grep -F '"vm.cloned"' "$WORK/events" | grep -qF "$clone"; then
        echo "clone $1 did not finish:" >&2
        grep -F "$clone" "$WORK/events" | tail -3 >&2
        exit 1
    fi
    vman_times+=("$(echo "$(now) - $start" | bc)")
    api -XDELETE "http://127.0.0.1:$PORT/vms/$clone" >/dev/null
}
for i in $(seq "$ROUNDS"); do
    if ((i % 2)); then
        time_cp "$i"
        time_clone "$i"
    else
        time_clone "$i"
        time_cp "$i"
    fi
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
V=$(median "${vman_times[@]}")
C=$(median "${cp_times[@]}")
echo "full clone of a root disk holding 1 GiB of data ($BYTES bytes of qcow2), $ROUNDS rounds:"
echo "  vman (POST /vms/{id}/clone until vm.cloned): median ${V} s = $(python3 -c "print(round($BYTES/$V/2**20))") MiB/s   [${vman_times[*]}]"
echo "  cp of the same file:                         median ${C} s = $(python3 -c "print(round($BYTES/$C/2**20))") MiB/s   [${cp_times[*]}]"
if grep -q 'qemu-img convert -p .* ok' "$WORK/server.log"; then
    CONVERT=$(median $(grep -o 'qemu-img convert -p .* ok [0-9]* ms' "$WORK/server.log" | awk '{print $(NF-1)/1000}'))
    echo "    copied by qemu-img convert (an overlay, flattened); convert itself (VMAN's log): median ${CONVERT} s"
else
    echo "    copied byte for byte (a standalone image: reflink or copy_file_range, as cp)"
fi
echo "  throughput ratio vman/cp: $(python3 -c "print(round($C/$V, 2))") (goal >= 0.9)"
