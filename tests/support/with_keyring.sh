#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test with a desktop secret store of its own, as the window finds one on a desktop: a
# private D-Bus session with GNOME Keyring, whose login keyring lives in a temporary folder (the
# user's own keyring is never touched). Needs gnome-keyring and dbus-daemon (scripts/test.sh).
set -euo pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
exec dbus-run-session -- bash -c '
    set -e
    export XDG_DATA_HOME="$1/data" XDG_RUNTIME_DIR="$1/run"
    mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    printf vman-test | gnome-keyring-daemon --login >/dev/null 2>&1
    gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1
    shift
    exec "$@"' with_keyring "$dir" "$@"
