#include "reportdata.h"

#include "analytics/spikedetector.h"
#include "storage/mentionstore.h"
#include "storage/poststore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

namespace veille {

namespace {

// Restricts `m` (mentions) to the topic when there is one.
QString topicCondition(const QString &topic) {
    if (topic.isEmpty())
        return {};
    return QStringLiteral(" AND EXISTS (SELECT 1 FROM mention_topics mt JOIN topics t ON t.id = "
                          "mt.topic_id WHERE mt.mention_row_id = m.row_id AND t.name = :topic)");
}

// The brand's own publishing accounts are "us": never quoted, never ambassadors.
const QString kNotBrand = QStringLiteral(
    " AND NOT EXISTS (SELECT 1 FROM accounts ac JOIN authors au ON au.network = ac.network AND "
    "au.handle = ac.handle WHERE au.id = m.author_id)");

class PeriodQuery {
public:
    PeriodQuery(QSqlDatabase db, const QDateTime &since, const QDateTime &until,
                const QString &topic)
        : m_query(db)
        , m_since(since)
        , m_until(until)
        , m_topic(topic) {
        m_query.setForwardOnly(true);
    }
    // `sql` may use :since, :until and :topic.
    bool exec(const QString &sql) {
        m_query.prepare(sql);
        m_query.bindValue(QStringLiteral(":since"), m_since.toMSecsSinceEpoch());
        m_query.bindValue(QStringLiteral(":until"), m_until.toMSecsSinceEpoch());
        if (!m_topic.isEmpty() && sql.contains(QLatin1String(":topic")))
            m_query.bindValue(QStringLiteral(":topic"), m_topic);
        return m_query.exec();
    }
    QSqlQuery &query() { return m_query; }

private:
    QSqlQuery m_query;
    QDateTime m_since;
    QDateTime m_until;
    QString m_topic;
};

Expected<QList<qint64>> rowIds(PeriodQuery &q, const QString &sql) {
    if (!q.exec(sql))
        return queryError(q.query());
    QList<qint64> ids;
    while (q.query().next())
        ids.append(q.query().value(0).toLongLong());
    return ids;
}

// Keeps the order of `ids` (byRowIds answers newest first).
Expected<QList<Mention>> mentionsInOrder(MentionStore &store, const QList<qint64> &ids) {
    auto found = store.byRowIds(ids);
    if (failed(found))
        return found;
    QList<Mention> ordered;
    const QList<Mention> &all = std::get<QList<Mention>>(found);
    for (qint64 id : ids)
        for (const Mention &m : all)
            if (m.rowId == id)
                ordered.append(m);
    return ordered;
}

Expected<QList<PeriodAuthor>> periodAuthors(PeriodQuery &q, const QString &topic, bool positive,
                                            int limit) {
    // Influential: a large audience, or mentions that carried (engagement).
    const QString sql =
        QStringLiteral(
            "SELECT a.id, a.network, a.handle, a.name, a.url, a.followers, COUNT(*), "
            "AVG(m.sentiment_score), SUM(m.likes + m.reposts + m.replies) FROM mentions m "
            "JOIN authors a ON a.id = m.author_id WHERE m.created_at >= :since AND "
            "m.created_at < :until AND m.sentiment_score IS NOT NULL") +
        topicCondition(topic) + kNotBrand +
        QStringLiteral(" GROUP BY a.id HAVING %1 AND (COALESCE(a.followers, 0) >= %2 OR "
                       "SUM(m.likes + m.reposts + m.replies) >= 50) ORDER BY "
                       "COALESCE(a.followers, 0) + 20 * SUM(m.likes + m.reposts + m.replies) "
                       "DESC, a.id LIMIT %3")
            .arg(positive
                     ? QStringLiteral("AVG(m.sentiment_score) >= %1").arg(kAmbassadorSentiment)
                     : QStringLiteral("AVG(m.sentiment_score) <= -%1").arg(kAmbassadorSentiment))
            .arg(kInfluentialFollowers)
            .arg(limit);
    if (!q.exec(sql))
        return queryError(q.query());
    QList<PeriodAuthor> authors;
    QSqlQuery &r = q.query();
    while (r.next()) {
        PeriodAuthor a;
        a.id = r.value(0).toString();
        a.network = r.value(1).toString();
        a.handle = r.value(2).toString();
        a.name = r.value(3).toString();
        a.url = r.value(4).toString();
        if (!r.isNull(5))
            a.followers = r.value(5).toLongLong();
        a.mentions = r.value(6).toLongLong();
        a.averageSentiment = r.value(7).toDouble();
        a.engagement = r.value(8).toLongLong();
        authors.append(a);
    }
    return authors;
}

Expected<std::pair<qint64, qint64>> authorCounts(PeriodQuery &q, const QString &topic) {
    // Active authors, and among them the ones first seen in the period.
    if (!q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(a.first_seen >= :since), 0) FROM "
                               "(SELECT DISTINCT m.author_id FROM mentions m WHERE "
                               "m.created_at >= :since AND m.created_at < :until") +
                topicCondition(topic) + kNotBrand +
                QStringLiteral(") p JOIN authors a ON a.id = p.author_id")))
        return queryError(q.query());
    if (!q.query().next())
        return std::pair<qint64, qint64>{0, 0};
    return std::pair{q.query().value(0).toLongLong(), q.query().value(1).toLongLong()};
}

} // namespace

