#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds VMAN's small bootable test guest as a qcow2, from Debian packages only and without
# mounting anything (no root needed beyond apt):
#   Debian's cloud kernel + a busybox initramfs (scripts/guest/init) + syslinux on a FAT image.
# The guest prints VMAN-GUEST-READY on its serial console, powers off on the ACPI power button,
# reports hot-plugged disks (VMAN-DISK-ADDED/REMOVED), takes an address by DHCP and serves HTTP on
# port 80. The result is cached (keyed by these recipes and the package versions), so later runs
# are instant.
#
# The same disk boots under SeaBIOS (syslinux) and under UEFI/OVMF (syslinux-efi as
# \EFI\BOOT\BOOTX64.EFI). Next to it comes OUTPUT-installer.iso: an isolinux CD whose initramfs
# carries the disk; booted from the CD it "installs" the guest onto the VM's first virtio disk
# (VMAN-INSTALLED) and powers off, like an OS installer.
#
# Usage: scripts/build_boot_disk.sh [OUTPUT.qcow2]   (default: build/guest/vman-test-guest.qcow2)
# Prints the path of the image.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUTPUT="${1:-$ROOT/build/guest/vman-test-guest.qcow2}"
CACHE_DIR="${VMAN_GUEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vman}"
GUEST_SRC="$ROOT/scripts/guest"
MODULES=(virtio_pci virtio_blk virtio_net virtio_input button evdev virtio_scsi sr_mod isofs virtio_console)
# Guest programs from Debian, with the shared libraries they need: an SSH server and the QEMU
# guest agent (downloaded and unpacked, never installed on the host).
GUEST_PROGRAMS=(usr/sbin/dropbear usr/sbin/qemu-ga)
GUEST_PACKAGES=(dropbear-bin qemu-guest-agent libtomcrypt1 libtommath1)

source "$ROOT/scripts/setup.sh"
install_packages syslinux syslinux-common syslinux-efi isolinux xorriso mtools dosfstools cpio qemu-utils

