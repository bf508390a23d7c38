#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 11 benchmark: from "start" to a successful `ssh` command in the test guest (TCG).
#   vman:   POST /vms/{id}/actions/start?wait=ready, then one ssh command;
#   manual: the same guest and the same seed (the ISO VMAN wrote), QEMU started by hand, and ssh
#           retried in a tight loop (every 0.2 s) until a command succeeds.
# Rounds alternate between the two; medians and their ratio are reported. Then seed creation.
# Usage: bench/cloudinit_bench.sh [rounds, default 5]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
setup_all
install_packages openssh-client curl python3
ROUNDS="${1:-5}"
WORK="$(mktemp -d /tmp/vcb.XXXXXX)"
GUEST="$("$ROOT/scripts/build_boot_disk.sh" "$BUILD_DIR/guest/vman-test-guest.qcow2" | tail -1)"
# Below Linux's ephemeral range (32768-60999): a client connection cannot hold these ports.
PORT=$((10000 + RANDOM % 9000))
SSH_PORT_MANUAL=$((PORT + 1))
server_pid=""
manual_pid=""
cleanup() {
    [[ -n "$manual_pid" ]] && kill "$manual_pid" 2>/dev/null || true
    [[ -n "$server_pid" ]] && { curl -s -XPOST "http://127.0.0.1:$PORT/vms/$VM/actions/stop" -H 'content-type: application/json' -d '{"force":true}' >/dev/null 2>&1 || true; kill "$server_pid" 2>/dev/null || true; }
    rm -rf "$WORK"
}
trap cleanup EXIT

ssh-keygen -q -t ed25519 -N "" -C bench -f "$WORK/id"
KEY="$(cat "$WORK/id.pub")"
SSH_OPTS=(-i "$WORK/id" -o BatchMode=yes -o ConnectTimeout=2 -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR)
now() { date +%s.%N; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

VMAN_STORAGE_PATH="$WORK/s" VMAN_API_PORT="$PORT" VMAN_ACCEL=tcg VMAN_STARTER_IMAGE="$GUEST" \
    "$BUILD_DIR/vman" --server >"$WORK/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.1; done
for _ in $(seq 100); do [[ "$(curl -s "http://127.0.0.1:$PORT/images" | json 'len([i for i in d if i["state"]=="ready"])')" == 1 ]] && break; sleep 0.1; done
curl -sf -XPOST "http://127.0.0.1:$PORT/templates" -H 'content-type: application/json' -d '{"name":"b","cpu_count":1,"ram_amount":1}' >/dev/null
VM="$(curl -sf -XPOST "http://127.0.0.1:$PORT/vms" -H 'content-type: application/json' \
    -d "{\"template_name\":\"b\",\"name\":\"bench\",\"cloud_init\":{\"ssh_authorized_keys\":[\"$KEY\"]}}" | json 'd["id"]')"
VM_SSH_PORT="$(curl -sf "http://127.0.0.1:$PORT/vms/$VM" | json 'd["ssh"]["port"]')"

vman_round() {
    local start ready done
    start=$(now)
    curl -sf -XPOST "http://127.0.0.1:$PORT/vms/$VM/actions/start?wait=ready&timeout=180" >/dev/null
    ready=$(now)
    ssh "${SSH_OPTS[@]}" -p "$VM_SSH_PORT" root@127.0.0.1 true
    done=$(now)
    curl -sf -XPOST "http://127.0.0.1:$PORT/vms/$VM/actions/stop" -H 'content-type: application/json' -d '{"force":true}' >/dev/null
    echo "$(echo "$done - $start" | bc) $(echo "$ready - $start" | bc)"
}

manual_round() {
    local start done
    rm -f "$WORK/overlay.qcow2" "$WORK/serial.log"
    qemu-img create -q -f qcow2 -b "$GUEST" -F qcow2 "$WORK/overlay.qcow2"
    start=$(now)
    qemu-system-x86_64 -nodefaults -no-user-config -machine q35 -accel tcg -cpu max -smp 1 -m 1024 \
        -vga std -display none -serial "file:$WORK/serial.log" \
        -blockdev "{\"driver\":\"qcow2\",\"node-name\":\"root\",\"file\":{\"driver\":\"file\",\"filename\":\"$WORK/overlay.qcow2\"}}" \
        -device virtio-blk-pci,drive=root,bootindex=0 \
        -device virtio-scsi-pci,id=scsi0 \
        -blockdev "{\"driver\":\"raw\",\"node-name\":\"seed\",\"read-only\":true,\"file\":{\"driver\":\"file\",\"filename\":\"$WORK/seed.iso\",\"read-only\":true}}" \
        -device scsi-cd,bus=scsi0.0,drive=seed \
        -netdev "user,id=net0,hostfwd=tcp:127.0.0.1:$SSH_PORT_MANUAL-:22" -device virtio-net-pci,netdev=net0 &
    manual_pid=$!
    until ssh "${SSH_OPTS[@]}" -p "$SSH_PORT_MANUAL" root@127.0.0.1 true 2>/dev/null; do
        kill -0 "$manual_pid" 2>/dev/null || { echo "the QEMU started by hand exited" >&2; exit 1; }
        sleep 0.2
    done
    done=$(now)
    kill "$manual_pid"; wait "$manual_pid" 2>/dev/null || true
    manual_pid=""
    echo "$(echo "$done - $start" | bc)"
}

# The seed VMAN writes for the VM, for the manual runs (same instance-id, same key).
curl -sf -XPOST "http://127.0.0.1:$PORT/vms/$VM/actions/start" >/dev/null
cp "$WORK/s/vms/$VM/seed.iso" "$WORK/seed.iso"
curl -sf -XPOST "http://127.0.0.1:$PORT/vms/$VM/actions/stop" -H 'content-type: application/json' -d '{"force":true}' >/dev/null

vman_times=(); ready_times=(); manual_times=()
for round in $(seq "$ROUNDS"); do
    read -r total ready < <(vman_round)
    manual=$(manual_round)
    vman_times+=("$total"); ready_times+=("$ready"); manual_times+=("$manual")
    echo "round $round: vman start?wait=ready + ssh ${total}s (ready answered at ${ready}s); by hand + ssh loop ${manual}s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mv=$(median "${vman_times[@]}"); mr=$(median "${ready_times[@]}"); mm=$(median "${manual_times[@]}")
echo "median: vman ${mv}s (wait=ready answered at ${mr}s), by hand ${mm}s, ratio vman/manual $(echo "scale=3; $mv / $mm" | bc) (goal <= 1.2)"
"$BUILD_DIR/bench/seed_bench" 200
