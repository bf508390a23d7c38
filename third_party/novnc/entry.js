// SPDX-License-Identifier: GPL-3.0-or-later
// The entry of the noVNC bundle served at /display/novnc.js (see scripts/setup.sh).
export { default } from "@novnc/novnc";
