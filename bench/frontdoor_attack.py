#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The attacks of issue 8 on a running `vman --server`, all at once, while a prober measures
# /health. Prints one line per attack with what the server answered, then the prober's figures.
# Usage: frontdoor_attack.py <port> <token> <seconds> probe|attack
#   probe: only the /health prober (its own process, so the attackers' threads do not delay it);
#   attack: only the attacks.
import socket
import sys
import threading
import time

PORT = int(sys.argv[1])
TOKEN = sys.argv[2]
SECONDS = float(sys.argv[3])
MODE = sys.argv[4]
HOST = "127.0.0.1"
AUTH = f"Authorization: Bearer {TOKEN}\r\n".encode()
deadline = time.monotonic() + SECONDS
results = {}
lock = threading.Lock()


def note(name, what):
    with lock:
        results.setdefault(name, []).append(what)


def connect(timeout=10):
    s = socket.create_connection((HOST, PORT), timeout=timeout)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    return s


def status_of(s):
    try:
        data = s.recv(200)
        return data.split(b"\r\n", 1)[0].decode(errors="replace") if data else "closed"
    except (socket.timeout, ConnectionError) as e:
        return type(e).__name__


def big_body(name, declared, send, with_token):
    """Declares `declared` bytes, streams up to `send` of them."""
    try:
        s = connect()
        head = f"POST /templates HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: application/json\r\nContent-Length: {declared}\r\n".encode()
        s.sendall(head + (AUTH if with_token else b"") + b"\r\n")
        chunk = b" " * 65536
        sent = 0
        s.settimeout(0.5)
        while sent < send and time.monotonic() < deadline:
            try:
                s.sendall(chunk)
                sent += len(chunk)
            except (socket.timeout, ConnectionError, BrokenPipeError):
                break
        s.settimeout(5)
        note(name, status_of(s))
        s.close()
    except OSError as e:
        note(name, f"error {e}")


def stall_after(name, declared, send):
    try:
        s = connect()
        s.sendall(f"POST /templates HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: application/json\r\nContent-Length: {declared}\r\n".encode() + AUTH + b"\r\n")
        s.settimeout(0.2)
        sent = 0
        while sent < send:
            try:
                s.sendall(b" " * 65536)
                sent += 65536
            except (socket.timeout, ConnectionError, BrokenPipeError):
                break
        s.settimeout(5)
        note(name, status_of(s))
        while time.monotonic() < deadline:  # stall
            time.sleep(0.2)
        s.close()
    except OSError as e:
        note(name, f"error {e}")


def endless_head(name, prefix):
    try:
        s = connect()
        s.sendall(prefix)
        s.settimeout(0.2)
        sent = 0
        while sent < 200 * 1024 * 1024 and time.monotonic() < deadline:
            try:
                s.sendall(b"a" * 65536)
                sent += 65536
            except (socket.timeout, ConnectionError, BrokenPipeError):
                break
        s.settimeout(5)
        note(name, status_of(s) + f" after {sent // 1024} KiB sent")
    except OSError as e:
        note(name, f"error {e}")


