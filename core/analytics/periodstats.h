#pragma once

#include "storage/storageerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace veille {

using Counts = QList<std::pair<QString, qint64>>; // name, count; largest first

// The figures of one period (and topic), as the Overview, `veille stats` and the report give
// them. Everything is counted in SQL over the workspace, except the top terms, which are
// counted from the period's texts (its newest 20,000 mentions: enough to rank the terms, and
// quick enough that the panels' other questions to the reader thread do not wait).
struct PeriodStats {
    QDateTime since; // inclusive, UTC
    QDateTime until; // exclusive, UTC
    QString topic;   // empty: every mention
    qint64 volume = 0;
    qint64 positive = 0;
    qint64 neutral = 0;
    qint64 negative = 0;
    qint64 unscored = 0;
    std::optional<double> netSentiment; // (positive - negative) / (positive + negative)
    Counts shareOfVoice;                // per topic marked brand or competitor
    Counts perNetwork;
    Counts perLanguage;
    qint64 open = 0; // new, read or assigned
    qint64 resolved = 0;
    qint64 answered = 0; // with a first response
    std::optional<qint64> medianFirstResponseSeconds;
    qint64 suggestions = 0; // "vous devriez", "ce serait bien", "please add", …
    Counts topTerms;
    Counts topHashtags;

    QJsonObject toJson() const;
};

class PeriodStatsStore {
public:
    explicit PeriodStatsStore(QSqlDatabase db);
    Expected<PeriodStats> compute(const QDateTime &since, const QDateTime &until,
                                  const QString &topic = {});

private:
    QSqlDatabase m_db;
};

// Whether a text reads like a suggestion to the brand (both languages).
bool looksLikeSuggestion(const QString &text);

} // namespace veille

Q_DECLARE_METATYPE(veille::PeriodStats)
