#include "rosterstore.h"

#include "storage/authorstore.h"
#include "storage/mentionstore.h"
#include "storage/sqlscript.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace veille {

namespace {

constexpr qint64 kWeekMs = 7LL * 24 * 3600 * 1000;
constexpr qint64 kEarlyMs = 7LL * 24 * 3600 * 1000; // "among the first": in a topic's first week
const QString kRulesKey = QStringLiteral("segment_rules");

QDateTime utcOrNull(const QVariant &value) {
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QString placeholders(qsizetype n) {
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(u',');
}

} // namespace

RosterStore::RosterStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

Expected<SegmentRules> RosterStore::rules() {
    if (m_rules)
        return *m_rules;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM workspace_settings WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), kRulesKey);
    if (!q.exec())
        return queryError(q);
    m_rules = q.next() ? SegmentRules::fromJson(
                             QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object())
                       : SegmentRules{};
    return *m_rules;
}

Expected<bool> RosterStore::setRules(const SegmentRules &rules) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (:key, :value) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":key"), kRulesKey);
    q.bindValue(QStringLiteral(":value"),
                QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return queryError(q);
    m_rules = rules;
    return true;
}

Expected<QList<AuthorActivity>> RosterStore::activities(const QStringList &ids, qint64 fromWeek) {
    QList<AuthorActivity> all;
    QHash<QString, qsizetype> index;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, followers, following, mention_count, positive_n, negative_n, "
                       "question_n, engagement_sum, sentiment_sum, sentiment_n, first_seen, "
                       "last_seen, follower_jump, ambassador_mark FROM authors WHERE id IN (") +
        placeholders(ids.size()) + u')');
    for (qsizetype i = 0; i < ids.size(); ++i)
        q.bindValue(int(i), ids[i]);
    if (!q.exec())
        return queryError(q);
    while (q.next()) {
        AuthorActivity a;
        a.id = q.value(0).toString();
        if (!q.isNull(1))
            a.followers = q.value(1).toLongLong();
        if (!q.isNull(2))
            a.following = q.value(2).toLongLong();
        a.mentions = q.value(3).toLongLong();
        a.positive = q.value(4).toLongLong();
        a.negative = q.value(5).toLongLong();
        a.questions = q.value(6).toLongLong();
        a.engagement = q.value(7).toLongLong();
        a.sentimentSum = q.value(8).toDouble();
        a.sentimentN = q.value(9).toLongLong();
        a.firstSeen = utcOrNull(q.value(10));
        a.lastSeen = utcOrNull(q.value(11));
        if (!q.isNull(12))
            a.followerJump = q.value(12).toDouble();
        a.ambassadorMark = q.value(13).toBool();
        index.insert(a.id, all.size());
        all.append(a);
    }
    q.prepare(QStringLiteral("SELECT author_id, week, mentions, sentiment_sum, sentiment_n FROM "
                             "author_weeks WHERE week >= ? AND author_id IN (") +
              placeholders(ids.size()) + QStringLiteral(") ORDER BY author_id, week"));
    q.bindValue(0, fromWeek);
    for (qsizetype i = 0; i < ids.size(); ++i)
        q.bindValue(int(i + 1), ids[i]);
    if (!q.exec())
        return queryError(q);
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toString());
        if (at != index.cend())
            all[*at].weeks.append({q.value(1).toLongLong(), q.value(2).toLongLong(),
                                   q.value(3).toDouble(), q.value(4).toLongLong()});
    }
    // Topics, and those where the author was among the first voices (in each topic's first
    // week, the topics' starts read once per call).
    if (m_topicStarts.isEmpty()) {
        QSqlQuery starts(m_db);
        if (!starts.exec(QStringLiteral(
                "SELECT topic_id, MIN(first_at) FROM author_topics GROUP BY topic_id")))
            return queryError(starts);
        while (starts.next())
            m_topicStarts.insert(starts.value(0).toLongLong(), starts.value(1).toLongLong());
    }
    q.prepare(QStringLiteral("SELECT author_id, topic_id, first_at FROM author_topics WHERE "
                             "author_id IN (") +
              placeholders(ids.size()) + u')');
    for (qsizetype i = 0; i < ids.size(); ++i)
        q.bindValue(int(i), ids[i]);
    if (!q.exec())
        return queryError(q);
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toString());
        if (at == index.cend())
            continue;
        ++all[*at].topics;
        const qint64 start = m_topicStarts.value(q.value(1).toLongLong(), q.value(2).toLongLong());
        if (q.value(2).toLongLong() < start + kEarlyMs)
            ++all[*at].earlyTopics;
    }
    return all;
}

