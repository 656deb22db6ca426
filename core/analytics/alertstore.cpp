#include "alertstore.h"

#include "storage/mentionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

namespace veille {

QString alertKindName(Alert::Kind kind) {
    switch (kind) {
    case Alert::Kind::VolumeSpike:
        return QStringLiteral("volume");
    case Alert::Kind::NegativeShare:
        return QStringLiteral("negative_share");
    case Alert::Kind::RiskWords:
        return QStringLiteral("risk_words");
    case Alert::Kind::InfluentialDetractors:
        return QStringLiteral("influential_detractors");
    }
    return {};
}

namespace {

Alert::Kind kindFromName(const QString &name) {
    for (const Alert::Kind kind : {Alert::Kind::VolumeSpike, Alert::Kind::NegativeShare,
                                   Alert::Kind::RiskWords, Alert::Kind::InfluentialDetractors})
        if (alertKindName(kind) == name)
            return kind;
    return Alert::Kind::VolumeSpike;
}

} // namespace

AlertStore::AlertStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

Expected<QList<Alert>> AlertStore::raise(const QList<Alert> &alerts) {
    QList<Alert> raised;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO alerts (key, kind, raised_at, title, value, usual, mention_ids, details) "
        "VALUES (:key, :kind, :at, :title, :value, :usual, :ids, :details) "
        "ON CONFLICT (key) DO NOTHING"));
    // An alert of a kind already raised within its window says again what the manager was
    // told: a condition that lasts past midnight would be raised again for the new day.
    QSqlQuery recent(m_db);
    recent.prepare(QStringLiteral("SELECT 1 FROM alerts WHERE kind = :kind AND raised_at > :since "
                                  "AND raised_at <= :at LIMIT 1"));
    for (const Alert &a : alerts) {
        if (a.windowHours > 0) {
            recent.bindValue(QStringLiteral(":kind"), alertKindName(a.kind));
            recent.bindValue(QStringLiteral(":since"),
                             a.at.toMSecsSinceEpoch() - qint64(a.windowHours) * 3600 * 1000);
            recent.bindValue(QStringLiteral(":at"), a.at.toMSecsSinceEpoch());
            if (!recent.exec())
                return queryError(recent);
            const bool told = recent.next();
            recent.finish();
            if (told)
                continue;
        }
        QStringList ids;
        for (const qint64 id : a.mentionRowIds)
            ids.append(QString::number(id));
        q.bindValue(QStringLiteral(":key"), a.key);
        q.bindValue(QStringLiteral(":kind"), alertKindName(a.kind));
        q.bindValue(QStringLiteral(":at"), a.at.toMSecsSinceEpoch());
        q.bindValue(QStringLiteral(":title"), a.title);
        q.bindValue(QStringLiteral(":value"), a.value);
        q.bindValue(QStringLiteral(":usual"), a.usual);
        q.bindValue(QStringLiteral(":ids"), ids.join(u','));
        QJsonObject details{{QStringLiteral("hours"), a.windowHours}};
        if (a.followers > 0)
            details.insert(QStringLiteral("followers"), a.followers);
        if (!a.words.isEmpty())
            details.insert(QStringLiteral("words"), QJsonArray::fromStringList(a.words));
        q.bindValue(QStringLiteral(":details"),
                    a.windowHours > 0 ? QVariant(QString::fromUtf8(
                                            QJsonDocument(details).toJson(QJsonDocument::Compact)))
                                      : QVariant(QMetaType(QMetaType::QString)));
        if (!q.exec())
            return queryError(q);
        if (q.numRowsAffected() == 1)
            raised.append(a);
    }
    return raised;
}

