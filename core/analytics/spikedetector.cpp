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

// The full-text query that finds any of the words, each as a phrase.
QString riskWordsQuery(const QStringList &words) {
    QStringList phrases;
    for (const QString &word : words)
        phrases.append(u'"' + QString(word).replace(u'"', u' ') + u'"');
    return phrases.join(QStringLiteral(" OR "));
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

std::optional<AlertScope> alertScope(const Alert &alert) {
    if (alert.windowHours <= 0 || !alert.at.isValid())
        return std::nullopt;
    AlertScope scope;
    const qint64 end = alert.at.toMSecsSinceEpoch();
    scope.where = QStringLiteral("m.created_at >= :scope_start AND m.created_at < :scope_end");
    scope.binds.insert(QStringLiteral(":scope_start"), end - qint64(alert.windowHours) * 3600000);
    scope.binds.insert(QStringLiteral(":scope_end"), end);
    switch (alert.kind) {
    case Alert::Kind::VolumeSpike:
        break;
    case Alert::Kind::NegativeShare:
        scope.where += QStringLiteral(" AND m.sentiment_label = 'negative'");
        break;
    case Alert::Kind::InfluentialDetractors:
        scope.where += QStringLiteral(
            " AND m.sentiment_label = 'negative' AND a.followers >= :scope_followers");
        scope.binds.insert(QStringLiteral(":scope_followers"), alert.followers);
        break;
    case Alert::Kind::RiskWords: {
        if (alert.words.isEmpty())
            return std::nullopt;
        scope.where += QStringLiteral(" AND m.row_id IN (SELECT rowid FROM mentions_fts WHERE "
                                      "mentions_fts MATCH :scope_words)");
        scope.binds.insert(QStringLiteral(":scope_words"), riskWordsQuery(alert.words));
        break;
    }
    }
    return scope;
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

    // The newest 50 of an alert's mentions, and how many there are in all.
    auto windowMentions = [&](Alert &a) -> std::optional<StorageError> {
        const std::optional<AlertScope> scope = alertScope(a);
        QSqlQuery m(m_db);
        m.setForwardOnly(true);
        m.prepare(QStringLiteral("SELECT m.row_id, COUNT(*) OVER () FROM mentions m JOIN authors a "
                                 "ON a.id = m.author_id WHERE ") +
                  scope->where + QStringLiteral(" ORDER BY m.created_at DESC LIMIT 50"));
        for (auto it = scope->binds.cbegin(); it != scope->binds.cend(); ++it)
            m.bindValue(it.key(), it.value());
        if (!m.exec())
            return queryError(m);
        a.mentionRowIds.clear();
        qint64 total = 0;
        while (m.next()) {
            a.mentionRowIds.append(m.value(0).toLongLong());
            total = m.value(1).toLongLong();
        }
        if (a.kind == Alert::Kind::InfluentialDetractors)
            a.value = double(total);
        return std::nullopt;
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
        if (auto error = windowMentions(a))
            return *error;
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
        if (auto error = windowMentions(a))
            return *error;
        alerts.append(a);
    }

    // Risk words: matched as the stream matches words (case and accents aside), in the window.
    if (!m_rules.riskWords.isEmpty()) {
        QSqlQuery m(m_db);
        m.setForwardOnly(true);
        m.prepare(QStringLiteral(
            "SELECT m.row_id, m.text FROM mentions m WHERE m.row_id IN (SELECT rowid FROM "
            "mentions_fts WHERE mentions_fts MATCH :words) AND m.created_at >= :start AND "
            "m.created_at < :end ORDER BY m.created_at DESC"));
        m.bindValue(QStringLiteral(":words"), riskWordsQuery(m_rules.riskWords));
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
    Alert reach;
    reach.kind = Alert::Kind::InfluentialDetractors;
    reach.at = now;
    reach.key = dayKey(QStringLiteral("reach"), now);
    reach.windowHours = m_rules.windowHours;
    reach.followers = m_rules.highReachFollowers;
    if (auto error = windowMentions(reach))
        return *error;
    if (!reach.mentionRowIds.isEmpty()) {
        reach.title = alertTitle(reach, locale);
        alerts.append(reach);
    }
    return alerts;
}

} // namespace veille
