#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 12 benchmark: a live snapshot (with memory) of the running test guest with 1 GiB of RAM,
#   vman:   POST /vms/{id}/snapshots (answers once QEMU's snapshot-save job has concluded);
#   manual: the same QEMU process, VMAN stopped (QEMU serves one QMP client), snapshot-save
#           issued by hand over its QMP socket and followed to JOB_STATUS_CHANGE "concluded".
#   libvirt: virsh snapshot-create-as on a libvirt domain of the same image and memory size.
# Each round's snapshot is deleted again. Medians and their ratios are reported.
# Usage: bench/snapshot_bench.sh [rounds, default 5]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
setup_all
install_packages curl python3 bc
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
kill "$QEMU_PID" 2>/dev/null || true; QEMU_PID=""

# libvirt on the same guest image with the same memory: `virsh snapshot-create-as` (an internal
# snapshot with memory, as VMAN's). libvirtd needs the users its Debian system package would
# make (libvirt-qemu, groups kvm and libvirt-qemu): made here when missing, as that package's
# installation does; the daemons are started only if none runs, and stopped again after.
libvirt_times=""
libvirt_note=""
libvirt_bench() {
    install_packages libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients bc
    getent group kvm >/dev/null || groupadd --system kvm
    getent group libvirt-qemu >/dev/null || groupadd --system libvirt-qemu
    getent passwd libvirt-qemu >/dev/null || useradd --system --no-create-home --shell /usr/sbin/nologin -g kvm libvirt-qemu
    mkdir -p /var/log/libvirt /run/libvirt /var/lib/libvirt/qemu /var/cache/libvirt
    if ! pgrep -x virtlogd >/dev/null; then virtlogd -d && LIBVIRT_STARTED+=" virtlogd"; fi
    if ! pgrep -x libvirtd >/dev/null; then libvirtd -d && LIBVIRT_STARTED+=" libvirtd"; fi
    local virsh=(virsh -q -c qemu:///system)
    for _ in $(seq 50); do "${virsh[@]}" version >/dev/null 2>&1 && break; sleep 0.2; done
    qemu-img create -q -f qcow2 -b "$GUEST" -F qcow2 "$WORK/libvirt.qcow2"
    cat >"$WORK/libvirt.xml" <<XML
<domain type='qemu'>
  <name>vman-snapshot-bench</name>
  <memory unit='GiB'>1</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/></os>
  <features><acpi/></features>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='$WORK/libvirt.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <serial type='file'><source path='$WORK/libvirt-serial.log'/></serial>
  </devices>
</domain>
XML
    "${virsh[@]}" create "$WORK/libvirt.xml" >/dev/null || return 1
    LIBVIRT_DOMAIN=vman-snapshot-bench
    for _ in $(seq 600); do grep -q VMAN-GUEST-READY "$WORK/libvirt-serial.log" 2>/dev/null && break; sleep 0.2; done
    grep -q VMAN-GUEST-READY "$WORK/libvirt-serial.log" || return 1
    local i start
    for i in $(seq "$ROUNDS"); do
        start=$(date +%s.%N)
        "${virsh[@]}" snapshot-create-as "$LIBVIRT_DOMAIN" "l$i" >/dev/null || return 1
        libvirt_times+=" $(echo "$(date +%s.%N) - $start" | bc)"
        "${virsh[@]}" snapshot-delete "$LIBVIRT_DOMAIN" "l$i" >/dev/null || return 1
    done
}
LIBVIRT_STARTED=""
LIBVIRT_DOMAIN=""
if ! libvirt_bench >"$WORK/libvirt.log" 2>&1; then
    libvirt_note="did not run here: $(tail -1 "$WORK/libvirt.log")"
fi
[[ -n "$LIBVIRT_DOMAIN" ]] && virsh -q -c qemu:///system destroy "$LIBVIRT_DOMAIN" >/dev/null 2>&1
for daemon in $LIBVIRT_STARTED; do pkill -x "$daemon" || true; done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
V=$(median "${vman_times[@]}")
M=$(median $manual_times)
echo "live snapshot of a 1 GiB-RAM test guest (TCG; memory state $SIZE bytes), $ROUNDS rounds:"
echo "  vman (POST /vms/{id}/snapshots): median ${V} s   [${vman_times[*]}]"
echo "  by hand (QMP snapshot-save):     median ${M} s   [$(echo $manual_times)]"
echo "  ratio vman/by hand: $(python3 -c "print(round($V/$M, 2))") (goal <= 1.2)"
if [[ -n "$libvirt_times" ]]; then
    L=$(median $libvirt_times)
    echo "  libvirt (virsh snapshot-create-as, its own QEMU of the same image; includes starting virsh): median ${L} s   [$(echo $libvirt_times)]"
    echo "  ratio vman/libvirt: $(python3 -c "print(round($V/$L, 2))")"
else
    echo "  libvirt: $libvirt_note"
fi
