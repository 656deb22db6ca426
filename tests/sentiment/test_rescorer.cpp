// Rescoring the workspace in the background after the engine learnt something: the readings
// move, the corrected mentions stay as the manager said, and the authors' figures follow.
#include "sentiment/customtermstore.h"
#include "sentiment/rescorer.h"
#include "storage/connection.h"
#include "storage/mentionstore.h"
#include "support/tempworkspace.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimeZone>

using namespace veille;

TEST_CASE("the workspace is rescored in the background with the manager's new terms",
          "[sentiment][rescore]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    const QDateTime at(QDate(2026, 11, 2), QTime(10, 0), QTimeZone::utc());
    {
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(temp.location()));
        QList<Mention> mentions;
        // More than a chunk, so the work is cut in pieces.
        for (int i = 0; i < Rescorer::kChunk + 300; ++i) {
            Mention m;
            m.id = QStringLiteral("mastodon:%1").arg(i);
            m.network = QStringLiteral("mastodon");
            m.createdAt = at.addSecs(i * 600);
            m.author.id = QStringLiteral("mastodon:fan%1").arg(i % 7);
            m.author.handle = QStringLiteral("@fan%1").arg(i % 7);
            m.lang = QStringLiteral("fr");
            m.text = i % 3 == 0 ? QStringLiteral("La nouvelle Halo est zorglub")
                                : QStringLiteral("Livraison reçue mardi");
            m.sentiment = {SentimentLabel::Neutral, 0.0};
            mentions.append(m);
        }
        REQUIRE_FALSE(failed(MentionStore(connection.database()).insert(mentions, at)));
        // The manager's own term, and one mention corrected by hand.
        REQUIRE_FALSE(
            failed(CustomTermStore(connection.database()).set(QStringLiteral("zorglub"), 3.0, at)));
        REQUIRE_FALSE(failed(
            MentionStore(connection.database()).correctSentiment(1, SentimentLabel::Negative, at)));
    }
    Workspace workspace(temp.location());
    Rescorer rescorer(temp.location(), workspace.writer());
    QSignalSpy finished(&rescorer, &Rescorer::finished);
    QSignalSpy progress(&rescorer, &Rescorer::progress);
    QSignalSpy failedSpy(&rescorer, &Rescorer::failed);
    rescorer.start();
    REQUIRE(test::waitUntil([&] { return finished.count() + failedSpy.count() > 0; }, 30000));
    REQUIRE(failedSpy.isEmpty());
    CHECK(progress.count() >= 2);
    const qint64 zorglubs = (Rescorer::kChunk + 300 + 2) / 3;
    CHECK(finished.first().at(0).toLongLong() == zorglubs - 1); // all but the corrected one
    CHECK(finished.first().at(1).toLongLong() == Rescorer::kChunk + 300);

    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    QSqlQuery q(connection.database());
    REQUIRE(q.exec(QStringLiteral("SELECT sentiment_label, COUNT(*) FROM mentions WHERE text "
                                  "LIKE '%zorglub' GROUP BY 1 ORDER BY 1")));
    QHash<QString, int> labels;
    while (q.next())
        labels.insert(q.value(0).toString(), q.value(1).toInt());
    CHECK(labels.value(QStringLiteral("positive")) == zorglubs - 1);
    CHECK(labels.value(QStringLiteral("negative")) == 1); // as the manager said
    // The authors' figures are what a full recomputation gives.
    REQUIRE(q.exec(QStringLiteral(
        "SELECT COUNT(*) FROM authors a JOIN (SELECT author_id, SUM(sentiment_score) AS s, "
        "SUM(sentiment_label = 'positive') AS p, SUM(sentiment_label = 'negative') AS n FROM "
        "mentions GROUP BY author_id) m ON m.author_id = a.id WHERE abs(a.sentiment_sum - m.s) > "
        "1e-6 OR a.positive_n != m.p OR a.negative_n != m.n")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    REQUIRE(q.exec(QStringLiteral(
        "SELECT COUNT(*) FROM author_weeks w JOIN (SELECT author_id, created_at / 604800000 AS "
        "week, SUM(sentiment_score) AS s FROM mentions GROUP BY 1, 2) m ON m.author_id = "
        "w.author_id AND m.week = w.week WHERE abs(w.sentiment_sum - m.s) > 1e-6")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);

    // Nothing new to learn: a second pass changes nothing.
    finished.clear();
    rescorer.start();
    REQUIRE(test::waitUntil([&] { return finished.count() > 0; }, 30000));
    CHECK(finished.first().at(0).toLongLong() == 0);
}

TEST_CASE("rescoring tells the language of mentions stored as of none, when it can",
          "[sentiment][rescore]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    const QDateTime at(QDate(2026, 11, 2), QTime(10, 0), QTimeZone::utc());
    struct Stored {
        const char16_t *text;
        const char16_t *lang;
        const char16_t *expected;
    };
    const Stored stored[] = {
        {u"great app", u"other", u"en"},          // placed by its English words
        {u"Service client nul", u"other", u"fr"}, // and by French ones
        {u"Ich bin zufrieden", u"other", u"other"},
        {u"great app", u"de", u"de"}, // a language the network named is kept
        {u"great app", u"fr", u"fr"},
    };
    {
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(temp.location()));
        QList<Mention> mentions;
        int i = 0;
        for (const Stored &s : stored) {
            Mention m;
            m.id = QStringLiteral("mastodon:%1").arg(++i);
            m.network = QStringLiteral("mastodon");
            m.createdAt = at.addSecs(i * 60);
            m.author.id = QStringLiteral("mastodon:fan");
            m.author.handle = QStringLiteral("@fan");
            m.lang = QString::fromUtf16(s.lang);
            m.text = QString::fromUtf16(s.text);
            m.sentiment = {SentimentLabel::Neutral, 0.0};
            mentions.append(m);
        }
        REQUIRE_FALSE(failed(MentionStore(connection.database()).insert(mentions, at)));
    }
    Workspace workspace(temp.location());
    Rescorer rescorer(temp.location(), workspace.writer());
    QSignalSpy finished(&rescorer, &Rescorer::finished);
    QSignalSpy failedSpy(&rescorer, &Rescorer::failed);
    rescorer.start();
    REQUIRE(test::waitUntil([&] { return finished.count() + failedSpy.count() > 0; }, 30000));
    REQUIRE(failedSpy.isEmpty());

    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    QSqlQuery q(connection.database());
    REQUIRE(q.exec(QStringLiteral("SELECT lang FROM mentions ORDER BY created_at")));
    for (const Stored &s : stored) {
        REQUIRE(q.next());
        INFO(QString::fromUtf16(s.text).toStdString()
             << " stored as " << QString::fromUtf16(s.lang).toStdString());
        CHECK(q.value(0).toString() == QString::fromUtf16(s.expected));
    }
}
