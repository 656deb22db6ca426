#include "mentionstore.h"

#include "community/rosterstore.h"

#include "mentionsearch.h"
#include "sqlvalues.h"

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
