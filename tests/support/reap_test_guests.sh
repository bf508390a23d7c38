#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs after every test that starts QEMU (a ctest fixture's cleanup, so also after one that failed
# or was killed at its timeout). QEMU daemonizes and outlives VMAN on purpose (VMAN adopts it
# again), so a test killed by ctest leaves its guest running, and one test that forgets to stop
# a guest leaves it for the next run. The tests carry VMAN_TEST_RUN=<build folder> in their
# environment and QEMU inherits it: every QEMU that still has it is stopped here, named, and
# fails this check, since a test should have stopped it.
# Usage: reap_test_guests.sh <build folder>
set -uo pipefail
marker="VMAN_TEST_RUN=$1"
# $1: pid. True if it is a QEMU of this test run.
marked() {
    local exe
    exe=$(readlink "/proc/$1/exe" 2>/dev/null) || return 1
    [[ "${exe##*/}" == qemu-system-* ]] || return 1
    tr '\0' '\n' <"/proc/$1/environ" 2>/dev/null | grep -qxF -- "$marker"
}
found=()
for dir in /proc/[0-9]*; do
    marked "${dir#/proc/}" && found+=("${dir#/proc/}")
done
# A guest a test has just told to quit may still be on its way out: it gets 10 s.
left=()
for _ in $(seq 1 100); do
    left=()
    for pid in "${found[@]}"; do marked "$pid" && left+=("$pid"); done
    ((${#left[@]} == 0)) && break
    sleep 0.1
done
((${#left[@]} == 0)) && { echo "no QEMU of this test run is left"; exit 0; }
for pid in "${left[@]}"; do
    echo "QEMU left running by a test: pid $pid: $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-400)"
    kill -TERM "$pid" 2>/dev/null
done
for _ in $(seq 1 50); do
    alive=0
    for pid in "${left[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    ((alive)) || break
    sleep 0.1
done
for pid in "${left[@]}"; do kill -KILL "$pid" 2>/dev/null; done
echo "${#left[@]} QEMU process(es) stopped; the test that started them should have" >&2
exit 1
