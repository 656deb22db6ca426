#include "spikedetector.h"

#include "alerttitle.h"

#include "listening/matchtext.h"
#include "storage/mentionstore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

#include <cmath>

namespace veille {

namespace {

struct Spread {
    double mean = 0;
    double deviation = 0;
};

Spread spreadOf(const QList<double> &values) {
    Spread s;
    if (values.isEmpty())
        return s;
    for (double v : values)
        s.mean += v;
    s.mean /= double(values.size());
    double sum = 0;
    for (double v : values)
        sum += (v - s.mean) * (v - s.mean);
    s.deviation = std::sqrt(sum / double(values.size()));
    return s;
}

QString dayKey(const QString &kind, const QDateTime &at) {
    return kind + u':' +
           at.toUTC().addMSecs(-1).date().toString(Qt::ISODate); // the day the window ends in
}

} // namespace

QStringList AlertRules::defaultRiskWords() {
    return {QStringLiteral("boycott"),      QStringLiteral("boycotter"),
            QStringLiteral("arnaque"),      QStringLiteral("escroquerie"),
            QStringLiteral("scandale"),     QStringLiteral("plainte"),
            QStringLiteral("avocat"),       QStringLiteral("rappel produit"),
            QStringLiteral("dangereux"),    QStringLiteral("incendie"),
            QStringLiteral("intoxication"), QStringLiteral("lawsuit"),
            QStringLiteral("scam"),         QStringLiteral("recall"),
            QStringLiteral("unsafe"),       QStringLiteral("fire hazard"),
            QStringLiteral("fraud"),        QStringLiteral("class action")};
}

SpikeDetector::SpikeDetector(QSqlDatabase db, AlertRules rules)
    : m_db(std::move(db))
    , m_rules(std::move(rules)) {}

Expected<QList<Alert>> SpikeDetector::check(const QDateTime &now) {
    QList<Alert> alerts;
    const qint64 window = qint64(m_rules.windowHours) * 3600 * 1000;
    const qint64 end = now.toMSecsSinceEpoch();
    const qint64 windowStart = end - window;
    const qint64 from = end - window * (m_rules.historyWindows + 1);
    const QLocale locale;

    // Mentions and negatives per window, the current one being 0.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT (:end - created_at - 1) / :window, COUNT(*), "
        "SUM(CASE WHEN sentiment_label = 'negative' THEN 1 ELSE 0 END) FROM mentions "
        "WHERE created_at >= :from AND created_at < :end GROUP BY 1"));
    q.bindValue(QStringLiteral(":end"), end);
    q.bindValue(QStringLiteral(":window"), window);
    q.bindValue(QStringLiteral(":from"), from);
    if (!q.exec())
        return queryError(q);
    QList<double> volumes(m_rules.historyWindows + 1, 0.0);
    QList<double> negatives(m_rules.historyWindows + 1, 0.0);
    while (q.next()) {
        const int index = q.value(0).toInt();
        if (index < 0 || index > m_rules.historyWindows)
            continue;
        volumes[index] = q.value(1).toDouble();
        negatives[index] = q.value(2).toDouble();
    }
    const double volume = volumes[0];
    const double negative = negatives[0];
    QList<double> pastVolumes = volumes.mid(1);
    QList<double> pastShares;
    for (int i = 1; i <= m_rules.historyWindows; ++i)
        if (volumes[i] > 0)
            pastShares.append(negatives[i] / volumes[i]);

    auto windowMentions = [&](const QString &extra, qint64 bind) -> Expected<QList<qint64>> {
        QSqlQuery m(m_db);
        m.setForwardOnly(true);
        m.prepare(
            QStringLiteral("SELECT m.row_id FROM mentions m JOIN authors a ON a.id = m.author_id "
                           "WHERE m.created_at >= :start AND m.created_at < :end") +
            extra + QStringLiteral(" ORDER BY m.created_at DESC LIMIT 50"));
        m.bindValue(QStringLiteral(":start"), windowStart);
        m.bindValue(QStringLiteral(":end"), end);
        if (extra.contains(u":value"))
            m.bindValue(QStringLiteral(":value"), bind);
        if (!m.exec())
            return queryError(m);
        QList<qint64> ids;
        while (m.next())
            ids.append(m.value(0).toLongLong());
        return ids;
    };

    const Spread usualVolume = spreadOf(pastVolumes);
    if (volume >= m_rules.minimumVolume &&
        volume > usualVolume.mean + m_rules.k * usualVolume.deviation &&
        volume > 1.5 * usualVolume.mean) {
        Alert a;
        a.kind = Alert::Kind::VolumeSpike;
        a.at = now;
        a.value = volume;
        a.usual = usualVolume.mean;
        a.key = dayKey(QStringLiteral("volume"), now);
        a.windowHours = m_rules.windowHours;
        a.title = alertTitle(a, locale);
        auto ids = windowMentions({}, 0);
        if (failed(ids))
            return std::get<StorageError>(ids);
        a.mentionRowIds = std::get<QList<qint64>>(ids);
        alerts.append(a);
    }

    const Spread usualShare = spreadOf(pastShares);
    const double share = volume > 0 ? negative / volume : 0.0;
    if (negative >= m_rules.minimumNegatives &&
        share > usualShare.mean + m_rules.k * usualShare.deviation &&
        share > usualShare.mean + 0.10) {
        Alert a;
        a.kind = Alert::Kind::NegativeShare;
        a.at = now;
        a.value = share;
        a.usual = usualShare.mean;
        a.key = dayKey(QStringLiteral("negative"), now);
        a.windowHours = m_rules.windowHours;
        a.title = alertTitle(a, locale);
        auto ids = windowMentions(QStringLiteral(" AND m.sentiment_label = 'negative'"), 0);
        if (failed(ids))
            return std::get<StorageError>(ids);
        a.mentionRowIds = std::get<QList<qint64>>(ids);
        alerts.append(a);
    }

    // Risk words: matched as the stream matches words (case and accents aside), in the window.
    if (!m_rules.riskWords.isEmpty()) {
        QStringList phrases;
        for (const QString &word : m_rules.riskWords)
            phrases.append(u'"' + QString(word).replace(u'"', u' ') + u'"');
        QSqlQuery m(m_db);
        m.setForwardOnly(true);
        m.prepare(QStringLiteral(
            "SELECT m.row_id, m.text FROM mentions m WHERE m.row_id IN (SELECT rowid FROM "
            "mentions_fts WHERE mentions_fts MATCH :words) AND m.created_at >= :start AND "
            "m.created_at < :end ORDER BY m.created_at DESC"));
        m.bindValue(QStringLiteral(":words"), phrases.join(QStringLiteral(" OR ")));
        m.bindValue(QStringLiteral(":start"), windowStart);
        m.bindValue(QStringLiteral(":end"), end);
        if (!m.exec())
            return queryError(m);
        Alert a;
        QStringList found;
        while (m.next()) {
            if (a.mentionRowIds.size() < 50)
                a.mentionRowIds.append(m.value(0).toLongLong());
            const QString text = foldForMatching(m.value(1).toString());
            for (const QString &word : m_rules.riskWords)
                if (!found.contains(word) && text.contains(foldForMatching(word)))
                    found.append(word);
            a.value += 1;
        }
        if (a.value > 0) {
            a.kind = Alert::Kind::RiskWords;
            a.at = now;
            a.key = dayKey(QStringLiteral("risk"), now);
            a.windowHours = m_rules.windowHours;
            a.words = found;
            a.title = alertTitle(a, locale);
            alerts.append(a);
        }
    }

    // Negative mentions from accounts with a large audience.
    auto detractors = windowMentions(
        QStringLiteral(" AND m.sentiment_label = 'negative' AND a.followers >= :value"),
        m_rules.highReachFollowers);
    if (failed(detractors))
        return std::get<StorageError>(detractors);
    if (!std::get<QList<qint64>>(detractors).isEmpty()) {
        Alert a;
        a.kind = Alert::Kind::InfluentialDetractors;
        a.at = now;
        a.mentionRowIds = std::get<QList<qint64>>(detractors);
        a.value = double(a.mentionRowIds.size());
        a.key = dayKey(QStringLiteral("reach"), now);
        a.windowHours = m_rules.windowHours;
        a.followers = m_rules.highReachFollowers;
        a.title = alertTitle(a, locale);
        alerts.append(a);
    }
    return alerts;
}

} // namespace veille
