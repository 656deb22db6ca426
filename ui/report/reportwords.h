#pragma once

#include "analytics/spikedetector.h"
#include "model/sentiment.h"

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace veille::ui {

// The report's own language, whatever the interface speaks: its messages are looked up in
// Veille's translation for that language (marked with QT_TRANSLATE_NOOP in the "Report"
// context), its numbers and dates follow that language's locale.
class ReportWords {
public:
    explicit ReportWords(const QString &language);
    // `source` is an English message of `context`; with n >= 0 the plural form for n, and %n
    // (or %Ln) replaced by n.
    QString operator()(const char *source, int n = -1) const { return text("Report", source, n); }
    QString text(const char *context, const char *source, int n = -1) const;
    const QLocale &locale() const { return m_locale; }
    const QString &language() const { return m_language; }

    QString sentiment(SentimentLabel label) const;
    QString network(const QString &network) const;
    QString segment(const QString &segment) const; // "enthusiast" -> "Enthusiasts"
    QString alert(const Alert &alert) const;       // its sentence, in the report's language
    QString number(qint64 value) const { return m_locale.toString(value); }
    QString decimal(double value, int digits) const {
        return m_locale.toString(value, 'f', digits);
    }
    QString percent(double fraction) const; // 0.256 -> "26 %" (fr) or "26%" (en)
    QString date(const QDate &date, QLocale::FormatType format = QLocale::LongFormat) const;
    QString duration(qint64 seconds) const; // "2 h 05", "35 min", "3 days"

private:
    QString m_language;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace veille::ui
