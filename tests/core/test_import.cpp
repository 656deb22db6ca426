#include "support/tempworkspace.h"

#include "community/rosterstore.h"
#include "io/bulkload.h"
#include "io/mentionimporter.h"
#include "listening/mentionenricher.h"
#include "model/mentionjson.h"
#include "storage/connection.h"
#include "storage/mentionstore.h"
#include "workspace/workspace.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

using namespace veille;

TEST_CASE("import stores every good line and reports each bad one with its line number",
          "[import]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    QByteArray input;
    for (int n = 0; n < 25; ++n) {
        if (n == 3)
            input += "{broken json\n";
        else if (n == 10)
            input += R"({"id":"x:1","text":"no date","author":{"id":"x:2"}})"
                     "\n";
        else if (n == 11)
            input += "\n"; // blank lines are skipped silently
        else
            input += test::mentionLine(n) + '\n';
    }
    input += test::mentionLine(0); // a duplicate, without a final newline
    QBuffer buffer(&input);
    REQUIRE(buffer.open(QIODevice::ReadOnly));

    QList<std::pair<qint64, QString>> rejected;
    ImportSummary summary;
    bool finished = false;
    {
        Workspace workspace(temp.location());
        MentionImporter importer(&workspace, &buffer);
        importer.setBatchSize(4); // several batches in flight
        QObject::connect(&importer, &MentionImporter::rejected, &importer,
                         [&](qint64 line, const QString &reason) {
                             rejected.append({line, reason});
                         });
        QObject::connect(&importer, &MentionImporter::finished, &importer,
                         [&](const ImportSummary &s) {
                             summary = s;
                             finished = true;
                         });
        importer.start();
        REQUIRE(test::waitUntil([&] { return finished; }));
    }
    REQUIRE(rejected.size() == 2);
    CHECK(rejected[0].first == 4);
    CHECK(rejected[0].second.contains(QLatin1String("JSON")));
    CHECK(rejected[1].first == 11);
    CHECK(rejected[1].second.contains(QLatin1String("created_at")));
    CHECK(summary.imported == 22);
    CHECK(summary.rejected == 2);
    CHECK(summary.duplicates == 1);

    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    CHECK(std::get<qint64>(MentionStore(connection.database()).count({})) == 22);
    // The roster: every author's figures kept, and each decided once at the end of the import.
    QSqlQuery q(connection.database());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(classified_at), SUM(mention_count) "
                                  "FROM authors")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 7);
    CHECK(q.value(1).toInt() == 7);
    CHECK(q.value(2).toInt() == 22);
}

TEST_CASE("import computes topics, sentiment and language only where a mention lacks them",
          "[import]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    const QByteArray input =
        R"({"id":"x:1","network":"reddit","created_at":"2026-11-20T08:00:00Z","author":{"id":"x:a"},"text":"Ma lampe Lumen est géniale, merci !"})"
        "\n"
        R"({"id":"x:2","network":"reddit","created_at":"2026-11-20T09:00:00Z","author":{"id":"x:a"},"text":"Solara broke after a week, awful"})"
        "\n"
        R"({"id":"x:3","network":"reddit","created_at":"2026-11-20T10:00:00Z","lang":"fr","author":{"id":"x:a"},"text":"Lumen géniale","sentiment":{"label":"negative","score":-0.4},"topics":["Autre"]})"
        "\n";
    QByteArray copy = input;
    QBuffer buffer(&copy);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    const MentionEnricher enricher({{1, QStringLiteral("Lumen"), QStringLiteral("lumen"), false},
                                    {2, QStringLiteral("Solara"), QStringLiteral("solara"), true}});
    {
        Workspace workspace(temp.location());
        MentionImporter importer(&workspace, &buffer);
        importer.setEnricher(&enricher);
        bool finished = false;
        QObject::connect(&importer, &MentionImporter::finished, &importer,
                         [&] { finished = true; });
        importer.start();
        REQUIRE(test::waitUntil([&] { return finished; }));
    }
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    auto found = MentionStore(connection.database()).find({});
    REQUIRE_FALSE(failed(found));
    QHash<QString, Mention> byId;
    for (const Mention &m : std::get<QList<Mention>>(found))
        byId.insert(m.id, m);
    REQUIRE(byId.size() == 3);
    CHECK(byId[QStringLiteral("x:1")].sentiment.label == SentimentLabel::Positive);
    CHECK(byId[QStringLiteral("x:1")].lang == QStringLiteral("fr"));
    CHECK(byId[QStringLiteral("x:1")].topics == QStringList{QStringLiteral("Lumen")});
    CHECK(byId[QStringLiteral("x:2")].sentiment.label == SentimentLabel::Negative);
    CHECK(byId[QStringLiteral("x:2")].lang == QStringLiteral("en"));
    CHECK(byId[QStringLiteral("x:2")].topics == QStringList{QStringLiteral("Solara")});
    // What the file says is kept.
    CHECK(byId[QStringLiteral("x:3")].sentiment.label == SentimentLabel::Negative);
    CHECK(byId[QStringLiteral("x:3")].topics == QStringList{QStringLiteral("Autre")});
}

