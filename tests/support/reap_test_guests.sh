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
left=()
for dir in /proc/[0-9]*; do
    exe=$(readlink "$dir/exe" 2>/dev/null) || continue
    [[ "${exe##*/}" == qemu-system-* ]] || continue
    tr '\0' '\n' <"$dir/environ" 2>/dev/null | grep -qxF -- "$marker" || continue
    pid="${dir#/proc/}"
    echo "QEMU left running by a test: pid $pid: $(tr '\0' ' ' <"$dir/cmdline" 2>/dev/null | cut -c1-400)"
    kill -TERM "$pid" 2>/dev/null
    left+=("$pid")
done
((${#left[@]} == 0)) && { echo "no QEMU of this test run is left"; exit 0; }
for _ in $(seq 1 50); do
    alive=0
    for pid in "${left[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    ((alive)) || break
    sleep 0.1
done
for pid in "${left[@]}"; do kill -KILL "$pid" 2>/dev/null; done
echo "${#left[@]} QEMU process(es) stopped; the test that started them should have" >&2
exit 1