resolve_kernel() { apt-cache depends linux-image-cloud-amd64 2>/dev/null | awk '/Depends: linux-image-/ {print $2; exit}'; }
kernel_package=$(resolve_kernel)
if [[ -z "$kernel_package" ]]; then
    # A machine whose package lists were never fetched.
    sudo=(); [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    kernel_package=$(resolve_kernel)
fi
[[ -n "$kernel_package" ]] || { echo "cannot resolve linux-image-cloud-amd64" >&2; exit 1; }
kernel_version=$(apt-cache policy "$kernel_package" | awk '/Candidate:/ {print $2}')
busybox_version=$(apt-cache policy busybox-static | awk '/Candidate:/ {print $2}')
guest_versions=$(for pkg in "${GUEST_PACKAGES[@]}"; do apt-cache policy "$pkg" | awk -v p="$pkg" '/Candidate:/ {print p, $2}'; done)
key=$( { cat "$0" "$GUEST_SRC"/*; echo "$kernel_package $kernel_version $busybox_version $guest_versions"; } | sha256sum | cut -c1-16)
cached="$CACHE_DIR/vman-test-guest-$key.qcow2"
cached_iso="$CACHE_DIR/vman-test-guest-$key-installer.iso"

if [[ ! -f "$cached" || ! -f "$cached_iso" ]]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    mkdir -p "$CACHE_DIR"
    # Downloaded and unpacked, never installed: the host's own kernel and busybox stay as they are.
    (cd "$work" && apt-get download "$kernel_package" busybox-static >/dev/null 2>&1) || { echo "cannot download $kernel_package busybox-static" >&2; exit 1; }
    mkdir -p "$work/debs"
    (cd "$work/debs" && apt-get download "${GUEST_PACKAGES[@]}" >/dev/null 2>&1) || { echo "cannot download ${GUEST_PACKAGES[*]}" >&2; exit 1; }
    for deb in "$work"/debs/*.deb; do dpkg -x "$deb" "$work/sysroot"; done
    dpkg -x "$work"/linux-image-*.deb "$work/kernel"
    dpkg -x "$work"/busybox-static_*.deb "$work/busybox"
    release=$(ls "$work/kernel/lib/modules")
    busybox="$work/busybox/bin/busybox"
    "$busybox" depmod -b "$work/kernel" "$release"

    # initramfs: busybox, the needed modules with their dependencies, the guest's scripts.
    initrd="$work/initrd"
    mkdir -p "$initrd"/{bin,dev,proc,sys,etc/acpi/PWRF,www,lib/modules/"$release"}
    cp "$busybox" "$initrd/bin/busybox"
    ln -s busybox "$initrd/bin/sh"
    moddir="$work/kernel/lib/modules/$release"
    declare -A wanted=()
    for module in "${MODULES[@]}"; do
        line=$(grep -E "/$module\.ko:" "$moddir/modules.dep") || { echo "module $module not found" >&2; exit 1; }
        for file in ${line/:/}; do wanted["$file"]=1; done
    done
    : >"$initrd/lib/modules/$release/modules.dep"
    for file in "${!wanted[@]}"; do
        mkdir -p "$initrd/lib/modules/$release/$(dirname "$file")"
        cp "$moddir/$file" "$initrd/lib/modules/$release/$file"
        grep -E "^$file:" "$moddir/modules.dep" >>"$initrd/lib/modules/$release/modules.dep"
    done
    install -m 755 "$GUEST_SRC/init" "$initrd/init"
    install -m 755 "$GUEST_SRC/power-button" "$initrd/etc/acpi/PWRF/00000080"
    install -m 755 "$GUEST_SRC/udhcpc.script" "$initrd/etc/udhcpc.script"
    mkdir -p "$initrd/sbin" "$initrd/root" "$initrd/lib64" "$initrd/lib/x86_64-linux-gnu"
    install -m 755 "$GUEST_SRC/shutdown" "$initrd/sbin/shutdown"
    install -m 644 "$GUEST_SRC/os-release" "$initrd/etc/os-release"
    echo "root:x:0:0:root:/root:/bin/sh" >"$initrd/etc/passwd"
    echo "root:x:0:" >"$initrd/etc/group"
    echo "/bin/sh" >"$initrd/etc/shells"
    # The programs and every library the loader resolves for them: from the unpacked packages
    # first, else the host's (the same Debian release as the guest's packages).
    for program in "${GUEST_PROGRAMS[@]}"; do
        install -m 755 "$work/sysroot/$program" "$initrd/bin/${program##*/}"
        libs=$(LD_LIBRARY_PATH="$work/sysroot/usr/lib/x86_64-linux-gnu" ldd "$work/sysroot/$program") || { echo "ldd $program failed" >&2; exit 1; }
        if grep -q "not found" <<<"$libs"; then echo "libraries of $program not found: $libs" >&2; exit 1; fi
        for lib in $(awk '/=> \// {print $3}' <<<"$libs"); do
            cp -L "$lib" "$initrd/lib/x86_64-linux-gnu/"
        done
    done
    cp -L /lib64/ld-linux-x86-64.so.2 "$initrd/lib64/"
    echo "VMAN-TEST-GUEST http ok" >"$initrd/www/index.html"
    (cd "$initrd" && find . | cpio -o -H newc -R 0:0 --quiet | gzip -9) >"$work/initrd.gz"

    # A FAT "superfloppy" that SeaBIOS boots through syslinux, and OVMF through syslinux-efi.
    cp "$work/kernel/boot/vmlinuz-$release" "$work/vmlinuz"
    cat >"$work/syslinux.cfg" <<'CFG'
DEFAULT vman
PROMPT 0
TIMEOUT 0
LABEL vman
  KERNEL /vmlinuz
  INITRD /initrd.gz
  APPEND console=tty0 console=ttyS0 quiet panic=-1
CFG
    efi=/usr/lib/SYSLINUX.EFI/efi64/syslinux.efi
    efi_ldlinux=/usr/lib/syslinux/modules/efi64/ldlinux.e64
    size_kb=$(( ( $(stat -c %s "$work/vmlinuz") + $(stat -c %s "$work/initrd.gz") + $(stat -c %s "$efi") + $(stat -c %s "$efi_ldlinux") ) / 1024 + 4096 ))
    mkfs.fat -C "$work/fat.img" "$size_kb" >/dev/null
    mcopy -i "$work/fat.img" "$work/vmlinuz" "$work/initrd.gz" "$work/syslinux.cfg" ::/
    mmd -i "$work/fat.img" ::/EFI ::/EFI/BOOT
    mcopy -i "$work/fat.img" "$efi" ::/EFI/BOOT/BOOTX64.EFI
    mcopy -i "$work/fat.img" "$efi_ldlinux" "$work/syslinux.cfg" ::/EFI/BOOT/
    syslinux --install "$work/fat.img"
    qemu-img convert -q -f raw -O qcow2 "$work/fat.img" "$cached.tmp"

    # The installer CD: the same kernel; its initramfs also holds the disk to write.
    cp -r "$initrd" "$work/installer-initrd"
    gzip -1 -c "$work/fat.img" >"$work/installer-initrd/payload.img.gz"
    mkdir -p "$work/iso/isolinux"
    (cd "$work/installer-initrd" && find . | cpio -o -H newc --quiet | gzip -1) >"$work/iso/install.gz"
    cp "$work/vmlinuz" "$work/iso/vmlinuz"
    cp /usr/lib/ISOLINUX/isolinux.bin /usr/lib/syslinux/modules/bios/ldlinux.c32 "$work/iso/isolinux/"
    cat >"$work/iso/isolinux/isolinux.cfg" <<'CFG'
DEFAULT install
PROMPT 0
TIMEOUT 0
LABEL install
  KERNEL /vmlinuz
  INITRD /install.gz
  APPEND console=tty0 console=ttyS0 quiet panic=-1 vman.install=1
CFG
    xorriso -as mkisofs -quiet -V VMAN_INSTALLER -J -b isolinux/isolinux.bin -c isolinux/boot.cat -no-emul-boot \
        -boot-load-size 4 -boot-info-table -o "$cached_iso.tmp" "$work/iso" 2>"$work/xorriso.log" || { cat "$work/xorriso.log" >&2; exit 1; }
    mv "$cached_iso.tmp" "$cached_iso"
    mv "$cached.tmp" "$cached"
fi

mkdir -p "$(dirname "$OUTPUT")"
if [[ ! "$OUTPUT" -ef "$cached" ]]; then
    cp "$cached" "$OUTPUT.tmp" && mv "$OUTPUT.tmp" "$OUTPUT"
fi
installer="${OUTPUT%.qcow2}-installer.iso"
if [[ ! "$installer" -ef "$cached_iso" ]]; then
    cp "$cached_iso" "$installer.tmp" && mv "$installer.tmp" "$installer"
fi
echo "$OUTPUT"
