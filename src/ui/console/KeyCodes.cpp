// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/KeyCodes.h"

#include <QHash>
#include <QKeyEvent>

namespace vman::console {

namespace {

// X keysyms (X11/keysymdef.h) of keys that have no printable text.
struct NamedKey
{
    int qtKey;
    quint32 keysym;
};
constexpr NamedKey kNamedKeys[] = {
    {Qt::Key_Escape, 0xff1b},    {Qt::Key_Tab, 0xff09},       {Qt::Key_Backtab, 0xfe20},   {Qt::Key_Backspace, 0xff08},
    {Qt::Key_Return, 0xff0d},    {Qt::Key_Enter, 0xff8d},     {Qt::Key_Insert, 0xff63},    {Qt::Key_Delete, 0xffff},
    {Qt::Key_Pause, 0xff13},     {Qt::Key_Print, 0xff61},     {Qt::Key_SysReq, 0xff15},    {Qt::Key_Home, 0xff50},
    {Qt::Key_End, 0xff57},       {Qt::Key_Left, 0xff51},      {Qt::Key_Up, 0xff52},        {Qt::Key_Right, 0xff53},
    {Qt::Key_Down, 0xff54},      {Qt::Key_PageUp, 0xff55},    {Qt::Key_PageDown, 0xff56},  {Qt::Key_Shift, 0xffe1},
    {Qt::Key_Control, 0xffe3},   {Qt::Key_Meta, 0xffeb},      {Qt::Key_Alt, 0xffe9},       {Qt::Key_AltGr, 0xfe03},
    {Qt::Key_CapsLock, 0xffe5},  {Qt::Key_NumLock, 0xff7f},   {Qt::Key_ScrollLock, 0xff14}, {Qt::Key_Menu, 0xff67},
    {Qt::Key_Super_L, 0xffeb},   {Qt::Key_Super_R, 0xffec},   {Qt::Key_Space, 0x0020},
};

// Evdev codes whose XT scancode is not the evdev code itself (codes 1..83 are the same in both).
struct ExtendedKey
{
    quint32 evdev;
    quint32 xt;
};
constexpr ExtendedKey kExtendedKeys[] = {
    {85, 0x76},  {86, 0x56},  {87, 0x57},  {88, 0x58},  {89, 0x73},  {90, 0x78},  {91, 0x77},  {92, 0x79},
    {93, 0x70},  {94, 0x7b},  {95, 0x5c},  {96, 0x9c},  {97, 0x9d},  {98, 0xb5},  {99, 0xb7},  {100, 0xb8},
    {102, 0xc7}, {103, 0xc8}, {104, 0xc9}, {105, 0xcb}, {106, 0xcd}, {107, 0xcf}, {108, 0xd0}, {109, 0xd1},
    {110, 0xd2}, {111, 0xd3}, {113, 0xa0}, {114, 0xae}, {115, 0xb0}, {116, 0xde}, {117, 0x59}, {119, 0xc6},
    {121, 0x7e}, {124, 0x7d}, {125, 0xdb}, {126, 0xdc}, {127, 0xdd}, {142, 0xdf}, {143, 0xe3},
};

// Keysyms of the keys "Send key" presses (by evdev code).
quint32 keysymForEvdev(quint32 code)
{
    switch (code) {
    case evdev::kLeftCtrl: return 0xffe3;
    case evdev::kLeftAlt: return 0xffe9;
    case evdev::kLeftShift: return 0xffe1;
    case evdev::kDelete: return 0xffff;
    case evdev::kBackspace: return 0xff08;
    case evdev::kPrintScreen: return 0xff61;
    case evdev::kF11: return 0xffc8;
    case evdev::kF12: return 0xffc9;
    default: break;
    }
    if (code >= evdev::kF1 && code < evdev::kF1 + 10)
        return 0xffbe + (code - evdev::kF1);
    return 0;
}

} // namespace

quint32 evdev::functionKey(int n)
{
    if (n >= 1 && n <= 10)
        return kF1 + quint32(n - 1);
    return n == 11 ? kF11 : n == 12 ? kF12 : 0;
}

quint32 xtFromEvdev(quint32 evdev)
{
    if (evdev >= 1 && evdev <= 83)
        return evdev;
    for (const ExtendedKey &key : kExtendedKeys) {
        if (key.evdev == evdev)
            return key.xt;
    }
    return 0;
}

quint32 evdevFromNative(quint32 nativeScanCode, const QString &platformName)
{
    // Qt on Linux (xcb, Wayland, eglfs with libinput) reports XKB keycodes: evdev codes + 8.
    // Platforms that know no physical key (offscreen, minimal) report 0.
    Q_UNUSED(platformName)
    return nativeScanCode > 8 ? nativeScanCode - 8 : 0;
}

quint32 keysymFor(int qtKey, const QString &text)
{
    for (const NamedKey &key : kNamedKeys) {
        if (key.qtKey == qtKey)
            return key.keysym;
    }
    if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F35)
        return 0xffbe + quint32(qtKey - Qt::Key_F1);
    // Printable text: Latin-1 keysyms are the code point, the rest of Unicode is 0x01000000 + it.
    if (text.size() == 1 || (text.size() == 2 && text.at(0).isHighSurrogate())) {
        const char32_t cp = text.toUcs4().value(0);
        if (cp >= 0x20 && cp != 0x7f) {
            if (cp < 0x100)
                return quint32(cp);
            return 0x01000000u | quint32(cp);
        }
    }
    // With Ctrl held the text is a control character: the key itself says which one.
    if (qtKey >= Qt::Key_A && qtKey <= Qt::Key_Z)
        return quint32('a' + (qtKey - Qt::Key_A));
    if (qtKey > 0x20 && qtKey < 0x7f)
        return quint32(qtKey);
    return 0;
}

KeyEvent keyEventFor(const QKeyEvent &event, const QString &platformName)
{
    KeyEvent key;
    key.down = event.type() == QEvent::KeyPress;
    key.scancode = xtFromEvdev(evdevFromNative(event.nativeScanCode(), platformName));
    // On X11 and Wayland the native virtual key is the keysym the layout gives the key.
    const bool xkb = platformName == QLatin1String("xcb") || platformName.startsWith(QLatin1String("wayland"));
    key.keysym = xkb && event.nativeVirtualKey() ? event.nativeVirtualKey() : keysymFor(event.key(), event.text());
    return key;
}

QList<KeyEvent> combination(const QList<quint32> &evdevKeys)
{
    QList<KeyEvent> events;
    for (quint32 code : evdevKeys)
        events.append({keysymForEvdev(code), xtFromEvdev(code), true});
    for (auto it = evdevKeys.crbegin(); it != evdevKeys.crend(); ++it)
        events.append({keysymForEvdev(*it), xtFromEvdev(*it), false});
    return events;
}

} // namespace vman::console
