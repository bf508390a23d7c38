// SPDX-License-Identifier: GPL-3.0-or-later
// What a key press means for a VNC server: pure functions, tested without a display.
//
// A key travels as an X keysym (its meaning) and, where the platform tells where the key is, as
// an XT scancode (QEMU's extended key event: the guest applies its own layout, so a German or
// French keyboard types what its caps say). Qt gives the physical key as nativeScanCode(): an X
// keycode on xcb and Wayland (the Linux evdev code + 8).
#pragma once

#include "console/VncClient.h"

#include <QList>
#include <QString>

class QKeyEvent;

namespace vman::console {

// The XT scancode (QEMU's "qnum": 0xe0-prefixed keys have 0x80 set) of a Linux evdev key code;
// 0 when the key has none.
quint32 xtFromEvdev(quint32 evdev);

// The evdev key code behind a key event on this platform; 0 when the platform does not say.
quint32 evdevFromNative(quint32 nativeScanCode, const QString &platformName);

// The X keysym of a Qt key (and its text, for printable keys); 0 when there is none.
quint32 keysymFor(int qtKey, const QString &text);

// The key event for a QKeyEvent (press or release) on the platform `platformName`.
KeyEvent keyEventFor(const QKeyEvent &event, const QString &platformName);

// The presses and releases of a key combination (modifiers first, released in reverse), for
// "Send key" (Ctrl+Alt+Del, Ctrl+Alt+F1..F12, PrintScreen): each given as evdev codes.
QList<KeyEvent> combination(const QList<quint32> &evdevKeys);

// Evdev codes used by the "Send key" menu.
namespace evdev {
inline constexpr quint32 kLeftCtrl = 29;
inline constexpr quint32 kLeftAlt = 56;
inline constexpr quint32 kLeftShift = 42;
inline constexpr quint32 kDelete = 111;
inline constexpr quint32 kBackspace = 14;
inline constexpr quint32 kPrintScreen = 99;
inline constexpr quint32 kF1 = 59; // F1..F10 are 59..68
inline constexpr quint32 kF11 = 87;
inline constexpr quint32 kF12 = 88;
quint32 functionKey(int n); // 1..12
} // namespace evdev

} // namespace vman::console
