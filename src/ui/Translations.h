// SPDX-License-Identifier: GPL-3.0-or-later
// The window's language: VMAN's own translations and Qt's (qtbase: the Yes/Cancel of message
// boxes, the names of keys in shortcuts such as "Strg+R"), for one locale.
#pragma once

#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace vman::ui {

class Translations final
{
public:
    // Loads and installs what exists for `locale`; English needs none.
    explicit Translations(const QLocale &locale);
    ~Translations(); // removes them again

    bool vmanLoaded() const { return m_vman != nullptr; }
    bool qtLoaded() const { return m_qt != nullptr; }
    // What was looked for and not found, for the log.
    QStringList missing() const { return m_missing; }

private:
    std::unique_ptr<QTranslator> m_vman;
    std::unique_ptr<QTranslator> m_qt;
    QStringList m_missing;
};

} // namespace vman::ui
