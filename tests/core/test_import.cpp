#include "support/tempworkspace.h"

#include "io/mentionimporter.h"
#include "listening/mentionenricher.h"
#include "storage/connection.h"
#include "storage/mentionstore.h"
#include "workspace/workspace.h"

#include <QBuffer>
#include <QSqlQuery>

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
