#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up on a fresh Debian 12 machine (packages, build) and starts vman.
#   scripts/run.sh             the desktop application
#   scripts/run.sh --server    headless: REST API and core only
# Any other arguments are passed to vman (see: scripts/run.sh --help).
#
# It also builds VMAN's small test guest (cached after the first time) and offers it to VMAN as
# the starter image `vman-test-guest` (VMAN_STARTER_IMAGE): imported on the first start, it is
# what new VMs boot unless VMAN_DEFAULT_BOOT_DISK or the VM names another image, so a first VM
# boots to a shell in seconds. VMAN_STARTER_IMAGE= (empty) turns that off.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all
if [[ -z "${VMAN_STARTER_IMAGE+set}" ]]; then
    if guest=$("$ROOT/scripts/build_boot_disk.sh" "$BUILD_DIR/guest/vman-test-guest.qcow2"); then
        export VMAN_STARTER_IMAGE="$guest"
    else
        log "the test guest could not be built: VMAN starts without a starter image"
    fi
fi
exec "$BUILD_DIR/vman" "$@"
