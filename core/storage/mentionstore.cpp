#include "mentionstore.h"

#include "community/rosterstore.h"

#include "mentionsearch.h"

#include <QDateTime>

#include <QRegularExpression>
#include <QSqlError>
#include <QTimeZone>
#include <limits>

namespace veille {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT m.row_id, m.id, m.network, m.source, m.url, m.created_at, m.lang, m.text, "
    "m.reply_to, m.likes, m.reposts, m.replies, m.sentiment_label, m.sentiment_score, m.status, "
    "m.assigned_to, a.id, a.handle, a.name, a.followers, a.following, a.url, m.note "
    "FROM mentions m JOIN authors a ON a.id = m.author_id");

QVariant nullableCount(const std::optional<qint64> &value) {
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableText(const QString &text) {
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

std::optional<qint64> optionalCount(const QVariant &value) {
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

Mention readMention(const QSqlQuery &q) {
    Mention m;
    m.rowId = q.value(0).toLongLong();
    m.id = q.value(1).toString();
    m.network = q.value(2).toString();
    m.source = q.value(3).toString();
    m.url = q.value(4).toString();
    m.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), QTimeZone::utc());
    m.lang = q.value(6).toString();
    m.text = q.value(7).toString();
    m.replyTo = q.value(8).toString();
    m.metrics = {q.value(9).toLongLong(), q.value(10).toLongLong(), q.value(11).toLongLong()};
    m.sentiment.label = sentimentLabelFromName(q.value(12).toString());
    m.sentiment.score = q.value(13).toDouble();
    m.status = mentionStatusFromName(q.value(14).toString()).value_or(MentionStatus::New);
    m.assignedTo = q.value(15).toString();
    m.author.id = q.value(16).toString();
    m.author.network = m.network;
    m.author.handle = q.value(17).toString();
    m.author.name = q.value(18).toString();
    m.author.followers = optionalCount(q.value(19));
    m.author.following = optionalCount(q.value(20));
    m.author.url = q.value(21).toString();
    m.note = q.value(22).toString();
    return m;
}

} // namespace

StorageError queryError(const QSqlQuery &query) {
    return {StorageError::Kind::Query, query.lastError().text()};
}

MentionStore::MentionStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_insertMention(m_db)
    , m_upsertAuthor(m_db)
    , m_countAuthor(m_db)
    , m_indexText(m_db)
    , m_linkTopic(m_db)
    , m_addWeek(m_db)
    , m_addAuthorTopic(m_db) {}

