#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared set-up for scripts/run.sh and scripts/test.sh: installs missing Debian packages,
# the Swagger UI assets (npm), then configures and builds into build/. Idempotent: a second run
# with nothing changed installs nothing and rebuilds nothing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${VMAN_BUILD_DIR:-$ROOT/build}"

# Everything VMAN needs to build, run and test, from Debian 12's repositories.
PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libqt6svg6
    qemu-system-x86 qemu-utils
    libyaml-cpp-dev libisofs-dev libssl-dev curl ca-certificates
    ovmf xorriso libvncserver-dev qt6-translations-l10n
    qtkeychain-qt6-dev zlib1g-dev
)
# The fuzz targets: clang with libFuzzer and its sanitizer runtimes (scripts/fuzz.sh).
FUZZ_PACKAGES=(clang libfuzzer-14-dev libclang-rt-14-dev)
# Packages only the tests need: a real browser for the console page, and a desktop secret store
# (GNOME Keyring on a private D-Bus) for the client tokens the window keeps (scripts/test.sh
# installs them).
TEST_PACKAGES=(chromium openssh-client libvirt-clients gnome-keyring dbus-daemon)
# Packages only the benchmarks need (bench/*.sh installs them).
BENCH_PACKAGES=(wrk procps)

log() { printf '[setup] %s\n' "$*" >&2; }

missing_packages() {
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            printf '%s\n' "$pkg"
        fi
    done
}

install_packages() {
    local missing
    mapfile -t missing < <(missing_packages "$@")
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    log "installing: ${missing[*]}"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || { log "need root or sudo to install: ${missing[*]}"; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_node() {
    if command -v npm >/dev/null 2>&1; then
        return 0
    fi
    install_packages nodejs npm
}

install_swagger_ui() {
    local dir="$ROOT/third_party/swagger-ui"
    local stamp="$dir/node_modules/.vman-installed"
    if [[ -f "$stamp" && "$stamp" -nt "$dir/package-lock.json" ]]; then
        return 0
    fi
    install_node
    log "installing swagger-ui-dist (npm ci)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    touch "$stamp"
}

# noVNC for the browser console: the pinned npm package, bundled by the pinned esbuild into one
# ES module (noVNC ships separate modules and uses top-level await) that CMake embeds.
install_novnc() {
    local dir="$ROOT/third_party/novnc"
    local bundle="$dir/dist/novnc.js"
    if [[ -f "$bundle" && "$bundle" -nt "$dir/package-lock.json" && "$bundle" -nt "$dir/entry.js" ]]; then
        return 0
    fi
    install_node
    log "installing noVNC and bundling it (npm ci, esbuild)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    mkdir -p "$dir/dist"
    local version
    version=$(cd "$dir" && node -p 'require("./node_modules/@novnc/novnc/package.json").version' 2>/dev/null || true)
    (cd "$dir" && ./node_modules/.bin/esbuild entry.js --bundle --format=esm --minify --target=es2022 \
        --legal-comments=eof --log-level=warning \
        "--banner:js=/* noVNC ${version} (https://github.com/novnc/noVNC), MPL-2.0; includes pako (MIT). Bundled by VMAN's scripts/setup.sh. */" \
        --outfile=dist/novnc.js)
}

# promtool (checks GET /metrics in the tests) from Debian's prometheus package: only the one
# binary is unpacked from the downloaded .deb, because installing the package would also create
# a user and start a Prometheus server on port 9090 of the test machine.
PROMTOOL="$ROOT/third_party/prometheus/promtool"
install_promtool() {
    if [[ -x "$PROMTOOL" ]]; then
        return 0
    fi
    log "unpacking promtool from Debian's prometheus package"
    local work
    work=$(mktemp -d)
    (cd "$work" && apt-get download prometheus >/dev/null 2>&1) || {
        local sudo=()
        [[ $(id -u) -ne 0 ]] && sudo=(sudo)
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        (cd "$work" && apt-get download prometheus >/dev/null) || { log "cannot download the prometheus package"; rm -rf "$work"; exit 1; }
    }
    dpkg-deb -x "$work"/prometheus_*.deb "$work/root"
    mkdir -p "$(dirname "$PROMTOOL")"
    install -m 0755 "$work/root/usr/bin/promtool" "$PROMTOOL"
    rm -rf "$work"
    "$PROMTOOL" --version >/dev/null 2>&1 || { log "promtool does not run"; exit 1; }
}

build() {
    if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
        log "configuring $BUILD_DIR"
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    fi
    cmake --build "$BUILD_DIR" -j2
}

setup_all() {
    install_packages "${PACKAGES[@]}"
    install_swagger_ui
    install_novnc
    build
}
