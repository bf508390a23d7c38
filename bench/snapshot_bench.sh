#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 12 benchmark: a live snapshot (with memory) of the running test guest with 1 GiB of RAM,
#   vman:   POST /vms/{id}/snapshots (answers once QEMU's snapshot-save job has concluded);
#   manual: the same QEMU process, VMAN stopped (QEMU serves one QMP client), snapshot-save
#           issued by hand over its QMP socket and followed to JOB_STATUS_CHANGE "concluded".
# Each round's snapshot is deleted again. Medians and their ratio are reported.
# Usage: bench/snapshot_bench.sh [rounds, default 5]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
setup_all
install_packages curl python3
ROUNDS="${1:-5}"
WORK="$(mktemp -d /tmp/vsb.XXXXXX)"
GUEST="$("$ROOT/scripts/build_boot_disk.sh" "$BUILD_DIR/guest/vman-test-guest.qcow2" | tail -1)"
PORT=$((10000 + RANDOM % 9000))
server_pid=""
QEMU_PID=""
cleanup() {
    [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true
    [[ -n "$QEMU_PID" ]] && kill "$QEMU_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
api() { curl -sf "$@"; }

start_server() {
    VMAN_STORAGE_PATH="$WORK/s" VMAN_API_PORT="$PORT" VMAN_ACCEL=tcg VMAN_STARTER_IMAGE="$GUEST" \
        "$BUILD_DIR/vman" --server >>"$WORK/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.1; done
}
start_server
for _ in $(seq 100); do [[ "$(api "http://127.0.0.1:$PORT/images" | json 'len([i for i in d if i["state"]=="ready"])')" == 1 ]] && break; sleep 0.1; done
api -XPOST "http://127.0.0.1:$PORT/templates" -H 'content-type: application/json' -d '{"name":"b","cpu_count":1,"ram_amount":1}' >/dev/null
VM="$(api -XPOST "http://127.0.0.1:$PORT/vms" -H 'content-type: application/json' -d '{"template_name":"b","name":"snapbench"}' | json 'd["id"]')"
api -XPOST "http://127.0.0.1:$PORT/vms/$VM/actions/start" >/dev/null
for _ in $(seq 600); do api "http://127.0.0.1:$PORT/vms/$VM/console?tail=100000" | grep -q VMAN-GUEST-READY && break; sleep 0.2; done

vman_times=()
for i in $(seq "$ROUNDS"); do
    t=$(curl -sf -o /dev/null -w '%{time_total}' -XPOST "http://127.0.0.1:$PORT/vms/$VM/snapshots" -H 'content-type: application/json' -d "{\"name\":\"v$i\"}")
    vman_times+=("$t")
    api -XDELETE "http://127.0.0.1:$PORT/vms/$VM/snapshots/v$i" >/dev/null
done
SIZE="$(api -XPOST "http://127.0.0.1:$PORT/vms/$VM/snapshots" -H 'content-type: application/json' -d '{"name":"size"}' | json 'd["size"]')"
api -XDELETE "http://127.0.0.1:$PORT/vms/$VM/snapshots/size" >/dev/null
DEVICES=root # the VM's one writable image (BIOS, no data disks): what VMAN lists too
QEMU_PID="$(pgrep -f "qemu-system-x86_64 .*-uuid $VM" | head -1)"
# VMAN lets go of QMP when it stops (the VM keeps running).
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
QMP="$(tr '\0' '\n' </proc/"$QEMU_PID"/cmdline | grep -A1 '^-qmp$' | tail -1 | sed 's/^unix://; s/,.*//')"

manual_times=$(python3 - "$QMP" "$ROUNDS" "$DEVICES" <<'PY'
import json, socket, sys, time
path, rounds, devices = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(',')
s = socket.socket(socket.AF_UNIX); s.connect(path); f = s.makefile('rw')
def read(): return json.loads(f.readline())
read()
def cmd(name, args=None, until=None):
    # Answers once QEMU replied and, for a job, once it reported the job concluded.
    f.write(json.dumps({'execute': name, **({'arguments': args} if args else {})}) + '\n'); f.flush()
    replied, concluded = False, until is None
    while not (replied and concluded):
        m = read()
        if 'error' in m: raise SystemExit(m)
        if 'return' in m: replied = True
        if m.get('event') == 'JOB_STATUS_CHANGE' and m['data'].get('id') == until and m['data']['status'] == 'concluded': concluded = True
cmd('qmp_capabilities')
for i in range(rounds):
    t = time.time()
    cmd('snapshot-save', {'job-id': f'h{i}', 'tag': f'h{i}', 'vmstate': 'root', 'devices': devices}, until=f'h{i}')
    print(round(time.time() - t, 4))
    cmd('job-dismiss', {'id': f'h{i}'})
    cmd('snapshot-delete', {'job-id': f'd{i}', 'tag': f'h{i}', 'devices': devices}, until=f'd{i}')
    cmd('job-dismiss', {'id': f'd{i}'})
PY
)
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
V=$(median "${vman_times[@]}")
M=$(median $manual_times)
echo "live snapshot of a 1 GiB-RAM test guest (TCG; memory state $SIZE bytes), $ROUNDS rounds:"
echo "  vman (POST /vms/{id}/snapshots): median ${V} s   [${vman_times[*]}]"
echo "  by hand (QMP snapshot-save):     median ${M} s   [$(echo $manual_times)]"
echo "  ratio vman/by hand: $(python3 -c "print(round($V/$M, 2))") (goal <= 1.2)"
