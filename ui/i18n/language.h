#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace veille::ui {

// UI languages Veille ships complete translations for.
QStringList availableLanguages(); // "fr", "en"

// The language to use: the preference if set ("fr"/"en"), else the system's if we have it,
// else English.
QString effectiveLanguage(const QString &preference);

// Loads Veille's and Qt's own translations for the chosen language (from preferences, or the
// system locale) and sets the default QLocale so numbers and dates follow it.
void installTranslations(QCoreApplication &app, const QString &preferenceOverride = {});

} // namespace veille::ui
