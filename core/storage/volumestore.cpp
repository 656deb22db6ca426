#include "volumestore.h"

#include "mentionstore.h"

#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

namespace veille {

VolumeStore::VolumeStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

Expected<QList<DailyVolume>> VolumeStore::daily(const QDateTime &since, const QDateTime &until,
                                                const QString &topic) {
    constexpr qint64 kDayMs = 86'400'000;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT m.created_at / :day AS d, m.sentiment_label, COUNT(*) FROM mentions m "
                  "WHERE m.created_at >= :since AND m.created_at < :until") +
              (topic.isEmpty()
                   ? QString()
                   : QStringLiteral(" AND EXISTS (SELECT 1 FROM mention_topics mt JOIN topics t "
                                    "ON t.id = mt.topic_id WHERE mt.mention_row_id = m.row_id "
                                    "AND t.name = :topic)")) +
              QStringLiteral(" GROUP BY d, m.sentiment_label"));
    q.bindValue(QStringLiteral(":day"), kDayMs);
    q.bindValue(QStringLiteral(":since"), since.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":until"), until.toMSecsSinceEpoch());
    if (!topic.isEmpty())
        q.bindValue(QStringLiteral(":topic"), topic);
    if (!q.exec())
        return queryError(q);

    QList<DailyVolume> days;
    QHash<qint64, qsizetype> index;
    const QDate first = since.toUTC().date();
    const QDate last = until.toUTC().addMSecs(-1).date();
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        index.insert(d.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() / kDayMs, days.size());
        days.append({d});
    }
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        DailyVolume &day = days[*it];
        const QString label = q.value(1).toString();
        const qint64 n = q.value(2).toLongLong();
        if (label == QLatin1String("positive"))
            day.positive += n;
        else if (label == QLatin1String("negative"))
            day.negative += n;
        else if (label == QLatin1String("neutral"))
            day.neutral += n;
        else
            day.unscored += n;
    }
    return days;
}

Expected<WorkspaceSummary> VolumeStore::summary() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM mentions), (SELECT COUNT(*) FROM sources), "
            "(SELECT COUNT(*) FROM authors), "
            "(SELECT COUNT(*) FROM mentions WHERE status IN ('new', 'assigned')), "
            "(SELECT MAX(created_at) FROM mentions)")) ||
        !q.next())
        return queryError(q);
    WorkspaceSummary s;
    s.mentions = q.value(0).toLongLong();
    s.sources = q.value(1).toLongLong();
    s.authors = q.value(2).toLongLong();
    s.openMentions = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        s.newest = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::utc());
    return s;
}

} // namespace veille