Expected<int> RosterStore::classify(const QStringList &authorIds, const QDateTime &now) {
    m_topicStarts.clear(); // read again: the batch just stored may have started a topic
    const auto chosen = rules();
    if (failed(chosen))
        return std::get<StorageError>(chosen);
    const SegmentRules &r = std::get<SegmentRules>(chosen);
    const qint64 fromWeek = now.toMSecsSinceEpoch() / kWeekMs - (r.windowDays + 13) / 7;
    QSqlQuery previous(m_db);
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral(
        "UPDATE authors SET segment = ?, segment_reason = ?, ambassador = ?, detractor = ?, "
        "suspicious = ?, classified_at = ? WHERE id = ?"));
    QSqlQuery history(m_db);
    history.prepare(QStringLiteral("INSERT INTO segment_history (author_id, at, segment) VALUES "
                                   "(?, ?, ?) ON CONFLICT DO UPDATE SET segment = "
                                   "excluded.segment"));
    int changed = 0;
    constexpr qsizetype kChunk = 400; // under SQLite's limit of bound parameters
    for (qsizetype first = 0; first < authorIds.size(); first += kChunk) {
        const QStringList ids = authorIds.mid(first, kChunk);
        // The segments as they were, to record the changes.
        QHash<QString, QString> before;
        previous.prepare(QStringLiteral("SELECT id, segment, classified_at FROM authors WHERE "
                                        "id IN (") +
                         placeholders(ids.size()) + u')');
        for (qsizetype i = 0; i < ids.size(); ++i)
            previous.bindValue(int(i), ids[i]);
        if (!previous.exec())
            return queryError(previous);
        QSet<QString> neverClassified;
        while (previous.next()) {
            before.insert(previous.value(0).toString(), previous.value(1).toString());
            if (previous.isNull(2))
                neverClassified.insert(previous.value(0).toString());
        }
        auto found = activities(ids, fromWeek);
        if (failed(found))
            return std::get<StorageError>(found);
        for (const AuthorActivity &a : std::get<QList<AuthorActivity>>(found)) {
            const Classification c = veille::classify(a, r, now);
            update.bindValue(0, c.segment.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(c.segment));
            update.bindValue(1, c.reason);
            update.bindValue(2, c.ambassador ? 1 : 0);
            update.bindValue(3, c.detractor ? 1 : 0);
            update.bindValue(4, c.suspicious.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                       : QVariant(c.suspicious));
            update.bindValue(5, now.toMSecsSinceEpoch());
            update.bindValue(6, a.id);
            if (!update.exec())
                return queryError(update);
            if (before.value(a.id) != c.segment || neverClassified.contains(a.id)) {
                history.bindValue(0, a.id);
                history.bindValue(1, now.toMSecsSinceEpoch());
                history.bindValue(2, c.segment.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                         : QVariant(c.segment));
                if (!history.exec())
                    return queryError(history);
                ++changed;
            }
        }
    }
    return changed;
}

Expected<int> RosterStore::classifyAll(const QDateTime &now) {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM authors")))
        return queryError(q);
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return classify(ids, now);
}