namespace {

// Mentions shaped to exercise what a bulk load does differently: authors seen in many
// batches, out of time order, whose follower counts and handles change, a follower jump,
// one or two topics, questions, replies, sentiment known or not, and duplicates (from 450 on,
// the same mentions again).
QByteArray varied(int from, int to) {
    QByteArray out;
    for (int i = from; i < to; ++i) {
        const int n = i % 450;
        const int who = (n * 7) % 37;
        const int day = 1 + (n * 13) % 28; // not in time order
        qint64 followers = 100 + who * 10 + day;
        if (who == 5 && day > 25)
            followers *= 3; // bought followers
        QJsonObject author{
            {QStringLiteral("id"), QStringLiteral("reddit:%1").arg(who)},
            {QStringLiteral("handle"), who == 3 && day > 14 ? QStringLiteral("u/renamed%1").arg(who)
                                                            : QStringLiteral("u/user%1").arg(who)},
            {QStringLiteral("name"), QStringLiteral("Person %1").arg(who)},
            {QStringLiteral("url"), QStringLiteral("https://example.org/%1").arg(who)},
            {QStringLiteral("followers"), followers}};
        QJsonArray topics{QStringLiteral("Lumen")};
        if (n % 4 == 0)
            topics.append(QStringLiteral("Solara"));
        QJsonObject mention{
            {QStringLiteral("id"), QStringLiteral("reddit:t1_%1").arg(n)},
            {QStringLiteral("network"), QStringLiteral("reddit")},
            {QStringLiteral("created_at"), QStringLiteral("2026-10-%1T%2:%3:00Z")
                                               .arg(day, 2, 10, QLatin1Char('0'))
                                               .arg(n % 24, 2, 10, QLatin1Char('0'))
                                               .arg(n % 60, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("lang"), n % 3 ? QStringLiteral("fr") : QStringLiteral("en")},
            {QStringLiteral("author"), author},
            {QStringLiteral("text"), n % 5 == 0
                                         ? QStringLiteral("Lumen tient-il l'hiver %1 ?").arg(n)
                                         : QStringLiteral("Avis numéro %1 sur Lumen").arg(n)},
            {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("likes"), n % 11},
                                                    {QStringLiteral("reposts"), n % 3},
                                                    {QStringLiteral("replies"), n % 2}}},
            {QStringLiteral("topics"), topics}};
        if (n % 9 == 0)
            mention.insert(QStringLiteral("reply_to"), QStringLiteral("reddit:t1_%1").arg(n - 1));
        if (n % 6 != 0)
            mention.insert(
                QStringLiteral("sentiment"),
                QJsonObject{{QStringLiteral("label"),
                             n % 2 ? QStringLiteral("positive") : QStringLiteral("negative")},
                            {QStringLiteral("score"), n % 2 ? 0.5 : -0.25 - n % 3 * 0.1}});
        out += QJsonDocument(mention).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

struct ImportRun {
    ImportSummary summary;
    bool bulk = false;
};

ImportRun importInto(const test::TempWorkspace &temp, QByteArray input, bool bulkAllowed,
                     const Clock &clock, qint64 smallWorkspace = 100000) {
    QBuffer buffer(&input);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    ImportRun run;
    bool finished = false;
    Workspace workspace(temp.location(), clock);
    MentionImporter importer(&workspace, &buffer);
    importer.setBatchSize(40);
    importer.setBulkLoadAllowed(bulkAllowed);
    importer.setSmallWorkspace(smallWorkspace);
    QObject::connect(&importer, &MentionImporter::finished, &importer, [&](const ImportSummary &s) {
        run.summary = s;
        run.bulk = importer.isBulkLoad();
        finished = true;
    });
    bool sawBulk = false;
    QObject::connect(&importer, &MentionImporter::progress, &importer,
                     [&] { sawBulk = sawBulk || importer.isBulkLoad(); });
    importer.start();
    REQUIRE(test::waitUntil([&] { return finished; }));
    run.bulk = sawBulk;
    return run;
}

using Rows = QList<QStringList>;

Rows rows(const test::TempWorkspace &temp, const QString &sql) {
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    QSqlQuery q(connection.database());
    REQUIRE(q.exec(sql));
    Rows out;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            // Sums of scores may differ in their last bits with the order they were added in.
            row.append(v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'f', 9)
                                                       : v.toString());
        }
        out.append(row);
    }
    return out;
}

