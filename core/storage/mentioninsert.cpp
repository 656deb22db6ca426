// Storing mentions: each batch in one savepoint, the authors' figures kept as they arrive.
#include "mentionstore.h"

#include "community/rosterstore.h"
#include "sqlvalues.h"

#include <QSqlQuery>

namespace veille {

namespace {
// A bulk load writes its summed figures when this many are waiting, to bound its memory.
constexpr qsizetype kMaxPendingTotals = 500000;
} // namespace

void MentionStore::prepareInsert() {
    if (!m_insertMention.lastQuery().isEmpty())
        return;
    // Named placeholders: QtSql binds a name it is given as it is, where a position is first
    // written out as a name (a tenth of the time spent storing a row).
    m_insertMention.prepare(QStringLiteral(
        "INSERT INTO mentions (id, network, source, url, created_at, lang, author_id, text, "
        "reply_to, likes, reposts, replies, sentiment_label, sentiment_score, status, "
        "assigned_to, fetched_at) VALUES (:id, :network, :source, :url, :created_at, :lang, "
        ":author_id, :text, :reply_to, :likes, :reposts, :replies, :sentiment_label, "
        ":sentiment_score, :status, :assigned_to, :fetched_at) ON CONFLICT (id) DO NOTHING"));
    // The author row is written first (an immediate foreign key, so SQLite never has to
    // scan an author's mentions to settle a pending violation). Profile fields follow the
    // newest observation.
    m_upsertAuthor.prepare(QStringLiteral(
        "INSERT INTO authors (id, network, handle, name, url, followers, following, "
        "first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET "
        // Also kept by the counts; here too so that a bulk load, which writes the counts
        // at its end, compares each newer profile with the newest one written.
        "first_seen = MIN(COALESCE(authors.first_seen, excluded.first_seen), "
        "excluded.first_seen), "
        "last_seen = MAX(COALESCE(authors.last_seen, excluded.last_seen), excluded.last_seen), "
        "handle = CASE WHEN excluded.last_seen >= authors.last_seen THEN excluded.handle "
        "ELSE authors.handle END, "
        "name = CASE WHEN excluded.last_seen >= authors.last_seen THEN excluded.name "
        "ELSE authors.name END, "
        "url = COALESCE(excluded.url, authors.url), "
        "followers = CASE WHEN excluded.last_seen >= authors.last_seen "
        "THEN COALESCE(excluded.followers, authors.followers) ELSE authors.followers END, "
        "following = CASE WHEN excluded.last_seen >= authors.last_seen "
        "THEN COALESCE(excluded.following, authors.following) ELSE authors.following END, "
        // A rise of half or more between two observations is kept (bought followers).
        "follower_jump = CASE WHEN excluded.last_seen >= authors.last_seen AND "
        "authors.followers > 0 AND excluded.followers >= 1.5 * authors.followers THEN "
        "MAX(COALESCE(authors.follower_jump, 0), excluded.followers * 1.0 / "
        "authors.followers) ELSE authors.follower_jump END, "
        "follower_jump_at = CASE WHEN excluded.last_seen >= authors.last_seen AND "
        "authors.followers > 0 AND excluded.followers >= 1.5 * authors.followers THEN "
        "excluded.last_seen ELSE authors.follower_jump_at END"));
    // Counts only grow with mentions that were new.
    m_countAuthor.prepare(QStringLiteral(
        "UPDATE authors SET mention_count = mention_count + ?, "
        "first_seen = MIN(COALESCE(first_seen, ?), ?), "
        "last_seen = MAX(COALESCE(last_seen, ?), ?), "
        "sentiment_sum = sentiment_sum + ?, sentiment_n = sentiment_n + ?, "
        "positive_n = positive_n + ?, negative_n = negative_n + ?, "
        "question_n = question_n + ?, engagement_sum = engagement_sum + ? WHERE id = ?"));
    // Week by week and topic by topic, summed over the batch first (one statement per
    // author and week rather than per mention).
    m_addWeek.prepare(QStringLiteral(
        "INSERT INTO author_weeks (author_id, week, mentions, sentiment_sum, sentiment_n) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (author_id, week) DO UPDATE SET "
        "mentions = mentions + excluded.mentions, "
        "sentiment_sum = sentiment_sum + excluded.sentiment_sum, "
        "sentiment_n = sentiment_n + excluded.sentiment_n"));
    m_addAuthorTopic.prepare(
        QStringLiteral("INSERT INTO author_topics (author_id, topic_id, mentions, first_at) VALUES "
                       "(?, ?, ?, ?) ON CONFLICT (author_id, topic_id) DO UPDATE SET "
                       "mentions = mentions + excluded.mentions, "
                       "first_at = MIN(first_at, excluded.first_at)"));
    m_indexText.prepare(QStringLiteral("INSERT INTO mentions_fts (rowid, text) SELECT row_id, "
                                       "text FROM mentions WHERE row_id BETWEEN ? AND ?"));
    m_linkTopic.prepare(QStringLiteral("INSERT INTO mention_topics (mention_row_id, topic_id) "
                                       "VALUES (:row, :topic) ON CONFLICT DO NOTHING"));
}

Expected<InsertStats> MentionStore::insert(const QList<Mention> &mentions,
                                           const QDateTime &fetchedAt, Segments segments) {
    prepareInsert();
    // A savepoint makes the batch atomic inside the writer's transaction and outside any:
    // the author row a mention refers to is checked when the savepoint is released.
    QSqlQuery savepoint(m_db);
    if (!savepoint.exec(QStringLiteral("SAVEPOINT mention_insert")))
        return queryError(savepoint);
    AuthorTotals totals;
    auto result = insertRows(mentions, fetchedAt, totals, Load::Each);
    if (!failed(result)) {
        if (auto error = writeTotals(totals))
            result = *error;
    }
    // The batch's new texts go to the full-text index in one statement: SQLite reads them from
    // the rows just written (new rows take rising row ids) instead of each being bound again.
    if (!failed(result) && !std::get<InsertStats>(result).newRowIds.isEmpty()) {
        const QList<qint64> &rows = std::get<InsertStats>(result).newRowIds;
        m_indexText.bindValue(0, rows.first());
        m_indexText.bindValue(1, rows.last());
        if (!m_indexText.exec())
            result = queryError(m_indexText);
    }
    if (!failed(result) && segments == Segments::Now) {
        // The roster: the segments of the authors whose figures just changed.
        const QStringList &touched = std::get<InsertStats>(result).touchedAuthors;
        if (!touched.isEmpty()) {
            const auto classified = RosterStore(m_db).classify(touched, fetchedAt);
            if (failed(classified))
                result = std::get<StorageError>(classified);
        }
    }
    return releaseSavepoint(savepoint, std::move(result));
}

Expected<InsertStats> MentionStore::insertBulk(const QList<Mention> &mentions,
                                               const QDateTime &fetchedAt, AuthorTotals &totals) {
    prepareInsert();
    QSqlQuery savepoint(m_db);
    if (!savepoint.exec(QStringLiteral("SAVEPOINT mention_insert")))
        return queryError(savepoint);
    auto result = insertRows(mentions, fetchedAt, totals, Load::Bulk);
    if (!failed(result) && totals.pending() > kMaxPendingTotals) {
        if (auto error = writeTotals(totals))
            result = *error;
    }
    return releaseSavepoint(savepoint, std::move(result));
}

Expected<InsertStats> MentionStore::releaseSavepoint(QSqlQuery &savepoint,
                                                     Expected<InsertStats> result) {
    if (failed(result)) {
        savepoint.exec(QStringLiteral("ROLLBACK TO mention_insert"));
        savepoint.exec(QStringLiteral("RELEASE mention_insert"));
        return result;
    }
    if (!savepoint.exec(QStringLiteral("RELEASE mention_insert"))) {
        const StorageError error = queryError(savepoint);
        savepoint.exec(QStringLiteral("ROLLBACK TO mention_insert"));
        savepoint.exec(QStringLiteral("RELEASE mention_insert"));
        return error;
    }
    return result;
}

std::optional<StorageError> MentionStore::writeAuthorTotals(AuthorTotals &totals,
                                                            const QString &author) {
    const auto it = totals.authors.find(author);
    if (it == totals.authors.end())
        return std::nullopt;
    QSqlQuery &c = m_countAuthor;
    c.bindValue(0, it->mentions);
    c.bindValue(1, it->first);
    c.bindValue(2, it->first);
    c.bindValue(3, it->last);
    c.bindValue(4, it->last);
    c.bindValue(5, it->sentimentSum);
    c.bindValue(6, it->sentimentN);
    c.bindValue(7, it->positive);
    c.bindValue(8, it->negative);
    c.bindValue(9, it->questions);
    c.bindValue(10, it->engagement);
    c.bindValue(11, author);
    if (!c.exec())
        return queryError(c);
    totals.authors.erase(it);
    return std::nullopt;
}

std::optional<StorageError> MentionStore::writeTotals(AuthorTotals &totals) {
    prepareInsert();
    const QStringList authors = totals.authors.keys();
    for (const QString &author : authors)
        if (auto error = writeAuthorTotals(totals, author))
            return error;
    // Week by week and topic by topic, summed first (one statement per author and week rather
    // than per mention).
    for (auto it = totals.weeks.cbegin(); it != totals.weeks.cend(); ++it) {
        m_addWeek.bindValue(0, it.key().first);
        m_addWeek.bindValue(1, it.key().second);
        m_addWeek.bindValue(2, it->mentions);
        m_addWeek.bindValue(3, it->sentimentSum);
        m_addWeek.bindValue(4, it->sentimentN);
        if (!m_addWeek.exec())
            return queryError(m_addWeek);
    }
    totals.weeks.clear();
    for (auto it = totals.topics.cbegin(); it != totals.topics.cend(); ++it) {
        m_addAuthorTopic.bindValue(0, it.key().first);
        m_addAuthorTopic.bindValue(1, it.key().second);
        m_addAuthorTopic.bindValue(2, it->mentions);
        m_addAuthorTopic.bindValue(3, it->firstAt);
        if (!m_addAuthorTopic.exec())
            return queryError(m_addAuthorTopic);
    }
    totals.topics.clear();
    return std::nullopt;
}

Expected<InsertStats> MentionStore::insertRows(const QList<Mention> &mentions,
                                               const QDateTime &fetchedAt, AuthorTotals &totals,
                                               Load load) {
    InsertStats stats;
    const qint64 fetched = fetchedAt.toMSecsSinceEpoch();
    QSet<QString> touched;
    // An author's figures are summed and written once per batch, or once per bulk load; the
    // profile is written when it changes. In a normal insert the author's pending figures go
    // first, so the upsert compares with the same last_seen as if every mention had been
    // written one by one. A bulk load writes only profiles newer than the newest it wrote
    // (the upsert keeps last_seen for it), so what stays is the newest observation's profile.
    for (const Mention &m : mentions) {
        const qint64 created = m.createdAt.toMSecsSinceEpoch();
        const auto seen = totals.written.constFind(m.author.id);
        const bool first = seen == totals.written.cend();
        const bool newer = first || created >= seen->newest;
        const bool profileDiffers =
            !first && (seen->handle != m.author.handle || seen->name != m.author.name ||
                       (m.author.followers && m.author.followers != seen->followers) ||
                       (m.author.following && m.author.following != seen->following));
        const bool urlDiffers = !first && !m.author.url.isEmpty() && m.author.url != seen->url;
        const bool changed = first || (newer && (profileDiffers || urlDiffers)) ||
                             (load == Load::Each && urlDiffers);
        if (changed) {
            if (load == Load::Each) {
                if (auto error = writeAuthorTotals(totals, m.author.id))
                    return *error;
            }
            QSqlQuery &a = m_upsertAuthor;
            a.bindValue(0, m.author.id);
            a.bindValue(1, m.author.network.isEmpty() ? m.network : m.author.network);
            a.bindValue(2, m.author.handle);
            a.bindValue(3, m.author.name);
            a.bindValue(4, nullableText(m.author.url));
            a.bindValue(5, nullableCount(m.author.followers));
            a.bindValue(6, nullableCount(m.author.following));
            a.bindValue(7, created);
            a.bindValue(8, created);
            if (!a.exec())
                return queryError(a);
            AuthorTotals::Profile &w = totals.written[m.author.id];
            if (newer) {
                w.newest = created;
                w.handle = m.author.handle;
                w.name = m.author.name;
                if (m.author.followers)
                    w.followers = m.author.followers;
                if (m.author.following)
                    w.following = m.author.following;
            }
            if (!m.author.url.isEmpty())
                w.url = m.author.url;
        } else if (newer) {
            totals.written[m.author.id].newest = created;
        }

        QSqlQuery &q = m_insertMention;
        q.bindValue(QStringLiteral(":id"), m.id);
        q.bindValue(QStringLiteral(":network"), m.network);
        q.bindValue(QStringLiteral(":source"), nullableText(m.source));
        q.bindValue(QStringLiteral(":url"), nullableText(m.url));
        q.bindValue(QStringLiteral(":created_at"), created);
        q.bindValue(QStringLiteral(":lang"), nullableText(m.lang));
        q.bindValue(QStringLiteral(":author_id"), m.author.id);
        q.bindValue(QStringLiteral(":text"), m.text);
        q.bindValue(QStringLiteral(":reply_to"), nullableText(m.replyTo));
        q.bindValue(QStringLiteral(":likes"), m.metrics.likes);
        q.bindValue(QStringLiteral(":reposts"), m.metrics.reposts);
        q.bindValue(QStringLiteral(":replies"), m.metrics.replies);
        q.bindValue(QStringLiteral(":sentiment_label"),
                    nullableText(sentimentLabelName(m.sentiment.label)));
        q.bindValue(QStringLiteral(":sentiment_score"),
                    m.sentiment.isKnown() ? QVariant(m.sentiment.score)
                                          : QVariant(QMetaType(QMetaType::Double)));
        q.bindValue(QStringLiteral(":status"), mentionStatusName(m.status));
        q.bindValue(QStringLiteral(":assigned_to"), nullableText(m.assignedTo));
        q.bindValue(QStringLiteral(":fetched_at"), fetched);
        if (!q.exec())
            return queryError(q);
        if (q.numRowsAffected() != 1) {
            ++stats.duplicates;
            continue;
        }
        const qint64 rowId = q.lastInsertId().toLongLong();
        ++stats.inserted;
        stats.newRowIds.append(rowId);

        AuthorTotals::Author &sum = totals.authors[m.author.id];
        sum.first = sum.mentions == 0 ? created : std::min(sum.first, created);
        sum.last = sum.mentions == 0 ? created : std::max(sum.last, created);
        ++sum.mentions;
        if (m.sentiment.isKnown()) {
            sum.sentimentSum += m.sentiment.score;
            ++sum.sentimentN;
        }
        sum.positive += m.sentiment.label == SentimentLabel::Positive ? 1 : 0;
        sum.negative += m.sentiment.label == SentimentLabel::Negative ? 1 : 0;
        sum.questions += !m.replyTo.isEmpty() || m.text.contains(u'?') ? 1 : 0;
        sum.engagement += m.metrics.likes + m.metrics.reposts + m.metrics.replies;
        touched.insert(m.author.id);
        AuthorTotals::Week &week = totals.weeks[{m.author.id, created / (7LL * 24 * 3600 * 1000)}];
        ++week.mentions;
        if (m.sentiment.isKnown()) {
            week.sentimentSum += m.sentiment.score;
            ++week.sentimentN;
        }

        for (const QString &topic : m.topics) {
            const Expected<qint64> id = topicId(topic);
            if (failed(id))
                return std::get<StorageError>(id);
            m_linkTopic.bindValue(QStringLiteral(":row"), rowId);
            m_linkTopic.bindValue(QStringLiteral(":topic"), std::get<qint64>(id));
            if (!m_linkTopic.exec())
                return queryError(m_linkTopic);
            if (m_linkTopic.numRowsAffected() == 1) {
                AuthorTotals::Topic &topicSum = totals.topics[{m.author.id, std::get<qint64>(id)}];
                topicSum.firstAt =
                    topicSum.mentions == 0 ? created : std::min(topicSum.firstAt, created);
                ++topicSum.mentions;
            }
        }
    }
    stats.touchedAuthors = QStringList(touched.cbegin(), touched.cend());
    stats.touchedAuthors.sort();
    return stats;
}

} // namespace veille
