#include "authorstore.h"

#include "mentionstore.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace veille {

namespace {

const QString kColumns = QStringLiteral(
    "SELECT a.id, a.network, a.handle, a.name, a.url, a.followers, a.following, "
    "a.mention_count, a.first_seen, a.last_seen, a.sentiment_sum, a.sentiment_n, mb.name, "
    "a.segment, a.segment_reason, a.ambassador, a.detractor, a.suspicious, a.note, "
    "a.engagement_sum, a.ambassador_mark, "
    "(SELECT group_concat(t.name, ',') FROM author_tags att JOIN tags t ON t.id = att.tag_id "
    "WHERE att.author_id = a.id) "
    "FROM authors a LEFT JOIN members mb ON mb.id = a.member_id");

QDateTime utcOrNull(const QVariant &value) {
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

Author readAuthor(const QSqlQuery &q) {
    Author a;
    a.id = q.value(0).toString();
    a.network = q.value(1).toString();
    a.handle = q.value(2).toString();
    a.name = q.value(3).toString();
    a.url = q.value(4).toString();
    if (!q.value(5).isNull())
        a.followers = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        a.following = q.value(6).toLongLong();
    a.mentionCount = q.value(7).toLongLong();
    a.firstSeen = utcOrNull(q.value(8));
    a.lastSeen = utcOrNull(q.value(9));
    if (q.value(11).toLongLong() > 0)
        a.averageSentiment = q.value(10).toDouble() / q.value(11).toDouble();
    a.member = q.value(12).toString();
    a.segment = q.value(13).toString();
    a.segmentReason = q.value(14).toString();
    a.ambassador = q.value(15).toBool();
    a.detractor = q.value(16).toBool();
    a.suspicious = q.value(17).toString();
    a.note = q.value(18).toString();
    a.engagement = q.value(19).toLongLong();
    a.ambassadorMark = q.value(20).toBool();
    a.tags = q.value(21).toString().split(u',', Qt::SkipEmptyParts);
    a.tags.sort();
    return a;
}

// The values of whereClause()'s placeholders.
void bindFilters(QSqlQuery &q, const AuthorQuery &query) {
    if (!query.network.isEmpty())
        q.bindValue(QStringLiteral(":network"), query.network);
    if (!query.search.isEmpty())
        q.bindValue(QStringLiteral(":search"), QStringLiteral("%%1%").arg(query.search));
    if (!query.segment.isEmpty() && q.lastQuery().contains(QLatin1String(":segment")))
        q.bindValue(QStringLiteral(":segment"), query.segment);
    if (!query.topic.isEmpty())
        q.bindValue(QStringLiteral(":topic"), query.topic);
    if (!query.memberOf.isEmpty())
        q.bindValue(QStringLiteral(":member_of"), query.memberOf);
}

} // namespace

AuthorStore::AuthorStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

QString AuthorStore::whereClause(const AuthorQuery &query) const {
    // The brand's own publishing accounts are "us", not the community.
    QStringList conditions{QStringLiteral("NOT EXISTS (SELECT 1 FROM accounts ac WHERE ac.network "
                                          "= a.network AND ac.handle = a.handle)")};
    if (!query.network.isEmpty())
        conditions << QStringLiteral("a.network = :network");
    if (!query.search.isEmpty())
        conditions << QStringLiteral("(a.handle LIKE :search OR a.name LIKE :search)");
    if (query.segment == QLatin1String("ambassador"))
        conditions << QStringLiteral("a.ambassador = 1");
    else if (query.segment == QLatin1String("detractor"))
        conditions << QStringLiteral("a.detractor = 1");
    else if (query.segment == QLatin1String("suspicious"))
        conditions << QStringLiteral("a.suspicious IS NOT NULL");
    else if (query.segment == QLatin1String("none"))
        conditions << QStringLiteral("a.segment IS NULL");
    else if (!query.segment.isEmpty())
        conditions << QStringLiteral("a.segment = :segment");
    if (!query.topic.isEmpty())
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM author_topics att JOIN topics t ON "
                                     "t.id = att.topic_id WHERE att.author_id = a.id AND t.name "
                                     "= :topic)");
    if (query.sentiment) {
        switch (*query.sentiment) {
        case SentimentLabel::Positive:
            conditions << QStringLiteral("a.sentiment_n > 0 AND a.sentiment_sum >= 0.2 * "
                                         "a.sentiment_n");
            break;
        case SentimentLabel::Negative:
            conditions << QStringLiteral("a.sentiment_n > 0 AND a.sentiment_sum <= -0.2 * "
                                         "a.sentiment_n");
            break;
        case SentimentLabel::Neutral:
            conditions << QStringLiteral("a.sentiment_n > 0 AND a.sentiment_sum > -0.2 * "
                                         "a.sentiment_n AND a.sentiment_sum < 0.2 * a.sentiment_n");
            break;
        case SentimentLabel::Unknown:
            conditions << QStringLiteral("a.sentiment_n = 0");
            break;
        }
    }
    if (!query.memberOf.isEmpty())
        conditions << QStringLiteral(
            "(a.id = :member_of OR a.member_id = (SELECT member_id FROM authors WHERE id = "
            ":member_of))");
    return QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

Expected<QList<Author>> AuthorStore::find(const AuthorQuery &query) {
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order;
    switch (query.order) {
    case AuthorQuery::Order::MostMentions:
        order = QStringLiteral("a.mention_count") + direction;
        break;
    case AuthorQuery::Order::MostFollowers:
        order = QStringLiteral("COALESCE(a.followers, -1)") + direction;
        break;
    case AuthorQuery::Order::LastSeen:
        order = QStringLiteral("a.last_seen") + direction;
        break;
    case AuthorQuery::Order::Name:
        order = QStringLiteral("a.name COLLATE NOCASE") + direction;
        break;
    case AuthorQuery::Order::Handle:
        order = QStringLiteral("a.handle COLLATE NOCASE") + direction;
        break;
    case AuthorQuery::Order::Network:
        order = QStringLiteral("a.network") + direction;
        break;
    case AuthorQuery::Order::Sentiment:
        order = QStringLiteral("CASE WHEN a.sentiment_n > 0 THEN a.sentiment_sum / "
                               "a.sentiment_n END") +
                direction;
        break;
    case AuthorQuery::Order::Engagement:
        order = QStringLiteral("a.engagement_sum") + direction;
        break;
    case AuthorQuery::Order::Reach:
        order = QStringLiteral("COALESCE(a.followers, 0) * a.mention_count") + direction;
        break;
    case AuthorQuery::Order::Segment:
        // Within a segment, by activity the same way (the index serves both directions).
        order = QStringLiteral("a.segment") + direction + QStringLiteral(", a.mention_count") +
                direction;
        break;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kColumns + whereClause(query) + QStringLiteral(" ORDER BY ") + order +
              QStringLiteral(", a.id LIMIT :limit OFFSET :offset"));
    bindFilters(q, query);
    q.bindValue(QStringLiteral(":limit"), query.limit > 0 ? query.limit : -1);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    if (!q.exec())
        return queryError(q);
    QList<Author> authors;
    while (q.next())
        authors.append(readAuthor(q));
    return authors;
}

Expected<qint64> AuthorStore::count(const AuthorQuery &query) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM authors a") + whereClause(query));
    bindFilters(q, query);
    if (!q.exec() || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Expected<std::optional<Author>> AuthorStore::byId(const QString &id) {
    QSqlQuery q(m_db);
    q.prepare(kColumns + QStringLiteral(" WHERE a.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<Author>();
    return std::optional(readAuthor(q));
}

} // namespace veille
