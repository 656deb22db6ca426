#include "reportwords.h"

#include "analytics/alerttitle.h"

#include "common/labels.h"

#include <QCoreApplication>
#include <QDate>

namespace veille::ui {

ReportWords::ReportWords(const QString &language)
    : m_language(language == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en"))
    , m_locale(m_language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                 : QLocale(QLocale::English, QLocale::UnitedStates))
    , m_translator(std::make_unique<QTranslator>()) {
    // English is the source language, but its .qm holds the plural forms.
    if (!m_translator->load(QStringLiteral(":/i18n/veille_%1.qm").arg(m_language)))
        m_translator.reset();
}

QString ReportWords::text(const char *context, const char *source, int n) const {
    QString found;
    if (m_translator)
        found = m_translator->translate(context, source, nullptr, n);
    if (found.isEmpty())
        found = QString::fromUtf8(source);
    if (n >= 0) {
        found.replace(QLatin1String("%Ln"), m_locale.toString(n));
        found.replace(QLatin1String("%n"), QString::number(n));
    }
    return found;
}

QString ReportWords::sentiment(SentimentLabel label) const {
    switch (label) {
    case SentimentLabel::Positive:
        return text("Labels", QT_TRANSLATE_NOOP("Labels", "Positive"));
    case SentimentLabel::Negative:
        return text("Labels", QT_TRANSLATE_NOOP("Labels", "Negative"));
    case SentimentLabel::Neutral:
        return text("Labels", QT_TRANSLATE_NOOP("Labels", "Neutral"));
    case SentimentLabel::Unknown:
        break;
    }
    return text("Labels", QT_TRANSLATE_NOOP("Labels", "Not scored"));
}

QString ReportWords::network(const QString &network) const {
    // Proper nouns as the interface writes them; only the web's name is translated.
    if (network == QLatin1String("rss"))
        return text("Labels", QT_TRANSLATE_NOOP("Labels", "Web & feeds"));
    return networkLabel(network);
}

QString ReportWords::alert(const Alert &alert) const {
    return alertTitle(alert, m_locale, [this](const char *context, const char *source, int n) {
        return text(context, source, n);
    });
}

QString ReportWords::segment(const QString &segment) const {
    if (segment == QLatin1String("enthusiast"))
        return text("Segments", QT_TRANSLATE_NOOP("Segments", "Enthusiasts"));
    if (segment == QLatin1String("show_off"))
        return text("Segments", QT_TRANSLATE_NOOP("Segments", "Show-offs"));
    if (segment == QLatin1String("timid"))
        return text("Segments", QT_TRANSLATE_NOOP("Segments", "Timid"));
    if (segment == QLatin1String("indifferent"))
        return text("Segments", QT_TRANSLATE_NOOP("Segments", "Indifferent"));
    if (segment == QLatin1String("blase"))
        return text("Segments", QT_TRANSLATE_NOOP("Segments", "Blasé"));
    return segment;
}

QString ReportWords::percent(double fraction) const {
    const QString value = m_locale.toString(100.0 * fraction, 'f', 0);
    // French puts a (narrow, unbreakable) space before the sign.
    if (m_language == QLatin1String("fr"))
        return value + QChar(0x202F) + u'%';
    return value + u'%';
}

QString ReportWords::date(const QDate &date, QLocale::FormatType format) const {
    if (format != QLocale::LongFormat)
        return m_locale.toString(date, format);
    // The long form without the weekday: "24 novembre 2026", "November 24, 2026".
    return m_locale.toString(date, m_language == QLatin1String("fr")
                                       ? QStringLiteral("d MMMM yyyy")
                                       : QStringLiteral("MMMM d, yyyy"));
}

QString ReportWords::duration(qint64 seconds) const {
    if (seconds < 3600)
        return (*this)(QT_TRANSLATE_N_NOOP("Report", "%n min"),
                       int(std::max<qint64>(1, seconds / 60)));
    if (seconds < 48 * 3600)
        return (*this)(QT_TRANSLATE_NOOP("Report", "%1 h %2"))
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return (*this)(QT_TRANSLATE_N_NOOP("Report", "%n day(s)"), int(seconds / 86400));
}

} // namespace veille::ui
