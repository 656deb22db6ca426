#include "demowriter.h"

#include "analytics/alertstore.h"
#include "analytics/spikedetector.h"
#include "community/rosterstore.h"
#include "storage/authorstore.h"
#include "storage/connection.h"
#include "storage/mentionstore.h"
#include "storage/migrator.h"
#include "storage/poststore.h"
#include "storage/sourcestore.h"
#include "storage/topicstore.h"
#include "storage/volumestore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace veille::demo {

namespace {

template <typename T> std::optional<StorageError> errorOf(const Expected<T> &result) {
    if (failed(result))
        return std::get<StorageError>(result);
    return std::nullopt;
}

std::optional<StorageError> writeSetup(QSqlDatabase db, const DemoSetup &setup,
                                       const QDateTime &end) {
    for (const Topic &topic : setup.topics) {
        if (auto error = errorOf(TopicStore(db).add(topic)))
            return error;
    }
    for (const Source &source : setup.sources) {
        if (auto error = errorOf(SourceStore(db).add(source)))
            return error;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sources SET last_success = :t"));
    q.bindValue(QStringLiteral(":t"), end.toMSecsSinceEpoch());
    if (!q.exec())
        return queryError(q);
    for (const Account &account : setup.accounts) {
        if (auto error = errorOf(AccountStore(db).add(account)))
            return error;
    }
    for (const ScheduledPost &post : setup.posts) {
        if (auto error = errorOf(PostStore(db).add(post)))
            return error;
    }
    return std::nullopt;
}

// The brand's replies make the mentions they answer "answered" at the reply's time.
std::optional<StorageError> markAnswered(QSqlDatabase db) {
    QSqlQuery q(db);
    // One grouped pass over the replies (a correlated subquery per answered mention scanned
    // every mention each time: minutes at a million mentions).
    if (!q.exec(QStringLiteral(
            "UPDATE mentions SET first_response_at = r.first FROM "
            "(SELECT reply_to, MIN(created_at) AS first FROM mentions "
            "WHERE reply_to IS NOT NULL AND author_id LIKE '%:brand' GROUP BY reply_to) AS r "
            "WHERE mentions.id = r.reply_to")))
        return queryError(q);
    return std::nullopt;
}

// The alerts the collector would have raised, looking at the demo's days as they came (twice
// a day), those more than a day old acknowledged a few hours after they came, as a team does.
std::optional<StorageError> raiseAlerts(QSqlDatabase db, const DemoOptions &options) {
    SpikeDetector detector(db);
    AlertStore alerts(db);
    const QDateTime end = options.end;
    for (int half = 2 * 14; half >= 0; --half) { // the last two weeks, where the crisis is
        const QDateTime at = end.addSecs(-qint64(half) * 12 * 3600);
        const auto found = detector.check(at);
        if (failed(found))
            return std::get<StorageError>(found);
        const auto raised = alerts.raise(std::get<QList<Alert>>(found));
        if (failed(raised))
            return std::get<StorageError>(raised);
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE alerts SET acknowledged_at = raised_at + 3 * 3600 * 1000 "
                             "WHERE raised_at < :dayAgo"));
    q.bindValue(QStringLiteral(":dayAgo"), end.addDays(-1).toMSecsSinceEpoch());
    if (!q.exec())
        return queryError(q);
    return std::nullopt;
}

} // namespace

Expected<DemoResult> writeDemo(const WorkspaceLocation &location, const DemoOptions &options,
                               const std::function<void(int, int)> &progress) {
    ScopedConnection connection;
    if (auto error = connection.open(location))
        return *error;
    QSqlDatabase db = connection.database();
    if (auto error = Migrator(db, location.filePath()).migrate())
        return *error;
    {
        const auto summary = VolumeStore(db).summary();
        if (failed(summary))
            return std::get<StorageError>(summary);
        const qint64 existing = std::get<WorkspaceSummary>(summary).mentions;
        if (existing > 0) {
            return StorageError{StorageError::Kind::Query,
                                QCoreApplication::translate("Workspace",
                                                            "%1 already holds %n mention(s); the "
                                                            "demo only fills a new workspace.",
                                                            nullptr, int(existing))
                                    .arg(location.displayName())};
        }
    }

    DemoGenerator generator(options);
    DemoResult result;
    std::optional<StorageError> failure;
    if (!db.transaction())
        return StorageError{StorageError::Kind::Query, db.lastError().text()};
    failure = writeSetup(db, generator.setup(), generator.options().end);
    MentionStore mentions(db);
    int day = 0;
    const QDateTime start = generator.options().end.addDays(-options.days);
    generator.generateMentions([&](QList<Mention> &&batch) {
        if (failure)
            return;
        // Each day is "fetched" at its end, so the roster's segments evolve as they would have.
        const QDateTime fetchedAt = std::min(start.addDays(day + 1), generator.options().end);
        const auto stored = mentions.insert(batch, fetchedAt);
        if (failed(stored)) {
            failure = std::get<StorageError>(stored);
            return;
        }
        result.mentions += std::get<InsertStats>(stored).inserted;
        ++day;
        // A transaction every ten days keeps the journal small on very large demos.
        if (day % 10 == 0) {
            if (!db.commit() || !db.transaction())
                failure = StorageError{StorageError::Kind::Query, db.lastError().text()};
        }
        if (progress)
            progress(day, options.days);
    });
    if (!failure)
        failure = markAnswered(db);
    if (!failure)
        failure = raiseAlerts(db, generator.options());
    if (!failure) {
        // What time alone changed (the blasé who went quiet) is seen at the end.
        const auto classified = RosterStore(db).classifyAll(generator.options().end);
        if (failed(classified))
            failure = std::get<StorageError>(classified);
    }
    if (failure) {
        db.rollback();
        return *failure;
    }
    if (!db.commit())
        return StorageError{StorageError::Kind::Query, db.lastError().text()};

    const auto authors = AuthorStore(db).count();
    result.authors = failed(authors) ? 0 : std::get<qint64>(authors);
    const auto posts = PostStore(db).find();
    result.posts = failed(posts) ? 0 : std::get<QList<ScheduledPost>>(posts).size();
    return result;
}

} // namespace veille::demo
