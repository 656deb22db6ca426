#include "support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

// Every message of the UI must be translated in both shipped languages.
TEST_CASE("French and English translations are complete", "[i18n]") {
    for (const char *language : {"fr", "en"}) {
        INFO(language);
        QFile file(QDir(QStringLiteral(VEILLE_TRANSLATIONS_DIR))
                       .filePath(QStringLiteral("veille_%1.ts").arg(QLatin1String(language))));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList missing;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                // Plural forms carry <numerusform> children.
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                    type == QLatin1String("obsolete") || text.trimmed().isEmpty())
                    missing.append(source);
            }
        }
        REQUIRE_FALSE(xml.hasError());
        CHECK(messages > 150);
        INFO(missing.join(QLatin1String(" | ")).toStdString());
        CHECK(missing.isEmpty());
    }
}
