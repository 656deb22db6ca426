#pragma once

#include "authortotals.h"
#include "mentionquery.h"
#include "storageerror.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace veille {

struct InsertStats {
    int inserted = 0;
    int duplicates = 0;
    QList<qint64> newRowIds;
    QStringList touchedAuthors; // whose roster figures changed (and were classified again)
    void add(const InsertStats &other) {
        inserted += other.inserted;
        duplicates += other.duplicates;
        newRowIds += other.newRowIds;
        touchedAuthors += other.touchedAuthors;
    }
};

// Mentions in the workspace. Writes happen on the writer thread only (see WriteQueue); reads
// on any thread with that thread's own connection. Prepared statements are kept for the life
// of the store, so one store per batch job or per reader thread is cheap.
class MentionStore {
public:
    explicit MentionStore(QSqlDatabase db);

    // Stores what is new; a mention whose id is already stored is counted as a duplicate and
    // left as it is. Author rows are created or refreshed and their counts kept. Topic names
    // unknown to the workspace are created as topics matching their own name.
    // The touched authors' segments are decided at once (Now), or left to the caller (Later:
    // a bulk import decides them once at its end rather than after every batch).
    enum class Segments { Now, Later };
    Expected<InsertStats> insert(const QList<Mention> &mentions, const QDateTime &fetchedAt,
                                 Segments segments = Segments::Now);
    // For a bulk load (see io/BulkLoad): the rows, the author profiles and the topic links
    // only. The authors' figures are summed in `totals`, kept across the load's batches, and
    // written by writeTotals(); the full-text index and the segments are left to the load's
    // end.
    Expected<InsertStats> insertBulk(const QList<Mention> &mentions, const QDateTime &fetchedAt,
                                     AuthorTotals &totals);
    std::optional<StorageError> writeTotals(AuthorTotals &totals);

    Expected<QList<Mention>> find(const MentionQuery &query);
    // The share of the newest mentions (the `sample` newest row ids at whichever end of them
    // the newest are) holding the words, when it is high enough that reading the newest
    // mentions beats collecting every match (find() then walks); nullopt otherwise.
    std::optional<double> commonness(const QString &search, qint64 sample = 10000);
    Expected<qint64> count(const MentionQuery &query);
    Expected<Mention> byRowId(qint64 rowId);
    // The mentions of these rows (without topics and tags), newest first.
    Expected<QList<Mention>> byRowIds(const QList<qint64> &rowIds);

    Expected<bool> setStatus(qint64 rowId, MentionStatus status, const QString &assignedTo = {});
    Expected<bool> setNote(qint64 rowId, const QString &note);     // private to the team
    Expected<bool> setTags(qint64 rowId, const QStringList &tags); // replaces them
    // The manager's word on a mention's sentiment: it overrides the engine's at once, and is
    // kept (sentiment_corrections) for the engine to learn from.
    Expected<bool> correctSentiment(qint64 rowId, SentimentLabel label, const QDateTime &at,
                                    const QString &by = {});
    // Every correction with its mention's text, oldest first.
    Expected<QList<std::tuple<QString, QString, SentimentLabel>>> corrections();

private:
    enum class Load { Each, Bulk };
    void prepareInsert();
    Expected<InsertStats> insertRows(const QList<Mention> &mentions, const QDateTime &fetchedAt,
                                     AuthorTotals &totals, Load load);
    std::optional<StorageError> writeAuthorTotals(AuthorTotals &totals, const QString &author);
    Expected<InsertStats> releaseSavepoint(QSqlQuery &savepoint, Expected<InsertStats> result);
    Expected<qint64> topicId(const QString &name);
    Expected<QList<Mention>> select(const MentionQuery &query); // without topics and tags
    Expected<QList<Mention>> walkNewest(const MentionQuery &query, double density);
    QString whereClause(const MentionQuery &query, QVariantMap &binds) const;
    std::optional<StorageError> attachTopics(QList<Mention> &mentions);

    QSqlDatabase m_db;
    QSqlQuery m_insertMention;
    QSqlQuery m_upsertAuthor;
    QSqlQuery m_countAuthor;
    QSqlQuery m_indexText;
    QSqlQuery m_linkTopic;
    QSqlQuery m_addWeek;
    QSqlQuery m_addAuthorTopic;
    QHash<QString, qint64> m_topicIds;
};

StorageError queryError(const QSqlQuery &query);
// Replaces the tags of one mention or author (`table` links `keyColumn` to tags), creating the
// tags not known yet.
Expected<bool> replaceTags(QSqlDatabase db, const QString &table, const QString &keyColumn,
                           const QVariant &key, const QStringList &tags);

// Whether a search should walk the newest mentions and check each (true) rather than collect
// every match and sort them, given how many of a sample of mentions match.
bool preferTimeWalk(qint64 matching, qint64 mentions);

} // namespace veille