std::optional<StorageError> RosterStore::rebuildAggregates() {
    QFile file(QStringLiteral(":/veille/sql/roster_aggregates.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return StorageError{StorageError::Kind::Query, file.errorString()};
    for (const QString &statement : splitSqlScript(QString::fromUtf8(file.readAll()))) {
        QSqlQuery q(m_db);
        if (!q.exec(statement))
            return queryError(q);
    }
    return std::nullopt;
}

Expected<AuthorActivity> RosterStore::activity(const QString &authorId) {
    auto found = activities({authorId}, 0);
    if (failed(found))
        return std::get<StorageError>(found);
    const auto &all = std::get<QList<AuthorActivity>>(found);
    if (all.isEmpty())
        return StorageError{StorageError::Kind::Query,
                            QStringLiteral("no author %1").arg(authorId)};
    return all.first();
}

Expected<AuthorDetail> RosterStore::detail(const QString &authorId) {
    AuthorDetail d;
    AuthorStore authors(m_db);
    const auto found = authors.byId(authorId);
    if (failed(found))
        return std::get<StorageError>(found);
    if (!std::get<std::optional<Author>>(found))
        return StorageError{
            StorageError::Kind::Query,
            QCoreApplication::translate("Roster", "No author %1 in this workspace.").arg(authorId)};
    d.author = *std::get<std::optional<Author>>(found);
    if (!d.author.member.isEmpty()) {
        AuthorQuery same;
        same.memberOf = authorId;
        same.limit = 0;
        const auto linked = authors.find(same);
        if (failed(linked))
            return std::get<StorageError>(linked);
        for (const Author &a : std::get<QList<Author>>(linked))
            if (a.id != authorId)
                d.identities.append(a);
    }
    auto history = segmentHistory(authorId);
    if (failed(history))
        return std::get<StorageError>(history);
    d.history = std::get<QList<SegmentChange>>(std::move(history));
    QSqlQuery topics(m_db);
    topics.prepare(QStringLiteral("SELECT t.name, at.mentions FROM author_topics at JOIN topics t "
                                  "ON t.id = at.topic_id WHERE at.author_id = :id ORDER BY 2 "
                                  "DESC, 1"));
    topics.bindValue(QStringLiteral(":id"), authorId);
    if (!topics.exec())
        return queryError(topics);
    while (topics.next())
        d.topics.append({topics.value(0).toString(), topics.value(1).toLongLong()});
    auto weeks = activity(authorId);
    if (failed(weeks))
        return std::get<StorageError>(weeks);
    d.activity = std::get<AuthorActivity>(std::move(weeks));
    const auto chosen = rules();
    if (failed(chosen))
        return std::get<StorageError>(chosen);
    d.classification = veille::classify(d.activity, std::get<SegmentRules>(chosen),
                                        QDateTime::currentDateTimeUtc());
    return d;
}

Expected<Counts> RosterStore::segmentCounts() {
    QSqlQuery q(m_db);
    // The brand's own accounts are "us", not the community.
    if (!q.exec(QStringLiteral(
            "WITH r AS (SELECT * FROM authors a WHERE NOT EXISTS (SELECT 1 FROM accounts ac "
            "WHERE ac.network = a.network AND ac.handle = a.handle)) "
            "SELECT segment, COUNT(*) FROM r WHERE segment IS NOT NULL GROUP BY segment "
            "UNION ALL SELECT 'ambassador', COALESCE(SUM(ambassador), 0) FROM r "
            "UNION ALL SELECT 'detractor', COALESCE(SUM(detractor), 0) FROM r "
            "UNION ALL SELECT 'suspicious', COUNT(suspicious) FROM r")))
        return queryError(q);
    Counts counts;
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toLongLong()});
    return counts;
}

Expected<Counts> RosterStore::segmentCountsAt(const QDateTime &at) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT h.segment, COUNT(*) FROM segment_history h JOIN (SELECT author_id, MAX(at) AS at "
        "FROM segment_history WHERE at <= :at GROUP BY author_id) last ON last.author_id = "
        "h.author_id AND last.at = h.at WHERE h.segment IS NOT NULL GROUP BY h.segment"));
    q.bindValue(QStringLiteral(":at"), at.toMSecsSinceEpoch());
    if (!q.exec())
        return queryError(q);
    Counts counts;
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toLongLong()});
    return counts;
}

Expected<QList<SegmentChange>> RosterStore::segmentHistory(const QString &authorId) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT at, segment FROM segment_history WHERE author_id = :id "
                             "ORDER BY at"));
    q.bindValue(QStringLiteral(":id"), authorId);
    if (!q.exec())
        return queryError(q);
    QList<SegmentChange> changes;
    while (q.next())
        changes.append({utcOrNull(q.value(0)), q.value(1).toString()});
    return changes;
}

