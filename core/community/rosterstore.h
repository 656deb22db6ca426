#pragma once

#include "analytics/periodstats.h"
#include "model/author.h"
#include "segmentrules.h"
#include "storage/storageerror.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace veille {

struct SegmentChange {
    QDateTime at;
    QString segment; // empty: none
};

// One member of the roster as the Community panel shows them.
struct AuthorDetail {
    Author author;
    QList<Author> identities; // the same person on other networks (linked by the manager)
    QList<SegmentChange> history;
    Counts topics;           // what they talk about: topic, their mentions of it
    AuthorActivity activity; // week by week, for the sentiment over time
    // Decided again as the detail is read: the reasons in the reader's language, today.
    Classification classification;
};

// The segments at a glance: members in each now, and at the start of the period.
struct SegmentOverview {
    Counts now;
    Counts before;
};

// The community roster's own work: deciding segments from the aggregates MentionStore keeps,
// the thresholds the team chose, members who are the same person on several networks, and
// the manager's tags, notes and ambassador marks.
class RosterStore {
public:
    explicit RosterStore(QSqlDatabase db);

    Expected<SegmentRules> rules();
    Expected<bool> setRules(const SegmentRules &rules);

    // Decides again the segments of these authors (those a batch of mentions touched).
    Expected<int> classify(const QStringList &authorIds, const QDateTime &now);
    // Every author: what time alone changes (someone going quiet) is seen once a day.
    Expected<int> classifyAll(const QDateTime &now);
    // Recomputes every aggregate from the stored mentions (the reference the incremental
    // upkeep must equal; a repair if they ever drift).
    std::optional<StorageError> rebuildAggregates();
    Expected<AuthorActivity> activity(const QString &authorId);
    Expected<AuthorDetail> detail(const QString &authorId);

    // Members in each segment (and ambassador, detractor, suspicious) now, and as they were
    // at `at` according to the segment history.
    Expected<Counts> segmentCounts();
    Expected<Counts> segmentCountsAt(const QDateTime &at);
    Expected<QList<SegmentChange>> segmentHistory(const QString &authorId);

    // Links authors into one member named `name` (an existing member of one of them is kept
    // and renamed); returns the member's id.
    Expected<qint64> link(const QStringList &authorIds, const QString &name);
    Expected<bool> unlink(const QString &authorId);
    Expected<bool> setTags(const QString &authorId, const QStringList &tags);
    Expected<bool> setNote(const QString &authorId, const QString &note);
    Expected<bool> markAmbassador(const QString &authorId, bool marked, const QDateTime &now);

private:
    Expected<QList<AuthorActivity>> activities(const QStringList &authorIds, qint64 fromWeek);
    QSqlDatabase m_db;
    std::optional<SegmentRules> m_rules;
    QHash<qint64, qint64> m_topicStarts; // topic id -> its first mention (ms)
};

} // namespace veille

Q_DECLARE_METATYPE(veille::AuthorDetail)
Q_DECLARE_METATYPE(veille::SegmentOverview)
