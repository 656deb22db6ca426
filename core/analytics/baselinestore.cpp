#include "baselinestore.h"

#include "storage/mentionstore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace veille {

double Baseline::dailyVolume() const {
    const double days = std::max<double>(1.0, double(since.secsTo(until)) / 86400.0);
    return figures.value(u"volume").toDouble() / days;
}

std::optional<double> Baseline::netSentiment() const {
    const QJsonValue net = figures.value(u"net_sentiment");
    if (!net.isDouble())
        return std::nullopt;
    return net.toDouble();
}

BaselineStore::BaselineStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

Expected<qint64> BaselineStore::save(const QString &name, const PeriodStats &stats,
                                     const QDateTime &at) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO baselines (name, topic_id, since, until, figures, created_at) VALUES "
        "(:name, (SELECT id FROM topics WHERE name = :topic), :since, :until, :figures, :at)"));
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":topic"), stats.topic);
    q.bindValue(QStringLiteral(":since"), stats.since.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":until"), stats.until.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":figures"),
                QString::fromUtf8(QJsonDocument(stats.toJson()).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":at"), at.toMSecsSinceEpoch());
    if (!q.exec())
        return queryError(q);
    return q.lastInsertId().toLongLong();
}

Expected<std::optional<Baseline>> BaselineStore::latest(const QString &topic) {
    QSqlQuery q(m_db);
    q.prepare(topic.isEmpty()
                  ? QStringLiteral("SELECT b.id, b.name, '', b.since, b.until, b.figures, "
                                   "b.created_at FROM baselines b WHERE b.topic_id IS NULL "
                                   "ORDER BY b.created_at DESC, b.id DESC LIMIT 1")
                  : QStringLiteral("SELECT b.id, b.name, t.name, b.since, b.until, b.figures, "
                                   "b.created_at FROM baselines b JOIN topics t ON t.id = "
                                   "b.topic_id WHERE t.name = :topic ORDER BY b.created_at DESC, "
                                   "b.id DESC LIMIT 1"));
    if (!topic.isEmpty())
        q.bindValue(QStringLiteral(":topic"), topic);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<Baseline>();
    Baseline b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.topic = q.value(2).toString();
    b.since = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), QTimeZone::utc());
    b.until = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::utc());
    b.figures = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    b.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), QTimeZone::utc());
    return std::optional<Baseline>(b);
}

} // namespace veille