Expected<qint64> RosterStore::link(const QStringList &authorIds, const QString &name) {
    if (authorIds.size() < 2 || name.trimmed().isEmpty())
        return StorageError{StorageError::Kind::Query,
                            QCoreApplication::translate("Roster", "Linking needs at least two "
                                                                  "identities and a name.")};
    QSqlQuery q(m_db);
    // Keep a member one of them already has, so linking a third identity joins the two others.
    q.prepare(
        QStringLiteral("SELECT member_id FROM authors WHERE member_id IS NOT NULL AND id IN (") +
        placeholders(authorIds.size()) + QStringLiteral(") LIMIT 1"));
    for (qsizetype i = 0; i < authorIds.size(); ++i)
        q.bindValue(int(i), authorIds[i]);
    if (!q.exec())
        return queryError(q);
    qint64 member = 0;
    if (q.next()) {
        member = q.value(0).toLongLong();
        q.prepare(QStringLiteral("UPDATE members SET name = :name WHERE id = :id"));
        q.bindValue(QStringLiteral(":name"), name.trimmed());
        q.bindValue(QStringLiteral(":id"), member);
        if (!q.exec())
            return queryError(q);
    } else {
        q.prepare(QStringLiteral("INSERT INTO members (name, created_at) VALUES (:name, :at)"));
        q.bindValue(QStringLiteral(":name"), name.trimmed());
        q.bindValue(QStringLiteral(":at"), QDateTime::currentMSecsSinceEpoch());
        if (!q.exec())
            return queryError(q);
        member = q.lastInsertId().toLongLong();
    }
    q.prepare(QStringLiteral("UPDATE authors SET member_id = ? WHERE id IN (") +
              placeholders(authorIds.size()) + u')');
    q.bindValue(0, member);
    for (qsizetype i = 0; i < authorIds.size(); ++i)
        q.bindValue(int(i + 1), authorIds[i]);
    if (!q.exec())
        return queryError(q);
    return member;
}

Expected<bool> RosterStore::unlink(const QString &authorId) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT member_id FROM authors WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), authorId);
    if (!q.exec())
        return queryError(q);
    if (!q.next() || q.isNull(0))
        return false;
    const qint64 member = q.value(0).toLongLong();
    q.prepare(QStringLiteral("UPDATE authors SET member_id = NULL WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), authorId);
    if (!q.exec())
        return queryError(q);
    // A member of one identity is no member: dissolve it.
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM authors WHERE member_id = :m"));
    q.bindValue(QStringLiteral(":m"), member);
    if (!q.exec() || !q.next())
        return queryError(q);
    if (q.value(0).toLongLong() <= 1) {
        q.prepare(QStringLiteral("UPDATE authors SET member_id = NULL WHERE member_id = :m"));
        q.bindValue(QStringLiteral(":m"), member);
        if (!q.exec())
            return queryError(q);
        q.prepare(QStringLiteral("DELETE FROM members WHERE id = :m"));
        q.bindValue(QStringLiteral(":m"), member);
        if (!q.exec())
            return queryError(q);
    }
    return true;
}

Expected<bool> RosterStore::setTags(const QString &authorId, const QStringList &tags) {
    return replaceTags(m_db, QStringLiteral("author_tags"), QStringLiteral("author_id"), authorId,
                       tags);
}

Expected<bool> RosterStore::setNote(const QString &authorId, const QString &note) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE authors SET note = :note WHERE id = :id"));
    q.bindValue(QStringLiteral(":note"), note.trimmed().isEmpty() ? QVariant() : QVariant(note));
    q.bindValue(QStringLiteral(":id"), authorId);
    if (!q.exec())
        return queryError(q);
    return q.numRowsAffected() == 1;
}

Expected<bool> RosterStore::markAmbassador(const QString &authorId, bool marked,
                                           const QDateTime &now) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE authors SET ambassador_mark = :m WHERE id = :id"));
    q.bindValue(QStringLiteral(":m"), marked ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), authorId);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return false;
    const auto done = classify({authorId}, now);
    if (failed(done))
        return std::get<StorageError>(done);
    return true;
}

} // namespace veille
