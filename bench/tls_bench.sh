#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# HTTPS benchmark, side by side in one run (issue 13): two `vman --server --dry-run` of the same
# build with the same 1000 VMs, one plain HTTP, one HTTPS (VMAN_API_TLS=auto), both on loopback
# with the same administrator token:
#   1. a new connection + GET /health, one after another (Python's http.client, one process, so
#      the client's own cost is the same for both): median and p90, TLS vs plain
#   2. keep-alive GET /vms (1000 VMs) throughput and p99, wrk -t1 -c10, alternating rounds: as
#      is, and with Accept-Encoding: gzip (what the window's QNetworkAccessManager, browsers and
#      curl --compressed send)
#   3. the ceiling any TLS layer has on this CPU: the server's one thread is busy all the time in
#      both cases, so HTTPS can at best add the cipher's own time to plain's time per request:
#      ceiling = t_plain / (t_plain + bytes / cipher speed), with the speed of the negotiated
#      cipher (AES-128-GCM, 16 KiB records) from `openssl speed` in the same run
# Usage: bench/tls_bench.sh [seconds per wrk round, default 10] [handshakes, default 300]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
setup_all
install_packages "${BENCH_PACKAGES[@]}"

DURATION="${1:-10}"
HANDSHAKES="${2:-300}"
WORK="$(mktemp -d /tmp/vman-tls-bench.XXXXXX)"
VMAN="$BUILD_DIR/vman"
TOKEN="bench-admin-token"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

# $1: name, $2..: extra environment. Started here (not in a subshell), so cleanup can stop it.
start_vman() {
    local name="$1"; shift
    env "$@" VMAN_API_TOKEN="$TOKEN" VMAN_LOG_DIR="$WORK/logs-$name" "$VMAN" --server --dry-run --storage "$WORK/$name" --port 0 >"$WORK/$name.out" 2>&1 &
    PIDS+=($!)
}
# $1: name. Prints the port once the server listens.
port_of() {
    local port=""
    for _ in $(seq 1 5000); do
        port=$(grep -oP 'INTEL listening on https?://127\.0\.0\.1:\K\d+' "$WORK/$1.out" || true)
        [[ -n "$port" ]] && { echo "$port"; return 0; }
        sleep 0.002
    done
    echo "vman ($1) did not start:" >&2; cat "$WORK/$1.out" >&2; exit 1
}

start_vman plain
start_vman tls VMAN_API_TLS=auto
PLAIN_PORT=$(port_of plain)
TLS_PORT=$(port_of tls)
CACERT="$WORK/tls/tls/api-cert.pem"
PLAIN="http://127.0.0.1:$PLAIN_PORT"
SECURE="https://127.0.0.1:$TLS_PORT"
AUTH=(-H "Authorization: Bearer $TOKEN")

echo "== populating 1000 VMs in each =="
for base in "$PLAIN" "$SECURE"; do
    curl -sf --cacert "$CACERT" "${AUTH[@]}" -o /dev/null -X POST "$base/templates" -H 'Content-Type: application/json' \
        -d '{"name":"small","cpu_count":2,"ram_amount":4}'
    seq 1 1000 | xargs -P 4 -I{} curl -sf --cacert "$CACERT" "${AUTH[@]}" -o /dev/null -X POST "$base/vms" \
        -H 'Content-Type: application/json' -d '{"template_name":"small","name":"vm-{}"}'
done
plain_bytes=$(curl -sf "${AUTH[@]}" "$PLAIN/vms" | wc -c)
tls_bytes=$(curl -sf --cacert "$CACERT" "${AUTH[@]}" "$SECURE/vms" | wc -c)
gzip_bytes=$(curl -sf "${AUTH[@]}" -H 'Accept-Encoding: gzip' "$PLAIN/vms" | wc -c)
echo "GET /vms: plain $plain_bytes bytes, HTTPS $tls_bytes bytes, gzip $gzip_bytes bytes"
echo "certificate: $(openssl x509 -in "$CACERT" -noout -fingerprint -sha256)"