Expected<qint64> MentionStore::topicId(const QString &name) {
    if (const auto it = m_topicIds.constFind(name); it != m_topicIds.constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM topics WHERE name = :name"));
    q.bindValue(QStringLiteral(":name"), name);
    if (!q.exec())
        return queryError(q);
    if (!q.next()) {
        q.prepare(QStringLiteral("INSERT INTO topics (name, query, competitor, created_at) "
                                 "VALUES (:name, :query, 0, :now)"));
        q.bindValue(QStringLiteral(":name"), name);
        q.bindValue(QStringLiteral(":query"), QString(QLatin1Char('"') + name + QLatin1Char('"')));
        q.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
        if (!q.exec())
            return queryError(q);
        const qint64 id = q.lastInsertId().toLongLong();
        m_topicIds.insert(name, id);
        return id;
    }
    const qint64 id = q.value(0).toLongLong();
    m_topicIds.insert(name, id);
    return id;
}

Expected<InsertStats> MentionStore::insert(const QList<Mention> &mentions,
                                           const QDateTime &fetchedAt, Segments segments) {
    if (m_insertMention.lastQuery().isEmpty()) {
        m_insertMention.prepare(QStringLiteral(
            "INSERT INTO mentions (id, network, source, url, created_at, lang, author_id, text, "
            "reply_to, likes, reposts, replies, sentiment_label, sentiment_score, status, "
            "assigned_to, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO NOTHING"));
        // The author row is written first (an immediate foreign key, so SQLite never has to
        // scan an author's mentions to settle a pending violation). Profile fields follow the
        // newest observation.
        m_upsertAuthor.prepare(QStringLiteral(
            "INSERT INTO authors (id, network, handle, name, url, followers, following, "
            "first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET "
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
        m_addAuthorTopic.prepare(QStringLiteral(
            "INSERT INTO author_topics (author_id, topic_id, mentions, first_at) VALUES "
            "(?, ?, ?, ?) ON CONFLICT (author_id, topic_id) DO UPDATE SET "
            "mentions = mentions + excluded.mentions, "
            "first_at = MIN(first_at, excluded.first_at)"));
        m_indexText.prepare(QStringLiteral("INSERT INTO mentions_fts (rowid, text) SELECT row_id, "
                                           "text FROM mentions WHERE row_id BETWEEN ? AND ?"));
        m_linkTopic.prepare(QStringLiteral("INSERT INTO mention_topics (mention_row_id, topic_id) "
                                           "VALUES (?, ?) ON CONFLICT DO NOTHING"));
    }

    // A savepoint makes the batch atomic inside the writer's transaction and outside any:
    // the author row a mention refers to is checked when the savepoint is released.
    QSqlQuery savepoint(m_db);
    if (!savepoint.exec(QStringLiteral("SAVEPOINT mention_insert")))
        return queryError(savepoint);
    auto result = insertRows(mentions, fetchedAt);
    if (!failed(result) && segments == Segments::Now) {
        // The roster: the segments of the authors whose figures just changed.
        const QStringList &touched = std::get<InsertStats>(result).touchedAuthors;
        if (!touched.isEmpty()) {
            const auto classified = RosterStore(m_db).classify(touched, fetchedAt);
            if (failed(classified))
                result = std::get<StorageError>(classified);
        }
    }
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

Expected<InsertStats> MentionStore::insertRows(const QList<Mention> &mentions,
                                               const QDateTime &fetchedAt) {
    InsertStats stats;
    const qint64 fetched = fetchedAt.toMSecsSinceEpoch();
    struct WeekSum {
        qint64 mentions = 0;
        double sentimentSum = 0;
        qint64 sentimentN = 0;
    };
    struct TopicSum {
        qint64 mentions = 0;
        qint64 firstAt = 0;
    };
    QHash<std::pair<QString, qint64>, WeekSum> weeks;
    QHash<std::pair<QString, qint64>, TopicSum> topics;
    QSet<QString> touched;
    // An author's counts are summed over the batch and written once (they only add up, and
    // first/last seen are a min and a max); the profile is written when it changes. Before a
    // profile is written again, the author's pending counts go first, so the upsert compares
    // with the same last_seen as if every mention had been written one by one.
    struct AuthorSum {
        qint64 first = 0;
        qint64 last = 0;
        double sentimentSum = 0;
        qint64 sentimentN = 0;
        qint64 positive = 0;
        qint64 negative = 0;
        qint64 questions = 0;
        qint64 engagement = 0;
        qint64 mentions = 0;
    };
    struct Written {
        qint64 newest = 0; // the newest observation applied
        QString handle, name, url;
        std::optional<qint64> followers, following;
    };
    QHash<QString, AuthorSum> pending;
    QHash<QString, Written> written;
    const auto flushCounts = [this,
                              &pending](const QString &author) -> std::optional<StorageError> {
        const auto it = pending.find(author);
        if (it == pending.end())
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
        pending.erase(it);
        return std::nullopt;
    };
    qint64 firstNewRow = 0;
    qint64 lastNewRow = 0;
    for (const Mention &m : mentions) {
        const qint64 created = m.createdAt.toMSecsSinceEpoch();
        const auto seen = written.constFind(m.author.id);
        const bool first = seen == written.cend();
        const bool newer = first || created >= seen->newest;
        const bool changed =
            first ||
            (newer && (seen->handle != m.author.handle || seen->name != m.author.name ||
                       (m.author.followers && m.author.followers != seen->followers) ||
                       (m.author.following && m.author.following != seen->following))) ||
            (!m.author.url.isEmpty() && m.author.url != seen->url);
        if (changed) {
            if (auto error = flushCounts(m.author.id))
                return *error;
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
            Written &w = written[m.author.id];
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
            written[m.author.id].newest = created;
        }

        QSqlQuery &q = m_insertMention;
        q.bindValue(0, m.id);
        q.bindValue(1, m.network);
        q.bindValue(2, nullableText(m.source));
        q.bindValue(3, nullableText(m.url));
        q.bindValue(4, created);
        q.bindValue(5, nullableText(m.lang));
        q.bindValue(6, m.author.id);
        q.bindValue(7, m.text);
        q.bindValue(8, nullableText(m.replyTo));
        q.bindValue(9, m.metrics.likes);
        q.bindValue(10, m.metrics.reposts);
        q.bindValue(11, m.metrics.replies);
        q.bindValue(12, nullableText(sentimentLabelName(m.sentiment.label)));
        q.bindValue(13, m.sentiment.isKnown() ? QVariant(m.sentiment.score)
                                              : QVariant(QMetaType(QMetaType::Double)));
        q.bindValue(14, mentionStatusName(m.status));
        q.bindValue(15, nullableText(m.assignedTo));
        q.bindValue(16, fetched);
        if (!q.exec())
            return queryError(q);
        if (q.numRowsAffected() != 1) {
            ++stats.duplicates;
            continue;
        }
        const qint64 rowId = q.lastInsertId().toLongLong();
        if (firstNewRow == 0)
            firstNewRow = rowId;
        lastNewRow = rowId;
        ++stats.inserted;
        stats.newRowIds.append(rowId);

        AuthorSum &sum = pending[m.author.id];
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
        WeekSum &week = weeks[{m.author.id, created / (7LL * 24 * 3600 * 1000)}];
        ++week.mentions;
        if (m.sentiment.isKnown()) {
            week.sentimentSum += m.sentiment.score;
            ++week.sentimentN;
        }

        for (const QString &topic : m.topics) {
            const Expected<qint64> id = topicId(topic);
            if (failed(id))
                return std::get<StorageError>(id);
            m_linkTopic.bindValue(0, rowId);
            m_linkTopic.bindValue(1, std::get<qint64>(id));
            if (!m_linkTopic.exec())
                return queryError(m_linkTopic);
            if (m_linkTopic.numRowsAffected() == 1) {
                TopicSum &topicSum = topics[{m.author.id, std::get<qint64>(id)}];
                topicSum.firstAt =
                    topicSum.mentions == 0 ? created : std::min(topicSum.firstAt, created);
                ++topicSum.mentions;
            }
        }
    }
    const QStringList authors = pending.keys();
    for (const QString &author : authors)
        if (auto error = flushCounts(author))
            return *error;
    // The batch's new texts go to the full-text index in one statement: SQLite reads them from
    // the rows just written (new rows take rising row ids) instead of each being bound again.
    if (firstNewRow > 0) {
        m_indexText.bindValue(0, firstNewRow);
        m_indexText.bindValue(1, lastNewRow);
        if (!m_indexText.exec())
            return queryError(m_indexText);
    }
    for (auto it = weeks.cbegin(); it != weeks.cend(); ++it) {
        m_addWeek.bindValue(0, it.key().first);
        m_addWeek.bindValue(1, it.key().second);
        m_addWeek.bindValue(2, it->mentions);
        m_addWeek.bindValue(3, it->sentimentSum);
        m_addWeek.bindValue(4, it->sentimentN);
        if (!m_addWeek.exec())
            return queryError(m_addWeek);
    }
    for (auto it = topics.cbegin(); it != topics.cend(); ++it) {
        m_addAuthorTopic.bindValue(0, it.key().first);
        m_addAuthorTopic.bindValue(1, it.key().second);
        m_addAuthorTopic.bindValue(2, it->mentions);
        m_addAuthorTopic.bindValue(3, it->firstAt);
        if (!m_addAuthorTopic.exec())
            return queryError(m_addAuthorTopic);
    }
    stats.touchedAuthors = QStringList(touched.cbegin(), touched.cend());
    stats.touchedAuthors.sort();
    return stats;
}

QString MentionStore::whereClause(const MentionQuery &query, QVariantMap &binds) const {
    QStringList conditions;
    if (!query.search.trimmed().isEmpty()) {
        const QString fts = ftsQuery(query.search);
        if (!fts.isEmpty()) {
            conditions << QStringLiteral(
                "m.row_id IN (SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH :fts)");
            binds.insert(QStringLiteral(":fts"), fts);
        }
    }
    if (!query.topic.isEmpty()) {
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM mention_topics mt JOIN topics t ON t.id = mt.topic_id "
            "WHERE mt.mention_row_id = m.row_id AND t.name = :topic)");
        binds.insert(QStringLiteral(":topic"), query.topic);
    }
    if (!query.network.isEmpty()) {
        conditions << QStringLiteral("m.network = :network");
        binds.insert(QStringLiteral(":network"), query.network);
    }
    if (!query.lang.isEmpty()) {
        conditions << QStringLiteral("m.lang = :lang");
        binds.insert(QStringLiteral(":lang"), query.lang);
    }
    if (!query.authorId.isEmpty()) {
        conditions << QStringLiteral("m.author_id = :author");
        binds.insert(QStringLiteral(":author"), query.authorId);
    }
    if (query.sentiment) {
        conditions << QStringLiteral("m.sentiment_label = :sentiment");
        binds.insert(QStringLiteral(":sentiment"), sentimentLabelName(*query.sentiment));
    }
    if (query.status) {
        conditions << QStringLiteral("m.status = :status");
        binds.insert(QStringLiteral(":status"), mentionStatusName(*query.status));
    }
    if (query.since.isValid()) {
        conditions << QStringLiteral("m.created_at >= :since");
        binds.insert(QStringLiteral(":since"), query.since.toMSecsSinceEpoch());
    }
    if (query.until.isValid()) {
        conditions << QStringLiteral("m.created_at < :until");
        binds.insert(QStringLiteral(":until"), query.until.toMSecsSinceEpoch());
    }
    if (query.olderThan) {
        conditions << QStringLiteral("(m.created_at, m.row_id) < (:oldTime, :oldRow)");
        binds.insert(QStringLiteral(":oldTime"), query.olderThan->createdAtMs);
        binds.insert(QStringLiteral(":oldRow"), query.olderThan->rowId);
    }
    if (query.newerThan) {
        conditions << QStringLiteral("(m.created_at, m.row_id) > (:newTime, :newRow)");
        binds.insert(QStringLiteral(":newTime"), query.newerThan->createdAtMs);
        binds.insert(QStringLiteral(":newRow"), query.newerThan->rowId);
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

Expected<QList<Mention>> MentionStore::byRowIds(const QList<qint64> &rowIds) {
    QList<Mention> mentions;
    if (rowIds.isEmpty())
        return mentions;
    QStringList ids;
    for (const qint64 id : rowIds)
        ids.append(QString::number(id));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Row ids are integers we read, so joining them into the statement is safe.
    if (!q.exec(kSelect + QStringLiteral(" WHERE m.row_id IN (") + ids.join(u',') +
                QStringLiteral(") ORDER BY m.created_at DESC, m.row_id DESC")))
        return queryError(q);
    while (q.next())
        mentions.append(readMention(q));
    return mentions;
}

Expected<QList<Mention>> MentionStore::select(const MentionQuery &query) {
    QVariantMap binds;
    const QString where = whereClause(query, binds);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelect + where +
              QStringLiteral(" ORDER BY m.created_at DESC, m.row_id DESC LIMIT :limit"));
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    q.bindValue(QStringLiteral(":limit"), query.limit > 0 ? query.limit : -1);
    if (!q.exec())
        return queryError(q);
    QList<Mention> mentions;
    while (q.next())
        mentions.append(readMention(q));
    return mentions;
}

std::optional<StorageError> MentionStore::attachTopics(QList<Mention> &mentions) {
    if (mentions.isEmpty())
        return std::nullopt;
    QHash<qint64, qsizetype> byRow;
    QStringList ids;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        byRow.insert(mentions[i].rowId, i);
        ids.append(QString::number(mentions[i].rowId));
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Row ids are integers we produced, so joining them into the statement is safe.
    if (!q.exec(QStringLiteral("SELECT mt.mention_row_id, t.name FROM mention_topics mt "
                               "JOIN topics t ON t.id = mt.topic_id WHERE mt.mention_row_id IN (") +
                ids.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY t.name")))
        return queryError(q);
    while (q.next())
        mentions[byRow.value(q.value(0).toLongLong())].topics.append(q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT mt.mention_row_id, t.name FROM mention_tags mt "
                               "JOIN tags t ON t.id = mt.tag_id WHERE mt.mention_row_id IN (") +
                ids.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY t.name")))
        return queryError(q);
    while (q.next())
        mentions[byRow.value(q.value(0).toLongLong())].tags.append(q.value(1).toString());
    return std::nullopt;
}

Expected<qint64> MentionStore::count(const MentionQuery &query) {
    QVariantMap binds;
    MentionQuery unpaged = query;
    unpaged.olderThan.reset();
    unpaged.newerThan.reset();
    const QString where = whereClause(unpaged, binds);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM mentions m") + where);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec() || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Expected<Mention> MentionStore::byRowId(qint64 rowId) {
    QSqlQuery q(m_db);
    q.prepare(kSelect + QStringLiteral(" WHERE m.row_id = :row"));
    q.bindValue(QStringLiteral(":row"), rowId);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return StorageError{StorageError::Kind::Query, QStringLiteral("no mention %1").arg(rowId)};
    QList<Mention> one{readMention(q)};
    if (auto error = attachTopics(one))
        return *error;
    return one.first();
}

Expected<bool> MentionStore::setNote(qint64 rowId, const QString &note) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE mentions SET note = :note WHERE row_id = :row"));
    q.bindValue(QStringLiteral(":note"), nullableText(note.trimmed()));
    q.bindValue(QStringLiteral(":row"), rowId);
    if (!q.exec())
        return queryError(q);
    return q.numRowsAffected() == 1;
}

Expected<bool> replaceTags(QSqlDatabase db, const QString &table, const QString &keyColumn,
                           const QVariant &key, const QStringList &tags) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = :key").arg(table, keyColumn));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec())
        return queryError(q);
    for (const QString &raw : tags) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty())
            continue;
        q.prepare(
            QStringLiteral("INSERT INTO tags (name) VALUES (:name) ON CONFLICT (name) DO NOTHING"));
        q.bindValue(QStringLiteral(":name"), tag);
        if (!q.exec())
            return queryError(q);
        q.prepare(QStringLiteral("INSERT INTO %1 (%2, tag_id) SELECT :key, id FROM tags WHERE "
                                 "name = :name ON CONFLICT DO NOTHING")
                      .arg(table, keyColumn));
        q.bindValue(QStringLiteral(":key"), key);
        q.bindValue(QStringLiteral(":name"), tag);
        if (!q.exec())
            return queryError(q);
    }
    return true;
}

Expected<bool> MentionStore::setTags(qint64 rowId, const QStringList &tags) {
    return replaceTags(m_db, QStringLiteral("mention_tags"), QStringLiteral("mention_row_id"),
                       rowId, tags);
}

Expected<bool> MentionStore::correctSentiment(qint64 rowId, SentimentLabel label,
                                              const QDateTime &at, const QString &by) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO sentiment_corrections (mention_row_id, label, corrected_at, corrected_by) "
        "VALUES (:row, :label, :at, :by) ON CONFLICT (mention_row_id) DO UPDATE SET "
        "label = excluded.label, corrected_at = excluded.corrected_at, "
        "corrected_by = excluded.corrected_by"));
    q.bindValue(QStringLiteral(":row"), rowId);
    q.bindValue(QStringLiteral(":label"), sentimentLabelName(label));
    q.bindValue(QStringLiteral(":at"), at.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":by"), nullableText(by));
    if (!q.exec())
        return queryError(q);
    // The score follows the label the manager chose, at a clear strength.
    const double score = label == SentimentLabel::Positive   ? 0.8
                         : label == SentimentLabel::Negative ? -0.8
                                                             : 0.0;
    q.prepare(QStringLiteral("SELECT author_id, created_at, sentiment_label, sentiment_score "
                             "FROM mentions WHERE row_id = :row"));
    q.bindValue(QStringLiteral(":row"), rowId);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return false;
    const QString author = q.value(0).toString();
    const qint64 week = q.value(1).toLongLong() / (7LL * 24 * 3600 * 1000);
    const QString oldLabel = q.value(2).toString();
    const bool wasScored = !q.isNull(3);
    const double oldScore = q.value(3).toDouble();
    q.prepare(QStringLiteral("UPDATE mentions SET sentiment_label = :label, sentiment_score = "
                             ":score WHERE row_id = :row"));
    q.bindValue(QStringLiteral(":label"), sentimentLabelName(label));
    q.bindValue(QStringLiteral(":score"), score);
    q.bindValue(QStringLiteral(":row"), rowId);
    if (!q.exec())
        return queryError(q);
    // The author's roster figures follow: the old reading out, the new one in.
    const QString newLabel = sentimentLabelName(label);
    q.prepare(
        QStringLiteral("UPDATE authors SET sentiment_sum = sentiment_sum - :old + :new, "
                       "sentiment_n = sentiment_n + :added, "
                       "positive_n = positive_n - :wasPositive + :isPositive, "
                       "negative_n = negative_n - :wasNegative + :isNegative WHERE id = :author"));
    q.bindValue(QStringLiteral(":old"), wasScored ? oldScore : 0.0);
    q.bindValue(QStringLiteral(":new"), score);
    q.bindValue(QStringLiteral(":added"), wasScored ? 0 : 1);
    q.bindValue(QStringLiteral(":wasPositive"), oldLabel == QLatin1String("positive") ? 1 : 0);
    q.bindValue(QStringLiteral(":isPositive"), newLabel == QLatin1String("positive") ? 1 : 0);
    q.bindValue(QStringLiteral(":wasNegative"), oldLabel == QLatin1String("negative") ? 1 : 0);
    q.bindValue(QStringLiteral(":isNegative"), newLabel == QLatin1String("negative") ? 1 : 0);
    q.bindValue(QStringLiteral(":author"), author);
    if (!q.exec())
        return queryError(q);
    q.prepare(QStringLiteral("UPDATE author_weeks SET sentiment_sum = sentiment_sum - :old + "
                             ":new, sentiment_n = sentiment_n + :added WHERE author_id = :author "
                             "AND week = :week"));
    q.bindValue(QStringLiteral(":old"), wasScored ? oldScore : 0.0);
    q.bindValue(QStringLiteral(":new"), score);
    q.bindValue(QStringLiteral(":added"), wasScored ? 0 : 1);
    q.bindValue(QStringLiteral(":author"), author);
    q.bindValue(QStringLiteral(":week"), week);
    if (!q.exec())
        return queryError(q);
    const auto classified = RosterStore(m_db).classify({author}, at);
    if (failed(classified))
        return std::get<StorageError>(classified);
    return true;
}

Expected<QList<std::tuple<QString, QString, SentimentLabel>>> MentionStore::corrections() {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT m.text, m.lang, c.label FROM sentiment_corrections c "
                               "JOIN mentions m ON m.row_id = c.mention_row_id "
                               "ORDER BY c.corrected_at")))
        return queryError(q);
    QList<std::tuple<QString, QString, SentimentLabel>> all;
    while (q.next())
        all.append({q.value(0).toString(), q.value(1).toString(),
                    sentimentLabelFromName(q.value(2).toString())});
    return all;
}

Expected<bool> MentionStore::setStatus(qint64 rowId, MentionStatus status,
                                       const QString &assignedTo) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE mentions SET status = :status, assigned_to = :assigned WHERE row_id = :row"));
    q.bindValue(QStringLiteral(":status"), mentionStatusName(status));
    q.bindValue(QStringLiteral(":assigned"), nullableText(assignedTo));
    q.bindValue(QStringLiteral(":row"), rowId);
    if (!q.exec())
        return queryError(q);
    return q.numRowsAffected() == 1;
}

} // namespace veille