ReportBuilder::ReportBuilder(QSqlDatabase db)
    : m_db(std::move(db)) {}

Expected<ReportData> ReportBuilder::build(const ReportRequest &request) {
    if (!request.since.isValid() || !request.until.isValid() || request.since >= request.until)
        return StorageError{StorageError::Kind::Query,
                            QCoreApplication::translate("Report",
                                                        "A report needs a period that ends "
                                                        "after it starts.")};
    ReportData data;
    data.request = request;
    data.request.since = request.since.toUTC();
    data.request.until = request.until.toUTC();
    if (!data.request.issuedAt.isValid())
        data.request.issuedAt = QDateTime::currentDateTimeUtc();
    const QDateTime since = data.request.since;
    const QDateTime until = data.request.until;
    const QDateTime before = since.addSecs(-since.secsTo(until));
    const QString &topic = request.topic;

    // The brand: the topic asked for, else the first topic that is not a competitor.
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT name, competitor FROM topics ORDER BY id")))
            return queryError(q);
        while (q.next()) {
            if (q.value(1).toBool())
                data.competitors.append(q.value(0).toString());
            else if (data.brand.isEmpty())
                data.brand = q.value(0).toString();
        }
        if (!topic.isEmpty()) {
            data.brand = topic;
            data.competitors.removeAll(topic);
        }
    }

    PeriodStatsStore stats(m_db);
    auto current = stats.compute(since, until, topic);
    if (failed(current))
        return std::get<StorageError>(current);
    data.current = std::get<PeriodStats>(std::move(current));
    auto previous = stats.compute(before, since, topic);
    if (failed(previous))
        return std::get<StorageError>(previous);
    data.previous = std::get<PeriodStats>(std::move(previous));
    auto baseline = BaselineStore(m_db).latest(topic);
    if (failed(baseline))
        return std::get<StorageError>(baseline);
    data.baseline = std::get<std::optional<Baseline>>(baseline);
    auto days = VolumeStore(m_db).daily(since, until, topic);
    if (failed(days))
        return std::get<StorageError>(days);
    data.days = std::get<QList<DailyVolume>>(days);

    // The most telling mentions: the most engaging of each sentiment, and the most engaging.
    PeriodQuery q(m_db, since, until, topic);
    MentionStore mentions(m_db);
    const QString quoted = QStringLiteral("SELECT m.row_id FROM mentions m WHERE m.created_at >= "
                                          ":since AND m.created_at < :until") +
                           topicCondition(topic) + kNotBrand;
    const QString byEngagement =
        QStringLiteral(" ORDER BY m.likes + 2 * m.reposts + m.replies DESC, m.created_at DESC "
                       "LIMIT %1")
            .arg(request.quotes);
    struct Quote {
        QString condition;
        QList<Mention> *into;
    };
    // The most engaging overall, leaving out what is already quoted above.
    QList<qint64> quotedIds;
    for (const Quote &quote :
         {Quote{QStringLiteral(" AND m.sentiment_label = 'positive'"), &data.topPositive},
          Quote{QStringLiteral(" AND m.sentiment_label = 'negative'"), &data.topNegative},
          Quote{QString(), &data.mostEngaged}}) {
        const bool overall = quote.condition.isEmpty();
        const auto ids =
            rowIds(q, quoted + quote.condition +
                          (overall ? QStringLiteral(" ORDER BY m.likes + 2 * m.reposts "
                                                    "+ m.replies DESC, m.created_at "
                                                    "DESC LIMIT %1")
                                         .arg(request.quotes * 3)
                                   : byEngagement));
        if (failed(ids))
            return std::get<StorageError>(ids);
        QList<qint64> chosen;
        for (qint64 id : std::get<QList<qint64>>(ids))
            if (!quotedIds.contains(id) && chosen.size() < request.quotes)
                chosen.append(id);
        quotedIds += chosen;
        auto found = mentionsInOrder(mentions, chosen);
        if (failed(found))
            return std::get<StorageError>(found);
        *quote.into = std::get<QList<Mention>>(std::move(found));
    }

    for (const auto &[positive, into] :
         {std::pair{true, &data.ambassadors}, std::pair{false, &data.detractors}}) {
        auto found = periodAuthors(q, topic, positive, request.people);
        if (failed(found))
            return std::get<StorageError>(found);
        *into = std::get<QList<PeriodAuthor>>(std::move(found));
    }

    const auto now = authorCounts(q, topic);
    if (failed(now))
        return std::get<StorageError>(now);
    std::tie(data.community.activeAuthors, data.community.newAuthors) =
        std::get<std::pair<qint64, qint64>>(now);
    PeriodQuery earlier(m_db, before, since, topic);
    const auto then = authorCounts(earlier, topic);
    if (failed(then))
        return std::get<StorageError>(then);
    std::tie(data.community.activeAuthorsBefore, data.community.newAuthorsBefore) =
        std::get<std::pair<qint64, qint64>>(then);

    // The segments of the people active in the period, as the roster decided them.
    if (!q.exec(QStringLiteral("SELECT a.segment, COUNT(*) FROM (SELECT DISTINCT m.author_id FROM "
                               "mentions m WHERE m.created_at >= :since AND m.created_at < "
                               ":until") +
                topicCondition(topic) + kNotBrand +
                QStringLiteral(") p JOIN authors a ON a.id = p.author_id WHERE a.segment IS NOT "
                               "NULL GROUP BY a.segment ORDER BY 2 DESC, 1")))
        return queryError(q.query());
    while (q.query().next())
        data.community.segments.append(
            {q.query().value(0).toString(), q.query().value(1).toLongLong()});

    // Posts: what went out in the period (by send time), and what did not.
    PostStore posts(m_db);
    const auto all = posts.find(PostQuery{before, until, 0});
    if (failed(all))
        return std::get<StorageError>(all);
    for (const ScheduledPost &post : std::get<QList<ScheduledPost>>(all)) {
        const QDateTime at = post.sentAt.isValid() ? post.sentAt : post.scheduledAt;
        const bool inPeriod = at >= since && at < until;
        const qint64 engagement = post.metrics.likes + post.metrics.reposts + post.metrics.replies;
        if (post.status == PostStatus::Sent) {
            if (inPeriod) {
                ++data.posts.published;
                data.posts.engagement.likes += post.metrics.likes;
                data.posts.engagement.reposts += post.metrics.reposts;
                data.posts.engagement.replies += post.metrics.replies;
                const auto &best = data.posts.best;
                if (!best || engagement > best->metrics.likes + best->metrics.reposts +
                                              best->metrics.replies)
                    data.posts.best = post;
            } else {
                ++data.posts.publishedBefore;
                data.posts.engagementBefore += engagement;
            }
        } else if (inPeriod && post.status == PostStatus::Failed) {
            ++data.posts.failed;
        } else if (inPeriod && post.status == PostStatus::Missed) {
            ++data.posts.missed;
        }
    }

    // Alerts of the period, and how the mentions behind them were handled.
    auto alerts = AlertStore(m_db).raisedBetween(since, until);
    if (failed(alerts))
        return std::get<StorageError>(alerts);
    for (const StoredAlert &stored : std::get<QList<StoredAlert>>(alerts)) {
        PeriodAlert alert{stored, stored.alert.mentionRowIds.size(), 0, 0};
        QSqlQuery handled(m_db);
        constexpr auto kHandled = "SELECT COUNT(*), COALESCE(SUM(m.status = 'resolved'), 0), "
                                  "COALESCE(SUM(m.first_response_at IS NOT NULL), 0) FROM "
                                  "mentions m JOIN authors a ON a.id = m.author_id WHERE ";
        if (const std::optional<AlertScope> scope = alertScope(stored.alert)) {
            // Every mention behind it, not only the 50 it keeps.
            handled.prepare(QLatin1String(kHandled) + scope->where);
            for (auto it = scope->binds.cbegin(); it != scope->binds.cend(); ++it)
                handled.bindValue(it.key(), it.value());
            if (!handled.exec())
                return queryError(handled);
        } else if (!stored.alert.mentionRowIds.isEmpty()) {
            QStringList ids;
            for (qint64 id : stored.alert.mentionRowIds)
                ids.append(QString::number(id));
            if (!handled.exec(QLatin1String(kHandled) +
                              QStringLiteral("m.row_id IN (%1)").arg(ids.join(u','))))
                return queryError(handled);
        }
        if (handled.isActive() && handled.next()) {
            alert.mentions = handled.value(0).toLongLong();
            alert.resolved = handled.value(1).toLongLong();
            alert.answered = handled.value(2).toLongLong();
        }
        data.alerts.append(alert);
    }
    return data;
}

} // namespace veille