// Everything a bulk load writes differently, as rows to compare.
const QStringList kComparisons = {
    QStringLiteral("SELECT id, network, handle, name, url, followers, following, mention_count, "
                   "first_seen, last_seen, sentiment_sum, sentiment_n, positive_n, negative_n, "
                   "question_n, engagement_sum, follower_jump, follower_jump_at, segment, "
                   "segment_reason, ambassador, detractor, suspicious, classified_at "
                   "FROM authors ORDER BY id"),
    QStringLiteral("SELECT author_id, week, mentions, sentiment_sum, sentiment_n FROM "
                   "author_weeks ORDER BY 1, 2"),
    QStringLiteral("SELECT author_id, topic_id, mentions, first_at FROM author_topics "
                   "ORDER BY 1, 2"),
    QStringLiteral("SELECT m.id, t.name FROM mention_topics mt JOIN mentions m ON m.row_id = "
                   "mt.mention_row_id JOIN topics t ON t.id = mt.topic_id ORDER BY 1, 2"),
    QStringLiteral("SELECT id, author_id, created_at, sentiment_label, sentiment_score, text "
                   "FROM mentions ORDER BY id"),
    QStringLiteral("SELECT author_id, segment FROM segment_history ORDER BY 1, 2"),
    // Search finds the same mentions.
    QStringLiteral("SELECT m.id FROM mentions_fts f JOIN mentions m ON m.row_id = f.rowid "
                   "WHERE mentions_fts MATCH 'hiver' ORDER BY 1"),
    QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN "
                   "('index', 'trigger', 'table') ORDER BY name"),
    QStringLiteral("SELECT key, value FROM workspace_settings ORDER BY key"),
};

// The first row that differs, to read in a failure.
void checkSameRows(const Rows &left, const Rows &right) {
    CHECK(left.size() == right.size());
    for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
        if (left[i] != right[i]) {
            CHECK(left[i].join(u'|').toStdString() == right[i].join(u'|').toStdString());
            return;
        }
    }
}

void checkSameWorkspaces(const test::TempWorkspace &a, const test::TempWorkspace &b) {
    for (const QString &sql : kComparisons) {
        INFO(sql.toStdString());
        checkSameRows(rows(a, sql), rows(b, sql));
    }
}

} // namespace

TEST_CASE("a bulk import leaves the workspace a batch-by-batch import leaves", "[import]") {
    const ManualClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc()));
    test::TempWorkspace bulk;
    test::TempWorkspace each;
    for (auto *temp : {&bulk, &each})
        REQUIRE_FALSE(Workspace::prepare(temp->location()));

    SECTION("into an empty workspace") {
        const ImportRun b = importInto(bulk, varied(0, 600), true, clock);
        const ImportRun e = importInto(each, varied(0, 600), false, clock);
        CHECK(b.bulk);
        CHECK_FALSE(e.bulk);
        CHECK(b.summary.imported == 450);
        CHECK(b.summary.duplicates == 150);
        CHECK(e.summary.imported == b.summary.imported);
        CHECK(e.summary.duplicates == b.summary.duplicates);
    }
    SECTION("into a workspace that already holds some of it") {
        for (auto *temp : {&bulk, &each})
            CHECK_FALSE(importInto(*temp, varied(0, 30), false, clock).bulk);
        const ImportRun b = importInto(bulk, varied(20, 600), true, clock);
        const ImportRun e = importInto(each, varied(20, 600), false, clock);
        CHECK(b.bulk);
        CHECK(b.summary.duplicates == e.summary.duplicates);
        CHECK(b.summary.duplicates > 10);
    }
    checkSameWorkspaces(bulk, each);
    // The bought followers were seen, the renamed author is known by the new name.
    CHECK(rows(bulk, QStringLiteral("SELECT id FROM authors WHERE follower_jump IS NOT NULL")) ==
          Rows{{QStringLiteral("reddit:5")}});
    CHECK(rows(bulk, QStringLiteral("SELECT handle FROM authors WHERE id = 'reddit:3'")) ==
          Rows{{QStringLiteral("u/renamed3")}});
    // And both equal a recomputation from the mentions.
    const Rows before = rows(bulk, kComparisons[0]);
    {
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(bulk.location()));
        REQUIRE_FALSE(RosterStore(connection.database()).rebuildAggregates());
    }
    checkSameRows(rows(bulk, kComparisons[0]), before);
}

