#pragma once

#include "periodstats.h"

#include <QJsonObject>

namespace veille {

// "Where we stood when the strategy started": a period's figures, kept to compare with. The
// figures are stored as the JSON of PeriodStats, so a baseline says what it said the day it
// was saved, whatever is imported or corrected later.
struct Baseline {
    qint64 id = 0;
    QString name;
    QString topic; // empty: every mention
    QDateTime since;
    QDateTime until;
    QJsonObject figures;
    QDateTime createdAt;
    // Mentions per day in the baseline's period.
    double dailyVolume() const;
    std::optional<double> netSentiment() const;
};

class BaselineStore {
public:
    explicit BaselineStore(QSqlDatabase db);
    Expected<qint64> save(const QString &name, const PeriodStats &stats, const QDateTime &at);
    // The newest baseline for the topic (or for every mention), if any.
    Expected<std::optional<Baseline>> latest(const QString &topic = {});

private:
    QSqlDatabase m_db;
};

} // namespace veille

Q_DECLARE_METATYPE(veille::Baseline)