def pipelined_never_read(name):
    try:
        s = connect()
        one = f"GET /docs/swagger-ui-bundle.js HTTP/1.1\r\nHost: {HOST}\r\n".encode() + AUTH + b"\r\n"
        data = one * (52 * 1024 // len(one) + 1)
        s.settimeout(1)
        try:
            s.sendall(data)
        except (socket.timeout, ConnectionError):
            pass
        while time.monotonic() < deadline:
            time.sleep(0.2)
        note(name, "held without reading")
        s.close()
    except OSError as e:
        note(name, f"error {e}")


def smuggle(name, head):
    try:
        s = connect()
        s.sendall(head)
        s.settimeout(5)
        data = b""
        while True:
            try:
                part = s.recv(4096)
            except (socket.timeout, ConnectionError):
                break
            if not part:
                break
            data += part
        answers = data.count(b"HTTP/1.1 ")
        note(name, data.split(b"\r\n", 1)[0].decode(errors="replace") + f", {answers} answer(s)")
    except OSError as e:
        note(name, f"error {e}")


def slowloris(name, n):
    socks = []
    for _ in range(n):
        try:
            s = connect(timeout=2)
            s.sendall(f"GET /health HTTP/1.1\r\nHost: {HOST}\r\n".encode())
            socks.append(s)
        except OSError:
            break
    closed = 0
    while time.monotonic() < deadline and socks:
        for s in list(socks):
            try:
                s.sendall(b"X-a: b\r\n")
            except OSError:
                socks.remove(s)
                closed += 1
        time.sleep(1)
    note(name, f"{n} opened, {closed} closed by the server")
    for s in socks:
        s.close()


def idle(name, n):
    socks = []
    for _ in range(n):
        try:
            socks.append(connect(timeout=2))
        except OSError:
            break
    while time.monotonic() < deadline:
        time.sleep(0.5)
    note(name, f"{len(socks)} opened")
    for s in socks:
        s.close()


def sse_never_read(name, n):
    socks = []
    answers = {}
    for _ in range(n):
        try:
            s = connect(timeout=2)
            s.sendall(f"GET /events HTTP/1.1\r\nHost: {HOST}\r\n".encode() + AUTH + b"\r\n")
            socks.append(s)
        except OSError:
            break
    time.sleep(1)
    for s in socks:
        s.settimeout(0.5)
        st = status_of(s)
        answers[st] = answers.get(st, 0) + 1
    while time.monotonic() < deadline:
        time.sleep(0.5)
    note(name, ", ".join(f"{v}x {k}" for k, v in sorted(answers.items())))
    for s in socks:
        s.close()


latencies = []


def prober():
    req = f"GET /health HTTP/1.1\r\nHost: {HOST}\r\n".encode() + AUTH + b"Connection: close\r\n\r\n"
    failures = 0
    while time.monotonic() < deadline:
        t0 = time.monotonic()
        try:
            s = socket.create_connection((HOST, PORT), timeout=5)
            s.sendall(req)
            data = b""
            while b"\r\n\r\n" not in data:
                part = s.recv(4096)
                if not part:
                    break
                data += part
            s.close()
            if data.startswith(b"HTTP/1.1 200"):
                latencies.append((time.monotonic() - t0) * 1000)
            else:
                failures += 1
        except OSError:
            failures += 1
        time.sleep(0.02)
    note("prober", f"{len(latencies)} ok, {failures} failed")


threads = [threading.Thread(target=prober)] if MODE == "probe" else []
if MODE == "attack":
    threads += [threading.Thread(target=big_body, args=("300 MiB body, no token", 300 << 20, 300 << 20, False))]
    threads += [threading.Thread(target=big_body, args=("256 MiB body with token", 256 << 20, 256 << 20, True)) for _ in range(4)]
    threads += [threading.Thread(target=stall_after, args=("declare 64 MiB, send 8, stall", 64 << 20, 8 << 20)) for _ in range(100)]
    threads += [threading.Thread(target=endless_head, args=("unterminated 200 MiB header", f"GET /health HTTP/1.1\r\nHost: {HOST}\r\nX-Big: ".encode()))]
    threads += [threading.Thread(target=endless_head, args=("unterminated 200 MiB URL", b"GET /"))]
    threads += [threading.Thread(target=pipelined_never_read, args=("52 kB pipelined bundle GETs, never read",))]
    many = b"DELETE /templates/x HTTP/1.1\r\nHost: 127.0.0.1\r\n" + AUTH + b"Content-Length: 0\r\n\r\n"
    fields = b"".join(b"X-F%d: v\r\n" % i for i in range(120))
    threads += [threading.Thread(target=smuggle, args=("120 fields + smuggled DELETE", b"POST /templates HTTP/1.1\r\nHost: 127.0.0.1\r\n" + AUTH + fields + b"Content-Length: %d\r\n\r\n" % len(many) + many))]
    threads += [threading.Thread(target=smuggle, args=("two Content-Lengths", b"POST /templates HTTP/1.1\r\nHost: 127.0.0.1\r\n" + AUTH + b"Content-Type: application/json\r\nContent-Length: 0\r\nContent-Length: %d\r\n\r\n" % len(many) + many))]
    threads += [threading.Thread(target=smuggle, args=("negative Content-Length", b"POST /templates HTTP/1.1\r\nHost: 127.0.0.1\r\n" + AUTH + b"Content-Length: -1\r\n\r\n" + many))]
    threads += [threading.Thread(target=slowloris, args=("slowloris x100", 100))]
    threads += [threading.Thread(target=idle, args=("idle connections x300", 300))]
    threads += [threading.Thread(target=sse_never_read, args=("500 SSE clients never reading", 500))]
for t in threads:
    t.start()
for t in threads:
    t.join()

for name in sorted(results):
    values = results[name]
    shown = {}
    for v in values:
        shown[v] = shown.get(v, 0) + 1
    print(f"{name}: " + "; ".join(f"{c}x {v}" if c > 1 else v for v, c in shown.items()))
lat = sorted(latencies)
if lat:
    def pct(p):
        return lat[min(len(lat) - 1, int(p * len(lat)))]
    print(f"HEALTH p50={pct(0.5):.2f} p99={pct(0.99):.2f} max={lat[-1]:.2f} n={len(lat)}")