TEST_CASE("a bulk load is chosen when the workspace holds less than what comes", "[import]") {
    const ManualClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc()));
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    importInto(temp, varied(0, 100), false, clock);
    {
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(temp.location()));
        BulkLoad load(connection.database());
        CHECK(std::get<bool>(load.worthIt(150, 10)));      // more coming than held
        CHECK_FALSE(std::get<bool>(load.worthIt(50, 10))); // less
        CHECK(std::get<bool>(load.worthIt(50, 100)));      // a small workspace
    }
    // The importer estimates what comes from the size of its input.
    CHECK_FALSE(importInto(temp, varied(100, 160), true, clock, 10).bulk);
    CHECK(importInto(temp, varied(160, 460), true, clock, 10).bulk);
}

TEST_CASE("a bulk import that died half-way is completed by the next process", "[import]") {
    const ManualClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc()));
    test::TempWorkspace temp;
    test::TempWorkspace reference;
    for (auto *t : {&temp, &reference})
        REQUIRE_FALSE(Workspace::prepare(t->location()));
    importInto(reference, varied(0, 200), false, clock);

    // Begun, two batches stored, never finished: what it summed in memory is lost.
    {
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(temp.location()));
        QSqlDatabase db = connection.database();
        QList<Mention> mentions;
        for (const QByteArray &line : varied(0, 200).split('\n')) {
            if (!line.isEmpty())
                mentions.append(std::get<Mention>(mentionFromJsonLine(line)));
        }
        REQUIRE(db.transaction());
        BulkLoad load(db);
        REQUIRE_FALSE(load.begin());
        AuthorTotals totals;
        MentionStore store(db);
        REQUIRE_FALSE(failed(store.insertBulk(mentions.mid(0, 120), clock.now(), totals)));
        REQUIRE_FALSE(failed(store.insertBulk(mentions.mid(120), clock.now(), totals)));
        REQUIRE(db.commit());
        CHECK(std::get<bool>(load.pending()));
    }
    const QString indexes = QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
        "tbl_name IN ('mentions', 'mention_topics') ORDER BY 1");
    const QString search = kComparisons[6];
    CHECK(rows(temp, indexes).isEmpty());
    CHECK(rows(temp, search).isEmpty());
    REQUIRE(rows(reference, indexes).size() >= 6);
    REQUIRE_FALSE(rows(reference, search).isEmpty());

    SECTION("while its process holds the lock, it is left to it") {
        QLockFile lock(BulkLoad::lockPath(temp.location().filePath()));
        REQUIRE(lock.tryLock(0));
        REQUIRE_FALSE(Workspace::prepare(temp.location()));
        CHECK(rows(temp, indexes).isEmpty());
    }
    SECTION("once its process is gone, preparing the workspace completes it") {
        REQUIRE_FALSE(Workspace::prepare(temp.location()));
        CHECK(rows(temp, indexes) == rows(reference, indexes));
        CHECK(rows(temp, search) == rows(reference, search));
        // Every figure recomputed from the stored mentions (segments are decided at the time
        // of the recovery, so they are left out).
        const QString authors = QStringLiteral(
            "SELECT id, handle, followers, mention_count, first_seen, last_seen, sentiment_sum, "
            "sentiment_n, positive_n, negative_n, question_n, engagement_sum, follower_jump, "
            "classified_at IS NOT NULL FROM authors ORDER BY id");
        CHECK(rows(temp, authors) == rows(reference, authors));
        for (int i : {1, 2, 3, 4, 7, 8})
            CHECK(rows(temp, kComparisons[i]) == rows(reference, kComparisons[i]));
    }
}
