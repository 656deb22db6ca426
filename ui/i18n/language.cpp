#include "language.h"

#include "settings/settings.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace veille::ui {

QStringList availableLanguages() {
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

QString effectiveLanguage(const QString &preference) {
    if (availableLanguages().contains(preference))
        return preference;
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = name.left(2).toLower();
        if (availableLanguages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

void installTranslations(QCoreApplication &app, const QString &preferenceOverride) {
    const QString preference =
        preferenceOverride.isEmpty() ? Settings().language() : preferenceOverride;
    const QString language = effectiveLanguage(preference);
    const QLocale system = QLocale::system();
    // Keep the user's regional formats when they match the language (fr_CA stays fr_CA).
    const QLocale locale = system.name().startsWith(language) ? system : QLocale(language);
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/veille_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
}

} // namespace veille::ui
