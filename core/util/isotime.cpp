#include "isotime.h"

#include <cstdio>

#include <QRegularExpression>
#include <QTimeZone>

namespace veille {

QString toIsoUtc(const QDateTime &time) {
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 0 || d.year() > 9999) // Qt knows how to write those
        return utc.toString(t.msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
    // Formatted directly: every exported or printed mention goes through here.
    char buffer[32];
    const int length =
        t.msec() == 0
            ? std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(),
                            d.month(), d.day(), t.hour(), t.minute(), t.second())
            : std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(),
                            d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec());
    return QString::fromLatin1(buffer, length);
}

std::optional<QDateTime> parseIsoDateTime(const QString &input, MissingOffset missing) {
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    // Qt parses the date and time; the check below keeps out shapes Qt would accept
    // that CLI.md does not promise (week dates, missing separators, trailing junk).
    static const QRegularExpression shape(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$)"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;

    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return missing == MissingOffset::AssumeUtc ? date.startOfDay(QTimeZone::utc())
                                                   : date.startOfDay();
    }

    QString normalised = text;
    normalised[10] = QLatin1Char('T');
    QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        // Qt takes at most milliseconds; cut finer fractions (microseconds from APIs).
        static const QRegularExpression fine(QStringLiteral(R"((\.\d{3})\d+)"));
        normalised.replace(fine, QStringLiteral("\\1"));
        normalised.replace(QLatin1Char(','), QLatin1Char('.'));
        parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    }
    if (!parsed.isValid())
        return std::nullopt;
    if (match.captured(1).isEmpty()) {
        parsed.setTimeZone(missing == MissingOffset::AssumeUtc ? QTimeZone::utc()
                                                               : QTimeZone::systemTimeZone());
    }
    return parsed.toUTC();
}

} // namespace veille
