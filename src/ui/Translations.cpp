// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace vman::ui {

Translations::Translations(const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto vman = std::make_unique<QTranslator>();
    if (vman->load(locale, QStringLiteral("vman"), QStringLiteral("_"), QStringLiteral(":/vman/i18n"))) {
        QCoreApplication::installTranslator(vman.get());
        m_vman = std::move(vman);
    } else {
        m_missing << QStringLiteral("VMAN's translation for %1").arg(locale.name());
    }
    // Debian's qt6-translations-l10n installs these.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir)) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    } else {
        m_missing << QStringLiteral("Qt's translation for %1 in %2").arg(locale.name(), qtDir);
    }
}

Translations::~Translations()
{
    if (m_vman)
        QCoreApplication::removeTranslator(m_vman.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

} // namespace vman::ui
