#include "feeddates.h"

#include "util/isotime.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace veille {

namespace {

int monthNumber(const QString &name) {
    static const QHash<QString, int> months{
        {QStringLiteral("jan"), 1},
        {QStringLiteral("feb"), 2},
        {QStringLiteral("mar"), 3},
        {QStringLiteral("apr"), 4},
        {QStringLiteral("may"), 5},
        {QStringLiteral("jun"), 6},
        {QStringLiteral("jul"), 7},
        {QStringLiteral("aug"), 8},
        {QStringLiteral("sep"), 9},
        {QStringLiteral("oct"), 10},
        {QStringLiteral("nov"), 11},
        {QStringLiteral("dec"), 12},
        // French feeds write their months in French more often than they should.
        {QStringLiteral("fév"), 2},
        {QStringLiteral("fev"), 2},
        {QStringLiteral("avr"), 4},
        {QStringLiteral("mai"), 5},
        {QStringLiteral("jui"), 6},
        {QStringLiteral("aoû"), 8},
        {QStringLiteral("aou"), 8},
        {QStringLiteral("déc"), 12},
        // Portuguese, Spanish and German ones seen in real feeds.
        {QStringLiteral("set"), 9},
        {QStringLiteral("out"), 10},
        {QStringLiteral("dez"), 12},
        {QStringLiteral("abr"), 4},
        {QStringLiteral("ago"), 8},
        {QStringLiteral("ene"), 1},
        {QStringLiteral("dic"), 12},
        {QStringLiteral("okt"), 10},
        {QStringLiteral("mär"), 3},
        {QStringLiteral("mrz"), 3}};
    return months.value(name.left(3).toLower(), 0);
}

// Offset in seconds of a zone written as +hhmm, +hh:mm or a name; nullopt when unknown.
std::optional<int> zoneOffset(const QString &zone) {
    if (zone.isEmpty())
        return 0;
    static const QRegularExpression numeric(QStringLiteral(R"(^([+-])(\d{2}):?(\d{2})$)"));
    const auto m = numeric.match(zone);
    if (m.hasMatch()) {
        const int seconds = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60;
        return m.captured(1) == QLatin1String("-") ? -seconds : seconds;
    }
    static const QHash<QString, int> named{
        {QStringLiteral("GMT"), 0},         {QStringLiteral("UT"), 0},
        {QStringLiteral("UTC"), 0},         {QStringLiteral("Z"), 0},
        {QStringLiteral("EST"), -5 * 3600}, {QStringLiteral("EDT"), -4 * 3600},
        {QStringLiteral("CST"), -6 * 3600}, {QStringLiteral("CDT"), -5 * 3600},
        {QStringLiteral("MST"), -7 * 3600}, {QStringLiteral("MDT"), -6 * 3600},
        {QStringLiteral("PST"), -8 * 3600}, {QStringLiteral("PDT"), -7 * 3600},
        {QStringLiteral("CET"), 3600},      {QStringLiteral("CEST"), 2 * 3600},
        {QStringLiteral("MEZ"), 3600},      {QStringLiteral("MESZ"), 2 * 3600},
        {QStringLiteral("BST"), 3600},      {QStringLiteral("IST"), 19800},
        {QStringLiteral("JST"), 9 * 3600},  {QStringLiteral("AEST"), 10 * 3600}};
    const auto it = named.constFind(zone.toUpper());
    if (it != named.constEnd())
        return *it;
    return std::nullopt;
}

} // namespace

QDateTime parseFeedDate(const QString &input) {
    // Folding white space only when there is some to fold (dates are read by the thousand).
    bool simple = !input.isEmpty() && input.front() != u' ' && input.back() != u' ';
    for (qsizetype i = 0; simple && i < input.size(); ++i)
        simple = input[i] == u' ' ? input[i + 1] != u' ' : !input[i].isSpace();
    const QString text = simple ? input : input.simplified();
    if (text.isEmpty())
        return {};
    if (text.at(0).isDigit() && text.size() >= 10 && text.at(4) == QLatin1Char('-')) {
        if (const auto iso = parseIsoDateTime(text, MissingOffset::AssumeUtc))
            return *iso;
        // ISO dates with a space before the zone, or a zone without a colon.
        QString fixed = text;
        fixed.replace(QLatin1Char(' '), QLatin1Char('T'));
        if (const auto iso = parseIsoDateTime(
                fixed.replace(QStringLiteral("T+"), QStringLiteral("+")), MissingOffset::AssumeUtc))
            return *iso;
        // A broken offset ("+00:0"): the date and time still tell most of it, read as UTC.
        if (const auto iso = parseIsoDateTime(text.left(19), MissingOffset::AssumeUtc))
            return *iso;
    }
    // The common shape first, without a regular expression: "Tue, 24 Nov 2026 08:00:00 +0000".
    {
        QList<QStringView> parts = QStringView(text).split(u' ', Qt::SkipEmptyParts);
        if (!parts.isEmpty() && parts.first().endsWith(u','))
            parts.removeFirst();
        if (parts.size() == 5) {
            const QList<QStringView> clock = parts[3].split(u':');
            bool dayOk = false, yearOk = false, hourOk = false, minuteOk = false, secondOk = true;
            const int day = parts[0].toInt(&dayOk);
            const int year = parts[2].toInt(&yearOk);
            const int month = monthNumber(parts[1].toString());
            const int hour = clock.value(0).toInt(&hourOk);
            const int minute = clock.value(1).toInt(&minuteOk);
            const int second = clock.size() > 2 ? clock[2].toInt(&secondOk) : 0;
            const auto offset = zoneOffset(parts[4].toString());
            if (dayOk && yearOk && parts[2].size() == 4 && month > 0 && hourOk && minuteOk &&
                secondOk && clock.size() <= 3 && offset) {
                const QDate date(year, month, day);
                const QTime time(hour, minute, second);
                if (date.isValid() && time.isValid())
                    return QDateTime(date, time, QTimeZone(*offset)).toUTC();
            }
        }
    }
    // [Day,] Mon DD YYYY HH:MM[:SS] [AM|PM] [zone], as some American feeds write it.
    static const QRegularExpression american(QStringLiteral(
        R"(^(?:[A-Za-z]+\.?,?\s*)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?$)"));
    if (const auto a = american.match(text); a.hasMatch() && monthNumber(a.captured(1)) > 0) {
        int hour = a.captured(4).toInt();
        const QString half = a.captured(7).toUpper();
        if (half == QLatin1String("PM") && hour < 12)
            hour += 12;
        else if (half == QLatin1String("AM") && hour == 12)
            hour = 0;
        const QDate date(a.captured(3).toInt(), monthNumber(a.captured(1)), a.captured(2).toInt());
        const QTime time(hour, a.captured(5).toInt(), a.captured(6).toInt());
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, QTimeZone(zoneOffset(a.captured(8)).value_or(0))).toUTC();
    }
    // [Day,] DD Mon YYYY HH:MM[:SS] [zone]
    static const QRegularExpression rfc822(QStringLiteral(
        R"(^(?:[A-Za-zéû]+\.?,?\s*)?(\d{1,2})\s+([A-Za-zéû]+)\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?)"));
    const auto m = rfc822.match(text);
    if (!m.hasMatch())
        return {};
    int year = m.captured(3).toInt();
    if (m.captured(3).size() == 2)
        year += year < 70 ? 2000 : 1900;
    const int month = monthNumber(m.captured(2));
    const QDate date(year, month, m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (month == 0 || !date.isValid() || !time.isValid())
        return {};
    const int offset = zoneOffset(m.captured(7)).value_or(0);
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

} // namespace veille