namespace {

constexpr auto kAlertColumns = "SELECT id, key, kind, raised_at, title, value, usual, mention_ids, "
                               "acknowledged_at, details FROM alerts ";

QList<StoredAlert> readAlerts(QSqlQuery &q) {
    QList<StoredAlert> all;
    while (q.next()) {
        StoredAlert s;
        s.id = q.value(0).toLongLong();
        s.alert.key = q.value(1).toString();
        s.alert.kind = kindFromName(q.value(2).toString());
        s.alert.at = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), QTimeZone::utc());
        s.alert.title = q.value(4).toString();
        s.alert.value = q.value(5).toDouble();
        s.alert.usual = q.value(6).toDouble();
        for (const QString &id : q.value(7).toString().split(u',', Qt::SkipEmptyParts))
            s.alert.mentionRowIds.append(id.toLongLong());
        if (!q.isNull(8))
            s.acknowledgedAt =
                QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), QTimeZone::utc());
        if (!q.isNull(9)) {
            const QJsonObject details = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
            s.alert.windowHours = details.value(QStringLiteral("hours")).toInt();
            s.alert.followers = details.value(QStringLiteral("followers")).toInteger();
            for (const QJsonValue &word : details.value(QStringLiteral("words")).toArray())
                s.alert.words.append(word.toString());
        }
        all.append(s);
    }
    return all;
}

} // namespace

Expected<QList<StoredAlert>> AlertStore::open(int limit) {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kAlertColumns) +
              QStringLiteral("WHERE acknowledged_at IS NULL ORDER BY raised_at DESC "
                             "LIMIT :limit"));
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return queryError(q);
    return readAlerts(q);
}

Expected<QList<StoredAlert>> AlertStore::raisedBetween(const QDateTime &since,
                                                       const QDateTime &until) {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kAlertColumns) +
              QStringLiteral("WHERE raised_at >= :since AND raised_at < :until ORDER BY "
                             "raised_at"));
    q.bindValue(QStringLiteral(":since"), since.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":until"), until.toMSecsSinceEpoch());
    if (!q.exec())
        return queryError(q);
    return readAlerts(q);
}

Expected<bool> AlertStore::acknowledge(qint64 id, const QDateTime &at) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE alerts SET acknowledged_at = :at WHERE id = :id"));
    q.bindValue(QStringLiteral(":at"), at.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return queryError(q);
    return q.numRowsAffected() == 1;
}

namespace {
const QString kRulesKey = QStringLiteral("alert_rules");
} // namespace

Expected<bool> AlertStore::hasRules() {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM workspace_settings WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), kRulesKey);
    if (!q.exec())
        return queryError(q);
    return q.next();
}

Expected<AlertRules> AlertStore::rules() {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM workspace_settings WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), kRulesKey);
    if (!q.exec())
        return queryError(q);
    AlertRules rules;
    if (!q.next())
        return rules;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    rules.k = o.value(QLatin1String("k")).toDouble(rules.k);
    rules.windowHours = o.value(QLatin1String("window_hours")).toInt(rules.windowHours);
    rules.historyWindows = o.value(QLatin1String("history_windows")).toInt(rules.historyWindows);
    rules.minimumVolume = o.value(QLatin1String("minimum_volume")).toInt(rules.minimumVolume);
    rules.minimumNegatives =
        o.value(QLatin1String("minimum_negatives")).toInt(rules.minimumNegatives);
    rules.highReachFollowers =
        o.value(QLatin1String("high_reach_followers")).toInteger(rules.highReachFollowers);
    if (o.contains(QLatin1String("risk_words"))) {
        rules.riskWords.clear();
        for (const QJsonValue &word : o.value(QLatin1String("risk_words")).toArray())
            rules.riskWords.append(word.toString());
    }
    return rules;
}

Expected<bool> AlertStore::setRules(const AlertRules &rules) {
    const QJsonObject o{
        {QStringLiteral("k"), rules.k},
        {QStringLiteral("window_hours"), rules.windowHours},
        {QStringLiteral("history_windows"), rules.historyWindows},
        {QStringLiteral("minimum_volume"), rules.minimumVolume},
        {QStringLiteral("minimum_negatives"), rules.minimumNegatives},
        {QStringLiteral("high_reach_followers"), rules.highReachFollowers},
        {QStringLiteral("risk_words"), QJsonArray::fromStringList(rules.riskWords)}};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (:key, :value) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":key"), kRulesKey);
    q.bindValue(QStringLiteral(":value"),
                QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return queryError(q);
    return true;
}

} // namespace veille
