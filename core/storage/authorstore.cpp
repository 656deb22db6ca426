#include "authorstore.h"

#include "mentionstore.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace veille {

AuthorStore::AuthorStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

Expected<QList<Author>> AuthorStore::find(const AuthorQuery &query) {
    // The brand's own publishing accounts are "us", not the community.
    QStringList conditions{QStringLiteral("NOT EXISTS (SELECT 1 FROM accounts ac WHERE ac.network "
                                          "= a.network AND ac.handle = a.handle)")};
    if (!query.network.isEmpty())
        conditions << QStringLiteral("a.network = :network");
    if (!query.search.isEmpty())
        conditions << QStringLiteral("(a.handle LIKE :search OR a.name LIKE :search)");
    QString order;
    switch (query.order) {
    case AuthorQuery::Order::MostMentions:
        order = QStringLiteral("a.mention_count DESC, a.id");
        break;
    case AuthorQuery::Order::MostFollowers:
        order = QStringLiteral("COALESCE(a.followers, -1) DESC, a.id");
        break;
    case AuthorQuery::Order::LastSeen:
        order = QStringLiteral("a.last_seen DESC, a.id");
        break;
    case AuthorQuery::Order::Name:
        order = QStringLiteral("a.name, a.id");
        break;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT a.id, a.network, a.handle, a.name, a.url, a.followers, a.following, "
                  "a.mention_count, a.first_seen, a.last_seen, a.sentiment_sum, a.sentiment_n, "
                  "mb.name FROM authors a LEFT JOIN members mb ON mb.id = a.member_id") +
              (conditions.isEmpty()
                   ? QString()
                   : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "))) +
              QStringLiteral(" ORDER BY ") + order +
              QStringLiteral(" LIMIT :limit OFFSET :offset"));
    if (!query.network.isEmpty())
        q.bindValue(QStringLiteral(":network"), query.network);
    if (!query.search.isEmpty())
        q.bindValue(QStringLiteral(":search"), QStringLiteral("%%1%").arg(query.search));
    q.bindValue(QStringLiteral(":limit"), query.limit > 0 ? query.limit : -1);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    if (!q.exec())
        return queryError(q);
    QList<Author> authors;
    while (q.next()) {
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
        a.firstSeen = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), QTimeZone::utc());
        a.lastSeen = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), QTimeZone::utc());
        if (q.value(11).toLongLong() > 0)
            a.averageSentiment = q.value(10).toDouble() / q.value(11).toDouble();
        a.member = q.value(12).toString();
        authors.append(a);
    }
    return authors;
}

Expected<qint64> AuthorStore::count() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM authors")) || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

} // namespace veille