echo
echo "== new connection + GET /health, $HANDSHAKES each, alternating =="
python3 - "$PLAIN_PORT" "$TLS_PORT" "$CACERT" "$TOKEN" "$HANDSHAKES" <<'PY'
import http.client, ssl, statistics, sys, time
plain_port, tls_port, cacert, token, count = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
context = ssl.create_default_context(cafile=cacert)
headers = {"Authorization": "Bearer " + token}
def once(secure):
    start = time.perf_counter()
    if secure:
        conn = http.client.HTTPSConnection("127.0.0.1", tls_port, context=context, timeout=10)
    else:
        conn = http.client.HTTPConnection("127.0.0.1", plain_port, timeout=10)
    conn.request("GET", "/health", headers=headers)
    response = conn.getresponse()
    response.read()
    conn.close()
    assert response.status == 200, response.status
    return (time.perf_counter() - start) * 1000
plain, secure = [], []
for i in range(count):
    plain.append(once(False))
    secure.append(once(True))
def summary(values):
    values = sorted(values)
    return statistics.median(values), values[int(len(values) * 0.9)]
pm, p90 = summary(plain)
tm, t90 = summary(secure)
print(f"plain HTTP: median {pm:.2f} ms, p90 {p90:.2f} ms")
print(f"HTTPS     : median {tm:.2f} ms, p90 {t90:.2f} ms  (handshake + request; {tm / pm:.1f}x plain)")
PY

run_wrk() { # $1 url, $2.. extra wrk arguments -> "rps p99"
    local out url="$1"; shift
    out=$(wrk -t1 -c10 -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$@" "$url")
    echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out")"
}

# Bytes per second AES-128-GCM encrypts in 16 KiB records (TLS's largest) on one core.
cipher_speed() {
    openssl speed -evp aes-128-gcm -bytes 16384 -seconds 2 2>/dev/null \
        | awk '$1 == "AES-128-GCM" { sub("k$", "", $2); printf "%.0f", $2 * 1000 }'
}
CIPHER_BPS=$(cipher_speed)
echo "AES-128-GCM (the cipher the server prefers), 16 KiB records: $(awk -v s="$CIPHER_BPS" 'BEGIN { printf "%.2f", s / 1e9 }') GB/s on one core"

# $1: label, $2: response bytes, $3..: extra wrk arguments. Plain and HTTPS alternate, two rounds each.
compare() {
    local label="$1" bytes="$2"; shift 2
    echo
    echo "== keep-alive GET /vms, 1000 VMs, $label (wrk -t1 -c10 -d${DURATION}s), alternating, 2 rounds each =="
    for round in 1 2; do
        read -r prps pp99 < <(run_wrk "$PLAIN/vms" "$@")
        read -r trps tp99 < <(run_wrk "$SECURE/vms" "$@")
        ratio=$(awk -v a="$trps" -v b="$prps" 'BEGIN { printf "%.2f", a / b }')
        ceiling=$(awk -v p="$prps" -v n="$bytes" -v s="$CIPHER_BPS" 'BEGIN { t = 1 / p; printf "%.2f", t / (t + n / s) }')
        printf 'round %d: plain %9s req/s p99 %8s | HTTPS %9s req/s p99 %8s | HTTPS/plain %s (goal >= 0.70; cipher-only ceiling %s)\n' \
            "$round" "$prps" "$pp99" "$trps" "$tp99" "$ratio" "$ceiling"
    done
}

compare "uncompressed ($plain_bytes bytes)" "$plain_bytes"
# What QNetworkAccessManager (the window), browsers and curl --compressed ask for.
compare "gzip ($gzip_bytes bytes, Accept-Encoding: gzip)" "$gzip_bytes" -H "Accept-Encoding: gzip"
